import { annotation, ConformanceCase, service } from './case';
import { ClusterProfile } from '../../src';

/**
 * Cases from the AWS Load Balancer Controller's own unit tests (kubernetes-sigs/aws-load-balancer-controller v3.5.0-8,
 * commit 225f44568848), each with the verdict its test asserts: `rejected` where the builder under test returns an
 * error, `accepted` where it succeeds. A test that builds one part of the model (a builder method) gets the rest of a
 * valid Service: the controller's class when the test's annotations do not select it, and the inputs the test hands the
 * method as parameters (scheme, IP address type, target type, the subnets it resolved: named here by tag) written as
 * the annotations that give them. Left out: cases that only exercise mocked AWS calls or controller flags (VPC or
 * load balancer lookups, feature gates, enableIPTargetType, external managed tags, subnet CIDR matching), and cases
 * whose success rests on placeholder ids the mocks resolve (eip1, sg-id2, certArn1) that AWS itself would refuse.
 * The health-check timeout 30 with interval 10 recurs in several Build fixtures (Multiple listeners..., TLS and access
 * logging...); it is taken once, from the health-check test, and listed in disagreements.ts.
 */

const REPO = 'kubernetes-sigs/aws-load-balancer-controller';
const LB_TEST = `${REPO} pkg/service/model_build_load_balancer_test.go`;
const LISTENER_TEST = `${REPO} pkg/service/model_build_listener_test.go`;
const TG_TEST = `${REPO} pkg/service/model_build_target_group_test.go`;
const SG_TEST = `${REPO} pkg/service/model_build_managed_sg_test.go`;
const BUILDER_TEST = `${REPO} pkg/service/model_builder_test.go Test_defaultModelBuilderTask_Build`;
const UTILS_TEST = `${REPO} pkg/service/service_utils_test.go Test_defaultServiceUtils_IsServiceSupported`;
const PARSER_TEST = `${REPO} pkg/annotations/parser_test.go`;

/** `service.beta.kubernetes.io/aws-load-balancer-<suffix>`. */
function k(suffix: string): string {
  return `service.beta.kubernetes.io/aws-load-balancer-${suffix}`;
}

/** Annotations from suffixes. */
function a(suffixes: { [suffix: string]: string }): { [key: string]: string } {
  return Object.fromEntries(Object.entries(suffixes).map(([s, v]) => [k(s), v]));
}

/** A Service the LBC reconciles by its class, with these annotations (by suffix) and spec fields. */
function nlb(suffixes: { [suffix: string]: string }, spec: any = {}, name?: string): any {
  return service(a(suffixes), { loadBalancerClass: 'service.k8s.aws/nlb', ...spec }, name);
}

/** A Service with these annotations (by suffix) as the test writes them, its type annotation selecting the LBC. */
function typed(suffixes: { [suffix: string]: string }, spec: any = {}, name?: string): any {
  return service(a(suffixes), spec, name);
}

function port(name: string | undefined, p: number, targetPort: number | string, protocol = 'TCP', nodePort?: number): any {
  return { ...(name === undefined ? {} : { name }), port: p, targetPort, protocol, ...(nodePort === undefined ? {} : { nodePort }) };
}

/** The two subnets the subnet-mapping tests resolve, named by their Name tags. */
const TWO_SUBNETS = 'private-a,private-b';
/** The one subnet the source-NAT tests resolve. */
const ONE_SUBNET = 'private-a';

/**
 * The cases with a tags annotation of the four tag tests (load balancer, listener, target group, managed SG), which share
 * their table: the controller's default tags vary, the annotation parses.
 */
function tagCases(test: string): ConformanceCase[] {
  return [
    { source: `${test} "no default tags, annotation tags"`, manifest: nlb({ 'additional-resource-tags': 'k1=v1,k2=v2,k3=v3' }), expect: 'accepted', path: annotation(k('additional-resource-tags')) },
    { source: `${test} "default tags, annotation tags, collision where default tags take priority"`, manifest: nlb({ 'additional-resource-tags': 'k1=v1,k2=v2,k3=v3' }), expect: 'accepted' },
  ];
}

const lbAttributes: ConformanceCase[] = [
  { source: `${LB_TEST} Test_defaultModelBuilderTask_buildLBAttributes "Default values"`, manifest: typed({ type: 'nlb-ip' }), expect: 'accepted' },
  {
    source: `${LB_TEST} Test_defaultModelBuilderTask_buildLBAttributes "Annotation specified"`,
    manifest: typed({ 'type': 'nlb-ip', 'access-log-enabled': 'true', 'access-log-s3-bucket-name': 'nlb-bucket', 'access-log-s3-bucket-prefix': 'bkt-pfx', 'cross-zone-load-balancing-enabled': 'true', 'attributes': 'deletion_protection.enabled=true' }),
    expect: 'accepted',
  },
  {
    source: `${LB_TEST} Test_defaultModelBuilderTask_buildLBAttributes "Attributes from config map annotation"`,
    manifest: nlb({ attributes: 'access_logs.s3.enabled=true,access_logs.s3.bucket=nlb-bucket,access_logs.s3.prefix=bkt-pfx,load_balancing.cross_zone.enabled=true,deletion_protection.enabled=true,dns_record.client_routing_policy=availability_zone_affinity' }),
    expect: 'accepted',
    path: annotation(k('attributes')),
  },
  {
    source: `${LB_TEST} Test_defaultModelBuilderTask_buildLBAttributes "Specific config overrides config map"`,
    manifest: nlb({ 'attributes': 'access_logs.s3.enabled=false,access_logs.s3.bucket=nlb-bucket,access_logs.s3.prefix=bkt-pfx,load_balancing.cross_zone.enabled=true', 'access-log-enabled': 'true', 'access-log-s3-bucket-name': 'overridden-nlb-bucket', 'access-log-s3-bucket-prefix': 'overridden-bkt-pfx', 'cross-zone-load-balancing-enabled': 'false' }),
    expect: 'accepted',
  },
  {
    source: `${LB_TEST} Test_defaultModelBuilderTask_buildLBAttributes "Annotation invalid"`,
    manifest: typed({ 'type': 'nlb-ip', 'access-log-enabled': 'FalSe', 'access-log-s3-bucket-name': 'nlb-bucket', 'access-log-s3-bucket-prefix': 'bkt-pfx', 'cross-zone-load-balancing-enabled': 'true' }),
    expect: 'rejected',
    path: annotation(k('access-log-enabled')),
    rule: 'AWS-LB-015',
  },
];

