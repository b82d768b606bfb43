import { ManifestSet } from './manifest-set';
import { defineSetRule, SetViolation } from './set-rule';
import { AZURE_SERVICES, plsRequested } from '../../azure/model/cloud-provider-azure';
import { PinnedFrontend, pinnedFrontendsOf } from '../../azure/model/frontend-ip';
import { AzureKeys, PlsKeys, portKey, PortSetting } from '../../azure/model/keys';
import { Cluster } from '../../profile/cluster';
import { resourceLabel, resourceOf } from '../engine';
import { annotationPath, annotationsOf, arrayAt, isLoadBalancerService, isObject, show, specOf } from '../manifest';
import { Severity } from '../rule';

/**
 * LoadBalancer Services that pin one address (or one public IP by name) share one frontend IP configuration of the
 * Azure load balancer: cloud-provider-azure adds each Service's rules to it, and refuses what the frontend cannot hold
 * twice (a port and protocol, the public IP's DNS label, the Private Link Service's settings).
 */

const SHARED_IP_DOCS = 'https://cloud-provider-azure.sigs.k8s.io/topics/shared-ip/';
const WHERE_CPA_RUNS = 'Judged for the Services cloud-provider-azure reconciles: those with an Azure key on every cluster it may run on, the others only where the profile says it runs.';

/** Whether a Service pins an address or a public IP name at all: the cheap test before the ownership model's. */
function mayPin(manifest: unknown): boolean {
  const annotations = annotationsOf(manifest);
  return (annotations[AzureKeys.IPV4] ?? '') !== '' || (annotations[AzureKeys.IPV6] ?? '') !== '' || (annotations[AzureKeys.PIP_NAME] ?? '') !== ''
    || (annotations[AzureKeys.PIP_NAME_IPV6] ?? '') !== '' || (typeof specOf(manifest).loadBalancerIP === 'string' && specOf(manifest).loadBalancerIP !== '');
}

/** For each frontend that several LoadBalancer Services of the set pin: the Services, in set order, each with the frontend as it pins it. */
function pinnedTogether(set: ManifestSet): ReadonlyArray<ReadonlyArray<{ index: number; frontend: PinnedFrontend }>> {
  return set.derived('pinnedTogether', () => {
    const byKey = new Map<string, Array<{ index: number; frontend: PinnedFrontend }>>();
    set.manifests.forEach((m, index) => {
      if (!isLoadBalancerService(m) || !mayPin(m) || !AZURE_SERVICES.owns(m)) return;
      for (const frontend of pinnedFrontendsOf(m)) {
        const list = byKey.get(frontend.key);
        if (list === undefined) byKey.set(frontend.key, [{ index, frontend }]);
        else list.push({ index, frontend });
      }
    });
    return [...byKey.values()].filter((list) => list.length > 1);
  });
}

/** The same, among the Services cloud-provider-azure reconciles on the judged clusters. */
function sharedFrontends(set: ManifestSet, cluster: Cluster): Array<Array<{ index: number; frontend: PinnedFrontend }>> {
  return pinnedTogether(set)
    .map((list) => list.filter((m) => AZURE_SERVICES.reconcilersOf(set.manifests[m.index], cluster).length > 0))
    .filter((list) => list.length > 1);
}

/** Whether two Services pin one frontend. */
export function shareFrontend(a: unknown, b: unknown): boolean {
  const keys = new Set(pinnedFrontendsOf(a).map((f) => f.key));
  return pinnedFrontendsOf(b).some((f) => keys.has(f.key));
}

function pinText(frontend: PinnedFrontend): string {
  return `${frontend.text} (${frontend.path.replace(/^metadata\.annotations\[(.*)\]$/, '$1')})`;
}

/**
 * The ports of a Service on its frontend: every port of spec.ports is checked against the other Services' rules
 * (checkLoadBalancerResourcesConflicts), but only some get a rule of their own: none with port_{port}_no_lb_rule, and
 * none but one rule for all ports (protocol All, port 0) with high-availability ports. By `port/protocol`, the index in
 * spec.ports.
 */
interface FrontendPorts {
  readonly checked: ReadonlyMap<string, number>;
  readonly held: ReadonlyMap<string, number>;
}

function frontendPorts(manifest: unknown): FrontendPorts {
  const annotations = annotationsOf(manifest);
  const checked = new Map<string, number>();
  const held = new Map<string, number>();
  const haPorts = (annotations[AzureKeys.INTERNAL] ?? '').toLowerCase() === 'true' && (annotations[AzureKeys.HA_PORTS] ?? '').toLowerCase() === 'true';
  arrayAt(specOf(manifest), 'ports').forEach((p, i) => {
    if (!isObject(p) || typeof p.port !== 'number') return;
    const key = `${p.port}/${typeof p.protocol === 'string' && p.protocol !== '' ? p.protocol : 'TCP'}`;
    if (!checked.has(key)) checked.set(key, i);
    if (haPorts || (annotations[portKey(p.port, PortSetting.NO_LB_RULE)] ?? '').toLowerCase() === 'true') return;
    if (!held.has(key)) held.set(key, i);
  });
  return { checked, held };
}

