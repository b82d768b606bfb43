import { Duration } from 'cdk8s';
import { Protocol } from 'cdk8s-plus-28';
import * as fc from 'fast-check';
import {
  AzureHealthProbeProtocol, AzureLoadBalancerService, AzureLoadBalancerServiceProps, LoadBalancerScheme, PrivateLinkServiceOptions,
  PrivateLinkVisibility, TargetPort, PortReference,
} from '../../src';
import { FUZZ_SEED, portNumber } from '../fuzz/arbitraries';
import { OutcomeCounter, synthOutcome } from '../fuzz/harness';

const RUNS = 300;
const text = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z][-a-z0-9]{0,10}$/) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'a b', 'a,b', 'a=b', '/subscriptions/x', 'ünï', 'x'.repeat(300)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const ip = fc.oneof(fc.ipV4(), fc.ipV6(), fc.constantFrom('10.240.0.25', '20.1.2.3', 'fd00::5', '', '10.0.0.1/32', 'web'));
const guid = fc.oneof({ weight: 3, arbitrary: fc.uuid() }, { weight: 1, arbitrary: text });
const count = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 1.5, Number.NaN, 1e9) },
);
const seconds = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 200 }).map((n) => Duration.seconds(n)) },
  { weight: 1, arbitrary: fc.constantFrom(Duration.millis(1500), Duration.minutes(2), Duration.seconds(0)) },
);
const minutes = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 120 }).map((n) => Duration.minutes(n)) },
  { weight: 1, arbitrary: fc.constantFrom(Duration.seconds(90), Duration.hours(2)) },
);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const props: fc.Arbitrary<AzureLoadBalancerServiceProps> = fc.record({
  selectorLabels: fc.constant({ app: 'web' }),
  ports: fc.uniqueArray(fc.record({
    port: fc.oneof(fc.constantFrom(80, 443, 10256), portNumber),
    name: fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/),
    targetPort: opt(fc.integer({ min: 1, max: 65535 }).map((n) => TargetPort.number(n))),
    protocol: opt(fc.constantFrom(...Object.values(Protocol))),
  }, { requiredKeys: ['port', 'name'] }), { minLength: 1, maxLength: 3, selector: (p) => p.name }),
  scheme: opt(fc.constantFrom(...Object.values(LoadBalancerScheme))),
  subnet: opt(text),
  ipv4Address: opt(ip),
  ipv6Address: opt(ip),
  healthProbe: opt(fc.record({
    protocol: opt(fc.constantFrom(...Object.values(AzureHealthProbeProtocol))),
    path: opt(fc.constantFrom('/', '/healthz', '')),
    interval: opt(seconds),
    numberOfProbes: opt(count),
  }, { requiredKeys: [] })),
  portSettings: opt(fc.array(fc.record({
    port: fc.oneof(fc.constantFrom(80, 443), portNumber),
    protocol: opt(fc.constantFrom(...Object.values(AzureHealthProbeProtocol))),
    probePort: opt(fc.oneof(portNumber.map((n) => PortReference.number(n)), text.map((t) => PortReference.named(t)))),
    interval: opt(seconds),
    numberOfProbes: opt(count),
    noLoadBalancerRule: opt(fc.boolean()),
    noProbeRule: opt(fc.boolean()),
  }, { requiredKeys: ['port'] }), { maxLength: 2 })),
  tcpIdleTimeout: opt(minutes),
  tcpReset: opt(fc.boolean()),
  floatingIp: opt(fc.boolean()),
  highAvailabilityPorts: opt(fc.boolean()),
  allowedServiceTags: opt(fc.array(text, { minLength: 1, maxLength: 2 })),
  allowedIpRanges: opt(fc.array(fc.constantFrom('10.0.0.0/8', '10.0.0.1/8', '', 'fd00::/8'), { minLength: 1, maxLength: 2 })),
  denyAllExceptSourceRanges: opt(fc.boolean()),
  loadBalancerConfigurations: opt(fc.array(text, { minLength: 1, maxLength: 2 })),
  publicIpName: opt(text),
  dnsLabelName: opt(text),
  publicIpTags: opt(fc.dictionary(text, text, { maxKeys: 2 })),
  annotations: opt(fc.dictionary(fc.constantFrom(
    'service.beta.kubernetes.io/azure-load-balancer-internal', 'service.beta.kubernetes.io/azure-pls-name', 'example.com/team',
  ), fc.constantFrom('true', 'True', 'x', ''), { maxKeys: 2 })),
}, { requiredKeys: ['selectorLabels', 'ports'] });

