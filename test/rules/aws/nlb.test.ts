import { annotationPathOf as ap, describeRule, lbcNlb } from './fixtures';
import { violations } from '../../helpers';

describeRule('AWS-NLB-001', [
  ['every closed set', lbcNlb({ 'ip-address-type': 'dualstack', 'alpn-policy': 'HTTP2Preferred', 'healthcheck-protocol': 'HTTP', 'backend-protocol': 'ssl', 'proxy-protocol': '*', 'enable-icmp-for-path-mtu-discovery': 'on', 'ssl-cert': 'arn:aws:acm:us-east-1:123456789012:certificate/a' })],
], [
  { name: 'scheme Internal', manifest: lbcNlb({ scheme: 'Internal' }), path: ap('scheme'), message: ['"Internal"', 'unknown scheme'], fix: 'Write "internal"' },
  { name: 'target type pod', manifest: lbcNlb({ 'nlb-target-type': 'pod' }), path: ap('nlb-target-type'), message: ['"pod"', 'instance targets'], fix: 'ip, instance' },
  { name: 'dualstack-without-public-ipv4', manifest: lbcNlb({ 'ip-address-type': 'dualstack-without-public-ipv4' }), path: ap('ip-address-type'), message: ['"dualstack-without-public-ipv4"', 'ALBs only'], fix: 'ipv4, dualstack' },
  { name: 'alpn lower case', manifest: lbcNlb({ 'alpn-policy': 'http2preferred' }), path: ap('alpn-policy'), message: ['"http2preferred"'], fix: 'Write "HTTP2Preferred"' },
  { name: 'backend https', manifest: lbcNlb({ 'backend-protocol': 'https' }), path: ap('backend-protocol'), message: ['"https"', 'silently uses TCP'], fix: 'ssl, tcp' },
  { name: 'icmp true', manifest: lbcNlb({ 'enable-icmp-for-path-mtu-discovery': 'true' }), path: ap('enable-icmp-for-path-mtu-discovery'), message: ['"true"', 'ignores'], fix: 'on' },
]);

describeRule('AWS-NLB-002', [['32 characters', lbcNlb({ name: 'a'.repeat(31) + 'b' })]], [
  { name: '33 characters', manifest: lbcNlb({ name: 'a'.repeat(33) }), path: ap('name'), message: [`"${'a'.repeat(33)}" has 33 characters`, 'cannot be longer than 32'], fix: '32 characters' },
  { name: 'underscore', manifest: lbcNlb({ name: 'my_lb' }), path: ap('name'), message: ['"my_lb"'], fix: 'inner hyphens' },
  { name: 'internal- prefix', manifest: lbcNlb({ name: 'internal-api' }), path: ap('name'), message: ['"internal-api"', 'reserves'], fix: 'does not start with' },
]);

describeRule('AWS-NLB-003', [['valid', lbcNlb({ attributes: 'deletion_protection.enabled=true,dns_record.client_routing_policy=availability_zone_affinity,access_logs.s3.enabled=true,access_logs.s3.bucket=logs' })]], [
  { name: 'routing policy', manifest: lbcNlb({ attributes: 'dns_record.client_routing_policy=zonal' }), path: ap('attributes'), message: ['"zonal"'], fix: 'availability_zone_affinity' },
  { name: 'boolean', manifest: lbcNlb({ attributes: 'deletion_protection.enabled=yes' }), path: ap('attributes'), message: ['"yes"'], fix: 'deletion_protection.enabled=true' },
  { name: 'logs without bucket', manifest: lbcNlb({ attributes: 'access_logs.s3.enabled=true' }), path: ap('attributes'), message: ['"access_logs.s3.enabled=true" without access_logs.s3.bucket'], fix: 'access_logs.s3.bucket=' },
  {
    name: 'logs with an empty bucket',
    manifest: lbcNlb({ attributes: 'access_logs.s3.enabled=true,access_logs.s3.bucket=' }),
    path: ap('attributes'),
    message: ['access_logs.s3.bucket="" (empty)'],
    fix: 'access_logs.s3.bucket=',
  },
]);

