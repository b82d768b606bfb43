/**
 * The annotation catalogue behind ANNOTATIONS.md: for every annotation key a construct writes, the prop that writes it
 * and the rules that judge it. Everything is read from the outside, through the public API and the rendered
 * `ApiObject`, so that it stays true whatever the constructs and the rule registry do inside:
 *
 * - the keys: each construct is built with every prop set (FIXTURES) and its `apiObject.toJson()` is read;
 * - the prop: the construct is given the same key by hand with another value, and the conflict error it reports at
 *   validation names the typed prop (`... by the typed prop healthCheck.port`), the `source` of its annotation;
 * - the rules: every key of the manifest is given many values (PROBE_VALUES, and removal), each key that another
 *   fixture of the same construct writes is added, the rule engine runs on each result, and a rule judges a key when
 *   one of its findings has that key's path. Rules that also report an annotation no construct writes (CONTROL_KEY)
 *   judge every key alike; they are listed once, not in every row.
 *
 * A listed rule has reported the key; a rule that only a combination no probe makes would trigger can be missing.
 */
import * as os from 'os';
import * as path from 'path';
import { ApiObject, Chart, Duration, Testing } from 'cdk8s';
import { HttpIngressPathType } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import {
  AlpnPolicy, ApplicationGatewayBackend, ApplicationGatewayBackendProtocol, ApplicationGatewayIngress, ApplicationGatewayIngressClass,
  AwsClassicLoadBalancerService, AwsHealthCheckProtocol, ClusterProfile, AwsNlbService, AwsSubnets, AzureHealthProbeProtocol,
  AzureInternalLoadBalancerService, AzureLoadBalancerService, ClassicBackendProtocol, DnsClientRoutingPolicy, ExternalTrafficPolicy,
  HealthCheckPort, IpFamily, IpFamilyPolicy, LoadBalancerScheme, LoadBalancerService, NlbBackendProtocol, NlbControllerSelection,
  NlbIpAddressType, NlbTargetType, PortReference, PrivateLinkVisibility, Rules, Severity, TargetPort,
} from '../src';

/** What the catalogue needs of a construct: its rendered object, a way to write a key by hand, and its validation. */
export interface JudgedConstruct extends Construct {
  readonly apiObject: ApiObject;
  addAnnotation(key: string, value: string): void;
}

/** One way of building a construct with many props set. */
export interface Fixture {
  /** The construct the keys are listed under. */
  readonly construct: string;
  /** What this fixture shows (constructs need several: internal and public, two controller selections). */
  readonly variant: string;
  /**
   * The construct whose keys this one writes as well (its base class, or the Service a Private Link Service writes
   * onto): a key written by both, from the same prop, is listed once, under the base.
   */
  readonly base?: string;
  /**
   * Literal parts of keys and props that stand for any value (`port_80_` for `port_{port}_`), so that a row holds for
   * every port, not for the fixture's.
   */
  readonly placeholders?: ReadonlyArray<readonly [string, string]>;
  /** The props it sets, so that a test can tell when a construct gains a prop that no fixture sets. */
  readonly props?: object;
  /** Builds the construct in a fresh chart and returns the construct that owns the rendered object. */
  build(chart: Chart): JudgedConstruct;
}

/** A fixture whose props are kept beside the function that builds the construct from them. */
function defineFixture<P extends object>(f: Omit<Fixture, 'build' | 'props'> & { props: P; make: (chart: Chart, props: P) => JudgedConstruct }): Fixture {
  const { make, ...rest } = f;
  return { ...rest, build: (chart) => make(chart, f.props) };
}

const CERT = 'arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789';
const SUB_A = '11111111-2222-3333-4444-555555555555';
const SUB_B = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const WAF = `/subscriptions/${SUB_A}/resourceGroups/rg/providers/Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/waf`;
const prefixId = (n: string) => `/subscriptions/${SUB_A}/resourceGroups/rg/providers/Microsoft.Network/publicIPPrefixes/${n}`;

const basics = (name: string, port = 443, targetPort = 8443) => ({
  metadata: { name },
  selectorLabels: { app: name },
  ports: [{ name: 'main', port, targetPort: TargetPort.number(targetPort) }],
});

