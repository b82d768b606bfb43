import { awsRule } from './define';
import { AwsKeys } from '../../aws/model/keys';
import { lbcList, lbcScheme } from '../../aws/model/lbc';
import { LBC } from '../../aws/model/ownership';
import { violation } from '../define';
import { annotationPath, annotationsOf, arrayAt, show, specOf } from '../manifest';
import { cidrFamilyOf, isIPv4, isIPv6 } from '../net';
import { RuleViolation, Severity } from '../rule';

const BUILD_LB = 'https://github.com/kubernetes-sigs/aws-load-balancer-controller/blob/main/pkg/service/model_build_load_balancer.go';

interface AddressList {
  readonly key: string;
  readonly what: string;
  /** The condition the list needs, and how to check it. */
  readonly needs: string;
  readonly holds: (m: unknown) => boolean;
  readonly fix: string;
  readonly valid?: (value: string) => boolean;
}

const ADDRESS_LISTS: AddressList[] = [
  {
    key: AwsKeys.EIP_ALLOCATIONS,
    what: 'EIP allocations',
    needs: 'an internet-facing load balancer',
    holds: (m) => lbcScheme(m) === 'internet-facing',
    fix: 'Set aws-load-balancer-scheme: internet-facing, or remove the EIP allocations.',
  },
  {
    key: AwsKeys.PRIVATE_IPV4,
    what: 'private IPv4 addresses',
    needs: 'an internal load balancer',
    holds: (m) => lbcScheme(m) === 'internal',
    fix: 'Set aws-load-balancer-scheme: internal, or remove the private addresses.',
    valid: isIPv4,
  },
  {
    key: AwsKeys.IPV6,
    what: 'IPv6 addresses',
    needs: 'ip-address-type dualstack',
    holds: (m) => annotationsOf(m)[AwsKeys.IP_ADDRESS_TYPE] === 'dualstack',
    fix: 'Set aws-load-balancer-ip-address-type: dualstack, or remove the IPv6 addresses.',
    valid: isIPv6,
  },
];

export const addressPreconditions = awsRule({
  id: 'AWS-NLB-004',
  severity: Severity.ERROR,
  title: 'EIPs only internet-facing, private IPv4 only internal, IPv6 addresses only dualstack, each a valid address',
  description: 'The controller refuses "EIP allocations can only be set for internet facing load balancers", "private IPv4 addresses can only be set for internal load balancers", "IPv6 addresses can only be set for dualstack load balancers", and addresses that are not of their family.',
  fix: 'Match the addresses to the scheme and IP address type, or remove them.',
  docs: BUILD_LB,
}, LBC, (m) => {
  const a = annotationsOf(m);
  const out: RuleViolation[] = [];
  for (const list of ADDRESS_LISTS) {
    const value = a[list.key];
    if (value === undefined) continue;
    const path = annotationPath(list.key);
    if (!list.holds(m)) out.push(violation(path, `${list.what} ${show(value)} need ${list.needs}: the reconcile fails.`, list.fix));
    for (const entry of lbcList(value).filter((e) => list.valid && !list.valid(e))) {
      out.push(violation(path, `${show(entry)} is not a valid ${list.key === AwsKeys.IPV6 ? 'IPv6' : 'IPv4'} address: the reconcile fails.`, `Write ${list.what} comma-separated, one per subnet.`));
    }
  }
  if (a[AwsKeys.SNAT_IPV6_PREFIXES] !== undefined) {
    const path = annotationPath(AwsKeys.SNAT_IPV6_PREFIXES);
    if (a[AwsKeys.PREFIX_FOR_IPV6_SNAT] !== 'on') {
      out.push(violation(path, `${show(a[AwsKeys.SNAT_IPV6_PREFIXES])} applies only when enable-prefix-for-ipv6-source-nat is "on": the reconcile fails.`, 'Set aws-load-balancer-enable-prefix-for-ipv6-source-nat: "on", or remove the prefixes.'));
    }
    for (const entry of lbcList(a[AwsKeys.SNAT_IPV6_PREFIXES])) {
      if (entry === 'auto_assigned') continue;
      if (cidrFamilyOf(entry) !== 'IPv6' || !entry.endsWith('/80')) {
        out.push(violation(path, `${show(entry)} is neither "auto_assigned" nor an IPv6 /80 prefix: the reconcile fails ("Prefix length must be 80").`, 'Use auto_assigned or an IPv6 /80 inside each subnet.'));
      }
    }
  }
  for (const key of [AwsKeys.PREFIX_FOR_IPV6_SNAT, AwsKeys.SNAT_IPV6_PREFIXES]) {
    if (a[key] !== undefined && a[key] !== 'off' && a[AwsKeys.IP_ADDRESS_TYPE] !== 'dualstack') {
      out.push(violation(annotationPath(key), `${show(a[key])} applies only to dualstack NLBs: the reconcile fails.`, 'Set aws-load-balancer-ip-address-type: dualstack, or remove the key.'));
    }
  }
  return out;
});