const two = 'subnet-01234567,subnet-89abcdef';
describeRule('AWS-NLB-004', [
  ['EIPs, public', lbcNlb({ 'scheme': 'internet-facing', 'subnets': two, 'eip-allocations': 'eipalloc-01234567,eipalloc-89abcdef' }, { loadBalancerSourceRanges: ['0.0.0.0/0'] })],
  ['private IPv4, internal', lbcNlb({ 'subnets': two, 'private-ipv4-addresses': '10.0.1.5,10.0.2.5' })],
  ['IPv6, dualstack', lbcNlb({ 'subnets': two, 'ip-address-type': 'dualstack', 'ipv6-addresses': '2600:1f18::5,2600:1f18:1::5' })],
  ['source-NAT prefixes', lbcNlb({ 'subnets': two, 'ip-address-type': 'dualstack', 'enable-prefix-for-ipv6-source-nat': 'on', 'source-nat-ipv6-prefixes': 'auto_assigned,2600:1f18:1:2::/80' })],
], [
  { name: 'EIPs on internal', manifest: lbcNlb({ 'subnets': two, 'eip-allocations': 'eipalloc-01234567,eipalloc-89abcdef' }), path: ap('eip-allocations'), message: ['"eipalloc-01234567,eipalloc-89abcdef"', 'internet-facing', 'reconcile fails'], fix: 'scheme: internet-facing' },
  { name: 'private on public', manifest: lbcNlb({ 'scheme': 'internet-facing', 'subnets': two, 'private-ipv4-addresses': '10.0.1.5,10.0.2.5' }), path: ap('private-ipv4-addresses'), message: ['"10.0.1.5,10.0.2.5"', 'internal'], fix: 'scheme: internal' },
  { name: 'IPv6 without dualstack', manifest: lbcNlb({ 'subnets': two, 'ipv6-addresses': '2600:1f18::5,2600:1f18:1::5' }), path: ap('ipv6-addresses'), message: ['"2600:1f18::5,2600:1f18:1::5"', 'dualstack'], fix: 'ip-address-type: dualstack' },
  { name: 'bad IPv4', manifest: lbcNlb({ 'subnets': two, 'private-ipv4-addresses': '10.0.1.5,10.0.2' }), path: ap('private-ipv4-addresses'), message: ['"10.0.2"', 'IPv4'], fix: 'one per subnet' },
  { name: 'prefix for source NAT on ipv4', manifest: lbcNlb({ 'enable-prefix-for-ipv6-source-nat': 'on' }), path: ap('enable-prefix-for-ipv6-source-nat'), message: ['"on"', 'dualstack'], fix: 'dualstack' },
  {
    name: 'source-NAT prefix /64',
    manifest: lbcNlb({ 'subnets': two, 'ip-address-type': 'dualstack', 'enable-prefix-for-ipv6-source-nat': 'on', 'source-nat-ipv6-prefixes': 'auto_assigned, 2600:1f18:1::/64' }),
    path: ap('source-nat-ipv6-prefixes'),
    message: ['"2600:1f18:1::/64"', 'Prefix length must be 80'],
    fix: '/80',
  },
  {
    name: 'source-NAT prefixes without the switch',
    manifest: lbcNlb({ 'subnets': two, 'ip-address-type': 'dualstack', 'source-nat-ipv6-prefixes': 'auto_assigned,auto_assigned' }),
    path: ap('source-nat-ipv6-prefixes'),
    message: ['enable-prefix-for-ipv6-source-nat is "on"'],
    fix: '"on"',
  },
]);

describeRule('AWS-NLB-014', [['capacity', lbcNlb({ 'minimum-load-balancer-capacity': 'CapacityUnits=1000' })], ['release', lbcNlb({ 'minimum-load-balancer-capacity': 'CapacityUnits=0' })]], [
  { name: 'wrong key', manifest: lbcNlb({ 'minimum-load-balancer-capacity': 'LCU=1000' }), path: ap('minimum-load-balancer-capacity'), message: ['"LCU=1000"'], fix: 'CapacityUnits=' },
  { name: 'not an integer', manifest: lbcNlb({ 'minimum-load-balancer-capacity': 'CapacityUnits=lots' }), path: ap('minimum-load-balancer-capacity'), message: ['"CapacityUnits=lots"'], fix: 'CapacityUnits=1000' },
]);

