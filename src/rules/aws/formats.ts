import { awsRule, LBC_DOCS } from './define';
import { keyName } from './facts';
import { ccmList, ccmMap, ccmRawList } from '../../aws/model/in-tree';
import { AwsKeys } from '../../aws/model/keys';
import { lbcList, lbcMap } from '../../aws/model/lbc';
import { awsAnnotationsOf, KNOWN } from '../../aws/model/ownership';
import { violation } from '../define';
import { parseGoBool, parseGoInteger } from '../go';
import { annotationPath, annotationsOf, show } from '../manifest';
import { RuleViolation, Severity } from '../rule';

const PARSER = 'https://github.com/kubernetes-sigs/aws-load-balancer-controller/blob/main/pkg/annotations/parser.go';

const ACM_ARN = /^arn:aws(-[a-z]+)*:acm:[a-z]{2}(-[a-z]+)+-[0-9]:[0-9]{12}:certificate\/[A-Za-z0-9-]+$/;
const IAM_ARN = /^arn:aws(-[a-z]+)*:iam::[0-9]{12}:server-certificate\/\S+$/;
const SUBNET_ID = /^subnet-([0-9a-f]{8}|[0-9a-f]{17})$/;
const SG_ID = /^sg-([0-9a-f]{8}|[0-9a-f]{17})$/;
const EIP_ID = /^eipalloc-([0-9a-f]{8}|[0-9a-f]{17})$/;
const PREFIX_LIST_ID = /^pl-([0-9a-f]{8}|[0-9a-f]{17})$/;

export function isCertificateArn(value: string): boolean {
  return ACM_ARN.test(value) || IAM_ARN.test(value);
}

export const certificateArns = awsRule({
  id: 'AWS-LB-012',
  severity: Severity.ERROR,
  title: 'aws-load-balancer-ssl-cert holds certificate ARNs (one for the in-tree provider)',
  description: 'Neither controller checks the value: a malformed ARN fails at reconcile time when AWS creates the listener. The in-tree provider takes exactly one ARN; the AWS Load Balancer Controller takes a comma-separated list whose first entry is the default certificate.',
  fix: 'Use the ARN of an ACM certificate (arn:aws:acm:<region>:<account>:certificate/<id>) or an IAM server certificate.',
  docs: LBC_DOCS + '#ssl-cert',
}, KNOWN, (m, _annotations, controller) => {
  const value = annotationsOf(m)[AwsKeys.SSL_CERT];
  if (value === undefined) return [];
  const path = annotationPath(AwsKeys.SSL_CERT);
  if (controller !== 'lbc' && value.includes(',')) {
    return [violation(path, `${show(value)} lists several certificates, but the in-tree provider takes exactly one ARN.`, 'Keep one certificate ARN (use a certificate with several names), or use the AWS Load Balancer Controller.')];
  }
  const arns = controller === 'lbc' ? lbcList(value) : [value];
  if (arns.length === 0 || arns.every((a) => a.trim() === '')) return [violation(path, `${show(value)} is empty: no listener becomes TLS.`, 'Set the certificate ARN, or remove the key.')];
  if (controller !== 'lbc' && value !== value.trim()) {
    // buildListener and the NLB listeners pass the value to AWS as written.
    return [violation(path, `${show(value)} has spaces around the ARN, which the in-tree provider does not trim: AWS refuses the certificate when it creates the listener.`, `Write ${show(value.trim())}.`)];
  }
  return arns.filter((arn) => !isCertificateArn(arn)).map((arn) => violation(path, `${show(arn)} is not an ACM or IAM certificate ARN; AWS refuses it when the listener is created.`,
    'Use e.g. arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-... (copy it from ACM).'));
});

/** Adds a violation to `out` for each entry that is not a well-formed id (or, where names are allowed, looks like one). */
function idViolations(
  out: RuleViolation[], key: string, entries: readonly string[], pattern: RegExp, what: string, namesAllowed: boolean, prefix: string,
): void {
  for (const entry of entries) {
    if (pattern.test(entry)) continue;
    if (namesAllowed && !entry.startsWith(prefix)) continue;
    const hint = namesAllowed ? `; an entry starting with "${prefix}" is read as an id` : '';
    out.push(violation(annotationPath(key), `${show(entry)} is not a valid ${what} id (${prefix} and 8 or 17 hex digits)${hint}.`,
      `Use the ${what} id exactly as AWS shows it, e.g. ${prefix}0123456789abcdef0, with no spaces.`));
  }
}

