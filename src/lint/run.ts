import { LintFinding, LintOptions, LintReport } from './structs';
import { isJudged } from '../rules/engine';
import { Rules } from '../rules/registry';
import { Severity } from '../rules/rule';
import { LoadResult } from '../yaml/load';

/** Lints loaded objects: the shared core of the CLI, the plugin and the Linter class. */
export function lintLoaded(loaded: LoadResult, options: LintOptions = {}): LintReport {
  const ignore = options.ignore ?? [];
  const findings: LintFinding[] = [];
  let judgedCount = 0;
  for (const object of loaded.objects) {
    if (!isJudged(object.manifest)) continue;
    judgedCount++;
    const found = Rules.check(object.manifest, { ignore, profile: options.profile });
    for (const finding of found) findings.push({ ...finding, file: object.file, line: object.lineOf(finding.path) });
  }
  return {
    findings,
    problems: loaded.problems.map((p) => ({ file: p.file, line: p.line, message: p.column ? `${p.message} (column ${p.column})` : p.message })),
    documentCount: loaded.documents,
    judgedCount,
  };
}

/** Whether a report fails: an error finding or an unreadable input. */
export function hasErrors(report: LintReport): boolean {
  return report.problems.length > 0 || report.findings.some((f) => f.severity === Severity.ERROR);
}
