import { lbcNlb } from './fixtures';
import { ClusterProfile } from '../../../src';
import { annotationPath, violations } from '../../helpers';
import { describeRule } from '../cases';

describeRule('AWS-NLB-001', {
  compliant: [
    { title: 'a valid value of every closed set', manifest: lbcNlb({ 'ip-address-type': 'dualstack', 'alpn-policy': 'HTTP2Preferred', 'healthcheck-protocol': 'HTTP', 'backend-protocol': 'ssl', 'proxy-protocol': '*', 'enable-icmp-for-path-mtu-discovery': 'on', 'ssl-cert': 'arn:aws:acm:us-east-1:123456789012:certificate/a' }) },
  ],
  noncompliant: [
    { title: 'scheme "Internal" in upper case', manifest: lbcNlb({ scheme: 'Internal' }), path: annotationPath('aws-load-balancer-scheme'), message: ['"Internal"', 'unknown scheme'], fix: ['Write "internal"'] },
    { title: 'target type pod', manifest: lbcNlb({ 'nlb-target-type': 'pod' }), path: annotationPath('aws-load-balancer-nlb-target-type'), message: ['"pod"', 'instance targets'], fix: ['ip, instance'] },
    { title: 'dualstack-without-public-ipv4', manifest: lbcNlb({ 'ip-address-type': 'dualstack-without-public-ipv4' }), path: annotationPath('aws-load-balancer-ip-address-type'), message: ['"dualstack-without-public-ipv4"', 'ALBs only'], fix: ['ipv4, dualstack'] },
    { title: 'an ALPN policy in lower case', manifest: lbcNlb({ 'alpn-policy': 'http2preferred' }), path: annotationPath('aws-load-balancer-alpn-policy'), message: ['"http2preferred"'], fix: ['Write "HTTP2Preferred"'] },
    { title: 'backend protocol https', manifest: lbcNlb({ 'backend-protocol': 'https' }), path: annotationPath('aws-load-balancer-backend-protocol'), message: ['"https"', 'silently uses TCP'], fix: ['ssl, tcp'] },
    { title: 'ICMP "true" instead of "on"', manifest: lbcNlb({ 'enable-icmp-for-path-mtu-discovery': 'true' }), path: annotationPath('aws-load-balancer-enable-icmp-for-path-mtu-discovery'), message: ['"true"', 'ignores'], fix: ['on'] },
  ],
});

describeRule('AWS-NLB-002', {
  compliant: [
    { title: 'a 32-character name', manifest: lbcNlb({ name: 'a'.repeat(31) + 'b' }) },
  ],
  noncompliant: [
    { title: 'a 33-character name', manifest: lbcNlb({ name: 'a'.repeat(33) }), path: annotationPath('aws-load-balancer-name'), message: [`"${'a'.repeat(33)}" has 33 characters`, 'cannot be longer than 32'], fix: ['32 characters'] },
    { title: 'a name with an underscore', manifest: lbcNlb({ name: 'my_lb' }), path: annotationPath('aws-load-balancer-name'), message: ['"my_lb"'], fix: ['inner hyphens'] },
    { title: 'a name starting with internal-', manifest: lbcNlb({ name: 'internal-api' }), path: annotationPath('aws-load-balancer-name'), message: ['"internal-api"', 'reserves'], fix: ['does not start with'] },
  ],
});

