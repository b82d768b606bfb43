import { awsRule, LBC_DOCS } from './define';
import { AwsKeys } from '../../aws/model/keys';
import { lbcMap } from '../../aws/model/lbc';
import { LBC } from '../../aws/model/ownership';
import { violation } from '../define';
import { parseGoBool } from '../go';
import { annotationPath, annotationsOf, show } from '../manifest';
import { RuleViolation, Severity } from '../rule';

const BUILD_LB = 'https://github.com/kubernetes-sigs/aws-load-balancer-controller/blob/main/pkg/service/model_build_load_balancer.go';

interface ClosedSet {
  readonly key: string;
  readonly values: string[];
  readonly caseInsensitive?: boolean;
  /** What the controller does with another value. */
  readonly effect: string;
}

const CLOSED_SETS: ClosedSet[] = [
  { key: AwsKeys.SCHEME, values: ['internal', 'internet-facing'], effect: 'the reconcile fails ("unknown scheme")' },
  { key: AwsKeys.TARGET_TYPE, values: ['ip', 'instance'], effect: 'the controller silently uses instance targets' },
  { key: AwsKeys.IP_ADDRESS_TYPE, values: ['ipv4', 'dualstack'], effect: 'the reconcile fails ("unknown IPAddressType"; dualstack-without-public-ipv4 exists for ALBs only)' },
  { key: AwsKeys.ALPN, values: ['None', 'HTTP1Only', 'HTTP2Only', 'HTTP2Optional', 'HTTP2Preferred'], effect: 'the reconcile fails ("invalid ALPN policy")' },
  { key: AwsKeys.HC_PROTOCOL, values: ['tcp', 'http', 'https'], caseInsensitive: true, effect: 'the reconcile fails ("unsupported health check protocol")' },
  { key: AwsKeys.BACKEND_PROTOCOL, values: ['ssl', 'tcp'], effect: 'the controller silently uses TCP to the targets (only "ssl" is tested)' },
  { key: AwsKeys.PROXY_PROTOCOL, values: ['*'], effect: 'the reconcile fails ("only value currently supported is *")' },
  { key: AwsKeys.PREFIX_FOR_IPV6_SNAT, values: ['on', 'off'], effect: 'the reconcile fails ("Valid values are [\'on\', \'off\']")' },
  { key: AwsKeys.PRIVATE_LINK_SG_RULES, values: ['on', 'off'], effect: 'the reconcile fails ("value must be one of [on, off]")' },
  { key: AwsKeys.ICMP_PMTU, values: ['on'], effect: 'the controller silently ignores it' },
];

export const closedSets = awsRule({
  id: 'AWS-NLB-001',
  severity: Severity.ERROR,
  title: 'closed-set annotations have one of their exact values',
  description: 'The AWS Load Balancer Controller compares scheme, nlb-target-type, ip-address-type, alpn-policy, backend-protocol, proxy-protocol and the on/off switches with exact strings: another value fails the reconcile or, for nlb-target-type and backend-protocol, silently picks the default.',
  fix: 'Use one of the values listed in the message, spelt exactly.',
  docs: LBC_DOCS,
}, LBC, (m) => {
  const a = annotationsOf(m);
  const out: RuleViolation[] = [];
  for (const set of CLOSED_SETS) {
    const value = a[set.key];
    if (value === undefined) continue;
    const ok = set.caseInsensitive ? set.values.includes(value.toLowerCase()) : set.values.includes(value);
    if (ok) continue;
    const near = set.values.find((v) => v.toLowerCase() === value.trim().toLowerCase());
    out.push(violation(annotationPath(set.key), `${show(value)} is not one of ${set.values.map((v) => JSON.stringify(v)).join(', ')}: ${set.effect}.`,
      near ? `Write ${JSON.stringify(near)}.` : `Use one of ${set.values.join(', ')}.`));
  }
  return out;
});

const NAME = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/;

