import * as path from 'path';
import { pathToFileURL } from 'url';
import { LINT_INPUT } from './lint-input';
import { inReportOrder, resourceLabel } from './order';
import { INFORMATION_URI, packageVersion } from './package-info';
import { LintFinding, LintProblem, LintReport } from '../lint/structs';
import { Rules } from '../rules/registry';
import { IRule, Severity } from '../rules/rule';

/**
 * `lint --format sarif`: one SARIF 2.1.0 log (OASIS, errata 01) with one run. The rules that have results are the
 * run's `tool.driver.rules`; each finding is a result with its level, message, file (relative to the working
 * directory, under the base id %SRCROOT%) and line; an acknowledged warning is a result with an in-source
 * suppression whose justification is the reason. Unreadable input is a result of the pseudo-rule LINT-INPUT.
 */

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';

type Level = 'error' | 'warning';

interface RuleDescriptor {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly fix: string;
  readonly docs?: string;
  readonly severity: Level;
  readonly rule?: IRule;
}

function descriptorOf(ruleId: string): RuleDescriptor {
  if (ruleId === LINT_INPUT.id) return { ...LINT_INPUT, severity: 'error' };
  // Every finding comes from a built-in rule.
  const rule = Rules.find(ruleId)!;
  return { id: rule.id, title: rule.title, description: rule.description, fix: rule.fix, docs: rule.docs, severity: rule.severity, rule };
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function reportingDescriptor(d: RuleDescriptor): object {
  const help = `${sentence(d.description)} Fix: ${d.fix}${d.docs ? ` Docs: ${d.docs}` : ''}`;
  const markdown = `${sentence(d.description)}\n\n**Fix:** ${d.fix}${d.docs ? `\n\n[Documentation](${d.docs})` : ''}`;
  return {
    id: d.id,
    shortDescription: { text: sentence(d.title) },
    fullDescription: { text: sentence(d.description) },
    help: { text: help, markdown },
    ...(d.docs ? { helpUri: d.docs } : {}),
    defaultConfiguration: { level: d.severity },
    properties: {
      ...(d.rule ? { kinds: d.rule.kinds } : {}),
      ...(d.rule?.follows ? { follows: d.rule.follows } : {}),
      ...(d.rule?.dependsOnCluster ? { dependsOnCluster: d.rule.dependsOnCluster } : {}),
    },
  };
}

/**
 * A file as a SARIF artifact location: relative to the working directory under %SRCROOT% when it is below it, else
 * an absolute file URI; stdin has no URI, only a description.
 */
export function artifactLocation(file: string, cwd: string): object {
  if (file === '-') return { description: { text: 'standard input' } };
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

function location(file: string, line: number, cwd: string, logical?: object): object {
  return {
    physicalLocation: { artifactLocation: artifactLocation(file, cwd), ...(line > 0 ? { region: { startLine: line } } : {}) },
    ...(logical ? { logicalLocations: [logical] } : {}),
  };
}

function findingResult(f: LintFinding, ruleIndex: number, cwd: string): object {
  const { kind, namespace, name } = f.resource;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.severity === Severity.ERROR ? 'error' : 'warning',
    message: { text: `${resourceLabel(f.resource)}: ${f.path}: ${f.message} Fix: ${f.fix}` },
    locations: [location(f.file, f.line, cwd, { fullyQualifiedName: resourceLabel(f.resource), kind: 'resource' })],
    // The other objects a rule over the set involves (the workload a Service selects, an Ingress's Service).
    ...(f.related !== undefined && f.related.length > 0
      ? {
        relatedLocations: f.related.filter((r) => r.file !== undefined).map((r, i) => ({
          id: i + 1,
          ...location(r.file!, r.line ?? 0, cwd, { fullyQualifiedName: resourceLabel(r.resource), kind: 'resource' }),
          message: { text: `${resourceLabel(r.resource)}${r.path !== undefined ? `: ${r.path}` : ''}` },
        })),
      }
      : {}),
    ...(f.acknowledgedReason !== undefined
      ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: f.acknowledgedReason }] }
      : {}),
    properties: {
      resource: { kind, ...(namespace !== undefined ? { namespace } : {}), ...(name !== undefined ? { name } : {}) },
      path: f.path,
      ...(f.onlyOn !== undefined ? { onlyOn: f.onlyOn } : {}),
    },
  };
}

function problemResult(p: LintProblem, ruleIndex: number, cwd: string): object {
  return {
    ruleId: LINT_INPUT.id,
    ruleIndex,
    level: 'error',
    message: { text: `${p.message} Fix: ${LINT_INPUT.fix}` },
    locations: [location(p.file, p.line, cwd)],
  };
}

/** The SARIF log of a lint report; `cwd` is what file locations are relative to. */
export function formatLintSarif(report: LintReport, cwd: string): string {
  const findings = inReportOrder(report.findings);
  const ruleIds = [...new Set([...(report.problems.length > 0 ? [LINT_INPUT.id] : []), ...findings.map((f) => f.ruleId)])];
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'cdk8s-cloud-lb',
          version: packageVersion(),
          informationUri: INFORMATION_URI,
          rules: ruleIds.map((id) => reportingDescriptor(descriptorOf(id))),
        },
      },
      originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
      invocations: [{ executionSuccessful: report.problems.length === 0 }],
      results: [
        ...report.problems.map((p) => problemResult(p, index.get(LINT_INPUT.id)!, cwd)),
        ...findings.map((f) => findingResult(f, index.get(f.ruleId)!, cwd)),
      ],
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