describeRule('AWS-NLB-003', {
  compliant: [
    { title: 'valid load balancer attributes', manifest: lbcNlb({ attributes: 'deletion_protection.enabled=true,dns_record.client_routing_policy=availability_zone_affinity,access_logs.s3.enabled=true,access_logs.s3.bucket=logs' }) },
  ],
  noncompliant: [
    { title: 'an unknown DNS routing policy', manifest: lbcNlb({ attributes: 'dns_record.client_routing_policy=zonal' }), path: annotationPath('aws-load-balancer-attributes'), message: ['"zonal"'], fix: ['availability_zone_affinity'] },
    { title: 'deletion protection "yes"', manifest: lbcNlb({ attributes: 'deletion_protection.enabled=yes' }), path: annotationPath('aws-load-balancer-attributes'), message: ['"yes"'], fix: ['deletion_protection.enabled=true'] },
    { title: 'logs without bucket', manifest: lbcNlb({ attributes: 'access_logs.s3.enabled=true' }), path: annotationPath('aws-load-balancer-attributes'), message: ['"access_logs.s3.enabled=true" without access_logs.s3.bucket'], fix: ['access_logs.s3.bucket='] },
    {
      title: 'logs with an empty bucket',
      manifest: lbcNlb({ attributes: 'access_logs.s3.enabled=true,access_logs.s3.bucket=' }),
      path: annotationPath('aws-load-balancer-attributes'),
      message: ['access_logs.s3.bucket="" (empty)'],
      fix: ['access_logs.s3.bucket='],
    },
  ],
});

const two = 'subnet-01234567,subnet-89abcdef';
describeRule('AWS-NLB-004', {
  compliant: [
    { title: 'EIPs, public', manifest: lbcNlb({ 'scheme': 'internet-facing', 'subnets': two, 'eip-allocations': 'eipalloc-01234567,eipalloc-89abcdef' }, { loadBalancerSourceRanges: ['0.0.0.0/0'] }) },
    { title: 'private IPv4, internal', manifest: lbcNlb({ 'subnets': two, 'private-ipv4-addresses': '10.0.1.5,10.0.2.5' }) },
    { title: 'IPv6, dualstack', manifest: lbcNlb({ 'subnets': two, 'ip-address-type': 'dualstack', 'ipv6-addresses': '2600:1f18::5,2600:1f18:1::5' }) },
    { title: 'source-NAT prefixes', manifest: lbcNlb({ 'subnets': two, 'ip-address-type': 'dualstack', 'enable-prefix-for-ipv6-source-nat': 'on', 'source-nat-ipv6-prefixes': 'auto_assigned,2600:1f18:1:2::/80' }) },
  ],
  noncompliant: [
    { title: 'EIPs on internal', manifest: lbcNlb({ 'subnets': two, 'eip-allocations': 'eipalloc-01234567,eipalloc-89abcdef' }), path: annotationPath('aws-load-balancer-eip-allocations'), message: ['"eipalloc-01234567,eipalloc-89abcdef"', 'internet-facing', 'reconcile fails'], fix: ['scheme: internet-facing'] },
    { title: 'private on public', manifest: lbcNlb({ 'scheme': 'internet-facing', 'subnets': two, 'private-ipv4-addresses': '10.0.1.5,10.0.2.5' }), path: annotationPath('aws-load-balancer-private-ipv4-addresses'), message: ['"10.0.1.5,10.0.2.5"', 'internal'], fix: ['scheme: internal'] },
    { title: 'IPv6 without dualstack', manifest: lbcNlb({ 'subnets': two, 'ipv6-addresses': '2600:1f18::5,2600:1f18:1::5' }), path: annotationPath('aws-load-balancer-ipv6-addresses'), message: ['"2600:1f18::5,2600:1f18:1::5"', 'dualstack'], fix: ['ip-address-type: dualstack'] },
    { title: 'a truncated IPv4 address', manifest: lbcNlb({ 'subnets': two, 'private-ipv4-addresses': '10.0.1.5,10.0.2' }), path: annotationPath('aws-load-balancer-private-ipv4-addresses'), message: ['"10.0.2"', 'IPv4'], fix: ['one per subnet'] },
    { title: 'source-NAT prefixes on an ipv4 NLB', manifest: lbcNlb({ 'enable-prefix-for-ipv6-source-nat': 'on' }), path: annotationPath('aws-load-balancer-enable-prefix-for-ipv6-source-nat'), message: ['"on"', 'dualstack'], fix: ['dualstack'] },
    {
      title: 'a /64 source-NAT prefix',
      manifest: lbcNlb({ 'subnets': two, 'ip-address-type': 'dualstack', 'enable-prefix-for-ipv6-source-nat': 'on', 'source-nat-ipv6-prefixes': 'auto_assigned, 2600:1f18:1::/64' }),
      path: annotationPath('aws-load-balancer-source-nat-ipv6-prefixes'),
      message: ['"2600:1f18:1::/64"', 'Prefix length must be 80'],
      fix: ['/80'],
    },
    {
      title: 'source-NAT prefixes without the switch',
      manifest: lbcNlb({ 'subnets': two, 'ip-address-type': 'dualstack', 'source-nat-ipv6-prefixes': 'auto_assigned,auto_assigned' }),
      path: annotationPath('aws-load-balancer-source-nat-ipv6-prefixes'),
      message: ['enable-prefix-for-ipv6-source-nat is "on"'],
      fix: ['"on"'],
    },
  ],
});

