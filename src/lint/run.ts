import { LintFinding, LintOptions, LintReport } from './structs';
import { isJudged } from '../rules/engine';
import { withoutNullFields } from '../rules/manifest';
import { Rules } from '../rules/registry';
import { RelatedObject, Severity } from '../rules/rule';
import { SET_RULES } from '../rules/set';
import { ManifestSet } from '../rules/set/manifest-set';
import { checkSetRules } from '../rules/set/set-rule';
import { LoadResult } from '../yaml/load';

/** Lints loaded objects: the shared core of the CLI, the plugin and the Linter class. */
export function lintLoaded(loaded: LoadResult, options: LintOptions = {}): LintReport {
  const ignore = options.ignore ?? [];
  // Findings by object, so that the findings of the rules over the set join their object's, in input order.
  const byObject: LintFinding[][] = loaded.objects.map(() => []);
  let judgedCount = 0;
  loaded.objects.forEach((object, i) => {
    if (!isJudged(object.manifest)) return;
    judgedCount++;
    const found = Rules.check(object.manifest, { ignore, profile: options.profile });
    for (const finding of found) byObject[i].push({ ...finding, file: object.file, line: object.lineOf(finding.path) });
  });
  // The rules over the set: every object of the run (all files), each finding on one of them, with the others involved.
  const set = new ManifestSet(loaded.objects.map((o) => withoutNullFields(o.manifest)));
  for (const { subject, related, finding } of checkSetRules(set, SET_RULES, { ignore, profile: options.profile })) {
    const object = loaded.objects[subject];
    const located: RelatedObject[] = related.map((r, k) => {
      const other = loaded.objects[r.index];
      return { ...finding.related![k], file: other.file, line: r.path === undefined ? other.line : other.lineOf(r.path) };
    });
    byObject[subject].push({ ...finding, related: located, file: object.file, line: object.lineOf(finding.path) });
  }
  const findings = byObject.flat();
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
