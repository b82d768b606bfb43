import { violations } from '../helpers';

/** One manifest for a rule: compliant cases must yield nothing; non-compliant ones name `path` and contain `contains`. */
export interface RuleCase {
  readonly title: string;
  readonly manifest: any;
  readonly path?: string;
  readonly contains?: string[];
}

export type RuleCases = { [ruleId: string]: { compliant: RuleCase[]; noncompliant: RuleCase[] } };

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
        if (c.path) expect(found.map((v) => v.path)).toContain(c.path);
        const text = found.map((v) => `${v.path}: ${v.message} Fix: ${v.fix}`).join('\n');
        for (const fragment of c.contains ?? []) expect(text).toContain(fragment);
        for (const v of found) expect(v.fix.length).toBeGreaterThan(0);
      });
    });
  }
}