const MAPPINGS = `${LB_TEST} Test_defaultModelBuilderTask_buildSubnetMappings`;
const subnetMappings: ConformanceCase[] = [
  {
    source: `${MAPPINGS} "ipv4 - with EIP allocation: on internal load balancer"`,
    manifest: nlb({ 'subnets': TWO_SUBNETS, 'eip-allocations': 'eip1, eip2' }),
    expect: 'rejected',
    path: annotation(k('eip-allocations')),
    rule: 'AWS-NLB-004',
  },
  {
    source: `${MAPPINGS} "ipv4 - with EIP allocation: subnet count mismatch"`,
    manifest: nlb({ 'scheme': 'internet-facing', 'subnets': TWO_SUBNETS, 'eip-allocations': 'eip1' }),
    expect: 'rejected',
    path: annotation(k('eip-allocations')),
    rule: 'AWS-NLB-005',
  },
  {
    source: `${MAPPINGS} "ipv4 - with PrivateIPv4Address"`,
    manifest: nlb({ 'scheme': 'internal', 'subnets': TWO_SUBNETS, 'private-ipv4-addresses': '192.168.2.1, 192.168.1.1' }),
    expect: 'accepted',
  },
  {
    source: `${MAPPINGS} "ipv4 - with PrivateIPv4Address: on internet-facing load balancer"`,
    manifest: nlb({ 'scheme': 'internet-facing', 'subnets': TWO_SUBNETS, 'private-ipv4-addresses': '192.168.1.1, 192.168.2.1' }),
    expect: 'rejected',
    path: annotation(k('private-ipv4-addresses')),
    rule: 'AWS-NLB-004',
  },
  {
    source: `${MAPPINGS} "ipv4 - with PrivateIpv4Addresses: subnet count mismatch"`,
    manifest: nlb({ 'scheme': 'internal', 'subnets': TWO_SUBNETS, 'private-ipv4-addresses': '172.16.1.1' }),
    expect: 'rejected',
    path: annotation(k('private-ipv4-addresses')),
    rule: 'AWS-NLB-005',
  },
  {
    source: `${MAPPINGS} "ipv4 - with PrivateIPv4Address: invalid ip format"`,
    manifest: nlb({ 'scheme': 'internal', 'subnets': TWO_SUBNETS, 'private-ipv4-addresses': '192.168.1.1, i-am-not-an-ip' }),
    expect: 'rejected',
    path: annotation(k('private-ipv4-addresses')),
    rule: 'AWS-NLB-004',
  },
  {
    source: `${MAPPINGS} "ipv4 - with PrivateIPv4Address: invalid ipv4 format"`,
    manifest: nlb({ 'scheme': 'internal', 'subnets': TWO_SUBNETS, 'private-ipv4-addresses': '192.168.1.1, 2600:1f13:837:8500::1' }),
    expect: 'rejected',
    path: annotation(k('private-ipv4-addresses')),
    rule: 'AWS-NLB-004',
  },
  {
    source: `${MAPPINGS} "dualstack - with IPv6Addresses"`,
    manifest: nlb({ 'scheme': 'internet-facing', 'ip-address-type': 'dualstack', 'subnets': TWO_SUBNETS, 'ipv6-addresses': '2600:1f13:837:8504::1, 2600:1f13:837:8500::1' }),
    expect: 'accepted',
  },
  {
    source: `${MAPPINGS} "dualstack - with IPv6Addresses: on a ipv4 load balancer"`,
    manifest: nlb({ 'scheme': 'internet-facing', 'ip-address-type': 'ipv4', 'subnets': TWO_SUBNETS, 'ipv6-addresses': '2600:1f13:837:8504::1, 2600:1f13:837:8500::1' }),
    expect: 'rejected',
    path: annotation(k('ipv6-addresses')),
    rule: 'AWS-NLB-004',
  },
  {
    source: `${MAPPINGS} "dualstack - with IPv6Addresses: subnet count mismatch"`,
    manifest: nlb({ 'scheme': 'internet-facing', 'ip-address-type': 'dualstack', 'subnets': TWO_SUBNETS, 'ipv6-addresses': '2600:1f13:837:8504::1' }),
    expect: 'rejected',
    path: annotation(k('ipv6-addresses')),
    rule: 'AWS-NLB-005',
  },
  {
    source: `${MAPPINGS} "dualstack - with IPv6Addresses: invalid IP format"`,
    manifest: nlb({ 'scheme': 'internet-facing', 'ip-address-type': 'dualstack', 'subnets': TWO_SUBNETS, 'ipv6-addresses': '2600:1f13:837:8504::1, i-am-not-an-ip' }),
    expect: 'rejected',
    path: annotation(k('ipv6-addresses')),
    rule: 'AWS-NLB-004',
  },
  {
    source: `${MAPPINGS} "dualstack - source-nat-ipv6-prefixes - should throw error if enable-prefix-for-ipv6-source-nat is not provided or is off, but still source-nat-ipv6-prefixes is provided"`,
    manifest: nlb({ 'scheme': 'internal', 'ip-address-type': 'dualstack', 'enable-prefix-for-ipv6-source-nat': 'off', 'subnets': ONE_SUBNET, 'source-nat-ipv6-prefixes': '2600:1f13:837:8504::1/80' }),
    expect: 'rejected',
    path: annotation(k('source-nat-ipv6-prefixes')),
    rule: 'AWS-NLB-004',
  },
  {
    source: `${MAPPINGS} "dualstack - source-nat-ipv6-prefixes - should throw error if its not dualstack nlb, but source-nat-ipv6-prefixes is set"`,
    manifest: nlb({ 'scheme': 'internal', 'ip-address-type': 'ipv4', 'enable-prefix-for-ipv6-source-nat': 'on', 'subnets': ONE_SUBNET, 'source-nat-ipv6-prefixes': '2600:1f13:837:8504::1/80' }),
    expect: 'rejected',
    path: annotation(k('source-nat-ipv6-prefixes')),
    rule: 'AWS-NLB-004',
  },
  ...['2600:1f13:837:8766:6766:7987:6666:1:999/80', '2600:1f13:837:87667::/80', '2600:1f13:837:8766:77:789:9:9::/80'].map((prefix, i): ConformanceCase => ({
    source: `${MAPPINGS} "dualstack - source-nat-ipv6-prefixes - should throw error if source-nat-ipv6-prefix is not a valid IPv6 CIDR -${i + 1}"`,
    manifest: nlb({ 'scheme': 'internal', 'ip-address-type': 'dualstack', 'enable-prefix-for-ipv6-source-nat': 'on', 'subnets': ONE_SUBNET, 'source-nat-ipv6-prefixes': prefix }),
    expect: 'rejected',
    path: annotation(k('source-nat-ipv6-prefixes')),
    rule: 'AWS-NLB-004',
  })),
  {
    source: `${MAPPINGS} "dualstack - source-nat-ipv6-prefixes - should throw error if source-nat-ipv6-prefix doesnt have allowed prefix length of 80"`,
    manifest: nlb({ 'scheme': 'internal', 'ip-address-type': 'dualstack', 'enable-prefix-for-ipv6-source-nat': 'on', 'subnets': ONE_SUBNET, 'source-nat-ipv6-prefixes': '2600:1f13:837:8500:9::/70' }),
    expect: 'rejected',
    path: annotation(k('source-nat-ipv6-prefixes')),
    rule: 'AWS-NLB-004',
  },
];

const IP_TYPE = `${LB_TEST} Test_defaultModelBuildTask_buildLoadBalancerIPAddressType`;
const SNAT = `${LB_TEST} Test_defaultModelBuildTask_buildLoadBalancerEnablePrefixForIpv6SourceNat`;
const TAGS = `${LB_TEST} Test_defaultModelBuildTask_buildAdditionalResourceTags`;
const NAME = `${LB_TEST} Test_defaultModelBuildTask_buildLoadBalancerName`;
const CAPACITY = `${LB_TEST} Test_defaultModelBuilderTask_buildLbCapacity`;
const MANAGE_SG = `${LB_TEST} Test_defaultModelBuildTask_buildManageSecurityGroupRulesFlag`;
const LB_TAGS = `${LB_TEST} Test_defaultModelBuildTask_buildLoadBalancerTags`;

