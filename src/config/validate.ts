import { CONFIG_KEYS, ConfigError, ConfigIssue, ConfigOverride, LintConfig, OVERRIDE_KEYS, ProfileSource, RuleSettings } from './config';
import { compileGlob } from './glob';
import { IssueSink, mappingSource, specSource } from './profile';
import { RETIRED_RULES } from '../rules/kubernetes';
import { Rules } from '../rules/registry';
import { Severity } from '../rules/rule';
import { loadYaml } from '../yaml/load';

/**
 * Reads and checks a config file's text. Every issue is reported, each with its line and fix; the config is returned
 * only when there is none.
 */

const SEVERITIES: readonly string[] = [Severity.ERROR, Severity.WARNING];

const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A glob that leaves the config file's directory (a `..` segment) can never match: files are matched below it. */
export const PARENT_SEGMENT = /(^|[/\\])\.\.([/\\]|$)/;

function ruleIdIssue(id: unknown): { message: string; fix: string } | undefined {
  if (typeof id !== 'string') return { message: `${JSON.stringify(id)} is not a rule id.`, fix: 'Write a rule id as a string, e.g. K8S-SVC-024 (RULES.md lists them).' };
  if (Rules.find(id) !== undefined) return undefined;
  const upper = id.trim().toUpperCase();
  if (Rules.find(upper) !== undefined) return { message: `"${id}" is not a rule id.`, fix: `Write it as "${upper}".` };
  const retired = RETIRED_RULES.find((r) => r.id === upper);
  if (retired !== undefined) {
    const instead = retired.replacedBy.length > 0 ? `; ${retired.replacedBy.join(' and ')} judge what it judged` : '';
    return { message: `"${id}" is a retired rule id (cdk8s-cloud-lb explain ${retired.id}).`, fix: `Remove it${instead}.` };
  }
  return { message: `"${id}" is not a rule id.`, fix: 'Use a rule id listed in RULES.md, e.g. K8S-SVC-024.' };
}

function ruleSettings(value: Record<string, unknown>, path: string, sink: IssueSink): RuleSettings {
  const prefix = path === '' ? '' : `${path}.`;
  const ignore: string[] = [];
  const severity = new Map<string, Severity>();
  if (value.ignore !== undefined) {
    if (!Array.isArray(value.ignore)) {
      sink.add(`${prefix}ignore`, `${prefix}ignore must be a list of rule ids, not ${JSON.stringify(value.ignore)}.`, 'Write ignore: [K8S-SVC-024, AWS-LB-017].');
    } else {
      value.ignore.forEach((id, i) => {
        const issue = ruleIdIssue(id);
        if (issue) sink.add(`${prefix}ignore[${i}]`, `${prefix}ignore[${i}]: ${issue.message}`, issue.fix);
        else ignore.push(id as string);
      });
    }
  }
  if (value.severity !== undefined) {
    if (!isMapping(value.severity)) {
      sink.add(`${prefix}severity`, `${prefix}severity must map rule ids to error or warning, not ${JSON.stringify(value.severity)}.`, 'Write severity: { AWS-LB-010: error, K8S-SVC-014: warning }.');
    } else {
      for (const [id, level] of Object.entries(value.severity)) {
        const where = `${prefix}severity[${id}]`;
        const issue = ruleIdIssue(id);
        if (issue) {sink.add(where, `${prefix}severity: ${issue.message}`, issue.fix);} else if (typeof level !== 'string' || !SEVERITIES.includes(level)) {
          sink.add(where, `${prefix}severity of ${id}: ${JSON.stringify(level)} is not a severity.`, 'Write error (raise a warning) or warning (lower an error).');
        } else {severity.set(id, level as Severity);}
      }
    }
  }
  return { ignore, severity };
}

