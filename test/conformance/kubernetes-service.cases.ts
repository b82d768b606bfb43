import { ConformanceCase, service } from './case';
import { ClusterProfile, IpFamily } from '../../src';

/**
 * The Kubernetes API server's own tests of what a Service create does before and after validation (#14): the
 * defaulting (pkg/apis/core/v1/defaults_test.go), the IP family initialisation of a create
 * (pkg/registry/core/service/storage/storage_test.go) and the warnings for addresses in non-standard forms
 * (pkg/api/service/warnings_test.go). Each object is the test's object completed into a LoadBalancer Service that is
 * valid otherwise (kubernetes.cases.ts has the validation tests).
 *
 * Verdicts:
 * - TestCreateInitIPFields asserts `expectError` (rejected) or the policy and families the create sets (accepted), on a
 *   cluster of the families its section names; each case is judged for a profile with those ipFamilies. Its headless
 *   cases are left out (a LoadBalancer Service cannot be headless). The cases are those of the newest version of the
 *   test read (ipFamilyPolicy left out is SingleStack on a create, as in initIPFamilyFields of 1.26 and later; an older
 *   version of the test inferred RequireDualStack for two families); the singlestack:v6 cases and the two-address
 *   singlestack:v4 cases were read in an older version, where their verdicts do not depend on that change. Cases whose
 *   verdict was not read are left out ('-' below).
 * - The defaulting tests assert the defaults SetDefaults_Service sets; the defaulted object is valid, so a create of
 *   the object the test starts from is accepted (the API server validates the defaulted object).
 * - The warning tests assert warnings, not errors: the addresses are accepted (ParseIPSloppy, ParseCIDRSloppy), with a
 *   warning (K8S-SVC-029). The dual-stack objects get ipFamilyPolicy PreferDualStack and a dual-stack profile, without
 *   which a create would refuse two cluster IPs (SingleStack).
 */

const STORAGE = 'kubernetes/kubernetes pkg/registry/core/service/storage/storage_test.go TestCreateInitIPFields';
const DEFAULTS = 'kubernetes/kubernetes pkg/apis/core/v1/defaults_test.go';
const WARNINGS = 'kubernetes/kubernetes pkg/api/service/warnings_test.go';

const V4 = IpFamily.IPV4;
const V6 = IpFamily.IPV6;
const ADDRESSES: Record<string, string[]> = { unset: [], v4: ['10.0.0.1'], v6: ['2000::1'], v4v6: ['10.0.0.1', '2000::1'], v6v4: ['2000::1', '10.0.0.1'] };
const FAMILIES: Record<string, string[]> = { unset: [], v4: ['IPv4'], v6: ['IPv6'], v4v6: ['IPv4', 'IPv6'], v6v4: ['IPv6', 'IPv4'] };
const POLICIES = ['unset', 'SingleStack', 'PreferDualStack', 'RequireDualStack'];
const FAMILY_NAMES = ['unset', 'v4', 'v6', 'v4v6', 'v6v4'];

/**
 * The verdicts of TestCreateInitIPFields by cluster and ClusterIPs block: 20 characters, the policies (unset,
 * SingleStack, PreferDualStack, RequireDualStack) each over the families (unset, v4, v6, v4v6, v6v4), as the test
 * orders them: '.' the create succeeds, 'E' expectError, '-' not read.
 */
const VERDICTS: Array<{ section: string; families: IpFamily[]; blocks: Record<string, string> }> = [
  {
    section: 'singlestack:v4',
    families: [V4],
    blocks: {
      unset: '..EEE..EEE..EEEEEEEE',
      v4: '..EEE..EEE..EEEEEEEE',
      v4v6: 'EEEEEEEEEEEEEEEEEEEE',
      v6v4: 'EEEEEEEEEEEEEEEEEEEE',
    },
  },
  {
    section: 'singlestack:v6',
    families: [V6],
    blocks: {
      unset: '.E.EE.E.EE.E.EEEEEEE',
      v6: '.E.EE.E.EE.E.EEEE---',
    },
  },
  {
    section: 'dualstack:v4v6',
    families: [V4, V6],
    blocks: {
      unset: '...EE...EE..........',
      v4: '..EEE..EEE..E.E..E.E',
      v6: '.E.EE.E.EE.E.E..E.E.',
      v4v6: 'EEEEEEEEEE..E.E..E.E',
      v6v4: 'EEEEEEEEEE.E.E..E.E.',
    },
  },
  {
    section: 'dualstack:v6v4',
    families: [V6, V4],
    blocks: {
      unset: '------------........',
      v4: '..EEE..EEE..E.E..E.E',
      v6: '.E.EE.E.EE.E.E..E.E.',
      v4v6: 'EEEEEEEEEE..E.E..E.E',
      v6v4: 'EEEEEEEEEE.E.E..E.E.',
    },
  },
];

