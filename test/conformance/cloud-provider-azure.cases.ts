import { annotation, ConformanceCase, service } from './case';
import { ClusterProfile } from '../../src';

/**
 * Cases from kubernetes-sigs/cloud-provider-azure's own unit tests (master 7b31c76, 2026-08-19), each with the verdict
 * its test asserts: `rejected` where the code returns an error (the reconcile fails), `accepted` where it takes the
 * Service. A test's Service is completed into a whole one that is valid otherwise (an internal flag where a key only
 * works on an internal load balancer, a Private Link Service name, an IP configuration count that covers its static
 * addresses). Table cases that only assert a silent fallback (a value read as false, a malformed pair dropped, a key
 * ignored) are left out: the code neither fails nor does what the manifest asks, and the rules report those as errors
 * on purpose.
 */

const REPO = 'kubernetes-sigs/cloud-provider-azure';
const HELPERS = `${REPO} pkg/consts/helpers_test.go`;
const LB = `${REPO} pkg/provider/azure_loadbalancer_test.go`;
const PLS = `${REPO} pkg/provider/azure_privatelinkservice_test.go`;
const UTILS = `${REPO} pkg/provider/azure_utils_test.go`;
const PIP_REPO = `${REPO} pkg/provider/azure_publicip_repo_test.go`;
const CONFIGURATION = `${REPO} pkg/provider/loadbalancer/configuration_test.go`;
const ACCESS = `${REPO} pkg/provider/loadbalancer/accesscontrol_test.go`;

/** `service.beta.kubernetes.io/<name>`. */
const k = (name: string) => `service.beta.kubernetes.io/${name}`;
/** `service.beta.kubernetes.io/port_<port>_<setting>`. */
const p = (port: number, setting: string) => `service.beta.kubernetes.io/port_${port}_${setting}`;

const INTERNAL = k('azure-load-balancer-internal');
const HA = k('azure-load-balancer-enable-high-availability-ports');
const PROBE_PROTOCOL = k('azure-load-balancer-health-probe-protocol');
const PROBE_PATH = k('azure-load-balancer-health-probe-request-path');
const IDLE = k('azure-load-balancer-tcp-idle-timeout');
const PLS_CREATE = k('azure-pls-create');
const PLS_NAME = k('azure-pls-name');
const PLS_PROXY = k('azure-pls-proxy-protocol');
const IPV4 = k('azure-load-balancer-ipv4');
const IPV6 = k('azure-load-balancer-ipv6');
const PIP_NAME = k('azure-pip-name');
const PIP_NAME_V6 = k('azure-pip-name-ipv6');
const CONFIGURATIONS = k('azure-load-balancer-configurations');
const ALLOWED_IP_RANGES = k('azure-allowed-ip-ranges');
const ALLOWED_SERVICE_TAGS = k('azure-allowed-service-tags');
const DENY_ALL = k('azure-deny-all-except-load-balancer-source-ranges');
/** v1.AnnotationLoadBalancerSourceRangesKey, read by AllowedIPRanges with azure-allowed-ip-ranges. */
const LB_SOURCE_RANGES = k('load-balancer-source-ranges');

/** The cluster of a test of cloud-provider-azure master: AKS on the newest release line. */
const AKS = ClusterProfile.aks({ kubernetesVersion: '1.36' });

/** getTestServiceCommon's ports: `port-tcp-<port>` for each port, of one protocol. */
function ports(protocol: string, ...numbers: number[]): any[] {
  return numbers.map((port) => ({ name: `port-tcp-${port}`, protocol, port }));
}

const DUAL_STACK = { ipFamilies: ['IPv4', 'IPv6'], ipFamilyPolicy: 'RequireDualStack' };

/**
 * The Service of TestReconcileLoadBalancerRuleCommon: getTestServiceDualStack("test1", protocol, annotations, ports...),
 * with the case's probeProtocol as the first port's appProtocol and its probePath as port_<first>_health-probe_request-path.
 */
interface RuleServiceOptions {
  readonly protocol?: string;
  readonly ports?: number[];
  readonly appProtocol?: string;
  readonly probePath?: string;
  readonly spec?: any;
}

function ruleService(annotations: { [key: string]: string }, options: RuleServiceOptions = {}): any {
  const list = ports(options.protocol ?? 'TCP', ...(options.ports ?? [80]));
  if (options.appProtocol !== undefined) list[0] = { ...list[0], appProtocol: options.appProtocol };
  const all = { ...annotations };
  if (options.probePath !== undefined) all[p(list[0].port, 'health-probe_request-path')] = options.probePath;
  return service(all, { ports: list, ...DUAL_STACK, ...options.spec }, 'test1');
}

const RULES = `${LB} TestReconcileLoadBalancerRuleCommon`;

/** The Service a PLS test builds, completed with what a Private Link Service needs: an internal frontend and a name. */
function plsService(annotations: { [key: string]: string }): any {
  return service({ [INTERNAL]: 'true', [PLS_CREATE]: 'true', [PLS_NAME]: 'pls', ...annotations });
}

const LB_NAME = `${LB} TestGetAzureLoadBalancerName`;

