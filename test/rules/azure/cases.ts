import { agicIngress, GUID_A, GUID_B, internalSvc, plsSvc, publicSvc } from './fixtures';
import { ClusterProfile } from '../../../src';
import { annotationPath, key, lbService } from '../../helpers';
import { RuleCases } from '../cases';
import { RELEASE_CASES } from './releases.cases';

const INTERNAL = 'azure-load-balancer-internal';
const PREFIX_ID = `/subscriptions/${GUID_A}/resourceGroups/rg-net/providers/Microsoft.Network/publicIPPrefixes/pfx`;
const WAF_ID = `/subscriptions/${GUID_A}/resourceGroups/rg-net/providers/Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/waf`;
const LOCAL = { externalTrafficPolicy: 'Local' };
const tls = { tls: [{ hosts: ['a.example.com'], secretName: 'a-tls' }] };

/** The compliant and non-compliant cases of every Azure rule, by rule id. */
export const CASES: RuleCases = {
  'AZ-LB-001': {
    compliant: [
      { title: 'internal "true"', manifest: internalSvc() },
      { title: 'a per-port switch "false"', manifest: internalSvc({ [key('port_80_no_lb_rule')]: 'false' }) },
    ],
    noncompliant: [
      { title: 'internal "True" (capitalised)', manifest: publicSvc({ [key(INTERNAL)]: 'True' }), path: annotationPath(INTERNAL), message: ['"True"'], fix: ['Write "true"'] },
      { title: 'a per-port switch "yes"', manifest: internalSvc({ [key('port_80_no_probe_rule')]: 'yes' }), path: annotationPath('port_80_no_probe_rule'), message: ['"yes"'], fix: ['"true" or "false"'] },
    ],
  },
  'AZ-LB-002': {
    compliant: [
      { title: 'idle timeout 4 (the minimum)', manifest: internalSvc({ [key('azure-load-balancer-tcp-idle-timeout')]: '4' }) },
      { title: 'idle timeout 100 (the maximum)', manifest: internalSvc({ [key('azure-load-balancer-tcp-idle-timeout')]: '100' }) },
    ],
    noncompliant: [
      { title: 'idle timeout 120', manifest: internalSvc({ [key('azure-load-balancer-tcp-idle-timeout')]: '120' }), path: annotationPath('azure-load-balancer-tcp-idle-timeout'), message: ['"120"'], fix: ['4 to 100'] },
      { title: 'idle timeout 3', manifest: internalSvc({ [key('azure-load-balancer-tcp-idle-timeout')]: '3' }), path: annotationPath('azure-load-balancer-tcp-idle-timeout'), message: ['"3"'], fix: ['4 to 100'] },
      { title: 'an idle timeout with a unit ("30m")', manifest: internalSvc({ [key('azure-load-balancer-tcp-idle-timeout')]: '30m' }), path: annotationPath('azure-load-balancer-tcp-idle-timeout'), message: ['"30m"'], fix: ['whole number'] },
    ],
  },
  'AZ-LB-003': {
    compliant: [{ title: 'probe interval 5', manifest: internalSvc({ [key('azure-load-balancer-health-probe-interval')]: '5' }) }],
    noncompliant: [
      { title: 'probe interval 4', manifest: internalSvc({ [key('azure-load-balancer-health-probe-interval')]: '4' }), path: annotationPath('azure-load-balancer-health-probe-interval'), message: ['"4"'], fix: ['at least 5'] },
      { title: 'a per-port probe interval that is no number', manifest: internalSvc({ [key('port_80_health-probe_interval')]: 'ten' }), path: annotationPath('port_80_health-probe_interval'), message: ['"ten"'], fix: ['at least 5'] },
    ],
  },
  'AZ-LB-004': {
    compliant: [{ title: 'two probes', manifest: internalSvc({ [key('azure-load-balancer-health-probe-num-of-probe')]: '2' }) }],
    noncompliant: [{ title: 'one probe', manifest: internalSvc({ [key('azure-load-balancer-health-probe-num-of-probe')]: '1' }), path: annotationPath('azure-load-balancer-health-probe-num-of-probe'), message: ['"1"'], fix: ['at least 2'] }],
  },
  'AZ-LB-005': {
    compliant: [{ title: 'interval 10 with 11 probes', manifest: internalSvc({ [key('azure-load-balancer-health-probe-interval')]: '10', [key('azure-load-balancer-health-probe-num-of-probe')]: '11' }) }],
    noncompliant: [
      {
        title: 'interval 20 with 6 probes',
        manifest: internalSvc({ [key('azure-load-balancer-health-probe-interval')]: '20', [key('azure-load-balancer-health-probe-num-of-probe')]: '6' }),
        path: annotationPath('azure-load-balancer-health-probe-interval'),
        message: ['"20"'],
        fix: ['Lower the interval'],
      },
      {
        title: 'interval 10 with a per-port count of 12 probes',
        manifest: internalSvc({ [key('azure-load-balancer-health-probe-interval')]: '10', [key('port_80_health-probe_num-of-probe')]: '12' }),
        path: annotationPath('azure-load-balancer-health-probe-interval'),
        message: ['"12"'],
        fix: ['Lower the interval'],
      },
    ],
  },
  'AZ-LB-006': {
    compliant: [
      { title: 'protocol Http', manifest: internalSvc({ [key('azure-load-balancer-health-probe-protocol')]: 'Http' }) },
      { title: 'a per-port protocol https in lower case', manifest: internalSvc({ [key('port_80_health-probe_protocol')]: 'https' }) },
    ],
    noncompliant: [{ title: 'protocol Grpc', manifest: internalSvc({ [key('azure-load-balancer-health-probe-protocol')]: 'Grpc' }), path: annotationPath('azure-load-balancer-health-probe-protocol'), message: ['"Grpc"'], fix: ['Tcp, Http or Https'] }],
  },
  'AZ-LB-007': {
    compliant: [
      { title: 'a probe port named in spec.ports', manifest: internalSvc({ [key('port_80_health-probe_port')]: 'http' }) },
      { title: 'a probe port number', manifest: internalSvc({ [key('port_80_health-probe_port')]: '10256' }) },
    ],
    noncompliant: [
      { title: 'a probe port name not in spec.ports', manifest: internalSvc({ [key('port_80_health-probe_port')]: 'metrics' }), path: annotationPath('port_80_health-probe_port'), message: ['"metrics"'], fix: ['http'] },
      { title: 'probe port 70000', manifest: internalSvc({ [key('port_80_health-probe_port')]: '70000' }), path: annotationPath('port_80_health-probe_port'), message: ['"70000"'], fix: ['port number'] },
    ],
  },
  'AZ-LB-008': {
    compliant: [{ title: 'a switch for a port of the Service', manifest: internalSvc({ [key('port_80_no_probe_rule')]: 'true' }) }],
    noncompliant: [
      { title: 'a switch for a port the Service lacks', manifest: internalSvc({ [key('port_8080_no_probe_rule')]: 'true' }), path: annotationPath('port_8080_no_probe_rule'), message: ['"8080"'], fix: ['spec.ports[].port'] },
      { title: 'a per-port key with a hyphen for the underscore', manifest: internalSvc({ [key('port_80_health-probe-protocol')]: 'Http' }), path: annotationPath('port_80_health-probe-protocol'), message: ['"health-probe-protocol"'], fix: ['health-probe_protocol'] },
    ],
  },
  'AZ-LB-009': {
    compliant: [
      { title: 'an Http probe with Cluster traffic policy', manifest: internalSvc({ [key('azure-load-balancer-health-probe-protocol')]: 'Http' }) },
      { title: 'an Http probe on a named port with Local', manifest: internalSvc({ [key('port_80_health-probe_port')]: 'http', [key('port_80_health-probe_protocol')]: 'Http' }, LOCAL) },
      { title: 'a probe interval with Local', manifest: internalSvc({ [key('azure-load-balancer-health-probe-interval')]: '10' }, LOCAL) },
    ],
    noncompliant: [
      { title: 'an Http probe with Local and no probe port', manifest: internalSvc({ [key('azure-load-balancer-health-probe-protocol')]: 'Http' }, LOCAL), path: annotationPath('azure-load-balancer-health-probe-protocol'), message: ['"Http"'], fix: ['health-probe_port'] },
      { title: 'a request path with Local and no probe port', manifest: internalSvc({ [key('port_80_health-probe_request-path')]: '/ready' }, LOCAL), path: annotationPath('port_80_health-probe_request-path'), message: ['"/ready"'], fix: ['port_80_health-probe_port'] },
    ],
  },
  'AZ-LB-010': {
    compliant: [{ title: 'a request path with protocol Http', manifest: internalSvc({ [key('azure-load-balancer-health-probe-protocol')]: 'Http', [key('azure-load-balancer-health-probe-request-path')]: '/healthz' }) }],
    noncompliant: [
      { title: 'a request path without a probe protocol', manifest: internalSvc({ [key('azure-load-balancer-health-probe-request-path')]: '/healthz' }), path: annotationPath('azure-load-balancer-health-probe-request-path'), message: ['"/healthz"'], fix: ['Http'] },
      {
        title: 'a per-port request path with protocol Tcp',
        manifest: internalSvc({ [key('port_80_health-probe_protocol')]: 'Tcp', [key('port_80_health-probe_request-path')]: '/ready' }),
        path: annotationPath('port_80_health-probe_request-path'),
        message: ['"/ready"'],
        fix: ['Http'],
      },
    ],
  },
  'AZ-LB-011': {
    compliant: [{ title: 'an internal subnet name', manifest: internalSvc({ [key('azure-load-balancer-internal-subnet')]: 'apps-subnet' }) }],
    noncompliant: [
      { title: 'an internal subnet on a public Service', manifest: publicSvc({ [key('azure-load-balancer-internal-subnet')]: 'apps-subnet' }), path: annotationPath('azure-load-balancer-internal-subnet'), message: ['"apps-subnet"'], fix: ['azure-load-balancer-internal: "true"'] },
      {
        title: 'a subnet resource id instead of a name',
        manifest: internalSvc({ [key('azure-load-balancer-internal-subnet')]: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/apps' }),
        path: annotationPath('azure-load-balancer-internal-subnet'),
        message: ['"/subscriptions/x/'],
        fix: ['subnet name'],
      },
    ],
  },
  'AZ-LB-012': {
    compliant: [{ title: 'a public IP name on a public Service', manifest: publicSvc({ [key('azure-pip-name')]: 'my-pip' }) }],
    noncompliant: [
      { title: 'a public IP name on an internal Service', manifest: internalSvc({ [key('azure-pip-name')]: 'my-pip' }), path: annotationPath('azure-pip-name'), message: ['"my-pip"'], fix: ['Remove the annotation'] },
      { title: 'a public IP resource group on an internal Service', manifest: internalSvc({ [key('azure-load-balancer-resource-group')]: 'rg-ip' }), path: annotationPath('azure-load-balancer-resource-group'), message: ['"rg-ip"'], fix: ['Remove the annotation'] },
    ],
  },
  'AZ-LB-013': {
    compliant: [
      { title: 'an IPv4 address', manifest: internalSvc({ [key('azure-load-balancer-ipv4')]: '10.0.0.5' }) },
      { title: 'an IPv4 address in spec.loadBalancerIP', manifest: internalSvc({}, { loadBalancerIP: '10.240.0.25' }) },
      { title: 'IPv4 and IPv6 addresses for dual stack', manifest: internalSvc({ [key('azure-load-balancer-ipv4')]: '10.0.0.5', [key('azure-load-balancer-ipv6')]: 'fd00::5' }, { ipFamilies: ['IPv4', 'IPv6'], ipFamilyPolicy: 'RequireDualStack' }) },
    ],
    noncompliant: [
      { title: 'an IPv6 address in the IPv4 key', manifest: internalSvc({ [key('azure-load-balancer-ipv4')]: 'fd00::5' }), path: annotationPath('azure-load-balancer-ipv4'), message: ['"fd00::5"'], fix: [key('azure-load-balancer-ipv6')] },
      { title: 'two IPv4 addresses', manifest: internalSvc({ [key('azure-load-balancer-ipv4')]: '10.0.0.5,10.0.0.6' }), path: annotationPath('azure-load-balancer-ipv4'), message: ['"10.0.0.5,10.0.0.6"'], fix: ['one IPv4 address'] },
      { title: 'an IPv6 address without the IPv6 family', manifest: internalSvc({ [key('azure-load-balancer-ipv6')]: 'fd00::5' }, { ipFamilies: ['IPv4'] }), path: annotationPath('azure-load-balancer-ipv6'), message: ['"fd00::5"'], fix: ['spec.ipFamilies'] },
      // The API server does not validate spec.loadBalancerIP; getServiceLoadBalancerIP reads it only as an address.
      { title: 'a placeholder in spec.loadBalancerIP', manifest: internalSvc({}, { loadBalancerIP: '<ilb-ip>' }), path: 'spec.loadBalancerIP', message: ['"<ilb-ip>"', 'getServiceLoadBalancerIP', 'dynamic address'], fix: ['azure-load-balancer-ipv4'] },
      { title: 'a CIDR in spec.loadBalancerIP', manifest: internalSvc({}, { loadBalancerIP: '10.240.0.0/24' }), path: 'spec.loadBalancerIP', message: ['"10.240.0.0/24"', 'not an IP address'] },
    ],
  },
  'AZ-LB-014': {
    compliant: [
      { title: 'a public address on a public Service', manifest: publicSvc({ [key('azure-load-balancer-ipv4')]: '20.1.2.3' }) },
      { title: 'a private address on an internal Service', manifest: internalSvc({ [key('azure-load-balancer-ipv4')]: '10.0.0.5' }) },
    ],
    noncompliant: [
      { title: 'a private address on a public Service', manifest: publicSvc({ [key('azure-load-balancer-ipv4')]: '10.0.0.5' }), path: annotationPath('azure-load-balancer-ipv4'), message: ['"10.0.0.5"'], fix: ['azure-load-balancer-internal: "true"'] },
      { title: 'the Azure platform address 168.63.129.16 as loadBalancerIP', manifest: publicSvc({ [key('azure-load-balancer-tcp-idle-timeout')]: '30' }, { loadBalancerIP: '168.63.129.16' }), path: 'spec.loadBalancerIP', message: ['"168.63.129.16"'], fix: ['public IP'] },
    ],
  },
  'AZ-LB-015': {
    compliant: [
      { title: 'a public IP by name', manifest: publicSvc({ [key('azure-pip-name')]: 'my-pip' }) },
      { title: 'a public IP by address', manifest: publicSvc({ [key('azure-load-balancer-ipv4')]: '20.1.2.3' }) },
    ],
    noncompliant: [
      { title: 'a public IP by name and by address', manifest: publicSvc({ [key('azure-pip-name')]: 'my-pip', [key('azure-load-balancer-ipv4')]: '20.1.2.3' }), path: annotationPath('azure-load-balancer-ipv4'), message: ['"20.1.2.3"'], fix: ['choose the public IP one way'] },
      { title: 'a public IP prefix and a loadBalancerIP', manifest: publicSvc({ [key('azure-pip-prefix-id')]: PREFIX_ID }, { loadBalancerIP: '20.1.2.3' }), path: 'spec.loadBalancerIP', message: ['"20.1.2.3"'], fix: ['one way'] },
    ],
  },
  'AZ-LB-016': {
    compliant: [{ title: 'the address in the IPv4 annotation', manifest: internalSvc({ [key('azure-load-balancer-ipv4')]: '10.0.0.5' }) }],
    noncompliant: [{ title: 'the address in spec.loadBalancerIP', manifest: internalSvc({}, { loadBalancerIP: '10.0.0.5' }), path: 'spec.loadBalancerIP', message: ['"10.0.0.5"'], fix: [key('azure-load-balancer-ipv4')] }],
  },
  'AZ-LB-017': {
    compliant: [
      { title: 'two load balancer configurations', manifest: internalSvc({ [key('azure-load-balancer-configurations')]: 'lb-a,lb-b' }) },
      {
        title: 'a pinned address on v1.33.11, before getAzureLoadBalancerName refused it',
        manifest: internalSvc({ [key('azure-load-balancer-configurations')]: 'lb-a', [key('azure-load-balancer-ipv4')]: '10.0.0.5' }),
        profile: ClusterProfile.custom({ kubernetesVersion: '1.33', controllers: { cloudProviderAzure: { version: 'v1.33.11' } } }),
      },
      { title: 'a pinned address on AKS 1.32', manifest: internalSvc({ [key('azure-load-balancer-configurations')]: 'lb-a', [key('azure-pip-name')]: 'pip' }), profile: ClusterProfile.aks({ kubernetesVersion: '1.32' }) },
    ],
    noncompliant: [
      {
        title: 'one configuration with a pinned address on AKS 1.36',
        manifest: internalSvc({ [key('azure-load-balancer-configurations')]: 'lb-a', [key('azure-load-balancer-ipv4')]: '10.0.0.5' }),
        profile: ClusterProfile.aks({ kubernetesVersion: '1.36' }),
        path: annotationPath('azure-load-balancer-configurations'),
        message: ['"lb-a"'],
        fix: ['pinned address'],
      },
      {
        title: 'a pinned address on v1.34.9, where getAzureLoadBalancerName refuses it',
        manifest: internalSvc({ [key('azure-load-balancer-configurations')]: 'lb-a', [key('azure-load-balancer-ipv4')]: '10.0.0.5' }),
        profile: ClusterProfile.custom({ kubernetesVersion: '1.34', controllers: { cloudProviderAzure: { version: 'v1.34.9' } } }),
        path: annotationPath('azure-load-balancer-configurations'),
        message: ['"lb-a"'],
      },
      {
        title: 'one configuration with a pinned address, for any cluster',
        manifest: internalSvc({ [key('azure-load-balancer-configurations')]: 'lb-a', [key('azure-load-balancer-ipv4')]: '10.0.0.5' }),
        path: annotationPath('azure-load-balancer-configurations'),
        message: ['"lb-a"'],
        onlyOn: 'v1.33.12+, v1.34.9+, v1.35.4+ or v1.36+',
      },
      {
        title: 'a pinned address on the v1.35 line, its patch open',
        manifest: internalSvc({ [key('azure-load-balancer-configurations')]: 'lb-a', [key('azure-pip-name')]: 'pip' }),
        profile: ClusterProfile.aks({ kubernetesVersion: '1.35' }),
        path: annotationPath('azure-load-balancer-configurations'),
        message: ['azure-pip-name'],
        onlyOn: 'cloud-provider-azure',
      },
    ],
  },
  'AZ-LB-018': {
    compliant: [{ title: 'SCTP on an internal Service', manifest: internalSvc({}, { ports: [{ name: 'sctp', port: 9000, protocol: 'SCTP' }] }) }],
    noncompliant: [{ title: 'SCTP on a public Service', manifest: publicSvc({ [key('azure-load-balancer-tcp-idle-timeout')]: '30' }, { ports: [{ name: 'sctp', port: 9000, protocol: 'SCTP' }] }), path: 'spec.ports[0].protocol', message: ['"SCTP"'], fix: ['internal'] }],
  },
  'AZ-LB-019': {
    compliant: [{ title: 'HA ports on an internal Service', manifest: internalSvc({ [key('azure-load-balancer-enable-high-availability-ports')]: 'true' }) }],
    noncompliant: [
      { title: 'HA ports on a public Service', manifest: publicSvc({ [key('azure-load-balancer-enable-high-availability-ports')]: 'true' }), path: annotationPath('azure-load-balancer-enable-high-availability-ports'), message: ['"true"'], fix: ['internal'] },
      {
        title: 'HA ports with a per-port no_lb_rule switch',
        manifest: internalSvc({ [key('azure-load-balancer-enable-high-availability-ports')]: 'true', [key('port_80_no_lb_rule')]: 'true' }),
        path: annotationPath('port_80_no_lb_rule'),
        message: ['"true"'],
        fix: ['HA ports off'],
      },
    ],
  },
  'AZ-LB-020': {
    compliant: [{ title: 'floating IP off with explicit node ports', manifest: internalSvc({ [key('azure-disable-load-balancer-floating-ip')]: 'true' }, { allocateLoadBalancerNodePorts: false, ports: [{ name: 'http', port: 80, nodePort: 30080 }] }) }],
    noncompliant: [{
      title: 'floating IP off without node ports',
      manifest: internalSvc({ [key('azure-disable-load-balancer-floating-ip')]: 'true' }, { allocateLoadBalancerNodePorts: false }),
      path: 'spec.ports[0].nodePort',
      message: ['port 80'],
      fix: ['nodePort'],
    }],
  },
  'AZ-LB-021': {
    compliant: [{ title: 'a public IP prefix resource id', manifest: publicSvc({ [key('azure-pip-prefix-id')]: PREFIX_ID }) }],
    noncompliant: [{ title: 'a prefix name instead of a resource id', manifest: publicSvc({ [key('azure-pip-prefix-id')]: 'pfx' }), path: annotationPath('azure-pip-prefix-id'), message: ['"pfx"'], fix: ['publicIPPrefixes'] }],
  },
  'AZ-LB-022': {
    compliant: [{ title: 'two addresses separated by a comma', manifest: publicSvc({ [key('azure-additional-public-ips')]: '20.1.2.3,20.1.2.4' }) }],
    noncompliant: [{ title: 'two addresses separated by a comma and a space', manifest: publicSvc({ [key('azure-additional-public-ips')]: '20.1.2.3, 20.1.2.4' }), path: annotationPath('azure-additional-public-ips'), message: ['" 20.1.2.4"'], fix: ['no spaces'] }],
  },
  'AZ-LB-023': {
    compliant: [{ title: 'key=value tags', manifest: publicSvc({ [key('azure-pip-tags')]: 'env=prod,team=web' }) }],
    noncompliant: [{ title: 'a tag with a colon for the equals sign', manifest: publicSvc({ [key('azure-pip-tags')]: 'env:prod' }), path: annotationPath('azure-pip-tags'), message: ['"env:prod"'], fix: ['key=value'] }],
  },
  'AZ-LB-024': {
    compliant: [{ title: 'allowed IP ranges alone', manifest: internalSvc({ [key('azure-allowed-ip-ranges')]: '10.0.0.0/8' }) }],
    noncompliant: [{
      title: 'allowed IP ranges and loadBalancerSourceRanges',
      manifest: internalSvc({ [key('azure-allowed-ip-ranges')]: '10.0.0.0/8' }, { loadBalancerSourceRanges: ['192.168.0.0/16'] }),
      path: annotationPath('azure-allowed-ip-ranges'),
      message: ['"10.0.0.0/8"'],
      fix: ['spec.loadBalancerSourceRanges'],
    }],
  },
  'AZ-LB-025': {
    compliant: [{ title: 'IPv4 and IPv6 CIDRs', manifest: internalSvc({ [key('azure-allowed-ip-ranges')]: '10.0.0.0/8,192.168.0.0/16,fd00::/8' }) }],
    noncompliant: [
      { title: 'a CIDR with host bits set', manifest: internalSvc({ [key('azure-allowed-ip-ranges')]: '10.0.0.1/8' }), path: annotationPath('azure-allowed-ip-ranges'), message: ['"10.0.0.1/8"'], fix: ['properly masked'] },
      { title: 'a trailing comma', manifest: internalSvc({ [key('azure-allowed-ip-ranges')]: '10.0.0.0/8,' }), path: annotationPath('azure-allowed-ip-ranges'), message: ['""'], fix: ['without an empty item'] },
    ],
  },
  'AZ-LB-026': {
    compliant: [{ title: 'a service tag alone', manifest: publicSvc({ [key('azure-allowed-service-tags')]: 'AzureFrontDoor.Backend' }) }],
    noncompliant: [
      {
        title: 'a service tag and loadBalancerSourceRanges',
        manifest: publicSvc({ [key('azure-allowed-service-tags')]: 'AzureFrontDoor.Backend' }, { loadBalancerSourceRanges: ['20.0.0.0/8'] }),
        path: annotationPath('azure-allowed-service-tags'),
        message: ['"AzureFrontDoor.Backend"'],
        fix: ['not both'],
      },
      { title: 'a service tag with a trailing comma', manifest: publicSvc({ [key('azure-allowed-service-tags')]: 'AzureFrontDoor.Backend,' }), path: annotationPath('azure-allowed-service-tags'), message: ['"AzureFrontDoor.Backend,"'], fix: ['empty item'] },
    ],
  },
  'AZ-LB-027': {
    compliant: [{ title: 'deny-all with source ranges', manifest: internalSvc({ [key('azure-deny-all-except-load-balancer-source-ranges')]: 'true' }, { loadBalancerSourceRanges: ['10.0.0.0/8'] }) }],
    noncompliant: [{
      title: 'deny-all without source ranges',
      manifest: internalSvc({ [key('azure-deny-all-except-load-balancer-source-ranges')]: 'true' }),
      path: annotationPath('azure-deny-all-except-load-balancer-source-ranges'),
      message: ['"true"'],
      fix: ['spec.loadBalancerSourceRanges'],
    }],
  },
  'AZ-LB-028': {
    compliant: [{ title: 'a known key', manifest: internalSvc({ [key('azure-load-balancer-internal-subnet')]: 'apps' }) }],
    noncompliant: [
      { title: 'a key removed in cloud-provider-azure v1.29.0', manifest: internalSvc({ [key('azure-shared-securityrule')]: 'true' }), path: annotationPath('azure-shared-securityrule'), message: ['v1.29.0'], fix: ['Remove it'] },
      { title: 'a misspelt key (internal-subnett)', manifest: internalSvc({ [key('azure-load-balancer-internal-subnett')]: 'apps' }), path: annotationPath('azure-load-balancer-internal-subnett'), message: ['"apps"'], fix: ['spelling'] },
    ],
  },
  'AZ-LB-030': {
    compliant: [
      { title: 'one configuration', manifest: internalSvc({ [key('azure-load-balancer-configurations')]: 'lb-a' }) },
      { title: 'padded names with an empty item', manifest: internalSvc({ [key('azure-load-balancer-configurations')]: ' lb-a , ,LB-B' }) },
      { title: 'no configurations key', manifest: internalSvc() },
    ],
    noncompliant: [
      { title: 'an empty value', manifest: internalSvc({ [key('azure-load-balancer-configurations')]: '' }), path: annotationPath('azure-load-balancer-configurations'), message: ['"" names no'], fix: ['List configuration names'] },
      { title: 'only separators and spaces', manifest: internalSvc({ [key('azure-load-balancer-configurations')]: ' , ' }), path: annotationPath('azure-load-balancer-configurations'), message: ['" , "'], fix: ['remove the key'] },
    ],
  },
  'AZ-LB-031': {
    compliant: [
      { title: 'two names with a space', manifest: internalSvc({ [key('azure-load-balancer-configurations')]: 'lb-a, lb-b' }) },
      { title: 'a lone comma (AZ-LB-030\'s case)', manifest: internalSvc({ [key('azure-load-balancer-configurations')]: ',' }) },
      { title: 'no configurations key', manifest: internalSvc() },
    ],
    noncompliant: [
      { title: 'an empty item between two names', manifest: internalSvc({ [key('azure-load-balancer-configurations')]: 'lb-a,,lb-b' }), path: annotationPath('azure-load-balancer-configurations'), message: ['"lb-a,,lb-b" has 1 empty item'], fix: ['Write "lb-a,lb-b"'] },
      { title: 'two empty items after a name', manifest: internalSvc({ [key('azure-load-balancer-configurations')]: 'lb-a, ,' }), path: annotationPath('azure-load-balancer-configurations'), message: ['2 empty items'], fix: ['Write "lb-a"'] },
    ],
  },
  'AZ-LB-029': {
    compliant: [
      { title: 'an internal Service', manifest: internalSvc() },
      { title: 'a public Service with source ranges', manifest: publicSvc({ [key('azure-dns-label-name')]: 'web' }, { loadBalancerSourceRanges: ['203.0.113.0/24'] }) },
      { title: 'a public Service with allowed IP ranges', manifest: publicSvc({ [key('azure-allowed-ip-ranges')]: '203.0.113.0/24' }) },
      { title: 'a public Service with an allowed service tag', manifest: publicSvc({ [key('azure-allowed-service-tags')]: 'AzureFrontDoor.Backend' }) },
      { title: 'a public Service with the source-ranges annotation', manifest: publicSvc({ [key('load-balancer-source-ranges')]: '203.0.113.0/24', [key('azure-dns-label-name')]: 'web' }) },
      { title: 'a public Service with the NSG rule disabled', manifest: publicSvc({ [key('azure-disable-load-balancer-nsg-rule')]: 'true' }) },
    ],
    noncompliant: [
      { title: 'a public Service with no source restriction', manifest: publicSvc({ [key('azure-dns-label-name')]: 'web' }), path: 'spec.loadBalancerSourceRanges', message: ['is not set'], fix: ['Set loadBalancerSourceRanges'] },
      { title: 'a public Service with the NSG rule explicitly enabled', manifest: publicSvc({ [key('azure-disable-load-balancer-nsg-rule')]: 'false' }), path: 'spec.loadBalancerSourceRanges', message: ['whole internet'], fix: ['acknowledge'] },
      { title: 'internal "True", which leaves the Service public', manifest: publicSvc({ [key(INTERNAL)]: 'True' }), path: 'spec.loadBalancerSourceRanges', message: ['"True"'], fix: ['make the load balancer internal'] },
      { title: 'empty allowed IP ranges and empty source ranges', manifest: publicSvc({ [key('azure-allowed-ip-ranges')]: ' , ' }, { loadBalancerSourceRanges: [] }), path: 'spec.loadBalancerSourceRanges', message: ['whole internet'], fix: ['acknowledge'] },
    ],
  },
  'AZ-LB-033': {
    compliant: [
      { title: 'the internal flag under service.beta.kubernetes.io/', manifest: internalSvc() },
      { title: 'an upstream key under service.kubernetes.io/', manifest: internalSvc({ 'service.kubernetes.io/topology-mode': 'Auto' }) },
    ],
    noncompliant: [
      {
        title: 'the internal flag under service.kubernetes.io/, alone',
        manifest: lbService({ metadata: { annotations: { 'service.kubernetes.io/azure-load-balancer-internal': 'true' } } }),
        path: annotationPath('service.kubernetes.io/azure-load-balancer-internal'),
        message: ['is ignored', '"service.beta.kubernetes.io/azure-load-balancer-internal"'],
        fix: ['Rename the key to service.beta.kubernetes.io/azure-load-balancer-internal'],
      },
      {
        title: 'a per-port key under service.kubernetes.io/',
        manifest: internalSvc({ 'service.kubernetes.io/port_80_no_probe_rule': 'true' }),
        path: annotationPath('service.kubernetes.io/port_80_no_probe_rule'),
        message: ['"true"'],
        fix: ['service.beta.kubernetes.io/port_80_no_probe_rule'],
      },
    ],
  },
  'AZ-LB-034': {
    compliant: [
      { title: 'appProtocol http with a per-port request path', manifest: internalSvc({ [key('port_80_health-probe_request-path')]: '/healthz' }, { ports: [{ name: 'http', port: 80, appProtocol: 'http' }] }) },
      { title: 'appProtocol https with a global request path', manifest: internalSvc({ [key('azure-load-balancer-health-probe-request-path')]: '/ready' }, { ports: [{ name: 'https', port: 443, appProtocol: 'https' }] }) },
      { title: 'appProtocol http overridden by a per-port Tcp probe', manifest: internalSvc({ [key('port_80_health-probe_protocol')]: 'Tcp' }, { ports: [{ name: 'http', port: 80, appProtocol: 'http' }] }) },
      { title: 'appProtocol http with externalTrafficPolicy: Local (the /healthz probe)', manifest: internalSvc({}, { ...LOCAL, ports: [{ name: 'http', port: 80, appProtocol: 'http' }] }) },
      { title: 'appProtocol kubernetes.io/h2c (a Tcp probe)', manifest: internalSvc({}, { ports: [{ name: 'h2c', port: 80, appProtocol: 'kubernetes.io/h2c' }] }) },
      { title: 'appProtocol http on a port without a probe (no_probe_rule)', manifest: internalSvc({ [key('port_80_no_probe_rule')]: 'true' }, { ports: [{ name: 'http', port: 80, appProtocol: 'http' }] }) },
    ],
    noncompliant: [
      {
        title: 'ingress-nginx on AKS 1.30: appProtocol http and https, no request path',
        manifest: lbService({ spec: { loadBalancerSourceRanges: ['203.0.113.0/24'], ports: [{ name: 'http', port: 80, appProtocol: 'http' }, { name: 'https', port: 443, appProtocol: 'https' }] } }),
        profile: ClusterProfile.aks({ kubernetesVersion: '1.30' }),
        path: 'spec.ports[1].appProtocol',
        message: ['HTTPS GET "/"', 'port 443'],
        fix: ['port_443_health-probe_request-path'],
      },
      {
        title: 'appProtocol HTTP on an Azure Service, for any cluster',
        manifest: internalSvc({}, { ports: [{ name: 'web', port: 8080, appProtocol: 'HTTP' }] }),
        path: 'spec.ports[0].appProtocol',
        message: ['"HTTP"'],
        fix: ['port_8080_health-probe_protocol: "Tcp"'],
      },
    ],
  },
  'AZ-PLS-001': {
    compliant: [{ title: 'a PLS with create and a name', manifest: plsSvc() }],
    noncompliant: [{ title: 'a PLS name without create', manifest: internalSvc({ [key('azure-pls-name')]: 'pls' }), path: annotationPath('azure-pls-name'), message: ['"pls"'], fix: ['azure-pls-create: "true"'] }],
  },
  'AZ-PLS-002': {
    compliant: [
      { title: 'a PLS on an internal Service', manifest: plsSvc() },
      { title: 'a PLS on a public Service with floating IP off', manifest: publicSvc({ [key('azure-pls-create')]: 'true', [key('azure-disable-load-balancer-floating-ip')]: 'true' }) },
    ],
    noncompliant: [{ title: 'a PLS on a public Service with floating IP on', manifest: publicSvc({ [key('azure-pls-create')]: 'true' }), path: annotationPath('azure-pls-create'), message: ['"true"'], fix: ['azure-disable-load-balancer-floating-ip'] }],
  },
  'AZ-PLS-003': {
    compliant: [{ title: 'a dual-stack PLS', manifest: plsSvc({}, { ipFamilies: ['IPv4', 'IPv6'], ipFamilyPolicy: 'RequireDualStack' }) }],
    noncompliant: [{ title: 'an IPv6-only PLS', manifest: plsSvc({}, { ipFamilies: ['IPv6'] }), path: 'spec.ipFamilies', message: ['["IPv6"]'], fix: ['Add IPv4'] }],
  },
  'AZ-PLS-004': {
    compliant: [{ title: '8 IP configurations (the maximum)', manifest: plsSvc({ [key('azure-pls-ip-configuration-ip-address-count')]: '8' }) }],
    noncompliant: [
      { title: '9 IP configurations', manifest: plsSvc({ [key('azure-pls-ip-configuration-ip-address-count')]: '9' }), path: annotationPath('azure-pls-ip-configuration-ip-address-count'), message: ['"9"'], fix: ['1 to 8'] },
      { title: '0 IP configurations', manifest: plsSvc({ [key('azure-pls-ip-configuration-ip-address-count')]: '0' }), path: annotationPath('azure-pls-ip-configuration-ip-address-count'), message: ['"0"'], fix: ['1 to 8'] },
    ],
  },
  'AZ-PLS-005': {
    compliant: [{ title: 'two IPv4 addresses separated by a space', manifest: plsSvc({ [key('azure-pls-ip-configuration-ip-address')]: '10.0.1.10 10.0.1.11', [key('azure-pls-ip-configuration-ip-address-count')]: '2' }) }],
    noncompliant: [
      { title: 'an IPv6 address', manifest: plsSvc({ [key('azure-pls-ip-configuration-ip-address')]: 'fd00::10' }), path: annotationPath('azure-pls-ip-configuration-ip-address'), message: ['"fd00::10"'], fix: ['IPv4'] },
      { title: 'two addresses separated by a comma', manifest: plsSvc({ [key('azure-pls-ip-configuration-ip-address')]: '10.0.1.10,10.0.1.11' }), path: annotationPath('azure-pls-ip-configuration-ip-address'), message: ['"10.0.1.10,10.0.1.11"'], fix: ['separated by spaces'] },
    ],
  },
  'AZ-PLS-006': {
    compliant: [{ title: 'one address twice, with the default count of one', manifest: plsSvc({ [key('azure-pls-ip-configuration-ip-address')]: '10.0.1.10 10.0.1.10' }) }],
    noncompliant: [{ title: 'two addresses with the default count of one', manifest: plsSvc({ [key('azure-pls-ip-configuration-ip-address')]: '10.0.1.10 10.0.1.11' }), path: annotationPath('azure-pls-ip-configuration-ip-address'), message: ['"10.0.1.10 10.0.1.11"'], fix: ['ip-address-count: "2"'] }],
  },
  'AZ-PLS-007': {
    compliant: [
      { title: 'two subscription ids and one auto-approved', manifest: plsSvc({ [key('azure-pls-visibility')]: `${GUID_A} ${GUID_B}`, [key('azure-pls-auto-approval')]: GUID_A }) },
      { title: 'visibility "*"', manifest: plsSvc({ [key('azure-pls-visibility')]: '*' }) },
    ],
    noncompliant: [
      { title: 'a subscription name instead of an id', manifest: plsSvc({ [key('azure-pls-visibility')]: 'my-subscription' }), path: annotationPath('azure-pls-visibility'), message: ['"my-subscription"'], fix: ['subscription ids'] },
      { title: 'auto-approval ids separated by a comma', manifest: plsSvc({ [key('azure-pls-auto-approval')]: `${GUID_A},${GUID_B}` }), path: annotationPath('azure-pls-auto-approval'), message: [`"${GUID_A},${GUID_B}"`], fix: ['separated by spaces'] },
      { title: '"*" with a subscription id', manifest: plsSvc({ [key('azure-pls-visibility')]: `* ${GUID_A}` }), path: annotationPath('azure-pls-visibility'), message: [`"* ${GUID_A}"`], fix: ['"*" alone'] },
    ],
  },
  'AZ-PLS-008': {
    compliant: [
      { title: 'auto-approval with visibility "*"', manifest: plsSvc({ [key('azure-pls-visibility')]: '*', [key('azure-pls-auto-approval')]: GUID_A }) },
      { title: 'auto-approval of a visible subscription', manifest: plsSvc({ [key('azure-pls-visibility')]: GUID_A, [key('azure-pls-auto-approval')]: GUID_A }) },
    ],
    noncompliant: [{ title: 'auto-approval of a subscription that is not visible', manifest: plsSvc({ [key('azure-pls-visibility')]: GUID_A, [key('azure-pls-auto-approval')]: GUID_B }), path: annotationPath('azure-pls-auto-approval'), message: [`"${GUID_B}"`], fix: [key('azure-pls-visibility')] }],
  },
  'AZ-PLS-009': {
    compliant: [
      { title: 'proxy protocol with Local and an Http probe path', manifest: plsSvc({ [key('azure-pls-proxy-protocol')]: 'true', [key('port_80_health-probe_protocol')]: 'Http', [key('port_80_health-probe_request-path')]: '/healthz' }, LOCAL) },
      { title: 'proxy protocol with Cluster traffic policy', manifest: plsSvc({ [key('azure-pls-proxy-protocol')]: 'true' }) },
    ],
    noncompliant: [{ title: 'proxy protocol with Local and a TCP probe', manifest: plsSvc({ [key('azure-pls-proxy-protocol')]: 'true' }, LOCAL), path: annotationPath('azure-pls-proxy-protocol'), message: ['"true"'], fix: ['health-probe_request-path'] }],
  },
  'AZ-PLS-010': {
    compliant: [{ title: 'a subnet name', manifest: plsSvc({ [key('azure-pls-ip-configuration-subnet')]: 'pls-subnet' }) }],
    noncompliant: [{ title: 'a subnet name with its virtual network', manifest: plsSvc({ [key('azure-pls-ip-configuration-subnet')]: 'vnet/pls-subnet' }), path: annotationPath('azure-pls-ip-configuration-subnet'), message: ['"vnet/pls-subnet"'], fix: ['subnet name'] }],
  },
  'AZ-PLS-011': {
    compliant: [{ title: 'two FQDNs separated by a space', manifest: plsSvc({ [key('azure-pls-fqdns')]: 'a.contoso.com b.contoso.com' }) }],
    noncompliant: [{ title: 'two FQDNs separated by a comma', manifest: plsSvc({ [key('azure-pls-fqdns')]: 'a.contoso.com,b.contoso.com' }), path: annotationPath('azure-pls-fqdns'), message: ['"a.contoso.com,b.contoso.com"'], fix: ['separated by spaces'] }],
  },
  'AZ-PLS-012': {
    compliant: [{ title: 'a PLS with a name', manifest: plsSvc() }],
    noncompliant: [
      { title: 'create without a name', manifest: internalSvc({ [key('azure-pls-create')]: 'true' }), path: annotationPath('azure-pls-name'), message: ['has no name'], fix: ['azure-pls-name'] },
      { title: 'a blank name', manifest: internalSvc({ [key('azure-pls-create')]: 'true', [key('azure-pls-name')]: ' ' }), path: annotationPath('azure-pls-name'), message: ['" "'], fix: ['azure-pls-name'] },
    ],
  },
  'AZ-AGIC-001': {
    compliant: [
      { title: 'ingressClassName azure-application-gateway', manifest: agicIngress() },
      { title: 'the class annotation azure/application-gateway', manifest: agicIngress({ 'kubernetes.io/ingress.class': 'azure/application-gateway' }, { ingressClassName: undefined }) },
    ],
    noncompliant: [
      { title: 'the annotation\'s spelling in ingressClassName', manifest: agicIngress({}, { ingressClassName: 'azure/application-gateway' }), path: 'spec.ingressClassName', message: ['"azure/application-gateway"'], fix: ['azure-application-gateway'] },
      {
        title: 'ingressClassName\'s spelling in the annotation',
        manifest: agicIngress({ 'kubernetes.io/ingress.class': 'azure-application-gateway' }, { ingressClassName: undefined }),
        path: annotationPath('kubernetes.io/ingress.class'),
        message: ['"azure-application-gateway"'],
        fix: ['"azure/application-gateway"'],
      },
    ],
  },
  'AZ-AGIC-002': {
    compliant: [
      { title: 'AGIC keys on an AGIC Ingress', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/ssl-redirect': 'false' }) },
      { title: 'AGIC keys with the AGIC class annotation', manifest: agicIngress({ 'kubernetes.io/ingress.class': 'azure/application-gateway', 'appgw.ingress.kubernetes.io/ssl-redirect': 'false' }, { ingressClassName: undefined }) },
    ],
    noncompliant: [
      { title: 'AGIC keys on an nginx Ingress', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/ssl-redirect': 'false' }, { ingressClassName: 'nginx' }), path: 'spec.ingressClassName', message: ['"nginx"'], fix: ['azure-application-gateway'] },
      { title: 'AGIC keys on an Ingress without a class', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/ssl-redirect': 'false' }, { ingressClassName: undefined }), path: 'spec.ingressClassName', message: ['no class'], fix: ['azure-application-gateway'] },
      {
        title: 'AGIC keys with the nginx class annotation',
        manifest: agicIngress({ 'kubernetes.io/ingress.class': 'nginx', 'appgw.ingress.kubernetes.io/ssl-redirect': 'false' }),
        path: annotationPath('kubernetes.io/ingress.class'),
        message: ['"nginx"'],
        fix: ['azure-application-gateway'],
      },
    ],
  },
  'AZ-AGIC-003': {
    compliant: [{ title: 'cookie affinity "true"', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/cookie-based-affinity': 'true' }) }],
    noncompliant: [{ title: 'cookie affinity "yes"', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/cookie-based-affinity': 'yes' }), path: annotationPath('appgw.ingress.kubernetes.io/cookie-based-affinity'), message: ['"yes"'], fix: ['"true" or "false"'] }],
  },
  'AZ-AGIC-004': {
    compliant: [{ title: 'a request timeout in seconds', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/request-timeout': '30' }) }],
    noncompliant: [{ title: 'a request timeout with a unit', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/request-timeout': '30s' }), path: annotationPath('appgw.ingress.kubernetes.io/request-timeout'), message: ['"30s"'], fix: ['whole number'] }],
  },
  'AZ-AGIC-005': {
    compliant: [{ title: 'rule priority 20000 (the maximum)', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/rule-priority': '20000' }) }],
    noncompliant: [{ title: 'rule priority 20001', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/rule-priority': '20001' }), path: annotationPath('appgw.ingress.kubernetes.io/rule-priority'), message: ['"20001"'], fix: ['1 to 20000'] }],
  },
  'AZ-AGIC-006': {
    compliant: [{ title: 'frontend port 64999 (the maximum)', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/override-frontend-port': '64999' }) }],
    noncompliant: [{ title: 'frontend port 65000', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/override-frontend-port': '65000' }), path: annotationPath('appgw.ingress.kubernetes.io/override-frontend-port'), message: ['"65000"'], fix: ['1 to 64999'] }],
  },
  'AZ-AGIC-007': {
    compliant: [
      { title: 'unhealthy threshold 20 and probe port 8080', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/health-probe-unhealthy-threshold': '20', 'appgw.ingress.kubernetes.io/health-probe-port': '8080' }) },
      // Above one day is AZ-AGIC-022's warning, not this error.
      { title: 'an interval and a timeout above one day (AZ-AGIC-022\'s warning)', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/health-probe-interval': '90000', 'appgw.ingress.kubernetes.io/health-probe-timeout': '86401' }) },
    ],
    noncompliant: [
      { title: 'unhealthy threshold 21', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/health-probe-unhealthy-threshold': '21' }), path: annotationPath('appgw.ingress.kubernetes.io/health-probe-unhealthy-threshold'), message: ['"21"'], fix: ['1 to 20'] },
      { title: 'probe port 0', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/health-probe-port': '0' }), path: annotationPath('appgw.ingress.kubernetes.io/health-probe-port'), message: ['"0"'], fix: ['1 to 65535'] },
      { title: 'probe interval 0', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/health-probe-interval': '0' }), path: annotationPath('appgw.ingress.kubernetes.io/health-probe-interval'), message: ['"0"'], fix: ['at least 1'] },
      { title: 'a negative probe timeout', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/health-probe-timeout': '-5' }), path: annotationPath('appgw.ingress.kubernetes.io/health-probe-timeout'), message: ['"-5"'], fix: ['at least 1'] },
    ],
  },
  'AZ-AGIC-008': {
    compliant: [{ title: 'backend protocol HTTPS in upper case', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/backend-protocol': 'HTTPS' }) }],
    noncompliant: [{ title: 'backend protocol grpc', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/backend-protocol': 'grpc' }), path: annotationPath('appgw.ingress.kubernetes.io/backend-protocol'), message: ['"grpc"'], fix: ['"http" or "https"'] }],
  },
  'AZ-AGIC-009': {
    compliant: [
      { title: 'SSL redirect with spec.tls', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/ssl-redirect': 'true' }, tls) },
      { title: 'SSL redirect with a gateway certificate', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/ssl-redirect': 'true', 'appgw.ingress.kubernetes.io/appgw-ssl-certificate': 'gw-cert' }) },
    ],
    noncompliant: [{ title: 'SSL redirect without a certificate', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/ssl-redirect': 'true' }), path: annotationPath('appgw.ingress.kubernetes.io/ssl-redirect'), message: ['"true"'], fix: ['spec.tls'] }],
  },
  'AZ-AGIC-010': {
    compliant: [
      { title: 'a trusted root with https backends', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/appgw-trusted-root-certificate': 'root', 'appgw.ingress.kubernetes.io/backend-protocol': 'https' }) },
      { title: 'a trusted root with a port-443 backend', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/appgw-trusted-root-certificate': 'root' }, { rules: [{ http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 443 } } } }] } }] }) },
    ],
    noncompliant: [{ title: 'a trusted root with http backends', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/appgw-trusted-root-certificate': 'root' }), path: annotationPath('appgw.ingress.kubernetes.io/appgw-trusted-root-certificate'), message: ['"root"'], fix: ['backend-protocol: "https"'] }],
  },
  'AZ-AGIC-011': {
    compliant: [{ title: 'roots separated by commas, one trailing', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/appgw-trusted-root-certificate': 'root-a,root-b,', 'appgw.ingress.kubernetes.io/backend-protocol': 'https' }) }],
    noncompliant: [{ title: 'roots separated by a comma and a space', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/appgw-trusted-root-certificate': 'root-a, root-b', 'appgw.ingress.kubernetes.io/backend-protocol': 'https' }), path: annotationPath('appgw.ingress.kubernetes.io/appgw-trusted-root-certificate'), message: ['" root-b"'], fix: ['"," only'] }],
  },
  'AZ-AGIC-012': {
    compliant: [{ title: 'a rewrite rule set', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/rewrite-rule-set': 'rules' }) }],
    noncompliant: [{
      title: 'a rewrite rule set and a rewrite custom resource',
      manifest: agicIngress({ 'appgw.ingress.kubernetes.io/rewrite-rule-set': 'rules', 'appgw.ingress.kubernetes.io/rewrite-rule-set-custom-resource': 'crd' }),
      path: annotationPath('appgw.ingress.kubernetes.io/rewrite-rule-set-custom-resource'),
      message: ['"crd"'],
      fix: ['Remove one'],
    }],
  },
  'AZ-AGIC-013': {
    compliant: [{ title: 'a draining timeout with draining on', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/connection-draining': 'true', 'appgw.ingress.kubernetes.io/connection-draining-timeout': '30' }) }],
    noncompliant: [
      { title: 'a draining timeout without draining', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/connection-draining-timeout': '30' }), path: annotationPath('appgw.ingress.kubernetes.io/connection-draining-timeout'), message: ['connection-draining is not set'], fix: ['connection-draining: "true"'] },
      {
        title: 'a draining timeout with draining off',
        manifest: agicIngress({ 'appgw.ingress.kubernetes.io/connection-draining': 'false', 'appgw.ingress.kubernetes.io/connection-draining-timeout': '30' }),
        path: annotationPath('appgw.ingress.kubernetes.io/connection-draining-timeout'),
        message: ['connection-draining is "false"'],
        fix: ['connection-draining: "true"'],
      },
    ],
  },
  'AZ-AGIC-014': {
    compliant: [
      { title: 'a path of /', manifest: agicIngress() },
      { title: 'a probe path for a path of /api', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/health-probe-path': '/healthz' }, { rules: [{ http: { paths: [{ path: '/api', pathType: 'Prefix', backend: {} }] } }] }) },
      // AGIC's generateHealthProbe probes backend-path-prefix, not the Ingress path, when the prefix is set: "/" probes the root.
      {
        title: 'backend-path-prefix "/" for a path of /api (generateHealthProbe probes the prefix, the root)',
        manifest: agicIngress({ 'appgw.ingress.kubernetes.io/backend-path-prefix': '/' }, { rules: [{ http: { paths: [{ path: '/api', pathType: 'Prefix', backend: {} }] } }] }),
      },
      { title: 'backend-path-prefix "/*" (generateHealthProbe trims the "*")', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/backend-path-prefix': '/*' }) },
    ],
    noncompliant: [
      {
        title: 'a path of /api without a probe path',
        manifest: agicIngress({}, { rules: [{ http: { paths: [{ path: '/api', pathType: 'Prefix', backend: {} }] } }] }),
        path: annotationPath('appgw.ingress.kubernetes.io/health-probe-path'),
        message: ['"/api"'],
        fix: ['health-probe-path'],
      },
      { title: 'a backend path prefix without a probe path', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/backend-path-prefix': '/app/' }), path: annotationPath('appgw.ingress.kubernetes.io/health-probe-path'), message: ['"/app/"'], fix: ['readiness probe'] },
      {
        title: 'a backend path prefix /app for a path of /api: the prefix alone is probed (generateHealthProbe)',
        manifest: agicIngress({ 'appgw.ingress.kubernetes.io/backend-path-prefix': '/app' }, { rules: [{ http: { paths: [{ path: '/api', pathType: 'Prefix', backend: {} }] } }] }),
        path: annotationPath('appgw.ingress.kubernetes.io/health-probe-path'),
        message: ['backend-path-prefix "/app"'],
        fix: ['health-probe-path'],
      },
    ],
  },
  'AZ-AGIC-015': {
    compliant: [{ title: 'a range and a code, with a space', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/health-probe-status-codes': '200-399, 401' }) }],
    noncompliant: [{ title: 'a range with letters', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/health-probe-status-codes': '200-abc' }), path: annotationPath('appgw.ingress.kubernetes.io/health-probe-status-codes'), message: ['"200-abc"'], fix: ['"200-399,401"'] }],
  },
  'AZ-AGIC-016': {
    compliant: [{ title: 'codes that include 200', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/health-probe-status-codes': '200-399,401' }) }],
    noncompliant: [{ title: 'codes without 200', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/health-probe-status-codes': '401' }), path: annotationPath('appgw.ingress.kubernetes.io/health-probe-status-codes'), message: ['"401"'], fix: ['Include 200'] }],
  },
  'AZ-AGIC-017': {
    compliant: [{ title: 'https backends with a trusted root', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/backend-protocol': 'https', 'appgw.ingress.kubernetes.io/appgw-trusted-root-certificate': 'root' }) }],
    noncompliant: [
      { title: 'https backends without a trusted root', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/backend-protocol': 'https' }), path: annotationPath('appgw.ingress.kubernetes.io/backend-protocol'), message: ['"https"'], fix: ['appgw-trusted-root-certificate'] },
      {
        title: 'a port-443 backend without a trusted root',
        manifest: agicIngress({ 'appgw.ingress.kubernetes.io/ssl-redirect': 'false' }, { rules: [{ http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 443 } } } }] } }] }),
        path: 'spec.rules[0].http.paths[0].backend.service.port.number',
        message: ['443'],
        fix: ['appgw-trusted-root-certificate'],
      },
    ],
  },
  'AZ-AGIC-018': {
    compliant: [{ title: 'http backends', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/backend-protocol': 'http' }) }],
    noncompliant: [{ title: 'https backends on port 80', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/backend-protocol': 'https' }), path: 'spec.rules[0].http.paths[0].backend.service.port.number', message: ['"https"'], fix: ['backend-protocol "http"'] }],
  },
  'AZ-AGIC-019': {
    compliant: [{ title: 'the key health-probe-status-codes', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/health-probe-status-codes': '200' }) }],
    noncompliant: [{ title: 'the singular key health-probe-status-code', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/health-probe-status-code': '200' }), path: annotationPath('appgw.ingress.kubernetes.io/health-probe-status-code'), message: ['"200"'], fix: ['appgw.ingress.kubernetes.io/health-probe-status-codes'] }],
  },
  'AZ-AGIC-020': {
    compliant: [{ title: 'a WAF policy resource id', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/waf-policy-for-path': WAF_ID }) }],
    noncompliant: [{ title: 'a WAF policy name instead of an id', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/waf-policy-for-path': 'my-waf' }), path: annotationPath('appgw.ingress.kubernetes.io/waf-policy-for-path'), message: ['"my-waf"'], fix: ['applicationGatewayWebApplicationFirewallPolicies'] }],
  },
  'AZ-AGIC-021': {
    compliant: [{ title: 'a gateway certificate alone', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/appgw-ssl-certificate': 'gw-cert' }) }],
    noncompliant: [{ title: 'a gateway certificate and spec.tls', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/appgw-ssl-certificate': 'gw-cert' }, tls), path: annotationPath('appgw.ingress.kubernetes.io/appgw-ssl-certificate'), message: ['"gw-cert"'], fix: ['Remove spec.tls'] }],
  },
  'AZ-AGIC-022': {
    compliant: [
      { title: 'probe interval 86400 (one day)', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/health-probe-interval': '86400', 'appgw.ingress.kubernetes.io/health-probe-timeout': '30' }) },
      { title: 'an interval that is no number', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/health-probe-interval': 'soon' }) },
    ],
    noncompliant: [
      { title: 'probe interval 90000 (above one day)', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/health-probe-interval': '90000' }), path: annotationPath('appgw.ingress.kubernetes.io/health-probe-interval'), message: ['"90000"'], fix: ['at most 86400'] },
      { title: 'probe timeout 86401 (above one day)', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/health-probe-timeout': '86401' }), path: annotationPath('appgw.ingress.kubernetes.io/health-probe-timeout'), message: ['"86401"'], fix: ['at most 86400'] },
    ],
  },
  ...RELEASE_CASES,
};
