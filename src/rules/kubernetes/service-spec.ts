import { defineRule, onClusters, violation } from '../define';
import { annotationPath, annotationsOf, isInteger, isObject, isPortNumber, JsonObject, show, specOf } from '../manifest';
import { ipFamilyOf, ipRangeOf, isCidr } from '../net';
import { RuleViolation, Severity } from '../rule';
import { checkLabelMap } from './metadata';
import { qualifiedName } from './names';
import { before, beforeText, KUBERNETES_CHANGES } from './versions';
import { KubernetesKeys } from '../../core/model/kubernetes-keys';
import { Cluster } from '../../profile/cluster';

const SERVICE_DOCS = 'https://kubernetes.io/docs/concepts/services-networking/service/';
const SOURCE_RANGES_ANNOTATION = KubernetesKeys.LOAD_BALANCER_SOURCE_RANGES;
const MAX_CLIENT_IP_AFFINITY_SECONDS = 86400;

function oneOf(path: string, value: unknown, allowed: string[]): RuleViolation[] {
  if (value === undefined || (typeof value === 'string' && allowed.includes(value))) return [];
  return [violation(path, `${show(value)} is not one of ${allowed.join(', ')}.`, `Use ${allowed.join(' or ')} (case matters).`)];
}

export const externalTrafficPolicy = defineRule({
  id: 'K8S-SVC-016',
  severity: Severity.ERROR,
  title: 'externalTrafficPolicy is Cluster or Local; healthCheckNodePort only with Local',
  description: 'The API server accepts externalTrafficPolicy Cluster or Local only, and healthCheckNodePort only on a LoadBalancer Service with externalTrafficPolicy Local, as a port number.',
  fix: 'Use Cluster or Local; drop healthCheckNodePort unless externalTrafficPolicy is Local.',
  docs: SERVICE_DOCS + '#traffic-policies',
}, (m) => {
  const spec = specOf(m);
  const out = oneOf('spec.externalTrafficPolicy', spec.externalTrafficPolicy, ['Cluster', 'Local']);
  const hc = spec.healthCheckNodePort;
  if (hc !== undefined && hc !== 0) {
    if (spec.externalTrafficPolicy !== 'Local') {
      out.push(violation('spec.healthCheckNodePort', `is set (${show(hc)}) but externalTrafficPolicy is ${show(spec.externalTrafficPolicy ?? 'Cluster')}: it may only be set with externalTrafficPolicy Local.`, 'Remove healthCheckNodePort, or set externalTrafficPolicy to Local.'));
    }
    if (!isPortNumber(hc)) out.push(violation('spec.healthCheckNodePort', `${show(hc)} is not an integer from 1 to 65535.`, 'Omit it to let Kubernetes allocate one, or use a free node port.'));
  }
  return out;
});

export const internalTrafficPolicy = defineRule({
  id: 'K8S-SVC-017',
  severity: Severity.ERROR,
  title: 'internalTrafficPolicy is Cluster or Local',
  description: 'The API server accepts internalTrafficPolicy Cluster or Local only.',
  fix: 'Use Cluster or Local.',
  docs: 'https://kubernetes.io/docs/concepts/services-networking/service-traffic-policy/',
}, (m) => oneOf('spec.internalTrafficPolicy', specOf(m).internalTrafficPolicy, ['Cluster', 'Local']));