describeRule('AWS-NLB-005', [['two for two', lbcNlb({ 'subnets': two, 'private-ipv4-addresses': '10.0.1.5, 10.0.2.5' })]], [
  { name: 'one for two', manifest: lbcNlb({ 'subnets': two, 'private-ipv4-addresses': '10.0.1.5' }), path: ap('private-ipv4-addresses'), message: ['"10.0.1.5" has 1 entries for 2 subnets', 'must match'], fix: 'exactly 2' },
  { name: 'no subnets', manifest: lbcNlb({ 'scheme': 'internet-facing', 'eip-allocations': 'eipalloc-01234567' }), path: ap('eip-allocations'), message: ['"eipalloc-01234567"', 'without aws-load-balancer-subnets'], fix: 'List the subnets' },
]);

describeRule('AWS-NLB-006', [
  ['IPv4 only', lbcNlb({}, { loadBalancerSourceRanges: ['10.0.0.0/8'], ipFamilies: ['IPv4'] })],
  ['dualstack', lbcNlb({ 'ip-address-type': 'dualstack' }, { loadBalancerSourceRanges: ['2001:db8::/32'], ipFamilies: ['IPv4', 'IPv6'], ipFamilyPolicy: 'PreferDualStack' })],
], [
  { name: 'IPv6 range', manifest: lbcNlb({}, { loadBalancerSourceRanges: ['10.0.0.0/8', '2001:db8::/32'] }), path: 'spec.loadBalancerSourceRanges[1]', message: ['"2001:db8::/32"', 'not dualstack'], fix: 'dualstack' },
  { name: 'IPv6 family', manifest: lbcNlb({}, { ipFamilies: ['IPv6'] }), path: 'spec.ipFamilies[0]', message: ['"IPv6"'], fix: 'dualstack' },
]);

const webPorts = { ports: [{ name: 'http', port: 80, targetPort: 8080 }, { name: 'https', port: 443, targetPort: 'https' }] };
const cert = { 'ssl-cert': 'arn:aws:acm:us-east-1:123456789012:certificate/a' };
describeRule('AWS-NLB-007', [
  ['names and numbers', lbcNlb({ ...cert, 'ssl-ports': 'https, 80', 'proxy-protocol-per-target-group': '443' }, webPorts)],
], [
  { name: 'star', manifest: lbcNlb({ ...cert, 'ssl-ports': '*' }, webPorts), path: ap('ssl-ports'), message: ['"*"', 'Unused port'], fix: 'Omit aws-load-balancer-ssl-ports' },
  { name: 'unknown port', manifest: lbcNlb({ ...cert, 'ssl-ports': '8443' }, webPorts), path: ap('ssl-ports'), message: ['"8443"'], fix: 'http, https' },
  { name: 'proxy per TG by name', manifest: lbcNlb({ 'proxy-protocol-per-target-group': 'https' }, webPorts), path: ap('proxy-protocol-per-target-group'), message: ['"https"'], fix: '80, 443' },
]);

