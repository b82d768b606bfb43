import { CPA_PLS_DOCS, CPA_PLS_SOURCE, defineAzureServiceRule } from './define';
import { declaredIpFamilies, isGuid, isLocalTrafficPolicy, presentKeys } from './facts';
import { subnetNameViolation } from './frontend';
import { isInternal, isTrueLenient, plsRequested, spaceList } from '../../azure/model/cloud-provider-azure';
import { AzureKeys, parsePortKey, PLS_CONFIG_KEYS, PlsKeys } from '../../azure/model/keys';
import { violation } from '../define';
import { parseGoInteger } from '../go';
import { annotationPath, show } from '../manifest';
import { ipFamilyOf } from '../net';
import { RuleViolation, Severity } from '../rule';

const MAX_IP_CONFIGS = 8;

export const plsKeysNeedCreate = defineAzureServiceRule({
  id: 'AZ-PLS-001',
  severity: Severity.ERROR,
  title: 'azure-pls-* keys come with azure-pls-create: "true"',
  description: 'Without azure-pls-create: "true" cloud-provider-azure creates no Private Link Service, so every other azure-pls-* key is silently ignored.',
  fix: 'Add service.beta.kubernetes.io/azure-pls-create: "true", or remove the azure-pls-* keys.',
  docs: CPA_PLS_DOCS,
}, (_m, annotations) => {
  if (plsRequested(annotations)) return [];
  return presentKeys(annotations, PLS_CONFIG_KEYS).map((key) => violation(annotationPath(key),
    `${show(annotations[key])} is ignored: azure-pls-create is ${show(annotations[PlsKeys.CREATE] ?? null)}, not "true", so no Private Link Service is created.`,
    'Add service.beta.kubernetes.io/azure-pls-create: "true", or remove the key.'));
});

export const plsNeedsInternalOrNoFloatingIp = defineAzureServiceRule({
  id: 'AZ-PLS-002',
  severity: Severity.ERROR,
  title: 'a Private Link Service fronts an internal load balancer or one with floating IP disabled',
  description: 'cloud-provider-azure refuses a Private Link Service on a public load balancer with floating IP enabled ("service requiring private link service must be internal or disable floating ip").',
  fix: 'Add azure-load-balancer-internal: "true" (usual), or azure-disable-load-balancer-floating-ip: "true" on a public load balancer.',
  docs: CPA_PLS_SOURCE,
}, (_m, annotations) => {
  if (!plsRequested(annotations) || isInternal(annotations) || isTrueLenient(annotations[AzureKeys.DISABLE_FLOATING_IP])) return [];
  return [violation(annotationPath(PlsKeys.CREATE), `${show(annotations[PlsKeys.CREATE])} on a public load balancer with floating IP enabled: cloud-provider-azure refuses the Private Link Service.`,
    'Add service.beta.kubernetes.io/azure-load-balancer-internal: "true", or azure-disable-load-balancer-floating-ip: "true".',
    'Use AzureInternalLoadBalancerService (or scheme: LoadBalancerScheme.INTERNAL), or floatingIp: false on the public load balancer.')];
});

export const plsIpv4Only = defineAzureServiceRule({
  id: 'AZ-PLS-003',
  severity: Severity.ERROR,
  title: 'a Private Link Service fronts an IPv4 frontend',
  description: 'A Private Link Service is IPv4 only: a single-stack IPv6 Service with azure-pls-create fails ("IPv6 is not supported for private link service"); '
    + 'on a dual-stack Service it goes on the IPv4 frontend.',
  fix: 'Add IPv4 to spec.ipFamilies, or do not request a Private Link Service.',
  docs: CPA_PLS_SOURCE,
}, (m, annotations) => {
  const families = declaredIpFamilies(m);
  if (!plsRequested(annotations) || !families || families.includes('IPv4')) return [];
  return [violation('spec.ipFamilies', `${show(families)} has no IPv4: cloud-provider-azure refuses the Private Link Service ("IPv6 is not supported for private link service").`,
    'Add IPv4 to spec.ipFamilies (dual-stack), or remove azure-pls-create.')];
});