export const loadBalancerSourceRanges = defineRule({
  id: 'K8S-SVC-018',
  severity: Severity.ERROR,
  title: 'loadBalancerSourceRanges are CIDRs',
  description: 'spec.loadBalancerSourceRanges and the service.beta.kubernetes.io/load-balancer-source-ranges annotation must be CIDRs (address/prefix); the API server refuses anything else, and a bare IP is not a CIDR. An empty or whitespace-only annotation is accepted (no restriction: 0.0.0.0/0). When spec.loadBalancerSourceRanges is non-empty the API server neither validates nor uses the annotation.',
  fix: 'Write each range as a CIDR, e.g. 10.0.0.0/8 or 203.0.113.7/32.',
  docs: 'https://kubernetes.io/docs/tasks/access-application-cluster/configure-cloud-provider-firewall/',
}, (m) => {
  const spec = specOf(m);
  const out: RuleViolation[] = [];
  const fixFor = (value: string) => ipFamilyOf(value) ? `Add a prefix length: ${value}/${ipFamilyOf(value) === 'IPv4' ? 32 : 128}.` : 'Write it as a CIDR, e.g. 10.0.0.0/8.';
  const ranges = spec.loadBalancerSourceRanges;
  if (ranges !== undefined && ranges !== null) {
    if (!Array.isArray(ranges)) {
      out.push(violation('spec.loadBalancerSourceRanges', `must be a list of CIDRs, got ${show(ranges)}.`, 'Write it as a list, e.g. [10.0.0.0/8].'));
    } else {
      ranges.forEach((range, i) => {
        const value = typeof range === 'string' ? range.trim() : range;
        if (typeof value !== 'string' || !isCidr(value)) {
          out.push(violation(`spec.loadBalancerSourceRanges[${i}]`, `${show(range)} is not a CIDR.`, typeof value === 'string' ? fixFor(value) : 'Write it as a CIDR string.'));
        }
      });
    }
  }
  // The field, when it has entries, wins: the API server then skips the annotation altogether.
  const fieldWins = Array.isArray(ranges) && ranges.length > 0;
  const annotation = annotationsOf(m)[SOURCE_RANGES_ANNOTATION];
  if (annotation !== undefined && !fieldWins && annotation.trim() !== '') {
    for (const part of annotation.trim().split(',')) {
      const value = part.trim();
      if (!isCidr(value)) {
        out.push(violation(annotationPath(SOURCE_RANGES_ANNOTATION), `${show(part)} is not a CIDR (the value is a comma-separated list of CIDRs${value === '' ? '; this entry is empty' : ''}).`,
          value === '' ? 'Remove the empty entry (a stray comma).' : fixFor(value)));
      }
    }
  }
  return out;
});

export const loadBalancerClass = defineRule({
  id: 'K8S-SVC-019',
  severity: Severity.ERROR,
  title: 'loadBalancerClass is a qualified name',
  description: 'loadBalancerClass must be a qualified name such as service.k8s.aws/nlb; the API server refuses other values, and it cannot be changed once set.',
  fix: 'Use the class name your load balancer controller documents, e.g. service.k8s.aws/nlb.',
  docs: SERVICE_DOCS + '#load-balancer-class',
}, (m) => {
  const value = specOf(m).loadBalancerClass;
  if (value === undefined || value === null) return [];
  if (typeof value !== 'string') return [violation('spec.loadBalancerClass', `must be a string, got ${show(value)}.`, 'Quote the class name.')];
  const error = qualifiedName(value);
  return error ? [violation('spec.loadBalancerClass', `${show(value)} is not valid: ${error}.`, 'Use a name like example.com/my-lb.')] : [];
});

const FAMILIES = ['IPv4', 'IPv6'];
const DUAL_STACK_REFUSED = '"this cluster is not configured for dual-stack services"';

/** "only IPv4 Services" or "IPv4 and IPv6 Services", for messages. */
function familiesText(families: readonly string[]): string {
  return families.length === 1 ? `only ${families[0]} Services` : `${families.join(' and ')} Services`;
}