describeRule('AWS-NLB-014', {
  compliant: [
    { title: '1000 capacity units', manifest: lbcNlb({ 'minimum-load-balancer-capacity': 'CapacityUnits=1000' }) },
    { title: '0 capacity units (release)', manifest: lbcNlb({ 'minimum-load-balancer-capacity': 'CapacityUnits=0' }) },
  ],
  noncompliant: [
    { title: 'a key other than CapacityUnits', manifest: lbcNlb({ 'minimum-load-balancer-capacity': 'LCU=1000' }), path: annotationPath('aws-load-balancer-minimum-load-balancer-capacity'), message: ['"LCU=1000"'], fix: ['CapacityUnits='] },
    { title: 'capacity units that are no integer', manifest: lbcNlb({ 'minimum-load-balancer-capacity': 'CapacityUnits=lots' }), path: annotationPath('aws-load-balancer-minimum-load-balancer-capacity'), message: ['"CapacityUnits=lots"'], fix: ['CapacityUnits=1000'] },
  ],
});

describeRule('AWS-NLB-005', {
  compliant: [
    { title: 'two private IPs for two subnets', manifest: lbcNlb({ 'subnets': two, 'private-ipv4-addresses': '10.0.1.5, 10.0.2.5' }) },
  ],
  noncompliant: [
    { title: 'one private IP for two subnets', manifest: lbcNlb({ 'subnets': two, 'private-ipv4-addresses': '10.0.1.5' }), path: annotationPath('aws-load-balancer-private-ipv4-addresses'), message: ['"10.0.1.5" has 1 entries for 2 subnets', 'must match'], fix: ['exactly 2'] },
    { title: 'EIPs without subnets', manifest: lbcNlb({ 'scheme': 'internet-facing', 'eip-allocations': 'eipalloc-01234567' }), path: annotationPath('aws-load-balancer-eip-allocations'), message: ['"eipalloc-01234567"', 'without aws-load-balancer-subnets'], fix: ['List the subnets'] },
  ],
});

describeRule('AWS-NLB-006', {
  compliant: [
    { title: 'IPv4 ranges and family', manifest: lbcNlb({}, { loadBalancerSourceRanges: ['10.0.0.0/8'], ipFamilies: ['IPv4'] }) },
    { title: 'IPv6 ranges on a dualstack NLB', manifest: lbcNlb({ 'ip-address-type': 'dualstack' }, { loadBalancerSourceRanges: ['2001:db8::/32'], ipFamilies: ['IPv4', 'IPv6'], ipFamilyPolicy: 'PreferDualStack' }) },
  ],
  noncompliant: [
    { title: 'an IPv6 source range on an ipv4 NLB', manifest: lbcNlb({}, { loadBalancerSourceRanges: ['10.0.0.0/8', '2001:db8::/32'] }), path: 'spec.loadBalancerSourceRanges[1]', message: ['"2001:db8::/32"', 'not dualstack'], fix: ['dualstack'] },
    { title: 'the IPv6 family on an ipv4 NLB', manifest: lbcNlb({}, { ipFamilies: ['IPv6'] }), path: 'spec.ipFamilies[0]', message: ['"IPv6"'], fix: ['dualstack'] },
  ],
});