export const plsIpCount = defineAzureServiceRule({
  id: 'AZ-PLS-004',
  severity: Severity.ERROR,
  title: 'azure-pls-ip-configuration-ip-address-count is a whole number from 1 to 8',
  description: 'cloud-provider-azure refuses another count ("minimum number of private link service ipConfig is 1", "maximum ... is 8").',
  fix: 'Use a whole number from 1 to 8.',
  docs: CPA_PLS_SOURCE,
}, (_m, annotations) => {
  const value = annotations[PlsKeys.IP_ADDRESS_COUNT];
  if (value === undefined) return [];
  const n = parseGoInteger(value, { bits: 32, trim: true });
  if (n !== undefined && n >= 1 && n <= MAX_IP_CONFIGS) return [];
  const why = n === undefined ? 'is not a whole number' : 'is outside 1 to 8';
  return [violation(annotationPath(PlsKeys.IP_ADDRESS_COUNT), `${show(value)} ${why}: cloud-provider-azure refuses the Private Link Service.`, 'Use a whole number from 1 to 8.',
    'Give the Private Link Service an ipAddressCount from 1 to 8, and at most 8 staticIpAddresses.')];
});

export const plsStaticIps = defineAzureServiceRule({
  id: 'AZ-PLS-005',
  severity: Severity.ERROR,
  title: 'azure-pls-ip-configuration-ip-address is a space-separated list of IPv4 addresses',
  description: 'Every azure-pls-* list is separated by spaces. Each item must be an IPv4 address ("private link service ip config only supports IPv4"); '
    + 'the first one is the primary IP configuration.',
  fix: 'Write IPv4 addresses of the PLS subnet separated by spaces, e.g. "10.240.1.10 10.240.1.11".',
  docs: CPA_PLS_SOURCE,
}, (_m, annotations) => {
  const value = annotations[PlsKeys.IP_ADDRESS];
  if (value === undefined) return [];
  return spaceList(value).flatMap((item): RuleViolation[] => {
    const family = ipFamilyOf(item);
    if (family === 'IPv4') return [];
    const why = family === 'IPv6' ? 'is an IPv6 address; a Private Link Service supports IPv4 only'
      : (item.includes(',') ? 'is not an IP address (azure-pls-* lists are separated by spaces, not commas)' : 'is not an IP address');
    return [violation(annotationPath(PlsKeys.IP_ADDRESS), `${show(item)} ${why}: cloud-provider-azure refuses the Private Link Service.`,
      'Give IPv4 addresses of the PLS subnet, separated by spaces.')];
  });
});

export const plsStaticIpsWithinCount = defineAzureServiceRule({
  id: 'AZ-PLS-006',
  severity: Severity.ERROR,
  title: 'no more static PLS IP addresses than azure-pls-ip-configuration-ip-address-count',
  description: 'The count (default 1) must be at least the number of distinct static addresses ("ipConfigCount must be no smaller than number of static IPs specified").',
  fix: 'Raise azure-pls-ip-configuration-ip-address-count to the number of static addresses, or list fewer addresses.',
  docs: CPA_PLS_SOURCE,
}, (_m, annotations) => {
  const value = annotations[PlsKeys.IP_ADDRESS];
  if (value === undefined) return [];
  const distinct = new Set(spaceList(value)).size;
  const countText = annotations[PlsKeys.IP_ADDRESS_COUNT];
  const count = countText === undefined ? 1 : parseGoInteger(countText, { bits: 32, trim: true });
  if (count === undefined || distinct <= count) return [];
  return [violation(annotationPath(PlsKeys.IP_ADDRESS), `${show(value)} lists ${distinct} addresses but the IP configuration count is ${count}${countText === undefined ? ' (the default)' : ''}: cloud-provider-azure refuses the Private Link Service.`,
    `Set ${PlsKeys.IP_ADDRESS_COUNT}: "${distinct}" (at most 8), or list fewer addresses.`,
    `Set the Private Link Service's ipAddressCount to ${distinct} (at most 8), or give fewer staticIpAddresses.`)];
});