const loadBalancer: ConformanceCase[] = [
  { source: `${IP_TYPE} "ipv4_specified_expect_ipv4"`, manifest: nlb({ 'ip-address-type': 'ipv4' }), expect: 'accepted', path: annotation(k('ip-address-type')) },
  { source: `${IP_TYPE} "dualstack_specified_expect_dualstack"`, manifest: nlb({ 'ip-address-type': 'dualstack' }), expect: 'accepted', path: annotation(k('ip-address-type')) },
  { source: `${IP_TYPE} "default_value_no_ip_address_type_specified_expect_ipv4"`, manifest: nlb({ 'other-annotation': 'somevalue' }), expect: 'accepted' },
  { source: `${IP_TYPE} "invalid_value_expect_error"`, manifest: nlb({ 'ip-address-type': 'DualStack' }), expect: 'rejected', path: annotation(k('ip-address-type')), rule: 'AWS-NLB-001' },
  {
    source: `${SNAT} "should error out if EnablePrefixForIpv6SourceNat is set to on for ipv4 address Type NLB"`,
    manifest: nlb({ 'ip-address-type': 'ipv4', 'subnets': ONE_SUBNET, 'enable-prefix-for-ipv6-source-nat': 'on' }),
    expect: 'rejected',
    path: annotation(k('enable-prefix-for-ipv6-source-nat')),
    rule: 'AWS-NLB-004',
  },
  {
    source: `${SNAT} "should error out if EnablePrefixForIpv6SourceNat value is set to something else than allowed values on or off"`,
    manifest: nlb({ 'ip-address-type': 'dualstack', 'subnets': ONE_SUBNET, 'enable-prefix-for-ipv6-source-nat': 'randomValue' }),
    expect: 'rejected',
    path: annotation(k('enable-prefix-for-ipv6-source-nat')),
    rule: 'AWS-NLB-001',
  },
  {
    source: `${SNAT} "should return EnablePrefixForIpv6SourceNat as on if annotation value is on"`,
    manifest: nlb({ 'ip-address-type': 'dualstack', 'subnets': ONE_SUBNET, 'enable-prefix-for-ipv6-source-nat': 'on' }),
    expect: 'accepted',
  },
  {
    source: `${SNAT} "should return EnablePrefixForIpv6SourceNat as off if annotation value is off"`,
    manifest: nlb({ 'ip-address-type': 'dualstack', 'subnets': ONE_SUBNET, 'enable-prefix-for-ipv6-source-nat': 'off' }),
    expect: 'accepted',
  },
  { source: `${TAGS} "empty default tags, no tags annotation"`, manifest: nlb({}), expect: 'accepted' },
  { source: `${TAGS} "empty default tags, non-empty tags annotation"`, manifest: nlb({ 'additional-resource-tags': 'k1=v1,k2=v2' }), expect: 'accepted', path: annotation(k('additional-resource-tags')) },
  { source: `${TAGS} "non-empty default tags, non-empty tags annotation"`, manifest: nlb({ 'additional-resource-tags': 'k1=v1,k2=v2,k3=v3a' }), expect: 'accepted' },
  { source: `${NAME} "no name annotation"`, manifest: nlb({ scheme: 'internet-facing' }, {}, 'bar'), expect: 'accepted' },
  { source: `${NAME} "non-empty name annotation"`, manifest: nlb({ name: 'baz' }, {}, 'bar'), expect: 'accepted', path: annotation(k('name')) },
  { source: `${NAME} "reject name longer than 32 characters"`, manifest: nlb({ name: 'bazbazfoofoobazbazfoofoobazbazfoo' }, {}, 'bar'), expect: 'rejected', path: annotation(k('name')), rule: 'AWS-NLB-002' },
  { source: `${CAPACITY} "Default value"`, manifest: typed({ type: 'nlb-ip' }), expect: 'accepted' },
  { source: `${CAPACITY} "Annotation specified"`, manifest: typed({ 'type': 'nlb-ip', 'minimum-load-balancer-capacity': 'CapacityUnits=3000' }), expect: 'accepted', path: annotation(k('minimum-load-balancer-capacity')) },
  { source: `${CAPACITY} "Annotation invalid"`, manifest: typed({ 'type': 'nlb-ip', 'minimum-load-balancer-capacity': 'InvalidUnits=3000' }), expect: 'rejected', path: annotation(k('minimum-load-balancer-capacity')), rule: 'AWS-NLB-014' },
  { source: `${CAPACITY} "Annotation invalid value"`, manifest: typed({ 'type': 'nlb-ip', 'minimum-load-balancer-capacity': 'CapacityUnits=invalid' }), expect: 'rejected', path: annotation(k('minimum-load-balancer-capacity')), rule: 'AWS-NLB-014' },
  {
    source: `${MANAGE_SG} "with annotation true and enableManageBackendSGRules=false - expect override and enable manage security group rules to be true"`,
    manifest: nlb({ 'manage-backend-security-group-rules': 'true' }),
    expect: 'accepted',
  },
  {
    source: `${MANAGE_SG} "with annotation false and enableManageBackendSGRules=true - expect override and enable manage security group rules to be false"`,
    manifest: nlb({ 'manage-backend-security-group-rules': 'false' }),
    expect: 'accepted',
  },
  {
    source: `${MANAGE_SG} "with invalid annotation - expect error"`,
    manifest: nlb({ 'manage-backend-security-group-rules': 'invalid' }),
    expect: 'rejected',
    path: annotation(k('manage-backend-security-group-rules')),
    rule: 'AWS-LB-015',
  },
  ...tagCases(LB_TAGS),
];

const ALPN = `${LISTENER_TEST} Test_defaultModelBuilderTask_buildListenerALPNPolicy`;
const LISTENER_CONFIG = `${LISTENER_TEST} Test_defaultModelBuilderTask_buildListenerConfig`;
const LISTENER_ATTRS = `${LISTENER_TEST} Test_defaultModelBuilderTask_buildListenerAttributes`;
const MULTI_PROTOCOL = `${LISTENER_TEST} Test_validateMultiProtocolUsage`;
const TCP_UDP = `${LISTENER_TEST} Test_shouldUseTCPUDP`;
const CERT = 'arn:aws:acm:us-west-2:123456789012:certificate/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d';
/** The two ports of the listener-config tests. */
const HTTP_ALT2 = [port('http', 80, 80, 'TCP', 31223), port('alt2', 83, 8883, 'TCP', 32323)];

