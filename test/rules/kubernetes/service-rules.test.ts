import { ClusterProfile, IpFamily, Rules } from '../../../src';
import { KUBERNETES_RULES, RETIRED_RULE_IDS } from '../../../src/rules/kubernetes';
import { lbService } from '../../helpers';
import { describeRuleCases, RuleCases } from '../cases';

const twoPorts = (a: any, b: any) => lbService({ spec: { ports: [a, b] } });
const k8s = (version: string) => ClusterProfile.custom({ kubernetesVersion: version });
const kubeletPort = lbService({ spec: { ports: [{ port: 10250 }] } });
const traffic = (value: any) => lbService({ spec: { trafficDistribution: value } });
const nodePortAt = (value: number) => lbService({ spec: { ports: [{ port: 80, nodePort: value }] } });
const nodePorts = (range: string) => ClusterProfile.custom({ name: 'wide-ports', nodePortRange: range });
const families = (...ipFamilies: IpFamily[]) => ClusterProfile.custom({ name: ipFamilies.length === 2 ? 'dual-stack' : `${ipFamilies[0]}-only`, ipFamilies });
const ipSpec = (spec: any) => lbService({ spec });
const SOURCE_RANGES = 'service.beta.kubernetes.io/load-balancer-source-ranges';
const sourceRanges = (value: string, spec: any = {}) => lbService({ metadata: { annotations: { [SOURCE_RANGES]: value } }, spec });
const topology = (annotations: any) => lbService({ metadata: { annotations } });
const healthCheck = (value: number, spec: any = {}) => lbService({ spec: { externalTrafficPolicy: 'Local', healthCheckNodePort: value, ...spec } });

