import { classicElb, inTreeNlb, lbcNlb } from './fixtures';
import { ClusterProfile } from '../../../src';
import { annotationPath, lbService, violations } from '../../helpers';
import { describeRule } from '../cases';

describeRule('AWS-ELB-001', {
  compliant: [
    { title: 'sessionAffinity None', manifest: classicElb({}, { sessionAffinity: 'None' }) },
    { title: 'no sessionAffinity', manifest: inTreeNlb() },
  ],
  noncompliant: [
    { title: 'ClientIP on a classic ELB', manifest: classicElb({}, { sessionAffinity: 'ClientIP' }), path: 'spec.sessionAffinity', message: ['"ClientIP"', 'unsupported load balancer affinity'], fix: ['stickiness.enabled=true'] },
    { title: 'ClientIP on a plain Service on EKS without the LBC', manifest: lbService({ spec: { sessionAffinity: 'ClientIP' } }), profile: ClusterProfile.eks(), path: 'spec.sessionAffinity', message: ['"ClientIP"'], fix: ['Remove sessionAffinity'] },
    { title: 'ClientIP on type nlb', manifest: inTreeNlb({}, { sessionAffinity: 'ClientIP' }), path: 'spec.sessionAffinity', message: ['"ClientIP"'], fix: ['Remove sessionAffinity'] },
  ],
});

const tcpUdp = [{ name: 'dns-tcp', port: 53, protocol: 'TCP' }, { name: 'dns-udp', port: 53, protocol: 'UDP' }];
describeRule('AWS-ELB-002', {
  compliant: [
    { title: 'TCP on a classic ELB', manifest: classicElb() },
    { title: 'UDP only on type nlb', manifest: inTreeNlb({}, { ports: [{ port: 53, protocol: 'UDP' }] }) },
    // Without a profile a Service without AWS keys may be another cloud's; with the webhook it becomes the LBC's NLB.
    { title: 'UDP on a plain Service, no profile', manifest: lbService({ spec: { ports: [{ port: 53, protocol: 'UDP' }] } }) },
    { title: 'UDP on a plain Service on EKS with the LBC webhook', manifest: lbService({ spec: { ports: [{ port: 53, protocol: 'UDP' }] } }), profile: ClusterProfile.eks({ awsLoadBalancerController: { version: 'v2.8.1' } }) },
  ],
  noncompliant: [
    { title: 'TCP and UDP mixed on type nlb', manifest: inTreeNlb({}, { ports: tcpUdp }), path: 'spec.ports', message: ['"TCP" and "UDP"', 'mixed protocol'], fix: ['own Service'] },
    // EnsureLoadBalancer's checkProtocol (TestCheckProtocol "UDP with ELB": a Service without annotations).
    { title: 'UDP on a plain Service on EKS without the LBC', manifest: lbService({ spec: { ports: [{ port: 53, protocol: 'UDP' }] } }), profile: ClusterProfile.eks(), path: 'spec.ports[0].protocol', message: ['"UDP"', 'classic ELB'], fix: ['Use TCP'] },
    { title: 'UDP on a classic ELB', manifest: classicElb({}, { ports: tcpUdp }), path: 'spec.ports[1].protocol', message: ['"UDP"', 'classic ELB'], fix: ['Use TCP'] },
  ],
});

