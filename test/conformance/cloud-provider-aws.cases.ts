import { annotation, ConformanceCase, service } from './case';
import { ClusterProfile } from '../../src';

/**
 * Cases from kubernetes/cloud-provider-aws's own unit tests (master 63ec440c, after v1.36.1), the in-tree AWS provider
 * (classic ELB, and NLB with aws-load-balancer-type: nlb). Each case is the Service a test builds (a test that
 * builds only a ServicePort or an annotation map is completed into the Service EnsureLoadBalancer gets), judged on EKS
 * without the AWS Load Balancer Controller, where the in-tree provider reconciles it; the verdict is the one the test
 * asserts: rejected where the provider returns an error, accepted where it succeeds.
 *
 * Completions, where the test's own values would not reach the code it tests on a real cluster:
 * - placeholder ids ("sg-123456789", "sg-000001", "subnet-1234", "eipalloc-2345") and certificate ids ("cert") become
 *   well-formed ids and an ACM ARN: AWS refuses the placeholders, and the test is not about their format;
 * - a test of a function called for NLBs only (buildNLBHealthCheckConfiguration, the target-group attribute
 *   validation and sync) gets aws-load-balancer-type: nlb, which is what makes EnsureLoadBalancer call it;
 * - a buildListener case that builds one port of a Service whose ssl-ports lists other ports gets those ports too
 *   (named, as a Service of several ports must be);
 * - createSubnetMappings' private IPv4 addresses go on an internal NLB, the only kind AWS gives them to;
 * - Test_parseStringSliceAnnotation's annotation "a1" is aws-load-balancer-subnets, the list it parses in
 *   EnsureLoadBalancer (its values are subnet ids and names).
 *
 * Tests that assert only what AWS's mocked API returns (a describe or modify call failing, a nil target group) are not
 * cases: their verdict is not the Service's. No test of this snapshot sets proxy-protocol, the access-log or the
 * connection-draining keys (TestProxyProtocolEnabled reads an ELB's backend policies, not a Service).
 */

const SOURCE = 'kubernetes/cloud-provider-aws pkg/providers/v1';
const VALIDATIONS = `${SOURCE}/aws_validations_test.go`;
const LB_TEST = `${SOURCE}/aws_loadbalancer_test.go`;
const AWS_TEST = `${SOURCE}/aws_test.go`;

const P = 'service.beta.kubernetes.io/aws-load-balancer-';
const TYPE = `${P}type`;
const TG_ATTRIBUTES = `${P}target-group-attributes`;
const SECURITY_GROUPS = `${P}security-groups`;
const EXTRA_SGS = `${P}extra-security-groups`;
const BACKEND = `${P}backend-protocol`;
const CERT = `${P}ssl-cert`;
const SSL_PORTS = `${P}ssl-ports`;
const TAGS = `${P}additional-resource-tags`;
const NODE_LABELS = `${P}target-node-labels`;
const SUBNETS = `${P}subnets`;
const EIPS = `${P}eip-allocations`;
const PRIVATE_IPS = `${P}private-ipv4-addresses`;
const INTERNAL = `${P}internal`;
const HC_PROTOCOL = `${P}healthcheck-protocol`;
const HC_PORT = `${P}healthcheck-port`;
const HC_PATH = `${P}healthcheck-path`;
const HC_INTERVAL = `${P}healthcheck-interval`;
const HC_TIMEOUT = `${P}healthcheck-timeout`;
const HC_HEALTHY = `${P}healthcheck-healthy-threshold`;
const HC_UNHEALTHY = `${P}healthcheck-unhealthy-threshold`;

/** An ACM certificate ARN, for the tests' "cert". */
const ARN = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d';
/** Well-formed security-group ids, for the tests' placeholders (byoSecurityGroupID, "sg-extra123", "sg-000001"...). */
const SG1 = 'sg-0123456789abcdef0';
const SG2 = 'sg-0fedcba9876543210';
const SUBNET1 = 'subnet-0123456789abcdef0';
const SUBNET2 = 'subnet-0fedcba9876543210';

const eks = ClusterProfile.eks();
const NLB = { [TYPE]: 'nlb' };

/** Hostnames of TestValidateServiceAnnotations. */
const CLASSIC_HOST = 'my-classic-lb-1234567890.us-east-1.elb.amazonaws.com';
const NLB_HOST = 'my-nlb-1234567890.elb.us-east-1.amazonaws.com';