export const plsSubscriptionIds = defineAzureServiceRule({
  id: 'AZ-PLS-007',
  severity: Severity.ERROR,
  title: 'azure-pls-visibility and azure-pls-auto-approval list subscription GUIDs separated by spaces',
  description: 'cloud-provider-azure passes the items to ARM unchecked; an item that is not a subscription id (a name, a comma-separated list) makes ARM refuse the Private Link Service. '
    + 'In visibility, "*" means everyone and discards every other item.',
  fix: 'List subscription ids (GUIDs) separated by spaces; use "*" alone for everyone.',
  docs: CPA_PLS_DOCS,
}, (_m, annotations) => {
  const out: RuleViolation[] = [];
  for (const key of SUBSCRIPTION_LIST_KEYS) if (annotations[key] !== undefined) subscriptionListViolations(out, key, annotations[key]);
  return out;
});

const SUBSCRIPTION_LIST_KEYS = [PlsKeys.VISIBILITY, PlsKeys.AUTO_APPROVAL];

function subscriptionListViolations(out: RuleViolation[], key: string, value: string): void {
  const items = spaceList(value);
  const star = key === PlsKeys.VISIBILITY && items.includes('*');
  if (star && items.length > 1) {
    out.push(violation(annotationPath(key), `${show(value)} mixes "*" with subscription ids: "*" makes the Private Link Service visible to everyone and the ids are discarded.`,
      'Use "*" alone for everyone, or only the subscription ids.'));
  }
  for (const item of items) {
    if (item === '*' && key === PlsKeys.VISIBILITY) continue;
    if (isGuid(item)) continue;
    const hint = item.includes(',') ? ' (the list is separated by spaces, not commas)' : '';
    out.push(violation(annotationPath(key), `${show(item)} is not a subscription id (a GUID)${hint}: ARM refuses the Private Link Service.`,
      'List subscription ids such as "00000000-0000-0000-0000-000000000000", separated by spaces.'));
  }
}

export const autoApprovalVisible = defineAzureServiceRule({
  id: 'AZ-PLS-008',
  severity: Severity.WARNING,
  title: 'auto-approved subscriptions can see the Private Link Service',
  description: 'Auto-approval only helps a subscription that can find the service. cloud-provider-azure v1.24 and earlier refused auto-approval unless visibility was "*" '
    + '(the check was removed in v1.25.0, and the docs still state it); whether ARM accepts an auto-approved subscription outside the visibility list is not documented.',
  fix: 'Add each auto-approved subscription to azure-pls-visibility (or set it to "*").',
  docs: CPA_PLS_SOURCE,
}, (_m, annotations) => {
  const approval = annotations[PlsKeys.AUTO_APPROVAL];
  if (approval === undefined || !plsRequested(annotations)) return [];
  const visible = spaceList(annotations[PlsKeys.VISIBILITY] ?? '');
  if (visible.includes('*')) return [];
  const approvedVisible = (sub: string) => visible.some((v) => v === sub || v.toLowerCase() === sub.toLowerCase());
  return spaceList(approval).filter((sub) => !approvedVisible(sub)).map((sub) =>
    violation(annotationPath(PlsKeys.AUTO_APPROVAL), `${show(sub)} is auto-approved but not in azure-pls-visibility (${show(annotations[PlsKeys.VISIBILITY] ?? '')}), so it cannot see the service.`,
      `Add ${sub} to ${PlsKeys.VISIBILITY}.`, `Add ${sub} to the visibility of the Private Link Service (PrivateLinkVisibility.subscriptions([...])).`));
});

