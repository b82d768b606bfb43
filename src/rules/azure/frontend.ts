import * as ipaddr from 'ipaddr.js';
import { CPA_DOCS, CPA_LB_SOURCE, defineAzureServiceRule } from './define';
import { cpaReleasesText, declaredIpFamilies, isArmId, presentKeys } from './facts';
import { isInternal } from '../../azure/model/cloud-provider-azure';
import { AzureKeys, PUBLIC_ONLY_KEYS } from '../../azure/model/keys';
import { ReleaseLines } from '../../profile/release-lines';
import { onClusters, violation } from '../define';
import { annotationPath, arrayAt, isObject, show, specOf } from '../manifest';
import { ipFamilyOf, ipRangeOf, IpFamilyName } from '../net';
import { RuleViolation, Severity } from '../rule';

const INTERNAL_DOCS = 'https://learn.microsoft.com/azure/aks/internal-lb';
const PUBLIC_IP_SOURCE = 'https://github.com/kubernetes-sigs/cloud-provider-azure/blob/master/pkg/provider/azure_publicip_repo.go';

const STATIC_IP_KEYS: Array<{ key: string; family: IpFamilyName }> = [
  { key: AzureKeys.IPV4, family: 'IPv4' },
  { key: AzureKeys.IPV6, family: 'IPv6' },
];

/** Whether a subnet annotation holds a subnet name (the controllers look names up in the cluster VNet; an ARM id is not a name). */
export function subnetNameViolation(key: string, value: string): RuleViolation[] {
  // A blank value is no subnet: getInternalSubnet and getPLSSubnetName fall back to the default (found && TrimSpace != "").
  if (value.trim() === '' || !value.includes('/')) return [];
  return [violation(annotationPath(key), `${show(value)} looks like a resource id or path, not a subnet name: cloud-provider-azure looks the name up in the cluster's virtual network and fails ("failed to get subnet").`,
    'Give the subnet name only (e.g. "apps-subnet"); the subnet must be in the VNet of the cluster.')];
}

export const subnetNeedsInternal = defineAzureServiceRule({
  id: 'AZ-LB-011',
  severity: Severity.ERROR,
  title: 'azure-load-balancer-internal-subnet is used only on an internal load balancer, and is a subnet name',
  description: 'The subnet annotation is read only when azure-load-balancer-internal is exactly "true": on a public load balancer it is silently ignored. '
    + 'Its value is a subnet name in the cluster VNet, not an ARM id.',
  fix: 'Add service.beta.kubernetes.io/azure-load-balancer-internal: "true" (or use AzureInternalLoadBalancerService), and give the subnet name.',
  docs: INTERNAL_DOCS,
}, (_m, annotations) => {
  const value = annotations[AzureKeys.INTERNAL_SUBNET];
  if (value === undefined || value.trim() === '') return []; // blank: the default subnet, internal or not
  if (!isInternal(annotations)) {
    return [violation(annotationPath(AzureKeys.INTERNAL_SUBNET), `${show(value)} is ignored: the load balancer is public (azure-load-balancer-internal is ${show(annotations[AzureKeys.INTERNAL] ?? null)}, not "true").`,
      'Add service.beta.kubernetes.io/azure-load-balancer-internal: "true", or remove the subnet.')];
  }
  return subnetNameViolation(AzureKeys.INTERNAL_SUBNET, value);
});

export const publicOnlyKeys = defineAzureServiceRule({
  id: 'AZ-LB-012',
  severity: Severity.ERROR,
  title: 'public IP annotations are not set on an internal load balancer',
  description: 'azure-pip-name(-ipv6), azure-pip-prefix-id(-ipv6), azure-dns-label-name, azure-pip-tags, azure-pip-ip-tags and azure-load-balancer-resource-group '
    + '(the resource group of the public IP) configure the public IP of a public load balancer; an internal one has none, so they are silently ignored.',
  fix: 'Remove them, or make the load balancer public on purpose.',
  docs: CPA_DOCS,
}, (_m, annotations) => {
  if (!isInternal(annotations)) return [];
  return presentKeys(annotations, PUBLIC_ONLY_KEYS).map((key) => violation(annotationPath(key),
    `${show(annotations[key])} is ignored: the load balancer is internal (azure-load-balancer-internal: "true") and has no public IP.`,
    'Remove the annotation, or drop azure-load-balancer-internal if a public load balancer is really meant.'));
});