const webPorts = { ports: [{ name: 'http', port: 80, targetPort: 8080 }, { name: 'https', port: 443, targetPort: 'https' }] };
const cert = { 'ssl-cert': 'arn:aws:acm:us-east-1:123456789012:certificate/a' };
describeRule('AWS-NLB-007', {
  compliant: [
    { title: 'port names and numbers', manifest: lbcNlb({ ...cert, 'ssl-ports': 'https, 80', 'proxy-protocol-per-target-group': '443' }, webPorts) },
  ],
  noncompliant: [
    { title: 'ssl-ports "*"', manifest: lbcNlb({ ...cert, 'ssl-ports': '*' }, webPorts), path: annotationPath('aws-load-balancer-ssl-ports'), message: ['"*"', 'Unused port'], fix: ['Omit aws-load-balancer-ssl-ports'] },
    { title: 'a port not in spec.ports', manifest: lbcNlb({ ...cert, 'ssl-ports': '8443' }, webPorts), path: annotationPath('aws-load-balancer-ssl-ports'), message: ['"8443"'], fix: ['http, https'] },
    { title: 'proxy protocol per target group by port name', manifest: lbcNlb({ 'proxy-protocol-per-target-group': 'https' }, webPorts), path: annotationPath('aws-load-balancer-proxy-protocol-per-target-group'), message: ['"https"', 'invalid port number in proxy-protocol-per-target-group'], fix: ['80, 443'] },
  ],
});

test('AWS-NLB-007 accepts proxy-protocol-per-target-group numbers of no port, as buildTargetGroupAttributes does (AWS-NLB-016 warns)', () => {
  expect(violations('AWS-NLB-007', lbcNlb({ 'proxy-protocol-per-target-group': '443, 22' }, { ports: [{ name: 'http', port: 80 }] }))).toEqual([]);
});

describeRule('AWS-NLB-016', {
  compliant: [
    { title: 'numbers of the Service ports', manifest: lbcNlb({ 'proxy-protocol-per-target-group': '80, 443' }, webPorts) },
    { title: 'a port name (AWS-NLB-007\'s)', manifest: lbcNlb({ 'proxy-protocol-per-target-group': 'https' }, webPorts) },
  ],
  noncompliant: [
    {
      // buildTargetGroupAttributes enables PROXY protocol only on the target groups of listed Service ports.
      title: 'the targetPort instead of the port',
      manifest: lbcNlb({ 'proxy-protocol-per-target-group': '80,8080' }, webPorts),
      path: annotationPath('aws-load-balancer-proxy-protocol-per-target-group'),
      message: ['"8080" is the number of no port', 'enabled on no target group'],
      fix: ['80, 443', 'remove "8080"'],
    },
  ],
});

