import * as fs from 'fs';
import * as path from 'path';
import { ClusterProfile } from '../../src';
import { Linter, LintReport } from '../../src/lint';

/**
 * Real Service and Ingress manifests from public repositories and the controllers' docs, each judged for the cluster
 * its repository targets. Header lines of every file:
 *   `# source: <URL>`            where the manifest was read (repository, commit, path)
 *   `# profile: <spec>`          the cluster the repository targets (ClusterProfile.fromSpec), when it names one
 *   `# verdict: clean`           it works there: no error finding
 *   `# verdict: error <RULE-ID> <why>`  it is really broken there: an error finding of that rule
 * See false-errors.md for the clean manifests our rules wrongly reject (KNOWN_FALSE_ERRORS below).
 */
const DIR = __dirname;

/**
 * Clean manifests that get an error from our rules although they work on their cluster: file -> the rule ids of
 * those false errors. The test asserts exactly these errors and nothing else, so a fixed rule shows up here.
 */
const KNOWN_FALSE_ERRORS: Record<string, string[]> = {};

interface Case {
  readonly file: string;
  readonly text: string;
  readonly source?: string;
  readonly profile?: string;
  readonly verdict: 'clean' | 'error';
  readonly ruleId?: string;
}

function load(file: string): Case {
  const text = fs.readFileSync(path.join(DIR, file), 'utf8');
  const source = /^# source: (\S+)$/m.exec(text)?.[1];
  const profile = /^# profile: (\S+)$/m.exec(text)?.[1];
  const verdict = /^# verdict: (clean|error)(?: (\S+))?/m.exec(text);
  if (verdict === null) throw new Error(`${file}: no "# verdict:" line`);
  return { file, text, source, profile, verdict: verdict[1] as 'clean' | 'error', ruleId: verdict[2] };
}

const cases = fs.readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort().map(load);

describe('the corpus', () => {
  test('holds at least 50 manifests', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });
  test('every file names its source by URL', () => {
    expect(cases.filter((c) => c.source === undefined || !/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/\S+/.test(c.source)).map((c) => c.file)).toEqual([]);
  });
  test('every error verdict names a rule, and every known false error is a clean file of the corpus', () => {
    expect(cases.filter((c) => c.verdict === 'error' && !/^[A-Z0-9]+-[A-Z0-9]+-\d{3}$/.test(c.ruleId ?? '')).map((c) => c.file)).toEqual([]);
    const clean = new Set(cases.filter((c) => c.verdict === 'clean').map((c) => c.file));
    expect(Object.keys(KNOWN_FALSE_ERRORS).filter((f) => !clean.has(f))).toEqual([]);
  });
});

describe.each(cases.map((c) => [c.file, c] as const))('%s', (file, c) => {
  let cached: LintReport | undefined;
  /** Lints the file once, for its profile; a crash fails the test that asks first. */
  const lint = (): LintReport => {
    cached ??= Linter.lintYaml(c.text, { fileName: file, profile: c.profile === undefined ? undefined : ClusterProfile.fromSpec(c.profile) });
    return cached;
  };
  const errors = () => lint().findings.filter((f) => f.severity === 'error');

  test('lints without crashing, parses, and judges at least one object', () => {
    expect(lint).not.toThrow();
    expect(lint().problems).toEqual([]);
    expect(lint().judgedCount).toBeGreaterThan(0);
  });

  if (c.verdict === 'clean') {
    const known = KNOWN_FALSE_ERRORS[file] ?? [];
    test(known.length === 0 ? 'no error finding' : `only the known false errors ${known.join(', ')}`, () => {
      expect([...new Set(errors().map((f) => f.ruleId))].sort()).toEqual([...known].sort());
    });
  } else {
    test(`an error finding of ${c.ruleId}`, () => {
      expect(errors().map((f) => f.ruleId)).toContain(c.ruleId);
    });
  }
});
