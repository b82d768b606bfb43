import { Duration } from 'cdk8s';
import { HttpIngressPathType } from 'cdk8s-plus-28';
import * as fc from 'fast-check';
import {
  ApplicationGatewayBackend, ApplicationGatewayBackendProtocol, ApplicationGatewayIngress, ApplicationGatewayIngressClass,
  ApplicationGatewayIngressProps, LoadBalancerScheme,
} from '../../src';
import { FUZZ_SEED, portNumber } from '../fuzz/arbitraries';
import { OutcomeCounter, synthOutcome } from '../fuzz/harness';

const RUNS = 200;
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const word = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z][-a-z0-9]{0,8}$/) },
  { weight: 1, arbitrary: fc.constantFrom('', 'a b', 'a,b', 'ünï', '/x') },
);
const seconds = fc.oneof(
  fc.integer({ min: 1, max: 120 }).map((n) => Duration.seconds(n)),
  fc.constantFrom(Duration.millis(500), Duration.seconds(0)),
);
const smallInt = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 25 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -3, 1.5, 20001, Number.NaN) },
);
const backend = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/), fc.oneof(fc.constantFrom(80, 443, 8080), portNumber))
  .map(([name, port]) => ApplicationGatewayBackend.fromServiceName(name, { port }));

const props: fc.Arbitrary<ApplicationGatewayIngressProps> = fc.record({
  ingressClass: opt(fc.constantFrom(...Object.values(ApplicationGatewayIngressClass))),
  scheme: opt(fc.constantFrom(...Object.values(LoadBalancerScheme))),
  rules: opt(fc.array(fc.record({
    backend,
    host: opt(fc.constantFrom('shop.contoso.com', 'api.contoso.com', 'Bad_Host', '')),
    path: opt(fc.constantFrom('/', '/api', 'api', '/*')),
    pathType: opt(fc.constantFrom(...Object.values(HttpIngressPathType))),
  }, { requiredKeys: ['backend'] }), { maxLength: 3 })),
  defaultBackend: opt(backend),
  tls: opt(fc.array(fc.record({ secretName: word, hosts: opt(fc.constantFrom(['shop.contoso.com'], [])) }, { requiredKeys: ['secretName'] }), { maxLength: 1 })),
  sslCertificate: opt(word),
  sslRedirect: opt(fc.boolean()),
  backendProtocol: opt(fc.constantFrom(...Object.values(ApplicationGatewayBackendProtocol))),
  backendPathPrefix: opt(fc.constantFrom('/', '/app/')),
  trustedRootCertificates: opt(fc.array(word, { minLength: 1, maxLength: 2 })),
  requestTimeout: opt(seconds),
  connectionDraining: opt(fc.boolean()),
  connectionDrainingTimeout: opt(seconds),
  cookieBasedAffinity: opt(fc.boolean()),
  rulePriority: opt(fc.oneof(fc.integer({ min: 1, max: 20000 }), smallInt)),
  healthProbe: opt(fc.record({
    path: opt(fc.constantFrom('/healthz', '/', '')),
    port: opt(portNumber),
    statusCodes: opt(fc.array(fc.constantFrom('200-399', '401', '200', '99', 'abc', '2xx', '200,401'), { minLength: 1, maxLength: 2 })),
    interval: opt(seconds),
    timeout: opt(seconds),
    unhealthyThreshold: opt(smallInt),
  }, { requiredKeys: [] })),
  annotations: opt(fc.dictionary(fc.constantFrom('appgw.ingress.kubernetes.io/rule-priority', 'appgw.ingress.kubernetes.io/rewrite-rule-set', 'example.com/x'),
    fc.constantFrom('10', 'rs', 'x'), { maxKeys: 2 })),
}, { requiredKeys: [] });

/** Props a careful user writes, so that the valid side is explored too. */
const careful: fc.Arbitrary<ApplicationGatewayIngressProps> = fc.record({
  ingressClass: opt(fc.constantFrom(...Object.values(ApplicationGatewayIngressClass))),
  scheme: opt(fc.constantFrom(...Object.values(LoadBalancerScheme))),
  host: fc.constantFrom('shop.contoso.com', 'api.contoso.com'),
  path: fc.constantFrom('/', '/api'),
  tls: fc.boolean(),
  requestTimeout: opt(fc.integer({ min: 1, max: 300 })),
  rulePriority: opt(fc.integer({ min: 1, max: 20000 })),
  interval: opt(fc.integer({ min: 1, max: 60 })),
  threshold: opt(fc.integer({ min: 1, max: 20 })),
}, { requiredKeys: ['host', 'path', 'tls'] }).map((c) => ({
  ingressClass: c.ingressClass,
  scheme: c.scheme,
  rules: [{ host: c.host, path: c.path, backend: ApplicationGatewayBackend.fromServiceName('web', { port: 80 }) }],
  tls: c.tls ? [{ hosts: [c.host], secretName: 'web-tls' }] : undefined,
  sslRedirect: c.tls ? true : undefined,
  requestTimeout: c.requestTimeout === undefined ? undefined : Duration.seconds(c.requestTimeout),
  rulePriority: c.rulePriority,
  healthProbe: { path: '/healthz', interval: c.interval === undefined ? undefined : Duration.seconds(c.interval), unhealthyThreshold: c.threshold },
}));

describe('ApplicationGatewayIngress under random props', () => {
  let stderr: jest.SpyInstance;
  beforeAll(() => { stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true); });
  afterAll(() => stderr.mockRestore());

  test(`every run ends in a valid Ingress or errors that name the field (${RUNS} runs)`, () => {
    const counter = new OutcomeCounter();
    fc.assert(fc.property(fc.oneof(careful, props), (p) => {
      const outcome = synthOutcome((chart) => new ApplicationGatewayIngress(chart, 'agic', p), {
        kind: 'Ingress', constructPath: 'test/agic', earlyError: /must be a whole number|give at least one entry|contains the list separator|not a string|sets both|publicIpTags has the tag/,
      });
      counter.add(outcome);
      if (outcome.kind !== 'valid') return;
      const json = outcome.object;
      // Exactly one form of the AGIC class, and the private frontend unless asked otherwise.
      const byAnnotation = json.metadata.annotations?.['kubernetes.io/ingress.class'] === 'azure/application-gateway';
      expect(byAnnotation).not.toBe(json.spec.ingressClassName === 'azure-application-gateway');
      expect(json.metadata.annotations?.['appgw.ingress.kubernetes.io/use-private-ip'] === 'true').toBe(p.scheme !== LoadBalancerScheme.INTERNET_FACING);
    }), { seed: FUZZ_SEED, numRuns: RUNS });
    if (process.env.FUZZ_REPORT) process.stdout.write(`ApplicationGatewayIngress fuzz: ${counter.valid} valid, ${counter.rejected} rejected, ${counter.early} early\n`);
    expect(counter.valid).toBeGreaterThan(RUNS / 20);
    // Props the annotations cannot carry throw at construction (early); the rest reach the rules.
    expect(counter.rejected).toBeGreaterThan(RUNS / 8);
    expect(counter.early).toBeGreaterThan(RUNS / 20);
  });
});