const nlbEverything = {
  ...basics('api'),
  scheme: LoadBalancerScheme.INTERNET_FACING,
  targetType: NlbTargetType.INSTANCE,
  subnets: AwsSubnets.names(['public-a', 'public-b']),
  ipAddressType: NlbIpAddressType.IPV4,
  eipAllocations: ['eipalloc-01234567', 'eipalloc-89abcdef'],
  loadBalancerName: 'api-public',
  securityGroups: ['sg-01234567'],
  manageBackendSecurityGroupRules: true,
  clientIpPreservation: false,
  proxyProtocolV2: true,
  deregistrationDelay: Duration.seconds(30),
  connectionTermination: true,
  stickiness: true,
  targetGroupAttributes: { 'target_health_state.unhealthy.connection_termination.enabled': 'false' },
  healthCheck: {
    protocol: AwsHealthCheckProtocol.HTTPS,
    port: HealthCheckPort.number(8443),
    path: '/ready',
    interval: Duration.seconds(15),
    timeout: Duration.seconds(5),
    healthyThreshold: 2,
    unhealthyThreshold: 3,
    successCodes: '200-299',
  },
  tls: { certificateArns: [CERT], ports: [PortReference.number(443)], negotiationPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', alpnPolicy: AlpnPolicy.HTTP2_PREFERRED, backendProtocol: NlbBackendProtocol.SSL },
  accessLogs: { bucketName: 'my-logs', prefix: 'nlb/api' },
  crossZoneLoadBalancing: true,
  deletionProtection: true,
  dnsClientRoutingPolicy: DnsClientRoutingPolicy.PARTIAL_AVAILABILITY_ZONE_AFFINITY,
  loadBalancerAttributes: { 'zonal_shift.config.enabled': 'true' },
  additionalResourceTags: { team: 'api', env: 'prod' },
  targetNodeLabels: { pool: 'edge' },
};

/** The cluster of the fixtures that ask for both IP families. */
const DUAL_STACK_AKS = ClusterProfile.aks({ name: 'aks-dual-stack', ipFamilies: [IpFamily.IPV4, IpFamily.IPV6] });

const azureShared = {
  ...basics('web', 80, 8080),
  ports: [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }, { name: 'health', port: 10256, targetPort: TargetPort.number(10256) }],
  ipFamilies: [IpFamily.IPV4, IpFamily.IPV6],
  ipFamilyPolicy: IpFamilyPolicy.REQUIRE_DUAL_STACK,
  subnet: 'apps',
  ipv4Address: '10.240.0.25',
  ipv6Address: 'fd00::25',
  healthProbe: { protocol: AzureHealthProbeProtocol.HTTP, path: '/healthz', interval: Duration.seconds(10), numberOfProbes: 3 },
  portSettings: [
    { port: 80, protocol: AzureHealthProbeProtocol.HTTPS, path: '/ready', interval: Duration.seconds(15), numberOfProbes: 4, probePort: PortReference.named('health') },
    { port: 10256, noLoadBalancerRule: true, noProbeRule: true },
  ],
  tcpIdleTimeout: Duration.minutes(30),
  tcpReset: false,
  floatingIp: false,
  allowedIpRanges: ['10.0.0.0/8', '192.168.0.0/16'],
  denyAllExceptSourceRanges: true,
};

/** The per-port keys of cloud-provider-azure (`port_{port}_...`) and the portSettings entry that writes them. */
const AZURE_PORTS: ReadonlyArray<readonly [string, string]> = [
  ['port_80_', 'port_{port}_'], ['port_10256_', 'port_{port}_'], ['portSettings[0]', 'portSettings[i]'], ['portSettings[1]', 'portSettings[i]'],
];

const privateLinkOptions = {
  name: 'web-pls',
  resourceGroup: 'rg-pls',
  subnet: 'pls-subnet',
  ipAddressCount: 4,
  staticIpAddresses: ['10.240.1.10', '10.240.1.11'],
  fqdns: ['web.contoso.com', 'web2.contoso.com'],
  proxyProtocol: true,
  visibility: PrivateLinkVisibility.subscriptions([SUB_A, SUB_B]),
  autoApprovalSubscriptions: [SUB_A],
};