/** The ports of `a` that `b` holds a rule for: `a` is refused while `b`'s rules exist. */
function refusedPorts(a: FrontendPorts, b: FrontendPorts): string[] {
  return [...a.checked.keys()].filter((port) => b.held.has(port));
}

function label(set: ManifestSet, index: number): string {
  return resourceLabel(resourceOf(set.manifests[index]));
}

export const sharedFrontendPortsDistinct = defineSetRule({
  id: 'AZ-LB-035',
  severity: Severity.ERROR,
  title: 'Services that share a frontend IP use different ports',
  description: 'Services that pin one address (azure-load-balancer-ipv4/-ipv6 or spec.loadBalancerIP; for public ones, or one azure-pip-name) share one frontend IP configuration, and each adds a load-balancing rule per port. '
    + 'A frontend holds one rule per port and protocol: when a second Service asks for a port and protocol another Service of that frontend has, cloud-provider-azure refuses it '
    + '("checkLoadBalancerResourcesConflicts: service port ... is trying to consume the port ... which is being referenced by an existing loadBalancing rule"), and that Service never gets its load balancer. '
    + 'Every port of spec.ports is checked, also one with port_{port}_no_lb_rule and those of a high-availability-ports Service (which get no rule of their own, so do not refuse the others).',
  fix: 'Give the Services that share the address different ports, or give one of them its own address.',
  docs: SHARED_IP_DOCS,
  kinds: ['Service'],
  follows: 'checkLoadBalancerResourcesConflicts and lbRuleConflictsWithPort (pkg/provider/azure_loadbalancer.go), called by reconcileLoadBalancer for each IP family',
  dependsOnCluster: WHERE_CPA_RUNS,
}, ['Service'], (set, cluster) => {
  const out: SetViolation[] = [];
  for (const members of sharedFrontends(set, cluster)) {
    const ports = members.map((m) => frontendPorts(set.manifests[m.index]));
    members.forEach(({ index, frontend }, position) => {
      // Refused by another Service's rules; of two Services that refuse each other, the later one is reported.
      const others = members.map((m, k) => ({ ...m, k })).filter(({ k }) => k !== position && refusedPorts(ports[position], ports[k]).length > 0
        && (k < position || refusedPorts(ports[k], ports[position]).length === 0));
      if (others.length === 0) return;
      const clashes = [...new Set(others.flatMap(({ k }) => refusedPorts(ports[position], ports[k])))];
      const ruleless = clashes.filter((port) => !ports[position].held.has(port));
      out.push({
        subject: index,
        related: others.map(({ index: other, k }) => ({ index: other, path: `spec.ports[${ports[k].held.get(refusedPorts(ports[position], ports[k])[0])}].port` })),
        path: `spec.ports[${ports[position].checked.get(clashes[0])}].port`,
        message: `${clashes.join(', ')} ${clashes.length === 1 ? 'is' : 'are'} also ${clashes.length === 1 ? 'a port' : 'ports'} of ${others.map((e) => label(set, e.index)).join(', ')}, which ${others.length === 1 ? 'pins' : 'pin'} the same ${pinText(frontend)}: the Services share one frontend, which holds one load-balancing rule per port and protocol, `
          + `so cloud-provider-azure refuses ${ruleless.length > 0 ? 'this Service, which checks every port of spec.ports against the other Services\' rules (port_{port}_no_lb_rule and high-availability ports do not exempt a port)' : 'one of them'} ("checkLoadBalancerResourcesConflicts") and it never gets its load balancer.`,
        fix: `Use other ports on one of the Services, or give one of them its own address (${frontend.path}).`,
        propFix: 'Use other ports on one of the Services, or give one of them its own address (ipv4Address, ipv6Address).',
      });
    });
  }
  return out;
});

export const sharedPublicIpDnsLabel = defineSetRule({
  id: 'AZ-LB-036',
  severity: Severity.ERROR,
  title: 'Services that share a public IP do not ask for different DNS labels',
  description: 'A public IP has one DNS label. cloud-provider-azure sets azure-dns-label-name on the public IP of the Service, and on an IP it manages records the Service that owns the label: '
    + 'on an IP you created (the usual case when two Services pin one), two Services with different labels (or an empty one, which asks to remove it) overwrite each other\'s label at every reconcile; on an IP it created, another Service\'s label is refused ("there is an existing service ... consuming the DNS label on the public IP"). '
    + 'Services that ask for the same label are not judged.',
  fix: 'Set azure-dns-label-name on one of the Services that share the public IP only (or the same label on each).',
  docs: SHARED_IP_DOCS,
  kinds: ['Service'],
  follows: 'reconcileDNSSettings and getPublicIPDomainNameLabel (pkg/provider/azure_loadbalancer.go)',
  dependsOnCluster: WHERE_CPA_RUNS,
}, ['Service'], (set, cluster) => {
  const out: SetViolation[] = [];
  for (const members of sharedFrontends(set, cluster)) {
    const labelled = members.filter((m) => m.frontend.key.startsWith('public') && annotationsOf(set.manifests[m.index])[AzureKeys.DNS_LABEL_NAME] !== undefined);
    labelled.forEach(({ index, frontend }, position) => {
      const value = annotationsOf(set.manifests[index])[AzureKeys.DNS_LABEL_NAME];
      const labelOf = (i: number) => annotationsOf(set.manifests[i])[AzureKeys.DNS_LABEL_NAME];
      const others = labelled.slice(0, position).filter((e) => labelOf(e.index).toLowerCase() !== value.toLowerCase());
      if (others.length === 0) return;
      const theirs = others.map((e) => `${show(labelOf(e.index))} of ${label(set, e.index)}`).join(', ');
      out.push({
        subject: index,
        related: others.map((e) => ({ index: e.index, path: annotationPath(AzureKeys.DNS_LABEL_NAME) })),
        path: annotationPath(AzureKeys.DNS_LABEL_NAME),
        message: `${show(value)} is not the DNS label ${theirs}, which shares the ${pinText(frontend)}: a public IP has one label, so the Services overwrite each other's label at every reconcile (an empty one removes it) on an IP you created, and cloud-provider-azure refuses one of them on an IP it created.`,
        fix: 'Set azure-dns-label-name on one of the Services only, or the same label on each.',
        propFix: 'Set dnsLabelName on one of the Services only, or the same label on each.',
      });
    });
  }
  return out;
});