const listeners: ConformanceCase[] = [
  // The ALPN tests build a TLS listener: a certificate is what makes it TLS.
  { source: `${ALPN} "Service without annotation"`, manifest: nlb({ 'ssl-cert': CERT }), expect: 'accepted' },
  { source: `${ALPN} "Service without annotation, TLS target"`, manifest: nlb({ 'ssl-cert': CERT, 'backend-protocol': 'ssl' }), expect: 'accepted' },
  { source: `${ALPN} "Service with annotation, non-TLS target"`, manifest: nlb({ 'ssl-cert': CERT, 'alpn-policy': 'HTTP2Only' }), expect: 'accepted', path: annotation(k('alpn-policy')) },
  { source: `${ALPN} "Service with annotation, TLS target"`, manifest: nlb({ 'ssl-cert': CERT, 'backend-protocol': 'ssl', 'alpn-policy': 'HTTP1Only' }), expect: 'accepted', path: annotation(k('alpn-policy')) },
  { source: `${ALPN} "Service with invalid annotation, TLS target"`, manifest: nlb({ 'ssl-cert': CERT, 'backend-protocol': 'ssl', 'alpn-policy': 'unknown' }), expect: 'rejected', path: annotation(k('alpn-policy')), rule: 'AWS-NLB-001' },
  {
    source: `${LISTENER_CONFIG} "Service with unused ports in the ssl-ports annotation, Unused ports provided"`,
    manifest: nlb({ 'ssl-ports': '80, 85, 90, arbitrary-name' }, { ports: HTTP_ALT2 }),
    expect: 'rejected',
    path: annotation(k('ssl-ports')),
    rule: 'AWS-NLB-007',
  },
  {
    source: `${LISTENER_CONFIG} "Service with unused ports in the ssl-ports annotation, No unused ports"`,
    manifest: nlb({ 'ssl-ports': '83', 'ssl-cert': CERT }, { ports: HTTP_ALT2 }),
    expect: 'accepted',
  },
  { source: `${LISTENER_CONFIG} "Service with QUIC enabled port"`, manifest: nlb({ 'quic-enabled-ports': '80' }, { ports: HTTP_ALT2 }), expect: 'accepted' },
  { source: `${LISTENER_CONFIG} "Service with QUIC enabled port, not a part of service"`, manifest: nlb({ 'quic-enabled-ports': '500' }, { ports: HTTP_ALT2 }), expect: 'accepted' },
  // The listener-attribute tests write aws-load-balancer-type "instance" and "ip" and no class: on the v3.5 cluster the
  // webhook gives the class, and the controller does not read those values (buildTargetType reads nlb-ip and external
  // only); nodePort 38888 is theirs too.
  {
    source: `${LISTENER_ATTRS} "Listener attribute annotation value is not stringMap"`,
    manifest: typed({ 'type': 'instance', 'listener-attributes.TCP-80': 'tcp.idle_timeout.seconds' }, { ports: [port('http', 80, 8080, 'TCP', 38888)] }),
    expect: 'rejected',
    path: annotation(k('listener-attributes.TCP-80')),
    rule: 'AWS-LB-014',
  },
  { source: `${LISTENER_ATTRS} "Listener attribute annotation is not specified"`, manifest: typed({ type: 'instance' }, { ports: [port('http', 80, 8080, 'TCP', 38888)] }), expect: 'accepted' },
  {
    source: `${LISTENER_ATTRS} "Listener attribute annotation is specified"`,
    manifest: typed({ 'type': 'ip', 'listener-attributes.TCP-80': 'tcp.idle_timeout.seconds=400' }, { ports: [port('test1', 80, 8080, 'TCP', 38888), port('test2', 80, 8080, 'UDP', 38888)] }),
    expect: 'accepted',
  },
  {
    source: `${MULTI_PROTOCOL} "two tcp ports, different target and node ports"`,
    manifest: nlb({}, { ports: [port('p1', 80, 80, 'TCP', 31223), port('p2', 80, 8888, 'TCP', 31224)] }),
    expect: 'rejected',
    rule: 'K8S-SVC-011',
  },
  {
    source: `${MULTI_PROTOCOL} "two udp ports, different target and node ports"`,
    manifest: nlb({}, { ports: [port('p1', 80, 80, 'UDP', 31223), port('p2', 80, 8888, 'UDP', 31224)] }),
    expect: 'rejected',
    rule: 'K8S-SVC-011',
  },
  {
    source: `${MULTI_PROTOCOL} "one tcp and one udp, different target and node ports"`,
    manifest: nlb({}, { ports: [port('p1', 80, 80, 'TCP', 31223), port('p2', 80, 8888, 'UDP', 31224)] }),
    expect: 'accepted',
  },
  {
    source: `${MULTI_PROTOCOL} "one tcp and one udp, same target and node ports"`,
    manifest: nlb({}, { ports: [port('p1', 80, 80, 'TCP', 31223), port('p2', 80, 80, 'UDP', 31223)] }),
    expect: 'accepted',
  },
  {
    source: `${MULTI_PROTOCOL} "one udp and one tcp, same target and node ports"`,
    manifest: nlb({}, { ports: [port('p1', 80, 80, 'UDP', 31223), port('p2', 80, 80, 'TCP', 31223)] }),
    expect: 'accepted',
  },
  { source: `${TCP_UDP} "other annotation, use default false"`, manifest: nlb({ 'ssl-cert': CERT, 'alpn-policy': 'HTTP2Only' }), expect: 'accepted' },
  { source: `${TCP_UDP} "annotation present - true"`, manifest: nlb({ 'enable-tcp-udp-listener': 'true' }), expect: 'accepted', path: annotation(k('enable-tcp-udp-listener')) },
  { source: `${TCP_UDP} "annotation present - false"`, manifest: nlb({ 'enable-tcp-udp-listener': 'false' }), expect: 'accepted', path: annotation(k('enable-tcp-udp-listener')) },
  ...tagCases(`${LISTENER_TEST} Test_defaultModelBuildTask_buildListenerTags`),
];

const TG_ATTRS = `${TG_TEST} Test_defaultModelBuilderTask_targetGroupAttrs`;
const HEALTH = `${TG_TEST} Test_defaultModelBuilderTask_buildTargetHealthCheck`;
const PRESERVE = `${TG_TEST} Test_defaultModelBuilder_buildPreserveClientIPFlag`;
const TARGET_TYPE = `${TG_TEST} Test_defaultModelBuilder_buildTargetType`;
const NODE_SELECTOR = `${TG_TEST} Test_defaultModelBuilder_buildTargetGroupBindingNodeSelector`;
const HC_PORT = `${TG_TEST} Test_defaultModelBuilder_buildTargetGroupHealthCheckPort`;
const MULTI_CLUSTER = `${TG_TEST} Test_defaultModelBuildTask_buildTargetGroupBindingMultiClusterFlag`;
/** The port the target-group attribute tests build the target group of. */
const MYSQL = { ports: [port('mysql', 3306, 3306)] };
const HTTP = { ports: [port('http', 80, 80)] };
/** The two ports of the health-check port tests. */
const HTTP_HEALTH = [port('http', 80, 80, 'TCP', 31227), port('health', 1234, 1234, 'TCP', 30987)];

