#!/usr/bin/env node
/**
 * `cdk8s-cloud-lb lint FILE|DIR|- … [--format text|json|sarif|junit|github] [--ignore RULE] [--profile SPEC]
 * [--kubernetes-version 1.xx] [--config FILE | --no-config]`, `cdk8s-cloud-lb diff OLD NEW [--format text|json]`,
 * `cdk8s-cloud-lb rules [--format text|json]`, `cdk8s-cloud-lb explain RULE-ID [--format text|json]`, `--version`.
 * Exit codes: lint 0 clean or warnings only, 1 errors, 2 unreadable input or a bad config file or flag; diff 0 nothing
 * disruptive, 1 disruptive changes, 2 bad input; explain 2 for an id that names no rule.
 */
import * as fs from 'fs';
import * as path from 'path';
import { COLOR, formatDiffJson, formatDiffText, formatLintJson, formatLintText, LintSummary, PLAIN, Style } from './format';
import { formatLintGithub } from './github';
import { formatLintJunit, JudgedObject } from './junit';
import { packageVersion } from './package-info';
import { explain, formatExplainJson, formatExplainText, formatRulesJson, formatRulesText } from './rules-command';
import { formatLintSarif } from './sarif';
import { applyConfig } from '../config/apply';
import { ConfigError } from '../config/config';
import { LintSettings, SettingsError, resolveSettings } from '../config/resolve';
import { diffLoadedWithValues } from '../diff/run';
import { hasErrors, lintLoaded } from '../lint/run';
import { LintReport } from '../lint/structs';
import { isJudged, resourceOf } from '../rules/engine';
import { RETIRED_RULE_IDS } from '../rules/kubernetes';
import { Rules } from '../rules/registry';
import { loadInputs, missingInputs } from '../yaml/files';
import { LoadResult } from '../yaml/load';

export const USAGE = `Usage:
  cdk8s-cloud-lb lint FILE|DIR|- ... [--format text|json|sarif|junit|github] [--ignore RULE-ID ...]
                     [--profile SPEC] [--kubernetes-version 1.xx] [--config FILE | --no-config]
      Judge every Service of type LoadBalancer and every Ingress in the YAML (directories are read recursively,
      - is stdin). Exit 0: clean or warnings only; 1: errors; 2: unreadable input, a bad config file or flag.
      --format sarif | junit | github   SARIF 2.1.0, JUnit XML, or GitHub Actions annotations
      --profile eks-1.30+lbc-2.8.1   judge for that cluster (<platform>[-<version>][+<controller>[-<version>]]...)
      --kubernetes-version 1.30      the cluster's Kubernetes version (replaces the profile's; alone: any platform)
      --config FILE / --no-config    the config file (default: the first .cdk8s-cloud-lb.yaml from the working
                                     directory up: profile, ignore, overrides, severity); flags win over it.
      Accept a warning in the manifest itself: acknowledge.cdk8s-cloud-lb.io/<RULE-ID>: "<reason>".
  cdk8s-cloud-lb diff OLD NEW [--format text|json] [--ignore CHANGE-ID ...]
      Report the changes from OLD to NEW (files or directories) that re-create a load balancer, its frontend or
      target group, or a Private Link Service, with the safe procedure. Exit 0: none; 1: disruptive; 2: bad input.
  cdk8s-cloud-lb rules [--format text|json]
      List every rule: id, severity, title, docs.
  cdk8s-cloud-lb explain RULE-ID [--format text|json]
      What the rule judges and why, the fix, the source it follows, whether it depends on the cluster, its docs.
  cdk8s-cloud-lb --version
`;

/** The formats of each command. */
const FORMATS: { readonly [command: string]: readonly string[] } = {
  lint: ['text', 'json', 'sarif', 'junit', 'github'],
  diff: ['text', 'json'],
  rules: ['text', 'json'],
  explain: ['text', 'json'],
};

/** Where the CLI writes and reads; a test passes its own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => string;
  /** Colour on stdout: by default when stdout is a terminal and NO_COLOR is not set. */
  readonly color?: boolean;
  /** Where the config file is looked for from and relative paths are read from: by default the process's. */
  readonly cwd?: string;
}

interface ParsedArgs {
  readonly command?: string;
  readonly positional: string[];
  readonly format: string;
  readonly ignore: string[];
  readonly profile?: string;
  readonly kubernetesVersion?: string;
  readonly config?: string;
  readonly noConfig?: boolean;
  readonly error?: string;
}

