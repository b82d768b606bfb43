import { annotationPathOf as ap, classicElb, describeRule, inTreeNlb } from './fixtures';
import { violations } from '../../helpers';

describeRule('AWS-ELB-001', [['None', classicElb({}, { sessionAffinity: 'None' })], ['absent', inTreeNlb()]], [
  { name: 'ClientIP on a classic ELB', manifest: classicElb({}, { sessionAffinity: 'ClientIP' }), path: 'spec.sessionAffinity', message: ['"ClientIP"', 'unsupported load balancer affinity'], fix: 'stickiness.enabled=true' },
  { name: 'ClientIP on type nlb', manifest: inTreeNlb({}, { sessionAffinity: 'ClientIP' }), path: 'spec.sessionAffinity', message: ['"ClientIP"'], fix: 'Remove sessionAffinity' },
]);

const tcpUdp = [{ name: 'dns-tcp', port: 53, protocol: 'TCP' }, { name: 'dns-udp', port: 53, protocol: 'UDP' }];
describeRule('AWS-ELB-002', [['TCP classic', classicElb()], ['UDP only on type nlb', inTreeNlb({}, { ports: [{ port: 53, protocol: 'UDP' }] })]], [
  { name: 'mixed on type nlb', manifest: inTreeNlb({}, { ports: tcpUdp }), path: 'spec.ports', message: ['"TCP" and "UDP"', 'mixed protocol'], fix: 'own Service' },
  { name: 'UDP on a classic ELB', manifest: classicElb({}, { ports: tcpUdp }), path: 'spec.ports[1].protocol', message: ['"UDP"', 'classic ELB'], fix: 'Use TCP' },
]);

