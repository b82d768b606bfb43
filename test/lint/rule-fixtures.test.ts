import * as fs from 'fs';
import * as path from 'path';
import { ClusterProfile, Rules } from '../../src';
import { lintLoaded } from '../../src/lint/run';
import { loadYaml } from '../../src/yaml/load';

/**
 * Every rule is reachable through `lint`: for each rule of Rules.all() there is a fixture
 * test/fixtures/rules/<RULE-ID>.yaml that makes lint report it. A rule added later without a fixture fails this test.
 * A line `...  # <- <RULE-ID>` in the fixture marks the line the finding must point at; a fixture without a marker
 * skips that check. A line `# profile: <spec>` judges the fixture for that cluster (`ClusterProfile.fromSpec`), for rules
 * whose verdict depends on the cluster; a line `# profile-props: <JSON>` judges it for `ClusterProfile.custom(<JSON>)`,
 * for the facts the one-line spec cannot say (nodePortRange, ipFamilies).
 */
const RULE_FIXTURES = path.join(__dirname, '..', 'fixtures', 'rules');

function fixtureOf(ruleId: string): string | undefined {
  const file = path.join(RULE_FIXTURES, `${ruleId}.yaml`);
  return fs.existsSync(file) ? file : undefined;
}

function markedLines(text: string, ruleId: string): number[] {
  return text.split('\n').flatMap((line, i) => (line.includes(`# <- ${ruleId}`) && !line.trimStart().startsWith('#') ? [i + 1] : []));
}

const rules = Rules.all();

const lintRules = rules.filter((r) => r.synthOnly !== true);
const synthOnlyRules = rules.filter((r) => r.synthOnly === true);

describe.each(lintRules.filter((r) => fixtureOf(r.id) !== undefined).map((r) => [r.id]))('lint reaches %s', (ruleId) => {
  const file = fixtureOf(ruleId)!;
  const text = fs.readFileSync(file, 'utf8');
  const spec = /^# profile: (\S+)$/m.exec(text)?.[1];
  const props = /^# profile-props: (.+)$/m.exec(text)?.[1];
  const profile = props !== undefined ? ClusterProfile.custom(JSON.parse(props)) : spec === undefined ? undefined : ClusterProfile.fromSpec(spec);
  const report = lintLoaded(loadYaml(text, file), { profile });
  const findings = report.findings.filter((f) => f.ruleId === ruleId);

  test('the fixture triggers the rule, with the rule\'s severity, message and fix', () => {
    expect(report.problems).toEqual([]);
    expect(findings.length).toBeGreaterThan(0);
    const rule = Rules.find(ruleId)!;
    for (const f of findings) {
      expect(f.severity).toBe(rule.severity);
      expect(f.message.length).toBeGreaterThan(0);
      expect(f.fix.length).toBeGreaterThan(0);
      expect(f.file).toBe(file);
    }
  });

  const marks = markedLines(text, ruleId);
  const testIfMarked = marks.length > 0 ? test : test.skip;
  testIfMarked('the finding points at the marked line', () => {
    expect(findings.map((f) => f.line)).toEqual(expect.arrayContaining(marks));
  });
});

describe.each(synthOnlyRules.map((r) => [r.id]))('%s judges only what the constructs render', (ruleId) => {
  test('lint does not report it on its fixture; the same object judged as a construct\'s is reported', () => {
    const file = fixtureOf(ruleId)!;
    const loaded = loadYaml(fs.readFileSync(file, 'utf8'), file);
    expect(lintLoaded(loaded).findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
    const asConstruct = loaded.objects.flatMap((o) => Rules.check(o.manifest, { constructPath: 'app/chart/lb' }));
    expect(asConstruct.filter((f) => f.ruleId === ruleId).length).toBeGreaterThan(0);
  });
});

describe('every rule has a fixture', () => {
  test('every rule has test/fixtures/rules/<RULE-ID>.yaml', () => {
    const missing = rules.filter((r) => fixtureOf(r.id) === undefined);
    expect(missing.map((r) => r.id)).toEqual([]);
  });
  test('every fixture is named after an existing rule', () => {
    const ids = new Set(rules.map((r) => r.id));
    const orphans = fs.readdirSync(RULE_FIXTURES).filter((f) => f.endsWith('.yaml') && !ids.has(f.replace(/\.yaml$/, '')));
    expect(orphans).toEqual([]);
  });
});