describeRule('AWS-NLB-008', {
  compliant: [
    { title: 'health check settings in range', manifest: lbcNlb({ 'healthcheck-port': 'http', 'healthcheck-interval': '30', 'healthcheck-timeout': '30', 'healthcheck-healthy-threshold': '10', 'healthcheck-protocol': 'http', 'healthcheck-success-codes': '200-399,404' }, webPorts) },
    { title: 'a health check port number', manifest: lbcNlb({ 'healthcheck-port': '10254' }) },
  ],
  noncompliant: [
    { title: 'timeout above default interval', manifest: lbcNlb({ 'healthcheck-timeout': '20' }), path: annotationPath('aws-load-balancer-healthcheck-timeout'), message: ['"20"', 'above the interval (10 s, the default)'], fix: ['at most 10'] },
    { title: 'interval 2', manifest: lbcNlb({ 'healthcheck-interval': '2' }), path: annotationPath('aws-load-balancer-healthcheck-interval'), message: ['"2"', '5–300'], fix: ['from 5 to 300'] },
    { title: 'timeout 121', manifest: lbcNlb({ 'healthcheck-interval': '300', 'healthcheck-timeout': '121' }), path: annotationPath('aws-load-balancer-healthcheck-timeout'), message: ['"121"', '2–120'], fix: ['from 2 to 120'] },
    { title: 'unhealthy threshold 11', manifest: lbcNlb({ 'healthcheck-unhealthy-threshold': '11' }), path: annotationPath('aws-load-balancer-healthcheck-unhealthy-threshold'), message: ['"11"'], fix: ['from 2 to 10'] },
    { title: 'a health check port name not in spec.ports', manifest: lbcNlb({ 'healthcheck-port': 'metrics' }, webPorts), path: annotationPath('aws-load-balancer-healthcheck-port'), message: ['"metrics"', 'failed to resolve healthCheckPort'], fix: ['"http"'] },
    {
      title: 'a health check port name when no port has a name',
      manifest: lbcNlb({ 'healthcheck-port': 'metrics' }, { ports: [{ port: 80 }, { port: 443, name: '' }] }),
      path: annotationPath('aws-load-balancer-healthcheck-port'),
      message: ['"metrics"'],
      fix: ['Use "traffic-port" or a port number (no port has a name).'],
    },
    { title: 'success codes "ok"', manifest: lbcNlb({ 'healthcheck-protocol': 'http', 'healthcheck-success-codes': 'ok' }), path: annotationPath('aws-load-balancer-healthcheck-success-codes'), message: ['"ok"', 'three-digit'], fix: ['200-399'] },
    { title: 'success codes with spaces', manifest: lbcNlb({ 'healthcheck-protocol': 'http', 'healthcheck-success-codes': '200, 204' }), path: annotationPath('aws-load-balancer-healthcheck-success-codes'), message: ['"200, 204"'], fix: ['"200,204"'] },
  ],
});

test('AWS-NLB-008: the fix lists only the named ports', () => {
  const found = violations('AWS-NLB-008', lbcNlb({ 'healthcheck-port': 'metrics' }, { ports: [{ port: 80 }, { port: 443, name: 'https' }] }));
  expect(found.map((v) => v.fix)).toEqual(['Use "traffic-port", a number, or one of "https".']);
});

test('AWS-NLB-008 leaves codes outside 200–599 to AWS-NLB-015', () => {
  expect(violations('AWS-NLB-008', lbcNlb({ 'healthcheck-protocol': 'http', 'healthcheck-success-codes': '100-399' }))).toEqual([]);
});

describeRule('AWS-NLB-015', {
  compliant: [
    { title: 'success codes 200-399,404', manifest: lbcNlb({ 'healthcheck-protocol': 'http', 'healthcheck-success-codes': '200-399,404' }) },
    { title: 'success code 599', manifest: lbcNlb({ 'healthcheck-protocol': 'http', 'healthcheck-success-codes': '599' }) },
    { title: 'malformed codes (left to AWS-NLB-008)', manifest: lbcNlb({ 'healthcheck-protocol': 'http', 'healthcheck-success-codes': '1000' }) },
  ],
  noncompliant: [
    { title: 'success codes 100', manifest: lbcNlb({ 'healthcheck-protocol': 'http', 'healthcheck-success-codes': '100-399' }), path: annotationPath('aws-load-balancer-healthcheck-success-codes'), message: ['"100-399"', '"100"', '200–599'], fix: ['200-399'] },
    { title: 'success code 600', manifest: lbcNlb({ 'healthcheck-protocol': 'http', 'healthcheck-success-codes': '200,600' }), path: annotationPath('aws-load-balancer-healthcheck-success-codes'), message: ['"200,600"', '"600"'], fix: ['200 to 599'] },
  ],
});