export const ipFamilies = defineRule({
  id: 'K8S-SVC-020',
  severity: Severity.ERROR,
  title: 'ipFamilies, ipFamilyPolicy and clusterIPs agree with each other and with the cluster',
  description: 'ipFamilies holds at most two different families (IPv4, IPv6); ipFamilyPolicy is SingleStack, PreferDualStack or RequireDualStack. Each clusterIPs entry must be of the family at the same index of ipFamilies, and two clusterIPs must be of different families. SingleStack allows one family and one cluster IP: validation lets two through, but the create is refused when the cluster IPs are allocated ("must be \'RequireDualStack\' or \'PreferDualStack\' when multiple IP families are specified"). The cluster must have every family asked (ipFamilies entries, clusterIPs) and two families for RequireDualStack; the API server refuses the Service otherwise ("not configured on this cluster", ' + DUAL_STACK_REFUSED + ').',
  fix: 'Use one family with SingleStack, or both with PreferDualStack or RequireDualStack, and only families the cluster has.',
  docs: 'https://kubernetes.io/docs/concepts/services-networking/dual-stack/#services',
  dependsOnCluster: 'The IP families of the cluster\'s Services (the profile\'s ipFamilies): a family it does not have, or RequireDualStack on a single-stack cluster, is refused; without the profile\'s ipFamilies these are warnings for the clusters that lack the family.',
}, (m, _annotations, _controller, cluster) => {
  const spec = specOf(m);
  const out = oneOf('spec.ipFamilyPolicy', spec.ipFamilyPolicy, ['SingleStack', 'PreferDualStack', 'RequireDualStack']);
  const families = spec.ipFamilies;
  if (families !== undefined && families !== null && !Array.isArray(families)) {
    return [...out, violation('spec.ipFamilies', `must be a list, got ${show(families)}.`, 'Write it as a list, e.g. [IPv4].')];
  }
  const familyList: unknown[] = Array.isArray(families) ? families : [];
  familyList.forEach((family, i) => out.push(...oneOf(`spec.ipFamilies[${i}]`, family, FAMILIES)));
  if (familyList.length > 2) out.push(violation('spec.ipFamilies', `lists ${familyList.length} families; at most two are allowed.`, 'Keep IPv4, IPv6 or both.'));
  if (new Set(familyList).size !== familyList.length) out.push(violation('spec.ipFamilies', `${show(familyList)} lists a family twice.`, 'List each family once.'));

  // clusterIPs against ipFamilies (malformed addresses and "None" are K8S-SVC-022's).
  const clusterIPs: unknown[] = Array.isArray(spec.clusterIPs) ? spec.clusterIPs : [];
  const ipFamilyAt = clusterIPs.map((ip) => (typeof ip === 'string' ? ipFamilyOf(ip) : undefined));
  ipFamilyAt.forEach((family, i) => {
    const wanted = familyList[i];
    if (family === undefined || typeof wanted !== 'string' || !FAMILIES.includes(wanted) || wanted === family) return;
    out.push(violation(`spec.clusterIPs[${i}]`, `${show(clusterIPs[i])} is an ${family} address, but ipFamilies[${i}] is ${show(wanted)}: the API server requires each cluster IP to be of the family at the same index of ipFamilies.`,
      `Use an ${wanted} address at clusterIPs[${i}], or put ${family} at ipFamilies[${i}].`));
  });
  if (clusterIPs.length === 2 && ipFamilyAt[0] !== undefined && ipFamilyAt[0] === ipFamilyAt[1]) {
    out.push(violation('spec.clusterIPs', `${show(clusterIPs)} are both ${ipFamilyAt[0]} addresses; a Service has at most one cluster IP of each family.`, 'Keep one IPv4 and one IPv6 address, or a single address.'));
  }

  if (spec.ipFamilyPolicy === 'SingleStack') {
    const allocation = 'validation lets it through, but the create is refused when the cluster IPs are allocated';
    if (familyList.length === 2) {
      out.push(violation('spec.ipFamilyPolicy', `is SingleStack but ipFamilies lists ${show(familyList)}; ${allocation} ("must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified").`, 'Use PreferDualStack or RequireDualStack for two families, or keep one family.'));
    } else if (clusterIPs.length === 2) {
      out.push(violation('spec.ipFamilyPolicy', `is SingleStack but clusterIPs lists ${show(clusterIPs)}; ${allocation} ("must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified").`, 'Use PreferDualStack or RequireDualStack for two cluster IPs, or keep one.'));
    }
  }

  out.push(...clusterFamilyViolations(spec, familyList, clusterIPs, ipFamilyAt, cluster));
  return out;
});