export const staticIpFamily = defineAzureServiceRule({
  id: 'AZ-LB-013',
  severity: Severity.ERROR,
  title: 'azure-load-balancer-ipv4 holds one IPv4 address, azure-load-balancer-ipv6 one IPv6 address, for a family the Service has',
  description: 'Each key is read for its own IP family: an address of the other family, a list or a CIDR fails the reconcile (public: "invalid LoadBalancer IP") or is refused by Azure. '
    + 'A key for a family that spec.ipFamilies does not list is silently ignored. '
    + 'spec.loadBalancerIP, which the API server does not validate, is read the same way (getServiceLoadBalancerIP takes it only as an address, parsed by Go\'s net.ParseIP): a value that is not an IP address, or an IPv4 address with leading zeros, is ignored for the IPv4 frontend, which then gets a dynamic address, and is used as the IPv6 address of an IPv6 frontend, which fails.',
  fix: 'Put the IPv4 address in azure-load-balancer-ipv4 and the IPv6 address in azure-load-balancer-ipv6, one address each, and list both families for dual-stack.',
  docs: CPA_DOCS,
}, (m, annotations) => {
  const families = declaredIpFamilies(m);
  const out: RuleViolation[] = [];
  for (const { key, family } of STATIC_IP_KEYS) {
    const value = annotations[key];
    if (value === undefined) continue;
    const actual = ipFamilyOf(value);
    if (actual !== family) {
      const what = actual ? `an ${actual} address` : 'not an IP address';
      out.push(violation(annotationPath(key), `${show(value)} is ${what}; this key takes one ${family} address.`,
        actual ? `Move it to ${actual === 'IPv4' ? AzureKeys.IPV4 : AzureKeys.IPV6}.` : `Give one ${family} address, e.g. ${family === 'IPv4' ? '"10.240.0.25"' : '"fd00::25"'}.`));
    } else if (families && !families.includes(family)) {
      out.push(violation(annotationPath(key), `${show(value)} is ignored: spec.ipFamilies is ${show(families)} and does not include ${family}.`,
        `Add ${family} to spec.ipFamilies (with ipFamilyPolicy RequireDualStack or PreferDualStack), or remove the annotation.`));
    }
  }
  const field = specOf(m).loadBalancerIP;
  if (field !== undefined && field !== '' && !(typeof field === 'string' && ipFamilyOf(field))) {
    out.push(violation('spec.loadBalancerIP', `${show(field)} is not an IP address: cloud-provider-azure (getServiceLoadBalancerIP) ignores it for an IPv4 frontend, which gets a dynamic address instead, and fails the reconcile of an IPv6 one.`,
      'Write one IP address without leading zeros, e.g. 10.240.0.25, better in service.beta.kubernetes.io/azure-load-balancer-ipv4 (or -ipv6); or remove it for a dynamic address.'));
  }
  return out;
});

/** Why cloud-provider-azure refuses an address for a public frontend (validatePublicIPCandidate), or undefined. */
/** The IPv4 address of an IPv4-mapped IPv6 address (::ffff:a.b.c.d), or the address itself. */
function unmapped(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const parsed = ipaddr.parse(ip);
  return parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress() ? (parsed as ipaddr.IPv6).toIPv4Address().toString() : ip;
}

function notPublicReason(ip: string): string | undefined {
  // validatePublicIPCandidate unmaps an IPv4-mapped IPv6 address before it checks it.
  if (unmapped(ip) === '168.63.129.16') return 'is the Azure platform address (168.63.129.16)';
  const range = ipRangeOf(ip);
  if (range === undefined || range === 'unicast') return undefined;
  return `is a ${range} address, not a public one`;
}