const agicEverything = {
  metadata: { name: 'web' },
  defaultBackend: ApplicationGatewayBackend.fromServiceName('web', { port: 443 }),
  rules: [{ host: 'shop.contoso.com', path: '/', pathType: HttpIngressPathType.PREFIX, backend: ApplicationGatewayBackend.fromServiceName('web', { port: 443 }) }],
  tls: [{ hosts: ['shop.contoso.com'], secretName: 'shop-tls' }],
  sslRedirect: true,
  backendProtocol: ApplicationGatewayBackendProtocol.HTTPS,
  backendHostname: 'web.internal',
  backendPathPrefix: '/app/',
  trustedRootCertificates: ['root-a', 'root-b'],
  requestTimeout: Duration.seconds(60),
  connectionDraining: true,
  connectionDrainingTimeout: Duration.seconds(30),
  cookieBasedAffinity: true,
  wafPolicyForPath: WAF,
  rulePriority: 100,
  healthProbe: { path: '/healthz', port: 8443, hostname: 'web.internal', statusCodes: ['200-399'], interval: Duration.seconds(15), timeout: Duration.seconds(5), unhealthyThreshold: 3 },
};

/** The constructs, in the order ANNOTATIONS.md lists them, each built with every prop that writes an annotation. */
export const FIXTURES: readonly Fixture[] = [
  defineFixture({
    construct: 'LoadBalancerService',
    variant: 'every spec prop, and an acknowledged warning',
    placeholders: [['K8S-SVC-024', '{ruleId}']],
    props: { ...basics('web'), externalTrafficPolicy: ExternalTrafficPolicy.LOCAL, loadBalancerSourceRanges: ['10.0.0.0/8'] },
    make: (chart, props) => {
      const service = new LoadBalancerService(chart, 'svc', props);
      service.acknowledge('K8S-SVC-024', 'the endpoints are also managed by hand');
      return service;
    },
  }),
  defineFixture({
    construct: 'AwsNlbService',
    variant: 'internet-facing, every prop',
    base: 'LoadBalancerService',
    props: nlbEverything,
    make: (chart, props) => new AwsNlbService(chart, 'svc', props),
  }),
  defineFixture({
    construct: 'AwsNlbService',
    variant: 'internal with private and IPv6 addresses, selected by the type annotation',
    base: 'LoadBalancerService',
    props: {
      ...basics('api'),
      controllerSelection: NlbControllerSelection.TYPE_ANNOTATION,
      scheme: LoadBalancerScheme.INTERNAL,
      targetType: NlbTargetType.IP,
      ipAddressType: NlbIpAddressType.DUALSTACK,
      subnets: AwsSubnets.ids(['subnet-01234567', 'subnet-89abcdef']),
      privateIpv4Addresses: ['10.0.1.10', '10.0.2.10'],
      ipv6Addresses: ['2600:1f13:837:8501::1', '2600:1f13:837:8504::1'],
    },
    make: (chart, props) => new AwsNlbService(chart, 'svc', props),
  }),
  defineFixture({
    construct: 'AwsClassicLoadBalancerService',
    variant: 'internet-facing, every prop',
    base: 'LoadBalancerService',
    props: {
      ...basics('legacy'),
      scheme: LoadBalancerScheme.INTERNET_FACING,
      loadBalancerSourceRanges: ['203.0.113.0/24'],
      subnets: AwsSubnets.ids(['subnet-01234567', 'subnet-89abcdef']),
      tls: { certificateArn: CERT, ports: [PortReference.named('main')], backendProtocol: ClassicBackendProtocol.HTTP, negotiationPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' },
      accessLogs: { bucketName: 'my-logs', prefix: 'logs/prod', emitInterval: Duration.minutes(5) },
      connectionDraining: Duration.seconds(60),
      idleTimeout: Duration.minutes(5),
      crossZoneLoadBalancing: true,
      additionalResourceTags: { team: 'web' },
      healthCheck: { healthyThreshold: 2, unhealthyThreshold: 4, interval: Duration.seconds(20), timeout: Duration.seconds(5) },
      securityGroups: ['sg-01234567'],
      extraSecurityGroups: ['sg-89abcdef'],
      proxyProtocol: true,
      targetNodeLabels: { pool: 'edge' },
    },
    // A classic ELB is the in-tree provider's: judged on EKS without the AWS Load Balancer Controller's webhook.
    make: (chart, props) => {
      ClusterProfile.eks().applyTo(chart);
      return new AwsClassicLoadBalancerService(chart, 'svc', props);
    },
  }),
  defineFixture({
    construct: 'AzureLoadBalancerService',
    variant: 'internal (the default), every shared prop',
    base: 'LoadBalancerService',
    placeholders: AZURE_PORTS,
    props: azureShared,
    // Both IP families: judged on a dual-stack AKS cluster (K8S-SVC-020 asks the cluster for each family).
    make: (chart, props) => {
      DUAL_STACK_AKS.applyTo(chart);
      return new AzureLoadBalancerService(chart, 'svc', props);
    },
  }),
  defineFixture({
    construct: 'AzureLoadBalancerService',
    variant: 'internal with HA ports (no per-port rule settings then)',
    base: 'LoadBalancerService',
    props: { ...basics('web', 80, 8080), highAvailabilityPorts: true },
    make: (chart, props) => new AzureLoadBalancerService(chart, 'svc', props),
  }),
  defineFixture({
    construct: 'AzureLoadBalancerService',
    variant: 'public, with a named public IP',
    base: 'LoadBalancerService',
    props: {
      ...basics('web', 80, 8080),
      scheme: LoadBalancerScheme.INTERNET_FACING,
      ipFamilies: [IpFamily.IPV4, IpFamily.IPV6],
      ipFamilyPolicy: IpFamilyPolicy.REQUIRE_DUAL_STACK,
      publicIpResourceGroup: 'rg-ips',
      publicIpName: 'web-pip',
      publicIpNameIpv6: 'web-pip-v6',
      dnsLabelName: 'shop-web',
      publicIpTags: { env: 'prod', team: 'web' },
      allowedServiceTags: ['AzureFrontDoor.Backend'],
      highAvailabilityPorts: false,
    },
    // Both IP families: judged on a dual-stack AKS cluster (K8S-SVC-020 asks the cluster for each family).
    make: (chart, props) => {
      DUAL_STACK_AKS.applyTo(chart);
      return new AzureLoadBalancerService(chart, 'svc', props);
    },
  }),
  defineFixture({
    construct: 'AzureLoadBalancerService',
    variant: 'public, from public IP prefixes, with multi-SLB configurations',
    base: 'LoadBalancerService',
    props: {
      ...basics('web', 80, 8080),
      scheme: LoadBalancerScheme.INTERNET_FACING,
      ipFamilies: [IpFamily.IPV4, IpFamily.IPV6],
      ipFamilyPolicy: IpFamilyPolicy.REQUIRE_DUAL_STACK,
      loadBalancerSourceRanges: ['203.0.113.0/24', '2001:db8::/32'],
      publicIpPrefixId: prefixId('v4'),
      publicIpPrefixIdIpv6: prefixId('v6'),
      loadBalancerConfigurations: ['lb-a', 'lb-b'],
    },
    // Both IP families: judged on a dual-stack AKS cluster (K8S-SVC-020 asks the cluster for each family).
    make: (chart, props) => {
      DUAL_STACK_AKS.applyTo(chart);
      return new AzureLoadBalancerService(chart, 'svc', props);
    },
  }),
  defineFixture({
    construct: 'AzureInternalLoadBalancerService',
    variant: 'every shared prop',
    base: 'AzureLoadBalancerService',
    placeholders: AZURE_PORTS,
    props: azureShared,
    // Both IP families: judged on a dual-stack AKS cluster (K8S-SVC-020 asks the cluster for each family).
    make: (chart, props) => {
      DUAL_STACK_AKS.applyTo(chart);
      return new AzureInternalLoadBalancerService(chart, 'svc', props);
    },
  }),
  defineFixture({
    construct: 'AzureInternalLoadBalancerService',
    variant: 'HA ports, service tags, multi-SLB configurations',
    base: 'AzureLoadBalancerService',
    props: { ...basics('web', 80, 8080), highAvailabilityPorts: true, allowedServiceTags: ['VirtualNetwork'], loadBalancerConfigurations: ['lb-a', 'lb-b'] },
    make: (chart, props) => new AzureInternalLoadBalancerService(chart, 'svc', props),
  }),
  defineFixture({
    construct: 'PrivateLinkService',
    variant: 'every option, on an internal load balancer',
    base: 'AzureInternalLoadBalancerService',
    props: privateLinkOptions,
    make: (chart, props) => {
      const service = new AzureInternalLoadBalancerService(chart, 'svc', basics('web', 80, 8080));
      service.addPrivateLinkService(props);
      return service;
    },
  }),
  defineFixture({
    construct: 'ApplicationGatewayIngress',
    variant: 'private frontend, ingressClassName, every prop',
    props: { ...agicEverything, scheme: LoadBalancerScheme.INTERNAL },
    make: (chart, props) => new ApplicationGatewayIngress(chart, 'ing', props),
  }),
  defineFixture({
    construct: 'ApplicationGatewayIngress',
    variant: 'public frontend, the class annotation, a certificate of the gateway',
    props: {
      ...agicEverything,
      tls: undefined,
      sslRedirect: undefined,
      ingressClass: ApplicationGatewayIngressClass.ANNOTATION,
      scheme: LoadBalancerScheme.INTERNET_FACING,
      sslCertificate: 'gw-cert',
    },
    // The class annotation is deprecated (K8S-ING-010): accepted here, as a user of an AGIC without IngressClass would.
    make: (chart, props) => {
      const ingress = new ApplicationGatewayIngress(chart, 'ing', props);
      ingress.acknowledge('K8S-ING-010', 'this AGIC predates IngressClass');
      return ingress;
    },
  }),
];

/** An annotation key no construct writes: the rules that report it judge every annotation, not a cloud setting. */
export const CONTROL_KEY = 'example.com/not-a-cloud-setting';

/**
 * Values a key is given to find the rules that judge it: the shapes that the rules of this library tell apart (empty,
 * blank, booleans, numbers at the usual limits, lists and maps with empty items, addresses and ranges, the enum words of
 * both clouds, an unresolved cdk8s token, a long text), besides variations of the value the construct wrote.
 */
export const PROBE_VALUES: readonly string[] = [
  '', ' ', 'x', 'X Y', '-', '*', '?', 'true', 'false', 'True', 'yes', 'on',
  '0', '1', '-1', '2', '3', '4', '5', '1.5', '10', '15', '30', '60', '100', '120', '301', '400', '4000', '4001', '20000', '65535', '65536',
  'a,,b', ',', 'a,b', 'a,a', 'a b', 'a  b', 'a=b', 'a=', '=b', 'a=b,c', 'a=b,a=c',
  '10.0.0.1', '10.0.0.0/8', '10.0.0.0/33', '0.0.0.0/0', '300.1.1.1', 'fd00::1', '::/0', '10.0.0.1,10.0.0.2', '10.0.0.1 10.0.0.2',
  'internal', 'internet-facing', 'external', 'nlb', 'nlb-ip', 'ip', 'instance', 'ipv4', 'dualstack', 'dualstack-without-public-ipv4',
  'tcp', 'TCP', 'udp', 'http', 'HTTP', 'Http', 'https', 'Https', 'ssl', 'tls', 'Tcp', 'HTTP1Only', 'None',
  '/', '/healthz', 'healthz', '200', '200-399', '600', 'health', 'traffic-port',
  'sg-01234567', 'subnet-01234567', 'eipalloc-01234567', CERT, 'arn:aws:acm:bad', SUB_A, `${SUB_A} ${SUB_B}`, 'not-a-uuid',
  '${Token[TOKEN.999]}', 'x'.repeat(300),
];

/** The probe values of one key: the common ones, then variations of the value the construct wrote. */
export function probesFor(written: string): string[] {
  const variations = [written.toUpperCase(), written.toLowerCase(), ` ${written}`, `${written},`, `${written},${written}`, `${written} ${written}`, written.split(',')[0]];
  return [...new Set([...PROBE_VALUES, ...variations])];
}

/** A copy of a manifest with one annotation set to a value, or removed (undefined). */
export function withAnnotation(manifest: any, key: string, value: string | undefined): any {
  const annotations = { ...manifest.metadata?.annotations };
  if (value === undefined) delete annotations[key];
  else annotations[key] = value;
  return { ...manifest, metadata: { ...manifest.metadata, annotations } };
}

/** The path a finding about an annotation has (RuleViolation.path). */
export function annotationPath(key: string): string {
  return `metadata.annotations[${key}]`;
}

/**
 * The ids of the rules that report each annotation key of a manifest, over every probe value of every key (a rule
 * may report another key than the one changed, e.g. a subnet that no longer suits the scheme), and over the manifest
 * with each of `others` added: the keys the same construct writes in its other fixtures, since some rules judge a
 * combination (a per-port rule setting next to HA ports).
 */
export function rulesByKey(manifest: any, keys: readonly string[], others: ReadonlyMap<string, string> = new Map()): Map<string, Set<string>> {
  const judged = [...new Set([...keys, ...others.keys()])];
  const byPath = new Map<string, Set<string>>(judged.map((key) => [annotationPath(key), new Set<string>()]));
  const record = (m: any) => {
    for (const finding of Rules.check(m)) byPath.get(finding.path)?.add(finding.ruleId);
  };
  record(manifest);
  for (const key of keys) {
    const written: string = manifest.metadata?.annotations?.[key] ?? '';
    record(withAnnotation(manifest, key, undefined));
    for (const value of probesFor(written)) record(withAnnotation(manifest, key, value));
  }
  for (const [key, value] of others) if (!keys.includes(key)) record(withAnnotation(manifest, key, value));
  return new Map(judged.map((key) => [key, byPath.get(annotationPath(key))!]));
}

/**
 * The typed prop named by a conflict error between a hand-written value of `key` and the construct: from
 * mergeAnnotations, `annotation <key> is set to "<hand>" by addAnnotation() and to "<typed>" by the typed prop <source>.`;
 * for a choice the construct holds (annotation-guard.ts), `..., which asks for <prop>: <value>, while <prop> is <value>`
 * or `..., which the controller does not read as a choice of <prop>; <prop> is <value>`, "(the default)" when unset.
 */
export function sourceInConflict(errors: readonly string[], key: string): string | undefined {
  const lead = `annotation ${key} is set to `;
  for (const error of errors) {
    const at = error.indexOf(lead);
    if (at < 0) continue;
    const rest = error.slice(at + lead.length);
    const typed = / by the typed prop (.+?)\. Remove it from /.exec(rest);
    if (typed) return typed[1];
    const guarded = /, which (?:asks for .+?, while|the controller does not read as a choice of .+?;) (.+?) is [^ ]+( \(the default\))?\. Remove the annotation/.exec(rest);
    if (guarded) return `${guarded[1]}${guarded[2] ? ' (default)' : ''}`;
  }
  return undefined;
}

/** Runs a function with stderr muted: validation prints the warnings that the probe values cause. */
function quietly<T>(fn: () => T): T {
  const write = process.stderr.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    return fn();
  } finally {
    process.stderr.write = write;
  }
}

