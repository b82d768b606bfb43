import { EFFECT_LABELS } from '../diff/catalogue';
import { DisruptiveChange } from '../diff/change';
import { ManifestDiffReport } from '../diff/structs';
import { LintFinding, LintReport } from '../lint/structs';
import { Severity } from '../rules/rule';

/** Terminal styles; identity functions when colour is off (not a terminal, NO_COLOR, or JSON). */
export interface Style {
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
export const COLOR: Style = { red: wrap(31, 39), yellow: wrap(33, 39), bold: wrap(1, 22), dim: wrap(2, 22) };
export const PLAIN: Style = { red: (s) => s, yellow: (s) => s, bold: (s) => s, dim: (s) => s };

function resourceLabel(resource: { kind: string; namespace?: string; name?: string }): string {
  const name = resource.name ?? '(unnamed)';
  return `${resource.kind} ${resource.namespace ? `${resource.namespace}/` : ''}${name}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Findings grouped by object (file and resource), in input order. */
function groupByResource<T extends { file?: string; resource: { kind: string; namespace?: string; name?: string } }>(items: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = `${item.file ?? ''}\u0000${resourceLabel(item.resource)}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function findingLines(f: LintFinding, style: Style): string[] {
  const acknowledged = f.acknowledgedReason !== undefined;
  const severity = acknowledged ? style.dim('accepted') : f.severity === Severity.ERROR ? style.red('error  ') : style.yellow('warning');
  const lines = [`  ${f.file}:${f.line}  ${severity}  ${style.bold(f.ruleId)}  ${f.path}: ${f.message}`];
  if (acknowledged) lines.push(style.dim(`      acknowledged: ${f.acknowledgedReason}`));
  else lines.push(style.dim(`      fix: ${f.fix}`));
  return lines;
}

/** What the summary line of `lint` says besides the counts of the report. */
export interface LintSummary {
  /** Findings ignored by the config file. */
  readonly ignoredByConfig: number;
  /** Findings ignored by `--ignore`. */
  readonly ignoredByFlag: number;
  /** The config file, as shown. */
  readonly configFile?: string;
  /** The profile that judged; undefined: every cluster. */
  readonly profileName?: string;
}

export const NO_PROFILE_HINT = 'judged for every cluster: declare yours with --profile or .cdk8s-cloud-lb.yaml';

/** "3 ignored (2 by .cdk8s-cloud-lb.yaml, 1 by --ignore)"; undefined when none is. */
function ignoredText(summary: LintSummary): string | undefined {
  const total = summary.ignoredByConfig + summary.ignoredByFlag;
  if (total === 0) return undefined;
  const by = [
    ...(summary.ignoredByConfig > 0 ? [`${summary.ignoredByConfig} by ${summary.configFile ?? 'the config file'}`] : []),
    ...(summary.ignoredByFlag > 0 ? [`${summary.ignoredByFlag} by --ignore`] : []),
  ];
  return `${plural(total, 'finding')} ignored (${by.join(', ')})`;
}

/**
 * The text report of `lint`: problems, then findings grouped by resource, then a summary line (with `summary`: the
 * findings ignored and the profile that judged).
 */
export function formatLintText(report: LintReport, style: Style, summary?: LintSummary): string {
  const out: string[] = [];
  for (const p of report.problems) out.push(`${p.file}${p.line ? `:${p.line}` : ''}  ${style.red('unreadable')}  ${p.message}`);
  if (report.problems.length > 0) out.push('');
  for (const group of groupByResource(report.findings).values()) {
    out.push(style.bold(resourceLabel(group[0].resource)));
    for (const f of [...group].sort((a, b) => a.line - b.line)) out.push(...findingLines(f, style));
    out.push('');
  }
  const active = report.findings.filter((f) => f.acknowledgedReason === undefined);
  const errors = active.filter((f) => f.severity === Severity.ERROR).length;
  const warnings = active.length - errors;
  const accepted = report.findings.length - active.length;
  const resources = groupByResource(active).size;
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (accepted > 0) parts.push(`${accepted} acknowledged`);
  const judged = `${report.judgedCount} judged Service${report.judgedCount === 1 ? '/Ingress' : 's/Ingresses'}`;
  let line = `${parts.join(', ')} in ${resources} of ${judged} (${plural(report.documentCount, 'document')} read)`;
  if (report.problems.length > 0) line += `; ${plural(report.problems.length, 'unreadable document')}`;
  if (summary !== undefined) {
    const ignored = ignoredText(summary);
    if (ignored !== undefined) line += `; ${ignored}`;
    line += `; ${summary.profileName === undefined ? NO_PROFILE_HINT : `judged for ${summary.profileName}`}`;
  }
  out.push(errors > 0 || report.problems.length > 0 ? style.red(line) : line);
  return out.join('\n') + '\n';
}

/** The JSON report of `lint`: one array of findings; unreadable input appears as findings of the pseudo-rule LINT-INPUT. */
export function formatLintJson(report: LintReport): string {
  const problems = report.problems.map((p) => ({
    ruleId: 'LINT-INPUT',
    severity: Severity.ERROR,
    file: p.file,
    line: p.line,
    resource: null,
    path: '',
    message: p.message,
    fix: 'Fix the YAML syntax (or the path) so that the document can be read.',
  }));
  const findings = report.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    file: f.file,
    line: f.line,
    resource: f.resource,
    path: f.path,
    message: f.message,
    fix: f.fix,
    docs: f.docs,
    ...(f.onlyOn !== undefined ? { onlyOn: f.onlyOn } : {}),
    ...(f.acknowledgedReason !== undefined ? { acknowledgedReason: f.acknowledgedReason } : {}),
  }));
  return JSON.stringify([...problems, ...findings], null, 2) + '\n';
}

/** The text report of `diff`. */
export function formatDiffText(report: ManifestDiffReport, style: Style): string {
  const out: string[] = [];
  for (const p of report.problems) out.push(`${style.red('unreadable')}  ${p}`);
  if (report.problems.length > 0) out.push('');
  for (const group of groupByResource(report.changes).values()) {
    out.push(style.bold(resourceLabel(group[0].resource)));
    for (const c of group) out.push(...changeLines(c, style));
    out.push('');
  }
  const count = report.changes.length;
  const resources = groupByResource(report.changes).size;
  out.push(count === 0 ? 'No disruptive change.' : style.red(`${plural(count, 'disruptive change')} in ${plural(resources, 'object')}.`));
  return out.join('\n') + '\n';
}

function changeLines(c: DisruptiveChange, style: Style): string[] {
  const where = c.file ? `${c.file}${c.line ? `:${c.line}` : ''}  ` : '';
  return [
    `  ${where}${style.red(EFFECT_LABELS[c.effect])}  ${style.bold(c.changeId)}  (${c.controller})`,
    `      ${c.path}: ${c.oldValue ?? '(absent)'} -> ${c.newValue ?? '(absent)'}`,
    `      what happens: ${c.message}`,
    style.dim(`      safe procedure: ${c.procedure}`),
  ];
}

export function formatDiffJson(report: ManifestDiffReport): string {
  return JSON.stringify(report.changes, null, 2) + '\n';
}