describeRule('AWS-ELB-003', {
  compliant: [
    { title: 'classic ELB keys on a classic ELB', manifest: classicElb({ 'proxy-protocol': '*' }) },
    { title: 'NLB keys on type nlb', manifest: inTreeNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=false' }) },
  ],
  noncompliant: [
    { title: 'TG attributes on a classic ELB', manifest: classicElb({ 'target-group-attributes': 'preserve_client_ip.enabled=false' }), path: annotationPath('aws-load-balancer-target-group-attributes'), message: ['aws-load-balancer-target-group-attributes="preserve_client_ip.enabled=false"', 'only supported for NLB'], fix: ['type nlb'] },
    { title: 'proxy-protocol on type nlb', manifest: inTreeNlb({ 'proxy-protocol': '*' }), path: annotationPath('aws-load-balancer-proxy-protocol'), message: ['"*"', 'ignores'], fix: ['proxy_protocol_v2.enabled=true'] },
    { title: 'extra security groups on type nlb', manifest: inTreeNlb({ 'extra-security-groups': 'sg-01234567' }), path: annotationPath('aws-load-balancer-extra-security-groups'), message: ['aws-load-balancer-extra-security-groups="sg-01234567"', 'not supported by NLB'], fix: ['classic ELB'] },
  ],
});

describeRule('AWS-ELB-013', {
  compliant: [
    { title: 'draining and idle timeout on a classic ELB', manifest: classicElb({ 'connection-draining-enabled': 'true', 'connection-idle-timeout': '60' }) },
    { title: 'deregistration delay on type nlb', manifest: inTreeNlb({ 'target-group-attributes': 'deregistration_delay.timeout_seconds=30' }) },
  ],
  noncompliant: [
    { title: 'idle timeout on type nlb (ingress-nginx\'s AWS manifest; EnsureLoadBalancer never reads it for an NLB)', manifest: inTreeNlb({ 'connection-idle-timeout': '60' }), path: annotationPath('aws-load-balancer-connection-idle-timeout'), message: ['"60"', 'ignores it', 'works without it'], fix: ['no such setting'] },
    { title: 'draining on type nlb', manifest: inTreeNlb({ 'connection-draining-enabled': 'true' }), path: annotationPath('aws-load-balancer-connection-draining-enabled'), message: ['"true"'], fix: ['deregistration_delay.timeout_seconds'] },
  ],
});

describeRule('AWS-ELB-004', {
  compliant: [
    { title: 'backend protocol http with proxy-protocol "*"', manifest: classicElb({ 'backend-protocol': 'http', 'proxy-protocol': '*' }) },
    // EnsureLoadBalancer sets the PROXY protocol policy only for a value that is not empty.
    { title: 'an empty proxy-protocol, read as off', manifest: classicElb({ 'proxy-protocol': '' }) },
  ],
  noncompliant: [
    { title: 'backend protocol HTTP in upper case', manifest: classicElb({ 'backend-protocol': 'HTTP' }), path: annotationPath('aws-load-balancer-backend-protocol'), message: ['"HTTP"', 'Invalid backend protocol'], fix: ['Write "http"'] },
    { title: 'backend protocol grpc', manifest: classicElb({ 'backend-protocol': 'grpc' }), path: annotationPath('aws-load-balancer-backend-protocol'), message: ['"grpc"'], fix: ['http, https, ssl or tcp'] },
    { title: 'proxy-protocol "true"', manifest: classicElb({ 'proxy-protocol': 'true' }), path: annotationPath('aws-load-balancer-proxy-protocol'), message: ['"true"', 'only "*"'], fix: ['Write "*"'] },
  ],
});

const twoPorts = { ports: [{ name: 'http', port: 80 }, { name: 'https', port: 443 }] };
describeRule('AWS-ELB-005', {
  compliant: [
    { title: 'a port name and a port number', manifest: classicElb({ 'ssl-ports': 'https,443' }, twoPorts) },
    { title: 'ssl-ports "*"', manifest: classicElb({ 'ssl-ports': '*' }, twoPorts) },
  ],
  noncompliant: [
    { title: 'a space after the comma', manifest: classicElb({ 'ssl-ports': '80, 443' }, twoPorts), path: annotationPath('aws-load-balancer-ssl-ports'), message: ['" 443"', 'without TLS'], fix: ['Remove the spaces: "80,443"'] },
    { title: 'a port name not in spec.ports', manifest: inTreeNlb({ 'ssl-ports': 'htps' }, twoPorts), path: annotationPath('aws-load-balancer-ssl-ports'), message: ['"htps"'], fix: ['http, https'] },
  ],
});

describeRule('AWS-ELB-006', {
  compliant: [
    { title: 'emit interval, draining and idle timeouts in range', manifest: classicElb({ 'access-log-emit-interval': '60', 'connection-draining-timeout': '3600', 'connection-idle-timeout': '4000' }) },
  ],
  noncompliant: [
    { title: 'access log emit interval 15', manifest: classicElb({ 'access-log-emit-interval': '15' }), path: annotationPath('aws-load-balancer-access-log-emit-interval'), message: ['"15"', '5 or 60'], fix: ['"5" or "60"'] },
    { title: 'connection draining timeout 0', manifest: classicElb({ 'connection-draining-timeout': '0' }), path: annotationPath('aws-load-balancer-connection-draining-timeout'), message: ['"0"', '1–3600'], fix: ['1 to 3600'] },
    { title: 'connection idle timeout 4001', manifest: classicElb({ 'connection-idle-timeout': '4001' }), path: annotationPath('aws-load-balancer-connection-idle-timeout'), message: ['"4001"'], fix: ['1 to 4000'] },
  ],
});

describeRule('AWS-ELB-007', {
  compliant: [
    { title: 'classic health check settings in range', manifest: classicElb({ 'healthcheck-interval': '30', 'healthcheck-timeout': '29', 'healthcheck-healthy-threshold': '2', 'healthcheck-unhealthy-threshold': '10', 'healthcheck-protocol': 'SSL' }) },
    { title: 'type nlb health check settings in range', manifest: inTreeNlb({ 'healthcheck-protocol': 'http', 'healthcheck-port': 'traffic-port', 'healthcheck-interval': '300' }) },
  ],
  noncompliant: [
    { title: 'classic timeout equal to interval', manifest: classicElb({ 'healthcheck-interval': '10', 'healthcheck-timeout': '10' }), path: annotationPath('aws-load-balancer-healthcheck-timeout'), message: ['"10"', 'less than the interval'], fix: ['below 10'] },
    { title: 'classic timeout above the default interval', manifest: classicElb({ 'healthcheck-timeout': '15' }), path: annotationPath('aws-load-balancer-healthcheck-timeout'), message: ['"15"', '(10 s, the default)'], fix: ['below 10'] },
    { title: 'classic timeout 61', manifest: classicElb({ 'healthcheck-interval': '300', 'healthcheck-timeout': '61' }), path: annotationPath('aws-load-balancer-healthcheck-timeout'), message: ['"61"', '2–60'], fix: ['2 to 60'] },
    { title: 'interval 301 on type nlb', manifest: inTreeNlb({ 'healthcheck-interval': '301' }), path: annotationPath('aws-load-balancer-healthcheck-interval'), message: ['"301"', '5–300'], fix: ['5 to 300'] },
    { title: 'classic healthy threshold 1', manifest: classicElb({ 'healthcheck-healthy-threshold': '1' }), path: annotationPath('aws-load-balancer-healthcheck-healthy-threshold'), message: ['"1"', '2–10'], fix: ['2 to 10'] },
    { title: 'SSL on type nlb', manifest: inTreeNlb({ 'healthcheck-protocol': 'ssl' }), path: annotationPath('aws-load-balancer-healthcheck-protocol'), message: ['"ssl"'], fix: ['tcp, http, https'] },
    { title: 'named port on type nlb', manifest: inTreeNlb({ 'healthcheck-port': 'http' }), path: annotationPath('aws-load-balancer-healthcheck-port'), message: ['"http"', 'Invalid health check port'], fix: ['traffic-port'] },
  ],
});

describeRule('AWS-ELB-008', {
  compliant: [
    { title: 'type nlb without a timeout', manifest: inTreeNlb({ 'healthcheck-interval': '10' }) },
    { title: 'a timeout on a classic ELB', manifest: classicElb({ 'healthcheck-timeout': '5' }) },
  ],
  noncompliant: [
    { title: 'timeout on type nlb', manifest: inTreeNlb({ 'healthcheck-timeout': '5' }), path: annotationPath('aws-load-balancer-healthcheck-timeout'), message: ['"5"', 'ignored'], fix: ['AWS Load Balancer Controller'] },
  ],
});

describeRule('AWS-ELB-009', {
  compliant: [
    { title: 'both supported attributes', manifest: inTreeNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=false, proxy_protocol_v2.enabled=true' }) },
    // getKeyValuePropertiesFromAnnotation trims the value and each entry, and a repeated key keeps its last value.
    { title: 'spaces around the entries', manifest: inTreeNlb({ 'target-group-attributes': ' preserve_client_ip.enabled=true , proxy_protocol_v2.enabled=false ' }) },
    { title: 'a repeated attribute: the last value counts', manifest: inTreeNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=false,preserve_client_ip.enabled=true' }, { ports: [{ port: 53, protocol: 'UDP' }] }) },
    { title: 'an empty value', manifest: inTreeNlb({ 'target-group-attributes': '' }) },
  ],
  noncompliant: [
    { title: 'an attribute the in-tree NLB does not support', manifest: inTreeNlb({ 'target-group-attributes': 'deregistration_delay.timeout_seconds=30' }), path: annotationPath('aws-load-balancer-target-group-attributes'), message: ['"deregistration_delay.timeout_seconds"', 'not supported'], fix: ['preserve_client_ip.enabled'] },
    { title: 'a value "True" in upper case', manifest: inTreeNlb({ 'target-group-attributes': 'proxy_protocol_v2.enabled=True' }), path: annotationPath('aws-load-balancer-target-group-attributes'), message: ['"proxy_protocol_v2.enabled=True"', 'exactly'], fix: ['proxy_protocol_v2.enabled=true'] },
    { title: 'an attribute without a value', manifest: inTreeNlb({ 'target-group-attributes': 'preserve_client_ip.enabled' }), path: annotationPath('aws-load-balancer-target-group-attributes'), message: ['"preserve_client_ip.enabled"'], fix: ['preserve_client_ip.enabled=true'] },
    // validateServiceAnnotationTargetGroupAttributes compares the value after "=" untrimmed.
    { title: 'a space after "="', manifest: inTreeNlb({ 'target-group-attributes': 'preserve_client_ip.enabled= true ' }), path: annotationPath('aws-load-balancer-target-group-attributes'), message: ['"preserve_client_ip.enabled= true"', 'does not trim spaces'], fix: ['preserve_client_ip.enabled=true'] },
    { title: 'a space before "="', manifest: inTreeNlb({ 'target-group-attributes': 'proxy_protocol_v2.enabled =true' }), path: annotationPath('aws-load-balancer-target-group-attributes'), message: ['"proxy_protocol_v2.enabled "', 'spaces before "="'], fix: ['proxy_protocol_v2.enabled=true without spaces'] },
    { title: 'an empty value after "="', manifest: inTreeNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=' }), path: annotationPath('aws-load-balancer-target-group-attributes'), message: ['"preserve_client_ip.enabled" has no value', 'attribute value is empty'], fix: ['preserve_client_ip.enabled=true'] },
    { title: 'no preservation for UDP', manifest: inTreeNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=false' }, { ports: [{ port: 53, protocol: 'UDP' }] }), path: annotationPath('aws-load-balancer-target-group-attributes'), message: ['"preserve_client_ip.enabled=false"', 'UDP'], fix: ['Keep client IP preservation on'] },
  ],
});

const subnets2 = 'subnet-01234567,subnet-89abcdef';
describeRule('AWS-ELB-010', {
  compliant: [
    { title: 'EIPs on a public NLB', manifest: inTreeNlb({ 'internal': 'false', 'subnets': subnets2, 'eip-allocations': 'eipalloc-01234567,eipalloc-89abcdef' }) },
    { title: 'private IPs on an internal NLB', manifest: inTreeNlb({ 'subnets': subnets2, 'private-ipv4-addresses': '10.0.1.10,10.0.2.10' }) },
  ],
  noncompliant: [
    { title: 'EIPs on an internal NLB', manifest: inTreeNlb({ 'subnets': subnets2, 'eip-allocations': 'eipalloc-01234567,eipalloc-89abcdef' }), path: annotationPath('aws-load-balancer-eip-allocations'), message: ['"eipalloc-01234567,eipalloc-89abcdef"', 'internal NLB', 'AWS refuses'], fix: ['Remove aws-load-balancer-internal'] },
    { title: 'fewer private IPs than subnets', manifest: inTreeNlb({ 'subnets': subnets2, 'private-ipv4-addresses': '10.0.1.10' }), path: annotationPath('aws-load-balancer-private-ipv4-addresses'), message: ['"10.0.1.10" has 1 private IPv4 addresses for 2 subnets'], fix: ['one per subnet'] },
    { title: 'private IPs without subnets', manifest: inTreeNlb({ 'private-ipv4-addresses': '10.0.1.10' }), path: annotationPath('aws-load-balancer-private-ipv4-addresses'), message: ['"10.0.1.10"', 'without aws-load-balancer-subnets'], fix: ['aws-load-balancer-subnets'] },
    { title: 'a space after the comma', manifest: inTreeNlb({ 'subnets': subnets2, 'private-ipv4-addresses': '10.0.1.10, 10.0.2.10' }), path: annotationPath('aws-load-balancer-private-ipv4-addresses'), message: ['" 10.0.2.10"', 'does not trim'], fix: ['without spaces'] },
  ],
});

describeRule('AWS-ELB-011', {
  compliant: [
    { title: 'internal "true"', manifest: classicElb() },
    { title: 'internal "false" with source ranges', manifest: classicElb({ internal: 'false' }, { loadBalancerSourceRanges: ['10.0.0.0/8'] }) },
  ],
  noncompliant: [
    { title: 'internal "False" in upper case', manifest: classicElb({ internal: 'False' }), path: annotationPath('aws-load-balancer-internal'), message: ['"False"', 'internal'], fix: ['exactly "false"'] },
    { title: 'a CIDR as the internal value', manifest: classicElb({ internal: '0.0.0.0/0' }), path: annotationPath('aws-load-balancer-internal'), message: ['"0.0.0.0/0"'], fix: ['Write "true"'] },
  ],
});

/** A Service whose load balancer exists, with the hostname in its status. */
function created(manifest: any, hostname: string): any {
  return { ...manifest, status: { loadBalancer: { ingress: [{ hostname }] } } };
}

const CLASSIC_HOST = 'internal-a1b2c3-123456789.eu-west-1.elb.amazonaws.com';
const NLB_HOST = 'a1b2c3-0123456789abcdef.elb.eu-west-1.amazonaws.com';
// validateServiceAnnotations (cloud-provider-aws v1.36+) compares the type with the hostname of the load balancer.
describeRule('AWS-ELB-012', {
  compliant: [
    { title: 'a classic ELB without the type annotation', manifest: created(classicElb(), CLASSIC_HOST) },
    { title: 'type nlb on its NLB', manifest: created(inTreeNlb(), NLB_HOST) },
    { title: 'a new Service, without a load balancer yet', manifest: inTreeNlb() },
    { title: 'a Service without AWS annotations whose status names no AWS load balancer', manifest: created(lbService(), 'lb.example.com') },
    { title: 'the LBC\'s class on an NLB', manifest: created(lbcNlb(), NLB_HOST) },
  ],
  noncompliant: [
    { title: 'type nlb on a classic ELB', manifest: created(inTreeNlb(), CLASSIC_HOST), path: annotationPath('aws-load-balancer-type'), message: ['"nlb" (an NLB)', `"${CLASSIC_HOST}" is a classic ELB`, 'cannot update Load Balancer Type annotation', 'leak the first'], fix: ['Remove aws-load-balancer-type', 're-create the Service'] },
    // The status alone says the in-tree provider made the load balancer (TestValidateServiceAnnotations: no annotations).
    { title: 'a Service without AWS annotations on an NLB', manifest: created(lbService(), NLB_HOST), path: annotationPath('aws-load-balancer-type'), message: ['no aws-load-balancer-type', 'is an NLB'], fix: ['"nlb"'] },
    { title: 'no type annotation on an NLB', manifest: created(classicElb(), NLB_HOST), path: annotationPath('aws-load-balancer-type'), message: ['no aws-load-balancer-type (a classic ELB)', 'is an NLB'], fix: ['Restore aws-load-balancer-type: "nlb"'] },
  ],
});

test('AWS-ELB rules do not judge the AWS Load Balancer Controller', () => {
  const lbc = { ...classicElb({ 'target-group-attributes': 'stickiness.enabled=true' }, { sessionAffinity: 'ClientIP' }) };
  lbc.spec.loadBalancerClass = 'service.k8s.aws/nlb';
  for (const id of ['AWS-ELB-001', 'AWS-ELB-003', 'AWS-ELB-009']) expect(violations(id, lbc)).toEqual([]);
});