const pls: fc.Arbitrary<PrivateLinkServiceOptions | undefined> = opt(fc.record({
  name: opt(text),
  subnet: opt(text),
  ipAddressCount: opt(count),
  staticIpAddresses: opt(fc.array(ip, { minLength: 1, maxLength: 3 })),
  fqdns: opt(fc.array(fc.constantFrom('a.contoso.com', 'a b', ''), { minLength: 1, maxLength: 2 })),
  proxyProtocol: opt(fc.boolean()),
  visibility: opt(fc.oneof(
    fc.constant(PrivateLinkVisibility.anyone()),
    fc.array(guid, { minLength: 1, maxLength: 2 }).map((ids) => PrivateLinkVisibility.subscriptions(ids)),
  )),
  autoApprovalSubscriptions: opt(fc.array(guid, { minLength: 1, maxLength: 2 })),
}, { requiredKeys: [] }));

/** Props and PLS options a careful user writes: the property must also hold on the valid side. */
const careful: fc.Arbitrary<[AzureLoadBalancerServiceProps, PrivateLinkServiceOptions | undefined]> = fc.record({
  ports: fc.constantFrom([{ name: 'http', port: 80 }], [{ name: 'http', port: 80 }, { name: 'https', port: 443 }]),
  subnet: opt(fc.stringMatching(/^[a-z][-a-z0-9]{0,10}$/)),
  ipv4Address: opt(fc.ipV4().map((a) => `10.${a.split('.').slice(1).join('.')}`)),
  interval: opt(fc.integer({ min: 5, max: 20 })),
  numberOfProbes: opt(fc.integer({ min: 2, max: 5 })),
  protocol: opt(fc.constantFrom(...Object.values(AzureHealthProbeProtocol))),
  idle: opt(fc.integer({ min: 4, max: 100 })),
  floatingIp: opt(fc.boolean()),
  allowedIpRanges: opt(fc.constantFrom(['10.0.0.0/8'], ['10.0.0.0/8', '192.168.0.0/16'])),
  pls: opt(fc.record({
    name: fc.stringMatching(/^[a-z][-a-z0-9]{0,10}$/),
    ipAddressCount: opt(fc.integer({ min: 3, max: 8 })),
    staticIpAddresses: opt(fc.constantFrom(['10.1.0.5'], ['10.1.0.5', '10.1.0.6'])),
    visibility: opt(fc.uuid().map((id) => PrivateLinkVisibility.subscriptions([id]))),
  }, { requiredKeys: ['name'] })),
}, { requiredKeys: ['ports'] }).map((c): [AzureLoadBalancerServiceProps, PrivateLinkServiceOptions | undefined] => [{
  selectorLabels: { app: 'web' },
  ports: c.ports,
  subnet: c.subnet,
  ipv4Address: c.ipv4Address,
  healthProbe: {
    interval: c.interval === undefined ? undefined : Duration.seconds(c.interval), numberOfProbes: c.numberOfProbes, protocol: c.protocol,
  },
  tcpIdleTimeout: c.idle === undefined ? undefined : Duration.minutes(c.idle),
  floatingIp: c.floatingIp,
  allowedIpRanges: c.allowedIpRanges,
}, c.pls]);

describe('AzureLoadBalancerService and PrivateLinkService under random props', () => {
  let stderr: jest.SpyInstance;
  beforeAll(() => { stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true); });
  afterAll(() => stderr.mockRestore());

  test(`every run ends in a valid manifest or errors that name the field (${RUNS} runs)`, () => {
    const counter = new OutcomeCounter();
    fc.assert(fc.property(fc.oneof(careful, fc.tuple(props, pls)), ([p, plsOptions]) => {
      const outcome = synthOutcome((chart) => {
        const svc = new AzureLoadBalancerService(chart, 'lb', p);
        if (plsOptions) svc.addPrivateLinkService(plsOptions);
        return svc;
      }, { kind: 'Service', constructPath: 'test/lb', earlyError: /must be a whole number|give at least one entry|contains the list separator|not a string|sets both|publicIpTags has the tag/ });
      counter.add(outcome);
      if (outcome.kind !== 'valid') return;
      const service = outcome.object;
      expect(service.spec.loadBalancerIP).toBeUndefined();
      // Secure by default: internal unless asked, and every user annotation kept verbatim.
      const internal = service.metadata.annotations?.['service.beta.kubernetes.io/azure-load-balancer-internal'] === 'true';
      expect(internal).toBe((p.scheme ?? LoadBalancerScheme.INTERNAL) === LoadBalancerScheme.INTERNAL);
      for (const [key, value] of Object.entries(p.annotations ?? {})) expect(service.metadata.annotations[key]).toBe(value);
    }), { seed: FUZZ_SEED, numRuns: RUNS });
    if (process.env.FUZZ_REPORT) process.stdout.write(`AzureLoadBalancerService fuzz: ${counter.valid} valid, ${counter.rejected} rejected, ${counter.early} early\n`);
    expect(counter.valid).toBeGreaterThan(RUNS / 20);
    // Props the annotations cannot carry throw at construction (early); the rest reach the rules.
    expect(counter.rejected).toBeGreaterThan(RUNS / 8);
    expect(counter.early).toBeGreaterThan(RUNS / 20);
  });
});