const CASES: RuleCases = {
  'K8S-SVC-001': {
    compliant: [
      { title: 'a DNS-1035 name', manifest: lbService({ metadata: { name: 'web-1' } }) },
      { title: 'generateName instead of name', manifest: { ...lbService(), metadata: { generateName: 'web-' } } },
      { title: 'a name and a generateName prefix', manifest: lbService({ metadata: { name: 'web', generateName: 'web-' } }) },
    ],
    noncompliant: [
      { title: 'an upper-case name', manifest: lbService({ metadata: { name: 'Web' } }), path: 'metadata.name', anywhere: ['"Web"', 'DNS-1035'] },
      { title: 'starts with a digit', manifest: lbService({ metadata: { name: '1web' } }), path: 'metadata.name', anywhere: ['"1web"'] },
      { title: '64 characters', manifest: lbService({ metadata: { name: 'a'.repeat(64) } }), path: 'metadata.name', anywhere: ['63'] },
      { title: 'no name', manifest: { ...lbService(), metadata: {} }, path: 'metadata.name', anywhere: ['no name'] },
      { title: 'a number as the name', manifest: lbService({ metadata: { name: 42 } }), path: 'metadata.name', anywhere: ['42'] },
      { title: 'a generateName starting with "-", next to a name', manifest: lbService({ metadata: { name: 'web', generateName: '-123' } }), path: 'metadata.generateName', anywhere: ['"-123"', 'name prefix', 'DNS-1035'] },
      { title: 'a 64-character generateName', manifest: { ...lbService(), metadata: { generateName: 'a'.repeat(64) } }, path: 'metadata.generateName', anywhere: ['63'] },
    ],
  },
  'K8S-SVC-002': {
    compliant: [{ title: 'a DNS-label namespace', manifest: lbService({ metadata: { namespace: 'team-a' } }) }],
    noncompliant: [{ title: 'a namespace with a dot', manifest: lbService({ metadata: { namespace: 'team.a' } }), path: 'metadata.namespace', anywhere: ['"team.a"'] }],
  },
  'K8S-SVC-003': {
    compliant: [
      { title: 'prefixed and plain keys', manifest: lbService({ metadata: { annotations: { 'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internal', 'plain': 'x' } } }) },
      // ValidateAnnotations checks the key lower-cased.
      { title: 'a key with an upper-case prefix (checked lower-cased)', manifest: lbService({ metadata: { annotations: { 'Example.com/x': 'y' } } }) },
    ],
    noncompliant: [
      { title: 'a key with two slashes', manifest: lbService({ metadata: { annotations: { 'a/b/c': 'x' } } }), path: 'metadata.annotations[a/b/c]', anywhere: ['"a/b/c"'] },
      { title: 'a key with a space in the name part', manifest: lbService({ metadata: { annotations: { 'service.beta.kubernetes.io/ azure': 'x' } } }), path: 'metadata.annotations[service.beta.kubernetes.io/ azure]', anywhere: ['"service.beta.kubernetes.io/ azure"', 'name part'] },
      { title: 'an upper-case key with an underscore in the prefix', manifest: lbService({ metadata: { annotations: { 'My_Corp.com/x': 'y' } } }), path: 'metadata.annotations[My_Corp.com/x]', anywhere: ['"My_Corp.com/x"', 'prefix'] },
    ],
  },
  'K8S-SVC-004': {
    compliant: [{ title: 'quoted values', manifest: lbService({ metadata: { annotations: { a: 'true', b: '42' } } }) }],
    noncompliant: [
      { title: 'a YAML boolean', manifest: lbService({ metadata: { annotations: { a: true } } }), path: 'metadata.annotations[a]', anywhere: ['true', 'Quote it: "true"'] },
      { title: 'a number value', manifest: lbService({ metadata: { annotations: { b: 4 } } }), path: 'metadata.annotations[b]', anywhere: ['"4"'] },
      { title: 'a list as the annotation map', manifest: lbService({ metadata: { annotations: ['a'] } }), path: 'metadata.annotations', anywhere: ['["a"]'] },
    ],
  },
  'K8S-SVC-005': {
    compliant: [
      { title: '100 KiB', manifest: lbService({ metadata: { annotations: { big: 'x'.repeat(100 * 1024) } } }) },
      // 100,000 characters but 200,000 bytes (é is two bytes in UTF-8): under the limit, though three bytes a character would not be.
      { title: '200,000 bytes of two-byte characters', manifest: lbService({ metadata: { annotations: { big: 'é'.repeat(100_000) } } }) },
    ],
    noncompliant: [
      { title: '300 KiB', manifest: lbService({ metadata: { annotations: { big: 'x'.repeat(300 * 1024) } } }), path: 'metadata.annotations', anywhere: ['262144'] },
      { title: '100,000 three-byte characters (300,000 bytes)', manifest: lbService({ metadata: { annotations: { big: '€'.repeat(100_000) } } }), path: 'metadata.annotations', anywhere: ['300003 bytes'] },
    ],
  },
  'K8S-SVC-006': {
    compliant: [{ title: 'valid labels', manifest: lbService({ metadata: { labels: { 'app.kubernetes.io/name': 'web', 'tier': '' } } }) }],
    noncompliant: [
      // Unlike annotation keys, label keys are not lower-cased first.
      { title: 'a label key with an upper-case prefix', manifest: lbService({ metadata: { labels: { 'Example.com/x': 'y' } } }), path: 'metadata.labels[Example.com/x]', anywhere: ['"Example.com/x"', 'prefix'] },
      { title: 'a value with a space', manifest: lbService({ metadata: { labels: { app: 'my web' } } }), path: 'metadata.labels[app]', anywhere: ['"my web"'] },
      { title: 'a numeric value', manifest: lbService({ metadata: { labels: { version: 2 } } }), path: 'metadata.labels[version]', anywhere: ['2'] },
    ],
  },
  'K8S-SVC-007': {
    compliant: [{ title: 'one port', manifest: lbService() }],
    noncompliant: [
      { title: 'no ports', manifest: lbService({ spec: { ports: [] } }), path: 'spec.ports', anywhere: ['no port'] },
      { title: 'ports missing', manifest: lbService({ spec: { ports: undefined } }), path: 'spec.ports', anywhere: ['no port'] },
      { title: 'a port that is a number', manifest: lbService({ spec: { ports: [80] } }), path: 'spec.ports[0]', anywhere: ['80'] },
      { title: 'ports as a map', manifest: lbService({ spec: { ports: { port: 80 } } }), path: 'spec.ports', anywhere: ['list'] },
    ],
  },
  'K8S-SVC-008': {
    compliant: [
      { title: 'port 1 and 65535', manifest: twoPorts({ name: 'a', port: 1 }, { name: 'b', port: 65535 }) },
      { title: 'the kubelet port on Kubernetes 1.33 (kubernetes#129174)', manifest: kubeletPort, profile: k8s('1.33') },
    ],
    noncompliant: [
      { title: 'port 0', manifest: lbService({ spec: { ports: [{ port: 0 }] } }), path: 'spec.ports[0].port', anywhere: ['0', '1 to 65535'] },
      { title: 'port 70000', manifest: lbService({ spec: { ports: [{ port: 70000 }] } }), path: 'spec.ports[0].port', anywhere: ['70000'] },
      { title: 'a port number as a string', manifest: lbService({ spec: { ports: [{ port: '80' }] } }), path: 'spec.ports[0].port', anywhere: ['"80"'] },
      { title: 'NaN as the port', manifest: lbService({ spec: { ports: [{ port: NaN }] } }), path: 'spec.ports[0].port', anywhere: ['null is not an integer'] },
      { title: 'a fractional port', manifest: lbService({ spec: { ports: [{ port: 80.5 }] } }), path: 'spec.ports[0].port', anywhere: ['80.5'] },
      { title: 'a port entry without port', manifest: lbService({ spec: { ports: [{ targetPort: 80 }] } }), path: 'spec.ports[0].port', anywhere: ['no `port` number'] },
      { title: 'the kubelet port, no profile', manifest: kubeletPort, path: 'spec.ports[0].port', anywhere: ['10250', 'kubelet', 'before Kubernetes 1.33'], onlyOn: 'Kubernetes before 1.33' },
      { title: 'the kubelet port on Kubernetes 1.32', manifest: kubeletPort, profile: k8s('1.32'), path: 'spec.ports[0].port', anywhere: ['10250', 'kubelet', '1.33 or later'] },
    ],
  },
  'K8S-SVC-009': {
    compliant: [
      { title: 'TCP, UDP and SCTP', manifest: lbService({ spec: { ports: [{ name: 'a', port: 1, protocol: 'TCP' }, { name: 'b', port: 2, protocol: 'UDP' }, { name: 'c', port: 3, protocol: 'SCTP' }] } }) },
      { title: 'an empty protocol, defaulted to TCP', manifest: lbService({ spec: { ports: [{ port: 80, protocol: '' }] } }) },
    ],
    noncompliant: [
      { title: 'a lower-case protocol', manifest: lbService({ spec: { ports: [{ port: 80, protocol: 'tcp' }] } }), path: 'spec.ports[0].protocol', anywhere: ['"tcp"', 'upper case: TCP'] },
      { title: 'HTTP as the protocol', manifest: lbService({ spec: { ports: [{ port: 80, protocol: 'HTTP' }] } }), path: 'spec.ports[0].protocol', anywhere: ['"HTTP"', 'appProtocol'] },
    ],
  },
  'K8S-SVC-010': {
    compliant: [
      { title: 'one unnamed port', manifest: lbService({ spec: { ports: [{ port: 80 }] } }) },
      { title: 'two named ports', manifest: twoPorts({ name: 'http', port: 80 }, { name: 'https', port: 443 }) },
    ],
    noncompliant: [
      { title: 'an unnamed port among two', manifest: twoPorts({ name: 'http', port: 80 }, { port: 443 }), path: 'spec.ports[1].name', anywhere: ['443'] },
      { title: 'duplicate names', manifest: twoPorts({ name: 'web', port: 80 }, { name: 'web', port: 443 }), path: 'spec.ports[1].name', anywhere: ['"web"', 'spec.ports[0]'] },
      { title: 'a port name with an underscore', manifest: lbService({ spec: { ports: [{ name: 'my_port', port: 80 }] } }), path: 'spec.ports[0].name', anywhere: ['"my_port"'] },
    ],
  },
  'K8S-SVC-011': {
    compliant: [{ title: 'same port, two protocols', manifest: twoPorts({ name: 'dns-tcp', port: 53, protocol: 'TCP' }, { name: 'dns-udp', port: 53, protocol: 'UDP' }) }],
    noncompliant: [
      { title: 'same port and protocol', manifest: twoPorts({ name: 'a', port: 80 }, { name: 'b', port: 80, protocol: 'TCP' }), path: 'spec.ports[1]', anywhere: ['80/TCP'] },
      { title: 'same port, an empty protocol (TCP) and TCP', manifest: twoPorts({ name: 'a', port: 80, protocol: '' }, { name: 'b', port: 80, protocol: 'TCP' }), path: 'spec.ports[1]', anywhere: ['80/TCP'] },
    ],
  },
  'K8S-SVC-012': {
    compliant: [
      { title: 'a numeric targetPort', manifest: lbService({ spec: { ports: [{ port: 80, targetPort: 8080 }] } }) },
      { title: 'an IANA name', manifest: lbService({ spec: { ports: [{ port: 80, targetPort: 'http-alt' }] } }) },
      { title: 'no targetPort', manifest: lbService({ spec: { ports: [{ port: 80 }] } }) },
      { title: '0 and "", which default to the port', manifest: twoPorts({ name: 'a', port: 80, targetPort: 0 }, { name: 'b', port: 81, targetPort: '' }) },
    ],
    noncompliant: [
      { title: 'a number as a string', manifest: lbService({ spec: { ports: [{ port: 80, targetPort: '8080' }] } }), path: 'spec.ports[0].targetPort', anywhere: ['"8080"', 'unquoted: 8080'] },
      { title: 'a 16-character name', manifest: lbService({ spec: { ports: [{ port: 80, targetPort: 'metrics-endpoint' }] } }), path: 'spec.ports[0].targetPort', anywhere: ['"metrics-endpoint"', '15'] },
      { title: 'an upper-case name', manifest: lbService({ spec: { ports: [{ port: 80, targetPort: 'HTTP' }] } }), path: 'spec.ports[0].targetPort', anywhere: ['"HTTP"'] },
      { title: 'a targetPort above 65535', manifest: lbService({ spec: { ports: [{ port: 80, targetPort: 65536 }] } }), path: 'spec.ports[0].targetPort', anywhere: ['65536'] },
      { title: 'a name with a double hyphen', manifest: lbService({ spec: { ports: [{ port: 80, targetPort: 'a--b' }] } }), path: 'spec.ports[0].targetPort', anywhere: ['"a--b"', 'consecutive'] },
    ],
  },
  'K8S-SVC-013': {
    compliant: [
      { title: 'two node ports', manifest: twoPorts({ name: 'a', port: 80, nodePort: 30080 }, { name: 'b', port: 443, nodePort: 30443 }) },
      { title: 'one node port for the same port number over TCP and UDP', manifest: twoPorts({ name: 'dns-tcp', port: 53, protocol: 'TCP', nodePort: 30053 }, { name: 'dns-udp', port: 53, protocol: 'UDP', nodePort: 30053 }) },
    ],
    noncompliant: [
      { title: 'one node port for two port numbers over two protocols', manifest: twoPorts({ name: 'a', port: 80, protocol: 'TCP', nodePort: 30080 }, { name: 'b', port: 81, protocol: 'UDP', nodePort: 30080 }), path: 'spec.ports[1].nodePort', anywhere: ['30080', 'spec.ports[0] (port 80)', 'same port number', 'provided port is already allocated'] },
      { title: 'a shared node port', manifest: twoPorts({ name: 'a', port: 80, nodePort: 30080 }, { name: 'b', port: 443, nodePort: 30080 }), path: 'spec.ports[1].nodePort', anywhere: ['30080'] },
      { title: 'a negative node port', manifest: lbService({ spec: { ports: [{ port: 80, nodePort: -1 }] } }), path: 'spec.ports[0].nodePort', anywhere: ['-1'] },
    ],
  },
  'K8S-SVC-014': {
    compliant: [
      { title: 'node port 32767', manifest: nodePortAt(32767) },
      { title: 'node port 8080 in a declared range 80-32767', manifest: nodePortAt(8080), profile: nodePorts('80-32767') },
      { title: 'a healthCheckNodePort in a declared range 80-32767', manifest: healthCheck(8080), profile: nodePorts('80-32767') },
    ],
    noncompliant: [
      { title: 'below the default range, no profile', manifest: nodePortAt(8080), path: 'spec.ports[0].nodePort', anywhere: ['8080', '30000-32767', 'provided port is not in the valid range'], onlyOn: 'default --service-node-port-range' },
      { title: 'above a declared range', manifest: nodePortAt(32000), profile: nodePorts('30000-31000'), path: 'spec.ports[0].nodePort', anywhere: ['32000', '"wide-ports"', '30000-31000', 'provided port is not in the valid range', 'from 30000 to 31000'] },
      { title: 'in the default range but below a declared one', manifest: nodePortAt(30080), profile: nodePorts('31000-32767'), path: 'spec.ports[0].nodePort', anywhere: ['30080', '31000-32767'] },
      { title: 'a healthCheckNodePort below the default range, no profile', manifest: healthCheck(8080), path: 'spec.healthCheckNodePort', anywhere: ['8080', '30000-32767', 'failed to allocate requested HealthCheck NodePort 8080'], onlyOn: 'default --service-node-port-range' },
      { title: 'a healthCheckNodePort above a declared range', manifest: healthCheck(32100), profile: nodePorts('30000-31000'), path: 'spec.healthCheckNodePort', anywhere: ['32100', '"wide-ports"', 'healthCheckNodePort from 30000 to 31000'] },
    ],
  },
  'K8S-SVC-015': {
    compliant: [{ title: 'kubernetes.io/h2c', manifest: lbService({ spec: { ports: [{ port: 80, appProtocol: 'kubernetes.io/h2c' }] } }) }],
    noncompliant: [{ title: 'an appProtocol with a space', manifest: lbService({ spec: { ports: [{ port: 80, appProtocol: 'http 2' }] } }), path: 'spec.ports[0].appProtocol', anywhere: ['"http 2"'] }],
  },
  'K8S-SVC-016': {
    compliant: [
      { title: 'Local with a health check port', manifest: lbService({ spec: { externalTrafficPolicy: 'Local', healthCheckNodePort: 30100 } }) },
      { title: 'policy Cluster', manifest: lbService({ spec: { externalTrafficPolicy: 'Cluster' } }) },
      { title: 'an empty policy, defaulted to Cluster', manifest: lbService({ spec: { externalTrafficPolicy: '' } }) },
    ],
    noncompliant: [
      { title: 'a lower-case policy', manifest: lbService({ spec: { externalTrafficPolicy: 'local' } }), path: 'spec.externalTrafficPolicy', anywhere: ['"local"'] },
      { title: 'health check port without Local', manifest: lbService({ spec: { healthCheckNodePort: 30100 } }), path: 'spec.healthCheckNodePort', anywhere: ['30100', 'Local'] },
      { title: 'health check port with an empty policy (Cluster)', manifest: lbService({ spec: { externalTrafficPolicy: '', healthCheckNodePort: 30100 } }), path: 'spec.healthCheckNodePort', anywhere: ['externalTrafficPolicy is "Cluster"'] },
      { title: 'health check port equal to a nodePort', manifest: healthCheck(30080, { ports: [{ port: 80, nodePort: 30080 }] }), path: 'spec.healthCheckNodePort', anywhere: ['30080', 'spec.ports[0]', 'provided port is already allocated'] },
    ],
  },
  'K8S-SVC-017': {
    compliant: [{ title: 'policy Local', manifest: lbService({ spec: { internalTrafficPolicy: 'Local' } }) }],
    noncompliant: [
      { title: 'policy Topology', manifest: lbService({ spec: { internalTrafficPolicy: 'Topology' } }), path: 'spec.internalTrafficPolicy', anywhere: ['"Topology"'] },
      // A pointer field: only an absent one is defaulted.
      { title: 'an empty policy (not defaulted)', manifest: lbService({ spec: { internalTrafficPolicy: '' } }), path: 'spec.internalTrafficPolicy', anywhere: ['"" is not one of Cluster, Local'] },
    ],
  },
  'K8S-SVC-018': {
    compliant: [
      { title: 'CIDRs of both families, space-padded', manifest: lbService({ spec: { loadBalancerSourceRanges: ['10.0.0.0/8', ' 2001:db8::/32'] } }) },
      { title: 'the annotation', manifest: lbService({ metadata: { annotations: { 'service.beta.kubernetes.io/load-balancer-source-ranges': '10.0.0.0/8, 192.168.0.0/16' } } }) },
      { title: 'an empty annotation (no restriction)', manifest: sourceRanges('') },
      { title: 'a whitespace-only annotation', manifest: sourceRanges('   ') },
      { title: 'a bad annotation the field overrides', manifest: sourceRanges('office', { loadBalancerSourceRanges: ['10.0.0.0/8'] }) },
      { title: 'leading zeros in the field, parsed leniently', manifest: lbService({ spec: { loadBalancerSourceRanges: ['10.0.0.0/08', '010.1.0.0/16'] } }) },
      { title: 'leading zeros in the annotation on the newest Kubernetes', manifest: sourceRanges('010.0.0.0/8'), profile: k8s('1.37') },
    ],
    noncompliant: [
      { title: 'a bare IP', manifest: lbService({ spec: { loadBalancerSourceRanges: ['203.0.113.7'] } }), path: 'spec.loadBalancerSourceRanges[0]', anywhere: ['"203.0.113.7"', '203.0.113.7/32'] },
      { title: 'prefix too long', manifest: lbService({ spec: { loadBalancerSourceRanges: ['10.0.0.0/33'] } }), path: 'spec.loadBalancerSourceRanges[0]', anywhere: ['"10.0.0.0/33"'] },
      { title: 'a bad annotation entry', manifest: lbService({ metadata: { annotations: { 'service.beta.kubernetes.io/load-balancer-source-ranges': '10.0.0.0/8,office' } } }), path: 'metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges]', anywhere: ['"office"'] },
      { title: 'a string instead of a list', manifest: lbService({ spec: { loadBalancerSourceRanges: '10.0.0.0/8' } }), path: 'spec.loadBalancerSourceRanges', anywhere: ['"10.0.0.0/8"', 'list'] },
      { title: 'an annotation with a stray comma', manifest: sourceRanges('10.0.0.0/8,'), path: `metadata.annotations[${SOURCE_RANGES}]`, anywhere: ['empty', 'stray comma'] },
      { title: 'a bad annotation next to an empty field', manifest: sourceRanges('office', { loadBalancerSourceRanges: [] }), path: `metadata.annotations[${SOURCE_RANGES}]`, anywhere: ['"office"'] },
    ],
  },
  'K8S-SVC-019': {
    compliant: [{ title: 'the AWS class', manifest: lbService({ spec: { loadBalancerClass: 'service.k8s.aws/nlb' } }) }],
    noncompliant: [{ title: 'a class prefix with an underscore', manifest: lbService({ spec: { loadBalancerClass: 'my_lb/x' } }), path: 'spec.loadBalancerClass', anywhere: ['"my_lb/x"'] }],
  },
  'K8S-SVC-020': {
    compliant: [
      { title: 'dual stack on a dual-stack cluster', manifest: ipSpec({ ipFamilyPolicy: 'PreferDualStack', ipFamilies: ['IPv6', 'IPv4'] }), profile: families(IpFamily.IPV4, IpFamily.IPV6) },
      { title: 'RequireDualStack with matching cluster IPs on a dual-stack cluster', manifest: ipSpec({ ipFamilyPolicy: 'RequireDualStack', clusterIP: '10.0.0.1', clusterIPs: ['10.0.0.1', '2001::1'], ipFamilies: ['IPv4', 'IPv6'] }), profile: families(IpFamily.IPV4, IpFamily.IPV6) },
      { title: 'IPv6 on an IPv6 cluster', manifest: ipSpec({ ipFamilies: ['IPv6'] }), profile: families(IpFamily.IPV6) },
      { title: 'PreferDualStack without families on an IPv4 cluster', manifest: ipSpec({ ipFamilyPolicy: 'PreferDualStack' }), profile: families(IpFamily.IPV4) },
    ],
    noncompliant: [
      { title: 'a cluster IP of the other family', manifest: ipSpec({ clusterIP: '10.0.0.1', clusterIPs: ['10.0.0.1'], ipFamilies: ['IPv6'] }), profile: families(IpFamily.IPV4, IpFamily.IPV6), path: 'spec.clusterIPs[0]', anywhere: ['"10.0.0.1"', 'IPv4', 'ipFamilies[0] is "IPv6"'] },
      { title: 'two IPv4 cluster IPs', manifest: ipSpec({ ipFamilyPolicy: 'RequireDualStack', clusterIP: '10.0.0.1', clusterIPs: ['10.0.0.1', '10.0.0.10'] }), profile: families(IpFamily.IPV4, IpFamily.IPV6), path: 'spec.clusterIPs', anywhere: ['both IPv4', 'one IPv4 and one IPv6'] },
      { title: 'SingleStack with two cluster IPs', manifest: ipSpec({ ipFamilyPolicy: 'SingleStack', clusterIP: '10.0.0.1', clusterIPs: ['10.0.0.1', '2001::1'] }), profile: families(IpFamily.IPV4, IpFamily.IPV6), path: 'spec.ipFamilyPolicy', anywhere: ['SingleStack', 'multiple cluster IPs'] },
      { title: 'RequireDualStack on an IPv4 cluster', manifest: ipSpec({ ipFamilyPolicy: 'RequireDualStack' }), profile: families(IpFamily.IPV4), path: 'spec.ipFamilyPolicy', anywhere: ['"IPv4-only" has only IPv4 Services', 'not configured for dual-stack services', 'Use PreferDualStack'] },
      { title: 'RequireDualStack, no profile', manifest: ipSpec({ ipFamilyPolicy: 'RequireDualStack' }), path: 'spec.ipFamilyPolicy', anywhere: ['not configured for dual-stack services'], onlyOn: 'single-stack clusters' },
      { title: 'IPv6 on an IPv4 cluster', manifest: ipSpec({ ipFamilies: ['IPv6'] }), profile: families(IpFamily.IPV4), path: 'spec.ipFamilies[0]', anywhere: ['IPv6', 'not configured on this cluster', 'Remove IPv6'] },
      { title: 'IPv4 and IPv6, no profile', manifest: ipSpec({ ipFamilyPolicy: 'PreferDualStack', ipFamilies: ['IPv4', 'IPv6'] }), path: 'spec.ipFamilies[1]', anywhere: ['IPv6'], onlyOn: 'clusters without IPv6 Services' },
      { title: 'an IPv6 cluster IP on an IPv4 cluster', manifest: ipSpec({ clusterIP: '2001::1', clusterIPs: ['2001::1'] }), profile: families(IpFamily.IPV4), path: 'spec.clusterIPs[0]', anywhere: ['"2001::1"', 'IPv6 is not configured on this cluster'] },

      { title: 'single stack with two families', manifest: lbService({ spec: { ipFamilyPolicy: 'SingleStack', ipFamilies: ['IPv4', 'IPv6'] } }), path: 'spec.ipFamilyPolicy', anywhere: ['SingleStack', 'multiple IP families', 'when the cluster IPs are allocated'] },
      { title: 'a duplicate family', manifest: lbService({ spec: { ipFamilies: ['IPv4', 'IPv4'] } }), path: 'spec.ipFamilies', anywhere: ['twice'] },
      { title: 'a lower-case family', manifest: lbService({ spec: { ipFamilies: ['ipv4'] } }), path: 'spec.ipFamilies[0]', anywhere: ['"ipv4"'] },
      { title: 'two families without ipFamilyPolicy (SingleStack on a create)', manifest: ipSpec({ ipFamilies: ['IPv4', 'IPv6'] }), profile: families(IpFamily.IPV4, IpFamily.IPV6), path: 'spec.ipFamilyPolicy', anywhere: ['is not set', 'defaults it to SingleStack', 'multiple IP families', 'Set ipFamilyPolicy: PreferDualStack'] },
      { title: 'two cluster IPs without ipFamilyPolicy', manifest: ipSpec({ clusterIP: '10.0.0.1', clusterIPs: ['10.0.0.1', '2001::1'] }), profile: families(IpFamily.IPV4, IpFamily.IPV6), path: 'spec.ipFamilyPolicy', anywhere: ['defaults it to SingleStack', 'multiple cluster IPs'] },
      { title: 'a clusterIP alone of the other family', manifest: ipSpec({ clusterIP: '2001::1', ipFamilies: ['IPv4'] }), path: 'spec.clusterIP', anywhere: ['"2001::1"', 'ipFamilies[0] is "IPv4"', 'expected an IPv4 value', 'Use an IPv4 address at clusterIP'] },
    ],
  },
  'K8S-SVC-021': {
    compliant: [
      { title: 'ClientIP for one hour', manifest: lbService({ spec: { sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 3600 } } } }) },
      { title: 'an empty sessionAffinity, defaulted to None', manifest: lbService({ spec: { sessionAffinity: '' } }) },
      // SetDefaults_Service drops sessionAffinityConfig unless sessionAffinity is ClientIP (K8S-SVC-030 warns).
      { title: 'config without ClientIP (dropped)', manifest: lbService({ spec: { sessionAffinityConfig: { clientIP: { timeoutSeconds: 60 } } } }) },
      { title: 'an out-of-range timeout with None (dropped)', manifest: lbService({ spec: { sessionAffinity: 'None', sessionAffinityConfig: { clientIP: { timeoutSeconds: -1 } } } }) },
    ],
    noncompliant: [
      { title: 'a two-day ClientIP timeout', manifest: lbService({ spec: { sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 172800 } } } }), path: 'spec.sessionAffinityConfig.clientIP.timeoutSeconds', anywhere: ['172800'] },
      { title: 'affinity Cookie', manifest: lbService({ spec: { sessionAffinity: 'Cookie' } }), path: 'spec.sessionAffinity', anywhere: ['"Cookie"'] },
    ],
  },
  'K8S-SVC-022': {
    compliant: [
      { title: 'matching cluster IPs', manifest: lbService({ spec: { clusterIP: '10.96.0.10', clusterIPs: ['10.96.0.10', 'fd00::10'], externalIPs: ['203.0.113.9'] } }) },
      { title: 'multicast external IPs outside the link-local ranges', manifest: lbService({ spec: { externalIPs: ['224.0.1.1', '239.1.2.3', 'ff05::1'] } }) },
      { title: 'an external IP in 0.0.0.0/8 other than 0.0.0.0', manifest: lbService({ spec: { externalIPs: ['0.1.2.3'] } }) },
      { title: 'leading zeros in clusterIP and externalIPs, parsed leniently', manifest: lbService({ spec: { clusterIP: '010.96.0.10', externalIPs: ['203.0.113.09'] } }), profile: k8s('1.37') },
    ],
    noncompliant: [
      { title: 'a headless clusterIP None', manifest: lbService({ spec: { clusterIP: 'None' } }), path: 'spec.clusterIP', anywhere: ['None'] },
      { title: 'mismatched clusterIPs', manifest: lbService({ spec: { clusterIP: '10.96.0.10', clusterIPs: ['10.96.0.11'] } }), path: 'spec.clusterIPs[0]', anywhere: ['"10.96.0.11"'] },
      { title: 'a loopback external IP', manifest: lbService({ spec: { externalIPs: ['127.0.0.1'] } }), path: 'spec.externalIPs[0]', anywhere: ['loopback'] },
      { title: 'a hostname as cluster IP', manifest: lbService({ spec: { clusterIP: 'web.local' } }), path: 'spec.clusterIP', anywhere: ['"web.local"'] },
      { title: 'a link-local multicast external IP', manifest: lbService({ spec: { externalIPs: ['224.0.0.251'] } }), path: 'spec.externalIPs[0]', anywhere: ['"224.0.0.251"', 'link-local multicast range (224.0.0.0/24)'] },
      { title: 'an IPv6 link-local multicast external IP', manifest: lbService({ spec: { externalIPs: ['ff02::fb'] } }), path: 'spec.externalIPs[0]', anywhere: ['"ff02::fb"', 'ff02::/16'] },
      { title: 'clusterIPs without clusterIP', manifest: lbService({ spec: { clusterIPs: ['10.96.0.10'] } }), path: 'spec.clusterIPs', anywhere: ['["10.96.0.10"]', 'must be empty when `clusterIP` is not specified', 'Set clusterIP to "10.96.0.10"'] },
    ],
  },
  'K8S-SVC-023': {
    compliant: [{ title: 'a valid label selector', manifest: lbService({ spec: { selector: { 'app.kubernetes.io/name': 'web' } } }) }],
    noncompliant: [{ title: 'a value with a slash', manifest: lbService({ spec: { selector: { app: 'web/v2' } } }), path: 'spec.selector[app]', anywhere: ['"web/v2"'] }],
  },
  'K8S-SVC-024': {
    compliant: [{ title: 'a selector', manifest: lbService() }],
    noncompliant: [
      { title: 'no selector', manifest: lbService({ spec: { selector: undefined } }), path: 'spec.selector', anywhere: ['selects no pods'] },
      { title: 'an empty selector', manifest: lbService({ spec: { selector: {} } }), path: 'spec.selector', anywhere: ['selects no pods'] },
    ],
  },
  'K8S-SVC-026': {
    compliant: [{ title: 'boolean fields', manifest: lbService({ spec: { allocateLoadBalancerNodePorts: false, publishNotReadyAddresses: true } }) }],
    noncompliant: [{ title: 'a quoted boolean', manifest: lbService({ spec: { allocateLoadBalancerNodePorts: 'false' } }), path: 'spec.allocateLoadBalancerNodePorts', anywhere: ['"false"'] }],
  },
  'K8S-SVC-027': {
    compliant: [
      { title: 'PreferClose on Kubernetes 1.31', manifest: traffic('PreferClose'), profile: k8s('1.31') },
      { title: 'PreferSameNode on Kubernetes 1.34', manifest: traffic('PreferSameNode'), profile: k8s('1.34') },
      { title: 'no trafficDistribution on Kubernetes 1.26', manifest: lbService(), profile: k8s('1.26') },
    ],
    noncompliant: [
      { title: 'PreferClose, no profile', manifest: traffic('PreferClose'), path: 'spec.trafficDistribution', anywhere: ['"PreferClose"', 'new in Kubernetes 1.31'], onlyOn: 'Kubernetes before 1.31' },
      { title: 'PreferClose on Kubernetes 1.30', manifest: traffic('PreferClose'), profile: k8s('1.30'), path: 'spec.trafficDistribution', anywhere: ['unknown field', 'Remove trafficDistribution'] },
      { title: 'PreferSameZone on Kubernetes 1.33', manifest: traffic('PreferSameZone'), profile: k8s('1.33'), path: 'spec.trafficDistribution', anywhere: ['"PreferSameZone"', 'from Kubernetes 1.34'] },
      { title: 'PreferSameZone, no profile', manifest: traffic('PreferSameZone'), path: 'spec.trafficDistribution', anywhere: ['"PreferSameZone"'], onlyOn: 'Kubernetes before 1.34' },
      { title: 'an unknown value on the newest Kubernetes', manifest: traffic('Random'), profile: k8s('1.37'), path: 'spec.trafficDistribution', anywhere: ['"Random"', 'not a supported value', 'Use PreferClose'] },
      { title: 'a lower-case value, no profile', manifest: traffic('preferClose'), path: 'spec.trafficDistribution', anywhere: ['"preferClose"', 'case matters'] },
    ],
  },
  'K8S-SVC-029': {
    compliant: [
      { title: 'standard addresses', manifest: lbService({ spec: { clusterIP: '10.96.0.10', externalIPs: ['2001:db8::1'], loadBalancerIP: '203.0.113.7', loadBalancerSourceRanges: ['10.0.0.0/8', '2001:db8::/32'] } }) },
    ],
    noncompliant: [
      { title: 'a clusterIP with leading zeros', manifest: lbService({ spec: { clusterIP: '010.96.0.10' } }), path: 'spec.clusterIP', anywhere: ['"010.96.0.10"', 'leading zeros', 'use "10.96.0.10"', 'Write "10.96.0.10"'] },
      { title: 'a loadBalancerIP with leading zeros', manifest: lbService({ spec: { loadBalancerIP: '10.240.0.025' } }), path: 'spec.loadBalancerIP', anywhere: ['"10.240.0.025"', '"10.240.0.25"'] },
      { title: 'a source range with a leading-zero prefix', manifest: lbService({ spec: { loadBalancerSourceRanges: ['10.0.0.0/08'] } }), path: 'spec.loadBalancerSourceRanges[0]', anywhere: ['"10.0.0.0/08"', '"10.0.0.0/8"'] },
      { title: 'an IPv6 external IP not in RFC 5952 form', manifest: lbService({ spec: { externalIPs: ['2001:DB8:0:0::1'] } }), path: 'spec.externalIPs[0]', anywhere: ['RFC 5952', '"2001:db8::1"'] },
    ],
  },
  'K8S-SVC-030': {
    compliant: [
      { title: 'ClientIP with a timeout', manifest: lbService({ spec: { sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 60 } } } }) },
      { title: 'None without a config', manifest: lbService({ spec: { sessionAffinity: 'None' } }) },
    ],
    noncompliant: [
      { title: 'a config without sessionAffinity', manifest: lbService({ spec: { sessionAffinityConfig: { clientIP: { timeoutSeconds: 60 } } } }), path: 'spec.sessionAffinityConfig', anywhere: ['dropped', 'not set', 'Set sessionAffinity: ClientIP'] },
      { title: 'a config with sessionAffinity None', manifest: lbService({ spec: { sessionAffinity: 'None', sessionAffinityConfig: { clientIP: { timeoutSeconds: 90 } } } }), path: 'spec.sessionAffinityConfig', anywhere: ['dropped', '"None"'] },
    ],
  },
  'K8S-SVC-028': {
    compliant: [
      { title: 'equal topology annotations', manifest: topology({ 'service.kubernetes.io/topology-mode': 'Auto', 'service.kubernetes.io/topology-aware-hints': 'Auto' }) },
      { title: 'only topology-mode', manifest: topology({ 'service.kubernetes.io/topology-mode': 'Auto' }) },
    ],
    noncompliant: [
      { title: 'topology-mode differs from topology-aware-hints', manifest: topology({ 'service.kubernetes.io/topology-mode': 'Auto', 'service.kubernetes.io/topology-aware-hints': 'auto' }), path: 'metadata.annotations[service.kubernetes.io/topology-mode]', anywhere: ['"Auto"', '"auto"', 'Remove the service.kubernetes.io/topology-aware-hints annotation'] },
    ],
  },
  'K8S-SVC-031': {
    compliant: [
      { title: 'topology-mode (GetWarningsForService: no warning)', manifest: topology({ 'service.kubernetes.io/topology-mode': 'Auto' }) },
      { title: 'topology-aware-hints on Kubernetes 1.26, where it is the only annotation', manifest: topology({ 'service.kubernetes.io/topology-aware-hints': 'Auto' }), profile: ClusterProfile.custom({ kubernetesVersion: '1.26' }) },
    ],
    noncompliant: [
      { title: 'topology-aware-hints on 1.30 (GetWarningsForService: "deprecated hints annotation set")', manifest: topology({ 'service.kubernetes.io/topology-aware-hints': 'Auto' }), profile: ClusterProfile.custom({ kubernetesVersion: '1.30' }), path: 'metadata.annotations[service.kubernetes.io/topology-aware-hints]', message: ['"Auto"', 'deprecated since Kubernetes 1.27'], fix: ['service.kubernetes.io/topology-mode: "Auto"'] },
      { title: 'topology-aware-hints, any version', manifest: topology({ 'service.kubernetes.io/topology-aware-hints': 'Auto' }), path: 'metadata.annotations[service.kubernetes.io/topology-aware-hints]', message: ['deprecated'], onlyOn: 'Kubernetes 1.27 and later' },
    ],
  },
};

describe('Kubernetes Service rules', () => {
  test('every Kubernetes Service rule has compliant and non-compliant cases here', () => {
    for (const rule of KUBERNETES_RULES.filter((r) => r.id.startsWith('K8S-SVC-'))) {
      expect(CASES[rule.id]?.compliant.length).toBeGreaterThan(0);
      expect(CASES[rule.id]?.noncompliant.length).toBeGreaterThan(0);
    }
  });

  test('every Kubernetes Service rule names the API server function it follows', () => {
    const services = KUBERNETES_RULES.filter((r) => r.id.startsWith('K8S-SVC-'));
    expect(services.filter((r) => !(r.follows ?? '').match(/\(.*\.go/)).map((r) => r.id)).toEqual([]);
  });

  test('a retired rule id is given to no rule', () => {
    expect(RETIRED_RULE_IDS).toContain('K8S-SVC-025');
    expect(Rules.all().filter((r) => RETIRED_RULE_IDS.includes(r.id)).map((r) => r.id)).toEqual([]);
  });

  test('the baseline manifest is clean for every rule', () => {
    expect(Rules.check(lbService())).toEqual([]);
  });

  describeRuleCases(CASES);
});