/**
 * A fresh chart of its own app, so that validation sees exactly one fixture. The apps are never written to disk: they
 * share one outdir that is never created (Testing.app() would leave a temporary directory per fixture).
 */
function freshChart(): Chart {
  return new Chart(Testing.app({ outdir: path.join(os.tmpdir(), 'cdk8s-cloud-lb-catalogue-never-written') }), 'catalogue');
}

/** What the prop column says of a library default that a hand-written value replaces without a conflict. */
export const YIELDING_DEFAULT = '(a default, replaced by a hand-written value)';

/**
 * The typed prop that writes a key: the fixture is built again with the key also written by hand, differently. A
 * conflict error names the prop; a library default yields instead (the hand-written value is rendered), and then
 * no prop is named by the public API: the row says so.
 */
export function propOf(fixture: Fixture, key: string): string {
  const construct = fixture.build(freshChart());
  const where = `${fixture.construct} (${fixture.variant})`;
  // The metadata holds the hand-written annotations only; the typed ones are merged at render.
  if (key in (construct.apiObject.metadata.toJson().annotations ?? {})) throw new Error(`${where}: ${key} is written by hand in the fixture, not by a prop.`);
  const byHand = `${construct.apiObject.toJson().metadata.annotations[key]}-by-hand`;
  construct.addAnnotation(key, byHand);
  const source = sourceInConflict(quietly(() => construct.node.validate()), key);
  if (source !== undefined) return source;
  if (construct.apiObject.toJson().metadata.annotations[key] === byHand) return YIELDING_DEFAULT;
  throw new Error(`${where}: writing ${key} by hand neither conflicts with a typed prop nor replaces its value.`);
}