export const publicStaticIp = defineAzureServiceRule({
  id: 'AZ-LB-014',
  severity: Severity.ERROR,
  title: 'a public load balancer\'s static IP is a public address',
  description: 'On a public load balancer the static IP must be the address of an existing Azure public IP. validatePublicIPCandidate refuses private (RFC 1918, 100.64.0.0/10, '
    + 'unique local), reserved and platform addresses ("cannot use non-public LoadBalancer IP"); a private address usually means the internal annotation is missing.',
  fix: 'Add azure-load-balancer-internal: "true" for a private address, or use the address of a public IP in the public IP resource group.',
  docs: PUBLIC_IP_SOURCE,
}, (m, annotations) => {
  if (isInternal(annotations)) return [];
  const candidates: Array<{ path: string; value: string }> = STATIC_IP_KEYS
    .filter(({ key }) => annotations[key] !== undefined)
    .map(({ key }) => ({ path: annotationPath(key), value: annotations[key] }));
  const field = specOf(m).loadBalancerIP;
  if (typeof field === 'string' && field !== '') candidates.push({ path: 'spec.loadBalancerIP', value: field });
  return candidates.flatMap(({ path, value }) => {
    if (!ipFamilyOf(value)) return [];
    const reason = notPublicReason(value);
    return reason ? [violation(path, `${show(value)} ${reason}: cloud-provider-azure refuses it for a public load balancer.`,
      'Add service.beta.kubernetes.io/azure-load-balancer-internal: "true" for a private frontend, or use the address of an existing public IP.')] : [];
  });
});

export const staticIpWithPip = defineAzureServiceRule({
  id: 'AZ-LB-015',
  severity: Severity.ERROR,
  title: 'a static IP is not combined with a public IP name or prefix',
  description: 'cloud-provider-azure picks the public IP by azure-pip-name, then azure-pip-prefix-id, then the ipv4/ipv6 annotation or spec.loadBalancerIP: '
    + 'when several are set for one family, the later ones are silently ignored.',
  fix: 'Keep one way of choosing the public IP per family: a name, a prefix, or an address.',
  docs: CPA_LB_SOURCE,
}, (m, annotations) => {
  const out: RuleViolation[] = [];
  const lbIp = specOf(m).loadBalancerIP;
  const families: Array<{ family: IpFamilyName; name: string; prefix: string; ip: string }> = [
    { family: 'IPv4', name: AzureKeys.PIP_NAME, prefix: AzureKeys.PIP_PREFIX_ID, ip: AzureKeys.IPV4 },
    { family: 'IPv6', name: AzureKeys.PIP_NAME_IPV6, prefix: AzureKeys.PIP_PREFIX_ID_IPV6, ip: AzureKeys.IPV6 },
  ];
  for (const { family, name, prefix, ip } of families) {
    const chosen = [name, prefix].filter((k) => annotations[k] !== undefined);
    if (chosen.length === 0) continue;
    const winner = chosen[0];
    const losers: Array<{ path: string; value: string }> = chosen.slice(1).map((k) => ({ path: annotationPath(k), value: annotations[k] }));
    if (annotations[ip] !== undefined) losers.push({ path: annotationPath(ip), value: annotations[ip] });
    if (typeof lbIp === 'string' && ipFamilyOf(lbIp) === family && annotations[ip] === undefined) losers.push({ path: 'spec.loadBalancerIP', value: lbIp });
    for (const loser of losers) {
      out.push(violation(loser.path, `${show(loser.value)} is silently ignored: ${winner} (${show(annotations[winner])}) chooses the ${family} public IP first.`,
        `Remove ${loser.path} or ${annotationPath(winner)}: choose the public IP one way.`));
    }
  }
  return out;
});

export const deprecatedLoadBalancerIp = defineAzureServiceRule({
  id: 'AZ-LB-016',
  severity: Severity.WARNING,
  title: 'spec.loadBalancerIP is replaced by azure-load-balancer-ipv4 / -ipv6',
  description: 'spec.loadBalancerIP is deprecated since Kubernetes 1.24, cannot express dual-stack, and cloud-provider-azure ignores it when the annotation of its family is set.',
  fix: 'Move the address to service.beta.kubernetes.io/azure-load-balancer-ipv4 (or -ipv6) and remove spec.loadBalancerIP.',
  docs: CPA_DOCS,
}, (m, annotations) => {
  const value = specOf(m).loadBalancerIP;
  if (value === undefined || value === '') return [];
  const family = typeof value === 'string' ? ipFamilyOf(value) : undefined;
  const key = family === 'IPv6' ? AzureKeys.IPV6 : AzureKeys.IPV4;
  const shadowed = annotations[key] !== undefined && annotations[key] !== value ? ` and it is ignored, because ${key} is ${show(annotations[key])}` : '';
  return [violation('spec.loadBalancerIP', `${show(value)} uses the deprecated field${shadowed}.`, `Write it as ${key}: ${show(value)} and remove spec.loadBalancerIP.`)];
});

