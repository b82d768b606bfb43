import { agicIngress, G, GUID_A, GUID_B, internalSvc, plsSvc, publicSvc, S } from './fixtures';
import { annotationPath } from '../../../src/rules/manifest';

/** One non-compliant manifest of a rule: where the finding points, a text of the message (the bad value) and of the fix. */
export interface BadCase {
  readonly manifest: any;
  readonly path: string;
  readonly value: string;
  readonly fix: string;
}

/** Compliant and non-compliant manifests of one rule. */
export interface RuleCases {
  readonly ok: any[];
  readonly bad: BadCase[];
}

const P = (name: string) => annotationPath(S(name));
const PG = (name: string) => annotationPath(G(name));
const INTERNAL = 'azure-load-balancer-internal';
const PREFIX_ID = `/subscriptions/${GUID_A}/resourceGroups/rg-net/providers/Microsoft.Network/publicIPPrefixes/pfx`;
const WAF_ID = `/subscriptions/${GUID_A}/resourceGroups/rg-net/providers/Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/waf`;
const LOCAL = { externalTrafficPolicy: 'Local' };
const tls = { tls: [{ hosts: ['a.example.com'], secretName: 'a-tls' }] };

export const CASES: { [ruleId: string]: RuleCases } = {
  'AZ-LB-001': {
    ok: [internalSvc(), internalSvc({ [S('port_80_no_lb_rule')]: 'false' })],
    bad: [
      { manifest: publicSvc({ [S(INTERNAL)]: 'True' }), path: P(INTERNAL), value: '"True"', fix: 'Write "true"' },
      { manifest: internalSvc({ [S('port_80_no_probe_rule')]: 'yes' }), path: P('port_80_no_probe_rule'), value: '"yes"', fix: '"true" or "false"' },
    ],
  },
  'AZ-LB-002': {
    ok: [internalSvc({ [S('azure-load-balancer-tcp-idle-timeout')]: '4' }), internalSvc({ [S('azure-load-balancer-tcp-idle-timeout')]: '100' })],
    bad: [
      { manifest: internalSvc({ [S('azure-load-balancer-tcp-idle-timeout')]: '120' }), path: P('azure-load-balancer-tcp-idle-timeout'), value: '"120"', fix: '4 to 100' },
      { manifest: internalSvc({ [S('azure-load-balancer-tcp-idle-timeout')]: '3' }), path: P('azure-load-balancer-tcp-idle-timeout'), value: '"3"', fix: '4 to 100' },
      { manifest: internalSvc({ [S('azure-load-balancer-tcp-idle-timeout')]: '30m' }), path: P('azure-load-balancer-tcp-idle-timeout'), value: '"30m"', fix: 'whole number' },
    ],
  },
  'AZ-LB-003': {
    ok: [internalSvc({ [S('azure-load-balancer-health-probe-interval')]: '5' })],
    bad: [
      { manifest: internalSvc({ [S('azure-load-balancer-health-probe-interval')]: '4' }), path: P('azure-load-balancer-health-probe-interval'), value: '"4"', fix: 'at least 5' },
      { manifest: internalSvc({ [S('port_80_health-probe_interval')]: 'ten' }), path: P('port_80_health-probe_interval'), value: '"ten"', fix: 'at least 5' },
    ],
  },
  'AZ-LB-004': {
    ok: [internalSvc({ [S('azure-load-balancer-health-probe-num-of-probe')]: '2' })],
    bad: [{ manifest: internalSvc({ [S('azure-load-balancer-health-probe-num-of-probe')]: '1' }), path: P('azure-load-balancer-health-probe-num-of-probe'), value: '"1"', fix: 'at least 2' }],
  },
  'AZ-LB-005': {
    ok: [internalSvc({ [S('azure-load-balancer-health-probe-interval')]: '10', [S('azure-load-balancer-health-probe-num-of-probe')]: '11' })],
    bad: [
      {
        manifest: internalSvc({ [S('azure-load-balancer-health-probe-interval')]: '20', [S('azure-load-balancer-health-probe-num-of-probe')]: '6' }),
        path: P('azure-load-balancer-health-probe-interval'),
        value: '"20"',
        fix: 'Lower the interval',
      },
      {
        manifest: internalSvc({ [S('azure-load-balancer-health-probe-interval')]: '10', [S('port_80_health-probe_num-of-probe')]: '12' }),
        path: P('azure-load-balancer-health-probe-interval'),
        value: '"12"',
        fix: 'Lower the interval',
      },
    ],
  },
  'AZ-LB-006': {
    ok: [internalSvc({ [S('azure-load-balancer-health-probe-protocol')]: 'Http' }), internalSvc({ [S('port_80_health-probe_protocol')]: 'https' })],
    bad: [{ manifest: internalSvc({ [S('azure-load-balancer-health-probe-protocol')]: 'Grpc' }), path: P('azure-load-balancer-health-probe-protocol'), value: '"Grpc"', fix: 'Tcp, Http or Https' }],
  },
  'AZ-LB-007': {
    ok: [internalSvc({ [S('port_80_health-probe_port')]: 'http' }), internalSvc({ [S('port_80_health-probe_port')]: '10256' })],
    bad: [
      { manifest: internalSvc({ [S('port_80_health-probe_port')]: 'metrics' }), path: P('port_80_health-probe_port'), value: '"metrics"', fix: 'http' },
      { manifest: internalSvc({ [S('port_80_health-probe_port')]: '70000' }), path: P('port_80_health-probe_port'), value: '"70000"', fix: 'port number' },
    ],
  },
  'AZ-LB-008': {
    ok: [internalSvc({ [S('port_80_no_probe_rule')]: 'true' })],
    bad: [
      { manifest: internalSvc({ [S('port_8080_no_probe_rule')]: 'true' }), path: P('port_8080_no_probe_rule'), value: '"8080"', fix: 'spec.ports[].port' },
      { manifest: internalSvc({ [S('port_80_health-probe-protocol')]: 'Http' }), path: P('port_80_health-probe-protocol'), value: '"health-probe-protocol"', fix: 'health-probe_protocol' },
    ],
  },
  'AZ-LB-009': {
    ok: [
      internalSvc({ [S('azure-load-balancer-health-probe-protocol')]: 'Http' }),
      internalSvc({ [S('port_80_health-probe_port')]: 'http', [S('port_80_health-probe_protocol')]: 'Http' }, LOCAL),
      internalSvc({ [S('azure-load-balancer-health-probe-interval')]: '10' }, LOCAL),
    ],
    bad: [
      { manifest: internalSvc({ [S('azure-load-balancer-health-probe-protocol')]: 'Http' }, LOCAL), path: P('azure-load-balancer-health-probe-protocol'), value: '"Http"', fix: 'health-probe_port' },
      { manifest: internalSvc({ [S('port_80_health-probe_request-path')]: '/ready' }, LOCAL), path: P('port_80_health-probe_request-path'), value: '"/ready"', fix: 'port_80_health-probe_port' },
    ],
  },
  'AZ-LB-010': {
    ok: [internalSvc({ [S('azure-load-balancer-health-probe-protocol')]: 'Http', [S('azure-load-balancer-health-probe-request-path')]: '/healthz' })],
    bad: [
      { manifest: internalSvc({ [S('azure-load-balancer-health-probe-request-path')]: '/healthz' }), path: P('azure-load-balancer-health-probe-request-path'), value: '"/healthz"', fix: 'Http' },
      {
        manifest: internalSvc({ [S('port_80_health-probe_protocol')]: 'Tcp', [S('port_80_health-probe_request-path')]: '/ready' }),
        path: P('port_80_health-probe_request-path'),
        value: '"/ready"',
        fix: 'Http',
      },
    ],
  },
  'AZ-LB-011': {
    ok: [internalSvc({ [S('azure-load-balancer-internal-subnet')]: 'apps-subnet' })],
    bad: [
      { manifest: publicSvc({ [S('azure-load-balancer-internal-subnet')]: 'apps-subnet' }), path: P('azure-load-balancer-internal-subnet'), value: '"apps-subnet"', fix: 'azure-load-balancer-internal: "true"' },
      {
        manifest: internalSvc({ [S('azure-load-balancer-internal-subnet')]: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/apps' }),
        path: P('azure-load-balancer-internal-subnet'),
        value: '"/subscriptions/x/',
        fix: 'subnet name',
      },
    ],
  },
  'AZ-LB-012': {
    ok: [publicSvc({ [S('azure-pip-name')]: 'my-pip' })],
    bad: [
      { manifest: internalSvc({ [S('azure-pip-name')]: 'my-pip' }), path: P('azure-pip-name'), value: '"my-pip"', fix: 'Remove the annotation' },
      { manifest: internalSvc({ [S('azure-load-balancer-resource-group')]: 'rg-ip' }), path: P('azure-load-balancer-resource-group'), value: '"rg-ip"', fix: 'Remove the annotation' },
    ],
  },
  'AZ-LB-013': {
    ok: [
      internalSvc({ [S('azure-load-balancer-ipv4')]: '10.0.0.5' }),
      internalSvc({ [S('azure-load-balancer-ipv4')]: '10.0.0.5', [S('azure-load-balancer-ipv6')]: 'fd00::5' }, { ipFamilies: ['IPv4', 'IPv6'], ipFamilyPolicy: 'RequireDualStack' }),
    ],
    bad: [
      { manifest: internalSvc({ [S('azure-load-balancer-ipv4')]: 'fd00::5' }), path: P('azure-load-balancer-ipv4'), value: '"fd00::5"', fix: S('azure-load-balancer-ipv6') },
      { manifest: internalSvc({ [S('azure-load-balancer-ipv4')]: '10.0.0.5,10.0.0.6' }), path: P('azure-load-balancer-ipv4'), value: '"10.0.0.5,10.0.0.6"', fix: 'one IPv4 address' },
      { manifest: internalSvc({ [S('azure-load-balancer-ipv6')]: 'fd00::5' }, { ipFamilies: ['IPv4'] }), path: P('azure-load-balancer-ipv6'), value: '"fd00::5"', fix: 'spec.ipFamilies' },
    ],
  },
  'AZ-LB-014': {
    ok: [publicSvc({ [S('azure-load-balancer-ipv4')]: '20.1.2.3' }), internalSvc({ [S('azure-load-balancer-ipv4')]: '10.0.0.5' })],
    bad: [
      { manifest: publicSvc({ [S('azure-load-balancer-ipv4')]: '10.0.0.5' }), path: P('azure-load-balancer-ipv4'), value: '"10.0.0.5"', fix: 'azure-load-balancer-internal: "true"' },
      { manifest: publicSvc({ [S('azure-load-balancer-tcp-idle-timeout')]: '30' }, { loadBalancerIP: '168.63.129.16' }), path: 'spec.loadBalancerIP', value: '"168.63.129.16"', fix: 'public IP' },
    ],
  },
  'AZ-LB-015': {
    ok: [publicSvc({ [S('azure-pip-name')]: 'my-pip' }), publicSvc({ [S('azure-load-balancer-ipv4')]: '20.1.2.3' })],
    bad: [
      { manifest: publicSvc({ [S('azure-pip-name')]: 'my-pip', [S('azure-load-balancer-ipv4')]: '20.1.2.3' }), path: P('azure-load-balancer-ipv4'), value: '"20.1.2.3"', fix: 'choose the public IP one way' },
      { manifest: publicSvc({ [S('azure-pip-prefix-id')]: PREFIX_ID }, { loadBalancerIP: '20.1.2.3' }), path: 'spec.loadBalancerIP', value: '"20.1.2.3"', fix: 'one way' },
    ],
  },
  'AZ-LB-016': {
    ok: [internalSvc({ [S('azure-load-balancer-ipv4')]: '10.0.0.5' })],
    bad: [{ manifest: internalSvc({}, { loadBalancerIP: '10.0.0.5' }), path: 'spec.loadBalancerIP', value: '"10.0.0.5"', fix: S('azure-load-balancer-ipv4') }],
  },
  'AZ-LB-017': {
    ok: [internalSvc({ [S('azure-load-balancer-configurations')]: 'lb-a,lb-b' })],
    bad: [{
      manifest: internalSvc({ [S('azure-load-balancer-configurations')]: 'lb-a', [S('azure-load-balancer-ipv4')]: '10.0.0.5' }),
      path: P('azure-load-balancer-configurations'),
      value: '"lb-a"',
      fix: 'pinned address',
    }],
  },
  'AZ-LB-018': {
    ok: [internalSvc({}, { ports: [{ name: 'sctp', port: 9000, protocol: 'SCTP' }] })],
    bad: [{ manifest: publicSvc({ [S('azure-load-balancer-tcp-idle-timeout')]: '30' }, { ports: [{ name: 'sctp', port: 9000, protocol: 'SCTP' }] }), path: 'spec.ports[0].protocol', value: '"SCTP"', fix: 'internal' }],
  },
  'AZ-LB-019': {
    ok: [internalSvc({ [S('azure-load-balancer-enable-high-availability-ports')]: 'true' })],
    bad: [
      { manifest: publicSvc({ [S('azure-load-balancer-enable-high-availability-ports')]: 'true' }), path: P('azure-load-balancer-enable-high-availability-ports'), value: '"true"', fix: 'internal' },
      {
        manifest: internalSvc({ [S('azure-load-balancer-enable-high-availability-ports')]: 'true', [S('port_80_no_lb_rule')]: 'true' }),
        path: P('port_80_no_lb_rule'),
        value: '"true"',
        fix: 'HA ports off',
      },
    ],
  },
  'AZ-LB-020': {
    ok: [internalSvc({ [S('azure-disable-load-balancer-floating-ip')]: 'true' }, { allocateLoadBalancerNodePorts: false, ports: [{ name: 'http', port: 80, nodePort: 30080 }] })],
    bad: [{
      manifest: internalSvc({ [S('azure-disable-load-balancer-floating-ip')]: 'true' }, { allocateLoadBalancerNodePorts: false }),
      path: 'spec.ports[0].nodePort',
      value: 'port 80',
      fix: 'nodePort',
    }],
  },
  'AZ-LB-021': {
    ok: [publicSvc({ [S('azure-pip-prefix-id')]: PREFIX_ID })],
    bad: [{ manifest: publicSvc({ [S('azure-pip-prefix-id')]: 'pfx' }), path: P('azure-pip-prefix-id'), value: '"pfx"', fix: 'publicIPPrefixes' }],
  },
  'AZ-LB-022': {
    ok: [publicSvc({ [S('azure-additional-public-ips')]: '20.1.2.3,20.1.2.4' })],
    bad: [{ manifest: publicSvc({ [S('azure-additional-public-ips')]: '20.1.2.3, 20.1.2.4' }), path: P('azure-additional-public-ips'), value: '" 20.1.2.4"', fix: 'no spaces' }],
  },
  'AZ-LB-023': {
    ok: [publicSvc({ [S('azure-pip-tags')]: 'env=prod,team=web' })],
    bad: [{ manifest: publicSvc({ [S('azure-pip-tags')]: 'env:prod' }), path: P('azure-pip-tags'), value: '"env:prod"', fix: 'key=value' }],
  },
  'AZ-LB-024': {
    ok: [internalSvc({ [S('azure-allowed-ip-ranges')]: '10.0.0.0/8' })],
    bad: [{
      manifest: internalSvc({ [S('azure-allowed-ip-ranges')]: '10.0.0.0/8' }, { loadBalancerSourceRanges: ['192.168.0.0/16'] }),
      path: P('azure-allowed-ip-ranges'),
      value: '"10.0.0.0/8"',
      fix: 'spec.loadBalancerSourceRanges',
    }],
  },
  'AZ-LB-025': {
    ok: [internalSvc({ [S('azure-allowed-ip-ranges')]: '10.0.0.0/8,192.168.0.0/16,fd00::/8' })],
    bad: [
      { manifest: internalSvc({ [S('azure-allowed-ip-ranges')]: '10.0.0.1/8' }), path: P('azure-allowed-ip-ranges'), value: '"10.0.0.1/8"', fix: 'properly masked' },
      { manifest: internalSvc({ [S('azure-allowed-ip-ranges')]: '10.0.0.0/8,' }), path: P('azure-allowed-ip-ranges'), value: '""', fix: 'without an empty item' },
    ],
  },
  'AZ-LB-026': {
    ok: [publicSvc({ [S('azure-allowed-service-tags')]: 'AzureFrontDoor.Backend' })],
    bad: [
      {
        manifest: publicSvc({ [S('azure-allowed-service-tags')]: 'AzureFrontDoor.Backend' }, { loadBalancerSourceRanges: ['20.0.0.0/8'] }),
        path: P('azure-allowed-service-tags'),
        value: '"AzureFrontDoor.Backend"',
        fix: 'not both',
      },
      { manifest: publicSvc({ [S('azure-allowed-service-tags')]: 'AzureFrontDoor.Backend,' }), path: P('azure-allowed-service-tags'), value: '"AzureFrontDoor.Backend,"', fix: 'empty item' },
    ],
  },
  'AZ-LB-027': {
    ok: [internalSvc({ [S('azure-deny-all-except-load-balancer-source-ranges')]: 'true' }, { loadBalancerSourceRanges: ['10.0.0.0/8'] })],
    bad: [{
      manifest: internalSvc({ [S('azure-deny-all-except-load-balancer-source-ranges')]: 'true' }),
      path: P('azure-deny-all-except-load-balancer-source-ranges'),
      value: '"true"',
      fix: 'spec.loadBalancerSourceRanges',
    }],
  },
  'AZ-LB-028': {
    ok: [internalSvc({ [S('azure-load-balancer-internal-subnet')]: 'apps' })],
    bad: [
      { manifest: internalSvc({ [S('azure-shared-securityrule')]: 'true' }), path: P('azure-shared-securityrule'), value: 'v1.29.0', fix: 'Remove it' },
      { manifest: internalSvc({ [S('azure-load-balancer-internal-subnett')]: 'apps' }), path: P('azure-load-balancer-internal-subnett'), value: '"apps"', fix: 'spelling' },
    ],
  },
  'AZ-LB-030': {
    ok: [internalSvc({ [S('azure-load-balancer-configurations')]: 'lb-a' }), internalSvc({ [S('azure-load-balancer-configurations')]: ' lb-a , ,LB-B' }), internalSvc()],
    bad: [
      { manifest: internalSvc({ [S('azure-load-balancer-configurations')]: '' }), path: P('azure-load-balancer-configurations'), value: '"" names no', fix: 'List configuration names' },
      { manifest: internalSvc({ [S('azure-load-balancer-configurations')]: ' , ' }), path: P('azure-load-balancer-configurations'), value: '" , "', fix: 'remove the key' },
    ],
  },
  'AZ-LB-031': {
    ok: [internalSvc({ [S('azure-load-balancer-configurations')]: 'lb-a, lb-b' }), internalSvc({ [S('azure-load-balancer-configurations')]: ',' }), internalSvc()],
    bad: [
      { manifest: internalSvc({ [S('azure-load-balancer-configurations')]: 'lb-a,,lb-b' }), path: P('azure-load-balancer-configurations'), value: '"lb-a,,lb-b" has 1 empty item', fix: 'Write "lb-a,lb-b"' },
      { manifest: internalSvc({ [S('azure-load-balancer-configurations')]: 'lb-a, ,' }), path: P('azure-load-balancer-configurations'), value: '2 empty items', fix: 'Write "lb-a"' },
    ],
  },
  'AZ-LB-029': {
    ok: [
      internalSvc(),
      publicSvc({ [S('azure-dns-label-name')]: 'web' }, { loadBalancerSourceRanges: ['203.0.113.0/24'] }),
      publicSvc({ [S('azure-allowed-ip-ranges')]: '203.0.113.0/24' }),
      publicSvc({ [S('azure-allowed-service-tags')]: 'AzureFrontDoor.Backend' }),
      publicSvc({ [S('load-balancer-source-ranges')]: '203.0.113.0/24', [S('azure-dns-label-name')]: 'web' }),
      publicSvc({ [S('azure-disable-load-balancer-nsg-rule')]: 'true' }),
    ],
    bad: [
      { manifest: publicSvc({ [S('azure-dns-label-name')]: 'web' }), path: 'spec.loadBalancerSourceRanges', value: 'is not set', fix: 'Set loadBalancerSourceRanges' },
      { manifest: publicSvc({ [S('azure-disable-load-balancer-nsg-rule')]: 'false' }), path: 'spec.loadBalancerSourceRanges', value: 'whole internet', fix: 'acknowledge' },
      { manifest: publicSvc({ [S(INTERNAL)]: 'True' }), path: 'spec.loadBalancerSourceRanges', value: '"True"', fix: 'make the load balancer internal' },
      { manifest: publicSvc({ [S('azure-allowed-ip-ranges')]: ' , ' }, { loadBalancerSourceRanges: [] }), path: 'spec.loadBalancerSourceRanges', value: 'whole internet', fix: 'acknowledge' },
    ],
  },
  'AZ-PLS-001': {
    ok: [plsSvc()],
    bad: [{ manifest: internalSvc({ [S('azure-pls-name')]: 'pls' }), path: P('azure-pls-name'), value: '"pls"', fix: 'azure-pls-create: "true"' }],
  },
  'AZ-PLS-002': {
    ok: [plsSvc(), publicSvc({ [S('azure-pls-create')]: 'true', [S('azure-disable-load-balancer-floating-ip')]: 'true' })],
    bad: [{ manifest: publicSvc({ [S('azure-pls-create')]: 'true' }), path: P('azure-pls-create'), value: '"true"', fix: 'azure-disable-load-balancer-floating-ip' }],
  },
  'AZ-PLS-003': {
    ok: [plsSvc({}, { ipFamilies: ['IPv4', 'IPv6'], ipFamilyPolicy: 'RequireDualStack' })],
    bad: [{ manifest: plsSvc({}, { ipFamilies: ['IPv6'] }), path: 'spec.ipFamilies', value: '["IPv6"]', fix: 'Add IPv4' }],
  },
  'AZ-PLS-004': {
    ok: [plsSvc({ [S('azure-pls-ip-configuration-ip-address-count')]: '8' })],
    bad: [
      { manifest: plsSvc({ [S('azure-pls-ip-configuration-ip-address-count')]: '9' }), path: P('azure-pls-ip-configuration-ip-address-count'), value: '"9"', fix: '1 to 8' },
      { manifest: plsSvc({ [S('azure-pls-ip-configuration-ip-address-count')]: '0' }), path: P('azure-pls-ip-configuration-ip-address-count'), value: '"0"', fix: '1 to 8' },
    ],
  },
  'AZ-PLS-005': {
    ok: [plsSvc({ [S('azure-pls-ip-configuration-ip-address')]: '10.0.1.10 10.0.1.11', [S('azure-pls-ip-configuration-ip-address-count')]: '2' })],
    bad: [
      { manifest: plsSvc({ [S('azure-pls-ip-configuration-ip-address')]: 'fd00::10' }), path: P('azure-pls-ip-configuration-ip-address'), value: '"fd00::10"', fix: 'IPv4' },
      { manifest: plsSvc({ [S('azure-pls-ip-configuration-ip-address')]: '10.0.1.10,10.0.1.11' }), path: P('azure-pls-ip-configuration-ip-address'), value: '"10.0.1.10,10.0.1.11"', fix: 'separated by spaces' },
    ],
  },
  'AZ-PLS-006': {
    ok: [plsSvc({ [S('azure-pls-ip-configuration-ip-address')]: '10.0.1.10 10.0.1.10' })],
    bad: [{ manifest: plsSvc({ [S('azure-pls-ip-configuration-ip-address')]: '10.0.1.10 10.0.1.11' }), path: P('azure-pls-ip-configuration-ip-address'), value: '"10.0.1.10 10.0.1.11"', fix: 'ip-address-count: "2"' }],
  },
  'AZ-PLS-007': {
    ok: [plsSvc({ [S('azure-pls-visibility')]: `${GUID_A} ${GUID_B}`, [S('azure-pls-auto-approval')]: GUID_A }), plsSvc({ [S('azure-pls-visibility')]: '*' })],
    bad: [
      { manifest: plsSvc({ [S('azure-pls-visibility')]: 'my-subscription' }), path: P('azure-pls-visibility'), value: '"my-subscription"', fix: 'subscription ids' },
      { manifest: plsSvc({ [S('azure-pls-auto-approval')]: `${GUID_A},${GUID_B}` }), path: P('azure-pls-auto-approval'), value: `"${GUID_A},${GUID_B}"`, fix: 'separated by spaces' },
      { manifest: plsSvc({ [S('azure-pls-visibility')]: `* ${GUID_A}` }), path: P('azure-pls-visibility'), value: `"* ${GUID_A}"`, fix: '"*" alone' },
    ],
  },
  'AZ-PLS-008': {
    ok: [plsSvc({ [S('azure-pls-visibility')]: '*', [S('azure-pls-auto-approval')]: GUID_A }), plsSvc({ [S('azure-pls-visibility')]: GUID_A, [S('azure-pls-auto-approval')]: GUID_A })],
    bad: [{ manifest: plsSvc({ [S('azure-pls-visibility')]: GUID_A, [S('azure-pls-auto-approval')]: GUID_B }), path: P('azure-pls-auto-approval'), value: `"${GUID_B}"`, fix: S('azure-pls-visibility') }],
  },
  'AZ-PLS-009': {
    ok: [
      plsSvc({ [S('azure-pls-proxy-protocol')]: 'true', [S('port_80_health-probe_protocol')]: 'Http', [S('port_80_health-probe_request-path')]: '/healthz' }, LOCAL),
      plsSvc({ [S('azure-pls-proxy-protocol')]: 'true' }),
    ],
    bad: [{ manifest: plsSvc({ [S('azure-pls-proxy-protocol')]: 'true' }, LOCAL), path: P('azure-pls-proxy-protocol'), value: '"true"', fix: 'health-probe_request-path' }],
  },
  'AZ-PLS-010': {
    ok: [plsSvc({ [S('azure-pls-ip-configuration-subnet')]: 'pls-subnet' })],
    bad: [{ manifest: plsSvc({ [S('azure-pls-ip-configuration-subnet')]: 'vnet/pls-subnet' }), path: P('azure-pls-ip-configuration-subnet'), value: '"vnet/pls-subnet"', fix: 'subnet name' }],
  },
  'AZ-PLS-011': {
    ok: [plsSvc({ [S('azure-pls-fqdns')]: 'a.contoso.com b.contoso.com' })],
    bad: [{ manifest: plsSvc({ [S('azure-pls-fqdns')]: 'a.contoso.com,b.contoso.com' }), path: P('azure-pls-fqdns'), value: '"a.contoso.com,b.contoso.com"', fix: 'separated by spaces' }],
  },
  'AZ-PLS-012': {
    ok: [plsSvc()],
    bad: [
      { manifest: internalSvc({ [S('azure-pls-create')]: 'true' }), path: P('azure-pls-name'), value: 'has no name', fix: 'azure-pls-name' },
      { manifest: internalSvc({ [S('azure-pls-create')]: 'true', [S('azure-pls-name')]: ' ' }), path: P('azure-pls-name'), value: '" "', fix: 'azure-pls-name' },
    ],
  },
  'AZ-AGIC-001': {
    ok: [agicIngress(), agicIngress({ 'kubernetes.io/ingress.class': 'azure/application-gateway' }, { ingressClassName: undefined })],
    bad: [
      { manifest: agicIngress({}, { ingressClassName: 'azure/application-gateway' }), path: 'spec.ingressClassName', value: '"azure/application-gateway"', fix: 'azure-application-gateway' },
      {
        manifest: agicIngress({ 'kubernetes.io/ingress.class': 'azure-application-gateway' }, { ingressClassName: undefined }),
        path: annotationPath('kubernetes.io/ingress.class'),
        value: '"azure-application-gateway"',
        fix: '"azure/application-gateway"',
      },
    ],
  },
  'AZ-AGIC-002': {
    ok: [agicIngress({ [G('ssl-redirect')]: 'false' }), agicIngress({ 'kubernetes.io/ingress.class': 'azure/application-gateway', [G('ssl-redirect')]: 'false' }, { ingressClassName: undefined })],
    bad: [
      { manifest: agicIngress({ [G('ssl-redirect')]: 'false' }, { ingressClassName: 'nginx' }), path: 'spec.ingressClassName', value: '"nginx"', fix: 'azure-application-gateway' },
      { manifest: agicIngress({ [G('ssl-redirect')]: 'false' }, { ingressClassName: undefined }), path: 'spec.ingressClassName', value: 'no class', fix: 'azure-application-gateway' },
      {
        manifest: agicIngress({ 'kubernetes.io/ingress.class': 'nginx', [G('ssl-redirect')]: 'false' }),
        path: annotationPath('kubernetes.io/ingress.class'),
        value: '"nginx"',
        fix: 'azure-application-gateway',
      },
    ],
  },
  'AZ-AGIC-003': {
    ok: [agicIngress({ [G('cookie-based-affinity')]: 'true' })],
    bad: [{ manifest: agicIngress({ [G('cookie-based-affinity')]: 'yes' }), path: PG('cookie-based-affinity'), value: '"yes"', fix: '"true" or "false"' }],
  },
  'AZ-AGIC-004': {
    ok: [agicIngress({ [G('request-timeout')]: '30' })],
    bad: [{ manifest: agicIngress({ [G('request-timeout')]: '30s' }), path: PG('request-timeout'), value: '"30s"', fix: 'whole number' }],
  },
  'AZ-AGIC-005': {
    ok: [agicIngress({ [G('rule-priority')]: '20000' })],
    bad: [{ manifest: agicIngress({ [G('rule-priority')]: '20001' }), path: PG('rule-priority'), value: '"20001"', fix: '1 to 20000' }],
  },
  'AZ-AGIC-006': {
    ok: [agicIngress({ [G('override-frontend-port')]: '64999' })],
    bad: [{ manifest: agicIngress({ [G('override-frontend-port')]: '65000' }), path: PG('override-frontend-port'), value: '"65000"', fix: '1 to 64999' }],
  },
  'AZ-AGIC-007': {
    ok: [
      agicIngress({ [G('health-probe-unhealthy-threshold')]: '20', [G('health-probe-port')]: '8080' }),
      // Above one day is AZ-AGIC-022's warning, not this error.
      agicIngress({ [G('health-probe-interval')]: '90000', [G('health-probe-timeout')]: '86401' }),
    ],
    bad: [
      { manifest: agicIngress({ [G('health-probe-unhealthy-threshold')]: '21' }), path: PG('health-probe-unhealthy-threshold'), value: '"21"', fix: '1 to 20' },
      { manifest: agicIngress({ [G('health-probe-port')]: '0' }), path: PG('health-probe-port'), value: '"0"', fix: '1 to 65535' },
      { manifest: agicIngress({ [G('health-probe-interval')]: '0' }), path: PG('health-probe-interval'), value: '"0"', fix: 'at least 1' },
      { manifest: agicIngress({ [G('health-probe-timeout')]: '-5' }), path: PG('health-probe-timeout'), value: '"-5"', fix: 'at least 1' },
    ],
  },
  'AZ-AGIC-008': {
    ok: [agicIngress({ [G('backend-protocol')]: 'HTTPS' })],
    bad: [{ manifest: agicIngress({ [G('backend-protocol')]: 'grpc' }), path: PG('backend-protocol'), value: '"grpc"', fix: '"http" or "https"' }],
  },
  'AZ-AGIC-009': {
    ok: [agicIngress({ [G('ssl-redirect')]: 'true' }, tls), agicIngress({ [G('ssl-redirect')]: 'true', [G('appgw-ssl-certificate')]: 'gw-cert' })],
    bad: [{ manifest: agicIngress({ [G('ssl-redirect')]: 'true' }), path: PG('ssl-redirect'), value: '"true"', fix: 'spec.tls' }],
  },
  'AZ-AGIC-010': {
    ok: [
      agicIngress({ [G('appgw-trusted-root-certificate')]: 'root', [G('backend-protocol')]: 'https' }),
      agicIngress({ [G('appgw-trusted-root-certificate')]: 'root' }, { rules: [{ http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 443 } } } }] } }] }),
    ],
    bad: [{ manifest: agicIngress({ [G('appgw-trusted-root-certificate')]: 'root' }), path: PG('appgw-trusted-root-certificate'), value: '"root"', fix: 'backend-protocol: "https"' }],
  },
  'AZ-AGIC-011': {
    ok: [agicIngress({ [G('appgw-trusted-root-certificate')]: 'root-a,root-b,', [G('backend-protocol')]: 'https' })],
    bad: [{ manifest: agicIngress({ [G('appgw-trusted-root-certificate')]: 'root-a, root-b', [G('backend-protocol')]: 'https' }), path: PG('appgw-trusted-root-certificate'), value: '" root-b"', fix: '"," only' }],
  },
  'AZ-AGIC-012': {
    ok: [agicIngress({ [G('rewrite-rule-set')]: 'rules' })],
    bad: [{
      manifest: agicIngress({ [G('rewrite-rule-set')]: 'rules', [G('rewrite-rule-set-custom-resource')]: 'crd' }),
      path: PG('rewrite-rule-set-custom-resource'),
      value: '"crd"',
      fix: 'Remove one',
    }],
  },
  'AZ-AGIC-013': {
    ok: [agicIngress({ [G('connection-draining')]: 'true', [G('connection-draining-timeout')]: '30' })],
    bad: [
      { manifest: agicIngress({ [G('connection-draining-timeout')]: '30' }), path: PG('connection-draining-timeout'), value: 'connection-draining is not set', fix: 'connection-draining: "true"' },
      {
        manifest: agicIngress({ [G('connection-draining')]: 'false', [G('connection-draining-timeout')]: '30' }),
        path: PG('connection-draining-timeout'),
        value: 'connection-draining is "false"',
        fix: 'connection-draining: "true"',
      },
    ],
  },
  'AZ-AGIC-014': {
    ok: [agicIngress(), agicIngress({ [G('health-probe-path')]: '/healthz' }, { rules: [{ http: { paths: [{ path: '/api', pathType: 'Prefix', backend: {} }] } }] })],
    bad: [
      {
        manifest: agicIngress({}, { rules: [{ http: { paths: [{ path: '/api', pathType: 'Prefix', backend: {} }] } }] }),
        path: PG('health-probe-path'),
        value: '"/api"',
        fix: 'health-probe-path',
      },
      { manifest: agicIngress({ [G('backend-path-prefix')]: '/app/' }), path: PG('health-probe-path'), value: '"/app/"', fix: 'readiness probe' },
    ],
  },
  'AZ-AGIC-015': {
    ok: [agicIngress({ [G('health-probe-status-codes')]: '200-399, 401' })],
    bad: [{ manifest: agicIngress({ [G('health-probe-status-codes')]: '200-abc' }), path: PG('health-probe-status-codes'), value: '"200-abc"', fix: '"200-399,401"' }],
  },
  'AZ-AGIC-016': {
    ok: [agicIngress({ [G('health-probe-status-codes')]: '200-399,401' })],
    bad: [{ manifest: agicIngress({ [G('health-probe-status-codes')]: '401' }), path: PG('health-probe-status-codes'), value: '"401"', fix: 'Include 200' }],
  },
  'AZ-AGIC-017': {
    ok: [agicIngress({ [G('backend-protocol')]: 'https', [G('appgw-trusted-root-certificate')]: 'root' })],
    bad: [
      { manifest: agicIngress({ [G('backend-protocol')]: 'https' }), path: PG('backend-protocol'), value: '"https"', fix: 'appgw-trusted-root-certificate' },
      {
        manifest: agicIngress({ [G('ssl-redirect')]: 'false' }, { rules: [{ http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 443 } } } }] } }] }),
        path: 'spec.rules[0].http.paths[0].backend.service.port.number',
        value: '443',
        fix: 'appgw-trusted-root-certificate',
      },
    ],
  },
  'AZ-AGIC-018': {
    ok: [agicIngress({ [G('backend-protocol')]: 'http' })],
    bad: [{ manifest: agicIngress({ [G('backend-protocol')]: 'https' }), path: 'spec.rules[0].http.paths[0].backend.service.port.number', value: '"https"', fix: 'backend-protocol "http"' }],
  },
  'AZ-AGIC-019': {
    ok: [agicIngress({ [G('health-probe-status-codes')]: '200' })],
    bad: [{ manifest: agicIngress({ [G('health-probe-status-code')]: '200' }), path: PG('health-probe-status-code'), value: '"200"', fix: G('health-probe-status-codes') }],
  },
  'AZ-AGIC-020': {
    ok: [agicIngress({ [G('waf-policy-for-path')]: WAF_ID })],
    bad: [{ manifest: agicIngress({ [G('waf-policy-for-path')]: 'my-waf' }), path: PG('waf-policy-for-path'), value: '"my-waf"', fix: 'applicationGatewayWebApplicationFirewallPolicies' }],
  },
  'AZ-AGIC-021': {
    ok: [agicIngress({ [G('appgw-ssl-certificate')]: 'gw-cert' })],
    bad: [{ manifest: agicIngress({ [G('appgw-ssl-certificate')]: 'gw-cert' }, tls), path: PG('appgw-ssl-certificate'), value: '"gw-cert"', fix: 'Remove spec.tls' }],
  },
  'AZ-AGIC-022': {
    ok: [agicIngress({ [G('health-probe-interval')]: '86400', [G('health-probe-timeout')]: '30' }), agicIngress({ [G('health-probe-interval')]: 'soon' })],
    bad: [
      { manifest: agicIngress({ [G('health-probe-interval')]: '90000' }), path: PG('health-probe-interval'), value: '"90000"', fix: 'at most 86400' },
      { manifest: agicIngress({ [G('health-probe-timeout')]: '86401' }), path: PG('health-probe-timeout'), value: '"86401"', fix: 'at most 86400' },
    ],
  },
};