const PER_SUBNET_KEYS = [AwsKeys.EIP_ALLOCATIONS, AwsKeys.PRIVATE_IPV4, AwsKeys.IPV6, AwsKeys.SNAT_IPV6_PREFIXES];

export const addressCounts = awsRule({
  id: 'AWS-NLB-005',
  severity: Severity.ERROR,
  title: 'per-subnet address lists have one entry per subnet listed in aws-load-balancer-subnets',
  description: 'EIP allocations, private IPv4 and IPv6 addresses and source-NAT prefixes are mapped to subnets: the controller refuses counts that differ from the number of subnets. Without an explicit subnet list the count depends on discovery and may change.',
  fix: 'List the subnets in aws-load-balancer-subnets and give exactly one address per subnet, in the same order.',
  docs: BUILD_LB,
}, LBC, (m) => {
  const a = annotationsOf(m);
  const out: RuleViolation[] = [];
  for (const key of PER_SUBNET_KEYS) {
    const value = a[key];
    if (value === undefined) continue;
    const subnets = a[AwsKeys.SUBNETS] === undefined ? undefined : lbcList(a[AwsKeys.SUBNETS]);
    const count = lbcList(value).length;
    const path = annotationPath(key);
    if (subnets === undefined) {
      out.push(violation(path, `${show(value)} is set without aws-load-balancer-subnets: its ${count} entries must match the subnets, which subnet discovery chooses.`, 'List the subnets explicitly, one per entry.'));
    } else if (count !== subnets.length) {
      out.push(violation(path, `${show(value)} has ${count} entries for ${subnets.length} subnets: the reconcile fails ("count ... and subnets ... must match").`, `Give exactly ${subnets.length} entries, one per subnet.`));
    }
  }
  return out;
});

export const ipv6NeedsDualstack = awsRule({
  id: 'AWS-NLB-006',
  severity: Severity.ERROR,
  title: 'IPv6 source ranges and IPv6 families need ip-address-type dualstack',
  description: 'The controller refuses an IPv6 CIDR in loadBalancerSourceRanges ("unsupported v6 cidr when lb is not dualstack") and IPv6 in spec.ipFamilies ("unsupported IPv6 configuration, lb not dual-stack") on an ipv4 NLB.',
  fix: 'Set aws-load-balancer-ip-address-type: dualstack, or drop the IPv6 entries.',
  docs: 'https://github.com/kubernetes-sigs/aws-load-balancer-controller/blob/main/pkg/service/model_build_managed_sg.go',
}, LBC, (m) => {
  if (annotationsOf(m)[AwsKeys.IP_ADDRESS_TYPE] === 'dualstack') return [];
  const spec = specOf(m);
  const out: RuleViolation[] = [];
  arrayAt(spec, 'loadBalancerSourceRanges').forEach((range, i) => {
    if (typeof range === 'string' && cidrFamilyOf(range.trim()) === 'IPv6') {
      out.push(violation(`spec.loadBalancerSourceRanges[${i}]`, `${show(range)} is IPv6 but the NLB is not dualstack: the reconcile fails.`, 'Set aws-load-balancer-ip-address-type: dualstack, or remove the IPv6 range.'));
    }
  });
  arrayAt(spec, 'ipFamilies').forEach((family, i) => {
    if (family === 'IPv6') out.push(violation(`spec.ipFamilies[${i}]`, '"IPv6" on an NLB that is not dualstack: the reconcile fails ("lb not dual-stack").', 'Set aws-load-balancer-ip-address-type: dualstack, or use IPv4 only.'));
  });
  return out;
});

export const NLB_ADDRESSING_RULES = [addressPreconditions, addressCounts, ipv6NeedsDualstack];
