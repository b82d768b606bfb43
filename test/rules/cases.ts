import { ClusterProfile } from '../../src';
import { violations } from '../helpers';

/** A manifest a rule must accept, titled by what it shows ('a subnet name with a space'). */
export interface CompliantCase {
  readonly title: string;
  readonly manifest: any;
  /** The cluster it is judged for; every cluster when absent. */
  readonly profile?: ClusterProfile;
}

/** What a non-compliant case must produce: a violation at `path` whose texts contain the given fragments. */
export interface ExpectedViolation {
  readonly path: string;
  /** Fragments of the message (the bad value, the reason). */
  readonly message?: readonly string[];
  /** Fragments of the fix. */
  readonly fix?: readonly string[];
  /** Fragments of "path: message Fix: fix", wherever they are. */
  readonly anywhere?: readonly string[];
  /**
   * A fragment of the clusters the violation holds on, when it holds on some of those judged only; absent, the
   * violation must hold on every cluster judged.
   */
  readonly onlyOn?: string;
}

/** A manifest a rule must report, titled by what it shows, with where and what the violation says. */
export interface NoncompliantCase extends CompliantCase, ExpectedViolation {}

/** The cases of one rule. */
export interface RuleCase {
  readonly compliant: readonly CompliantCase[];
  readonly noncompliant: readonly NoncompliantCase[];
}

/** The cases of several rules, by rule id: the one table format of the Kubernetes, Azure and AWS rule tests. */
export type RuleCases = { readonly [ruleId: string]: RuleCase };

/**
 * The one check behind every rule-case table: the rule reports the manifest at the path, with the fragments, and every
 * violation it reports has a fix.
 */
export function expectViolation(ruleId: string, manifest: unknown, expected: ExpectedViolation, profile?: ClusterProfile): void {
  const found = violations(ruleId, manifest, profile);
  expect(found.map((v) => v.path)).toContain(expected.path);
  const atPath = found.filter((v) => v.path === expected.path);
  const fragments = [...(expected.message ?? []), ...(expected.fix ?? []), ...(expected.anywhere ?? [])];
  expect(fragments.length).toBeGreaterThan(0); // a case that checks no text would pass on any message
  for (const text of expected.message ?? []) expect(atPath.map((v) => v.message).join('\n')).toContain(text);
  for (const text of expected.fix ?? []) expect(atPath.map((v) => v.fix).join('\n')).toContain(text);
  const whole = atPath.map((v) => `${v.path}: ${v.message} Fix: ${v.fix}`).join('\n');
  for (const text of expected.anywhere ?? []) expect(whole).toContain(text);
  if (expected.onlyOn === undefined) expect(atPath.filter((v) => v.onlyOn !== undefined).map((v) => v.onlyOn)).toEqual([]);
  else expect(atPath.map((v) => v.onlyOn ?? '(every cluster)').join('\n')).toContain(expected.onlyOn);
  for (const v of found) expect(v.fix.trim().length).toBeGreaterThan(0);
}

/** The rule reports nothing on the manifest. */
export function expectCompliant(ruleId: string, manifest: unknown, profile?: ClusterProfile): void {
  expect(violations(ruleId, manifest, profile)).toEqual([]);
}

/**
 * Declares `describe('<RULE-ID>')` with a test per case, named by its title: "AZ-LB-013 an IPv6 address in the IPv4
 * key: non-compliant at metadata.annotations[…]". Two cases of a rule with one title fail the suite.
 */
export function describeRule(ruleId: string, cases: RuleCase): void {
  const titles = [...cases.compliant, ...cases.noncompliant].map((c) => c.title);
  const repeated = titles.filter((t, i) => titles.indexOf(t) !== i);
  if (repeated.length > 0) throw new Error(`${ruleId}: case titles ${JSON.stringify(repeated)} are used twice`);
  describe(ruleId, () => {
    for (const c of cases.compliant) test(`${c.title}: compliant`, () => expectCompliant(ruleId, c.manifest, c.profile));
    for (const c of cases.noncompliant) {
      test(`${c.title}: non-compliant at ${c.path}`, () => expectViolation(ruleId, c.manifest, c, c.profile));
    }
  });
}

/** Declares {@link describeRule} for every rule of a table. */
export function describeRuleCases(cases: RuleCases): void {
  for (const [ruleId, ruleCases] of Object.entries(cases)) describeRule(ruleId, ruleCases);
}
