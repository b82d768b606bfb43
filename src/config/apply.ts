import * as path from 'path';
import { LintConfig, RuleSettings } from './config';
import { matchesAny } from './glob';
import { LintFinding } from '../lint/structs';
import { Severity } from '../rules/rule';

/** Findings after the config file and `--ignore`: what is left, and how many each ignored. */
export interface AppliedFindings {
  readonly findings: LintFinding[];
  /** Findings of a rule the config file ignores (for that file) and `--ignore` does not name. */
  readonly ignoredByConfig: number;
  /** Findings of a rule named by `--ignore` (or the plugin's `ignore`). */
  readonly ignoredByFlag: number;
}

/**
 * The path of a linted file relative to the config file's directory, with `/` separators, as the globs of
 * `overrides[].files` match it; undefined for stdin (`-`) and for files outside that directory.
 */
export function pathForGlobs(file: string, cwd: string, configFile: string): string | undefined {
  if (file === '-') return undefined;
  const relative = path.relative(path.dirname(configFile), path.resolve(cwd, file));
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/** The settings that apply to a file: the top level, then each override whose globs match it, in file order. */
export function settingsFor(config: LintConfig, relativePath: string | undefined): RuleSettings[] {
  const settings: RuleSettings[] = [config];
  if (relativePath !== undefined) {
    for (const o of config.overrides) if (matchesAny(o.files, relativePath)) settings.push(o);
  }
  return settings;
}

/**
 * Applies the config file (ignore, overrides, severity) and the ignored rule ids of a flag to findings.
 *
 * A severity changes the findings that hold on every cluster the profile admits; a finding with `onlyOn` stays a
 * warning (declare the cluster to judge it exactly). A finding raised to an error is no longer accepted by an
 * acknowledgement in the manifest: errors cannot be acknowledged.
 */
export function applyConfig(
  findings: readonly LintFinding[], config: LintConfig | undefined, flagIgnore: readonly string[], cwd: string,
): AppliedFindings {
  const flagged = new Set(flagIgnore);
  const perFile = new Map<string, { ignore: Set<string>; severity: Map<string, Severity> }>();
  const forFile = (file: string) => {
    let resolved = perFile.get(file);
    if (resolved === undefined) {
      const settings = config === undefined ? [] : settingsFor(config, pathForGlobs(file, cwd, config.file));
      resolved = { ignore: new Set(settings.flatMap((s) => s.ignore)), severity: new Map(settings.flatMap((s) => [...s.severity])) };
      perFile.set(file, resolved);
    }
    return resolved;
  };
  const kept: LintFinding[] = [];
  let ignoredByConfig = 0;
  let ignoredByFlag = 0;
  for (const finding of findings) {
    if (flagged.has(finding.ruleId)) {
      ignoredByFlag++;
      continue;
    }
    const settings = forFile(finding.file);
    if (settings.ignore.has(finding.ruleId)) {
      ignoredByConfig++;
      continue;
    }
    const severity = finding.onlyOn === undefined ? settings.severity.get(finding.ruleId) : undefined;
    if (severity === undefined || severity === finding.severity) {
      kept.push(finding);
    } else if (severity === Severity.ERROR) {
      const { acknowledgedReason: _, ...rest } = finding;
      kept.push({ ...rest, severity });
    } else {
      kept.push({ ...finding, severity });
    }
  }
  return { findings: kept, ignoredByConfig, ignoredByFlag };
}
