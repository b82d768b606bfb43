import { App, Chart, Testing } from 'cdk8s';
import * as fc from 'fast-check';
import { annotationKey, annotationValue, FUZZ_SEED, nameLike } from './arbitraries';
import { expectAcceptedAsWritten, expectClearSynthError } from './harness';
import {
  ApplicationGatewayBackend, ApplicationGatewayIngress, AwsClassicLoadBalancerService, AwsNlbService, AzureInternalLoadBalancerService,
  AzureLoadBalancerService, LoadBalancerService, PrivateLinkService, TargetPort,
} from '../../src';
import { schemaCheck } from '../helpers';

/**
 * Issue #17: every object the constructs synthesize without error is accepted by the API server. One cdk8s app per
 * run with an object of each of the seven constructs, their names, labels, selectors and annotations drawn from
 * values that Kubernetes reads in surprising ways (0X1F, 0o17, yes, on, 017, Unicode, empties). Either synth fails with
 * a finding naming the construct, the field and a fix, or the whole app, written as `cdk8s synth` writes it and read
 * back as Kubernetes reads YAML, has every value unchanged, passes the Kubernetes schema and every Kubernetes rule.
 * The per-construct fuzz tests (test/fuzz, test/azure, test/aws) check the same on each construct's own props.
 */
const RUNS = 150;

/** Mostly the valid side, sometimes anything: each app has five label sets, so junk everywhere would refuse them all. */
const mostly = <T>(valid: fc.Arbitrary<T>, any: fc.Arbitrary<T>) => fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: any });
/** Label values Kubernetes accepts, among them the ones its YAML reader would take for numbers or booleans unquoted. */
const labelValue = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/), fc.constantFrom('0x1f', '017', '1e5', 'yes', 'on', 'y', '1_000', '0X1F', '0o17', '0B1', '~', 'null'));
const labels = mostly(fc.dictionary(fc.constantFrom('app', 'tier', 'app.kubernetes.io/name', 'example.com/0o17', '017'), labelValue, { maxKeys: 2 }),
  fc.dictionary(annotationKey, nameLike, { maxKeys: 2 }));
const annotations = fc.dictionary(fc.stringMatching(/^example\.com\/[a-z]{1,8}$/), annotationValue, { maxKeys: 2 });
const meta = fc.record({ labels, annotations }, { requiredKeys: [] });
const dnsName = mostly(fc.stringMatching(/^[a-z][-a-z0-9]{0,8}[a-z0-9]$/), nameLike);

const appProps = fc.record({
  lb: meta,
  lbSelector: labels,
  ilb: meta,
  ilbSubnet: dnsName,
  pls: dnsName,
  agicHost: mostly(dnsName.map((n) => `${n}.contoso.com`), nameLike),
  nlb: meta,
  nlbPortName: mostly(fc.constantFrom('https', '0o17', 'tls', 'yes'), nameLike),
  classic: meta,
});

/** The construct paths findings may name, one per construct of the app. */
const PATHS = ['app/lb', 'app/azure', 'app/ilb', 'app/pls', 'app/agic', 'app/nlb', 'app/classic'];

type AppProps = typeof appProps extends fc.Arbitrary<infer T> ? T : never;

function build(p: AppProps): Chart {
  const app: App = Testing.app();
  const chart = new Chart(app, 'app');
  const ports = [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }];
  new LoadBalancerService(chart, 'lb', { metadata: { labels: p.lb.labels, annotations: p.lb.annotations }, selectorLabels: { app: 'web', ...p.lbSelector }, ports });
  new AzureLoadBalancerService(chart, 'azure', { selectorLabels: { app: 'web' }, ports, allowedIpRanges: ['10.0.0.0/8'] });
  const ilb = new AzureInternalLoadBalancerService(chart, 'ilb', {
    metadata: { name: 'ilb', labels: p.ilb.labels, annotations: p.ilb.annotations }, selectorLabels: { app: 'web' }, ports, subnet: p.ilbSubnet,
  });
  new PrivateLinkService(chart, 'pls', { service: ilb, name: p.pls });
  new ApplicationGatewayIngress(chart, 'agic', { rules: [{ host: p.agicHost, backend: ApplicationGatewayBackend.fromService(ilb) }] });
  new AwsNlbService(chart, 'nlb', {
    metadata: { labels: p.nlb.labels, annotations: p.nlb.annotations },
    selectorLabels: { app: 'web' },
    ports: [{ name: p.nlbPortName, port: 443, targetPort: TargetPort.number(8443) }],
  });
  new AwsClassicLoadBalancerService(chart, 'classic', { metadata: { labels: p.classic.labels, annotations: p.classic.annotations }, selectorLabels: { app: 'web' }, ports });
  return chart;
}

describe('the API server accepts what the constructs synthesize (issue #17)', () => {
  let stderr: jest.SpyInstance;
  beforeAll(() => { stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true); });
  afterAll(() => stderr.mockRestore());

  test(`an app of all seven constructs under random names, labels and annotations (${RUNS} runs, seeded)`, () => {
    let valid = 0;
    let rejected = 0;
    fc.assert(fc.property(appProps, (p) => {
      const chart = build(p);
      let objects: any[];
      try {
        objects = Testing.synth(chart);
      } catch (e) {
        expectClearSynthError(e, PATHS);
        rejected++;
        return;
      }
      valid++;
      for (const object of objects) schemaCheck(object);
      expectAcceptedAsWritten(objects);
    }), { seed: FUZZ_SEED, numRuns: RUNS });
    // Both sides explored: apps that synthesize, and apps refused with a finding.
    if (process.env.FUZZ_REPORT) process.stdout.write(`API server fuzz: ${valid} valid, ${rejected} rejected\n`);
    expect(valid).toBeGreaterThan(RUNS / 10);
    expect(rejected).toBeGreaterThan(RUNS / 10);
  });
});