/** What the cluster's Service IP families refuse: RequireDualStack on one family, a family it does not have. */
function clusterFamilyViolations(
  spec: JsonObject, familyList: unknown[], clusterIPs: unknown[], ipFamilyAt: Array<string | undefined>, cluster: Cluster,
): RuleViolation[] {
  const known = cluster.ipFamilies;
  const out: RuleViolation[] = [];
  const lacks = (family: string) => (known === undefined ? undefined : !known.includes(family));
  const has = known === undefined ? '' : ` (${cluster.describe()} has ${familiesText(known)})`;
  if (spec.ipFamilyPolicy === 'RequireDualStack') {
    out.push(...onClusters(known === undefined ? undefined : known.length < 2, 'single-stack clusters (Services of one IP family)', violation('spec.ipFamilyPolicy',
      `is RequireDualStack, which a single-stack cluster refuses${has}: ${DUAL_STACK_REFUSED}.`,
      'Use PreferDualStack (both families where the cluster has them, one otherwise), or SingleStack.')));
  }
  familyList.forEach((family, i) => {
    if (typeof family !== 'string' || !FAMILIES.includes(family) || familyList.indexOf(family) !== i) return;
    out.push(...onClusters(lacks(family), `clusters without ${family} Services`, violation(`spec.ipFamilies[${i}]`,
      `asks for ${family}, which a cluster without ${family} Services refuses${has}: "not configured on this cluster".`,
      `Remove ${family} from ipFamilies, or omit ipFamilies and use ipFamilyPolicy PreferDualStack to get the families the cluster has.`)));
  });
  ipFamilyAt.forEach((family, i) => {
    // An address at an index ipFamilies covers is judged through that entry (or reported as a mismatch above).
    if (family === undefined || i < familyList.length) return;
    out.push(...onClusters(lacks(family), `clusters without ${family} Services`, violation(`spec.clusterIPs[${i}]`,
      `${show(clusterIPs[i])} is an ${family} address, which a cluster without ${family} Services refuses${has}: "${family} is not configured on this cluster".`,
      'Omit clusterIPs to let the cluster allocate addresses of the families it has, or use an address of its service CIDR.')));
  });
  return out;
}

export const sessionAffinity = defineRule({
  id: 'K8S-SVC-021',
  severity: Severity.ERROR,
  title: 'sessionAffinity is None or ClientIP, with a timeout of 1 to 86400 seconds',
  description: 'The API server accepts sessionAffinity None or ClientIP; sessionAffinityConfig is only allowed with ClientIP, and its clientIP.timeoutSeconds must be 1-86400.',
  fix: 'Use ClientIP with a timeout from 1 second to 1 day, or None without sessionAffinityConfig.',
  docs: SERVICE_DOCS + '#session-stickiness',
}, (m) => {
  const spec = specOf(m);
  const out = oneOf('spec.sessionAffinity', spec.sessionAffinity, ['None', 'ClientIP']);
  const config = spec.sessionAffinityConfig;
  if (config === undefined || config === null) return out;
  if (spec.sessionAffinity !== 'ClientIP') {
    out.push(violation('spec.sessionAffinityConfig', `is set but sessionAffinity is ${show(spec.sessionAffinity ?? 'None')}.`, 'Set sessionAffinity to ClientIP, or remove sessionAffinityConfig.'));
    return out;
  }
  const raw = isObject(config) && isObject(config.clientIP) ? config.clientIP.timeoutSeconds : undefined;
  if (raw !== undefined && !(isInteger(raw) && raw >= 1 && raw <= MAX_CLIENT_IP_AFFINITY_SECONDS)) {
    out.push(violation('spec.sessionAffinityConfig.clientIP.timeoutSeconds', `${show(raw)} is not an integer from 1 to ${MAX_CLIENT_IP_AFFINITY_SECONDS}.`, 'Use a timeout from 1 second to 1 day (the default is 10800, 3 hours).'));
  }
  return out;
});

function ipListViolations(path: string, values: unknown): RuleViolation[] {
  if (values === undefined) return [];
  if (!Array.isArray(values)) return [violation(path, `must be a list of IP addresses, got ${show(values)}.`, 'Write it as a list.')];
  const out: RuleViolation[] = [];
  values.forEach((value, i) => {
    if (typeof value !== 'string' || !ipFamilyOf(value)) {
      out.push(violation(`${path}[${i}]`, `${show(value)} is not an IP address.`, 'Use an IPv4 or IPv6 address.'));
      return;
    }
    if (path === 'spec.externalIPs' && ['unspecified', 'loopback', 'linkLocal', 'multicast'].includes(ipRangeOf(value) ?? '')) {
      out.push(violation(`${path}[${i}]`, `${show(value)} is a ${ipRangeOf(value)} address, which the API server refuses as an external IP.`, 'Use a routable address.'));
    }
  });
  return out;
}