/** The flags of lint only. */
const LINT_FLAGS = ['--profile', '--kubernetes-version', '--config', '--no-config'];

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const ignore: string[] = [];
  let format = 'text';
  let error: string | undefined;
  let profile: string | undefined;
  let kubernetesVersion: string | undefined;
  let config: string | undefined;
  let noConfig = false;
  const lintFlags: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const [flag, inline] = equals > 0 ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (LINT_FLAGS.includes(flag)) lintFlags.push(flag);
    if (flag === '--format') {
      format = value() ?? '';
    } else if (flag === '--ignore') {
      const ids = value();
      if (!ids) error = '--ignore needs a rule id';
      else ignore.push(...ids.split(',').map((s) => s.trim()).filter((s) => s !== ''));
    } else if (flag === '--profile' || flag === '--kubernetes-version' || flag === '--config') {
      const given = value();
      if (given === undefined || given.trim() === '' || (inline === undefined && given.startsWith('--'))) {
        error = `${flag} needs a value${flag === '--profile' ? ', e.g. eks-1.30+lbc-2.8.1' : flag === '--config' ? ' (a file)' : ', e.g. 1.30'}`;
      } else if (flag === '--profile') {profile = given;} else if (flag === '--kubernetes-version') {kubernetesVersion = given;} else {config = given;}
    } else if (flag === '--no-config') {
      if (inline !== undefined) error = '--no-config takes no value';
      noConfig = true;
    } else if (flag === '--help' || flag === '-h') {
      return { command: 'help', positional, format, ignore };
    } else if (flag === '--version') {
      return { command: 'version', positional, format, ignore };
    } else if (flag.startsWith('-') && flag !== '-') {
      error = `unknown option ${flag}`;
    } else {
      positional.push(arg);
    }
  }
  const command = positional.shift();
  if (error === undefined && command !== undefined && command !== 'lint' && lintFlags.length > 0) error = `${lintFlags[0]} is an option of lint, not of ${command}`;
  const formats = command === undefined ? undefined : FORMATS[command];
  if (error === undefined && formats !== undefined && !formats.includes(format)) {
    error = `--format of ${command} must be ${formats.slice(0, -1).join(', ')} or ${formats[formats.length - 1]}, got ${JSON.stringify(format)}`;
  }
  return { command, positional, format, ignore, profile, kubernetesVersion, config, noConfig, error };
}

function styleFor(io: CliIo, format: string): Style {
  if (format !== 'text') return PLAIN;
  const color = io.color ?? (Boolean(process.stdout.isTTY) && process.env.NO_COLOR === undefined);
  return color ? COLOR : PLAIN;
}

/** A path as the user reads it: relative to the working directory when it is below it. */
function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** Every judged object of the input (JUnit has a test case for each, findings or not). */
function judgedObjects(loaded: LoadResult): JudgedObject[] {
  return loaded.objects.filter((o) => isJudged(o.manifest)).map((o) => ({ file: o.file, line: o.line, resource: resourceOf(o.manifest) }));
}

/** A path that does not exist is a usage error: exit 2 before anything is read. */
function missingInputsError(command: string, inputs: readonly string[], io: CliIo): boolean {
  const missing = missingInputs(inputs, io.cwd ?? process.cwd());
  for (const file of missing) io.stderr(`${command}: no such file: ${file}\n`);
  return missing.length > 0;
}

function unknownIgnoreIds(ids: readonly string[]): string | undefined {
  const unknown = ids.filter((id) => Rules.find(id) === undefined);
  if (unknown.length === 0) return undefined;
  const named = unknown.map((id) => (RETIRED_RULE_IDS.includes(id) ? `${id} (retired: cdk8s-cloud-lb explain ${id})` : id));
  return `lint: --ignore names no rule: ${named.join(', ')} (ignored)\n`;
}

function formatLint(format: string, report: LintReport, loaded: LoadResult, summary: LintSummary, io: CliIo, cwd: string): string {
  switch (format) {
    case 'json': return formatLintJson(report);
    case 'sarif': return formatLintSarif(report, cwd);
    case 'junit': return formatLintJunit(report, judgedObjects(loaded));
    case 'github': return formatLintGithub(report, (file) => (file === '-' ? file : displayPath(path.resolve(cwd, file), cwd)), summary);
    default: return formatLintText(report, styleFor(io, format), summary);
  }
}

