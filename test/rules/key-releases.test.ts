import { CCM_NLB_KEY_RELEASES, LBC_KEY_PATTERN_RELEASES, LBC_KEY_RELEASES } from '../../src/aws/model/key-releases';
import { CCM_ONLY_SUFFIXES, LBC_ONLY_PATTERNS, LBC_ONLY_SUFFIXES, SHARED_SUFFIXES, suffixOf } from '../../src/aws/model/keys';
import { AGIC_KEY_RELEASES, CPA_KEY_RELEASES, CPA_PORT_KEY_RELEASES } from '../../src/azure/model/key-releases';
import { AgicKeys, KNOWN_AZURE_SERVICE_KEYS, PortSetting } from '../../src/azure/model/keys';
import { parseReleaseVersion } from '../../src/profile/controller-version';
import { ReleaseLines } from '../../src/profile/release-lines';

/** Every table: its entries list one full release per line, lines ascending, and name their source. */
const TABLES: Array<[string, ReadonlyArray<[string, ReleaseLines & { source: string }]>]> = [
  ['cloud-provider-azure', [...CPA_KEY_RELEASES, ...CPA_PORT_KEY_RELEASES]],
  ['AGIC', [...AGIC_KEY_RELEASES]],
  ['AWS Load Balancer Controller', [...LBC_KEY_RELEASES, ...LBC_KEY_PATTERN_RELEASES.map((p): [string, ReleaseLines & { source: string }] => [p.name, p.releases])]],
  ['cloud-provider-aws', [...CCM_NLB_KEY_RELEASES]],
];

describe.each(TABLES)('the %s key releases', (_name, entries) => {
  test.each(entries.map(([key, lines]) => [key, lines]))('%s: one full release per line, ascending, with its source', (_key, lines) => {
    expect(lines.since.length).toBeGreaterThan(0);
    const parsed = lines.since.map((s) => parseReleaseVersion(s, 'since'));
    for (const v of parsed) expect(v.patch).toBeDefined();
    for (let i = 1; i < parsed.length; i++) {
      const [a, b] = [parsed[i - 1], parsed[i]];
      expect(b.major * 1000 + b.minor! > a.major * 1000 + a.minor!).toBe(true);
    }
    expect(lines.source).toMatch(/commits? [0-9a-f]{7,}/);
    // Every release is a tag the source names (AGIC's tags have no "v").
    for (const s of lines.since) expect(lines.source).toMatch(new RegExp(`[ v]${s.replace(/\./g, '\\.')}(,|$)`));
  });
});

describe('the dated keys are keys the controllers read', () => {
  test('cloud-provider-azure', () => {
    for (const key of CPA_KEY_RELEASES.keys()) expect(KNOWN_AZURE_SERVICE_KEYS).toContain(key);
    for (const setting of CPA_PORT_KEY_RELEASES.keys()) expect(Object.values(PortSetting)).toContain(setting);
  });

  test('AGIC', () => {
    for (const key of AGIC_KEY_RELEASES.keys()) expect(Object.values(AgicKeys)).toContain(key);
  });

  test('the AWS Load Balancer Controller (its own keys and the shared ones)', () => {
    for (const suffix of LBC_KEY_RELEASES.keys()) expect([...LBC_ONLY_SUFFIXES, ...SHARED_SUFFIXES]).toContain(suffix);
    for (const { pattern } of LBC_KEY_PATTERN_RELEASES) expect(LBC_ONLY_PATTERNS.map(String)).toContain(String(pattern));
  });

  test('the in-tree NLB', () => {
    for (const key of CCM_NLB_KEY_RELEASES.keys()) {
      const suffix = suffixOf(key);
      expect(suffix).toBeDefined();
      expect(CCM_ONLY_SUFFIXES.includes(suffix!) || SHARED_SUFFIXES.includes(suffix!)).toBe(true);
    }
  });
});
