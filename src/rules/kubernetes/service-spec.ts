import { defineRule, onClusters, violation } from '../define';
import { annotationPath, annotationsOf, isInteger, isObject, isPortNumber, JsonObject, show, specOf } from '../manifest';
import { leadingZeroCidr, leadingZeroIPv4, lenientCidrFamilyOf, lenientIpFamilyOf, nonCanonicalIPv6, specialIpReason } from '../net';
import { RuleViolation, Severity } from '../rule';
import { defaultedService } from './defaults';
import { checkLabelMap } from './metadata';
import { qualifiedName } from './names';
import { portEntries } from './ports';
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
  title: 'externalTrafficPolicy is Cluster or Local; healthCheckNodePort only with Local, and not one of the Service\'s nodePorts',
  description: 'The API server accepts externalTrafficPolicy Cluster or Local only ("" or absent is defaulted to Cluster first), and healthCheckNodePort only on a LoadBalancer Service with externalTrafficPolicy Local, as a port number. '
    + 'The create allocates the nodePorts first and the healthCheckNodePort after them: one equal to a nodePort of the Service is refused ("failed to allocate requested HealthCheck NodePort ... provided port is already allocated").',
  fix: 'Use Cluster or Local; drop healthCheckNodePort unless externalTrafficPolicy is Local, and give it a node port the Service does not use.',
  docs: SERVICE_DOCS + '#traffic-policies',
  follows: 'validateServiceExternalTrafficPolicy (pkg/apis/core/validation/validation.go) after SetDefaults_Service (pkg/apis/core/v1/defaults.go); allocHealthCheckNodePort (pkg/registry/core/service/storage/alloc.go)',
}, (m) => {
  const spec = specOf(m);
  const policy = defaultedService(m).externalTrafficPolicy;
  const out = oneOf('spec.externalTrafficPolicy', policy, ['Cluster', 'Local']);
  const hc = spec.healthCheckNodePort;
  if (hc !== undefined && hc !== 0) {
    if (policy !== 'Local') {
      out.push(violation('spec.healthCheckNodePort', `is set (${show(hc)}) but externalTrafficPolicy is ${show(policy)}: it may only be set with externalTrafficPolicy Local.`, 'Remove healthCheckNodePort, or set externalTrafficPolicy to Local.'));
    }
    if (!isPortNumber(hc)) {
      out.push(violation('spec.healthCheckNodePort', `${show(hc)} is not an integer from 1 to 65535.`, 'Omit it to let Kubernetes allocate one, or use a free node port.'));
    } else if (policy === 'Local') {
      const taken = portEntries(m).find(({ port }) => port.nodePort === hc);
      if (taken !== undefined) {
        out.push(violation('spec.healthCheckNodePort', `${hc} is also the nodePort of spec.ports[${taken.index}]: the create allocates the nodePorts first, then refuses the health check port ("failed to allocate requested HealthCheck NodePort ${hc}: provided port is already allocated").`,
          'Omit healthCheckNodePort to let Kubernetes allocate one, or use a node port no port of the Service uses.'));
      }
    }
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
  follows: 'validateServiceInternalTrafficFieldsValue (pkg/apis/core/validation/validation.go) after SetDefaults_Service (absent is Cluster; "" is kept and refused)',
}, (m) => oneOf('spec.internalTrafficPolicy', defaultedService(m).internalTrafficPolicy, ['Cluster', 'Local']));

