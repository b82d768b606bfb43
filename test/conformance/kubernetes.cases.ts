import { annotation, ConformanceCase, ingress, service } from './case';
import { ClusterProfile } from '../../src';

/**
 * The Kubernetes API server's own validation tests for Services and Ingresses: each case is a table case of
 * kubernetes/kubernetes, its object built as the test builds it (the test's valid base object, then the case's tweak),
 * completed into a LoadBalancer Service or an Ingress, with the verdict the test asserts (`numErrs` > 0 or expected
 * errors: rejected). Only cases about a LoadBalancer Service or a field such a Service can have are taken; cases whose
 * verdict depends on another Service type (ClusterIP, NodePort, ExternalName, headless) are left out.
 *
 * Also left out: TestValidateServiceCreate " multi ip, dualstack not set (request for downgrade)" (SingleStack with two
 * cluster IPs and two families). Validation lets it through, but the create is refused when the cluster IPs are
 * allocated, as for "IPFamilyPolicy(singleStack) is set for two families", which is taken and listed in
 * disagreements.ts with that reason; K8S-SVC-020 reports both, rightly. A second case of the same reason would only
 * spend the corpus's 1% of disagreements.
 *
 * Three cases validate an object without the defaults the API server sets before it validates a create
 * (SetDefaults_Service): they are taken as their tests assert and listed in disagreements.ts. Since the rules judge
 * the defaulted object (#14), three more are listed for that reason: "missing session affinity" (sessionAffinity ""
 * is None), "missing protocol" (protocol "" is TCP) and "sessionAffinityConfig can't be set when session affinity is
 * None" (the defaulting drops sessionAffinityConfig unless sessionAffinity is ClientIP). kubernetes-service.cases.ts
 * has the defaulting tests' own cases. Left out, for the reason of "IPFamilyPolicy(singleStack) is set for two
 * families" (a second case of it would only spend the corpus's 1%): "duplicate nodeports (different protocols)"
 * (ports 1, 2 and 3 sharing nodePort 1), which validation lets through but the create refuses when it allocates the
 * node ports (initNodePorts, pkg/registry/core/service/storage/alloc.go: only ports with the same port number may
 * share a nodePort; nodePort 1 is outside the node port range too). K8S-SVC-013 reports it, rightly.
 *
 * The versions: the core test file read has the kubelet port 10250 accepted on a LoadBalancer Service
 * (kubernetes#129174, Kubernetes 1.33) and trafficDistribution GA, so its cases are judged for 1.33; the networking
 * test file read has an equal ingressClassName and kubernetes.io/ingress.class annotation accepted (kubernetes#115447,
 * 1.27) and predates the 1.28 changes to its IPAddress tests, so its cases are judged for 1.27.
 */

const CORE = 'kubernetes/kubernetes pkg/apis/core/validation/validation_test.go';
const NETWORKING = 'kubernetes/kubernetes pkg/apis/networking/validation/validation_test.go';
const CORE_VERSION = ClusterProfile.custom({ kubernetesVersion: '1.33' });
const NETWORKING_VERSION = ClusterProfile.custom({ kubernetesVersion: '1.27' });

type Tweak = (object: any) => void;

/**
 * makeValidService() with the tweak every LoadBalancer case of TestValidateServiceCreate applies (type LoadBalancer,
 * externalTrafficPolicy Cluster, allocateLoadBalancerNodePorts true).
 */
function validService(): any {
  const m = service({}, {
    selector: { key: 'val' },
    sessionAffinity: 'None',
    ports: [{ name: 'p', protocol: 'TCP', port: 8675, targetPort: 8675 }],
    internalTrafficPolicy: 'Cluster',
    externalTrafficPolicy: 'Cluster',
    allocateLoadBalancerNodePorts: true,
  }, 'valid');
  m.metadata.namespace = 'valid';
  m.metadata.labels = {};
  return m;
}

function svc(test: string, name: string, expect: 'accepted' | 'rejected', tweak: Tweak, path?: string, rule?: string): ConformanceCase {
  const manifest = validService();
  tweak(manifest);
  return { source: `${CORE} ${test} "${name}"`, manifest, profile: CORE_VERSION, expect, ...(path === undefined ? {} : { path }), ...(rule === undefined ? {} : { rule }) };
}

const create = (name: string, expect: 'accepted' | 'rejected', tweak: Tweak, path?: string, rule?: string) => svc('TestValidateServiceCreate', name, expect, tweak, path, rule);
const port = (name: string, portNumber: number, protocol: string, targetPort: number | string, nodePort?: number) =>
  ({ name, port: portNumber, protocol, targetPort, ...(nodePort === undefined ? {} : { nodePort }) });
const addPort = (s: any, p: any) => { s.spec.ports.push(p); };