const PROFILES = new Map<string, ClusterProfile>();
function profileOf(section: string, families: IpFamily[]): ClusterProfile {
  let profile = PROFILES.get(section);
  if (profile === undefined) {
    profile = ClusterProfile.custom({ name: section, ipFamilies: families });
    PROFILES.set(section, profile);
  }
  return profile;
}

/** svctest.MakeService("foo") with the case's SetClusterIPs (clusterIP and clusterIPs), SetIPFamilyPolicy and SetIPFamilies. */
function ipFieldsService(addresses: string, policy: string, families: string): any {
  const spec: any = {};
  const ips = ADDRESSES[addresses];
  if (ips.length > 0) { spec.clusterIP = ips[0]; spec.clusterIPs = [...ips]; }
  if (policy !== 'unset') spec.ipFamilyPolicy = policy;
  if (FAMILIES[families].length > 0) spec.ipFamilies = [...FAMILIES[families]];
  return service({}, spec, 'foo');
}

function ipFieldCases(): ConformanceCase[] {
  const out: ConformanceCase[] = [];
  for (const { section, families, blocks } of VERDICTS) {
    for (const [addresses, verdicts] of Object.entries(blocks)) {
      POLICIES.forEach((policy, p) => FAMILY_NAMES.forEach((familyName, f) => {
        const verdict = verdicts[p * FAMILY_NAMES.length + f];
        if (verdict === '-') return;
        const name = `ClusterIPs:${addresses}_Policy:${policy}_Families:${familyName}`;
        out.push({
          source: `${STORAGE} "${section}/${name}"`,
          manifest: ipFieldsService(addresses, policy, familyName),
          profile: profileOf(section, families),
          expect: verdict === 'E' ? 'rejected' : 'accepted',
          ...(verdict === 'E' ? { rule: 'K8S-SVC-020' } : {}),
        });
      }));
    }
  }
  return out;
}

const DUAL_STACK = ClusterProfile.custom({ name: 'dual-stack', ipFamilies: [V4, V6] });

const IPV6_ONLY = ClusterProfile.custom({ name: 'IPv6', ipFamilies: [V6] });

function warning(test: string, name: string, spec: any, profile?: ClusterProfile, annotations: { [key: string]: string } = {}): ConformanceCase {
  return { source: `${WARNINGS} ${test} "${name}"`, manifest: service(annotations, spec, 'svc-test'), expect: 'accepted', ...(profile === undefined ? {} : { profile }) };
}

/** TestGetWarningsForServiceClusterIPs's service(clusterIPs): clusterIP is clusterIPs[0]. */
const clusterIPs = (...ips: string[]) => ({ clusterIP: ips[0], clusterIPs: ips, ...(ips.length === 2 ? { ipFamilyPolicy: 'PreferDualStack' } : {}) });