/** One row of ANNOTATIONS.md. */
export interface AnnotationRow {
  readonly construct: string;
  readonly prop: string;
  readonly key: string;
  readonly rules: Set<string>;
}

/** The catalogue: the rows, and the rules that judge every annotation alike. */
export interface AnnotationCatalogue {
  readonly rows: readonly AnnotationRow[];
  readonly everyKeyRules: readonly string[];
  readonly constructs: readonly string[];
  /** Each construct that builds on another, with that other (its base class, or the Service it writes onto). */
  readonly bases: ReadonlyArray<readonly [string, string]>;
}

/** Replaces the fixture's literal parts by their placeholders. */
export function generalise(text: string, placeholders: ReadonlyArray<readonly [string, string]> = []): string {
  return placeholders.reduce((out, [literal, name]) => out.split(literal).join(name), text);
}

/**
 * The manifest of a fixture, as its construct renders it.
 * @throws when the rules find an error in it: the catalogue would list the keys of a Service nobody can deploy
 */
export function fixtureManifest(fixture: Fixture): any {
  const manifest = fixture.build(freshChart()).apiObject.toJson();
  const errors = Rules.check(manifest).filter((f) => f.severity === Severity.ERROR);
  if (errors.length > 0) throw new Error(`${fixture.construct} (${fixture.variant}) fails synth: ${errors.map((f) => Rules.format(f)).join('; ')}`);
  return manifest;
}