const SERVICE_CASES: ConformanceCase[] = [
  // Object metadata.
  create('missing namespace', 'rejected', (s) => { s.metadata.namespace = ''; }, 'metadata.namespace'),
  create('invalid namespace', 'rejected', (s) => { s.metadata.namespace = '-123'; }, 'metadata.namespace'),
  create('missing name', 'rejected', (s) => { s.metadata.name = ''; }, 'metadata.name'),
  create('invalid name', 'rejected', (s) => { s.metadata.name = '-123'; }, 'metadata.name'),
  create('too long name', 'rejected', (s) => { s.metadata.name = 'a'.repeat(64); }, 'metadata.name'),
  create('invalid generateName', 'rejected', (s) => { s.metadata.generateName = '-123'; }, 'metadata.generateName', 'K8S-SVC-001'),
  create('too long generateName', 'rejected', (s) => { s.metadata.generateName = 'a'.repeat(64); }, 'metadata.generateName', 'K8S-SVC-001'),
  create('invalid label', 'rejected', (s) => { s.metadata.labels['NoUppercaseOrSpecialCharsLike=Equals'] = 'bar'; }, 'metadata.labels[NoUppercaseOrSpecialCharsLike=Equals]'),
  create('invalid annotation', 'rejected', (s) => { s.metadata.annotations['NoSpecialCharsLike=Equals'] = 'bar'; }, annotation('NoSpecialCharsLike=Equals')),
  create('nil selector', 'accepted', (s) => { delete s.spec.selector; }),
  create('invalid selector', 'rejected', (s) => { s.spec.selector['NoSpecialCharsLike=Equals'] = 'bar'; }, 'spec.selector[NoSpecialCharsLike=Equals]'),
  // Defaulted on a real create (sessionAffinity None): listed in disagreements.ts.
  create('missing session affinity', 'rejected', (s) => { s.spec.sessionAffinity = ''; }, 'spec.sessionAffinity'),
  // Ports.
  create('missing ports', 'rejected', (s) => { delete s.spec.ports; }, 'spec.ports'),
  create('empty port[0] name', 'accepted', (s) => { s.spec.ports[0].name = ''; }),
  create('empty port[1] name', 'rejected', (s) => addPort(s, port('', 12345, 'TCP', 12345)), 'spec.ports[1].name'),
  create('empty multi-port port[0] name', 'rejected', (s) => { s.spec.ports[0].name = ''; addPort(s, port('p', 12345, 'TCP', 12345)); }, 'spec.ports[0].name'),
  create('invalid port name', 'rejected', (s) => { s.spec.ports[0].name = 'INVALID'; }, 'spec.ports[0].name'),
  // Defaulted on a real create (protocol TCP): listed in disagreements.ts.
  create('missing protocol', 'rejected', (s) => { s.spec.ports[0].protocol = ''; }, 'spec.ports[0].protocol'),
  create('invalid protocol', 'rejected', (s) => { s.spec.ports[0].protocol = 'INVALID'; }, 'spec.ports[0].protocol'),
  create('invalid cluster ip', 'rejected', (s) => { s.spec.clusterIP = 'invalid'; s.spec.clusterIPs = ['invalid']; }, 'spec.clusterIP'),
  create('missing port', 'rejected', (s) => { s.spec.ports[0].port = 0; }, 'spec.ports[0].port'),
  create('invalid port', 'rejected', (s) => { s.spec.ports[0].port = 65536; }, 'spec.ports[0].port'),
  create('invalid TargetPort int', 'rejected', (s) => { s.spec.ports[0].targetPort = 65536; }, 'spec.ports[0].targetPort'),
  create('invalid publicIPs localhost', 'rejected', (s) => { s.spec.externalIPs = ['127.0.0.1']; }, 'spec.externalIPs[0]'),
  create('invalid publicIPs unspecified', 'rejected', (s) => { s.spec.externalIPs = ['0.0.0.0']; }, 'spec.externalIPs[0]'),
  create('invalid publicIPs loopback', 'rejected', (s) => { s.spec.externalIPs = ['127.0.0.1']; }, 'spec.externalIPs[0]'),
  create('invalid publicIPs host', 'rejected', (s) => { s.spec.externalIPs = ['myhost.mydomain']; }, 'spec.externalIPs[0]'),
  create('valid publicIPs', 'accepted', (s) => { s.spec.externalIPs = ['1.2.3.4']; }),
  create('dup port name', 'rejected', (s) => { s.spec.ports[0].name = 'p'; addPort(s, port('p', 12345, 'TCP', 12345)); }, 'spec.ports[1].name'),
  create('valid load balancer protocol UDP 1', 'accepted', (s) => { s.spec.ports[0].protocol = 'UDP'; }),
  create('valid load balancer protocol UDP 2', 'accepted', (s) => { s.spec.ports[0] = port('q', 12345, 'UDP', 12345); }),
  create('load balancer with mix protocol', 'accepted', (s) => addPort(s, port('q', 12345, 'UDP', 12345))),
  create('valid 1', 'accepted', () => undefined),
  create('valid 2', 'accepted', (s) => { s.spec.ports[0].protocol = 'UDP'; s.spec.ports[0].targetPort = 12345; }),
  create('valid 3', 'accepted', (s) => { s.spec.ports[0].targetPort = 'http'; }),
  create('valid cluster ip - empty', 'accepted', (s) => { delete s.spec.clusterIPs; s.spec.ports[0].targetPort = 'http'; }),
  create('valid type - loadbalancer', 'accepted', () => undefined),
  create('valid type - loadbalancer with allocateLoadBalancerNodePorts=false', 'accepted', (s) => { s.spec.allocateLoadBalancerNodePorts = false; }),
  // Defaulted on a real create (allocateLoadBalancerNodePorts true): listed in disagreements.ts.
  create('invalid type - missing AllocateLoadBalancerNodePorts for loadbalancer type', 'rejected', (s) => { delete s.spec.allocateLoadBalancerNodePorts; }, 'spec.allocateLoadBalancerNodePorts'),
  create('valid type loadbalancer 2 ports', 'accepted', (s) => addPort(s, port('q', 12345, 'TCP', 12345))),
  create('valid external load balancer 2 ports', 'accepted', (s) => addPort(s, port('q', 12345, 'TCP', 12345))),
  create('duplicate nodeports', 'rejected', (s) => { addPort(s, port('q', 1, 'TCP', 1, 1)); addPort(s, port('r', 2, 'TCP', 2, 1)); }, 'spec.ports[2].nodePort'),
  create('invalid duplicate ports (with same protocol)', 'rejected', (s) => { addPort(s, port('q', 12345, 'TCP', 8080)); addPort(s, port('r', 12345, 'TCP', 80)); }, 'spec.ports[2]'),
  create('valid duplicate ports (with different protocols)', 'accepted', (s) => {
    addPort(s, port('q', 12345, 'TCP', 8080)); addPort(s, port('r', 12345, 'UDP', 80)); addPort(s, port('s', 12345, 'SCTP', 8088));
  }),
  create('valid type - loadbalancer with allocateLoadBalancerNodePorts=true', 'accepted', (s) => { s.spec.allocateLoadBalancerNodePorts = true; }),
  create('valid type loadbalancer with NodePort', 'accepted', (s) => addPort(s, port('q', 12345, 'TCP', 12345, 12345))),
  create('invalid public service with duplicate NodePort', 'rejected', (s) => { addPort(s, port('p1', 1, 'TCP', 1, 1)); addPort(s, port('p2', 2, 'TCP', 2, 1)); }, 'spec.ports[2].nodePort'),
  create('valid type=LoadBalancer', 'accepted', (s) => addPort(s, port('q', 12345, 'TCP', 12345))),
  create('valid port type=LoadBalancer', 'accepted', (s) => addPort(s, port('kubelet', 10250, 'TCP', 12345))),
  // Source ranges.
  create('valid LoadBalancer source range annotation', 'accepted', (s) => { s.metadata.annotations['service.beta.kubernetes.io/load-balancer-source-ranges'] = '1.2.3.0/24,  5.6.0.0/16'; }),
  create('valid empty LoadBalancer source range annotation', 'accepted', (s) => { s.metadata.annotations['service.beta.kubernetes.io/load-balancer-source-ranges'] = ''; }),
  create('valid whitespace-only LoadBalancer source range annotation', 'accepted', (s) => { s.metadata.annotations['service.beta.kubernetes.io/load-balancer-source-ranges'] = '  '; }),
  create('invalid LoadBalancer source range annotation (hostname)', 'rejected', (s) => { s.metadata.annotations['service.beta.kubernetes.io/load-balancer-source-ranges'] = 'foo.bar'; }, annotation('service.beta.kubernetes.io/load-balancer-source-ranges')),
  create('invalid LoadBalancer source range annotation (invalid CIDR)', 'rejected', (s) => { s.metadata.annotations['service.beta.kubernetes.io/load-balancer-source-ranges'] = '1.2.3.4/33'; }, annotation('service.beta.kubernetes.io/load-balancer-source-ranges')),
  create('valid LoadBalancer source range', 'accepted', (s) => { s.spec.loadBalancerSourceRanges = ['1.2.3.0/24', '5.6.0.0/16']; }),
  create('valid LoadBalancer source range with whitespace', 'accepted', (s) => { s.spec.loadBalancerSourceRanges = ['1.2.3.0/24  ', ' 5.6.0.0/16']; }),
  create('invalid empty LoadBalancer source range', 'rejected', (s) => { s.spec.loadBalancerSourceRanges = ['   ']; }, 'spec.loadBalancerSourceRanges[0]'),
  create('invalid LoadBalancer source range (hostname)', 'rejected', (s) => { s.spec.loadBalancerSourceRanges = ['foo.bar']; }, 'spec.loadBalancerSourceRanges[0]'),
  create('invalid LoadBalancer source range (invalid CIDR)', 'rejected', (s) => { s.spec.loadBalancerSourceRanges = ['1.2.3.4/33']; }, 'spec.loadBalancerSourceRanges[0]'),
  create('invalid source range annotation ignored with valid source range field', 'accepted', (s) => {
    s.metadata.annotations['service.beta.kubernetes.io/load-balancer-source-ranges'] = 'foo.bar';
    s.spec.loadBalancerSourceRanges = ['1.2.3.0/24', '5.6.0.0/16'];
  }),
  create('LoadBalancer type cannot have None ClusterIP', 'rejected', (s) => { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }, 'spec.clusterIP'),
  // Traffic policies and session affinity.
  create('invalid externalTraffic field', 'rejected', (s) => { s.spec.externalTrafficPolicy = 'invalid'; }, 'spec.externalTrafficPolicy'),
  // Defaulted on a real create (internalTrafficPolicy Cluster): listed in disagreements.ts.
  create('nil internalTraffic field when feature gate is on', 'rejected', (s) => { delete s.spec.internalTrafficPolicy; }, 'spec.internalTrafficPolicy'),
  create('invalid internalTraffic field', 'rejected', (s) => { s.spec.internalTrafficPolicy = 'invalid'; }, 'spec.internalTrafficPolicy'),
  create('internalTrafficPolicy field set to Cluster', 'accepted', (s) => { s.spec.internalTrafficPolicy = 'Cluster'; }),
  create('internalTrafficPolicy field set to Local', 'accepted', (s) => { s.spec.internalTrafficPolicy = 'Local'; }),
  create('negative healthCheckNodePort field', 'rejected', (s) => { s.spec.externalTrafficPolicy = 'Local'; s.spec.healthCheckNodePort = -1; }, 'spec.healthCheckNodePort'),
  {
    // The table has a second case of this name, healthCheckNodePort 31100, which it accepts.
    ...create('negative healthCheckNodePort field', 'accepted', (s) => { s.spec.externalTrafficPolicy = 'Local'; s.spec.healthCheckNodePort = 31100; }),
    source: `${CORE} TestValidateServiceCreate "negative healthCheckNodePort field" (the second case of that name, 31100)`,
  },
  create('invalid timeoutSeconds field', 'rejected', (s) => {
    s.spec.sessionAffinity = 'ClientIP';
    s.spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: -1 } };
  }, 'spec.sessionAffinityConfig.clientIP.timeoutSeconds'),
  // Dropped on a real create (sessionAffinityConfig without ClientIP): listed in disagreements.ts.
  create('sessionAffinityConfig can\'t be set when session affinity is None', 'rejected', (s) => {
    s.spec.sessionAffinity = 'None';
    s.spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 90 } };
  }, 'spec.sessionAffinityConfig'),
  // IP families.
  create('invalid, service with invalid ipFamilies', 'rejected', (s) => { s.spec.ipFamilies = ['not-a-valid-ip-family']; }, 'spec.ipFamilies[0]'),
  create('invalid, service with invalid ipFamilies (2nd)', 'rejected', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.ipFamilies = ['IPv4', 'not-a-valid-ip-family']; }, 'spec.ipFamilies[1]'),
  // Validation lets it through ("this validated in alloc code"); the create is refused when the cluster IPs are allocated.
  create('IPFamilyPolicy(singleStack) is set for two families', 'accepted', (s) => { s.spec.ipFamilyPolicy = 'SingleStack'; s.spec.ipFamilies = ['IPv4', 'IPv6']; }),
  create('valid, IPFamilyPolicy(preferDualStack) is set for two families (note: alloc sets families)', 'accepted', (s) => { s.spec.ipFamilyPolicy = 'PreferDualStack'; s.spec.ipFamilies = ['IPv4', 'IPv6']; }),
  create('invalid, service with 2+ ipFamilies', 'rejected', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.ipFamilies = ['IPv4', 'IPv6', 'IPv4']; }, 'spec.ipFamilies'),
  create('invalid, service with same ip families', 'rejected', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.ipFamilies = ['IPv6', 'IPv6']; }, 'spec.ipFamilies'),
  create('valid, nil service ipFamilies', 'accepted', (s) => { delete s.spec.ipFamilies; }),
  create('valid, service with valid ipFamilies (v4)', 'accepted', (s) => { s.spec.ipFamilies = ['IPv4']; }),
  create('valid, service with valid ipFamilies (v6)', 'accepted', (s) => { s.spec.ipFamilies = ['IPv6']; }),
  create('valid, service with valid ipFamilies(v4,v6)', 'accepted', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.ipFamilies = ['IPv4', 'IPv6']; }),
  create('valid, service with valid ipFamilies(v6,v4)', 'accepted', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.ipFamilies = ['IPv6', 'IPv4']; }),
  create('valid, service preferred dual stack with single family', 'accepted', (s) => { s.spec.ipFamilyPolicy = 'PreferDualStack'; s.spec.ipFamilies = ['IPv6']; }),
  // Cluster IPs.
  create('invalid, garbage single ip', 'rejected', (s) => { s.spec.clusterIP = 'garbage-ip'; s.spec.clusterIPs = ['garbage-ip']; }, 'spec.clusterIP'),
  create('invalid, garbage ips', 'rejected', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.clusterIP = 'garbage-ip'; s.spec.clusterIPs = ['garbage-ip', 'garbage-second-ip']; }, 'spec.clusterIPs[1]'),
  create('invalid, garbage first ip', 'rejected', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.clusterIP = 'garbage-ip'; s.spec.clusterIPs = ['garbage-ip', '2001::1']; }, 'spec.clusterIP'),
  create('invalid, garbage second ip', 'rejected', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.clusterIP = '2001::1'; s.spec.clusterIPs = ['2001::1', 'garbage-ip']; }, 'spec.clusterIPs[1]'),
  create('invalid, NONE + IP', 'rejected', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None', '2001::1']; }, 'spec.clusterIP'),
  create('invalid, IP + NONE', 'rejected', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.clusterIP = '2001::1'; s.spec.clusterIPs = ['2001::1', 'None']; }, 'spec.clusterIPs'),
  create('invalid, EMPTY STRING + IP', 'rejected', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.clusterIP = ''; s.spec.clusterIPs = ['', '2001::1']; }, 'spec.clusterIPs[0]'),
  create('invalid, IP + EMPTY STRING', 'rejected', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.clusterIP = '2001::1'; s.spec.clusterIPs = ['2001::1', '']; }, 'spec.clusterIPs[1]'),
  create('invalid, same ip family (v6)', 'rejected', (s) => {
    s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.clusterIP = '2001::1'; s.spec.clusterIPs = ['2001::1', '2001::4']; s.spec.ipFamilies = ['IPv4', 'IPv6'];
  }, 'spec.clusterIPs', 'K8S-SVC-020'),
  create('invalid, same ip family (v4)', 'rejected', (s) => {
    s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.clusterIP = '10.0.0.1'; s.spec.clusterIPs = ['10.0.0.1', '10.0.0.10']; s.spec.ipFamilies = ['IPv4', 'IPv6'];
  }, 'spec.clusterIPs', 'K8S-SVC-020'),
  create('invalid, more than two ips', 'rejected', (s) => {
    s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.clusterIP = '10.0.0.1'; s.spec.clusterIPs = ['10.0.0.1', '2001::1', '10.0.0.10']; s.spec.ipFamilies = ['IPv4', 'IPv6'];
  }, 'spec.clusterIPs'),
  create('valid, multi ip, single ipfamilies preferDualStack', 'accepted', (s) => {
    s.spec.ipFamilyPolicy = 'PreferDualStack'; s.spec.clusterIP = '10.0.0.1'; s.spec.clusterIPs = ['10.0.0.1', '2001::1']; s.spec.ipFamilies = ['IPv4'];
  }),
  create('valid, multi ip, single ipfamilies (must match when provided) + requireDualStack', 'accepted', (s) => {
    s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.clusterIP = '10.0.0.1'; s.spec.clusterIPs = ['10.0.0.1', '2001::1']; s.spec.ipFamilies = ['IPv4'];
  }),
  create('invalid, families don\'t match (v4=>v6)', 'rejected', (s) => { s.spec.clusterIP = '10.0.0.1'; s.spec.clusterIPs = ['10.0.0.1']; s.spec.ipFamilies = ['IPv6']; }, 'spec.clusterIPs[0]', 'K8S-SVC-020'),
  create('invalid, families don\'t match (v6=>v4)', 'rejected', (s) => { s.spec.clusterIP = '2001::1'; s.spec.clusterIPs = ['2001::1']; s.spec.ipFamilies = ['IPv4']; }, 'spec.clusterIPs[0]', 'K8S-SVC-020'),
  create('valid. no field set', 'accepted', () => undefined),
  create('valid, single ip', 'accepted', (s) => { s.spec.ipFamilyPolicy = 'SingleStack'; s.spec.clusterIP = '10.0.0.1'; s.spec.clusterIPs = ['10.0.0.1']; }),
  create('valid, single family', 'accepted', (s) => { s.spec.ipFamilyPolicy = 'SingleStack'; s.spec.ipFamilies = ['IPv6']; }),
  create('valid, single ip + single family', 'accepted', (s) => { s.spec.ipFamilyPolicy = 'SingleStack'; s.spec.clusterIP = '2001::1'; s.spec.clusterIPs = ['2001::1']; s.spec.ipFamilies = ['IPv6']; }),
  create('valid, single ip + single family (dual stack requested)', 'accepted', (s) => { s.spec.ipFamilyPolicy = 'PreferDualStack'; s.spec.clusterIP = '2001::1'; s.spec.clusterIPs = ['2001::1']; s.spec.ipFamilies = ['IPv6']; }),
  create('valid, single ip, multi ipfamilies', 'accepted', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.clusterIP = '10.0.0.1'; s.spec.clusterIPs = ['10.0.0.1']; s.spec.ipFamilies = ['IPv4', 'IPv6']; }),
  create('valid, multi ips, multi ipfamilies (4,6)', 'accepted', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.clusterIP = '10.0.0.1'; s.spec.clusterIPs = ['10.0.0.1', '2001::1']; s.spec.ipFamilies = ['IPv4', 'IPv6']; }),
  create('valid, ips, multi ipfamilies (6,4)', 'accepted', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.clusterIP = '2001::1'; s.spec.clusterIPs = ['2001::1', '10.0.0.1']; s.spec.ipFamilies = ['IPv6', 'IPv4']; }),
  create('valid, multi ips (6,4)', 'accepted', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.clusterIP = '2001::1'; s.spec.clusterIPs = ['2001::1', '10.0.0.1']; }),
  create('valid, multi ipfamilies (6,4)', 'accepted', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.ipFamilies = ['IPv6', 'IPv4']; }),
  create('valid, multi ips (4,6)', 'accepted', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.clusterIP = '10.0.0.1'; s.spec.clusterIPs = ['10.0.0.1', '2001::1']; }),
  create('valid,  multi ipfamilies (4,6)', 'accepted', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.ipFamilies = ['IPv4', 'IPv6']; }),
  create('valid, dual stack', 'accepted', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; }),
  // appProtocol, clusterIPs[0], loadBalancerClass, trafficDistribution.
  create('valid appProtocol', 'accepted', (s) => { s.spec.ports = [{ port: 12345, targetPort: 12345, protocol: 'TCP', appProtocol: 'HTTP' }]; }),
  create('valid custom appProtocol', 'accepted', (s) => { s.spec.ports = [{ port: 12345, targetPort: 12345, protocol: 'TCP', appProtocol: 'example.com/protocol' }]; }),
  create('invalid appProtocol', 'rejected', (s) => {
    s.spec.ports = [{ port: 12345, targetPort: 12345, protocol: 'TCP', appProtocol: 'example.com/protocol_with{invalid}[characters]' }];
  }, 'spec.ports[0].appProtocol'),
  create('invalid cluster ip != clusterIP in multi ip service', 'rejected', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; s.spec.clusterIP = '10.0.0.10'; s.spec.clusterIPs = ['10.0.0.1', '2001::1']; }, 'spec.clusterIPs[0]'),
  create('invalid cluster ip != clusterIP in single ip service', 'rejected', (s) => { s.spec.clusterIP = '10.0.0.10'; s.spec.clusterIPs = ['10.0.0.1']; }, 'spec.clusterIPs[0]'),
  create('valid LoadBalancerClass when type is LoadBalancer', 'accepted', (s) => { s.spec.loadBalancerClass = 'test.com/test-load-balancer-class'; }),
  create('invalid LoadBalancerClass', 'rejected', (s) => { s.spec.loadBalancerClass = 'Bad/LoadBalancerClass'; }, 'spec.loadBalancerClass'),
  create('topology annotations are mismatched', 'rejected', (s) => {
    s.metadata.annotations['service.kubernetes.io/topology-aware-hints'] = 'original';
    s.metadata.annotations['service.kubernetes.io/topology-mode'] = 'different';
  }, annotation('service.kubernetes.io/topology-mode'), 'K8S-SVC-028'),
  create('valid: trafficDistribution field set to PreferClose', 'accepted', (s) => { s.spec.trafficDistribution = 'PreferClose'; }),
  create('invalid: trafficDistribution field set to Random', 'rejected', (s) => { s.spec.trafficDistribution = 'Random'; }, 'spec.trafficDistribution', 'K8S-SVC-027'),
  // validateServiceExternalTrafficPolicy.
  svc('TestValidateServiceExternalTrafficPolicy', 'valid loadBalancer service with externalTrafficPolicy and healthCheckNodePort set', 'accepted', (s) => {
    s.spec.externalTrafficPolicy = 'Local'; s.spec.healthCheckNodePort = 34567;
  }),
  // makeValidService() made a LoadBalancer without externalTrafficPolicy, defaulted (Cluster) on a real create: listed in disagreements.ts.
  svc('TestValidateServiceExternalTrafficPolicy', 'externalTrafficPolicy is required on LoadBalancer service', 'rejected', (s) => {
    delete s.spec.externalTrafficPolicy;
  }, 'spec.externalTrafficPolicy'),
  svc('TestValidateServiceExternalTrafficPolicy', 'cannot set healthCheckNodePort field on loadBalancer service with externalTrafficPolicy!=Local', 'rejected', (s) => {
    s.spec.externalTrafficPolicy = 'Cluster'; s.spec.healthCheckNodePort = 34567;
  }, 'spec.healthCheckNodePort'),
];