/** The releases that refuse a configurations annotation with a pinned IP (getAzureLoadBalancerName). */
const CONFIGURATIONS_CONFLICT: ReleaseLines = { since: ['1.33.12', '1.34.9', '1.35.4', '1.36.0'] };

export const configurationsWithPinnedIp = defineAzureServiceRule({
  id: 'AZ-LB-017',
  severity: Severity.ERROR,
  title: 'azure-load-balancer-configurations is not combined with a pinned IP or public IP name',
  description: 'With multiple standard load balancers, a Service that both selects load balancer configurations and pins an IP (ipv4/ipv6, loadBalancerIP, azure-pip-name) '
    + 'is refused ("has conflicting load balancer configuration: both a load balancer name and an IP address are specified", getAzureLoadBalancerName) '
    + 'in cloud-provider-azure v1.33.12+, v1.34.9+, v1.35.4+ and v1.36+; older releases keep the Service on the load balancer of its IP.',
  fix: 'Drop either the configurations or the pinned address.',
  docs: CPA_LB_SOURCE,
  dependsOnCluster: 'An error on cloud-provider-azure v1.33.12+, v1.34.9+, v1.35.4+ and v1.36+ (getAzureLoadBalancerName refuses the Service); nothing on older releases; a warning for those releases when the profile does not name the release.',
}, (m, annotations, _controller, cluster) => {
  const value = annotations[AzureKeys.CONFIGURATIONS];
  if (value === undefined || value.trim() === '') return [];
  const pins = presentKeys(annotations, [AzureKeys.IPV4, AzureKeys.IPV6, AzureKeys.PIP_NAME, AzureKeys.PIP_NAME_IPV6]);
  const lbIp = specOf(m).loadBalancerIP;
  if (typeof lbIp === 'string' && lbIp !== '') pins.push('spec.loadBalancerIP');
  if (pins.length === 0) return [];
  return onClusters(cluster.runsReleaseIn('cloud-provider-azure', CONFIGURATIONS_CONFLICT), cpaReleasesText(CONFIGURATIONS_CONFLICT),
    violation(annotationPath(AzureKeys.CONFIGURATIONS), `${show(value)} is combined with ${pins.join(', ')}: cloud-provider-azure refuses the Service.`,
      'Remove the configurations annotation (the pinned IP decides the load balancer), or remove the pinned address.'));
});

/** The names of azure-load-balancer-configurations as cloud-provider-azure reads them (GetLoadBalancerConfigurationsNames). */
function configurationItems(value: string): { names: string[]; blank: number } {
  const items = value.split(',').map((item) => item.trim().toLowerCase());
  const names = items.filter((item) => item !== '');
  return { names, blank: items.length - names.length };
}

export const configurationsNames = defineAzureServiceRule({
  id: 'AZ-LB-030',
  severity: Severity.WARNING,
  title: 'azure-load-balancer-configurations names at least one configuration',
  description: 'cloud-provider-azure splits the value on ",", trims and lowercases each name (GetLoadBalancerConfigurationsNames) and keeps the load balancer '
    + 'configurations with those names. A value with no name at all (empty, blanks, commas) matches none: with multiple standard load balancers the '
    + 'reconcile fails ("selects N load balancers by annotation, but none of them is defined in cloud provider configuration"); without them the key is '
    + 'ignored. A warning, since this library cannot know which of the two a cluster has.',
  fix: 'List the names of load balancer configurations of the cluster, separated by ","; or remove the key.',
  docs: CPA_LB_SOURCE,
}, (_m, annotations) => {
  const value = annotations[AzureKeys.CONFIGURATIONS];
  if (value === undefined || configurationItems(value).names.length > 0) return [];
  return [violation(annotationPath(AzureKeys.CONFIGURATIONS), `${show(value)} names no load balancer configuration: with multiple standard load balancers cloud-provider-azure fails the reconcile; without them the key is ignored.`,
    'List configuration names, e.g. "lb-a,lb-b", or remove the key to let cloud-provider-azure choose.')];
});

