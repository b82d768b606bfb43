/**
 * The cdk8s-cli validation plugin: lints every Service and Ingress that `cdk8s synth` writes, including the objects
 * that do not come from this library's constructs (Helm charts through `Include`, cdk8s-plus Services, raw ApiObjects).
 *
 * ```yaml
 * # cdk8s.yaml
 * validations:
 *   - package: ./node_modules/cdk8s-cloud-lb/lib/lint/plugin.js   # local: must start with ./ (works offline)
 *     class: CloudLbValidation
 *     version: 0.0.0                                             # cdk8s-cli wants a pinned version string
 *     properties: { ignore: [K8S-SVC-024], failOnWarnings: false, profile: eks-1.30+lbc-2.8.1 }
 * ```
 *
 * Like `lint`, it reads the first `.cdk8s-cloud-lb.yaml` from its working directory (the app's) up, or the file of
 * `config`; its properties win over that file.
 *
 * This module is not part of the jsii API: it implements cdk8s-cli's plugin contract (a TypeScript-only interface),
 * written out structurally below so that the library needs no dependency on cdk8s-cli.
 */
import * as fs from 'fs';
import * as path from 'path';
import { inReportOrder, resourceLabel } from './order';
import { applyConfig } from '../config/apply';
import { ConfigError } from '../config/config';
import { LintSettings, SettingsError, resolveSettings } from '../config/resolve';
import { lintLoaded } from '../lint/run';
import { LintFinding } from '../lint/structs';
import { Severity, ResourceRef } from '../rules/rule';
import { LoadResult, loadYaml } from '../yaml/load';

/** cdk8s-cli's `ValidationViolatingResource`. */
export interface ValidationViolatingResource {
  readonly resourceName: string;
  readonly locations: readonly string[];
  readonly manifestPath: string;
}

/** cdk8s-cli's `ValidationViolation`. */
export interface ValidationViolation {
  readonly ruleName: string;
  readonly recommendation: string;
  readonly fix: string;
  readonly violatingResources: readonly ValidationViolatingResource[];
}

/** The part of cdk8s-cli's `ValidationContext` the plugin uses. */
export interface ValidationContext {
  readonly manifests: readonly string[];
  readonly report: {
    addViolation(violation: ValidationViolation): void;
    submit(status: 'success' | 'failure', metadata?: { readonly [key: string]: string }): void;
  };
  readonly logger?: { log(message: string): void };
}

/** The `properties:` of the plugin in cdk8s.yaml. */
export interface CloudLbValidationProperties {
  /** Rule ids to skip. */
  readonly ignore?: string[];
  /** Fail the synth on warnings too (acknowledged warnings never fail it). Default false. */
  readonly failOnWarnings?: boolean;
  /** The cluster, as a one-line spec (`ClusterProfile.fromSpec`), e.g. "eks-1.30+lbc-2.8.1"; wins over the config file's. */
  readonly profile?: string;
  /** The config file (relative to the working directory); it must exist. Default: the first .cdk8s-cloud-lb.yaml from the working directory up. */
  readonly config?: string;
}