describeRule('AWS-NLB-008', [
  ['in range', lbcNlb({ 'healthcheck-port': 'http', 'healthcheck-interval': '30', 'healthcheck-timeout': '30', 'healthcheck-healthy-threshold': '10', 'healthcheck-protocol': 'http', 'healthcheck-success-codes': '200-399,404' }, webPorts)],
  ['traffic-port and number', lbcNlb({ 'healthcheck-port': '10254' })],
], [
  { name: 'timeout above default interval', manifest: lbcNlb({ 'healthcheck-timeout': '20' }), path: ap('healthcheck-timeout'), message: ['"20"', 'above the interval (10 s, the default)'], fix: 'at most 10' },
  { name: 'interval 2', manifest: lbcNlb({ 'healthcheck-interval': '2' }), path: ap('healthcheck-interval'), message: ['"2"', '5–300'], fix: 'from 5 to 300' },
  { name: 'timeout 121', manifest: lbcNlb({ 'healthcheck-interval': '300', 'healthcheck-timeout': '121' }), path: ap('healthcheck-timeout'), message: ['"121"', '2–120'], fix: 'from 2 to 120' },
  { name: 'unhealthy 11', manifest: lbcNlb({ 'healthcheck-unhealthy-threshold': '11' }), path: ap('healthcheck-unhealthy-threshold'), message: ['"11"'], fix: 'from 2 to 10' },
  { name: 'unknown port name', manifest: lbcNlb({ 'healthcheck-port': 'metrics' }, webPorts), path: ap('healthcheck-port'), message: ['"metrics"', 'failed to resolve healthCheckPort'], fix: '"http"' },
  {
    name: 'unknown port name, no named port',
    manifest: lbcNlb({ 'healthcheck-port': 'metrics' }, { ports: [{ port: 80 }, { port: 443, name: '' }] }),
    path: ap('healthcheck-port'),
    message: ['"metrics"'],
    fix: 'Use "traffic-port" or a port number (no port has a name).',
  },
  { name: 'success codes ok', manifest: lbcNlb({ 'healthcheck-protocol': 'http', 'healthcheck-success-codes': 'ok' }), path: ap('healthcheck-success-codes'), message: ['"ok"', 'three-digit'], fix: '200-399' },
  { name: 'success codes with spaces', manifest: lbcNlb({ 'healthcheck-protocol': 'http', 'healthcheck-success-codes': '200, 204' }), path: ap('healthcheck-success-codes'), message: ['"200, 204"'], fix: '"200,204"' },
]);

test('AWS-NLB-008: the fix lists only the named ports', () => {
  const found = violations('AWS-NLB-008', lbcNlb({ 'healthcheck-port': 'metrics' }, { ports: [{ port: 80 }, { port: 443, name: 'https' }] }));
  expect(found.map((v) => v.fix)).toEqual(['Use "traffic-port", a number, or one of "https".']);
});

test('AWS-NLB-008 leaves codes outside 200–599 to AWS-NLB-015', () => {
  expect(violations('AWS-NLB-008', lbcNlb({ 'healthcheck-protocol': 'http', 'healthcheck-success-codes': '100-399' }))).toEqual([]);
});

describeRule('AWS-NLB-015', [
  ['200-399,404', lbcNlb({ 'healthcheck-protocol': 'http', 'healthcheck-success-codes': '200-399,404' })],
  ['599', lbcNlb({ 'healthcheck-protocol': 'http', 'healthcheck-success-codes': '599' })],
  ['malformed (AWS-NLB-008)', lbcNlb({ 'healthcheck-protocol': 'http', 'healthcheck-success-codes': '1000' })],
], [
  { name: 'success codes 100', manifest: lbcNlb({ 'healthcheck-protocol': 'http', 'healthcheck-success-codes': '100-399' }), path: ap('healthcheck-success-codes'), message: ['"100-399"', '"100"', '200–599'], fix: '200-399' },
  { name: 'success code 600', manifest: lbcNlb({ 'healthcheck-protocol': 'http', 'healthcheck-success-codes': '200,600' }), path: ap('healthcheck-success-codes'), message: ['"200,600"', '"600"'], fix: '200 to 599' },
]);

describeRule('AWS-NLB-009', [
  ['http with path', lbcNlb({ 'healthcheck-protocol': 'http', 'healthcheck-path': '/healthz' })],
  ['instance + Local defaults to HTTP', lbcNlb({ 'nlb-target-type': 'instance', 'healthcheck-path': '/healthz' }, { externalTrafficPolicy: 'Local' })],
], [
  { name: 'path with default TCP', manifest: lbcNlb({ 'healthcheck-path': '/healthz' }), path: ap('healthcheck-path'), message: ['"/healthz"', 'TCP (the default here)'], fix: 'healthcheck-protocol: http' },
  { name: 'codes with explicit tcp', manifest: lbcNlb({ 'healthcheck-protocol': 'tcp', 'healthcheck-success-codes': '200' }), path: ap('healthcheck-success-codes'), message: ['"200"'], fix: 'remove this key' },
]);

