import { LINT_INPUT } from './lint-input';
import { groupByResource, inReportOrder, resourceLabel } from './order';
import { EFFECT_LABELS } from '../diff/catalogue';
import { DisruptiveChange } from '../diff/change';
import { ChangeWithValues } from '../diff/index';
import { ManifestDiffReport } from '../diff/structs';
import { hasErrors } from '../lint/run';
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

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function findingLines(f: LintFinding, style: Style): string[] {
  const acknowledged = f.acknowledgedReason !== undefined;
  const severity = acknowledged ? style.dim('accepted') : f.severity === Severity.ERROR ? style.red('error  ') : style.yellow('warning');
  const lines = [`  ${f.file}:${f.line}  ${severity}  ${style.bold(f.ruleId)}  ${f.path}: ${f.message}`];
  for (const r of f.related ?? []) {
    const where = r.file === undefined ? '' : `${r.file}${r.line === undefined ? '' : `:${r.line}`}  `;
    lines.push(style.dim(`      with: ${where}${resourceLabel(r.resource)}${r.path === undefined ? '' : ` ${r.path}`}`));
  }
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

/** "7 Services/Ingresses judged", "1 Service/Ingress judged". */
function judgedText(count: number): string {
  return `${count} ${count === 1 ? 'Service/Ingress' : 'Services/Ingresses'} judged`;
}

/**
 * The summary line of `lint`, without colour: what was judged and what was found, the documents read, the unreadable
 * ones, and (with `summary`) the findings ignored and the cluster judged for.
 */
export function lintSummaryLine(report: LintReport, summary?: LintSummary): string {
  const active = report.findings.filter((f) => f.acknowledgedReason === undefined);
  const errors = active.filter((f) => f.severity === Severity.ERROR).length;
  const accepted = report.findings.length - active.length;
  const counts = [plural(errors, 'error'), plural(active.length - errors, 'warning')];
  let found: string;
  if (report.judgedCount === 0) found = 'no Service of type LoadBalancer and no Ingress found: nothing judged';
  else if (active.length > 0) found = `${judgedText(report.judgedCount)}, ${groupByResource(active).size} with findings: ${[...counts, ...(accepted > 0 ? [`${accepted} acknowledged`] : [])].join(', ')}`;
  else if (accepted > 0) found = `${judgedText(report.judgedCount)}: no errors or warnings, ${accepted} acknowledged`;
  else found = `${judgedText(report.judgedCount)}: no findings`;
  let line = `${found} (${plural(report.documentCount, 'document')} read)`;
  const unreadableDocuments = report.problems.filter((p) => p.line > 0).length;
  const unreadableInputs = report.problems.length - unreadableDocuments;
  if (unreadableDocuments > 0) line += `; ${plural(unreadableDocuments, 'unreadable document')}`;
  if (unreadableInputs > 0) line += `; ${plural(unreadableInputs, 'unreadable input')}`;
  if (summary !== undefined) {
    const ignored = ignoredText(summary);
    if (ignored !== undefined) line += `; ${ignored}`;
    line += `; ${summary.profileName === undefined ? NO_PROFILE_HINT : `judged for ${summary.profileName}`}`;
  }
  return line;
}

/**
 * The text report of `lint`: problems, then findings grouped by resource, then a summary line (with `summary`: the
 * findings ignored and the profile that judged).
 */
export function formatLintText(report: LintReport, style: Style, summary?: LintSummary): string {
  const out: string[] = [];
  for (const p of report.problems) out.push(`${p.file}${p.line ? `:${p.line}` : ''}  ${style.red('unreadable')}  ${p.message}`);
  if (report.problems.length > 0) out.push('');
  for (const group of groupByResource(inReportOrder(report.findings)).values()) {
    out.push(style.bold(resourceLabel(group[0].resource)));
    for (const f of group) out.push(...findingLines(f, style));
    out.push('');
  }
  const line = lintSummaryLine(report, summary);
  out.push(hasErrors(report) ? style.red(line) : line);
  return out.join('\n') + '\n';
}

/**
 * The JSON report of `lint`: one array, unreadable input first (findings of the pseudo-rule LINT-INPUT), then the
 * findings in the order of the text report.
 */
export function formatLintJson(report: LintReport): string {
  const problems = report.problems.map((p) => ({
    ruleId: LINT_INPUT.id,
    severity: Severity.ERROR,
    file: p.file,
    line: p.line,
    resource: null,
    path: '',
    message: p.message,
    fix: LINT_INPUT.fix,
  }));
  const findings = inReportOrder(report.findings).map((f) => ({
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
    ...(f.related !== undefined && f.related.length > 0 ? { related: f.related } : {}),
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

/**
 * The JSON report of `diff`: the changes in the order of the text report, each with its old and new value as JSON
 * values (a string, a number, a list), not the quoted text; a value absent from a manifest has no key.
 */
export function formatDiffJson(changes: readonly ChangeWithValues[]): string {
  const ordered = [...groupByResource(changes.map((c) => ({ ...c, file: c.change.file, resource: c.change.resource }))).values()].flat();
  return JSON.stringify(ordered.map(({ change, oldValue, newValue }) => ({ ...change, oldValue, newValue })), null, 2) + '\n';
}