export const configurationsBlankItems = defineAzureServiceRule({
  id: 'AZ-LB-031',
  severity: Severity.WARNING,
  title: 'azure-load-balancer-configurations has no empty items',
  description: 'An empty item between commas matches no load balancer configuration and is dropped; the other names still work. It is usually a typo: '
    + 'a doubled or trailing ",", or a name left out.',
  fix: 'Remove the empty items, or add the missing name.',
  docs: CPA_LB_SOURCE,
}, (_m, annotations) => {
  const value = annotations[AzureKeys.CONFIGURATIONS];
  if (value === undefined) return [];
  const { names, blank } = configurationItems(value);
  if (blank === 0 || names.length === 0) return []; // no name at all is AZ-LB-030's error
  return [violation(annotationPath(AzureKeys.CONFIGURATIONS), `${show(value)} has ${blank} empty item${blank === 1 ? '' : 's'}, which cloud-provider-azure drops.`,
    `Write ${show(value.split(',').map((item) => item.trim()).filter((item) => item !== '').join(','))}, or add the missing name.`)];
});

export const sctpNeedsInternal = defineAzureServiceRule({
  id: 'AZ-LB-018',
  severity: Severity.ERROR,
  title: 'SCTP ports are used only on an internal load balancer',
  description: 'cloud-provider-azure refuses SCTP on a public load balancer ("SCTP is only supported on standard loadbalancer in internal mode").',
  fix: 'Make the load balancer internal, or use TCP/UDP.',
  docs: CPA_LB_SOURCE,
}, (m, annotations) => {
  if (isInternal(annotations)) return [];
  return arrayAt(specOf(m), 'ports').flatMap((port, index) => (isObject(port) && port.protocol === 'SCTP'
    ? [violation(`spec.ports[${index}].protocol`, `${show('SCTP')} on a public load balancer: cloud-provider-azure refuses it.`, 'Add azure-load-balancer-internal: "true", or use TCP or UDP.')]
    : []));
});

export const haPortsNeedInternal = defineAzureServiceRule({
  id: 'AZ-LB-019',
  severity: Severity.ERROR,
  title: 'HA ports are used only on an internal load balancer, where per-port no_lb_rule is ignored',
  description: 'azure-load-balancer-enable-high-availability-ports takes effect only on an internal Standard load balancer; on a public one it is silently ignored. '
    + 'In HA mode one rule carries every port, so port_{port}_no_lb_rule is ignored.',
  fix: 'Make the load balancer internal (or remove the HA ports annotation); remove no_lb_rule keys in HA mode.',
  docs: CPA_LB_SOURCE,
}, (_m, annotations) => {
  if (annotations[AzureKeys.HA_PORTS]?.toLowerCase() !== 'true') return [];
  if (!isInternal(annotations)) {
    return [violation(annotationPath(AzureKeys.HA_PORTS), `${show(annotations[AzureKeys.HA_PORTS])} is ignored: the load balancer is public.`,
      'Add azure-load-balancer-internal: "true", or remove the HA ports annotation.')];
  }
  return Object.keys(annotations).filter((key) => /^service\.beta\.kubernetes\.io\/port_[0-9]+_no_lb_rule$/.test(key)).map((key) =>
    violation(annotationPath(key), `${show(annotations[key])} is ignored: with HA ports one rule carries all ports.`, 'Remove it, or turn HA ports off.'));
});

export const floatingIpNeedsNodePorts = defineAzureServiceRule({
  id: 'AZ-LB-020',
  severity: Severity.ERROR,
  title: 'floating IP off needs node ports',
  description: 'With azure-disable-load-balancer-floating-ip the load balancer sends traffic to each port\'s nodePort; with allocateLoadBalancerNodePorts: false a port without an explicit nodePort has none.',
  fix: 'Set nodePort on every port, or allow node port allocation, or keep floating IP on.',
  docs: CPA_DOCS,
}, (m, annotations) => {
  if (annotations[AzureKeys.DISABLE_FLOATING_IP]?.toLowerCase() !== 'true' || specOf(m).allocateLoadBalancerNodePorts !== false) return [];
  return arrayAt(specOf(m), 'ports').flatMap((port, index) => (isObject(port) && port.nodePort === undefined
    ? [violation(`spec.ports[${index}].nodePort`, `port ${show(port.port)} has no nodePort while floating IP is off and allocateLoadBalancerNodePorts is false: the load balancer rule has no backend port.`,
      'Set an explicit nodePort, or remove allocateLoadBalancerNodePorts: false.')]
    : []));
});

