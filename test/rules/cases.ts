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

/** Declares one describe() per rule with a test per case. */
export function describeRuleCases(cases: RuleCases): void {
  for (const [ruleId, { compliant, noncompliant }] of Object.entries(cases)) {
    describe(ruleId, () => {
      test.each(compliant.map((c) => [c.title, c] as const))('compliant: %s', (_title, c) => {
        expect(violations(ruleId, c.manifest)).toEqual([]);
      });
      test.each(noncompliant.map((c) => [c.title, c] as const))('non-compliant: %s', (_title, c) => {
        const found = violations(ruleId, c.manifest);
        expect(found.length).toBeGreaterThan(0);
        expect(found.map((v) => v.path)).toContain(c.path);
        const text = found.filter((v) => v.path === c.path).map((v) => `${v.path}: ${v.message} Fix: ${v.fix}`).join('\n');
        expect(c.contains.length).toBeGreaterThan(0);
        for (const fragment of c.contains) expect(text).toContain(fragment);
        for (const v of found) expect(v.fix.length).toBeGreaterThan(0);
      });
    });
  }
}