const targetGroups: ConformanceCase[] = [
  { source: `${TG_ATTRS} "Default values"`, manifest: nlb({}), expect: 'accepted' },
  {
    source: `${TG_ATTRS} "port-specific attributes with empty values"`,
    manifest: nlb({ 'target-group-attributes': 'deregistration_delay.timeout_seconds=80', 'target-group-attributes.3306': 'deregistration_delay.timeout_seconds=' }, MYSQL),
    expect: 'accepted',
    path: annotation(k('target-group-attributes.3306')),
  },
  {
    source: `${TG_ATTRS} "multiple port-specific attributes"`,
    manifest: nlb({ 'target-group-attributes': 'slow_start.duration_seconds=30', 'target-group-attributes.3306': 'deregistration_delay.timeout_seconds=120, stickiness.enabled=true' }, MYSQL),
    expect: 'accepted',
  },
  {
    source: `${TG_ATTRS} "port-specific override with proxy protocol"`,
    manifest: nlb({ 'target-group-attributes': 'proxy_protocol_v2.enabled=true', 'target-group-attributes.3306': 'proxy_protocol_v2.enabled=false', 'proxy-protocol': '*' }, MYSQL),
    expect: 'accepted',
  },
  {
    source: `${TG_ATTRS} "invalid port-specific attribute value"`,
    manifest: nlb({ 'target-group-attributes': 'target.group-attr-1=80', 'target-group-attributes.3306': 'preserve_client_ip.enabled=invalid' }, MYSQL),
    expect: 'rejected',
    path: annotation(k('target-group-attributes.3306')),
    rule: 'AWS-NLB-010',
  },
  { source: `${TG_ATTRS} "Proxy V2 enabled"`, manifest: nlb({ 'proxy-protocol': '*' }), expect: 'accepted', path: annotation(k('proxy-protocol')) },
  { source: `${TG_ATTRS} "Invalid value"`, manifest: nlb({ 'proxy-protocol': 'v2' }), expect: 'rejected', path: annotation(k('proxy-protocol')), rule: 'AWS-NLB-001' },
  {
    source: `${TG_ATTRS} "target group attributes"`,
    manifest: nlb({ 'target-group-attributes': 'deregistration_delay.timeout_seconds=80, stickiness.enabled=false, preserve_client_ip.enabled=true' }),
    expect: 'accepted',
  },
  {
    source: `${TG_ATTRS} "target group port-specific attributes"`,
    manifest: nlb({ 'target-group-attributes': 'target.group-attr-1=80, proxy_protocol_v2.client_to_server.header_placement=on_first_ack_withpayload', 'target-group-attributes.3306': 'proxy_protocol_v2.client_to_server.header_placement=on_first_ack' }, MYSQL),
    expect: 'accepted',
  },
  {
    source: `${TG_ATTRS} "target group proxy v2 override"`,
    manifest: nlb({ 'target-group-attributes': 'proxy_protocol_v2.enabled=false', 'proxy-protocol': '*' }),
    expect: 'accepted',
  },
  {
    source: `${TG_ATTRS} "target group attr parse error"`,
    manifest: nlb({ 'target-group-attributes': 'k1=v1, malformed' }),
    expect: 'rejected',
    path: annotation(k('target-group-attributes')),
    rule: 'AWS-LB-014',
  },
  {
    source: `${TG_ATTRS} "IP enabled attribute parse error"`,
    manifest: nlb({ 'target-group-attributes': 'preserve_client_ip.enabled= FalSe' }),
    expect: 'rejected',
    path: annotation(k('target-group-attributes')),
    rule: 'AWS-NLB-010',
  },
  { source: `${TG_ATTRS} "proxy protocol per target group port 80"`, manifest: nlb({ 'proxy-protocol-per-target-group': '80' }, HTTP), expect: 'accepted' },
  {
    source: `${TG_ATTRS} "proxy protocol per target group port 80 proxy v2 override"`,
    manifest: nlb({ 'proxy-protocol-per-target-group': '443, 22', 'proxy-protocol': '*' }, HTTP),
    expect: 'accepted',
    path: annotation(k('proxy-protocol-per-target-group')),
  },
  {
    source: `${TG_ATTRS} "multiple ports with different attributes"`,
    manifest: nlb({ 'target-group-attributes': 'deregistration_delay.timeout_seconds=60', 'target-group-attributes.80': 'deregistration_delay.timeout_seconds=30', 'target-group-attributes.3306': 'deregistration_delay.timeout_seconds=120' }, MYSQL),
    expect: 'accepted',
  },
  {
    source: `${TG_ATTRS} "empty port-specific attributes string"`,
    manifest: nlb({ 'target-group-attributes': 'deregistration_delay.timeout_seconds=60', 'target-group-attributes.3306': '' }, MYSQL),
    expect: 'accepted',
  },
  {
    source: `${TG_ATTRS} "proxy protocol per target group with port-specific attributes"`,
    manifest: nlb({ 'proxy-protocol-per-target-group': '80,3306', 'target-group-attributes.3306': 'deregistration_delay.timeout_seconds=120' }, MYSQL),
    expect: 'accepted',
  },
  { source: `${HEALTH} "Default config"`, manifest: nlb({ 'nlb-target-type': 'ip' }), expect: 'accepted' },
  {
    source: `${HEALTH} "With annotations"`,
    manifest: nlb({ 'nlb-target-type': 'ip', 'healthcheck-protocol': 'HTTP', 'healthcheck-port': '8888', 'healthcheck-path': '/healthz', 'healthcheck-interval': '10', 'healthcheck-timeout': '30', 'healthcheck-healthy-threshold': '2', 'healthcheck-unhealthy-threshold': '2', 'healthcheck-success-codes': '200-220,231,250-300,301,302' }),
    expect: 'accepted',
  },
  { source: `${HEALTH} "default path and matcher code"`, manifest: nlb({ 'nlb-target-type': 'ip', 'healthcheck-protocol': 'HTTP' }), expect: 'accepted' },
  {
    source: `${HEALTH} "invalid values"`,
    manifest: nlb({ 'nlb-target-type': 'ip', 'healthcheck-protocol': 'HTTP', 'healthcheck-port': 'invalid', 'healthcheck-interval': '10', 'healthcheck-timeout': '30', 'healthcheck-healthy-threshold': '2', 'healthcheck-unhealthy-threshold': '2' }),
    expect: 'rejected',
    path: annotation(k('healthcheck-port')),
    rule: 'AWS-NLB-008',
  },
  {
    source: `${HEALTH} "invalid values target type local, instance mode"`,
    manifest: nlb({ 'nlb-target-type': 'instance', 'healthcheck-protocol': 'HTTP', 'healthcheck-port': 'invalid', 'healthcheck-interval': '10', 'healthcheck-timeout': '30', 'healthcheck-healthy-threshold': '2', 'healthcheck-unhealthy-threshold': '2' }, { externalTrafficPolicy: 'Local', healthCheckNodePort: 31223 }),
    expect: 'rejected',
    path: annotation(k('healthcheck-port')),
    rule: 'AWS-NLB-008',
  },
  { source: `${HEALTH} "traffic policy local, target type IP, default healthcheck"`, manifest: nlb({ 'nlb-target-type': 'ip' }, { externalTrafficPolicy: 'Local' }), expect: 'accepted' },
  {
    source: `${HEALTH} "traffic policy local, target type Instance, default healthcheck"`,
    manifest: nlb({ 'nlb-target-type': 'instance' }, { externalTrafficPolicy: 'Local', healthCheckNodePort: 31223 }),
    expect: 'accepted',
  },
  { source: `${PRESERVE} "IP mode default"`, manifest: nlb({ 'nlb-target-type': 'ip' }), expect: 'accepted' },
  { source: `${PRESERVE} "IP mode annotation"`, manifest: nlb({ 'nlb-target-type': 'ip', 'target-group-attributes': 'preserve_client_ip.enabled=true' }), expect: 'accepted' },
  { source: `${PRESERVE} "Instance mode default"`, manifest: nlb({ 'nlb-target-type': 'instance' }), expect: 'accepted' },
  { source: `${PRESERVE} "Instance mode annotation"`, manifest: nlb({ 'nlb-target-type': 'instance', 'target-group-attributes': 'preserve_client_ip.enabled=false' }), expect: 'accepted' },
  {
    source: `${PRESERVE} "Attribute Parse error"`,
    manifest: nlb({ 'nlb-target-type': 'instance', 'target-group-attributes': 'preserve_client_ip.enabled= FalSe' }),
    expect: 'rejected',
    path: annotation(k('target-group-attributes')),
    rule: 'AWS-NLB-010',
  },
  { source: `${TARGET_TYPE} "empty annotation"`, manifest: nlb({}, { ports: [port(undefined, 80, 80)] }), expect: 'accepted' },
  { source: `${TARGET_TYPE} "lb type nlb-ip"`, manifest: typed({ type: 'nlb-ip' }, { ports: [port(undefined, 80, 80)] }), expect: 'accepted' },
  { source: `${TARGET_TYPE} "lb type external, target instance"`, manifest: typed({ 'type': 'external', 'nlb-target-type': 'instance' }, { ports: [port(undefined, 80, 80)] }), expect: 'accepted' },
  { source: `${TARGET_TYPE} "lb type external, target ip"`, manifest: typed({ 'type': 'external', 'nlb-target-type': 'ip' }, { ports: [port(undefined, 80, 80)] }), expect: 'accepted' },
  { source: `${TARGET_TYPE} "load balancer class, default target type"`, manifest: nlb({}, { ports: [port(undefined, 80, 80, 'TCP', 31223)] }), expect: 'accepted' },
  {
    source: `${TARGET_TYPE} "allocate load balancer node ports false"`,
    manifest: nlb({}, { ports: [port(undefined, 80, 80, 'TCP', 31223)], allocateLoadBalancerNodePorts: false }),
    expect: 'accepted',
  },
  {
    source: `${TARGET_TYPE} "allocate load balancer node ports false, node port unspecified"`,
    manifest: nlb({}, { ports: [port(undefined, 80, 80)], allocateLoadBalancerNodePorts: false }),
    expect: 'rejected',
    path: 'spec.ports[0].nodePort',
    rule: 'AWS-NLB-011',
  },
  { source: `${NODE_SELECTOR} "IP target empty selector"`, manifest: nlb({ 'nlb-target-type': 'ip' }), expect: 'accepted' },
  // Accepted and ignored with ip targets: AWS-NLB-012 warns.
  { source: `${NODE_SELECTOR} "IP Target with selector"`, manifest: nlb({ 'nlb-target-type': 'ip', 'target-node-labels': 'key1=value1, k2=v2' }), expect: 'accepted' },
  { source: `${NODE_SELECTOR} "Instance target empty selector"`, manifest: nlb({ 'nlb-target-type': 'instance' }), expect: 'accepted' },
  {
    source: `${NODE_SELECTOR} "Instance target with selector"`,
    manifest: nlb({ 'nlb-target-type': 'instance', 'target-node-labels': 'key1=value1, key2=value.2' }),
    expect: 'accepted',
    path: annotation(k('target-node-labels')),
  },
  {
    source: `${NODE_SELECTOR} "Instance target with invalid selector"`,
    manifest: nlb({ 'nlb-target-type': 'instance', 'target-node-labels': 'key1=value1, invalid' }),
    expect: 'rejected',
    path: annotation(k('target-node-labels')),
    rule: 'AWS-LB-014',
  },
  { source: `${HC_PORT} "default traffic-port"`, manifest: nlb({ 'nlb-target-type': 'instance' }), expect: 'accepted' },
  { source: `${HC_PORT} "with annotation"`, manifest: nlb({ 'nlb-target-type': 'instance', 'healthcheck-port': '34576' }), expect: 'accepted', path: annotation(k('healthcheck-port')) },
  {
    source: `${HC_PORT} "unsupported annotation value"`,
    manifest: nlb({ 'nlb-target-type': 'instance', 'healthcheck-port': 'a34576' }),
    expect: 'rejected',
    path: annotation(k('healthcheck-port')),
    rule: 'AWS-NLB-008',
  },
  {
    source: `${HC_PORT} "resolve port name instance"`,
    manifest: nlb({ 'nlb-target-type': 'instance', 'healthcheck-port': 'health' }, { ports: HTTP_HEALTH }),
    expect: 'accepted',
    path: annotation(k('healthcheck-port')),
  },
  {
    source: `${HC_PORT} "invalid port name"`,
    manifest: nlb({ 'nlb-target-type': 'instance', 'healthcheck-port': 'absent' }, { ports: HTTP_HEALTH }),
    expect: 'rejected',
    path: annotation(k('healthcheck-port')),
    rule: 'AWS-NLB-008',
  },
  {
    source: `${HC_PORT} "resolve port name IP"`,
    manifest: nlb({ 'nlb-target-type': 'ip', 'healthcheck-port': 'health' }, { ports: HTTP_HEALTH }),
    expect: 'accepted',
    path: annotation(k('healthcheck-port')),
  },
  { source: `${MULTI_CLUSTER} "no annotation"`, manifest: nlb({}), expect: 'accepted' },
  { source: `${MULTI_CLUSTER} "false annotation"`, manifest: nlb({ 'multi-cluster-target-group': 'false' }), expect: 'accepted', path: annotation(k('multi-cluster-target-group')) },
  { source: `${MULTI_CLUSTER} "true annotation"`, manifest: nlb({ 'multi-cluster-target-group': 'true' }), expect: 'accepted', path: annotation(k('multi-cluster-target-group')) },
  {
    source: `${MULTI_CLUSTER} "not a bool"`,
    manifest: nlb({ 'multi-cluster-target-group': 'cat' }),
    expect: 'rejected',
    path: annotation(k('multi-cluster-target-group')),
    rule: 'AWS-LB-015',
  },
  ...tagCases(`${TG_TEST} Test_defaultModelBuildTask_buildTargetGroupTags`),
];