function lintCommand(args: ParsedArgs, io: CliIo): number {
  if (args.positional.length === 0) {
    io.stderr(`lint: give at least one file, directory or - (stdin)\n\n${USAGE}`);
    return 2;
  }
  const cwd = io.cwd ?? process.cwd();
  let settings: LintSettings;
  try {
    const { config: configFile, noConfig, profile, kubernetesVersion } = args;
    settings = resolveSettings({ cwd, configFile, noConfig, profile, kubernetesVersion });
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr(`lint: the config file cannot be used:\n${e.message}\n`);
      return 2;
    }
    if (e instanceof SettingsError) {
      io.stderr(`lint: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (missingInputsError('lint', args.positional, io)) return 2;
  const unknown = unknownIgnoreIds(args.ignore);
  if (unknown !== undefined) io.stderr(unknown);
  const loaded = loadInputs(args.positional, io.readStdin, io.cwd);
  const linted = lintLoaded(loaded, { profile: settings.profile });
  // The config file and --ignore apply before any format: every output shows the same findings.
  const applied = applyConfig(linted.findings, settings.config, args.ignore, cwd);
  const report = { ...linted, findings: applied.findings };
  const summary: LintSummary = {
    ignoredByConfig: applied.ignoredByConfig,
    ignoredByFlag: applied.ignoredByFlag,
    configFile: settings.config === undefined ? undefined : displayPath(settings.config.file, cwd),
    profileName: settings.profile?.name,
  };
  io.stdout(formatLint(args.format, report, loaded, summary, io, cwd));
  if (report.problems.length > 0) return 2;
  return hasErrors(report) ? 1 : 0;
}

function diffCommand(args: ParsedArgs, io: CliIo): number {
  if (args.positional.length !== 2) {
    io.stderr(`diff: give exactly two paths, OLD and NEW (got ${args.positional.length})\n\n${USAGE}`);
    return 2;
  }
  if (missingInputsError('diff', args.positional, io)) return 2;
  const [oldPath, newPath] = args.positional;
  const { report, changes } = diffLoadedWithValues(loadInputs([oldPath], io.readStdin, io.cwd), loadInputs([newPath], io.readStdin, io.cwd));
  const ignored = new Set(args.ignore);
  const kept = changes.filter((c) => !ignored.has(c.change.changeId));
  const filtered = { ...report, changes: kept.map((c) => c.change) };
  io.stdout(args.format === 'json' ? formatDiffJson(kept) : formatDiffText(filtered, styleFor(io, args.format)));
  if (report.problems.length > 0) {
    if (args.format === 'json') io.stderr(report.problems.join('\n') + '\n');
    return 2;
  }
  return kept.length > 0 ? 1 : 0;
}

function rulesCommand(args: ParsedArgs, io: CliIo): number {
  if (args.positional.length > 0) {
    io.stderr(`rules: takes no argument (got ${args.positional.join(' ')}); for one rule: cdk8s-cloud-lb explain RULE-ID\n`);
    return 2;
  }
  io.stdout(args.format === 'json' ? formatRulesJson() : formatRulesText());
  return 0;
}

function explainCommand(args: ParsedArgs, io: CliIo): number {
  if (args.positional.length !== 1) {
    io.stderr('explain: give one rule id, e.g. cdk8s-cloud-lb explain K8S-SVC-014 (cdk8s-cloud-lb rules lists them)\n');
    return 2;
  }
  const [id] = args.positional;
  const explained = explain(id);
  if ('closest' in explained) {
    io.stderr(`explain: ${JSON.stringify(id)} is not a rule id. The closest: ${explained.closest.join(', ')} (cdk8s-cloud-lb rules lists every rule).\n`);
    return 2;
  }
  io.stdout(args.format === 'json' ? formatExplainJson(explained) : formatExplainText(explained));
  return 0;
}

/** Runs the CLI and returns the exit code. Never throws: an unexpected failure is exit code 2 with the message. */
export function runCli(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv);
  if (args.error) {
    io.stderr(`cdk8s-cloud-lb: ${args.error}\n\n${USAGE}`);
    return 2;
  }
  try {
    switch (args.command) {
      case 'lint': return lintCommand(args, io);
      case 'diff': return diffCommand(args, io);
      case 'rules': return rulesCommand(args, io);
      case 'explain': return explainCommand(args, io);
      case 'version':
        io.stdout(`${packageVersion()}\n`);
        return 0;
      case 'help': case undefined:
        io.stdout(USAGE);
        return args.command === 'help' ? 0 : 2;
      default:
        io.stderr(`cdk8s-cloud-lb: unknown command ${JSON.stringify(args.command)}\n\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    io.stderr(`cdk8s-cloud-lb: ${(e as Error)?.stack ?? e}\n`);
    return 2;
  }
}

if (require.main === module) {
  process.exitCode = runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => fs.readFileSync(0, 'utf8'),
  });
}