const WARNING_CASES: ConformanceCase[] = [
  warning('TestGetWarningsForService', 'new topology mode set', {}, undefined, { 'service.kubernetes.io/topology-mode': 'foo' }),
  warning('TestGetWarningsForServiceClusterIPs', 'IPv4 No failures', clusterIPs('192.12.2.2')),
  warning('TestGetWarningsForServiceClusterIPs', 'IPv6 No failures', clusterIPs('2001:db8::2'), IPV6_ONLY),
  warning('TestGetWarningsForServiceClusterIPs', 'IPv4 with leading zeros', clusterIPs('192.012.2.2')),
  warning('TestGetWarningsForServiceClusterIPs', 'Dual Stack IPv4-IPv6 and IPv4 with leading zeros', clusterIPs('192.012.2.2', '2001:db8::2'), DUAL_STACK),
  warning('TestGetWarningsForServiceClusterIPs', 'Dual Stack IPv6-IPv4 and IPv4 with leading zeros', clusterIPs('2001:db8::2', '192.012.2.2'), DUAL_STACK),
  warning('TestGetWarningsForServiceClusterIPs', 'IPv6 non canonical format', clusterIPs('2001:db8:0:0::2'), IPV6_ONLY),
  warning('TestGetWarningsForServiceClusterIPs', 'Dual Stack IPv4-IPv6 and IPv6 non-canonical format', clusterIPs('192.12.2.2', '2001:db8:0:0::2'), DUAL_STACK),
  warning('TestGetWarningsForServiceClusterIPs', 'Dual Stack IPv6-IPv4 and IPv6 non-canonical formats', clusterIPs('2001:db8:0:0::2', '192.12.2.2'), DUAL_STACK),
  warning('TestGetWarningsForServiceClusterIPs', 'Dual Stack IPv4-IPv6 and IPv4 with leading zeros and IPv6 non-canonical format', clusterIPs('192.012.2.2', '2001:db8:0:0::2'), DUAL_STACK),
  warning('TestGetWarningsForServiceClusterIPs', 'Dual Stack IPv6-IPv4 and IPv4 with leading zeros and IPv6 non-canonical format', clusterIPs('2001:db8:0:0::2', '192.012.2.2'), DUAL_STACK),
  warning('TestGetWarningsForServiceClusterIPs', 'Service with all IPs fields with errors', {
    ...clusterIPs('2001:db8:0:0::2', '192.012.2.2'),
    externalIPs: ['2001:db8:1:0::2', '10.012.2.2'],
    loadBalancerIP: '10.001.1.1',
    loadBalancerSourceRanges: ['2001:db8:1:0::/64', '10.012.2.0/24'],
  }, DUAL_STACK),
  warning('Test_getWarningsForIP', 'IPv4 with leading zeros', clusterIPs('192.012.2.2')),
  warning('Test_getWarningsForIP', 'IPv6 non-canonical format', { loadBalancerIP: '2001:db8:0:0::2' }),
  warning('Test_getWarningsForCIDR', 'IPv4 No failures', { loadBalancerSourceRanges: ['192.12.2.0/24'] }),
  warning('Test_getWarningsForCIDR', 'IPv6 No failures', { loadBalancerSourceRanges: ['2001:db8::/64'] }),
  warning('Test_getWarningsForCIDR', 'IPv4 with leading zeros', { loadBalancerSourceRanges: ['192.012.2.0/24'] }),
  warning('Test_getWarningsForCIDR', 'IPv6 non-canonical format', { loadBalancerSourceRanges: ['2001:db8:0:0::/64'] }),
];

function defaulted(test: string, name: string, spec: any): ConformanceCase {
  return { source: `${DEFAULTS} ${test} "${name}"`, manifest: service({}, spec), expect: 'accepted' };
}

const DEFAULTING_CASES: ConformanceCase[] = [
  // sessionAffinity "" is None, and sessionAffinityConfig is dropped with None.
  defaulted('TestSetDefaultService', 'empty service (sessionAffinity None, no sessionAffinityConfig)', { sessionAffinity: '' }),
  defaulted('TestSetDefaultServiceSessionAffinityConfig', 'SessionAffinityConfig is empty', { sessionAffinity: 'ClientIP' }),
  defaulted('TestSetDefaultServiceSessionAffinityConfig', 'ClientIP is empty', { sessionAffinity: 'ClientIP', sessionAffinityConfig: {} }),
  defaulted('TestSetDefaultServiceSessionAffinityConfig', 'TimeoutSeconds is empty', { sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: {} } }),
  defaulted('TestSetDefaultServiceTargetPort', 'no targetPort (the port number)', { ports: [{ port: 1234 }] }),
  defaulted('TestSetDefaultServicePort', 'Defaulted (protocol "", targetPort "" and 0)', {
    ports: [{ name: 'a', protocol: '', port: 9376, targetPort: '' }, { name: 'b', protocol: '', port: 8675, targetPort: 0 }],
  }),
  defaulted('TestSetDefaultServicePort', 'Unchanged if set', {
    ports: [{ name: 'a', protocol: 'UDP', port: 9376, targetPort: 'p' }, { name: 'b', protocol: 'UDP', port: 8675, targetPort: 309 }],
  }),
  defaulted('TestSetDefaultServiceExternalTraffic', 'LoadBalancer (externalTrafficPolicy "" is Cluster)', { externalTrafficPolicy: '' }),
];

export const CASES: ConformanceCase[] = [...ipFieldCases(), ...WARNING_CASES, ...DEFAULTING_CASES];