const managedSg: ConformanceCase[] = [
  { source: `${SG_TEST} Test_buildCIDRsFromSourceRanges_buildCIDRsFromSourceRanges "default IPv4"`, manifest: nlb({}), expect: 'accepted' },
  { source: `${SG_TEST} Test_buildCIDRsFromSourceRanges_buildCIDRsFromSourceRanges "default dualstack"`, manifest: nlb({ 'ip-address-type': 'dualstack' }), expect: 'accepted' },
  ...tagCases(`${SG_TEST} Test_defaultModelBuildTask_buildManagedSecurityGroupTags`),
];

const ONE_PORT = { ports: [port(undefined, 80, 80)] };
const INSTANCE_PORTS = { ports: [port('http', 80, 80, 'TCP', 31223), port('alt2', 83, 8883, 'TCP', 32323)] };

const builder: ConformanceCase[] = [
  { source: `${BUILDER_TEST} "Simple service"`, manifest: typed({ 'type': 'nlb-ip', 'inbound-sg-rules-on-private-link-traffic': 'on' }, ONE_PORT, 'nlb-ip-svc-tls'), expect: 'accepted' },
  {
    source: `${BUILDER_TEST} "Dualstack service"`,
    manifest: typed({ 'type': 'nlb-ip', 'ip-address-type': 'dualstack', 'scheme': 'internet-facing', 'inbound-sg-rules-on-private-link-traffic': 'on' }, ONE_PORT, 'nlb-ip-svc-tls'),
    expect: 'accepted',
  },
  { source: `${BUILDER_TEST} "Instance mode, external traffic policy cluster"`, manifest: typed({ 'type': 'external', 'nlb-target-type': 'instance' }, { externalTrafficPolicy: 'Cluster', ...INSTANCE_PORTS }, 'instance-mode'), expect: 'accepted' },
  {
    source: `${BUILDER_TEST} "Instance mode, external traffic policy local"`,
    manifest: typed({ 'type': 'external', 'nlb-target-type': 'instance' }, { externalTrafficPolicy: 'Local', healthCheckNodePort: 29123, loadBalancerSourceRanges: ['10.20.0.0/16', '1.2.3.4/19'], ...INSTANCE_PORTS }, 'traffic-local'),
    expect: 'accepted',
  },
  {
    source: `${BUILDER_TEST} "additional resource tags"`,
    manifest: typed({ 'type': 'nlb-ip', 'additional-resource-tags': 'resource.tag1=value1,tag2/purpose=test.2' }, ONE_PORT, 'nlb-ip-svc-tls'),
    expect: 'accepted',
    path: annotation(k('additional-resource-tags')),
  },
  {
    source: `${BUILDER_TEST} "ip target, preserve client IP, scheme internal"`,
    manifest: typed({ 'type': 'external', 'nlb-target-type': 'ip', 'target-group-attributes': 'preserve_client_ip.enabled=true' }, ONE_PORT, 'ip-target'),
    expect: 'accepted',
  },
  { source: `${BUILDER_TEST} "default ip target"`, manifest: nlb({}, ONE_PORT, 'default-ip-target'), expect: 'accepted' },
  {
    source: `${BUILDER_TEST} "Instance mode, TCP/UDP same port test"`,
    manifest: typed({ 'type': 'external', 'scheme': 'internet-facing', 'nlb-target-type': 'instance' }, { externalTrafficPolicy: 'Cluster', ports: [port('p1', 80, 80, 'TCP', 31223), port('p2', 80, 80, 'UDP', 31223), port('alt2', 83, 8883, 'TCP', 32323)] }, 'tcpudp-protocol'),
    expect: 'accepted',
  },
  {
    source: `${BUILDER_TEST} "ipv6 service without dualstask"`,
    manifest: typed({ 'type': 'external', 'nlb-target-type': 'instance' }, { ipFamilies: ['IPv6'], ports: [port(undefined, 80, 80, 'TCP', 32332)] }, 'traffic-local'),
    expect: 'rejected',
    path: 'spec.ipFamilies[0]',
    rule: 'AWS-NLB-006',
  },
  {
    source: `${BUILDER_TEST} "ipv6 for NLB"`,
    manifest: typed({ 'type': 'external', 'nlb-target-type': 'instance', 'ip-address-type': 'dualstack' }, { ipFamilies: ['IPv6'], ports: [port(undefined, 80, 80, 'TCP', 32332)] }, 'traffic-local'),
    expect: 'accepted',
  },
  {
    source: `${BUILDER_TEST} "ipv6 for NLB internet-facing scheme"`,
    manifest: typed({ 'type': 'external', 'nlb-target-type': 'instance', 'ip-address-type': 'dualstack', 'scheme': 'internet-facing' }, { ipFamilies: ['IPv6'], ports: [port(undefined, 80, 80, 'TCP', 32332)] }, 'traffic-local'),
    expect: 'accepted',
  },
  { source: `${BUILDER_TEST} "spec.loadBalancerClass specified"`, manifest: nlb({}, { selector: { app: 'class' }, ports: [port('http', 80, 8080, 'TCP', 32110)] }, 'lb-with-class'), expect: 'accepted' },
  {
    source: `${BUILDER_TEST} "with backend SG rule management disabled for legacy nlb"`,
    manifest: typed({ 'type': 'external', 'nlb-target-type': 'ip', 'manage-backend-security-group-rules': 'false' }, ONE_PORT, 'manual-sg-rule'),
    expect: 'accepted',
  },
  { source: `${BUILDER_TEST} "Simple service with NLB SG"`, manifest: typed({ type: 'nlb-ip' }, ONE_PORT, 'nlb-ip-svc-tls'), expect: 'accepted' },
  { source: `${BUILDER_TEST} "Dualstack service with SG"`, manifest: typed({ 'type': 'nlb-ip', 'ip-address-type': 'dualstack', 'scheme': 'internet-facing' }, ONE_PORT, 'nlb-ip-svc-tls'), expect: 'accepted' },
  { source: `${BUILDER_TEST} "Instance mode, external traffic policy cluster with SG"`, manifest: typed({ 'type': 'external', 'nlb-target-type': 'instance' }, { externalTrafficPolicy: 'Cluster', ...INSTANCE_PORTS }, 'instance-mode'), expect: 'accepted' },
  {
    source: `${BUILDER_TEST} "Instance mode, external traffic policy local with SG"`,
    manifest: typed({ 'type': 'external', 'nlb-target-type': 'instance' }, { externalTrafficPolicy: 'Local', healthCheckNodePort: 29123, loadBalancerSourceRanges: ['10.20.0.0/16', '1.2.3.4/19'], ...INSTANCE_PORTS }, 'traffic-local'),
    expect: 'accepted',
  },
  {
    source: `${BUILDER_TEST} "additional resource tags with SG"`,
    manifest: typed({ 'type': 'nlb-ip', 'additional-resource-tags': 'resource.tag1=value1,tag2/purpose=test.2' }, ONE_PORT, 'nlb-ip-svc-tls'),
    expect: 'accepted',
  },
  {
    source: `${BUILDER_TEST} "ip target, preserve client IP, scheme internal with SG"`,
    manifest: typed({ 'type': 'external', 'nlb-target-type': 'ip', 'target-group-attributes': 'preserve_client_ip.enabled=true' }, ONE_PORT, 'ip-target'),
    expect: 'accepted',
  },
  {
    source: `${BUILDER_TEST} "ipv6 for NLB with SG"`,
    manifest: typed({ 'type': 'external', 'nlb-target-type': 'instance', 'ip-address-type': 'dualstack' }, { ipFamilies: ['IPv6'], ports: [port(undefined, 80, 80, 'TCP', 32332)] }, 'traffic-local'),
    expect: 'accepted',
  },
  {
    source: `${BUILDER_TEST} "ipv6 for NLB internet-facing scheme with SG"`,
    manifest: typed({ 'type': 'external', 'nlb-target-type': 'instance', 'ip-address-type': 'dualstack', 'scheme': 'internet-facing' }, { ipFamilies: ['IPv6'], ports: [port(undefined, 80, 80, 'TCP', 32332)] }, 'traffic-local'),
    expect: 'accepted',
  },
  { source: `${BUILDER_TEST} "spec.loadBalancerClass specified with SG"`, manifest: nlb({}, { selector: { app: 'class' }, ports: [port('http', 80, 8080, 'TCP', 32110)] }, 'lb-with-class'), expect: 'accepted' },
  {
    source: `${BUILDER_TEST} "Simple service with default load balancer scheme internet-facing"`,
    manifest: typed({ 'type': 'nlb-ip', 'inbound-sg-rules-on-private-link-traffic': 'on' }, ONE_PORT, 'nlb-ip-svc-tls'),
    expect: 'accepted',
  },
  {
    source: `${BUILDER_TEST} "Instance mode, external traffic policy local, UDP as protocol with SG"`,
    manifest: typed({ 'type': 'external', 'nlb-target-type': 'instance' }, { externalTrafficPolicy: 'Local', healthCheckNodePort: 29123, loadBalancerSourceRanges: ['10.20.0.0/16', '1.2.3.4/19'], ports: [port('http', 80, 80, 'UDP', 31223), port('alt2', 83, 8883, 'UDP', 32323)] }, 'traffic-local'),
    expect: 'accepted',
  },
  {
    source: `${BUILDER_TEST} "ipv6 source ranges, but lb not dual stack"`,
    manifest: typed({ 'type': 'external', 'nlb-target-type': 'instance' }, { loadBalancerSourceRanges: ['2002::1234:abcd:ffff:c0a8:101/64'], ports: [port(undefined, 80, 80, 'TCP', 32332)] }, 'traffic-local'),
    expect: 'rejected',
    path: 'spec.loadBalancerSourceRanges[0]',
    rule: 'AWS-NLB-006',
  },
  {
    source: `${BUILDER_TEST} "Disable SG annotation should disable SG management without the feature flag."`,
    manifest: typed({ 'type': 'nlb-ip', 'inbound-sg-rules-on-private-link-traffic': 'on', 'disable-nlb-sg': 'true' }, ONE_PORT, 'nlb-ip-svc-tls'),
    expect: 'accepted',
  },
];