export const loadBalancerSourceRanges = defineRule({
  id: 'K8S-SVC-018',
  severity: Severity.ERROR,
  title: 'loadBalancerSourceRanges are CIDRs',
  description: 'spec.loadBalancerSourceRanges and the service.beta.kubernetes.io/load-balancer-source-ranges annotation must be CIDRs (address/prefix); the API server refuses anything else, and a bare IP is not a CIDR. An empty or whitespace-only annotation is accepted (no restriction: 0.0.0.0/0). When spec.loadBalancerSourceRanges is non-empty the API server neither validates nor uses the annotation. '
    + 'The CIDRs are parsed leniently (ParseCIDRSloppy): leading zeros such as 010.0.0.0/08 are accepted, with a warning (K8S-SVC-029), in every version judged; only the StrictIPCIDRValidation feature gate (alpha since Kubernetes 1.33, off by default) refuses them.',
  fix: 'Write each range as a CIDR, e.g. 10.0.0.0/8 or 203.0.113.7/32.',
  docs: 'https://kubernetes.io/docs/tasks/access-application-cluster/configure-cloud-provider-firewall/',
  follows: 'ValidateService: spec.loadBalancerSourceRanges and GetLoadBalancerSourceRanges for the annotation (pkg/apis/core/validation/validation.go, pkg/api/service/util.go)',
}, (m) => {
  const spec = specOf(m);
  const out: RuleViolation[] = [];
  const fixFor = (value: string) => lenientIpFamilyOf(value) ? `Add a prefix length: ${value}/${lenientIpFamilyOf(value) === 'IPv4' ? 32 : 128}.` : 'Write it as a CIDR, e.g. 10.0.0.0/8.';
  const ranges = spec.loadBalancerSourceRanges;
  if (ranges !== undefined && ranges !== null) {
    if (!Array.isArray(ranges)) {
      out.push(violation('spec.loadBalancerSourceRanges', `must be a list of CIDRs, got ${show(ranges)}.`, 'Write it as a list, e.g. [10.0.0.0/8].'));
    } else {
      ranges.forEach((range, i) => {
        const value = typeof range === 'string' ? range.trim() : range;
        if (typeof value !== 'string' || lenientCidrFamilyOf(value) === undefined) {
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
      if (lenientCidrFamilyOf(value) === undefined) {
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
  follows: 'validateLoadBalancerClassField (pkg/apis/core/validation/validation.go)',
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
  description: 'ipFamilies holds at most two different families (IPv4, IPv6); ipFamilyPolicy is SingleStack, PreferDualStack or RequireDualStack. Each clusterIPs entry must be of the family at the same index of ipFamilies (a clusterIP alone counts as clusterIPs[0]), and two clusterIPs must be of different families. '
    + 'SingleStack allows one family and one cluster IP: validation lets two through, but the create is refused when the cluster IPs are allocated ("must be \'RequireDualStack\' or \'PreferDualStack\' when multiple IP families are specified"). '
    + 'An ipFamilyPolicy left out is defaulted to SingleStack on a create, so two families or two cluster IPs without a policy are refused the same way. '
    + 'The cluster must have every family asked (ipFamilies entries, clusterIPs) and two families for RequireDualStack; the API server refuses the Service otherwise ("not configured on this cluster", ' + DUAL_STACK_REFUSED + ').',
  fix: 'Use one family with SingleStack, or both with PreferDualStack or RequireDualStack (set ipFamilyPolicy: it is SingleStack when left out), and only families the cluster has.',
  docs: 'https://kubernetes.io/docs/concepts/services-networking/dual-stack/#services',
  dependsOnCluster: 'The IP families of the cluster\'s Services (the profile\'s ipFamilies): a family it does not have, or RequireDualStack on a single-stack cluster, is refused; without the profile\'s ipFamilies these are warnings for the clusters that lack the family.',
  follows: 'ValidateServiceClusterIPsRelatedFields (pkg/apis/core/validation/validation.go) after normalizeClusterIPs (pkg/registry/core/service/strategy.go); initIPFamilyFields (pkg/registry/core/service/storage/alloc.go)',
}, (m, _annotations, _controller, cluster) => {
  const spec = specOf(m);
  const defaults = defaultedService(m);
  const out = oneOf('spec.ipFamilyPolicy', spec.ipFamilyPolicy, ['SingleStack', 'PreferDualStack', 'RequireDualStack']);
  const families = spec.ipFamilies;
  if (families !== undefined && families !== null && !Array.isArray(families)) {
    return [...out, violation('spec.ipFamilies', `must be a list, got ${show(families)}.`, 'Write it as a list, e.g. [IPv4].')];
  }
  const familyList: unknown[] = Array.isArray(families) ? families : [];
  familyList.forEach((family, i) => out.push(...oneOf(`spec.ipFamilies[${i}]`, family, FAMILIES)));
  if (familyList.length > 2) out.push(violation('spec.ipFamilies', `lists ${familyList.length} families; at most two are allowed.`, 'Keep IPv4, IPv6 or both.'));
  if (new Set(familyList).size !== familyList.length) out.push(violation('spec.ipFamilies', `${show(familyList)} lists a family twice.`, 'List each family once.'));

  // clusterIPs against ipFamilies (malformed addresses and "None" are K8S-SVC-022's). A clusterIP alone is clusterIPs[0].
  const clusterIPs: unknown[] = Array.isArray(defaults.clusterIPs) ? defaults.clusterIPs : [];
  const ipPath = (i: number) => (defaults.clusterIPsFromClusterIP ? 'spec.clusterIP' : `spec.clusterIPs[${i}]`);
  const ipFamilyAt = clusterIPs.map((ip) => (typeof ip === 'string' ? lenientIpFamilyOf(ip) : undefined));
  ipFamilyAt.forEach((family, i) => {
    const wanted = familyList[i];
    if (family === undefined || typeof wanted !== 'string' || !FAMILIES.includes(wanted) || wanted === family) return;
    const field = defaults.clusterIPsFromClusterIP ? 'clusterIP' : `clusterIPs[${i}]`;
    out.push(violation(ipPath(i), `${show(clusterIPs[i])} is an ${family} address, but ipFamilies[${i}] is ${show(wanted)}: the API server requires each cluster IP to be of the family at the same index of ipFamilies ("expected an ${wanted} value as indicated by \`ipFamilies[${i}]\`").`,
      `Use an ${wanted} address at ${field}, or put ${family} at ipFamilies[${i}].`));
  });
  if (clusterIPs.length === 2 && ipFamilyAt[0] !== undefined && ipFamilyAt[0] === ipFamilyAt[1]) {
    out.push(violation('spec.clusterIPs', `${show(clusterIPs)} are both ${ipFamilyAt[0]} addresses; a Service has at most one cluster IP of each family.`, 'Keep one IPv4 and one IPv6 address, or a single address.'));
  }

  if (defaults.ipFamilyPolicy === 'SingleStack') {
    const allocation = 'validation lets it through, but the create is refused when the cluster IPs are allocated';
    const policy = defaults.ipFamilyPolicyDefaulted ? 'is not set, so a create defaults it to SingleStack,' : 'is SingleStack';
    const fix = defaults.ipFamilyPolicyDefaulted ? 'Set ipFamilyPolicy: PreferDualStack (or RequireDualStack)' : 'Use PreferDualStack or RequireDualStack';
    if (familyList.length === 2) {
      out.push(violation('spec.ipFamilyPolicy', `${policy} but ipFamilies lists ${show(familyList)}; ${allocation} ("must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified").`, `${fix} for two families, or keep one family.`));
    } else if (clusterIPs.length === 2) {
      out.push(violation('spec.ipFamilyPolicy', `${policy} but clusterIPs lists ${show(clusterIPs)}; ${allocation} ("must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified").`, `${fix} for two cluster IPs, or keep one.`));
    }
  }

  out.push(...clusterFamilyViolations(spec, familyList, clusterIPs, ipFamilyAt, cluster, ipPath));
  return out;
});

/** What the cluster's Service IP families refuse: RequireDualStack on one family, a family it does not have. */
function clusterFamilyViolations(
  spec: JsonObject, familyList: unknown[], clusterIPs: unknown[], ipFamilyAt: Array<string | undefined>, cluster: Cluster,
  ipPath: (i: number) => string,
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
    out.push(...onClusters(lacks(family), `clusters without ${family} Services`, violation(ipPath(i),
      `${show(clusterIPs[i])} is an ${family} address, which a cluster without ${family} Services refuses${has}: "${family} is not configured on this cluster".`,
      'Omit clusterIPs to let the cluster allocate addresses of the families it has, or use an address of its service CIDR.')));
  });
  return out;
}

export const sessionAffinity = defineRule({
  id: 'K8S-SVC-021',
  severity: Severity.ERROR,
  title: 'sessionAffinity is None or ClientIP, with a timeout of 1 to 86400 seconds',
  description: 'The API server accepts sessionAffinity None or ClientIP ("" or absent is defaulted to None first); with ClientIP, sessionAffinityConfig.clientIP.timeoutSeconds must be 1-86400 (absent: 10800). '
    + 'Without ClientIP the defaulting drops sessionAffinityConfig before validation, whatever it holds: it is accepted and has no effect (K8S-SVC-030 warns).',
  fix: 'Use ClientIP with a timeout from 1 second to 1 day, or None without sessionAffinityConfig.',
  docs: SERVICE_DOCS + '#session-stickiness',
  follows: 'ValidateService and validateClientIPAffinityConfig (pkg/apis/core/validation/validation.go) after SetDefaults_Service (pkg/apis/core/v1/defaults.go)',
}, (m) => {
  const defaults = defaultedService(m);
  const out = oneOf('spec.sessionAffinity', defaults.sessionAffinity, ['None', 'ClientIP']);
  const config = defaults.sessionAffinityConfig;
  if (config === undefined || config === null || defaults.sessionAffinity !== 'ClientIP') return out;
  const raw = isObject(config) && isObject(config.clientIP) ? config.clientIP.timeoutSeconds : undefined;
  if (raw !== undefined && !(isInteger(raw) && raw >= 1 && raw <= MAX_CLIENT_IP_AFFINITY_SECONDS)) {
    out.push(violation('spec.sessionAffinityConfig.clientIP.timeoutSeconds', `${show(raw)} is not an integer from 1 to ${MAX_CLIENT_IP_AFFINITY_SECONDS}.`, 'Use a timeout from 1 second to 1 day (the default is 10800, 3 hours).'));
  }
  return out;
});

export const droppedSessionAffinityConfig = defineRule({
  id: 'K8S-SVC-030',
  severity: Severity.WARNING,
  title: 'sessionAffinityConfig is set only with sessionAffinity ClientIP',
  description: 'When sessionAffinity is None, "" or absent, the API server\'s defaulting drops spec.sessionAffinityConfig before it validates the Service: the create succeeds, the stored Service has no sessionAffinityConfig, and the timeout written has no effect.',
  fix: 'Set sessionAffinity: ClientIP for the timeout to apply, or remove sessionAffinityConfig.',
  docs: SERVICE_DOCS + '#session-stickiness',
  follows: 'SetDefaults_Service (pkg/apis/core/v1/defaults.go)',
}, (m) => {
  const defaults = defaultedService(m);
  if (!defaults.sessionAffinityConfigDropped) return [];
  const affinity = specOf(m).sessionAffinity;
  return [violation('spec.sessionAffinityConfig', `is dropped by the API server: sessionAffinity is ${affinity === undefined ? 'not set' : show(affinity)}, which is None, and only ClientIP keeps sessionAffinityConfig; the Service is stored without it.`,
    'Set sessionAffinity: ClientIP if you want client-IP stickiness with this timeout, or remove sessionAffinityConfig.')];
});

/** The violations of a list of addresses the API server parses leniently (clusterIPs, externalIPs). */
function ipListViolations(path: string, values: unknown): RuleViolation[] {
  if (values === undefined) return [];
  if (!Array.isArray(values)) return [violation(path, `must be a list of IP addresses, got ${show(values)}.`, 'Write it as a list.')];
  const out: RuleViolation[] = [];
  values.forEach((value, i) => {
    if (typeof value !== 'string' || !lenientIpFamilyOf(value)) {
      out.push(violation(`${path}[${i}]`, `${show(value)} is not an IP address.`, 'Use an IPv4 or IPv6 address.'));
      return;
    }
    const special = path === 'spec.externalIPs' ? specialIpReason(value) : undefined;
    if (special !== undefined) {
      out.push(violation(`${path}[${i}]`, `${show(value)} is ${special}, which the API server refuses as an external IP.`, 'Use a routable address (multicast outside the link-local ranges is accepted).'));
    }
  });
  return out;
}

export const clusterIps = defineRule({
  id: 'K8S-SVC-022',
  severity: Severity.ERROR,
  title: 'clusterIP, clusterIPs and externalIPs are valid for a LoadBalancer Service',
  description: 'A LoadBalancer Service cannot be headless (clusterIP None); clusterIP, clusterIPs and externalIPs must be IP addresses, clusterIPs[0] must equal clusterIP, and clusterIPs must be empty when clusterIP is not set (a create fills clusterIPs from clusterIP, never the other way). '
    + 'External IPs cannot be unspecified, loopback, link-local or link-local multicast (224.0.0.0/24, ff02::/16); other multicast addresses are accepted. '
    + 'Addresses are parsed leniently: an IPv4 address with leading zeros (010.1.2.3) is accepted, with a warning (K8S-SVC-029), in every version judged; only the StrictIPCIDRValidation feature gate (alpha since Kubernetes 1.33, off by default) refuses it.',
  fix: 'Omit clusterIP to let Kubernetes allocate one, and never use None on a LoadBalancer Service.',
  docs: SERVICE_DOCS + '#choosing-your-own-ip-address',
  follows: 'ValidateServiceClusterIPsRelatedFields and ValidateNonSpecialIP (pkg/apis/core/validation/validation.go), after normalizeClusterIPs (pkg/registry/core/service/strategy.go)',
}, (m) => {
  const spec = specOf(m);
  const out: RuleViolation[] = [];
  const clusterIP = spec.clusterIP;
  if (clusterIP === 'None') {
    out.push(violation('spec.clusterIP', 'is "None" (headless), which a LoadBalancer Service cannot be.', 'Remove clusterIP, or use a ClusterIP Service for a headless service.'));
  } else if (clusterIP !== undefined && clusterIP !== '' && !(typeof clusterIP === 'string' && lenientIpFamilyOf(clusterIP))) {
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
      if ((clusterIP === undefined || clusterIP === '') && clusterIPs.length > 0 && !out.some((v) => v.path.startsWith('spec.clusterIPs['))) {
        out.push(violation('spec.clusterIPs', `${show(clusterIPs)} is set but clusterIP is not: the API server refuses it ("must be empty when \`clusterIP\` is not specified"); a create fills clusterIPs from clusterIP, not clusterIP from clusterIPs.`,
          `Set clusterIP to ${show(clusterIPs[0])} as well, or set only clusterIP.`));
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
  follows: 'ValidateService: ValidateLabels of spec.selector (pkg/apis/core/validation/validation.go); keys are not lower-cased, unlike annotation keys',
}, (m) => checkLabelMap('spec.selector', specOf(m).selector));

export const selectorPresent = defineRule({
  id: 'K8S-SVC-024',
  severity: Severity.WARNING,
  title: 'the Service selects pods',
  description: 'A Service without a selector gets no endpoints from Kubernetes: the load balancer is created but sends traffic nowhere unless something else manages its EndpointSlices.',
  fix: 'Set a selector (a workload, or selector labels); acknowledge this warning if you manage the endpoints yourself.',
  docs: SERVICE_DOCS + '#services-without-selectors',
  follows: 'no API server check (the API server accepts a Service without a selector): the EndpointSlice controller (pkg/controller/endpointslice/endpointslice_controller.go) makes no endpoints for it',
}, (m) => {
  const selector = specOf(m).selector;
  const empty = selector === undefined || selector === null || (isObject(selector) && Object.keys(selector).length === 0);
  return empty ? [violation('spec.selector', 'the Service selects no pods, so it has no endpoints unless you manage them.', 'Select the pods of a workload, e.g. selector: { app: web }.')] : [];
});

/*
 * K8S-SVC-025 (loadBalancerIP is an IP address) is retired: the API server does not validate spec.loadBalancerIP at all
 * (it only warns about leading zeros, K8S-SVC-029). The cloud controllers judge it: AZ-LB-013 (cloud-provider-azure),
 * AWS-LB-009 (the AWS controllers). The id is not reused (RETIRED_RULE_IDS).
 */

export const booleanFields = defineRule({
  id: 'K8S-SVC-026',
  severity: Severity.ERROR,
  title: 'boolean spec fields are booleans',
  description: 'allocateLoadBalancerNodePorts and publishNotReadyAddresses are booleans; a quoted "true" is refused by the API server.',
  fix: 'Write true or false without quotes.',
  docs: SERVICE_DOCS,
  follows: 'the JSON decoding of ServiceSpec (k8s.io/api/core/v1/types.go: allocateLoadBalancerNodePorts *bool, publishNotReadyAddresses bool): a quoted value is refused before validation',
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
  follows: 'ValidateService: spec.trafficDistribution (pkg/apis/core/validation/validation.go), the ServiceTrafficDistribution and PreferSameTrafficDistribution feature gates (pkg/features/kube_features.go)',
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

/** The standard form of an address the API server warns about (leading zeros, IPv6 not in RFC 5952 form), and why. */
function nonStandardIp(value: string): { standard: string; why: string } | undefined {
  const v4 = leadingZeroIPv4(value);
  if (v4 !== undefined) return { standard: v4, why: 'an IPv4 address with leading zeros, which some parsers read as octal' };
  const v6 = nonCanonicalIPv6(value);
  return v6 === undefined ? undefined : { standard: v6, why: 'an IPv6 address not in RFC 5952 canonical form, which may cause controller apply-loops' };
}

function nonStandardCidr(value: string): { standard: string; why: string } | undefined {
  const v4 = leadingZeroCidr(value);
  if (v4 !== undefined && v4.includes('.')) return { standard: v4, why: 'a CIDR with leading zeros, which some parsers read as octal' };
  const slash = value.indexOf('/');
  const v6 = slash < 0 ? undefined : nonCanonicalIPv6(value.slice(0, slash));
  if (v6 !== undefined && /^\d+$/.test(value.slice(slash + 1))) {
    return { standard: `${v6}/${Number(value.slice(slash + 1))}`, why: 'an IPv6 prefix not in RFC 5952 canonical form, which may cause controller apply-loops' };
  }
  return v4 === undefined ? undefined : { standard: v4, why: 'a CIDR with leading zeros in its prefix length' };
}

export const nonStandardAddresses = defineRule({
  id: 'K8S-SVC-029',
  severity: Severity.WARNING,
  title: 'IP addresses and CIDRs are written in their standard form',
  description: 'The API server parses the Service\'s addresses leniently (ParseIPSloppy, ParseCIDRSloppy) and accepts an IPv4 address or CIDR with leading zeros (010.1.2.3, 10.0.0.0/08) with a warning ("will be considered invalid in a future Kubernetes release"), and warns about an IPv6 address not in RFC 5952 form; '
    + 'it does so for clusterIPs, externalIPs, loadBalancerIP and loadBalancerSourceRanges. With the StrictIPCIDRValidation feature gate (alpha since Kubernetes 1.33, off by default) the leading zeros are refused. Leading zeros are ambiguous (010 is 8 to an octal parser) and other tools read them differently.',
  fix: 'Write the address in its standard form, e.g. 10.1.2.3 for 010.1.2.3.',
  docs: 'https://github.com/kubernetes/kubernetes/issues/108074',
  follows: 'GetWarningsForService (pkg/api/service/warnings.go)',
}, (m) => {
  const spec = specOf(m);
  const defaults = defaultedService(m);
  const out: RuleViolation[] = [];
  const report = (path: string, value: string, found: { standard: string; why: string } | undefined) => {
    if (found !== undefined) {
      out.push(violation(path, `${show(value)} is ${found.why}; the API server accepts it with a warning ("will be considered invalid in a future Kubernetes release: use ${show(found.standard)}").`, `Write ${show(found.standard)}.`));
    }
  };
  const list = (values: unknown, path: (i: number) => string, judge: (value: string) => { standard: string; why: string } | undefined) => {
    if (!Array.isArray(values)) return;
    values.forEach((value, i) => { if (typeof value === 'string') report(path(i), value, judge(value.trim() === value ? value : value.trim())); });
  };
  list(defaults.clusterIPs, (i) => (defaults.clusterIPsFromClusterIP ? 'spec.clusterIP' : `spec.clusterIPs[${i}]`), nonStandardIp);
  list(spec.externalIPs, (i) => `spec.externalIPs[${i}]`, nonStandardIp);
  if (typeof spec.loadBalancerIP === 'string' && spec.loadBalancerIP !== '') report('spec.loadBalancerIP', spec.loadBalancerIP, nonStandardIp(spec.loadBalancerIP));
  list(spec.loadBalancerSourceRanges, (i) => `spec.loadBalancerSourceRanges[${i}]`, nonStandardCidr);
  return out;
});

export const SPEC_RULES = [
  externalTrafficPolicy, internalTrafficPolicy, loadBalancerSourceRanges, loadBalancerClass, ipFamilies,
  sessionAffinity, clusterIps, selectorLabels, selectorPresent, booleanFields, trafficDistribution, nonStandardAddresses,
  droppedSessionAffinityConfig,
];
