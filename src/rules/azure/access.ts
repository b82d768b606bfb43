import * as ipaddr from 'ipaddr.js';
import { CPA_ACCESS_SOURCE, CPA_DOCS, defineAzureServiceRule } from './define';
import { presentKeys } from './facts';
import { isInternal, isTrueLenient, misplacedAzureKeys } from '../../azure/model/cloud-provider-azure';
import { CPA_KEY_RELEASES } from '../../azure/model/key-releases';
import { AZURE_PREFIX, AzureKeys, KNOWN_AZURE_SERVICE_KEYS } from '../../azure/model/keys';
import { onClusters, violation } from '../define';
import { annotationPath, arrayAt, show, specOf } from '../manifest';
import { cidrFamilyOf } from '../net';
import { RuleViolation, Severity } from '../rule';

function sourceRanges(manifest: unknown): unknown[] {
  return arrayAt(specOf(manifest), 'loadBalancerSourceRanges');
}

/** Why a CIDR is refused by iputil.ParsePrefix, or undefined when it is a properly masked prefix. */
function cidrError(item: string): string | undefined {
  if (item === '') return 'is empty';
  if (!cidrFamilyOf(item)) return 'is not a CIDR';
  const [address, prefix] = ipaddr.parseCIDR(item);
  const network = (address.kind() === 'ipv4' ? ipaddr.IPv4 : ipaddr.IPv6).networkAddressFromCIDR(item);
  return network.toString() === address.toString() ? undefined : `is not properly masked (the network is ${network.toString()}/${prefix})`;
}

export const allowedRangesWithSourceRanges = defineAzureServiceRule({
  id: 'AZ-LB-024',
  severity: Severity.ERROR,
  title: 'azure-allowed-ip-ranges is not combined with spec.loadBalancerSourceRanges',
  description: 'cloud-provider-azure refuses the Service when both are non-empty ("cannot set both spec.LoadBalancerSourceRanges and service annotation '
    + 'service.beta.kubernetes.io/azure-allowed-ip-ranges").',
  fix: 'Keep one of them (spec.loadBalancerSourceRanges is the portable one).',
  docs: CPA_ACCESS_SOURCE,
}, (m, annotations) => {
  const value = annotations[AzureKeys.ALLOWED_IP_RANGES];
  if (value === undefined || value.trim() === '' || sourceRanges(m).length === 0) return [];
  return [violation(annotationPath(AzureKeys.ALLOWED_IP_RANGES), `${show(value)} is set together with spec.loadBalancerSourceRanges ${show(sourceRanges(m))}: cloud-provider-azure refuses the Service.`,
    'Move the ranges into spec.loadBalancerSourceRanges and remove the annotation (or the other way round).')];
});

/** The annotations that list source CIDRs. */
const RANGE_KEYS = [AzureKeys.ALLOWED_IP_RANGES, AzureKeys.LB_SOURCE_RANGES];

export const allowedRangesFormat = defineAzureServiceRule({
  id: 'AZ-LB-025',
  severity: Severity.ERROR,
  title: 'source ranges are properly masked CIDRs, and azure-allowed-ip-ranges has no empty item',
  description: 'cloud-provider-azure parses every range of azure-allowed-ip-ranges, service.beta.kubernetes.io/load-balancer-source-ranges and '
    + 'spec.loadBalancerSourceRanges with iputil.ParsePrefix, which refuses host bits (10.0.0.1/8 is not 10.0.0.0/8: "should be properly masked"). '
    + 'The API server accepts such a spec.loadBalancerSourceRanges item; cloud-provider-azure drops it, emits InvalidSourceRanges and adds a deny-all '
    + 'rule (DenyAllExceptSourceRanges): the clients of that range are blocked. In the annotations an item that is no CIDR, an empty one (a trailing '
    + 'comma, an empty value) included, is dropped the same way.',
  fix: 'Write masked CIDRs, e.g. "10.0.0.0/8,192.168.0.0/16" in the annotations, or 10.0.0.0/8 in spec.loadBalancerSourceRanges.',
  docs: 'https://github.com/kubernetes-sigs/cloud-provider-azure/blob/master/pkg/provider/loadbalancer/configuration.go',
}, (m, annotations) => {
  const out = presentKeys(annotations, RANGE_KEYS).flatMap((key): RuleViolation[] => {
    const value = annotations[key];
    const bad = value.split(',').map((item) => item.trim()).map((item) => ({ item, error: cidrError(item) })).filter((e) => e.error);
    return bad.map(({ item, error }) => violation(annotationPath(key), `the item ${show(item)} of ${show(value)} ${error}: cloud-provider-azure drops it and denies all traffic.`,
      'Write properly masked CIDRs separated by ",", without an empty item.'));
  });
  // SourceRanges trims each item; an item that is no CIDR at all is the API server's to refuse (K8S-SVC-018).
  sourceRanges(m).forEach((range, index) => {
    if (typeof range !== 'string' || !cidrFamilyOf(range.trim())) return;
    const error = cidrError(range.trim());
    if (error === undefined) return;
    const network = ipaddr.parseCIDR(range.trim());
    const masked = `${(network[0].kind() === 'ipv4' ? ipaddr.IPv4 : ipaddr.IPv6).networkAddressFromCIDR(range.trim()).toString()}/${network[1]}`;
    out.push(violation(`spec.loadBalancerSourceRanges[${index}]`, `${show(range)} ${error}: the API server accepts it, but cloud-provider-azure drops it and adds a deny-all rule, so its clients are blocked.`,
      `Write the network of the range, ${show(masked)}.`));
  });
  return out;
});