/** How many objects of the synthesized manifests carry each metadata.name, of any kind, in any chart. */
export function nameCounts(loaded: readonly LoadResult[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const object of loaded.flatMap((l) => l.objects)) {
    const name = (object.manifest as { metadata?: { name?: unknown } } | null)?.metadata?.name;
    if (typeof name === 'string') counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/**
 * The resource name to give cdk8s-cli. It finds the construct path by this name alone (construct-metadata.json maps
 * metadata.name to the path of the last object with that name): a name that only one object of the synth carries
 * gets its construct path. A shared name (an AGIC Ingress and its Service, a Deployment and its Service, the same
 * name in two charts) would get another object's path: it is given as "Kind namespace/name" instead, which matches
 * no entry, so cdk8s-cli shows no construct path (N/A) rather than a wrong one.
 */
export function resourceNameOf(resource: ResourceRef, counts: ReadonlyMap<string, number>): string {
  return resource.name !== undefined && counts.get(resource.name) === 1 ? resource.name : resourceLabel(resource);
}

function violationOf(finding: LintFinding, counts: ReadonlyMap<string, number>): ValidationViolation {
  return {
    ruleName: `${finding.ruleId} (${finding.severity})`,
    recommendation: `${finding.path}: ${finding.message} See ${finding.docs}`,
    fix: finding.fix,
    // A finding of a rule over the set names the other objects too, each where cdk8s-cli can find its construct.
    violatingResources: [{
      resourceName: resourceNameOf(finding.resource, counts),
      locations: [`${finding.path} (line ${finding.line})`],
      manifestPath: finding.file,
    }, ...(finding.related ?? []).map((r) => ({
      resourceName: resourceNameOf(r.resource, counts),
      locations: [`${r.path ?? '(the object)'} (line ${r.line ?? 0})`],
      manifestPath: r.file ?? finding.file,
    }))],
  };
}

/**
 * Reports every finding as a violation, with the construct path (added by cdk8s-cli from the resource name, when the
 * name is the object's alone), the manifest path and the resource name; fails the synth on errors (and on warnings
 * with `failOnWarnings`). Under `cdk8s synth` with this plugin, this library's constructs leave their warnings to it
 * (src/core/plugin-reports.ts): each is printed once.
 */
export class CloudLbValidation {
  private readonly ignore: string[];
  private readonly failOnWarnings: boolean;
  private readonly profile?: string;
  private readonly config?: string;

  /**
   * @param cwd where the config file is looked for from (a test passes its own): by default the working directory
   *   at validation time, the app's under cdk8s-cli
   */
  constructor(properties: CloudLbValidationProperties = {}, private readonly cwd?: string) {
    this.ignore = Array.isArray(properties.ignore) ? properties.ignore.map(String) : [];
    this.failOnWarnings = properties.failOnWarnings === true;
    this.profile = properties.profile === undefined ? undefined : String(properties.profile);
    this.config = properties.config === undefined ? undefined : String(properties.config);
  }

  public async validate(context: ValidationContext): Promise<void> {
    const cwd = this.cwd ?? process.cwd();
    let settings: LintSettings;
    try {
      settings = resolveSettings({ cwd, configFile: this.config, profile: this.profile, profileOrigin: 'the profile property' });
    } catch (e) {
      if (!(e instanceof ConfigError) && !(e instanceof SettingsError)) throw e;
      reportConfigError(context, e, cwd);
      return;
    }
    let errors = 0;
    let warnings = 0;
    let acknowledged = 0;
    let ignored = 0;
    const manifests = context.manifests.map((manifestPath) => ({ manifestPath, loaded: loadYaml(fs.readFileSync(manifestPath, 'utf8'), manifestPath) }));
    const counts = nameCounts(manifests.map((m) => m.loaded));
    // Every manifest of the synth is one set, for the rules that judge objects together; reported per manifest file.
    const whole = lintLoaded({
      objects: manifests.flatMap((m) => m.loaded.objects),
      problems: manifests.flatMap((m) => m.loaded.problems),
      documents: manifests.reduce((n, m) => n + m.loaded.documents, 0),
    }, { profile: settings.profile });
    for (const { manifestPath } of manifests) {
      const findings = whole.findings.filter((f) => f.file === manifestPath);
      const linted = { ...whole, findings, problems: whole.problems.filter((p) => p.file === manifestPath) };
      const applied = applyConfig(linted.findings, settings.config, this.ignore, cwd);
      ignored += applied.ignoredByConfig + applied.ignoredByFlag;
      const report = { ...linted, findings: applied.findings };
      for (const problem of report.problems) {
        errors++;
        context.report.addViolation({
          ruleName: 'LINT-INPUT (error)',
          recommendation: `${problem.message} (line ${problem.line})`,
          fix: 'Fix the YAML so that the document can be read.',
          violatingResources: [{ resourceName: '(unparsable document)', locations: [`line ${problem.line}`], manifestPath }],
        });
      }
      for (const finding of inReportOrder(report.findings)) {
        if (finding.acknowledgedReason !== undefined) {
          acknowledged++;
          continue;
        }
        if (finding.severity === Severity.ERROR) errors++;
        else warnings++;
        context.report.addViolation(violationOf(finding, counts));
      }
    }
    const failed = errors > 0 || (this.failOnWarnings && warnings > 0);
    context.report.submit(failed ? 'failure' : 'success', {
      errors: String(errors),
      warnings: String(warnings),
      acknowledged: String(acknowledged),
      ignored: String(ignored),
      profile: settings.profile?.name ?? 'every cluster (declare yours: the profile property or .cdk8s-cloud-lb.yaml)',
      ...(settings.config !== undefined ? { config: settings.config.file } : {}),
    });
  }
}

/** A config file or property that cannot be used: one violation per issue, and the synth fails. */
function reportConfigError(context: ValidationContext, error: ConfigError | SettingsError, cwd: string): void {
  const issues = error instanceof ConfigError
    ? error.issues.map((i) => ({ line: i.line, message: i.message, fix: i.fix, file: path.resolve(cwd, error.file) }))
    : [{ line: 0, message: error.message, fix: 'Correct the plugin\'s properties in cdk8s.yaml (profile: a spec such as eks-1.30+lbc-2.8.1; config: an existing file).', file: 'cdk8s.yaml' }];
  for (const issue of issues) {
    context.report.addViolation({
      ruleName: 'LINT-CONFIG (error)',
      recommendation: issue.message,
      fix: issue.fix,
      violatingResources: [{ resourceName: '(config)', locations: [issue.line > 0 ? `line ${issue.line}` : '(file)'], manifestPath: issue.file }],
    });
  }
  context.report.submit('failure', { errors: String(issues.length) });
}