function accepted(source: string, annotations: { [key: string]: string }, spec: any = {}, path?: string): ConformanceCase {
  return { source, manifest: service(annotations, spec), profile: eks, expect: 'accepted', ...(path === undefined ? {} : { path }) };
}

function rejected(source: string, annotations: { [key: string]: string }, path: string, spec: any = {}): ConformanceCase {
  return { source, manifest: service(annotations, spec), profile: eks, expect: 'rejected', path };
}

/** The rule that must report a rejected case. */
function by(rule: string, c: ConformanceCase): ConformanceCase {
  return { ...c, rule };
}

/** A Service whose load balancer exists: its status names the load balancer's hostname. */
function existing(c: ConformanceCase, hostname: string | undefined): ConformanceCase {
  return { ...c, manifest: { ...c.manifest, status: { loadBalancer: { ingress: hostname === undefined ? [] : [{ hostname }] } } } };
}

const tcp80 = { ports: [{ port: 80, protocol: 'TCP' }] };
const udp53 = { ports: [{ port: 53, protocol: 'UDP' }] };

// ---- aws_validations_test.go: the pre-flight validation of EnsureLoadBalancer (v1.34+) ----

const tgAttributes = `${VALIDATIONS} TestValidateServiceAnnotationTargetGroupAttributes`;
const TG_ATTRIBUTE_CASES: ConformanceCase[] = [
  accepted(`${tgAttributes} "no target group attributes annotation"`, NLB, tcp80),
  accepted(`${tgAttributes} "empty target group attributes annotation"`, { ...NLB, [TG_ATTRIBUTES]: '' }, tcp80, annotation(TG_ATTRIBUTES)),
  accepted(`${tgAttributes} "valid preserve_client_ip.enabled=true"`, { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=true' }, tcp80),
  accepted(`${tgAttributes} "valid preserve_client_ip.enabled=false"`, { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=false' }, tcp80),
  accepted(`${tgAttributes} "valid proxy_protocol_v2.enabled=true"`, { ...NLB, [TG_ATTRIBUTES]: 'proxy_protocol_v2.enabled=true' }, tcp80),
  accepted(`${tgAttributes} "valid proxy_protocol_v2.enabled=false"`, { ...NLB, [TG_ATTRIBUTES]: 'proxy_protocol_v2.enabled=false' }, tcp80),
  accepted(`${tgAttributes} "valid multiple attributes"`, { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=true,proxy_protocol_v2.enabled=false' }, tcp80),
  accepted(`${tgAttributes} "duplicate attribute in annotation (last one wins - no error expected)"`,
    { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=true,preserve_client_ip.enabled=false' }, tcp80),
  by('AWS-ELB-009', rejected(`${tgAttributes} "empty attribute value"`, { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=' }, annotation(TG_ATTRIBUTES), tcp80)),
  by('AWS-ELB-009', rejected(`${tgAttributes} "invalid preserve_client_ip.enabled value"`, { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=invalid' }, annotation(TG_ATTRIBUTES), tcp80)),
  by('AWS-ELB-009', rejected(`${tgAttributes} "invalid proxy_protocol_v2.enabled value"`, { ...NLB, [TG_ATTRIBUTES]: 'proxy_protocol_v2.enabled=yes' }, annotation(TG_ATTRIBUTES), tcp80)),
  by('AWS-ELB-009', rejected(`${tgAttributes} "unsupported attribute"`, { ...NLB, [TG_ATTRIBUTES]: 'unsupported_attribute=value' }, annotation(TG_ATTRIBUTES), tcp80)),
  by('AWS-ELB-009', rejected(`${tgAttributes} "preserve_client_ip.enabled=false with UDP port should fail"`, { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=false' }, annotation(TG_ATTRIBUTES), udp53)),
  accepted(`${tgAttributes} "preserve_client_ip.enabled=true with UDP port should succeed"`, { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=true' }, udp53),
  by('AWS-ELB-009', rejected(`${tgAttributes} "preserve_client_ip.enabled=false with mixed TCP and UDP ports should fail"`, { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=false' },
    annotation(TG_ATTRIBUTES), { ports: [{ name: 'http', port: 80, protocol: 'TCP' }, { name: 'dns', port: 53, protocol: 'UDP' }] })),
  by('AWS-ELB-009', rejected(`${tgAttributes} "multiple attributes with preserve_client_ip.enabled=false and UDP port should fail"`,
    { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=false,proxy_protocol_v2.enabled=true' }, annotation(TG_ATTRIBUTES), udp53)),
  by('AWS-ELB-009', rejected(`${tgAttributes} "case sensitivity - preserve_client_ip.enabled with True should fail"`, { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=True' }, annotation(TG_ATTRIBUTES), tcp80)),
  by('AWS-ELB-009', rejected(`${tgAttributes} "case sensitivity - proxy_protocol_v2.enabled with FALSE should fail"`, { ...NLB, [TG_ATTRIBUTES]: 'proxy_protocol_v2.enabled=FALSE' }, annotation(TG_ATTRIBUTES), tcp80)),
  // getKeyValuePropertiesFromAnnotation trims each entry, not the value after "=": " true " is not "true".
  by('AWS-ELB-009', rejected(`${tgAttributes} "whitespace in attribute values should fail"`, { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled= true ' }, annotation(TG_ATTRIBUTES), tcp80)),
];

const validate = `${VALIDATIONS} TestValidateServiceAnnotations`;
const NLB_ONLY_EXTRA = 'BYO extra security group annotation "service.beta.kubernetes.io/aws-load-balancer-extra-security-groups" is not supported by NLB';
const VALIDATE_CASES: ConformanceCase[] = [
  accepted(`${validate} "CLB with BYO SG annotation - success"`, { [SECURITY_GROUPS]: SG1 }),
  accepted(`${validate} "CLB with BYO extra SG annotation - success"`, { [EXTRA_SGS]: SG1 }, {}, annotation(EXTRA_SGS)),
  accepted(`${validate} "CLB with both BYO SG annotations - success"`, { [SECURITY_GROUPS]: SG1, [EXTRA_SGS]: SG2 }),
  accepted(`${validate} "NLB with BYO SG annotation - should pass validations"`, { ...NLB, [SECURITY_GROUPS]: SG1 }),
  by('AWS-ELB-003', rejected(`${validate} "NLB with BYO extra SG annotation - error (not supported)"`, { ...NLB, [EXTRA_SGS]: SG1 }, annotation(EXTRA_SGS))),
  by('AWS-ELB-003', rejected(`${validate} "NLB with both BYO SG annotations - extra SG error still applies"`, { ...NLB, [SECURITY_GROUPS]: SG1, [EXTRA_SGS]: SG2 }, annotation(EXTRA_SGS))),
  // The test's value, despite the case's name, is the error text itself.
  by('AWS-ELB-003', rejected(`${validate} "NLB with BYO extra SG with empty value - error (not supported)"`, { ...NLB, [EXTRA_SGS]: NLB_ONLY_EXTRA }, annotation(EXTRA_SGS))),
  by('AWS-ELB-003', rejected(`${validate} "NLB with BYO extra SG with multiple values - error (not supported)"`, { ...NLB, [EXTRA_SGS]: `${SG1},${SG2}` }, annotation(EXTRA_SGS))),
  accepted(`${validate} "NLB with BYO SG with multiple values - should pass validations"`, { ...NLB, [SECURITY_GROUPS]: `${SG1},${SG2}` }),
  accepted(`${validate} "NLB with target group attributes - success"`, { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=true' }, tcp80),
  by('AWS-ELB-003', rejected(`${validate} "CLB with target group attributes - error (only supported for NLB)"`, { [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=true' }, annotation(TG_ATTRIBUTES))),
  accepted(`${validate} "no annotations - success"`, {}),
  existing(accepted(`${validate} "NLB in new service with no ingress should be allowed"`, NLB), undefined),
  accepted(`${validate} "CLB in new service with no ingress should be allowed"`, {}),
  existing(accepted(`${validate} "NLB in new service with empty ingress list should be allowed"`, NLB), undefined),
  existing(accepted(`${validate} "CLB in existing service with no type annotation should be allowed"`, {}), CLASSIC_HOST),
  existing(accepted(`${validate} "CLB in existing service with type annotation should be allowed"`, { [TYPE]: 'clb' }, {}, annotation(TYPE)), CLASSIC_HOST),
  existing(accepted(`${validate} "NLB in existing service with type annotation should be allowed"`, NLB), NLB_HOST),
  existing(by('AWS-ELB-012', rejected(`${validate} "CLB in existing service with type annotation should not be allowed to change to NLB"`, NLB, annotation(TYPE))), CLASSIC_HOST),
  // The table has two cases of this name: without the type annotation, and with "clb".
  existing(by('AWS-ELB-012', rejected(`${validate} "NLB in existing service with type annotation should not be allowed to change to CLB" (no type annotation)`, {}, annotation(TYPE))), NLB_HOST),
  existing(by('AWS-ELB-012', rejected(`${validate} "NLB in existing service with type annotation should not be allowed to change to CLB" (type "clb")`, { [TYPE]: 'clb' }, annotation(TYPE))), NLB_HOST),
  existing(accepted(`${validate} "CLB in existing service with regional hostname should be allowed"`, {}), 'internal-my-lb-123.eu-west-1.elb.amazonaws.com'),
  existing(accepted(`${validate} "NLB in existing service with different region hostname should be allowed"`, NLB), 'my-nlb-abc123.elb.ap-southeast-1.amazonaws.com'),
  existing(by('AWS-ELB-012', rejected(`${validate} "NLB in existing service with regional hostname should not be allowed to change to CLB"`, {}, annotation(TYPE))), 'my-nlb-abc123.elb.eu-central-1.amazonaws.com'),
];

// ---- aws_loadbalancer_test.go ----

const LOAD_BALANCER_CASES: ConformanceCase[] = [
  accepted(`${LB_TEST} TestIsNLB "NLB annotation provided"`, NLB),
  // isNLB is false for "elb": the provider makes the classic ELB the value names.
  accepted(`${LB_TEST} TestIsNLB "NLB annotation has invalid value"`, { [TYPE]: 'elb' }, {}, annotation(TYPE)),
  accepted(`${LB_TEST} TestIsNLB "NLB annotation absent"`, {}),
  accepted(`${LB_TEST} TestIsLBExternal "No annotation"`, {}),
  accepted(`${LB_TEST} TestIsLBExternal "Type NLB"`, NLB),

  accepted(`${LB_TEST} TestFilterTargetNodes "when no filter is provided, node should be targeted"`, {}),
  accepted(`${LB_TEST} TestFilterTargetNodes "when all key-value filters match, node should be targeted"`, { [NODE_LABELS]: 'k1=v1,k2=v2' }),
  accepted(`${LB_TEST} TestFilterTargetNodes "when all just-key filter match, node should be targeted"`, { [NODE_LABELS]: 'k1,k2' }, {}, annotation(NODE_LABELS)),
  accepted(`${LB_TEST} TestFilterTargetNodes "when some filters do not match, node should not be targeted"`, { [NODE_LABELS]: 'k1=v1,k2' }),
  accepted(`${LB_TEST} TestFilterTargetNodes "when no filter matches, node should not be targeted"`, { [NODE_LABELS]: 'k3=v3' }),

  accepted(`${LB_TEST} TestCreateSubnetMappings "Add allocation ids"`,
    { ...NLB, [SUBNETS]: `${SUBNET1},${SUBNET2}`, [EIPS]: 'eipalloc-0123456789abcdef0,eipalloc-0fedcba9876543210' }, {}, annotation(EIPS)),
  accepted(`${LB_TEST} TestCreateSubnetMappings "Add Private ip address"`,
    { ...NLB, [INTERNAL]: 'true', [SUBNETS]: `${SUBNET1},${SUBNET2}`, [PRIVATE_IPS]: '10.1.2.3,10.2.3.4' }, {}, annotation(PRIVATE_IPS)),
  accepted(`${LB_TEST} TestCreateSubnetMappings "No private ips and allocation ids"`, { ...NLB, [SUBNETS]: `${SUBNET1},${SUBNET2}` }),

  accepted(`${LB_TEST} TestCloud_buildTargetGroupAttributes "no target group attributes annotation"`, NLB),
  accepted(`${LB_TEST} TestCloud_buildTargetGroupAttributes "annotation parsing - empty annotation should return empty diff"`, { ...NLB, [TG_ATTRIBUTES]: '' }),
  accepted(`${LB_TEST} TestCloud_buildTargetGroupAttributes "valid preserve_client_ip.enabled=true for instance target"`, { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=true' }),
  accepted(`${LB_TEST} TestCloud_buildTargetGroupAttributes "valid preserve_client_ip.enabled=false for IP target with TCP"`, { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=false' }),
  accepted(`${LB_TEST} TestCloud_buildTargetGroupAttributes "valid proxy_protocol_v2.enabled=true"`, { ...NLB, [TG_ATTRIBUTES]: 'proxy_protocol_v2.enabled=true' }),
  accepted(`${LB_TEST} TestCloud_buildTargetGroupAttributes "multiple attributes"`, { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=true,proxy_protocol_v2.enabled=true' }),
  accepted(`${LB_TEST} TestCloud_buildTargetGroupAttributes "no changes needed - attributes match defaults"`, NLB),

  accepted(`${LB_TEST} TestGetKeyValuePropertiesFromAnnotation_TargetGroupAttributes "valid target group attributes"`,
    { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=true,proxy_protocol_v2.enabled=false' }),
  accepted(`${LB_TEST} TestGetKeyValuePropertiesFromAnnotation_TargetGroupAttributes "single attribute"`, { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=true' }),
  accepted(`${LB_TEST} TestGetKeyValuePropertiesFromAnnotation_TargetGroupAttributes "empty annotation"`, { ...NLB, [TG_ATTRIBUTES]: '' }),
  // Spaces around the entries are trimmed (unlike spaces around "=", see "whitespace in attribute values should fail").
  accepted(`${LB_TEST} TestGetKeyValuePropertiesFromAnnotation_TargetGroupAttributes "annotation with spaces"`,
    { ...NLB, [TG_ATTRIBUTES]: ' preserve_client_ip.enabled=true , proxy_protocol_v2.enabled=false ' }, {}, annotation(TG_ATTRIBUTES)),
  accepted(`${LB_TEST} TestGetKeyValuePropertiesFromAnnotation_TargetGroupAttributes "annotation not present"`, { ...NLB, 'other.annotation': 'value' }),

  accepted(`${LB_TEST} TestCloud_ensureTargetGroupAttributes "no changes needed - attributes already match desired state"`,
    { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=true,proxy_protocol_v2.enabled=false' }),
  accepted(`${LB_TEST} TestCloud_ensureTargetGroupAttributes "no changes needed - no annotations and attributes match defaults"`, NLB),
  accepted(`${LB_TEST} TestCloud_ensureTargetGroupAttributes "successful case - attributes updated"`,
    { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=false,proxy_protocol_v2.enabled=true' }),
  accepted(`${LB_TEST} TestCloud_reconcileTargetGroupsAttributes "single target group - success"`, { ...NLB, [TG_ATTRIBUTES]: 'preserve_client_ip.enabled=true' }),
  accepted(`${LB_TEST} TestCloud_reconcileTargetGroupsAttributes "multiple target groups - success"`, { ...NLB, [TG_ATTRIBUTES]: 'proxy_protocol_v2.enabled=true' }),
  accepted(`${LB_TEST} TestCloud_reconcileTargetGroupsAttributes "no annotations - success"`, NLB),
];

// ---- aws_test.go ----

const mixed = `${AWS_TEST} TestCheckMixedProtocol`;
const protocol = `${AWS_TEST} TestCheckProtocol`;
const PROTOCOL_CASES: ConformanceCase[] = [
  accepted(`${mixed} "TCP"`, {}, { ports: [{ port: 8080, protocol: 'TCP' }] }),
  accepted(`${mixed} "UDP"`, NLB, { ports: [{ port: 8080, protocol: 'UDP' }] }),
  by('AWS-ELB-002', rejected(`${mixed} "TCP and UDP"`, NLB, 'spec.ports', { ports: [{ name: 'dns-udp', port: 53, protocol: 'UDP' }, { name: 'dns-tcp', port: 53, protocol: 'TCP' }] })),
  accepted(`${protocol} "TCP with ELB"`, {}, { ports: [{ port: 8080, protocol: 'TCP' }] }),
  accepted(`${protocol} "TCP with NLB"`, NLB, { ports: [{ port: 8080, protocol: 'TCP' }] }),
  by('AWS-ELB-002', rejected(`${protocol} "UDP with ELB"`, {}, 'spec.ports[0].protocol', { ports: [{ port: 8080, protocol: 'UDP' }] })),
  accepted(`${protocol} "UDP with NLB"`, NLB, { ports: [{ port: 8080, protocol: 'UDP' }] }),
];

/** One port of TestBuildListener, and the other ports its ssl-ports names. */
function listenerPorts(port: number, name: string | undefined, others: Array<{ name: string; port: number }> = []): any {
  const first = { ...(name === undefined ? (others.length > 0 ? { name: 'listener' } : {}) : { name }), port, protocol: 'TCP' };
  return { ports: [first, ...others.map((o) => ({ ...o, protocol: 'TCP' }))] };
}

const listener = `${AWS_TEST} TestBuildListener`;
const LISTENER_CASES: ConformanceCase[] = [
  accepted(`${listener} "No cert or BE protocol annotation, passthrough"`, {}, listenerPorts(80, undefined)),
  accepted(`${listener} "Cert annotation without BE protocol specified, SSL->TCP"`, { [CERT]: ARN }, listenerPorts(80, undefined)),
  accepted(`${listener} "BE protocol without cert annotation, passthrough"`, { [BACKEND]: 'https' }, listenerPorts(443, undefined), annotation(BACKEND)),
  by('AWS-ELB-004', rejected(`${listener} "Invalid cert annotation, bogus backend protocol"`, { [BACKEND]: 'bacon', [CERT]: 'foo' }, annotation(BACKEND), listenerPorts(443, undefined))),
  by('AWS-ELB-004', rejected(`${listener} "Invalid cert annotation, protocol followed by equal sign"`, { [BACKEND]: 'http=', [CERT]: '=' }, annotation(BACKEND), listenerPorts(443, undefined))),
  accepted(`${listener} "HTTPS->HTTPS"`, { [BACKEND]: 'https', [CERT]: ARN }, listenerPorts(443, undefined)),
  accepted(`${listener} "HTTPS->HTTP"`, { [BACKEND]: 'http', [CERT]: ARN }, listenerPorts(443, undefined)),
  accepted(`${listener} "SSL->SSL"`, { [BACKEND]: 'ssl', [CERT]: ARN }, listenerPorts(443, undefined)),
  accepted(`${listener} "SSL->TCP"`, { [BACKEND]: 'tcp', [CERT]: ARN }, listenerPorts(443, undefined)),
  accepted(`${listener} "Port in whitelist"`, { [BACKEND]: 'tcp', [CERT]: ARN, [SSL_PORTS]: '1234,5678' }, listenerPorts(1234, 'a', [{ name: 'b', port: 5678 }]), annotation(SSL_PORTS)),
  accepted(`${listener} "Port not in whitelist, passthrough"`, { [BACKEND]: 'tcp', [CERT]: ARN, [SSL_PORTS]: '1234,5678' },
    listenerPorts(443, undefined, [{ name: 'a', port: 1234 }, { name: 'b', port: 5678 }]), annotation(SSL_PORTS)),
  accepted(`${listener} "Named port in whitelist"`, { [BACKEND]: 'tcp', [CERT]: ARN, [SSL_PORTS]: 'foo,bar' }, listenerPorts(1234, 'bar', [{ name: 'foo', port: 5678 }]), annotation(SSL_PORTS)),
  accepted(`${listener} "Named port not in whitelist, passthrough"`, { [BACKEND]: 'tcp', [CERT]: ARN, [SSL_PORTS]: 'foo,bar' },
    listenerPorts(443, undefined, [{ name: 'foo', port: 1234 }, { name: 'bar', port: 5678 }]), annotation(SSL_PORTS)),
  accepted(`${listener} "HTTP->HTTP"`, { [BACKEND]: 'http' }, listenerPorts(80, undefined), annotation(BACKEND)),
];

// TestGetKeyValuePropertiesFromAnnotation has no case names: each is named by its annotation value.
const tags = `${AWS_TEST} TestGetKeyValuePropertiesFromAnnotation`;
const TAG_CASES: ConformanceCase[] = [
  accepted(`${tags} "Key=Val"`, { [TAGS]: 'Key=Val' }),
  accepted(`${tags} "Key1=Val1, Key2=Val2"`, { [TAGS]: 'Key1=Val1, Key2=Val2' }, {}, annotation(TAGS)),
  accepted(`${tags} "Key1=, Key2=Val2"`, { [TAGS]: 'Key1=, Key2=Val2', anotherKey: 'anotherValue' }, {}, annotation(TAGS)),
  accepted(`${tags} "K=V K1=V2,Key1========, =====, ======Val, =Val, , 234,"`, { [TAGS]: 'K=V K1=V2,Key1========, =====, ======Val, =Val, , 234,' }, {}, annotation(TAGS)),
];

const extraSgs = `${AWS_TEST} TestLBExtraSecurityGroupsAnnotation`;
const sgs = `${AWS_TEST} TestLBSecurityGroupsAnnotation`;
const nlbSg = `${AWS_TEST} TestEnsureNLBSecurityGroup`;
const SECURITY_GROUP_CASES: ConformanceCase[] = [
  accepted(`${extraSgs} "No extra SG annotation"`, {}),
  accepted(`${extraSgs} "Empty extra SGs specified"`, { [EXTRA_SGS]: ', ,,' }, {}, annotation(EXTRA_SGS)),
  accepted(`${extraSgs} "SG specified"`, { [EXTRA_SGS]: SG1 }),
  // getSGListFromAnnotation trims each entry.
  accepted(`${extraSgs} "Multiple SGs specified"`, { [EXTRA_SGS]: `${SG1}, ${SG2}` }, {}, annotation(EXTRA_SGS)),
  accepted(`${sgs} "SG specified"`, { [SECURITY_GROUPS]: SG1 }),
  accepted(`${sgs} "Multiple SGs specified"`, { [SECURITY_GROUPS]: `${SG1}, ${SG2}` }, {}, annotation(SECURITY_GROUPS)),
  accepted(`${nlbSg} "BYO SG with managed mode enabled - returns BYO SGs"`, { ...NLB, [SECURITY_GROUPS]: SG1 }),
  accepted(`${nlbSg} "BYO multiple SGs with managed mode enabled - returns all BYO SGs"`, { ...NLB, [SECURITY_GROUPS]: `${SG1},${SG2}` }),
  accepted(`${nlbSg} "BYO SG with whitespace - returns trimmed SGs"`, { ...NLB, [SECURITY_GROUPS]: ` ${SG1} , ${SG2} ` }, {}, annotation(SECURITY_GROUPS)),
];

const ensure = `${AWS_TEST} TestEnsureLoadBalancer`;
const fauxPorts = { ports: [{ name: 'http', port: 8080, nodePort: 31173, targetPort: 31173, protocol: 'TCP' }], sessionAffinity: 'None' };
const ENSURE_CASES: ConformanceCase[] = [
  accepted(`${ensure} "ensure CLB defaults"`, {}, fauxPorts),
  accepted(`${ensure} "ensure NLB defaults"`, NLB, fauxPorts),
  accepted(`${ensure} "ensure NLB with managed security group"`, NLB, fauxPorts),
];

// TestEnsureLoadBalancerHealthCheck: the classic ELB's health check (ensureLoadBalancerHealthCheck, ValidateHealthCheck).
const clbHc = `${AWS_TEST} TestEnsureLoadBalancerHealthCheck`;
const port8080 = { ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }] };
const CLB_HEALTH_CHECK_CASES: ConformanceCase[] = [
  accepted(`${clbHc} "falls back to HC defaults"`, {}, port8080),
  accepted(`${clbHc} "healthy threshold override"`, { [HC_HEALTHY]: '7' }, port8080, annotation(HC_HEALTHY)),
  accepted(`${clbHc} "unhealthy threshold override"`, { [HC_UNHEALTHY]: '7' }, port8080, annotation(HC_UNHEALTHY)),
  accepted(`${clbHc} "timeout override"`, { [HC_TIMEOUT]: '7' }, port8080, annotation(HC_TIMEOUT)),
  accepted(`${clbHc} "interval override"`, { [HC_INTERVAL]: '7' }, port8080, annotation(HC_INTERVAL)),
  accepted(`${clbHc} "healthcheck port override"`, { [HC_PORT]: '2122' }, port8080, annotation(HC_PORT)),
  accepted(`${clbHc} "healthcheck protocol override"`, { [HC_PROTOCOL]: 'HTTP' }, port8080, annotation(HC_PROTOCOL)),
  accepted(`${clbHc} "healthcheck protocol, port, path override"`, { [HC_PROTOCOL]: 'HTTPS', [HC_PATH]: '/healthz', [HC_PORT]: '31224' }, port8080),
  accepted(`${clbHc} "healthcheck protocol SSL"`, { [HC_PROTOCOL]: 'SSL', [HC_PATH]: '/healthz', [HC_PORT]: '3124' }, port8080, annotation(HC_PROTOCOL)),
  accepted(`${clbHc} "healthcheck port annotation traffic-port"`, { [HC_PROTOCOL]: 'TCP', [HC_PORT]: 'traffic-port' }, port8080, annotation(HC_PORT)),
  accepted(`${clbHc} "does not make an API call if the current health check is the same"`, { [HC_TIMEOUT]: '3' }, port8080, annotation(HC_TIMEOUT)),
  // ValidateHealthCheck: "Timeout must be at least 2".
  by('AWS-ELB-007', rejected(`${clbHc} "validates resulting expected health check before making an API call"`, { [HC_TIMEOUT]: '1' }, annotation(HC_TIMEOUT), port8080)),
  by('AWS-LB-016', rejected(`${clbHc} "handles invalid override values"`, { [HC_TIMEOUT]: '3.3' }, annotation(HC_TIMEOUT), port8080)),
];

// TestCloud_buildNLBHealthCheckConfiguration: the NLB's target-group health check.
const nlbHc = `${AWS_TEST} TestCloud_buildNLBHealthCheckConfiguration`;
const hcPort = { name: 'http', protocol: 'TCP', port: 8080, targetPort: 8880, nodePort: 32205 };
const cluster = { ports: [hcPort] };
const local = { ports: [hcPort], externalTrafficPolicy: 'Local', healthCheckNodePort: 32213 };
const NLB_HEALTH_CHECK_CASES: ConformanceCase[] = [
  accepted(`${nlbHc} "default cluster"`, NLB, cluster),
  accepted(`${nlbHc} "default local"`, NLB, local),
  accepted(`${nlbHc} "with TCP healthcheck"`, {
    ...NLB, [HC_PROTOCOL]: 'TCP', [HC_PORT]: '8001', [HC_PATH]: '/healthz', [HC_HEALTHY]: '4', [HC_UNHEALTHY]: '4', [HC_INTERVAL]: '10', [HC_TIMEOUT]: '5',
  }, local),
  accepted(`${nlbHc} "with HTTP healthcheck"`, {
    ...NLB, [HC_PROTOCOL]: 'HTTP', [HC_PORT]: '41233', [HC_PATH]: '/healthz', [HC_HEALTHY]: '5', [HC_UNHEALTHY]: '5', [HC_INTERVAL]: '30', [HC_TIMEOUT]: '6',
  }, cluster),
  // The protocol is upper-cased: "Http" is HTTP.
  accepted(`${nlbHc} "HTTP healthcheck default path"`, { ...NLB, [HC_PROTOCOL]: 'Http' }, cluster, annotation(HC_PROTOCOL)),
  accepted(`${nlbHc} "interval not 10 or 30"`, { ...NLB, [HC_INTERVAL]: '23' }, cluster, annotation(HC_INTERVAL)),
  by('AWS-LB-016', rejected(`${nlbHc} "invalid timeout"`, { ...NLB, [HC_TIMEOUT]: 'non-numeric' }, annotation(HC_TIMEOUT), cluster)),
  accepted(`${nlbHc} "mismatch healthy and unhealthy targets"`, { ...NLB, [HC_HEALTHY]: '7', [HC_UNHEALTHY]: '5' }, cluster),
];

// Test_parseStringSliceAnnotation: the list parser of aws-load-balancer-subnets (entries trimmed, empty ones dropped).
const slice = `${AWS_TEST} Test_parseStringSliceAnnotation`;
const SUBNET_CASES: ConformanceCase[] = [
  accepted(`${slice} "single value"`, { [SUBNETS]: '   value 1 ' }, {}, annotation(SUBNETS)),
  accepted(`${slice} "multiple values"`, { [SUBNETS]: `${SUBNET1}, ${SUBNET2}, My Subnet ` }, {}, annotation(SUBNETS)),
];

export const CASES: ConformanceCase[] = [
  ...TG_ATTRIBUTE_CASES, ...VALIDATE_CASES, ...LOAD_BALANCER_CASES, ...PROTOCOL_CASES, ...LISTENER_CASES, ...TAG_CASES,
  ...SECURITY_GROUP_CASES, ...ENSURE_CASES, ...CLB_HEALTH_CHECK_CASES, ...NLB_HEALTH_CHECK_CASES, ...SUBNET_CASES,
];