export const resourceIds = awsRule({
  id: 'AWS-LB-013',
  severity: Severity.ERROR,
  title: 'subnet, security-group, EIP and prefix-list ids are well-formed',
  description: 'Subnets and (on the AWS Load Balancer Controller) security groups may be ids or Name tags; an entry that starts with subnet-/sg- is looked up as an id and fails reconcile when malformed. The in-tree provider takes security groups by id only, and splits EIP allocations on "," without trimming, so a space breaks the id.',
  fix: 'Write ids as AWS shows them (subnet-…, sg-…, eipalloc-…, pl-…), comma-separated without spaces.',
  docs: LBC_DOCS,
}, KNOWN, (m, _annotations, controller) => {
  const a = annotationsOf(m);
  const lbc = controller === 'lbc';
  const out: RuleViolation[] = [];
  if (a[AwsKeys.SUBNETS] !== undefined) idViolations(out, AwsKeys.SUBNETS, lbc ? lbcList(a[AwsKeys.SUBNETS]) : ccmList(a[AwsKeys.SUBNETS]), SUBNET_ID, 'subnet', true, 'subnet-');
  if (a[AwsKeys.SECURITY_GROUPS] !== undefined) {
    idViolations(out, AwsKeys.SECURITY_GROUPS, lbc ? lbcList(a[AwsKeys.SECURITY_GROUPS]) : ccmList(a[AwsKeys.SECURITY_GROUPS]), SG_ID, 'security group', lbc, 'sg-');
  }
  if (a[AwsKeys.EXTRA_SGS] !== undefined) idViolations(out, AwsKeys.EXTRA_SGS, ccmList(a[AwsKeys.EXTRA_SGS]), SG_ID, 'security group', false, 'sg-');
  if (a[AwsKeys.EIP_ALLOCATIONS] !== undefined) {
    idViolations(out, AwsKeys.EIP_ALLOCATIONS, lbc ? lbcList(a[AwsKeys.EIP_ALLOCATIONS]) : ccmRawList(a[AwsKeys.EIP_ALLOCATIONS]), EIP_ID, 'EIP allocation', false, 'eipalloc-');
  }
  if (a[AwsKeys.SG_PREFIX_LISTS] !== undefined) idViolations(out, AwsKeys.SG_PREFIX_LISTS, lbcList(a[AwsKeys.SG_PREFIX_LISTS]), PREFIX_LIST_ID, 'prefix list', false, 'pl-');
  return out;
});

export const keyValueMaps = awsRule({
  id: 'AWS-LB-014',
  severity: Severity.ERROR,
  title: 'k=v map annotations parse, and tags are valid AWS tags',
  description: 'The AWS Load Balancer Controller fails the whole reconcile ("failed to parse stringMap annotation") on an entry without "=" or with an empty key. The in-tree provider cuts a value at a second "=". AWS refuses tag keys over 128 characters, values over 256, and keys starting with "aws:".',
  fix: 'Write key=value pairs separated by commas, e.g. team=web,env=prod.',
  docs: PARSER,
}, KNOWN, (m, _annotations, controller) => {
  const out: RuleViolation[] = [];
  for (const { key, suffix, value, traits } of awsAnnotationsOf(m)) {
    if (!traits.map) continue;
    const path = annotationPath(key);
    const parsed = lbcMap(value);
    if (parsed.badEntry !== undefined && controller === 'lbc') {
      out.push(violation(path, `the entry ${show(parsed.badEntry)} of ${show(value)} is not key=value: the AWS Load Balancer Controller fails the reconcile ("failed to parse stringMap annotation").`, 'Write every entry as key=value (an empty value is allowed: key=).'));
      continue;
    }
    if (controller !== 'lbc' && suffix === 'additional-resource-tags') {
      // As getKeyValuePropertiesFromAnnotation splits it: trimmed entries, a value cut at a second "=".
      for (const entry of value.trim().split(',').map((e) => e.trim())) {
        const parts = entry.split('=');
        if (entry !== '' && parts[0] === '') {
          out.push(violation(path, `the tag ${show(entry)} has no key; the in-tree provider drops it.`, 'Write every tag as key=value, or remove the entry.'));
        } else if (parts.length > 2) {
          out.push(violation(path, `the tag ${show(entry)} has "=" in its value; the in-tree provider cuts the value at the second "=" (${parts[0]}=${show(parts[1])}).`, 'Remove "=" from tag values, and separate tags with commas.'));
        }
      }
    }
    if (suffix === 'additional-resource-tags') {
      for (const [tagKey, tagValue] of controller === 'lbc' ? parsed.entries : ccmMap(value).entries()) {
        if (tagKey.length > 128) out.push(violation(path, `the tag key ${show(tagKey)} has ${tagKey.length} characters; AWS allows 128.`, 'Shorten the tag key.'));
        if (tagValue.length > 256) out.push(violation(path, `the value ${show(tagValue)} of tag ${show(tagKey)} has ${tagValue.length} characters; AWS allows 256.`, 'Shorten the tag value.'));
        if (tagKey.toLowerCase().startsWith('aws:')) out.push(violation(path, `the tag key ${show(tagKey)} starts with "aws:", which AWS reserves for itself.`, 'Use another tag key.'));
      }
    }
  }
  return out;
});

