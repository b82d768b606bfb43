import { IRule, RuleViolation, Severity } from './rule';

/** The metadata of a built-in rule. */
export interface RuleMeta {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  readonly description: string;
  readonly fix: string;
  readonly docs: string;
  readonly kinds?: string[];
}

/** Builds a built-in rule from its metadata and a pure check. Services are the default kind. */
export function defineRule(meta: RuleMeta, check: (manifest: any) => RuleViolation[]): IRule {
  return {
    id: meta.id,
    severity: meta.severity,
    title: meta.title,
    description: meta.description,
    fix: meta.fix,
    docs: meta.docs,
    kinds: meta.kinds ?? ['Service'],
    check,
  };
}

/** A violation, with the rule's usual fix unless a more specific one is given. */
export function violation(path: string, message: string, fix: string): RuleViolation {
  return { path, message, fix };
}
