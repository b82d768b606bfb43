import { Chart, Duration } from 'cdk8s';
import { Protocol } from 'cdk8s-plus-28';
import * as fc from 'fast-check';
import {
  AlpnPolicy, AwsClassicLoadBalancerService, AwsHealthCheckProtocol, AwsNlbService, AwsSubnets, ClassicBackendProtocol, DnsClientRoutingPolicy,
  ExternalTrafficPolicy, HealthCheckPort, LoadBalancerScheme, NlbBackendProtocol, NlbControllerSelection, NlbIpAddressType, NlbTargetType,
  TargetPort, PortReference,
} from '../../src';
import { FUZZ_SEED } from '../fuzz/arbitraries';
import { OutcomeCounter, synthOutcome } from '../fuzz/harness';

const RUNS = 300;
const SEED = FUZZ_SEED;
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
/** Mostly sensible values, sometimes wrong ones: both outcomes must be explored. */
const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: bad, weight: 1 });
const hex = (n: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${n}}$`));
const subnetIds = fc.array(mostly(fc.oneof(hex(8), hex(17)), fc.constantFrom('0abc', 'xyz')).map((h) => `subnet-${h}`), { maxLength: 3 });
const subnets = fc.oneof(
  subnetIds.map((ids) => () => AwsSubnets.ids(ids)),
  fc.array(mostly(fc.constantFrom('private-a', 'private-b', 'public-a'), fc.constantFrom('a,b', '')), { maxLength: 3 }).map((names) => () => AwsSubnets.names(names)),
);
const seconds = mostly(
  fc.integer({ min: 2, max: 60 }).map((n) => Duration.seconds(n)),
  fc.oneof(fc.integer({ min: 0, max: 400 }).map((n) => Duration.seconds(n)), fc.constant(Duration.millis(1500))),
);
const small = mostly(fc.integer({ min: 2, max: 10 }), fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constant(2.5)));
const map = fc.dictionary(
  mostly(fc.constantFrom('team', 'env'), fc.constantFrom('aws:owner', 'a=b', 'stickiness.enabled', 'preserve_client_ip.enabled')),
  mostly(fc.constantFrom('x', 'true', 'false'), fc.constantFrom('a,b', '')), { maxKeys: 3 });
const ports = fc.array(fc.record({
  port: fc.constantFrom(80, 443, 5432, 53),
  name: fc.constantFrom('http', 'https', 'db', 'dns'),
  protocol: opt(fc.constantFrom(Protocol.TCP, Protocol.UDP)),
  targetPort: opt(fc.oneof(fc.constantFrom(8080, 8443).map((n) => TargetPort.number(n)), fc.constant(TargetPort.named('http')))),
}, { requiredKeys: ['port', 'name'] }), { minLength: 1, maxLength: 3 }).map((list) => {
  const seen = new Set<string>();
  return list.filter((p) => !seen.has(p.name) && !seen.has(`${p.port}`) && seen.add(p.name) && seen.add(`${p.port}`));
});
const common = {
  ports,
  scheme: opt(fc.constantFrom(LoadBalancerScheme.INTERNAL, LoadBalancerScheme.INTERNET_FACING)),
  subnets: opt(subnets),
  loadBalancerSourceRanges: opt(fc.array(mostly(fc.constantFrom('10.0.0.0/8', '0.0.0.0/0'), fc.constant('2001:db8::/32')), { maxLength: 2 })),
  externalTrafficPolicy: opt(fc.constantFrom(ExternalTrafficPolicy.CLUSTER, ExternalTrafficPolicy.LOCAL)),
  additionalResourceTags: opt(map),
  annotations: opt(fc.dictionary(mostly(fc.constant('example.com/x'), fc.constantFrom('service.beta.kubernetes.io/aws-load-balancer-scheme', 'service.beta.kubernetes.io/aws-load-balancer-internal')),
    fc.constantFrom('internal', 'true', 'internet-facing'), { maxKeys: 2 })),
};

const nlbProps = fc.record({
  ...common,
  controllerSelection: opt(fc.constantFrom(NlbControllerSelection.LOAD_BALANCER_CLASS, NlbControllerSelection.TYPE_ANNOTATION)),
  targetType: opt(fc.constantFrom(NlbTargetType.IP, NlbTargetType.INSTANCE)),
  ipAddressType: opt(fc.constantFrom(NlbIpAddressType.IPV4, NlbIpAddressType.DUALSTACK)),
  eipAllocations: mostly(fc.constant(undefined), fc.array(hex(17).map((h) => `eipalloc-${h}`), { maxLength: 3 })),
  privateIpv4Addresses: mostly(fc.constant(undefined), fc.array(fc.oneof(fc.ipV4(), fc.constant('10.0.0')), { maxLength: 3 })),
  loadBalancerName: opt(mostly(fc.constant('api'), fc.constantFrom('internal-api', 'x'.repeat(33), 'bad_name'))),
  securityGroups: opt(fc.array(mostly(fc.constantFrom('sg-0123456789abcdef0', 'web-sg'), fc.constant('sg-1')), { minLength: 1, maxLength: 2 })),
  manageBackendSecurityGroupRules: opt(fc.boolean()),
  clientIpPreservation: opt(fc.boolean()),
  proxyProtocolV2: opt(fc.boolean()),
  deregistrationDelay: opt(seconds),
  stickiness: opt(fc.boolean()),
  targetGroupAttributes: opt(map),
  healthCheck: opt(fc.record({
    protocol: opt(fc.constantFrom(AwsHealthCheckProtocol.TCP, AwsHealthCheckProtocol.HTTP)),
    port: opt(mostly(fc.constant(HealthCheckPort.trafficPort()), fc.oneof(fc.constant(HealthCheckPort.named('http')), fc.integer({ min: 0, max: 70000 }).map((n) => HealthCheckPort.number(n))))),
    path: opt(fc.constantFrom('/healthz', '')),
    interval: opt(seconds),
    timeout: opt(seconds),
    healthyThreshold: opt(small),
    unhealthyThreshold: opt(small),
    successCodes: opt(mostly(fc.constantFrom('200', '200-399'), fc.constantFrom('100', 'ok'))),
  }, { requiredKeys: [] })),
  tls: opt(fc.record({
    certificateArns: fc.array(mostly(fc.constant('arn:aws:acm:eu-west-1:123456789012:certificate/abc'), fc.constant('cert')), { maxLength: 2 }),
    ports: opt(fc.array(mostly(fc.constantFrom(PortReference.named('https'), PortReference.number(443)), fc.constantFrom(PortReference.named('*'), PortReference.named('nope'))), { maxLength: 2 })),
    alpnPolicy: opt(fc.constantFrom(AlpnPolicy.HTTP2_PREFERRED, AlpnPolicy.NONE)),
    backendProtocol: opt(fc.constantFrom(NlbBackendProtocol.SSL, NlbBackendProtocol.TCP)),
  }, { requiredKeys: ['certificateArns'] })),
  accessLogs: opt(fc.record({ bucketName: mostly(fc.constant('logs'), fc.constant('')), prefix: opt(fc.constant('p')) }, { requiredKeys: ['bucketName'] })),
  crossZoneLoadBalancing: opt(fc.boolean()),
  deletionProtection: opt(fc.boolean()),
  dnsClientRoutingPolicy: opt(fc.constant(DnsClientRoutingPolicy.AVAILABILITY_ZONE_AFFINITY)),
  targetNodeLabels: opt(map),
}, { requiredKeys: ['ports'] });

const classicProps = fc.record({
  ...common,
  tls: opt(fc.record({
    certificateArn: mostly(fc.constant('arn:aws:acm:eu-west-1:123456789012:certificate/abc'), fc.constantFrom('cert', '')),
    ports: opt(fc.array(mostly(fc.constantFrom(PortReference.named('https'), PortReference.number(443)), fc.constantFrom(PortReference.named('HTTPS'), PortReference.named('nope'))), { maxLength: 2 })),
    backendProtocol: opt(fc.constantFrom(...Object.values(ClassicBackendProtocol))),
  }, { requiredKeys: ['certificateArn'] })),
  accessLogs: opt(fc.record({
    bucketName: mostly(fc.constant('logs'), fc.constant('')),
    emitInterval: opt(mostly(
      fc.constantFrom(5, 60).map((n) => Duration.minutes(n)),
      fc.oneof(fc.constant(Duration.minutes(15)), fc.constant(Duration.seconds(90))),
    )),
    enabled: opt(fc.boolean()),
  }, { requiredKeys: ['bucketName'] })),
  connectionDraining: opt(seconds),
  idleTimeout: opt(seconds),
  crossZoneLoadBalancing: opt(fc.boolean()),
  healthCheck: opt(fc.record(
    { healthyThreshold: opt(small), unhealthyThreshold: opt(small), interval: opt(seconds), timeout: opt(seconds) },
    { requiredKeys: [] },
  )),
  extraSecurityGroups: opt(fc.array(mostly(fc.constant('sg-0123456789abcdef0'), fc.constant('web')), { minLength: 1, maxLength: 2 })),
  proxyProtocol: opt(fc.boolean()),
});

function resolve(p: any): any {
  return { ...p, subnets: p.subnets ? p.subnets() : undefined };
}

function runProperty(make: (chart: Chart, p: any) => AwsNlbService | AwsClassicLoadBalancerService, arbitrary: fc.Arbitrary<any>): OutcomeCounter {
  const counter = new OutcomeCounter();
  fc.assert(fc.property(arbitrary, (raw) => {
    // Only props that cannot be rendered faithfully throw early, with the prop's name.
    const outcome = synthOutcome((chart) => make(chart, resolve(raw)), {
      kind: 'Service', constructPath: 'test/lb', earlyError: /^(AwsSubnets\.\w+\(\)|[a-zA-Z0-9.]+(\[\d+\])?)(:| must| is) /,
    });
    counter.add(outcome);
    if (outcome.kind !== 'valid') return;
    const service = outcome.object;
    for (const [key, value] of Object.entries(raw.annotations ?? {})) expect(service.metadata.annotations[key]).toBe(value);
  }), { seed: SEED, numRuns: RUNS });
  return counter;
}

describe('AWS constructs under random props', () => {
  let stderr: jest.SpyInstance;
  beforeAll(() => { stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true); });
  afterAll(() => stderr.mockRestore());

  test(`AwsNlbService: a valid manifest, a synth error naming rule and path, or an early error naming the prop (${RUNS} runs)`, () => {
    const { valid, rejected } = runProperty((chart, p) => new AwsNlbService(chart, 'lb', { selectorLabels: { app: 'x' }, ...p }), nlbProps);
    if (process.env.FUZZ_REPORT) process.stdout.write(`AwsNlbService fuzz: ${valid} valid, ${rejected} rejected\n`);
    expect(valid).toBeGreaterThan(RUNS / 50);
    expect(rejected).toBeGreaterThan(RUNS / 10);
  });

  test(`AwsClassicLoadBalancerService: the same (${RUNS} runs)`, () => {
    const { valid, rejected } = runProperty((chart, p) => new AwsClassicLoadBalancerService(chart, 'lb', { selectorLabels: { app: 'x' }, ...p }), classicProps);
    if (process.env.FUZZ_REPORT) process.stdout.write(`AwsClassicLoadBalancerService fuzz: ${valid} valid, ${rejected} rejected\n`);
    expect(valid).toBeGreaterThan(RUNS / 50);
    expect(rejected).toBeGreaterThan(RUNS / 10);
  });
});