export const proxyProtocolWithLocal = defineAzureServiceRule({
  id: 'AZ-PLS-009',
  severity: Severity.WARNING,
  title: 'PROXY protocol with externalTrafficPolicy: Local has custom probes',
  description: 'With a PLS, PROXY protocol and externalTrafficPolicy: Local, cloud-provider-azure drops the /healthz probe (kube-proxy\'s health server does not speak PROXY) '
    + 'and probes each port with TCP on its nodePort; Azure sends the PROXY header on every probe. Without port_{port}_health-probe_* keys the probe does not check that '
    + 'the pods on the node are ready.',
  fix: 'Add port_{port}_health-probe_protocol / _request-path (a path your app answers behind PROXY protocol), or use externalTrafficPolicy: Cluster.',
  docs: 'https://github.com/kubernetes-sigs/cloud-provider-azure/pull/3931',
}, (m, annotations) => {
  if (!plsRequested(annotations) || !isTrueLenient(annotations[PlsKeys.PROXY_PROTOCOL]) || !isLocalTrafficPolicy(m)) return [];
  const hasCustomProbe = Object.keys(annotations).some((key) => parsePortKey(key)?.setting.startsWith('health-probe_'));
  return hasCustomProbe ? [] : [violation(annotationPath(PlsKeys.PROXY_PROTOCOL),
    `${show(annotations[PlsKeys.PROXY_PROTOCOL])} with externalTrafficPolicy: Local and no per-port probe: the load balancer only checks that the nodePort is open.`,
    'Add port_{port}_health-probe_protocol: "Http" and port_{port}_health-probe_request-path for each port, or use externalTrafficPolicy: Cluster.')];
});

export const plsSubnetName = defineAzureServiceRule({
  id: 'AZ-PLS-010',
  severity: Severity.ERROR,
  title: 'azure-pls-ip-configuration-subnet is a subnet name',
  description: 'The PLS subnet is looked up by name in the cluster VNet ("failed to get private link service subnet"); an ARM id or a path is not a name.',
  fix: 'Give the subnet name only; cloud-provider-azure disables private link network policies on it itself.',
  docs: CPA_PLS_SOURCE,
}, (_m, annotations) => {
  const value = annotations[PlsKeys.SUBNET];
  return value === undefined ? [] : subnetNameViolation(PlsKeys.SUBNET, value);
});

export const plsFqdns = defineAzureServiceRule({
  id: 'AZ-PLS-011',
  severity: Severity.ERROR,
  title: 'azure-pls-fqdns is a space-separated list of DNS names',
  description: 'The list is split on spaces only and passed to ARM unchecked: "a.example.com,b.example.com" is one invalid FQDN.',
  fix: 'Separate the FQDNs with spaces.',
  docs: CPA_PLS_SOURCE,
}, (_m, annotations) => {
  const value = annotations[PlsKeys.FQDNS];
  if (value === undefined) return [];
  const dns = /^(\*\.)?([a-zA-Z0-9]([-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?\.)*[a-zA-Z0-9]([-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?\.?$/;
  return spaceList(value).filter((item) => !dns.test(item)).map((item) => violation(annotationPath(PlsKeys.FQDNS),
    `${show(item)} is not a DNS name${item.includes(',') ? ' (the list is separated by spaces, not commas)' : ''}: ARM refuses the Private Link Service.`,
    'List DNS names separated by spaces, e.g. "api.contoso.com api2.contoso.com".'));
});

export const plsName = defineAzureServiceRule({
  id: 'AZ-PLS-012',
  severity: Severity.WARNING,
  title: 'a Private Link Service has an explicit name',
  description: 'Without azure-pls-name the name is pls-<frontend IP configuration name>, derived from the Service UID: consumers cannot know it before deployment, '
    + 'and cloud-provider-azure refuses to rename an existing Private Link Service later ("cannot change existing private link service name").',
  fix: 'Set service.beta.kubernetes.io/azure-pls-name when the Private Link Service is first created.',
  docs: CPA_PLS_DOCS,
}, (_m, annotations) => {
  if (!plsRequested(annotations) || (annotations[PlsKeys.NAME] ?? '').trim() !== '') return [];
  const value = annotations[PlsKeys.NAME];
  const state = value === undefined ? 'has no name' : `has an empty name (${show(value)})`;
  return [violation(annotationPath(PlsKeys.NAME), `the Private Link Service ${state}: it gets a name generated from the Service UID (pls-<frontend>), which consumers cannot know in advance and which cannot be changed later.`,
    'Set service.beta.kubernetes.io/azure-pls-name, e.g. "<service>-pls".')];
});

export const PLS_RULES = [
  plsKeysNeedCreate, plsNeedsInternalOrNoFloatingIp, plsIpv4Only, plsIpCount, plsStaticIps, plsStaticIpsWithinCount, plsSubscriptionIds,
  autoApprovalVisible, proxyProtocolWithLocal, plsSubnetName, plsFqdns, plsName,
];