describeRule('AWS-NLB-009', {
  compliant: [
    { title: 'a path with protocol http', manifest: lbcNlb({ 'healthcheck-protocol': 'http', 'healthcheck-path': '/healthz' }) },
    { title: 'instance + Local defaults to HTTP', manifest: lbcNlb({ 'nlb-target-type': 'instance', 'healthcheck-path': '/healthz' }, { externalTrafficPolicy: 'Local' }) },
  ],
  noncompliant: [
    { title: 'a path with the default TCP protocol', manifest: lbcNlb({ 'healthcheck-path': '/healthz' }), path: annotationPath('aws-load-balancer-healthcheck-path'), message: ['"/healthz"', 'TCP (the default here)'], fix: ['healthcheck-protocol: http'] },
    { title: 'success codes with protocol tcp', manifest: lbcNlb({ 'healthcheck-protocol': 'tcp', 'healthcheck-success-codes': '200' }), path: annotationPath('aws-load-balancer-healthcheck-success-codes'), message: ['"200"'], fix: ['remove this key'] },
  ],
});

describeRule('AWS-NLB-010', {
  compliant: [
    { title: 'valid target group attributes', manifest: lbcNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=false,deregistration_delay.timeout_seconds=0,stickiness.enabled=true,stickiness.type=source_ip,load_balancing.cross_zone.enabled=use_load_balancer_configuration' }) },
    {
      // buildPortSpecificTargetGroupAttributes: an empty per-port value keeps the Service-wide one.
      title: 'an empty per-port value keeps the Service-wide value',
      manifest: lbcNlb({ 'target-group-attributes': 'deregistration_delay.timeout_seconds=80', 'target-group-attributes.443': 'deregistration_delay.timeout_seconds=,stickiness.enabled=' }, webPorts),
    },
  ],
  noncompliant: [
    { title: 'client IP preservation "yes"', manifest: lbcNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=yes' }), path: annotationPath('aws-load-balancer-target-group-attributes'), message: ['"yes"', 'failed to parse attribute'], fix: ['preserve_client_ip.enabled=true'] },
    { title: 'deregistration delay 3601', manifest: lbcNlb({ 'target-group-attributes': 'deregistration_delay.timeout_seconds=3601' }), path: annotationPath('aws-load-balancer-target-group-attributes'), message: ['"3601"', '0–3600'], fix: ['0 to 3600'] },
    { title: 'stickiness type lb_cookie', manifest: lbcNlb({ 'target-group-attributes.443': 'stickiness.type=lb_cookie' }), path: annotationPath('aws-load-balancer-target-group-attributes.443'), message: ['"lb_cookie"', 'source_ip'], fix: ['stickiness.type=source_ip'] },
    { title: 'an empty Service-wide deregistration delay', manifest: lbcNlb({ 'target-group-attributes': 'deregistration_delay.timeout_seconds=' }), path: annotationPath('aws-load-balancer-target-group-attributes'), message: ['deregistration_delay.timeout_seconds=""'], fix: ['0 to 3600'] },
    { title: 'an empty per-port client IP preservation (parsed as a bool)', manifest: lbcNlb({ 'target-group-attributes.443': 'preserve_client_ip.enabled=' }, webPorts), path: annotationPath('aws-load-balancer-target-group-attributes.443'), message: ['preserve_client_ip.enabled=""', 'failed to parse attribute'], fix: ['preserve_client_ip.enabled=true'] },
    { title: 'UDP without preservation', manifest: lbcNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=false' }, { ports: [{ port: 53, protocol: 'UDP' }] }), path: annotationPath('aws-load-balancer-target-group-attributes'), message: ['preserve_client_ip.enabled="false" with a UDP port'], fix: ['Keep it on for UDP'] },
  ],
});

describeRule('AWS-NLB-011', {
  compliant: [
    { title: 'ip targets without node ports', manifest: lbcNlb({}, { allocateLoadBalancerNodePorts: false }) },
    { title: 'named hc port with numeric targetPort', manifest: lbcNlb({ 'healthcheck-port': 'http' }, webPorts) },
  ],
  noncompliant: [
    { title: 'instance without node ports', manifest: lbcNlb({ 'nlb-target-type': 'instance' }, { allocateLoadBalancerNodePorts: false }), path: 'spec.ports[0].nodePort', message: ['unallocated NodePort'], fix: ['nlb-target-type: ip'] },
    { title: 'named hc port on named targetPort', manifest: lbcNlb({ 'healthcheck-port': 'https' }, webPorts), path: annotationPath('aws-load-balancer-healthcheck-port'), message: ['"https"', 'named healthCheckPort'], fix: ['numeric targetPort'] },
  ],
});

describeRule('AWS-NLB-012', {
  compliant: [
    { title: 'node labels with instance targets', manifest: lbcNlb({ 'nlb-target-type': 'instance', 'target-node-labels': 'pool=edge' }) },
  ],
  noncompliant: [
    { title: 'node labels with ip targets', manifest: lbcNlb({ 'target-node-labels': 'pool=edge' }), path: annotationPath('aws-load-balancer-target-node-labels'), message: ['"pool=edge"', 'ignored'], fix: ['instance'] },
  ],
});

describeRule('AWS-NLB-013', {
  compliant: [
    { title: 'managed SG with ranges', manifest: lbcNlb({ 'security-group-prefix-lists': 'pl-01234567' }, { loadBalancerSourceRanges: ['10.0.0.0/8'] }) },
    { title: 'own SG alone', manifest: lbcNlb({ 'security-groups': 'sg-01234567' }) },
    // buildSecurityGroupsInboundRulesOnPrivateLink reads the key whatever disable-nlb-sg says, and the controller's
    // Test_defaultModelBuilderTask_Build accepts the two together.
    { title: 'private-link rules with disable-nlb-sg', manifest: lbcNlb({ 'disable-nlb-sg': 'true', 'inbound-sg-rules-on-private-link-traffic': 'on' }) },
  ],
  noncompliant: [
    { title: 'own SG with ranges', manifest: lbcNlb({ 'security-groups': 'sg-01234567' }, { loadBalancerSourceRanges: ['10.0.0.0/8'] }), path: 'spec.loadBalancerSourceRanges', message: ['"10.0.0.0/8"', 'ignored'], fix: ['your security groups'] },
    { title: 'own SG with prefix lists', manifest: lbcNlb({ 'security-groups': 'sg-01234567', 'security-group-prefix-lists': 'pl-01234567' }), path: annotationPath('aws-load-balancer-security-group-prefix-lists'), message: ['"pl-01234567"'], fix: ['your own security groups'] },
    { title: 'security groups with disable-nlb-sg', manifest: lbcNlb({ 'disable-nlb-sg': 'true', 'security-groups': 'sg-01234567' }), path: annotationPath('aws-load-balancer-security-groups'), message: ['aws-load-balancer-security-groups="sg-01234567"', 'disable-nlb-sg'], fix: ['disable-nlb-sg'] },
  ],
});

test('AWS-NLB rules do not judge the in-tree provider: on EKS without the LBC, nothing; on an unknown cluster, warnings for the LBC\'s', () => {
  const clb = lbcNlb({ scheme: 'Internal', name: 'x'.repeat(40) });
  delete clb.spec.loadBalancerClass;
  const eks = ClusterProfile.eks();
  expect(violations('AWS-NLB-001', clb, eks)).toEqual([]);
  expect(violations('AWS-NLB-002', clb, eks)).toEqual([]);
  // Its LBC-only keys (scheme, name) say it was written for the LBC, whose webhook would give it the class.
  for (const ruleId of ['AWS-NLB-001', 'AWS-NLB-002']) {
    const found = violations(ruleId, clb);
    expect(found.length).toBeGreaterThan(0);
    for (const v of found) expect(v.onlyOn).toContain('runs its Service mutator webhook');
  }
});