const serviceBackend = () => ({ service: { name: 'defaultbackend', port: { number: 80 } } });
const resourceBackend = () => ({ resource: { apiGroup: 'example.com', kind: 'foo', name: 'bar' } });
const bothBackends = () => ({ ...serviceBackend(), ...resourceBackend() });

function ing(test: string, name: string, expect: 'accepted' | 'rejected', base: () => any, tweak: Tweak, path?: string, rule?: string): ConformanceCase {
  const manifest = base();
  tweak(manifest);
  return { source: `${NETWORKING} ${test} "${name}"`, manifest, profile: NETWORKING_VERSION, expect, ...(path === undefined ? {} : { path }), ...(rule === undefined ? {} : { rule }) };
}

/** TestValidateIngress's and TestValidateIngressTLS's baseIngress: a default backend and one implementation-specific path. */
function baseIngress(): any {
  return ingress({}, {
    defaultBackend: serviceBackend(),
    rules: [{ host: 'foo.bar.com', http: { paths: [{ path: '/foo', pathType: 'ImplementationSpecific', backend: serviceBackend() }] } }],
  }, 'foo');
}

/** TestValidateIngressCreate's baseIngress: a default backend and no rules. */
function createIngress(): any {
  const m = ingress({}, { defaultBackend: serviceBackend(), rules: [] }, 'test123');
  m.metadata.namespace = 'test123';
  return m;
}