export const clusterIps = defineRule({
  id: 'K8S-SVC-022',
  severity: Severity.ERROR,
  title: 'clusterIP, clusterIPs and externalIPs are valid for a LoadBalancer Service',
  description: 'A LoadBalancer Service cannot be headless (clusterIP None); clusterIP, clusterIPs and externalIPs must be IP addresses, clusterIPs[0] must equal clusterIP, and external IPs cannot be loopback, link-local, multicast or unspecified.',
  fix: 'Omit clusterIP to let Kubernetes allocate one, and never use None on a LoadBalancer Service.',
  docs: SERVICE_DOCS + '#choosing-your-own-ip-address',
}, (m) => {
  const spec = specOf(m);
  const out: RuleViolation[] = [];
  const clusterIP = spec.clusterIP;
  if (clusterIP === 'None') {
    out.push(violation('spec.clusterIP', 'is "None" (headless), which a LoadBalancer Service cannot be.', 'Remove clusterIP, or use a ClusterIP Service for a headless service.'));
  } else if (clusterIP !== undefined && clusterIP !== '' && !(typeof clusterIP === 'string' && ipFamilyOf(clusterIP))) {
    out.push(violation('spec.clusterIP', `${show(clusterIP)} is not an IP address.`, 'Omit clusterIP, or use a free address of the service CIDR.'));
  }
  const clusterIPs = spec.clusterIPs;
  if (Array.isArray(clusterIPs)) {
    if (clusterIPs.includes('None')) {
      out.push(violation('spec.clusterIPs', 'contains "None", which a LoadBalancer Service cannot be.', 'Remove clusterIPs.'));
    } else {
      out.push(...ipListViolations('spec.clusterIPs', clusterIPs));
      if (typeof clusterIP === 'string' && clusterIP !== '' && clusterIPs.length > 0 && clusterIPs[0] !== clusterIP) {
        out.push(violation('spec.clusterIPs[0]', `${show(clusterIPs[0])} differs from clusterIP ${show(clusterIP)}.`, 'Make clusterIPs[0] equal to clusterIP, or set only one of them.'));
      }
      if (clusterIPs.length > 2) out.push(violation('spec.clusterIPs', `lists ${clusterIPs.length} addresses; at most two (one per family) are allowed.`, 'Keep one IPv4 and one IPv6 address at most.'));
    }
  } else if (clusterIPs !== undefined) {
    out.push(violation('spec.clusterIPs', `must be a list, got ${show(clusterIPs)}.`, 'Write it as a list.'));
  }
  out.push(...ipListViolations('spec.externalIPs', spec.externalIPs));
  return out;
});

export const selectorLabels = defineRule({
  id: 'K8S-SVC-023',
  severity: Severity.ERROR,
  title: 'selector keys and values are valid labels',
  description: 'spec.selector is a map of label keys to label values; the API server refuses invalid keys or values, and no pod could carry them.',
  fix: 'Use the labels of the pod template you want to reach.',
  docs: SERVICE_DOCS + '#defining-a-service',
}, (m) => checkLabelMap('spec.selector', specOf(m).selector));

export const selectorPresent = defineRule({
  id: 'K8S-SVC-024',
  severity: Severity.WARNING,
  title: 'the Service selects pods',
  description: 'A Service without a selector gets no endpoints from Kubernetes: the load balancer is created but sends traffic nowhere unless something else manages its EndpointSlices.',
  fix: 'Set a selector (a workload, or selector labels); acknowledge this warning if you manage the endpoints yourself.',
  docs: SERVICE_DOCS + '#services-without-selectors',
}, (m) => {
  const selector = specOf(m).selector;
  const empty = selector === undefined || selector === null || (isObject(selector) && Object.keys(selector).length === 0);
  return empty ? [violation('spec.selector', 'the Service selects no pods, so it has no endpoints unless you manage them.', 'Select the pods of a workload, e.g. selector: { app: web }.')] : [];
});

export const loadBalancerIp = defineRule({
  id: 'K8S-SVC-025',
  severity: Severity.ERROR,
  title: 'loadBalancerIP is an IP address',
  description: 'spec.loadBalancerIP (deprecated since Kubernetes 1.24) must be an IP address; the cloud controller fails to reconcile anything else.',
  fix: 'Use an IP address, or better the cloud provider\'s own annotation for a static address.',
  docs: SERVICE_DOCS + '#external-ips',
}, (m) => {
  const value = specOf(m).loadBalancerIP;
  if (value === undefined || value === '') return [];
  return typeof value === 'string' && ipFamilyOf(value) ? [] : [violation('spec.loadBalancerIP', `${show(value)} is not an IP address.`, 'Use an IP address, or the provider annotation for a static frontend IP.')];
});