/**
 * IsServiceSupported judges the Service as stored. From v2.5 the controller's webhook gives a new LoadBalancer Service
 * without a class service.k8s.aws/nlb, which the controller then takes whatever its type annotation says: the cases
 * where the test finds the Service unsupported hold on a cluster without that webhook.
 */
const NO_WEBHOOK = ClusterProfile.eks({ awsLoadBalancerController: { version: 'v3.5.0', serviceMutatorWebhook: false } });

const supported: ConformanceCase[] = [
  { source: `${UTILS_TEST} "service with nlb-ip annotation"`, manifest: typed({ type: 'nlb-ip' }, { selector: { app: 'hello' }, ...ONE_PORT }, 'nlb-ip'), expect: 'accepted' },
  {
    // Not supported: with type external and no target type neither controller takes the Service, which stays pending.
    source: `${UTILS_TEST} "service with load balancer type external"`,
    manifest: typed({ type: 'external' }, { selector: { app: 'hello' }, ...ONE_PORT }, 'nlb-external'),
    profile: NO_WEBHOOK,
    expect: 'rejected',
    path: annotation(k('type')),
    rule: 'AWS-LB-002',
  },
  { source: `${UTILS_TEST} "service with load balancer type external, nlb-target-type ip"`, manifest: typed({ 'type': 'external', 'nlb-target-type': 'ip' }, { selector: { app: 'hello' }, ...ONE_PORT }, 'nlb-ip'), expect: 'accepted' },
  { source: `${UTILS_TEST} "service with load balancer type external, nlb-target-type instance"`, manifest: typed({ 'type': 'external', 'nlb-target-type': 'instance' }, { selector: { app: 'hello' }, ...ONE_PORT }, 'nlb-ip'), expect: 'accepted' },
  {
    // Not supported by the LBC; the in-tree provider makes a classic ELB of any type it does not know.
    source: `${UTILS_TEST} "service with load balancer type nlb-ddd, nlb-target-type instance"`,
    manifest: typed({ 'type': 'nlb-ddd', 'nlb-target-type': 'instance' }, { selector: { app: 'hello' }, ...ONE_PORT }, 'nlb-ip'),
    profile: NO_WEBHOOK,
    expect: 'rejected',
    path: annotation(k('type')),
    rule: 'AWS-LB-001',
  },
  { source: `${UTILS_TEST} "spec.loadBalancerClass"`, manifest: nlb({}, { selector: { app: 'hello' }, ...ONE_PORT }, 'nlb-ip'), expect: 'accepted' },
];