export const loadBalancerName = awsRule({
  id: 'AWS-NLB-002',
  severity: Severity.ERROR,
  title: 'aws-load-balancer-name has at most 32 letters, digits and hyphens',
  description: 'The controller refuses names over 32 characters; AWS refuses other characters, a leading or trailing hyphen and the prefix "internal-". The name is read only at creation: renaming later has no effect.',
  fix: 'Use at most 32 letters, digits and hyphens, not starting with "internal-" and not ending with "-".',
  docs: BUILD_LB,
}, LBC, (m) => {
  const value = annotationsOf(m)[AwsKeys.NAME];
  if (value === undefined) return [];
  const path = annotationPath(AwsKeys.NAME);
  const out: RuleViolation[] = [];
  if (value.length > 32) out.push(violation(path, `${show(value)} has ${value.length} characters: "load balancer name cannot be longer than 32 characters".`, 'Shorten the name to 32 characters.'));
  if (!NAME.test(value)) out.push(violation(path, `${show(value)} must be letters, digits and "-", not starting or ending with "-"; AWS refuses it.`, 'Use letters, digits and inner hyphens only.'));
  if (value.toLowerCase().startsWith('internal-')) out.push(violation(path, `${show(value)} starts with "internal-", which AWS reserves.`, 'Choose a name that does not start with "internal-".'));
  return out;
});

const ROUTING_POLICIES = ['any_availability_zone', 'partial_availability_zone_affinity', 'availability_zone_affinity'];
const BOOLEAN_LB_ATTRIBUTES = ['deletion_protection.enabled', 'access_logs.s3.enabled', 'load_balancing.cross_zone.enabled', 'ipv6.deny_all_igw_traffic', 'zonal_shift.config.enabled'];

export const loadBalancerAttributes = awsRule({
  id: 'AWS-NLB-003',
  severity: Severity.ERROR,
  title: 'aws-load-balancer-attributes values are valid NLB attributes',
  description: 'The controller checks dns_record.client_routing_policy and deletion_protection.enabled; AWS refuses the other boolean attributes unless "true" or "false", and access logs without a bucket.',
  fix: 'Use true/false for the boolean attributes, one of the three routing policies, and access_logs.s3.bucket with access_logs.s3.enabled=true.',
  docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/network-load-balancers.html#load-balancer-attributes',
}, LBC, (m) => {
  const value = annotationsOf(m)[AwsKeys.LB_ATTRIBUTES];
  if (value === undefined) return [];
  const path = annotationPath(AwsKeys.LB_ATTRIBUTES);
  const attributes = new Map(lbcMap(value).entries);
  const out: RuleViolation[] = [];
  for (const [key, attr] of attributes) {
    if (BOOLEAN_LB_ATTRIBUTES.includes(key) && attr !== 'true' && attr !== 'false') {
      out.push(violation(path, `${key}=${show(attr)}: the value must be "true" or "false".`, `Write ${key}=${parseGoBool(attr) === false ? 'false' : 'true'}.`));
    }
    if (key === 'dns_record.client_routing_policy' && !ROUTING_POLICIES.includes(attr)) {
      out.push(violation(path, `dns_record.client_routing_policy=${show(attr)} is invalid: the reconcile fails.`, `Use one of ${ROUTING_POLICIES.join(', ')}.`));
    }
  }
  const bucket = attributes.get('access_logs.s3.bucket');
  if (attributes.get('access_logs.s3.enabled') === 'true' && !bucket) {
    const what = bucket === undefined ? 'without access_logs.s3.bucket' : `with access_logs.s3.bucket=${show(bucket)} (empty)`;
    out.push(violation(path, `"access_logs.s3.enabled=true" ${what}: AWS refuses to enable access logs without a bucket.`, 'Add access_logs.s3.bucket=<bucket name>.'));
  }
  return out;
});

export const minimumCapacity = awsRule({
  id: 'AWS-NLB-014',
  severity: Severity.ERROR,
  title: 'minimum-load-balancer-capacity is CapacityUnits=<integer>',
  description: 'The controller accepts only the key CapacityUnits with an integer value ("invalid key to set the capacity", "invalid value to set the capacity"). Removing the annotation does not release the reservation: set CapacityUnits=0.',
  fix: 'Write CapacityUnits=<n>, e.g. CapacityUnits=1000; CapacityUnits=0 to release the reservation.',
  docs: LBC_DOCS + '#load-balancer-capacity-reservation',
}, LBC, (m) => {
  const value = annotationsOf(m)[AwsKeys.MIN_CAPACITY];
  if (value === undefined) return [];
  const parsed = lbcMap(value);
  const entries = parsed.entries;
  const ok = parsed.badEntry === undefined && entries.length === 1 && entries[0][0] === 'CapacityUnits' && /^[0-9]+$/.test(entries[0][1]);
  return ok ? [] : [violation(annotationPath(AwsKeys.MIN_CAPACITY), `${show(value)} is not CapacityUnits=<integer>: the reconcile fails.`, 'Write CapacityUnits=<n>, e.g. CapacityUnits=1000.')];
});

export const NLB_VALUE_RULES = [closedSets, loadBalancerName, loadBalancerAttributes];