function override(value: unknown, path: string, sink: IssueSink): ConfigOverride | undefined {
  if (!isMapping(value)) {
    sink.add(path, `${path} must be a mapping with files and ignore or severity, not ${JSON.stringify(value)}.`, 'Write - files: ["charts/legacy/**"]\n    ignore: [AWS-LB-017].');
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!(OVERRIDE_KEYS as readonly string[]).includes(key)) sink.add(`${path}.${key}`, `${path} has no key "${key}".`, `Use ${OVERRIDE_KEYS.join(', ')}.`);
  }
  const files = value.files;
  const globs = [];
  if (!Array.isArray(files) || files.length === 0) {
    sink.add(files === undefined ? path : `${path}.files`, `${path}.files must be a non-empty list of path globs${files === undefined ? '' : `, not ${JSON.stringify(files)}`}.`, 'Write files: ["charts/legacy/**"] (relative to the directory of the config file).');
  } else {
    for (let i = 0; i < files.length; i++) {
      const glob = files[i];
      const where = `${path}.files[${i}]`;
      if (typeof glob !== 'string' || glob.trim() === '') {
        sink.add(where, `${where}: ${JSON.stringify(glob)} is not a path glob.`, 'Write the glob as a string, e.g. "charts/legacy/**" (quote it when it starts with * or contains ": ").');
      } else if (PARENT_SEGMENT.test(glob)) {
        sink.add(where, `${where}: "${glob}" leaves the directory of the config file, so it matches no file.`, 'Write the glob relative to the directory of the config file, without "..", or put a config file higher up.');
      } else {globs.push(compileGlob(glob));}
    }
  }
  if (value.ignore === undefined && value.severity === undefined) {
    sink.add(path, `${path} has neither ignore nor severity: it changes nothing.`, 'Add ignore: [RULE-ID] or severity: { RULE-ID: warning }, or remove the entry.');
  }
  const settings = ruleSettings(value, path, sink);
  return { files: globs, ...settings };
}

/**
 * The config of a config file's text.
 * @param file the file's path, as given in messages and in the result
 * @throws ConfigError with every issue
 */
export function parseConfig(text: string, file: string): LintConfig {
  const loaded = loadYaml(text, file);
  const issues: ConfigIssue[] = loaded.problems.map((p) => ({
    line: p.line,
    message: p.column ? `${p.message} (column ${p.column}).` : `${p.message}.`,
    fix: 'Correct the YAML syntax.',
  }));
  if (issues.length > 0) throw new ConfigError(file, issues);
  if (loaded.documents > 1) throw new ConfigError(file, [{ line: 1, message: `the file has ${loaded.documents} YAML documents.`, fix: 'Keep one document (remove the --- separators).' }]);
  if (loaded.documents === 1 && loaded.objects.length === 0) {
    throw new ConfigError(file, [{ line: 1, message: 'the file is not a mapping.', fix: 'Write keys at the top level: profile, ignore, overrides, severity.' }]);
  }
  const object = loaded.objects[0];
  const value = (object?.manifest ?? {}) as Record<string, unknown>;
  const sink: IssueSink = { add: (path, message, fix) => issues.push({ line: object.lineOf(path), message, fix }) };

  for (const key of Object.keys(value)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) {
      sink.add(key, `unknown key "${key}".`, `Use ${CONFIG_KEYS.join(', ')} (docs/cli.md#the-config-file).`);
    }
  }
  let profile: ProfileSource | undefined;
  if (typeof value.profile === 'string') {
    try {
      profile = specSource(value.profile, 'profile');
    } catch (e) {
      sink.add('profile', (e as Error).message.replace(/ Syntax: .*$/s, ''), `Write the profile as ${(e as Error).message.replace(/^.* Syntax: /s, '').replace(/\.$/, '')}, or as a mapping with platform: eks, aks or custom (docs/profiles.md).`);
    }
  } else if (isMapping(value.profile)) {
    profile = mappingSource(value.profile, 'profile', sink);
  } else if (value.profile !== undefined) {
    sink.add('profile', `profile ${JSON.stringify(value.profile)} is neither a spec nor a mapping.`, 'Write profile: eks-1.30+lbc-2.8.1, or a mapping with platform: eks, aks or custom (docs/profiles.md).');
  }
  const settings = ruleSettings(value, '', sink);
  const overrides: ConfigOverride[] = [];
  if (value.overrides !== undefined) {
    if (!Array.isArray(value.overrides)) {
      sink.add('overrides', `overrides must be a list, not ${JSON.stringify(value.overrides)}.`, 'Write overrides:\n  - files: ["charts/legacy/**"]\n    ignore: [AWS-LB-017].');
    } else {
      value.overrides.forEach((entry, i) => {
        const o = override(entry, `overrides[${i}]`, sink);
        if (o) overrides.push(o);
      });
    }
  }
  if (issues.length > 0) throw new ConfigError(file, issues.sort((a, b) => a.line - b.line));
  return { file, profile, overrides, ...settings };
}