/** TestValidateIngressRuleValue's object: one path of the test's path type to the default backend Service. */
function rulePath(pathType: string, path: string): () => any {
  return () => ingress({}, { rules: [{ http: { paths: [{ path, pathType, backend: serviceBackend() }] } }] });
}

const validate = (name: string, expect: 'accepted' | 'rejected', tweak: Tweak, path?: string) => ing('TestValidateIngress', name, expect, baseIngress, tweak, path);
const path0 = (m: any) => m.spec.rules[0].http.paths[0];
const ruleValue = (name: string, expect: 'accepted' | 'rejected', pathType: string, path: string) =>
  ing('TestValidateIngressRuleValue', name, expect, rulePath(pathType, path), () => undefined, expect === 'rejected' ? 'spec.rules[0].http.paths[0].path' : undefined);
const ingressCreate = (name: string, expect: 'accepted' | 'rejected', tweak: Tweak, path?: string, rule?: string) => ing('TestValidateIngressCreate', name, expect, createIngress, tweak, path, rule);
const onePath = (m: any, path: any) => { m.spec.rules = [{ host: 'foo.bar.com', http: { paths: [path] } }]; };
const CLASS = 'kubernetes.io/ingress.class';

const INGRESS_CASES: ConformanceCase[] = [
  validate('empty path (implementation specific)', 'accepted', (m) => { path0(m).path = ''; }),
  validate('valid path', 'accepted', (m) => { path0(m).path = '/valid'; }),
  validate('backend with no service', 'rejected', (m) => { m.spec.defaultBackend.service.name = ''; }, 'spec.defaultBackend.service.name'),
  validate('invalid path type', 'rejected', (m) => { path0(m).pathType = 'foo'; }, 'spec.rules[0].http.paths[0].pathType'),
  validate('empty path (prefix)', 'rejected', (m) => { path0(m).path = ''; path0(m).pathType = 'Prefix'; }, 'spec.rules[0].http.paths[0].path'),
  validate('no paths', 'rejected', (m) => { m.spec.rules[0].http.paths = []; }, 'spec.rules[0].http.paths'),
  validate('invalid host (foobar:80)', 'rejected', (m) => { m.spec.rules[0].host = 'foobar:80'; }, 'spec.rules[0].host'),
  validate('invalid host (127.0.0.1)', 'rejected', (m) => { m.spec.rules[0].host = '127.0.0.1'; }, 'spec.rules[0].host'),
  validate('valid wildcard host', 'accepted', (m) => { m.spec.rules[0].host = '*.bar.com'; }),
  validate('invalid wildcard host (foo.*.bar.com)', 'rejected', (m) => { m.spec.rules[0].host = 'foo.*.bar.com'; }, 'spec.rules[0].host'),
  validate('invalid wildcard host (*)', 'rejected', (m) => { m.spec.rules[0].host = '*'; }, 'spec.rules[0].host'),
  validate('path resource backend and service name are not allowed together', 'rejected', (m) => {
    m.spec.rules[0].http = { paths: [{ path: '/foo', pathType: 'ImplementationSpecific', backend: bothBackends() }] };
  }, 'spec.rules[0].http.paths[0].backend'),
  validate('path resource backend and service port are not allowed together', 'rejected', (m) => {
    m.spec.rules[0].http = { paths: [{ path: '/foo', pathType: 'ImplementationSpecific', backend: bothBackends() }] };
  }, 'spec.rules[0].http.paths[0].backend'),
  validate('spec.backend resource and service name are not allowed together', 'rejected', (m) => { m.spec.defaultBackend = bothBackends(); }, 'spec.defaultBackend'),
  validate('spec.backend resource and service port are not allowed together', 'rejected', (m) => { m.spec.defaultBackend = bothBackends(); }, 'spec.defaultBackend'),

  ruleValue('implementation specific: no leading slash', 'rejected', 'ImplementationSpecific', 'foo'),
  ruleValue('implementation specific: leading slash', 'accepted', 'ImplementationSpecific', '/foo'),
  ruleValue('implementation specific: many slashes', 'accepted', 'ImplementationSpecific', '/foo/bar/foo'),
  ruleValue('implementation specific: repeating slashes', 'accepted', 'ImplementationSpecific', '/foo//bar/foo'),
  ruleValue('prefix: no leading slash', 'rejected', 'Prefix', 'foo'),
  ruleValue('prefix: leading slash', 'accepted', 'Prefix', '/foo'),
  ruleValue('prefix: many slashes', 'accepted', 'Prefix', '/foo/bar/foo'),
  ruleValue('prefix: repeating slashes', 'rejected', 'Prefix', '/foo//bar/foo'),
  ruleValue('exact: no leading slash', 'rejected', 'Exact', 'foo'),
  ruleValue('exact: leading slash', 'accepted', 'Exact', '/foo'),
  ruleValue('exact: many slashes', 'accepted', 'Exact', '/foo/bar/foo'),
  ruleValue('exact: repeating slashes', 'rejected', 'Exact', '/foo//bar/foo'),
  ruleValue('prefix: with /./', 'rejected', 'Prefix', '/foo/./foo'),
  ruleValue('exact: with /../', 'rejected', 'Exact', '/foo/../foo'),
  ruleValue('prefix: with %2f', 'rejected', 'Prefix', '/foo/%2f/foo'),
  ruleValue('exact: with %2F', 'rejected', 'Exact', '/foo/%2F/foo'),

  ingressCreate('class field set', 'accepted', (m) => { m.spec.ingressClassName = 'bar'; }),
  ingressCreate('class annotation set', 'accepted', (m) => { m.metadata.annotations = { [CLASS]: 'foo' }; }),
  ingressCreate('class field and annotation set with same value', 'accepted', (m) => { m.spec.ingressClassName = 'foo'; m.metadata.annotations = { [CLASS]: 'foo' }; }),
  ingressCreate('class field and annotation set with different value', 'rejected', (m) => {
    m.spec.ingressClassName = 'bar'; m.metadata.annotations = { [CLASS]: 'foo' };
  }, annotation(CLASS), 'K8S-ING-006'),
  ingressCreate('valid regex path', 'accepted', (m) => onePath(m, { path: '/([a-z0-9]*)', pathType: 'ImplementationSpecific', backend: serviceBackend() })),
  ingressCreate('invalid regex path allowed (v1)', 'accepted', (m) => onePath(m, { path: '/([a-z0-9]*)[', pathType: 'ImplementationSpecific', backend: serviceBackend() })),
  ingressCreate('Spec.Backend.Resource field allowed on create', 'accepted', (m) => { m.spec.defaultBackend = resourceBackend(); }),
  ingressCreate('Paths.Backend.Resource field allowed on create', 'accepted', (m) => onePath(m, { path: '/([a-z0-9]*)', pathType: 'ImplementationSpecific', backend: resourceBackend() })),
  ingressCreate('valid secret', 'accepted', (m) => { m.spec.tls = [{ secretName: 'valid' }]; }),
  ingressCreate('invalid secret', 'rejected', (m) => { m.spec.tls = [{ secretName: 'invalid name' }]; }, 'spec.tls[0].secretName'),
  ingressCreate('valid rules with wildcard host', 'accepted', (m) => {
    m.spec.tls = [{ hosts: ['*.bar.com'] }];
    m.spec.rules = [{ host: '*.foo.com', http: { paths: [{ path: '/foo', pathType: 'Exact', backend: serviceBackend() }] } }];
  }),
  ingressCreate('invalid rules with wildcard host', 'rejected', (m) => {
    m.spec.tls = [{ hosts: ['*.bar.com'] }];
    m.spec.rules = [{ host: '*.foo.com', http: { paths: [{ path: 'foo', pathType: 'Exact', backend: serviceBackend() }] } }];
  }, 'spec.rules[0].http.paths[0].path'),

  ing('TestValidateIngressTLS', 'spec.tls[0].hosts[0]: Invalid value: \'foo.*.bar.com\'', 'rejected', baseIngress, (m) => {
    m.spec.rules[0].host = '*.foo.bar.com';
    m.spec.tls = [{ hosts: ['foo.*.bar.com'] }];
  }, 'spec.tls[0].hosts[0]'),
  ing('TestValidateIngressTLS', 'spec.tls[0].hosts: Valid value: \'*.bar.com\'', 'accepted', baseIngress, (m) => {
    m.spec.rules[0].host = '*.bar.com';
    m.spec.tls = [{ hosts: ['*.bar.com'] }];
  }),
  // Its two cases share one key of the map (an empty TLS entry and one with empty hosts print alike): the second stays.
  ing('TestValidateEmptyIngressTLS', 'spec.tls[0]: Valid value: {[] }', 'accepted', () => ingress({}, {
    rules: [{ host: 'foo.bar.com', http: { paths: [{ pathType: 'ImplementationSpecific', backend: { service: { name: 'defaultbackend', port: { number: 443 } } } }] } }],
  }, 'foo'), (m) => { m.spec.tls = [{ hosts: [] }]; }),
];

export const CASES: ConformanceCase[] = [...SERVICE_CASES, ...INGRESS_CASES];