describeRule('AWS-NLB-010', [
  ['valid', lbcNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=false,deregistration_delay.timeout_seconds=0,stickiness.enabled=true,stickiness.type=source_ip,load_balancing.cross_zone.enabled=use_load_balancer_configuration' })],
], [
  { name: 'preserve yes', manifest: lbcNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=yes' }), path: ap('target-group-attributes'), message: ['"yes"', 'failed to parse attribute'], fix: 'preserve_client_ip.enabled=true' },
  { name: 'delay 3601', manifest: lbcNlb({ 'target-group-attributes': 'deregistration_delay.timeout_seconds=3601' }), path: ap('target-group-attributes'), message: ['"3601"', '0–3600'], fix: '0 to 3600' },
  { name: 'lb_cookie', manifest: lbcNlb({ 'target-group-attributes.443': 'stickiness.type=lb_cookie' }), path: ap('target-group-attributes.443'), message: ['"lb_cookie"', 'source_ip'], fix: 'stickiness.type=source_ip' },
  { name: 'UDP without preservation', manifest: lbcNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=false' }, { ports: [{ port: 53, protocol: 'UDP' }] }), path: ap('target-group-attributes'), message: ['preserve_client_ip.enabled="false" with a UDP port'], fix: 'Keep it on for UDP' },
]);

describeRule('AWS-NLB-011', [
  ['ip targets without node ports', lbcNlb({}, { allocateLoadBalancerNodePorts: false })],
  ['named hc port with numeric targetPort', lbcNlb({ 'healthcheck-port': 'http' }, webPorts)],
], [
  { name: 'instance without node ports', manifest: lbcNlb({ 'nlb-target-type': 'instance' }, { allocateLoadBalancerNodePorts: false }), path: 'spec.ports[0].nodePort', message: ['unallocated NodePort'], fix: 'nlb-target-type: ip' },
  { name: 'named hc port on named targetPort', manifest: lbcNlb({ 'healthcheck-port': 'https' }, webPorts), path: ap('healthcheck-port'), message: ['"https"', 'named healthCheckPort'], fix: 'numeric targetPort' },
]);

describeRule('AWS-NLB-012', [['instance', lbcNlb({ 'nlb-target-type': 'instance', 'target-node-labels': 'pool=edge' })]], [
  { name: 'ip', manifest: lbcNlb({ 'target-node-labels': 'pool=edge' }), path: ap('target-node-labels'), message: ['"pool=edge"', 'ignored'], fix: 'instance' },
]);

describeRule('AWS-NLB-013', [
  ['managed SG with ranges', lbcNlb({ 'security-group-prefix-lists': 'pl-01234567' }, { loadBalancerSourceRanges: ['10.0.0.0/8'] })],
  ['own SG alone', lbcNlb({ 'security-groups': 'sg-01234567' })],
], [
  { name: 'own SG with ranges', manifest: lbcNlb({ 'security-groups': 'sg-01234567' }, { loadBalancerSourceRanges: ['10.0.0.0/8'] }), path: 'spec.loadBalancerSourceRanges', message: ['"10.0.0.0/8"', 'ignored'], fix: 'your security groups' },
  { name: 'own SG with prefix lists', manifest: lbcNlb({ 'security-groups': 'sg-01234567', 'security-group-prefix-lists': 'pl-01234567' }), path: ap('security-group-prefix-lists'), message: ['"pl-01234567"'], fix: 'your own security groups' },
  { name: 'SG with disable-nlb-sg', manifest: lbcNlb({ 'disable-nlb-sg': 'true', 'security-groups': 'sg-01234567' }), path: ap('security-groups'), message: ['aws-load-balancer-security-groups="sg-01234567"', 'disable-nlb-sg'], fix: 'disable-nlb-sg' },
]);

test('AWS-NLB rules do not judge the in-tree provider', () => {
  const clb = lbcNlb({ scheme: 'Internal', name: 'x'.repeat(40) });
  delete clb.spec.loadBalancerClass;
  expect(violations('AWS-NLB-001', clb)).toEqual([]);
  expect(violations('AWS-NLB-002', clb)).toEqual([]);
});