/** The Private Link Service settings that make a Service that does not own its frontend's PLS refused (serviceHasAdditionalConfigs). */
const PLS_OWNER_KEYS: readonly string[] = [
  PlsKeys.NAME, PlsKeys.SUBNET, PlsKeys.IP_ADDRESS_COUNT, PlsKeys.IP_ADDRESS, PlsKeys.FQDNS, PlsKeys.PROXY_PROTOCOL, PlsKeys.VISIBILITY,
  PlsKeys.AUTO_APPROVAL,
];

function plsSettingsOf(manifest: unknown): string[] {
  const annotations = annotationsOf(manifest);
  return PLS_OWNER_KEYS.filter((key) => annotations[key] !== undefined);
}

export const sharedFrontendPlsSettings = defineSetRule({
  id: 'AZ-PLS-014',
  severity: Severity.ERROR,
  title: 'only one of the Services that share a frontend sets its Private Link Service',
  description: 'A frontend has one Private Link Service, owned by the Service that created it (tag k8s-azure-owner-service). Another Service of that frontend with azure-pls-create shares it as it is when it sets nothing else; '
    + 'when it also sets a PLS setting (name, ip-configuration subnet, count or addresses, fqdns, proxy-protocol, visibility, auto-approval), cloud-provider-azure refuses it ("LB frontend ... already has existing private link service ... owned by service ..."). '
    + 'An error when two Services of the frontend set PLS settings (one of them is refused whichever comes first); a warning when only one does (it is refused if another Service creates the PLS first).',
  fix: 'Set the Private Link Service settings on one Service of the frontend only; the others set azure-pls-create: "true" alone (and acknowledge AZ-PLS-012, which asks each PLS for a name).',
  docs: 'https://cloud-provider-azure.sigs.k8s.io/topics/pls-integration/',
  kinds: ['Service'],
  follows: 'reconcilePrivateLinkService and serviceHasAdditionalConfigs (pkg/provider/azure_privatelinkservice.go)',
  dependsOnCluster: WHERE_CPA_RUNS,
}, ['Service'], (set, cluster) => {
  const out: SetViolation[] = [];
  // A Private Link Service goes on the IPv4 frontend: the IPv6 one of a dual-stack Service is skipped.
  for (const members of sharedFrontends(set, cluster).filter((list) => list[0].frontend.family === 'IPv4')) {
    const creating = members.filter((m) => plsRequested(annotationsOf(set.manifests[m.index])));
    if (creating.length < 2) continue;
    const configured = creating.filter((m) => plsSettingsOf(set.manifests[m.index]).length > 0);
    const subjects = configured.length >= 2 ? configured.slice(1) : configured;
    for (const { index, frontend } of subjects) {
      const others = creating.filter((m) => m.index !== index);
      const settings = plsSettingsOf(set.manifests[index]);
      out.push({
        subject: index,
        related: others.map((e) => ({ index: e.index, path: annotationPath(PlsKeys.CREATE) })),
        path: annotationPath(settings[0]),
        message: `this Service sets ${settings.map((k) => k.replace('service.beta.kubernetes.io/', '')).join(', ')} and shares the ${pinText(frontend)} with ${others.map((e) => label(set, e.index)).join(', ')}, which also ${others.length === 1 ? 'asks' : 'ask'} for a Private Link Service: `
          + 'the frontend has one, and cloud-provider-azure refuses a Service with PLS settings that does not own it ("already has existing private link service")'
          + `${configured.length >= 2 ? '.' : ', which this one does not if another Service of the frontend creates the Private Link Service first.'}`,
        fix: 'Keep the Private Link Service settings on one Service of the frontend, and azure-pls-create: "true" alone on the others.',
        propFix: 'Configure the Private Link Service (addPrivateLinkService) on one Service of the frontend only.',
        ...(configured.length >= 2 ? {} : { severity: Severity.WARNING }),
      });
    }
  }
  return out;
});