export const serviceTagsWithSourceRanges = defineAzureServiceRule({
  id: 'AZ-LB-026',
  severity: Severity.WARNING,
  title: 'azure-allowed-service-tags is not combined with spec.loadBalancerSourceRanges and has no empty item',
  description: 'With spec.loadBalancerSourceRanges, kube-proxy drops traffic from every other source, so the service tags do not work '
    + '(cloud-provider-azure only emits a ConflictConfiguration event). An empty item (a trailing comma) is kept as a tag "".',
  fix: 'Use either service tags or source ranges, and remove empty items.',
  docs: CPA_ACCESS_SOURCE,
}, (m, annotations) => {
  const value = annotations[AzureKeys.ALLOWED_SERVICE_TAGS];
  if (value === undefined) return [];
  const out: RuleViolation[] = [];
  if (sourceRanges(m).length > 0) {
    out.push(violation(annotationPath(AzureKeys.ALLOWED_SERVICE_TAGS), `${show(value)} does not work together with spec.loadBalancerSourceRanges ${show(sourceRanges(m))}: kube-proxy drops the tagged sources.`,
      'Use service tags or source ranges, not both.'));
  }
  if (value.split(',').some((item) => item.trim() === '')) {
    out.push(violation(annotationPath(AzureKeys.ALLOWED_SERVICE_TAGS), `${show(value)} has an empty item.`, 'Remove the empty item (a leading, trailing or doubled comma).'));
  }
  return out;
});

export const denyAllNeedsRanges = defineAzureServiceRule({
  id: 'AZ-LB-027',
  severity: Severity.ERROR,
  title: 'azure-deny-all-except-load-balancer-source-ranges comes with source ranges',
  description: 'The deny-all rule is added only when spec.loadBalancerSourceRanges or azure-allowed-ip-ranges has a range; alone it silently does nothing.',
  fix: 'Add spec.loadBalancerSourceRanges (or azure-allowed-ip-ranges), or remove the annotation.',
  docs: CPA_ACCESS_SOURCE,
}, (m, annotations) => {
  const value = annotations[AzureKeys.DENY_ALL_EXCEPT_SOURCE_RANGES];
  if (!isTrueLenient(value)) return [];
  const hasRanges = sourceRanges(m).length > 0 || (annotations[AzureKeys.ALLOWED_IP_RANGES] ?? '').trim() !== ''
    || (annotations[AzureKeys.LB_SOURCE_RANGES] ?? '').trim() !== '';
  return hasRanges ? [] : [violation(annotationPath(AzureKeys.DENY_ALL_EXCEPT_SOURCE_RANGES), `${show(value)} has no effect: no source range is allowed, so there is nothing to deny all except.`,
    'Add spec.loadBalancerSourceRanges, or remove the annotation.')];
});

const NO_EFFECT_KEYS: ReadonlyMap<string, string> = new Map([
  [AzureKeys.SHARED_SECURITY_RULE, 'has had no effect since cloud-provider-azure v1.29.0 (the constant was removed in 2026)'],
  [AzureKeys.MODE, 'works only with the Basic load balancer SKU; the Standard SKU of AKS ignores it'],
  [`${AZURE_PREFIX}load-balancer-ip-prefix`, 'does not exist; the key is azure-pip-prefix-id'],
  [`${AZURE_PREFIX}load-balancer-health-probe-probe-threshold`, 'does not exist; the threshold is azure-load-balancer-health-probe-num-of-probe'],
]);

/** A Set: the rule asks for every azure-* key of every Service. */
const KNOWN_KEYS = new Set(KNOWN_AZURE_SERVICE_KEYS);

/** Whether an azure-* key is one cloud-provider-azure does not read, or reads to no effect. */
function isIgnoredAzureKey(key: string): boolean {
  return key.startsWith(AZURE_PREFIX) && (!KNOWN_KEYS.has(key) || NO_EFFECT_KEYS.has(key));
}

