import { closest } from './closest';
import { RETIRED_RULES, RetiredRule } from '../rules/kubernetes';
import { Rules } from '../rules/registry';
import { IRule, Severity } from '../rules/rule';

/** `cdk8s-cloud-lb rules` and `cdk8s-cloud-lb explain RULE-ID`: the rule metadata, as RULES.md has it. */

/** `rules`: one line per rule (id, severity, title, docs), then the counts and the retired ids. */
export function formatRulesText(rules: readonly IRule[] = Rules.all(), retired: readonly RetiredRule[] = RETIRED_RULES): string {
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${r.title}  ${r.docs}`);
  const errors = rules.filter((r) => r.severity === Severity.ERROR).length;
  lines.push('', `${rules.length} rules: ${errors} errors, ${rules.length - errors} warnings. \`cdk8s-cloud-lb explain RULE-ID\` tells one rule.`);
  if (retired.length > 0) lines.push(`Retired, never reused: ${retired.map((r) => r.id).join(', ')}.`);
  return lines.join('\n') + '\n';
}

/** `rules --format json`: one object per rule. */
export function formatRulesJson(rules: readonly IRule[] = Rules.all()): string {
  const json = rules.map((r) => ({
    id: r.id, severity: r.severity, title: r.title, docs: r.docs, kinds: r.kinds, dependsOnCluster: r.dependsOnCluster !== undefined,
  }));
  return JSON.stringify(json, null, 2) + '\n';
}

/** What `explain` found for an id: a rule, a retired id, or neither (with the closest ids). */
export type Explained =
  | { readonly rule: IRule }
  | { readonly retired: RetiredRule }
  | { readonly closest: string[] };

/** The rule (or retired rule) of an id, case-insensitive. */
export function explain(id: string, rules: readonly IRule[] = Rules.all(), retired: readonly RetiredRule[] = RETIRED_RULES): Explained {
  const wanted = id.trim().toUpperCase();
  const rule = rules.find((r) => r.id === wanted);
  if (rule !== undefined) return { rule };
  const gone = retired.find((r) => r.id === wanted);
  if (gone !== undefined) return { retired: gone };
  return { closest: closest(wanted, [...rules.map((r) => r.id), ...retired.map((r) => r.id)]) };
}

const CLUSTER_INDEPENDENT = 'no: the same verdict on every cluster where its controller runs';

/** `explain RULE-ID` as text: what the rule judges, why, the fix, the function it follows, the cluster, the docs. */
export function formatExplainText(explained: { rule: IRule } | { retired: RetiredRule }): string {
  if ('retired' in explained) {
    const { id, reason, replacedBy } = explained.retired;
    const instead = replacedBy.length > 0 ? ` What it judged is judged by ${replacedBy.join(', ')}.` : '';
    return `${id} is retired (the id is never reused): ${reason}.${instead}\n`;
  }
  const r = explained.rule;
  return [
    `${r.id} (${r.severity}): ${r.title}`,
    `  judges:              ${r.kinds.join(', ')}`,
    `  why:                 ${r.description}`,
    `  fix:                 ${r.fix}`,
    `  follows:             ${r.follows ?? 'not recorded for this rule: its docs link is its source'}`,
    `  depends on cluster:  ${r.dependsOnCluster ?? CLUSTER_INDEPENDENT}`,
    `  docs:                ${r.docs}`,
    '',
  ].join('\n');
}

/** `explain RULE-ID --format json`. */
export function formatExplainJson(explained: { rule: IRule } | { retired: RetiredRule }): string {
  if ('retired' in explained) return JSON.stringify({ ...explained.retired, retired: true }, null, 2) + '\n';
  const r = explained.rule;
  const json = {
    id: r.id,
    severity: r.severity,
    title: r.title,
    kinds: r.kinds,
    description: r.description,
    fix: r.fix,
    docs: r.docs,
    ...(r.follows !== undefined ? { follows: r.follows } : {}),
    ...(r.dependsOnCluster !== undefined ? { dependsOnCluster: r.dependsOnCluster } : {}),
  };
  return JSON.stringify(json, null, 2) + '\n';
}