const LBC_BOOLEANS = [
  AwsKeys.INTERNAL, AwsKeys.MANAGE_BACKEND_SG, AwsKeys.DISABLE_NLB_SG, AwsKeys.MULTI_CLUSTER_TG, AwsKeys.ACCESS_LOG_ENABLED,
  AwsKeys.CROSS_ZONE, AwsKeys.TCP_UDP_LISTENER,
];
/** The in-tree provider reads an empty value of these as unset (EnsureLoadBalancer, reconcileLBAttributes: `!= ""`). */
const CCM_BOOLEANS = [AwsKeys.ACCESS_LOG_ENABLED, AwsKeys.DRAINING_ENABLED, AwsKeys.CROSS_ZONE];

export const booleans = awsRule({
  id: 'AWS-LB-015',
  severity: Severity.ERROR,
  title: 'boolean annotations are Go booleans',
  description: 'Both controllers read these keys with Go\'s strconv.ParseBool (true/false, 1/0, t/f, TRUE/FALSE, True/False); anything else ("yes", "on", "enabled") fails the reconcile, or, for enable-tcp-udp-listener, is silently replaced by the controller default. The in-tree provider reads an empty value as unset.',
  fix: 'Write "true" or "false".',
  docs: PARSER,
}, KNOWN, (m, _annotations, controller) => {
  const a = annotationsOf(m);
  const out: RuleViolation[] = [];
  for (const key of controller === 'lbc' ? LBC_BOOLEANS : CCM_BOOLEANS) {
    if (a[key] === undefined || parseGoBool(a[key]) !== undefined || (controller !== 'lbc' && a[key] === '')) continue;
    out.push(violation(annotationPath(key), `${show(a[key])} is not a boolean for ${keyName(key)}: the reconcile fails ("failed to parse bool annotation").`, 'Write "true" or "false".'));
  }
  return out;
});

const LBC_INTEGERS = [AwsKeys.HC_INTERVAL, AwsKeys.HC_TIMEOUT, AwsKeys.HC_HEALTHY, AwsKeys.HC_UNHEALTHY];
const CCM_INTEGERS = [
  AwsKeys.HC_INTERVAL, AwsKeys.HC_TIMEOUT, AwsKeys.HC_HEALTHY, AwsKeys.HC_UNHEALTHY, AwsKeys.ACCESS_LOG_INTERVAL, AwsKeys.DRAINING_TIMEOUT,
  AwsKeys.IDLE_TIMEOUT,
];

/**
 * The classic ELB's attribute integers, which EnsureLoadBalancer reads only when not empty; the health-check integers
 * are parsed whenever the key is there, so an empty one fails.
 */
const CCM_UNSET_WHEN_EMPTY = [AwsKeys.ACCESS_LOG_INTERVAL, AwsKeys.DRAINING_TIMEOUT, AwsKeys.IDLE_TIMEOUT];

export const integers = awsRule({
  id: 'AWS-LB-016',
  severity: Severity.ERROR,
  title: 'integer annotations are plain integers',
  description: 'Health-check intervals, timeouts and thresholds, and the classic ELB\'s draining, idle and emit-interval values are parsed with strconv.ParseInt: "10s", "1.5" or "ten" fail the reconcile. The in-tree provider reads an empty draining, idle or emit-interval value as unset, not an empty health-check value.',
  fix: 'Write a whole number without a unit, e.g. "10" (seconds).',
  docs: PARSER,
}, KNOWN, (m, _annotations, controller) => {
  const a = annotationsOf(m);
  const out: RuleViolation[] = [];
  for (const key of controller === 'lbc' ? LBC_INTEGERS : CCM_INTEGERS) {
    if (a[key] === undefined || parseGoInteger(a[key], { bits: controller === 'lbc' ? 32 : 64 }) !== undefined) continue;
    if (controller !== 'lbc' && a[key] === '' && CCM_UNSET_WHEN_EMPTY.includes(key)) continue;
    out.push(violation(annotationPath(key), `${show(a[key])} is not an integer for ${keyName(key)}: the reconcile fails with a parse error.`, 'Write a whole number without a unit, e.g. "10".'));
  }
  return out;
});

export const FORMAT_RULES = [certificateArns, resourceIds, keyValueMaps, booleans, integers];