export const booleanFields = defineRule({
  id: 'K8S-SVC-026',
  severity: Severity.ERROR,
  title: 'boolean spec fields are booleans',
  description: 'allocateLoadBalancerNodePorts and publishNotReadyAddresses are booleans; a quoted "true" is refused by the API server.',
  fix: 'Write true or false without quotes.',
  docs: SERVICE_DOCS,
}, (m) => {
  const spec = specOf(m);
  return ['allocateLoadBalancerNodePorts', 'publishNotReadyAddresses']
    .filter((field) => spec[field] !== undefined && typeof spec[field] !== 'boolean')
    .map((field) => violation(`spec.${field}`, `${show(spec[field])} is not a boolean.`, 'Write true or false without quotes.'));
});

const TRAFFIC_DISTRIBUTIONS = ['PreferClose', 'PreferSameZone', 'PreferSameNode'];

export const trafficDistribution = defineRule({
  id: 'K8S-SVC-027',
  severity: Severity.ERROR,
  title: 'trafficDistribution is known to the cluster\'s Kubernetes version, with a supported value',
  description: 'spec.trafficDistribution (KEP-4444) is alpha in Kubernetes 1.30 behind the ServiceTrafficDistribution feature gate, off by default, and on from 1.31: an older API server rejects it as an unknown field under strict field validation (kubectl\'s default) or drops it, and 1.30 drops it. Its values are PreferClose, and from 1.34 (KEP-3015, alpha and off in 1.33) PreferSameZone and PreferSameNode; the API server refuses any other value ("Unsupported value").',
  fix: 'Use PreferClose (PreferSameZone or PreferSameNode on Kubernetes 1.34+), or remove trafficDistribution on clusters before 1.31.',
  docs: SERVICE_DOCS + '#traffic-distribution',
  dependsOnCluster: 'spec.trafficDistribution is unknown before Kubernetes 1.31 (dropped by 1.30 with its gate off, refused or dropped by older servers), and PreferSameZone/PreferSameNode before 1.34: errors with a profile of those versions, warnings for them without the Kubernetes version.',
}, (m, _annotations, _controller, cluster) => {
  const value = specOf(m).trafficDistribution;
  if (value === undefined || value === null) return [];
  const path = 'spec.trafficDistribution';
  if (typeof value !== 'string' || !TRAFFIC_DISTRIBUTIONS.includes(value)) {
    return [violation(path, `${show(value)} is not a supported value (PreferClose; PreferSameZone and PreferSameNode from Kubernetes 1.34).`, 'Use PreferClose, or PreferSameZone / PreferSameNode on Kubernetes 1.34 and later (case matters).')];
  }
  if (value !== 'PreferClose') {
    const since = KUBERNETES_CHANGES.trafficDistributionSameZoneNode;
    return onClusters(before(cluster, since), beforeText(since), violation(path,
      `${show(value)} is supported from Kubernetes 1.${since}; an older API server refuses it (or, before 1.${KUBERNETES_CHANGES.trafficDistribution}, does not know the field at all).`,
      `Use PreferClose, or run Kubernetes 1.${since} or later.`));
  }
  const since = KUBERNETES_CHANGES.trafficDistribution;
  return onClusters(before(cluster, since), beforeText(since), violation(path,
    `is set to ${show(value)}, but the field is new in Kubernetes 1.${since}: an older API server rejects it as an unknown field or drops it, and 1.30 drops it unless the ServiceTrafficDistribution feature gate is on.`,
    `Remove trafficDistribution (use the service.kubernetes.io/topology-mode: Auto annotation on older clusters), or run Kubernetes 1.${since} or later.`));
});

export const SPEC_RULES = [
  externalTrafficPolicy, internalTrafficPolicy, loadBalancerSourceRanges, loadBalancerClass, ipFamilies,
  sessionAffinity, clusterIps, selectorLabels, selectorPresent, loadBalancerIp, booleanFields, trafficDistribution,
];