export const pipPrefixId = defineAzureServiceRule({
  id: 'AZ-LB-021',
  severity: Severity.ERROR,
  title: 'azure-pip-prefix-id is the ARM id of a public IP prefix',
  description: 'cloud-provider-azure does not validate the prefix id; a wrong one fails only when ARM creates the public IP.',
  fix: 'Use /subscriptions/<subscription>/resourceGroups/<group>/providers/Microsoft.Network/publicIPPrefixes/<name>.',
  docs: CPA_DOCS,
}, (_m, annotations) => presentKeys(annotations, [AzureKeys.PIP_PREFIX_ID, AzureKeys.PIP_PREFIX_ID_IPV6])
  .filter((key) => !isArmId(annotations[key], 'Microsoft.Network/publicIPPrefixes'))
  .map((key) => violation(annotationPath(key), `${show(annotations[key])} is not the ARM id of a public IP prefix: ARM refuses the public IP.`,
    'Use /subscriptions/<subscription>/resourceGroups/<group>/providers/Microsoft.Network/publicIPPrefixes/<name>.')));

export const additionalPublicIps = defineAzureServiceRule({
  id: 'AZ-LB-022',
  severity: Severity.ERROR,
  title: 'azure-additional-public-ips is a comma-separated list of IP addresses without spaces',
  description: 'The value is trimmed and split on ",", and its items are not trimmed: a space inside the list or an empty item fails the reconcile ("invalid service annotation").',
  fix: 'Write addresses separated by "," only, e.g. "20.1.2.3,20.1.2.4".',
  docs: 'https://github.com/kubernetes-sigs/cloud-provider-azure/blob/master/pkg/provider/loadbalancer/configuration.go',
}, (_m, annotations) => {
  const value = annotations[AzureKeys.ADDITIONAL_PUBLIC_IPS];
  if (value === undefined) return [];
  // AdditionalPublicIPs trims the whole value, not the items.
  const bad = value.trim().split(',').filter((item) => !ipFamilyOf(item));
  return bad.length === 0 ? [] : [violation(annotationPath(AzureKeys.ADDITIONAL_PUBLIC_IPS),
    `${show(value)} has items that are not IP addresses (${bad.map((b) => show(b)).join(', ')}): cloud-provider-azure fails the reconcile.`,
    'Separate the addresses with "," and no spaces, with no empty item.')];
});

export const pipTags = defineAzureServiceRule({
  id: 'AZ-LB-023',
  severity: Severity.ERROR,
  title: 'azure-pip-tags and azure-pip-ip-tags are comma-separated key=value pairs',
  description: 'Both are split on "," and each pair on "="; keys and values are trimmed. A pair without exactly one "=" is silently dropped (only a log line), '
    + 'and so is a pair with an empty key in azure-pip-tags (parseTags); azure-pip-ip-tags keeps it (getIPTagMap).',
  fix: 'Write key=value pairs separated by ",", e.g. "env=prod,team=web".',
  docs: 'https://github.com/kubernetes-sigs/cloud-provider-azure/blob/master/pkg/provider/azure_utils.go',
}, (_m, annotations) => presentKeys(annotations, [AzureKeys.PIP_TAGS, AzureKeys.PIP_IP_TAGS]).flatMap((key) => {
  const blankKeyDropped = key === AzureKeys.PIP_TAGS;
  const bad = annotations[key].split(',').filter((pair) => pair.trim() !== ''
    && (pair.split('=').length !== 2 || (blankKeyDropped && pair.split('=')[0].trim() === '')));
  return bad.length === 0 ? [] : [violation(annotationPath(key), `the pairs ${bad.map((b) => show(b)).join(', ')} in ${show(annotations[key])} are not key=value: cloud-provider-azure drops them silently.`,
    'Write key=value pairs separated by ",".')];
}));

export const FRONTEND_RULES = [
  subnetNeedsInternal, publicOnlyKeys, staticIpFamily, publicStaticIp, staticIpWithPip, deprecatedLoadBalancerIp,
  configurationsWithPinnedIp, sctpNeedsInternal, haPortsNeedInternal, floatingIpNeedsNodePorts, pipPrefixId, additionalPublicIps, pipTags,
];

/** Rules added after the AZ-LB numbering above was complete; listed after ACCESS_RULES so that RULES.md stays in id order. */
export const MULTI_SLB_RULES = [configurationsNames, configurationsBlankItems];