/** The rows of one fixture: every key its object renders, with its prop and its rules. */
export function fixtureRows(
  fixture: Fixture,
  manifest = fixtureManifest(fixture),
  others?: ReadonlyMap<string, string>,
): { rows: AnnotationRow[]; controlRules: Set<string>; othersRules: Map<string, Set<string>> } {
  const keys = Object.keys(manifest.metadata?.annotations ?? {}).sort();
  const found = rulesByKey(withAnnotation(manifest, CONTROL_KEY, 'x'), [...keys, CONTROL_KEY], others);
  const rows = keys.map((key) => ({
    construct: fixture.construct,
    prop: generalise(propOf(fixture, key), fixture.placeholders),
    key: generalise(key, fixture.placeholders),
    rules: found.get(key)!,
  }));
  const othersRules = new Map([...found].filter(([key]) => key !== CONTROL_KEY && !keys.includes(key)));
  return { rows, controlRules: found.get(CONTROL_KEY)!, othersRules };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Merges the rows of every fixture: one row per construct, prop and key, with the union of the rules found in every
 * fixture; a row that a construct shares with its base (same key, same prop) is kept under the base only. The rules
 * that also report the control key are taken out of every row.
 */
export function buildCatalogue(fixtures: readonly Fixture[] = FIXTURES): AnnotationCatalogue {
  const rows = new Map<string, AnnotationRow>();
  const everyKey = new Set<string>();
  const byConstruct = new Map<string, Fixture>();
  for (const fixture of fixtures) if (!byConstruct.has(fixture.construct)) byConstruct.set(fixture.construct, fixture);
  const rowId = (construct: string, key: string, prop: string) => `${construct}\u0000${key}\u0000${prop}`;
  // The farthest construct up the base chain that already lists the key from the same prop, else the construct itself.
  const owner = (construct: string, prop: string, key: string): string => {
    let found = construct;
    for (let c = byConstruct.get(construct)?.base; c !== undefined; c = byConstruct.get(c)?.base) if (rows.has(rowId(c, key, prop))) found = c;
    return found;
  };
  const manifests = fixtures.map(fixtureManifest);
  // Per construct, every key its fixtures write, with one of its values.
  const written = new Map<string, Map<string, string>>();
  fixtures.forEach((fixture, i) => {
    const keys = written.get(fixture.construct) ?? new Map<string, string>();
    for (const [key, value] of Object.entries<string>(manifests[i].metadata?.annotations ?? {})) if (!keys.has(key)) keys.set(key, value);
    written.set(fixture.construct, keys);
  });
  // The keys of other fixtures, judged in this one: their rules go to the rows of the fixtures that write them.
  const lateRules: Array<{ fixture: Fixture; key: string; rules: Set<string> }> = [];
  for (const [i, fixture] of fixtures.entries()) {
    const { rows: fixtureRowList, controlRules, othersRules } = fixtureRows(fixture, manifests[i], written.get(fixture.construct));
    controlRules.forEach((id) => everyKey.add(id));
    for (const [key, found] of othersRules) lateRules.push({ fixture, key, rules: found });
    for (const row of fixtureRowList) {
      const construct = owner(row.construct, row.prop, row.key);
      const id = rowId(construct, row.key, row.prop);
      const existing = rows.get(id);
      if (existing) row.rules.forEach((r) => existing.rules.add(r));
      else rows.set(id, { ...row, construct, rules: new Set(row.rules) });
    }
  }
  for (const { fixture, key, rules: found } of lateRules) {
    const placeholders = fixtures.filter((f) => f.construct === fixture.construct).flatMap((f) => f.placeholders ?? []);
    const general = generalise(key, placeholders);
    const owners = new Set<string>();
    for (let c: string | undefined = fixture.construct; c !== undefined; c = byConstruct.get(c)?.base) owners.add(c);
    for (const row of rows.values()) if (row.key === general && owners.has(row.construct)) found.forEach((id) => row.rules.add(id));
  }
  for (const row of rows.values()) everyKey.forEach((id) => row.rules.delete(id));
  const constructs = [...byConstruct.keys()];
  const order = (row: AnnotationRow) => constructs.indexOf(row.construct);
  const sorted = [...rows.values()].sort((a, b) => order(a) - order(b) || compare(a.key, b.key) || compare(a.prop, b.prop));
  const bases = constructs.flatMap((c) => {
    const base = byConstruct.get(c)!.base;
    return base === undefined ? [] : [[c, base] as const];
  });
  return { rows: sorted, everyKeyRules: [...everyKey].sort(), constructs, bases };
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** ANNOTATIONS.md (`npx projen docgen:annotations`; a test fails when the file is stale). */
export function renderAnnotationsMarkdown(catalogue: AnnotationCatalogue): string {
  const lines = [
    '# Annotations',
    '',
    '<!-- Generated from the constructs and the rules by `npx projen docgen:annotations` (scripts/annotation-catalogue.ts). Do not edit. -->',
    '',
    'Every annotation key a construct writes: the prop that writes it (the name synth errors use), and the rules of',
    '[RULES.md](RULES.md) that judge it. Found from the outside: each construct is built with every prop set, a key is',
    'written by hand as well to learn from the conflict error which prop writes it, and the rule engine runs on the',
    'manifest with every key given many values (and removed). A rule is listed when one of its findings names the key.',
    'A rule that needs a combination of values no probe makes may be missing; a listed rule is never a guess.',
    '`{port}` stands for a Service port, `portSettings[i]` for any entry, `{ruleId}` for a rule id.',
    '',
  ];
  if (catalogue.bases.length > 0) {
    const bases = catalogue.bases.map(([construct, base]) => `${construct} on ${base}`).join(', ');
    lines.push(`A construct also writes the keys of the one it builds on (${bases}): a key written from the same prop is listed once, under the latter.`, '');
  }
  if (catalogue.everyKeyRules.length > 0) {
    lines.push(`Rules that judge every annotation alike, not repeated below: ${catalogue.everyKeyRules.join(', ')}.`, '');
  }
  lines.push('| construct | prop | annotation key | rules |', '| --- | --- | --- | --- |');
  for (const row of catalogue.rows) {
    lines.push(`| ${row.construct} | ${cell(row.prop)} | \`${row.key}\` | ${[...row.rules].sort().join(', ')} |`);
  }
  const listed = new Set(catalogue.rows.map((r) => r.construct));
  const without = catalogue.constructs.filter((c) => !listed.has(c));
  lines.push('');
  if (without.length > 0) lines.push(`${without.join(', ')}: no key of ${without.length === 1 ? 'its' : 'their'} own beyond the construct ${without.length === 1 ? 'it builds' : 'they build'} on.`, '');
  lines.push(`${new Set(catalogue.rows.map((r) => r.key)).size} keys, ${catalogue.rows.length} rows.`, '');
  return lines.join('\n');
}