export const CASES: ConformanceCase[] = [
  // pkg/consts/helpers_test.go: the boolean and integer helpers.
  { source: `${HELPERS} TestIsK8sServiceHasHAModeEnabled "ha mode is enabled"`, manifest: service({ [INTERNAL]: 'true', [HA]: 'true' }), expect: 'accepted' },
  { source: `${HELPERS} TestIsK8sServiceHasHAModeEnabled "ha mode is missing"`, manifest: service({ [INTERNAL]: 'true' }), expect: 'accepted' },
  { source: `${HELPERS} TestIsK8sServiceHasHAModeEnabled "ha annotation key is missing"`, manifest: service({ [INTERNAL]: 'true', [`${HA}1`]: 'true1' }), expect: 'accepted' },
  { source: `${HELPERS} TestIsK8sServiceUsingInternalLoadBalancer "internal flag is set"`, manifest: service({ [INTERNAL]: 'true' }), expect: 'accepted' },
  { source: `${HELPERS} TestIsK8sServiceUsingInternalLoadBalancer "internal flag is not set"`, manifest: service({}), profile: AKS, expect: 'accepted' },
  { source: `${HELPERS} TestIsK8sServiceDisableLoadBalancerNSGRule "disable LoadBalancer NSG rule flag is set"`, manifest: service({ [k('azure-disable-load-balancer-nsg-rule')]: 'true' }), profile: AKS, expect: 'accepted' },
  {
    source: `${HELPERS} Test_expectAttributeInSvcAnnotationBeEqualTo "assertion is successful"`,
    manifest: service({ [INTERNAL]: 'true', [HA]: 'true' }),
    expect: 'accepted',
  },
  {
    // strings.EqualFold: "True" enables HA ports, as "true" does.
    source: `${HELPERS} Test_expectAttributeInSvcAnnotationBeEqualTo "assertion is successful especially when value is not exactly equal"`,
    manifest: service({ [INTERNAL]: 'true', [HA]: 'True' }),
    expect: 'accepted',
    path: annotation(HA),
  },
  {
    // An empty value is false, as if the key were absent.
    source: `${HELPERS} Test_expectAttributeInSvcAnnotationBeEqualTo "assertion is unsuccessful when value is empty"`,
    manifest: service({ [INTERNAL]: 'true', [HA]: '' }),
    expect: 'accepted',
    path: annotation(HA),
  },
  {
    source: `${HELPERS} TestGetInt32HealthProbeConfigOfPortFromK8sSvcAnnotation "get numeric value from health probe related annotation"`,
    manifest: service({ [INTERNAL]: 'true', [p(80, 'health-probe_num-of-probe')]: '2' }),
    expect: 'accepted',
  },
  // extractInt32FromString is the parser of azure-load-balancer-tcp-idle-timeout (getExpectedLoadBalancingRulePropertiesForPort).
  { source: `${HELPERS} Test_extractInt32FromString "value is not a number"`, manifest: service({ [INTERNAL]: 'true', [IDLE]: 'cookies' }), expect: 'rejected', path: annotation(IDLE) },
  { source: `${HELPERS} Test_extractInt32FromString "value is a float number"`, manifest: service({ [INTERNAL]: 'true', [IDLE]: '0.1' }), expect: 'rejected', path: annotation(IDLE) },
  { source: `${HELPERS} Test_extractInt32FromString "value is a positive integer"`, manifest: service({ [INTERNAL]: 'true', [IDLE]: '24' }), expect: 'accepted' },

  // pkg/provider/azure_loadbalancer_test.go TestReconcileLoadBalancerRuleCommon: getExpectedLBRules on a Standard load balancer.
  {
    source: `${RULES} "getExpectedLBRules shall return error (slb with external mode and SCTP)"`,
    manifest: ruleService({}, { protocol: 'SCTP' }),
    profile: AKS,
    expect: 'rejected',
    path: 'spec.ports[0].protocol',
  },
  { source: `${RULES} "getExpectedLBRules shall return corresponding probe and lbRule(slb with tcp reset)"`, manifest: ruleService({}), profile: AKS, expect: 'accepted' },
  {
    source: `${RULES} "getExpectedLBRules shall respect the probe protocol and path configuration in the config file" (Http)`,
    manifest: ruleService({}, { appProtocol: 'Http', probePath: '/healthy' }),
    expect: 'accepted',
  },
  {
    source: `${RULES} "getExpectedLBRules shall respect the probe protocol and path configuration in the config file" (Https)`,
    manifest: ruleService({}, { appProtocol: 'Https', probePath: '/healthy1' }),
    expect: 'accepted',
  },
  {
    source: `${RULES} "getExpectedLBRules shall return corresponding probe and lbRule (slb with IPv6)"`,
    manifest: service({ [INTERNAL]: 'true' }, { ports: ports('TCP', 80), ipFamilies: ['IPv6'], ipFamilyPolicy: 'SingleStack' }, 'test1'),
    expect: 'accepted',
  },
  { source: `${RULES} "getExpectedLBRules shall return corresponding probe and lbRule (slb with HA enabled)"`, manifest: ruleService({ [HA]: 'true', [INTERNAL]: 'true' }), expect: 'accepted' },
  {
    source: `${RULES} "getExpectedLBRules shall return corresponding probe and lbRule (slb with HA mode and SCTP)"`,
    manifest: ruleService({ [HA]: 'true', [INTERNAL]: 'true' }, { protocol: 'SCTP' }),
    expect: 'accepted',
  },
  {
    source: `${RULES} "getExpectedLBRules shall return corresponding probe and lbRule (slb with HA enabled multi-ports services)"`,
    manifest: ruleService({ [HA]: 'true', [INTERNAL]: 'true' }, { ports: [80, 8080] }),
    expect: 'accepted',
  },
  { source: `${RULES} "getExpectedLBRules should leave probe path empty when using TCP probe"`, manifest: ruleService({}, { appProtocol: 'Tcp' }), profile: AKS, expect: 'accepted' },
  {
    source: `${RULES} "getExpectedLBRules should return correct rule when deprecated annotations are added" (https)`,
    manifest: ruleService({ [p(80, 'health-probe_request-path')]: '/healthy1', [PROBE_PROTOCOL]: 'https' }),
    expect: 'accepted',
  },
  {
    source: `${RULES} "getExpectedLBRules should return correct rule when deprecated annotations are added" (http)`,
    manifest: ruleService({ [p(80, 'health-probe_request-path')]: '/healthy1', [PROBE_PROTOCOL]: 'http' }),
    expect: 'accepted',
  },
  {
    source: `${RULES} "getExpectedLBRules should return correct rule when deprecated annotations are added" (appProtocol Https)`,
    manifest: ruleService({ [p(80, 'health-probe_request-path')]: '/healthy1' }, { appProtocol: 'Https' }),
    expect: 'accepted',
  },
  {
    source: `${RULES} "getExpectedLBRules should overwrite value defined in deprecated annotation when deprecated annotations and probe path are defined"`,
    manifest: ruleService({ [PROBE_PATH]: '/healthy1', [p(80, 'health-probe_request-path')]: '/healthy2' }, { appProtocol: 'Https' }),
    expect: 'accepted',
  },
  {
    source: `${RULES} "getExpectedLBRules should return error when probe interval * num > 120"`,
    manifest: ruleService({ [p(80, 'health-probe_interval')]: '10', [p(80, 'health-probe_num-of-probe')]: '20', [PROBE_PROTOCOL]: 'https' }, { appProtocol: 'Tcp' }),
    expect: 'rejected',
    path: annotation(p(80, 'health-probe_interval')),
    rule: 'AZ-LB-005',
  },
  {
    source: `${RULES} "getExpectedLBRules should return error when probe interval * num ==  120"`,
    manifest: ruleService({ [p(80, 'health-probe_interval')]: '10', [p(80, 'health-probe_num-of-probe')]: '20', [PROBE_PROTOCOL]: 'tcp' }, { appProtocol: 'Tcp' }),
    expect: 'rejected',
    path: annotation(p(80, 'health-probe_interval')),
    rule: 'AZ-LB-005',
  },
  {
    source: `${RULES} "getExpectedLBRules should return correct rule when health probe annotations are added"`,
    manifest: ruleService({ [p(80, 'health-probe_interval')]: '20', [p(80, 'health-probe_num-of-probe')]: '5' }, { appProtocol: 'Https', probePath: '/healthy1' }),
    expect: 'accepted',
  },
  {
    source: `${RULES} "getExpectedLBRules should return correct rule when health probe annotations are added,default path should be /"`,
    manifest: ruleService({ [p(80, 'health-probe_interval')]: '20', [p(80, 'health-probe_num-of-probe')]: '5' }, { appProtocol: 'Http' }),
    expect: 'accepted',
  },
  {
    source: `${RULES} "getExpectedLBRules should return correct rule when tcp health probe annotations are added"`,
    manifest: ruleService({ [p(80, 'health-probe_interval')]: '20', [p(80, 'health-probe_num-of-probe')]: '5' }, { appProtocol: 'Tcp' }),
    expect: 'accepted',
  },
  {
    source: `${RULES} "getExpectedLBRules should return error when invalid tcp health probe annotations are added" (num-of-probe 5a)`,
    manifest: ruleService({ [p(80, 'health-probe_interval')]: '20', [p(80, 'health-probe_num-of-probe')]: '5a' }, { appProtocol: 'Tcp' }),
    expect: 'rejected',
    path: annotation(p(80, 'health-probe_num-of-probe')),
  },
  {
    source: `${RULES} "getExpectedLBRules should return error when invalid tcp health probe annotations are added" (interval 1)`,
    manifest: ruleService({ [p(80, 'health-probe_interval')]: '1', [p(80, 'health-probe_num-of-probe')]: '5' }, { appProtocol: 'Tcp' }),
    expect: 'rejected',
    path: annotation(p(80, 'health-probe_interval')),
  },
  {
    source: `${RULES} "getExpectedLBRules should return error when invalid tcp health probe annotations are added" (num-of-probe 1)`,
    manifest: ruleService({ [p(80, 'health-probe_interval')]: '10', [p(80, 'health-probe_num-of-probe')]: '1' }, { appProtocol: 'Tcp' }),
    expect: 'rejected',
    path: annotation(p(80, 'health-probe_num-of-probe')),
  },
  {
    source: `${RULES} "getExpectedLBRules should return error when invalid tcp health probe annotations are added" (10 x 20)`,
    manifest: ruleService({ [p(80, 'health-probe_interval')]: '10', [p(80, 'health-probe_num-of-probe')]: '20' }, { appProtocol: 'Tcp' }),
    expect: 'rejected',
    rule: 'AZ-LB-005',
  },
  {
    source: `${RULES} "getExpectedLBRules should prioritize port specific probe protocol over defaults"`,
    manifest: ruleService({ [p(80, 'health-probe_protocol')]: 'HtTp' }),
    expect: 'accepted',
  },
  {
    source: `${RULES} "getExpectedLBRules should disable tcp reset when annotation is set"`,
    manifest: ruleService({ [k('azure-load-balancer-disable-tcp-reset')]: 'true' }),
    expect: 'accepted',
  },
  {
    source: `${RULES} "getExpectedLBRules should prioritize port specific probe protocol over appProtocol"`,
    manifest: ruleService({ [p(80, 'health-probe_protocol')]: 'HtTp' }, { appProtocol: 'Mongodb' }),
    expect: 'accepted',
  },
  {
    source: `${RULES} "getExpectedLBRules should prioritize port specific probe protocol over deprecated annotation"`,
    manifest: ruleService({ [p(80, 'health-probe_protocol')]: 'HtTpS', [PROBE_PROTOCOL]: 'TcP' }, { appProtocol: 'Https' }),
    expect: 'accepted',
  },
  {
    source: `${RULES} "getExpectedLBRules should support customize health probe port in multi-port service" (port name)`,
    manifest: ruleService({ [p(8000, 'health-probe_port')]: 'port-tcp-80' }, { ports: [80, 8000] }),
    expect: 'accepted',
  },
  {
    source: `${RULES} "getExpectedLBRules should support customize health probe port in multi-port service" (port number)`,
    manifest: ruleService({ [p(8000, 'health-probe_port')]: '80' }, { ports: [80, 8000] }),
    expect: 'accepted',
  },
  {
    source: `${RULES} "getExpectedLBRules should not generate probe rule when no health probe rule is specified."`,
    manifest: ruleService({ [p(8000, 'no_probe_rule')]: 'true' }, { ports: [80, 8000] }),
    expect: 'accepted',
  },
  {
    source: `${RULES} "getExpectedLBRules should not generate lb rule and health probe rule when no lb rule is specified."`,
    manifest: ruleService({ [p(8000, 'no_lb_rule')]: 'true' }, { ports: [80, 8000] }),
    expect: 'accepted',
  },
  {
    source: `${RULES} "getExpectedLBRules should support customize health probe port "`,
    manifest: ruleService({ [p(8000, 'health-probe_port')]: '5080' }, { ports: [80, 8000] }),
    expect: 'accepted',
  },
  {
    source: `${RULES} "getExpectedLBRules should expected rules when timeout are added"`,
    manifest: ruleService({ [p(80, 'health-probe_interval')]: '10', [p(80, 'health-probe_num-of-probe')]: '10', [IDLE]: '5' }, { appProtocol: 'Tcp' }),
    expect: 'accepted',
  },
  {
    // With a PLS and PROXY protocol, externalTrafficPolicy: Local keeps the per-port probes (PR #3931).
    source: `${RULES} "getExpectedLBRules should return expected rules when externalTrafficPolicy is local and service.beta.kubernetes.io/azure-pls-proxy-protocol is enabled"`,
    manifest: ruleService({
      [INTERNAL]: 'true',
      [PLS_CREATE]: 'true',
      [PLS_NAME]: 'pls',
      [PLS_PROXY]: 'true',
      [PROBE_PROTOCOL]: 'tcp',
      [PROBE_PATH]: '/broken/global/path',
      [p(80, 'health-probe_interval')]: '7',
      [p(80, 'health-probe_protocol')]: 'https',
      [p(80, 'health-probe_request-path')]: '/broken/local/path',
      [p(80, 'health-probe_num-of-probe')]: '15',
    }, { appProtocol: 'https', spec: { externalTrafficPolicy: 'Local', healthCheckNodePort: 34567 } }),
    expect: 'accepted',
  },
  {
    source: `${RULES} "getExpectedLBRules should return expected rules when externalTrafficPolicy is local and service.beta.kubernetes.io/azure-pls-proxy-protocol is enabled" (probe port 421)`,
    manifest: ruleService({
      [INTERNAL]: 'true',
      [PLS_CREATE]: 'true',
      [PLS_NAME]: 'pls',
      [PLS_PROXY]: 'true',
      [PROBE_PROTOCOL]: 'tcp',
      [PROBE_PATH]: '/broken/global/path',
      [p(80, 'health-probe_interval')]: '7',
      [p(80, 'health-probe_protocol')]: 'https',
      [p(80, 'health-probe_request-path')]: '/broken/local/path',
      [p(80, 'health-probe_num-of-probe')]: '15',
      [p(80, 'health-probe_port')]: '421',
    }, { appProtocol: 'https', spec: { externalTrafficPolicy: 'Local', healthCheckNodePort: 34567 } }),
    expect: 'accepted',
  },

  // TestGetIPTagMap: azure-pip-ip-tags, split on "," after trimming the whole value; each key and value trimmed.
  { source: `${LB} TestGetIPTagMap "empty map should be returned when service has blank annotations"`, manifest: service({ [k('azure-pip-ip-tags')]: '' }), expect: 'accepted' },
  {
    source: `${LB} TestGetIPTagMap "a single tag should be returned when service has set one tag pair in the annotation"`,
    manifest: service({ [k('azure-pip-ip-tags')]: 'tag1=tagvalue1' }),
    expect: 'accepted',
  },
  {
    source: `${LB} TestGetIPTagMap "a single tag should be returned when service has set one tag pair in the annotation (and spaces are trimmed)"`,
    manifest: service({ [k('azure-pip-ip-tags')]: ' tag1 = tagvalue1 ' }),
    expect: 'accepted',
    path: annotation(k('azure-pip-ip-tags')),
  },
  {
    source: `${LB} TestGetIPTagMap "two tags should be returned when service has set two tag pairs in the annotation"`,
    manifest: service({ [k('azure-pip-ip-tags')]: 'tag1=tagvalue1,tag2=tagvalue2' }),
    expect: 'accepted',
  },
  {
    source: `${LB} TestGetIPTagMap "two tags should be returned when service has set two tag pairs (and one has a blank value) in the annotation"`,
    manifest: service({ [k('azure-pip-ip-tags')]: 'tag1=tagvalue1,tag2=' }),
    expect: 'accepted',
  },
  {
    // getIPTagMap keeps a pair with a blank key (the test asserts the tag "" is returned); parseTags drops it.
    source: `${LB} TestGetIPTagMap "two tags should be returned when service has set two tag pairs (and one has a blank key) in the annotation"`,
    manifest: service({ [k('azure-pip-ip-tags')]: 'tag1=tagvalue1,=tag2value' }),
    expect: 'accepted',
    path: annotation(k('azure-pip-ip-tags')),
  },
  {
    // getPublicIPAddressResourceGroup: an empty value falls back to the cluster's resource group.
    source: `${LB} TestGetPublicIPAddressResourceGroup "annotation with empty string resource group"`,
    manifest: service({ [k('azure-load-balancer-resource-group')]: '' }),
    expect: 'accepted',
  },
  {
    source: `${LB} TestGetPublicIPAddressResourceGroup "annotation with non-empty resource group "`,
    manifest: service({ [k('azure-load-balancer-resource-group')]: 'rg2' }),
    expect: 'accepted',
  },

  // TestGetAzureLoadBalancerName: multiple standard load balancers lb1 and lb2 (the conflict check is in v1.33.12+, v1.34.9+, v1.35.4+, v1.36.0+).
  { source: `${LB_NAME} "multi-slb external: IP annotation returns lb2 where IP resides"`, manifest: service({ [IPV4]: '1.2.3.4' }, {}, 'test'), profile: AKS, expect: 'accepted' },
  { source: `${LB_NAME} "multi-slb external: PIP name annotation returns lb2 where IP resides"`, manifest: service({ [PIP_NAME]: 'pip1' }, {}, 'test'), profile: AKS, expect: 'accepted' },
  { source: `${LB_NAME} "multi-slb external: LB annotation lb2 returns lb2"`, manifest: service({ [CONFIGURATIONS]: 'lb2' }, {}, 'test'), profile: AKS, expect: 'accepted' },
  {
    source: `${LB_NAME} "multi-slb external: non-public LoadBalancer IP returns validation error"`,
    manifest: service({ [IPV4]: '10.0.0.5' }, {}, 'test'),
    profile: AKS,
    expect: 'rejected',
    path: annotation(IPV4),
  },
  {
    source: `${LB_NAME} "multi-slb external: IP annotation and LB annotation conflicts"`,
    manifest: service({ [IPV4]: '1.2.3.4', [CONFIGURATIONS]: 'lb1' }, {}, 'test'),
    profile: AKS,
    expect: 'rejected',
    path: annotation(CONFIGURATIONS),
  },
  {
    source: `${LB_NAME} "multi-slb external: PIP name annotation and LB annotation conflicts"`,
    manifest: service({ [PIP_NAME]: 'pip1', [CONFIGURATIONS]: 'lb1' }, {}, 'test'),
    profile: AKS,
    expect: 'rejected',
    path: annotation(CONFIGURATIONS),
  },
  {
    source: `${LB_NAME} "multi-slb external: spec.loadBalancerIP and LB annotation conflicts"`,
    manifest: service({ [CONFIGURATIONS]: 'lb1' }, { loadBalancerIP: '1.2.3.4' }, 'test'),
    profile: AKS,
    expect: 'rejected',
    path: annotation(CONFIGURATIONS),
  },
  {
    source: `${LB_NAME} "multi-slb internal: IP annotation returns lb2-internal where IP resides"`,
    manifest: service({ [INTERNAL]: 'true', [IPV4]: '10.0.0.5' }, {}, 'test'),
    profile: AKS,
    expect: 'accepted',
  },
  {
    source: `${LB_NAME} "multi-slb internal: LB annotation lb2 returns lb2-internal"`,
    manifest: service({ [INTERNAL]: 'true', [CONFIGURATIONS]: 'lb2' }, {}, 'test'),
    profile: AKS,
    expect: 'accepted',
  },
  {
    source: `${LB_NAME} "multi-slb internal: new IP not on LB returns fewest rules lb2-internal"`,
    manifest: service({ [INTERNAL]: 'true', [IPV4]: '10.0.0.99' }, {}, 'test'),
    profile: AKS,
    expect: 'accepted',
  },
  {
    source: `${LB_NAME} "multi-slb internal: IP annotation and LB annotation conflicts"`,
    manifest: service({ [INTERNAL]: 'true', [IPV4]: '10.0.0.5', [CONFIGURATIONS]: 'lb1' }, {}, 'test'),
    profile: AKS,
    expect: 'rejected',
    path: annotation(CONFIGURATIONS),
  },
  {
    source: `${LB_NAME} "multi-slb internal: spec.loadBalancerIP and LB annotation conflicts"`,
    manifest: service({ [INTERNAL]: 'true', [CONFIGURATIONS]: 'lb1' }, { loadBalancerIP: '10.0.0.5' }, 'test'),
    profile: AKS,
    expect: 'rejected',
    path: annotation(CONFIGURATIONS),
  },

  // pkg/provider/azure_publicip_repo_test.go: validatePublicIPCandidate on an external Service's address (v1.33.14+, v1.34.11+, v1.35.6+, v1.36.2+).
  ...([
    ['invalid load balancer IP', IPV4, 'not-an-ip'],
    ['non-public load balancer IP', IPV4, '10.0.0.5'],
    ['RFC1918 172.16/12 load balancer IP', IPV4, '172.16.0.5'],
    ['RFC1918 192.168/16 load balancer IP', IPV4, '192.168.0.5'],
    ['IPv6 unique local address load balancer IP', IPV6, 'fd00::5'],
    ['Azure shared address space load balancer IP', IPV4, '100.100.0.202'],
    ['Azure internal DNS load balancer IP', IPV4, '168.63.129.16'],
    ['IPv4-mapped RFC1918 load balancer IP', IPV6, '::ffff:a00:5'],
    ['IPv4-mapped Azure shared address space load balancer IP', IPV6, '::ffff:100.100.0.202'],
    ['IPv4-mapped Azure internal DNS load balancer IP', IPV6, '::ffff:168.63.129.16'],
  ] as const).map(([name, key, ip]): ConformanceCase => ({
    source: `${PIP_REPO} TestFindMatchedPIPSkipsListForInvalidOrNonPublicLoadBalancerIP "${name}"`,
    manifest: service({ [key]: ip }, key === IPV6 ? { ipFamilies: ['IPv6'], ipFamilyPolicy: 'SingleStack' } : {}),
    profile: AKS,
    expect: 'rejected',
    path: annotation(key),
  })),

  // pkg/provider/azure_utils_test.go
  ...([
    ['parseTags should return a map of tags', 'a=b, c=d'],
    ['parseTags should work when `tags` and `tagsMap` are all empty', ''],
    ['parseTags override should ignore the case of keys and values', 'A=e, C=f'],
    ["parseTags should keep the blank character after or before string 'Null', eg. 'Null '", 'a=b, c=Null , d= null'],
    ["parseTags should trim the blank character of values from tags other than 'Null'", 'a=b, c= d , d= e'],
  ] as const).map(([name, tags]): ConformanceCase => ({
    // parseTags(azure-pip-tags, {}) is how reconcilePublicIPs reads the public IP tags.
    source: `${UTILS} TestParseTags "${name}"`,
    manifest: service({ [k('azure-pip-tags')]: tags }),
    expect: 'accepted',
  })),
  {
    source: `${UTILS} TestGetServicePIPName "From ServiceAnnotationPIPName IPv4 single stack"`,
    manifest: service({ [PIP_NAME]: 'pip-name' }, { ipFamilies: ['IPv4'] }),
    expect: 'accepted',
  },
  {
    source: `${UTILS} TestGetServicePIPName "From ServiceAnnotationPIPName IPv6 single stack"`,
    manifest: service({ [PIP_NAME_V6]: 'pip-name-ipv6' }, { ipFamilies: ['IPv6'], ipFamilyPolicy: 'SingleStack' }),
    expect: 'accepted',
  },
  {
    source: `${UTILS} TestGetServicePIPName "From ServiceAnnotationPIPName IPv4"`,
    manifest: service({ [PIP_NAME]: 'pip-name', [PIP_NAME_V6]: 'pip-name-ipv6' }, DUAL_STACK),
    expect: 'accepted',
  },
  {
    // A single-stack IPv6 Service falls back to the base key.
    source: `${UTILS} TestGetServicePIPName "From ServiceAnnotationPIPName IPv6 single stack fallback"`,
    manifest: service({ [PIP_NAME]: 'pip-name-ipv6' }, { ipFamilies: ['IPv6'], ipFamilyPolicy: 'SingleStack' }),
    expect: 'accepted',
  },

  // pkg/provider/azure_privatelinkservice_test.go
  {
    source: `${PLS} TestServiceRequiresPLS "Service with false pls creation annotation should return false"`,
    manifest: service({ [INTERNAL]: 'true', [PLS_CREATE]: 'False' }),
    expect: 'accepted',
    path: annotation(PLS_CREATE),
  },
  {
    // serviceRequiresPLS and IsPLSEnabled both compare with strings.EqualFold: "True" creates the Private Link Service.
    source: `${PLS} TestServiceRequiresPLS "Service with true pls creation annotation should return true"`,
    manifest: plsService({ [PLS_CREATE]: 'True' }),
    expect: 'accepted',
    path: annotation(PLS_CREATE),
  },
  {
    source: `${PLS} TestReconcilePLSEnableProxyProtocol "false service enableProxyProto and empty pls enableProxyProto should not trigger any change"`,
    manifest: plsService({ [PLS_PROXY]: 'False' }),
    expect: 'accepted',
    path: annotation(PLS_PROXY),
  },
  {
    source: `${PLS} TestReconcilePLSEnableProxyProtocol "true service enableProxyProto and empty pls enableProxyProto should trigger update"`,
    manifest: plsService({ [PLS_PROXY]: 'True' }),
    expect: 'accepted',
    path: annotation(PLS_PROXY),
  },
  {
    source: `${PLS} TestGetPLSResourceGroup "getPLSResourceGroup should return resource group from annotation"`,
    manifest: plsService({ [k('azure-pls-resource-group')]: 'testRG' }),
    expect: 'accepted',
  },
  {
    source: `${PLS} TestGetPLSSubnetName "Service with private link subnet specified should return it"`,
    manifest: plsService({ [k('azure-pls-ip-configuration-subnet')]: 'pls-subnet' }),
    expect: 'accepted',
  },
  {
    // getPLSSubnetName: an empty PLS subnet falls back to the internal load balancer's subnet.
    source: `${PLS} TestGetPLSSubnetName "Service with empty private link subnet specified but LB subnet specified should return LB subnet"`,
    manifest: plsService({ [k('azure-pls-ip-configuration-subnet')]: '', [k('azure-load-balancer-internal-subnet')]: 'lb-subnet' }),
    expect: 'accepted',
    path: annotation(k('azure-pls-ip-configuration-subnet')),
  },
  {
    source: `${PLS} TestGetPLSSubnetName "Service with LB subnet specified should return it"`,
    manifest: plsService({ [k('azure-load-balancer-internal-subnet')]: 'lb-subnet' }),
    expect: 'accepted',
  },
  {
    // Both empty: the PLS and the frontend go on the subnet of the cloud configuration.
    source: `${PLS} TestGetPLSSubnetName "Service with both empty subnets specified should return nil"`,
    manifest: plsService({ [k('azure-pls-ip-configuration-subnet')]: '', [k('azure-load-balancer-internal-subnet')]: '' }),
    expect: 'accepted',
  },
  {
    source: `${PLS} TestGetPLSIPConfigCount "Service with valid ip count specified should return it"`,
    manifest: plsService({ [k('azure-pls-ip-configuration-ip-address-count')]: '6' }),
    expect: 'accepted',
  },
  {
    source: `${PLS} TestGetPLSIPConfigCount "Service with < 1 ip count specified should return error"`,
    manifest: plsService({ [k('azure-pls-ip-configuration-ip-address-count')]: '0' }),
    expect: 'rejected',
    path: annotation(k('azure-pls-ip-configuration-ip-address-count')),
  },
  {
    source: `${PLS} TestGetPLSIPConfigCount "Service with > 8 ip count specified should return error"`,
    manifest: plsService({ [k('azure-pls-ip-configuration-ip-address-count')]: '9' }),
    expect: 'rejected',
    path: annotation(k('azure-pls-ip-configuration-ip-address-count')),
  },
  {
    source: `${PLS} TestGetPLSIPConfigCount "Redundant spaces should be removed"`,
    manifest: plsService({ [k('azure-pls-ip-configuration-ip-address-count')]: '   4   ' }),
    expect: 'accepted',
  },
  {
    source: `${PLS} TestGetPLSIPConfigCount "Service with not valid digit string specified should return error"`,
    manifest: plsService({ [k('azure-pls-ip-configuration-ip-address-count')]: 'test2' }),
    expect: 'rejected',
    path: annotation(k('azure-pls-ip-configuration-ip-address-count')),
  },
  {
    source: `${PLS} TestGetPLSFqdns "Service with just 1 fqdns should include it in result"`,
    manifest: plsService({ [k('azure-pls-fqdns')]: 'test-fqdns' }),
    expect: 'accepted',
  },
  {
    source: `${PLS} TestGetPLSFqdns "Service with multiple fqdns should include them in result"`,
    manifest: plsService({ [k('azure-pls-fqdns')]: 'test-fqdns1 test-fqdns2 test-fqdns3' }),
    expect: 'accepted',
  },
  {
    source: `${PLS} TestGetPLSFqdns "Redundant spaces should be removed"`,
    manifest: plsService({ [k('azure-pls-fqdns')]: '    test-fqdns1     test-fqdns2    test-fqdns3   ' }),
    expect: 'accepted',
  },
  {
    source: `${PLS} TestGetPLSVisibility "Visibility with * should include it in result, and set allow-all as true"`,
    manifest: plsService({ [k('azure-pls-visibility')]: '*' }),
    expect: 'accepted',
  },
  {
    source: `${PLS} TestGetPLSStaticIPs "Service with just 1 static ip should include it in map and set as primary ip"`,
    manifest: plsService({ [k('azure-pls-ip-configuration-ip-address')]: '10.2.0.4' }),
    expect: 'accepted',
  },
  {
    source: `${PLS} TestGetPLSStaticIPs "Service with multiple static ips should include them in map and set the first one as primary ip"`,
    manifest: plsService({ [k('azure-pls-ip-configuration-ip-address')]: '10.2.0.4 10.2.0.5 10.2.0.6', [k('azure-pls-ip-configuration-ip-address-count')]: '3' }),
    expect: 'accepted',
  },
  {
    source: `${PLS} TestGetPLSStaticIPs "Service with invalid ip should return error"`,
    manifest: plsService({ [k('azure-pls-ip-configuration-ip-address')]: '10.2.0.4 300.1.2.9 10.2.0.6', [k('azure-pls-ip-configuration-ip-address-count')]: '3' }),
    expect: 'rejected',
    path: annotation(k('azure-pls-ip-configuration-ip-address')),
  },
  {
    source: `${PLS} TestGetPLSStaticIPs "Service with ipv6 address should return error"`,
    manifest: plsService({ [k('azure-pls-ip-configuration-ip-address')]: 'fc00:f853:ccd:e793::1' }),
    expect: 'rejected',
    path: annotation(k('azure-pls-ip-configuration-ip-address')),
  },
  {
    source: `${PLS} TestGetPLSStaticIPs "All redundant spaces should be removed"`,
    manifest: plsService({ [k('azure-pls-ip-configuration-ip-address')]: '   10.2.0.4    10.2.0.5     10.2.0.6 ', [k('azure-pls-ip-configuration-ip-address-count')]: '3' }),
    expect: 'accepted',
  },

  // pkg/provider/loadbalancer/configuration_test.go
  { source: `${CONFIGURATION} TestAllowedServiceTags "with 1 service tag"`, manifest: service({ [ALLOWED_SERVICE_TAGS]: 'Microsoft.ContainerInstance/containerGroups' }), expect: 'accepted' },
  {
    // The whole value and each tag are trimmed.
    source: `${CONFIGURATION} TestAllowedServiceTags "with multiple service tags"`,
    manifest: service({ [ALLOWED_SERVICE_TAGS]: ' Microsoft.ContainerInstance/containerGroups, foo, bar ' }),
    expect: 'accepted',
  },
  { source: `${CONFIGURATION} TestAllowedIPRanges "with 1 IPv4 range in allowed ip ranges"`, manifest: service({ [ALLOWED_IP_RANGES]: '10.10.0.0/24' }), expect: 'accepted' },
  { source: `${CONFIGURATION} TestAllowedIPRanges "with 1 IPv4 range in load balancer source ranges"`, manifest: service({ [LB_SOURCE_RANGES]: '10.10.0.0/24' }), profile: AKS, expect: 'accepted' },
  { source: `${CONFIGURATION} TestAllowedIPRanges "with 1 IPv6 range in allowed ip ranges"`, manifest: service({ [ALLOWED_IP_RANGES]: '2001:db8::/32' }), expect: 'accepted' },
  { source: `${CONFIGURATION} TestAllowedIPRanges "with 1 IPv6 range in load balancer source ranges"`, manifest: service({ [LB_SOURCE_RANGES]: '2001:db8::/32' }), profile: AKS, expect: 'accepted' },
  {
    source: `${CONFIGURATION} TestAllowedIPRanges "with multiple IP ranges"`,
    manifest: service({ [ALLOWED_IP_RANGES]: ' 10.10.0.0/24, 2001:db8::/32 ', [LB_SOURCE_RANGES]: ' 10.20.0.0/24, 2002:db8::/32 ' }),
    expect: 'accepted',
  },
  {
    source: `${CONFIGURATION} TestAllowedIPRanges "with invalid IP range"`,
    manifest: service({ [ALLOWED_IP_RANGES]: 'foobar,10.0.0.1/24', [LB_SOURCE_RANGES]: 'barfoo,2002:db8::1/32' }),
    expect: 'rejected',
    path: annotation(ALLOWED_IP_RANGES),
  },
  {
    source: `${CONFIGURATION} TestSourceRanges "specified in spec"`,
    manifest: service({}, { loadBalancerSourceRanges: ['10.10.0.0/24', '2001:db8::/32'] }),
    profile: AKS,
    expect: 'accepted',
  },
  {
    // SourceRanges refuses the host bits of 10.0.0.1/24 ("should be properly masked"), which the API server lets through.
    source: `${CONFIGURATION} TestSourceRanges "with invalid IP range in spec"`,
    manifest: service({}, { loadBalancerSourceRanges: ['foobar', '10.0.0.1/24'] }),
    profile: AKS,
    expect: 'rejected',
    path: 'spec.loadBalancerSourceRanges[1]',
  },
  { source: `${CONFIGURATION} TestAdditionalPublicIPs "with 1 IPv4"`, manifest: service({ [k('azure-additional-public-ips')]: '10.10.0.1' }), expect: 'accepted' },
  { source: `${CONFIGURATION} TestAdditionalPublicIPs "with 1 IPv6"`, manifest: service({ [k('azure-additional-public-ips')]: '2001:db8::1' }), expect: 'accepted' },
  { source: `${CONFIGURATION} TestAdditionalPublicIPs "with multiple IPs"`, manifest: service({ [k('azure-additional-public-ips')]: '10.10.0.1,2001:db8::1' }), expect: 'accepted' },
  {
    source: `${CONFIGURATION} TestAdditionalPublicIPs "with invalid IP"`,
    manifest: service({ [k('azure-additional-public-ips')]: 'foobar' }),
    expect: 'rejected',
    path: annotation(k('azure-additional-public-ips')),
  },

  // pkg/provider/loadbalancer/accesscontrol_test.go: NewAccessControl and the rules it derives.
  { source: `${ACCESS} TestAccessControl_IsAllowFromInternet "public LB with no access control configuration"`, manifest: service({}), profile: AKS, expect: 'accepted' },
  { source: `${ACCESS} TestAccessControl_IsAllowFromInternet "internal LB with no access control configuration"`, manifest: service({ [INTERNAL]: 'true' }), expect: 'accepted' },
  {
    source: `${ACCESS} TestAccessControl_IsAllowFromInternet "public LB with spec.LoadBalancerSourceRanges specified but not allow all"`,
    manifest: service({}, { loadBalancerSourceRanges: ['10.10.10.0/24'] }),
    profile: AKS,
    expect: 'accepted',
  },
  {
    source: `${ACCESS} TestAccessControl_IsAllowFromInternet "public LB with spec.LoadBalancerSourceRanges specified and allow all"`,
    manifest: service({}, { loadBalancerSourceRanges: ['0.0.0.0/0'] }),
    profile: AKS,
    expect: 'accepted',
  },
  {
    source: `${ACCESS} TestAccessControl_IsAllowFromInternet "public LB with annotation allowedIPRanges specified but not allow all"`,
    manifest: service({ [ALLOWED_IP_RANGES]: '10.10.10.0/24' }),
    expect: 'accepted',
  },
  {
    source: `${ACCESS} TestAccessControl_IsAllowFromInternet "public LB with annotation allowedIPRanges specified and allow all"`,
    manifest: service({ [ALLOWED_IP_RANGES]: '0.0.0.0/0' }),
    expect: 'accepted',
  },
  {
    source: `${ACCESS} TestAccessControl_IsAllowFromInternet "public LB with annotation allowedIPRanges and allowedServiceTags specified and allow all"`,
    manifest: service({ [ALLOWED_IP_RANGES]: '0.0.0.0/0', [ALLOWED_SERVICE_TAGS]: 'AzureCloud' }),
    expect: 'accepted',
  },
  {
    source: `${ACCESS} TestAccessControl_IsAllowFromInternet "internal LB with annotation allowedIPRanges specified"`,
    manifest: service({ [ALLOWED_IP_RANGES]: '0.0.0.0/0', [INTERNAL]: 'true' }),
    expect: 'accepted',
  },
  {
    source: `${ACCESS} TestAccessControl_IsAllowFromInternet "internal LB with spec.LoadBalancerSourceRanges specified"`,
    manifest: service({ [INTERNAL]: 'true' }, { loadBalancerSourceRanges: ['0.0.0.0/0'] }),
    expect: 'accepted',
  },
  {
    source: `${ACCESS} TestNewAccessControl "it should return error if using spec.LoadBalancerSourceRanges and azure-allowed-ip-ranges"`,
    manifest: service({ [ALLOWED_IP_RANGES]: '10.0.0.1/32' }, { loadBalancerSourceRanges: ['20.0.0.1/32'] }),
    expect: 'rejected',
    path: annotation(ALLOWED_IP_RANGES),
    rule: 'AZ-LB-024',
  },
  {
    // Only a ConflictConfiguration event: the reconcile goes on.
    source: `${ACCESS} TestNewAccessControl "it should emit warning event if using spec.LoadBalancerSourceRanges and azure-allowed-service-tags"`,
    manifest: service({ [ALLOWED_SERVICE_TAGS]: 'AKS' }, { loadBalancerSourceRanges: ['20.0.0.1/32'] }),
    expect: 'accepted',
  },
  {
    source: `${ACCESS} TestAccessControl_DenyAllExceptSourceRanges "with annotation and spec.loadBalancerSourceRanges specified"`,
    manifest: service({ [DENY_ALL]: 'true' }, { loadBalancerSourceRanges: ['10.0.0.1/32'] }),
    expect: 'accepted',
  },
  {
    source: `${ACCESS} TestAccessControl_DenyAllExceptSourceRanges "with annotation and allowedIPRanges specified"`,
    manifest: service({ [DENY_ALL]: 'true', [ALLOWED_IP_RANGES]: '10.0.0.1/32' }),
    expect: 'accepted',
  },
  ...([
    ['spec.LoadBalancerSourceRanges = 1 IPv4', ['10.10.0.0/16']],
    ['spec.LoadBalancerSourceRanges = N IPv4', ['10.10.0.0/16', '10.11.0.0/16', '10.0.0.1/32']],
    ['spec.LoadBalancerSourceRanges = 1 IPv6', ['2001:db8:85a3::/64']],
    ['spec.LoadBalancerSourceRanges = N IPv6', ['2001:db8:85a3::/64', 'fd12:3456:789a::/48', 'fe80:1234::/32']],
    ['spec.LoadBalancerSourceRanges = N IPv4 and N IPv6', ['10.10.0.0/16', '2001:db8:85a3::/64', 'fd12:3456:789a::/48', '10.11.0.0/16', '10.0.0.1/32', 'fe80:1234:abcd::1c2d:3e4f/128']],
  ] as const).map(([name, ranges]): ConformanceCase => ({
    source: `${ACCESS} TestAccessControl_AllowedRanges "${name}"`,
    manifest: service({}, { loadBalancerSourceRanges: [...ranges] }),
    profile: AKS,
    expect: 'accepted',
  })),
];