// The parser's map cases, on additional-resource-tags: the key the controller parses with ParseStringMapAnnotation
// whose values are kept as written (buildAdditionalResourceTags).
const MAP_PARSER = `${PARSER_TEST} Test_serviceAnnotationParser_ParseStringMapAnnotation`;
const TAG_KEY = annotation(k('additional-resource-tags'));
const parser: ConformanceCase[] = [
  { source: `${MAP_PARSER} "multiple keys"`, manifest: nlb({ 'additional-resource-tags': 'key1=value1, key2=value2, key3/with-slash=value3, key4/empty-value=' }), expect: 'accepted', path: TAG_KEY },
  { source: `${MAP_PARSER} "multiple values"`, manifest: nlb({ 'additional-resource-tags': 'key1=value1\\,valueOne, key2= value2, key3/with-slash=value3\\,valueThree, key4/empty-value=' }), expect: 'accepted', path: TAG_KEY },
  { source: `${MAP_PARSER} "values containing equals sign"`, manifest: nlb({ 'additional-resource-tags': 'key1=Mjk5NzkyNDU4Cg==, foo=ZGF=0=ZQo=, res=value_:/=+-@' }), expect: 'accepted', path: TAG_KEY },
  { source: `${MAP_PARSER} "invalid key-value pair - no '=' between k/v"`, manifest: nlb({ 'additional-resource-tags': 'key1,key2' }), expect: 'rejected', path: TAG_KEY, rule: 'AWS-LB-014' },
  { source: `${MAP_PARSER} "invalid key-value pair - emptyKey"`, manifest: nlb({ 'additional-resource-tags': '=value' }), expect: 'rejected', path: TAG_KEY, rule: 'AWS-LB-014' },
];

/** The cluster the tests' code implies: EKS with the controller of the snapshot's release line (v3.5). */
const PROFILE = ClusterProfile.eks({ awsLoadBalancerController: { version: 'v3.5.0' } });

export const CASES: ConformanceCase[] = [
  ...lbAttributes, ...subnetMappings, ...loadBalancer, ...listeners, ...targetGroups, ...managedSg, ...builder, ...supported, ...parser,
].map((c) => ({ profile: PROFILE, ...c }));
