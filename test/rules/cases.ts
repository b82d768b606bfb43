import { violations } from '../helpers';

/** A manifest a rule must accept. */
export interface CompliantCase {
  readonly title: string;
  readonly manifest: any;
}

/** A manifest a rule must report: at `path`, with a message and fix that contain every text of `contains` (the bad value). */
export interface NoncompliantCase extends CompliantCase {
  readonly path: string;
  readonly contains: string[];
}

export type RuleCases = { [ruleId: string]: { compliant: CompliantCase[]; noncompliant: NoncompliantCase[] } };

/** What a non-compliant case must produce: a violation at `path` whose texts contain the given fragments. */
export interface ExpectedViolation {
  readonly path: string;
  /** Fragments of the message (the bad value, the reason). */
  readonly message?: readonly string[];
  /** Fragments of the fix. */
  readonly fix?: readonly string[];
  /** Fragments of "path: message Fix: fix", wherever they are. */
  readonly anywhere?: readonly string[];
}

/**
 * The one check behind every rule-case table (Kubernetes, Azure and AWS tables differ only in their shape): the rule
 * reports the manifest at the path, with the fragments, and every violation it reports has a fix.
 */
export function expectViolation(ruleId: string, manifest: unknown, expected: ExpectedViolation): void {
  const found = violations(ruleId, manifest);
  expect(found.map((v) => v.path)).toContain(expected.path);
  const atPath = found.filter((v) => v.path === expected.path);
  const fragments = [...(expected.message ?? []), ...(expected.fix ?? []), ...(expected.anywhere ?? [])];
  expect(fragments.length).toBeGreaterThan(0); // a case that checks no text would pass on any message
  for (const text of expected.message ?? []) expect(atPath.map((v) => v.message).join('\n')).toContain(text);
  for (const text of expected.fix ?? []) expect(atPath.map((v) => v.fix).join('\n')).toContain(text);
  const whole = atPath.map((v) => `${v.path}: ${v.message} Fix: ${v.fix}`).join('\n');
  for (const text of expected.anywhere ?? []) expect(whole).toContain(text);
  for (const v of found) expect(v.fix.trim().length).toBeGreaterThan(0);
}

/** The rule reports nothing on the manifest. */
export function expectCompliant(ruleId: string, manifest: unknown): void {
  expect(violations(ruleId, manifest)).toEqual([]);
}

/** Declares one describe() per rule with a test per case. */
export function describeRuleCases(cases: RuleCases): void {
  for (const [ruleId, { compliant, noncompliant }] of Object.entries(cases)) {
    describe(ruleId, () => {
      test.each(compliant.map((c) => [c.title, c] as const))('compliant: %s', (_title, c) => expectCompliant(ruleId, c.manifest));
      test.each(noncompliant.map((c) => [c.title, c] as const))('non-compliant: %s', (_title, c) => {
        expectViolation(ruleId, c.manifest, { path: c.path, anywhere: c.contains });
      });
    });
  }
}