export const unknownKeys = defineAzureServiceRule({
  id: 'AZ-LB-028',
  severity: Severity.WARNING,
  title: 'azure-* annotation keys are keys cloud-provider-azure reads',
  description: 'A misspelt, removed or legacy key is silently ignored: azure-shared-securityrule has no effect since v1.29.0, azure-load-balancer-mode only applies '
    + 'to the Basic SKU, and keys such as azure-load-balancer-ip-prefix or ...-probe-threshold do not exist. azure-disable-load-balancer-nsg-rule is read from '
    + 'v1.35.6 and v1.36.2 on only.',
  fix: 'Correct the key, or remove it.',
  docs: CPA_DOCS,
  dependsOnCluster: 'azure-disable-load-balancer-nsg-rule is reported as ignored on cloud-provider-azure before v1.35.6 (and v1.36.0 to v1.36.1), for those releases when the profile does not name the release; the other keys on every cluster.',
}, (_m, annotations, _controller, cluster) => {
  const out: RuleViolation[] = [];
  for (const key in annotations) {
    if (key === AzureKeys.DISABLE_NSG_RULE) {
      const has = cluster.runsReleaseIn('cloud-provider-azure', CPA_KEY_RELEASES.get(AzureKeys.DISABLE_NSG_RULE)!);
      out.push(...onClusters(has === undefined ? undefined : !has, 'cloud-provider-azure before v1.35.6 (and v1.36.0 to v1.36.1)',
        violation(annotationPath(key), `${show(annotations[key])} is ignored: this key is read from cloud-provider-azure v1.35.6 and v1.36.2 on; older releases still write the network security group rules.`,
          'Upgrade the cluster, or manage the network security group rules another way (spec.loadBalancerSourceRanges).')));
      continue;
    }
    if (!isIgnoredAzureKey(key)) continue;
    const noEffect = NO_EFFECT_KEYS.get(key);
    out.push(noEffect !== undefined
      ? violation(annotationPath(key), `${show(annotations[key])}: this key ${noEffect}.`, 'Remove it (or use the key named).')
      : violation(annotationPath(key), `the key ${show(key)} (value ${show(annotations[key])}) is not read by cloud-provider-azure, so it is ignored.`,
        'Check the spelling against the cloud-provider-azure annotation list.'));
  }
  return out;
});

/** Whether a list annotation has at least one non-blank item. */
function hasItem(value: string | undefined): boolean {
  return (value ?? '').split(',').some((item) => item.trim() !== '');
}

export const publicWithoutSourceRanges = defineAzureServiceRule({
  id: 'AZ-LB-029',
  severity: Severity.WARNING,
  title: 'a public load balancer restricts its clients with loadBalancerSourceRanges',
  description: 'Unless azure-load-balancer-internal is exactly "true", the frontend is a public IP; without spec.loadBalancerSourceRanges, azure-allowed-ip-ranges '
    + 'or azure-allowed-service-tags, cloud-provider-azure allows the service tag Internet in the network security group: the service is reachable from the whole internet '
    + '(unless azure-disable-load-balancer-nsg-rule leaves the network security group to you).',
  fix: 'Set loadBalancerSourceRanges to the client CIDRs, or make the load balancer internal; acknowledge if it is meant for everyone.',
  docs: CPA_ACCESS_SOURCE,
}, (m, annotations) => {
  if (isInternal(annotations) || sourceRanges(m).length > 0) return [];
  // With the NSG rules disabled, cloud-provider-azure opens nothing: the user's own network security group decides.
  if ((annotations[AzureKeys.DISABLE_NSG_RULE] ?? '').toLowerCase() === 'true') return [];
  if ([AzureKeys.ALLOWED_IP_RANGES, AzureKeys.LB_SOURCE_RANGES, AzureKeys.ALLOWED_SERVICE_TAGS].some((key) => hasItem(annotations[key]))) return [];
  const internal = annotations[AzureKeys.INTERNAL];
  const why = internal === undefined ? `${AzureKeys.INTERNAL} is not set` : `${AzureKeys.INTERNAL} is ${show(internal)}, not "true"`;
  return [violation('spec.loadBalancerSourceRanges', `the load balancer is public (${why}) and has no source ranges, allowed IP ranges or service tags, `
    + 'so it accepts clients from the whole internet (0.0.0.0/0).',
  'Set loadBalancerSourceRanges to the CIDRs of your clients, or make the load balancer internal; acknowledge this warning for a truly public service.')];
});

export const misplacedKeys = defineAzureServiceRule({
  id: 'AZ-LB-033',
  severity: Severity.ERROR,
  title: 'Azure annotation keys are written under service.beta.kubernetes.io/',
  description: 'cloud-provider-azure reads its keys under service.beta.kubernetes.io/ only (pkg/consts). The same key under service.kubernetes.io/ '
    + '(service.kubernetes.io/azure-load-balancer-internal, service.kubernetes.io/port_80_no_probe_rule) is ignored: the load balancer is built as if it were absent, '
    + 'a public one for the internal flag.',
  fix: 'Write the key with the service.beta.kubernetes.io/ prefix.',
  docs: CPA_DOCS,
}, (_m, annotations) => misplacedAzureKeys(annotations).map((key) => {
  const fixed = `service.beta.kubernetes.io/${key.slice('service.kubernetes.io/'.length)}`;
  return violation(annotationPath(key), `the key ${show(key)} (value ${show(annotations[key])}) is ignored: cloud-provider-azure reads ${show(fixed)}.`,
    `Rename the key to ${fixed}.`);
}));

export const ACCESS_RULES = [
  allowedRangesWithSourceRanges, allowedRangesFormat, serviceTagsWithSourceRanges, denyAllNeedsRanges, unknownKeys, publicWithoutSourceRanges,
];
