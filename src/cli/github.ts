import { lintSummaryLine, LintSummary } from './format';
import { LINT_INPUT } from './lint-input';
import { inReportOrder, resourceLabel } from './order';
import { LintReport } from '../lint/structs';
import { Severity } from '../rules/rule';

/**
 * `lint --format github`: one GitHub Actions workflow command per finding, which the runner turns into an annotation
 * on the file and line (`::error file=F,line=L,title=RULE-ID::message`); acknowledged warnings are notices. The
 * summary line follows as plain log text.
 */

/** The message of a workflow command: %, CR and LF escaped (the runner's escapeData). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property of a workflow command: also `:` and `,`, which separate properties (the runner's escapeProperty). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

type Command = 'error' | 'warning' | 'notice';

export function workflowCommand(command: Command, properties: { file: string; line: number; title: string }, message: string): string {
  const props = [`file=${escapeProperty(properties.file)}`, ...(properties.line > 0 ? [`line=${properties.line}`] : []), `title=${escapeProperty(properties.title)}`];
  return `::${command} ${props.join(',')}::${escapeData(message)}`;
}

/** The workflow commands of a lint report; `displayPath` names a file as the repository does (relative to the working directory). */
export function formatLintGithub(report: LintReport, displayPath: (file: string) => string, summary?: LintSummary): string {
  const lines: string[] = [];
  for (const p of report.problems) {
    lines.push(workflowCommand('error', { file: displayPath(p.file), line: p.line, title: LINT_INPUT.id }, `${p.message} Fix: ${LINT_INPUT.fix}`));
  }
  for (const f of inReportOrder(report.findings)) {
    const where = { file: displayPath(f.file), line: f.line };
    const what = `${resourceLabel(f.resource)}: ${f.path}: ${f.message}`;
    if (f.acknowledgedReason !== undefined) {
      lines.push(workflowCommand('notice', { ...where, title: `${f.ruleId} (acknowledged)` }, `${what} Acknowledged: ${f.acknowledgedReason}`));
    } else {
      lines.push(workflowCommand(f.severity === Severity.ERROR ? 'error' : 'warning', { ...where, title: f.ruleId }, `${what} Fix: ${f.fix}`));
    }
  }
  lines.push(lintSummaryLine(report, summary));
  return lines.join('\n') + '\n';
}
