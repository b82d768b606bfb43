import { Protocol } from 'cdk8s-plus-28';
import * as fc from 'fast-check';
import { annotationKey, annotationValue, cidrLike, enumLike, FUZZ_SEED, ipLike, nameLike, portNumber } from './arbitraries';
import { OutcomeCounter, synthOutcome } from './harness';
import {
  ExternalTrafficPolicy, InternalTrafficPolicy, IpFamily, IpFamilyPolicy, LoadBalancerService, LoadBalancerServiceProps, SessionAffinity,
  TargetPort,
} from '../../src';

const servicePort = fc.record({
  port: portNumber,
  name: fc.option(nameLike, { nil: undefined }),
  targetPort: fc.option(fc.oneof(portNumber.map((n) => TargetPort.number(n)), nameLike.map((n) => TargetPort.named(n))), { nil: undefined }),
  protocol: fc.option(enumLike(Object.values(Protocol)), { nil: undefined }),
  nodePort: fc.option(fc.oneof(fc.integer({ min: 30000, max: 32767 }), portNumber), { nil: undefined }),
  appProtocol: fc.option(fc.oneof(fc.constantFrom('http', 'kubernetes.io/h2c'), nameLike), { nil: undefined }),
}, { requiredKeys: ['port'] });

const props: fc.Arbitrary<LoadBalancerServiceProps> = fc.record({
  metadata: fc.option(
    fc.record({ name: nameLike, annotations: fc.dictionary(annotationKey, annotationValue, { maxKeys: 3 }) }, { requiredKeys: [] }),
    { nil: undefined },
  ),
  selectorLabels: fc.option(fc.dictionary(fc.oneof(fc.constantFrom('app', 'tier', 'app.kubernetes.io/name'), annotationKey), nameLike, { maxKeys: 3 }), { nil: undefined }),
  ports: fc.option(fc.array(servicePort, { maxLength: 4 }), { nil: undefined }),
  externalTrafficPolicy: fc.option(enumLike(Object.values(ExternalTrafficPolicy)), { nil: undefined }),
  internalTrafficPolicy: fc.option(enumLike(Object.values(InternalTrafficPolicy)), { nil: undefined }),
  loadBalancerSourceRanges: fc.option(fc.array(cidrLike, { maxLength: 3 }), { nil: undefined }),
  loadBalancerClass: fc.option(fc.oneof(fc.constantFrom('service.k8s.aws/nlb', 'example.com/lb'), nameLike), { nil: undefined }),
  ipFamilies: fc.option(fc.array(enumLike(Object.values(IpFamily)), { maxLength: 3 }), { nil: undefined }),
  ipFamilyPolicy: fc.option(enumLike(Object.values(IpFamilyPolicy)), { nil: undefined }),
  allocateLoadBalancerNodePorts: fc.option(fc.boolean(), { nil: undefined }),
  healthCheckNodePort: fc.option(portNumber, { nil: undefined }),
  sessionAffinity: fc.option(enumLike(Object.values(SessionAffinity)), { nil: undefined }),
  publishNotReadyAddresses: fc.option(fc.boolean(), { nil: undefined }),
  clusterIP: fc.option(ipLike, { nil: undefined }),
  externalIPs: fc.option(fc.array(ipLike, { maxLength: 2 }), { nil: undefined }),
  annotations: fc.option(fc.dictionary(annotationKey, annotationValue, { maxKeys: 4 }), { nil: undefined }),
}, { requiredKeys: [] });

/** Props a careful user writes: the property must also hold on the valid side, not only on rejections. */
const carefulProps: fc.Arbitrary<LoadBalancerServiceProps> = fc.record({
  selectorLabels: fc.dictionary(fc.constantFrom('app', 'tier', 'app.kubernetes.io/name'), fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/), { minKeys: 1, maxKeys: 2 }),
  ports: fc.uniqueArray(fc.record({
    port: fc.integer({ min: 1, max: 65535 }),
    name: fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/),
    targetPort: fc.option(fc.integer({ min: 1, max: 65535 }).map((n) => TargetPort.number(n)), { nil: undefined }),
    protocol: fc.option(fc.constantFrom(...Object.values(Protocol)), { nil: undefined }),
  }, { requiredKeys: ['port', 'name'] }), { minLength: 1, maxLength: 3, selector: (p) => p.name }).map((ports) => {
    const seen = new Set<string>();
    return ports.filter((p) => { const key = `${p.port}/${p.protocol ?? 'TCP'}`; const fresh = !seen.has(key); seen.add(key); return fresh; });
  }),
  externalTrafficPolicy: fc.option(fc.constantFrom(...Object.values(ExternalTrafficPolicy)), { nil: undefined }),
  loadBalancerSourceRanges: fc.option(fc.array(fc.ipV4().map((ip) => `${ip}/32`), { maxLength: 2 }), { nil: undefined }),
  annotations: fc.option(fc.dictionary(fc.stringMatching(/^example\.com\/[a-z]{1,10}$/), annotationValue, { maxKeys: 3 }), { nil: undefined }),
}, { requiredKeys: ['selectorLabels', 'ports'] });

export const LOAD_BALANCER_SERVICE_RUNS = 400;

describe('LoadBalancerService under random props', () => {
  let stderr: jest.SpyInstance;
  beforeAll(() => { stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true); });
  afterAll(() => stderr.mockRestore());

  test(`every run ends in a valid manifest or a validation error naming the field (${LOAD_BALANCER_SERVICE_RUNS} runs)`, () => {
    const counter = new OutcomeCounter();
    fc.assert(fc.property(fc.oneof(carefulProps, props), (p) => {
      const outcome = synthOutcome((chart) => new LoadBalancerService(chart, 'lb', p), {
        kind: 'Service', constructPath: 'test/lb', earlyError: /must|give|Use/,
      });
      counter.add(outcome);
      if (outcome.kind !== 'valid') return;
      const service = outcome.object;
      // Every user annotation is kept verbatim.
      const expected = { ...p.metadata?.annotations, ...p.annotations };
      for (const [key, value] of Object.entries(expected)) expect(service.metadata.annotations[key]).toBe(value);
      // Independent of the rules: what the API server checks first.
      for (const port of service.spec.ports) expect(Number.isInteger(port.port) && port.port >= 1 && port.port <= 65535).toBe(true);
    }), { seed: FUZZ_SEED, numRuns: LOAD_BALANCER_SERVICE_RUNS });
    if (process.env.FUZZ_REPORT) process.stdout.write(`LoadBalancerService fuzz: ${counter.valid} valid, ${counter.rejected} rejected, ${counter.early} early\n`);
    // The generators must explore both outcomes, or the property proves little.
    expect(counter.valid).toBeGreaterThan(LOAD_BALANCER_SERVICE_RUNS / 20);
    expect(counter.rejected).toBeGreaterThan(LOAD_BALANCER_SERVICE_RUNS / 4);
  });
});