describeRule('AWS-ELB-003', [['classic keys on classic', classicElb({ 'proxy-protocol': '*' })], ['NLB keys on type nlb', inTreeNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=false' })]], [
  { name: 'TG attributes on a classic ELB', manifest: classicElb({ 'target-group-attributes': 'preserve_client_ip.enabled=false' }), path: ap('target-group-attributes'), message: ['aws-load-balancer-target-group-attributes="preserve_client_ip.enabled=false"', 'only supported for NLB'], fix: 'type nlb' },
  { name: 'proxy-protocol on type nlb', manifest: inTreeNlb({ 'proxy-protocol': '*' }), path: ap('proxy-protocol'), message: ['"*"', 'ignores'], fix: 'proxy_protocol_v2.enabled=true' },
  { name: 'extra security groups on type nlb', manifest: inTreeNlb({ 'extra-security-groups': 'sg-01234567' }), path: ap('extra-security-groups'), message: ['aws-load-balancer-extra-security-groups="sg-01234567"', 'not supported by NLB'], fix: 'classic ELB' },
]);

describeRule('AWS-ELB-004', [['http backend', classicElb({ 'backend-protocol': 'http', 'proxy-protocol': '*' })]], [
  { name: 'HTTP in upper case', manifest: classicElb({ 'backend-protocol': 'HTTP' }), path: ap('backend-protocol'), message: ['"HTTP"', 'Invalid backend protocol'], fix: 'Write "http"' },
  { name: 'grpc', manifest: classicElb({ 'backend-protocol': 'grpc' }), path: ap('backend-protocol'), message: ['"grpc"'], fix: 'http, https, ssl or tcp' },
  { name: 'proxy-protocol true', manifest: classicElb({ 'proxy-protocol': 'true' }), path: ap('proxy-protocol'), message: ['"true"', 'only "*"'], fix: 'Write "*"' },
]);

const twoPorts = { ports: [{ name: 'http', port: 80 }, { name: 'https', port: 443 }] };
describeRule('AWS-ELB-005', [['names and numbers', classicElb({ 'ssl-ports': 'https,443' }, twoPorts)], ['star', classicElb({ 'ssl-ports': '*' }, twoPorts)]], [
  { name: 'space after comma', manifest: classicElb({ 'ssl-ports': '80, 443' }, twoPorts), path: ap('ssl-ports'), message: ['" 443"', 'without TLS'], fix: 'Remove the spaces: "80,443"' },
  { name: 'unknown name', manifest: inTreeNlb({ 'ssl-ports': 'htps' }, twoPorts), path: ap('ssl-ports'), message: ['"htps"'], fix: 'http, https' },
]);

describeRule('AWS-ELB-006', [['valid', classicElb({ 'access-log-emit-interval': '60', 'connection-draining-timeout': '3600', 'connection-idle-timeout': '4000' })]], [
  { name: 'emit interval 15', manifest: classicElb({ 'access-log-emit-interval': '15' }), path: ap('access-log-emit-interval'), message: ['"15"', '5 or 60'], fix: '"5" or "60"' },
  { name: 'draining 0', manifest: classicElb({ 'connection-draining-timeout': '0' }), path: ap('connection-draining-timeout'), message: ['"0"', '1–3600'], fix: '1 to 3600' },
  { name: 'idle 4001', manifest: classicElb({ 'connection-idle-timeout': '4001' }), path: ap('connection-idle-timeout'), message: ['"4001"'], fix: '1 to 4000' },
]);

describeRule('AWS-ELB-007', [
  ['classic in range', classicElb({ 'healthcheck-interval': '30', 'healthcheck-timeout': '29', 'healthcheck-healthy-threshold': '2', 'healthcheck-unhealthy-threshold': '10', 'healthcheck-protocol': 'SSL' })],
  ['type nlb', inTreeNlb({ 'healthcheck-protocol': 'http', 'healthcheck-port': 'traffic-port', 'healthcheck-interval': '300' })],
], [
  { name: 'classic timeout equal to interval', manifest: classicElb({ 'healthcheck-interval': '10', 'healthcheck-timeout': '10' }), path: ap('healthcheck-timeout'), message: ['"10"', 'less than the interval'], fix: 'below 10' },
  { name: 'classic timeout vs default interval', manifest: classicElb({ 'healthcheck-timeout': '15' }), path: ap('healthcheck-timeout'), message: ['"15"', '(10 s, the default)'], fix: 'below 10' },
  { name: 'classic timeout 61', manifest: classicElb({ 'healthcheck-interval': '300', 'healthcheck-timeout': '61' }), path: ap('healthcheck-timeout'), message: ['"61"', '2–60'], fix: '2 to 60' },
  { name: 'interval 301', manifest: inTreeNlb({ 'healthcheck-interval': '301' }), path: ap('healthcheck-interval'), message: ['"301"', '5–300'], fix: '5 to 300' },
  { name: 'threshold 1', manifest: classicElb({ 'healthcheck-healthy-threshold': '1' }), path: ap('healthcheck-healthy-threshold'), message: ['"1"', '2–10'], fix: '2 to 10' },
  { name: 'SSL on type nlb', manifest: inTreeNlb({ 'healthcheck-protocol': 'ssl' }), path: ap('healthcheck-protocol'), message: ['"ssl"'], fix: 'tcp, http, https' },
  { name: 'named port on type nlb', manifest: inTreeNlb({ 'healthcheck-port': 'http' }), path: ap('healthcheck-port'), message: ['"http"', 'Invalid health check port'], fix: 'traffic-port' },
]);

describeRule('AWS-ELB-008', [['no timeout', inTreeNlb({ 'healthcheck-interval': '10' })], ['classic timeout', classicElb({ 'healthcheck-timeout': '5' })]], [
  { name: 'timeout on type nlb', manifest: inTreeNlb({ 'healthcheck-timeout': '5' }), path: ap('healthcheck-timeout'), message: ['"5"', 'ignored'], fix: 'AWS Load Balancer Controller' },
]);

describeRule('AWS-ELB-009', [['both attributes', inTreeNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=false, proxy_protocol_v2.enabled=true' })]], [
  { name: 'other attribute', manifest: inTreeNlb({ 'target-group-attributes': 'deregistration_delay.timeout_seconds=30' }), path: ap('target-group-attributes'), message: ['"deregistration_delay.timeout_seconds"', 'not supported'], fix: 'preserve_client_ip.enabled' },
  { name: 'True', manifest: inTreeNlb({ 'target-group-attributes': 'proxy_protocol_v2.enabled=True' }), path: ap('target-group-attributes'), message: ['"proxy_protocol_v2.enabled=True"', 'exactly'], fix: 'proxy_protocol_v2.enabled=true' },
  { name: 'empty value', manifest: inTreeNlb({ 'target-group-attributes': 'preserve_client_ip.enabled' }), path: ap('target-group-attributes'), message: ['"preserve_client_ip.enabled"'], fix: 'preserve_client_ip.enabled=true' },
  { name: 'no preservation for UDP', manifest: inTreeNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=false' }, { ports: [{ port: 53, protocol: 'UDP' }] }), path: ap('target-group-attributes'), message: ['"preserve_client_ip.enabled=false"', 'UDP'], fix: 'Keep client IP preservation on' },
]);

const subnets2 = 'subnet-01234567,subnet-89abcdef';
describeRule('AWS-ELB-010', [
  ['EIPs, public', inTreeNlb({ 'internal': 'false', 'subnets': subnets2, 'eip-allocations': 'eipalloc-01234567,eipalloc-89abcdef' })],
  ['private IPs, internal', inTreeNlb({ 'subnets': subnets2, 'private-ipv4-addresses': '10.0.1.10,10.0.2.10' })],
], [
  { name: 'EIPs on internal', manifest: inTreeNlb({ 'subnets': subnets2, 'eip-allocations': 'eipalloc-01234567,eipalloc-89abcdef' }), path: ap('eip-allocations'), message: ['"eipalloc-01234567,eipalloc-89abcdef"', 'internal NLB', 'AWS refuses'], fix: 'Remove aws-load-balancer-internal' },
  { name: 'count', manifest: inTreeNlb({ 'subnets': subnets2, 'private-ipv4-addresses': '10.0.1.10' }), path: ap('private-ipv4-addresses'), message: ['"10.0.1.10" has 1 private IPv4 addresses for 2 subnets'], fix: 'one per subnet' },
  { name: 'no subnets', manifest: inTreeNlb({ 'private-ipv4-addresses': '10.0.1.10' }), path: ap('private-ipv4-addresses'), message: ['"10.0.1.10"', 'without aws-load-balancer-subnets'], fix: 'aws-load-balancer-subnets' },
  { name: 'space', manifest: inTreeNlb({ 'subnets': subnets2, 'private-ipv4-addresses': '10.0.1.10, 10.0.2.10' }), path: ap('private-ipv4-addresses'), message: ['" 10.0.2.10"', 'does not trim'], fix: 'without spaces' },
]);

describeRule('AWS-ELB-011', [['true', classicElb()], ['false', classicElb({ internal: 'false' }, { loadBalancerSourceRanges: ['10.0.0.0/8'] })]], [
  { name: 'False', manifest: classicElb({ internal: 'False' }), path: ap('internal'), message: ['"False"', 'internal'], fix: 'exactly "false"' },
  { name: 'CIDR', manifest: classicElb({ internal: '0.0.0.0/0' }), path: ap('internal'), message: ['"0.0.0.0/0"'], fix: 'Write "true"' },
]);

test('AWS-ELB rules do not judge the AWS Load Balancer Controller', () => {
  const lbc = { ...classicElb({ 'target-group-attributes': 'stickiness.enabled=true' }, { sessionAffinity: 'ClientIP' }) };
  lbc.spec.loadBalancerClass = 'service.k8s.aws/nlb';
  for (const id of ['AWS-ELB-001', 'AWS-ELB-003', 'AWS-ELB-009']) expect(violations(id, lbc)).toEqual([]);
});
