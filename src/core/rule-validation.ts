import { setFindingsOf, validationRenderOf } from './app-set';
import type { JudgedApiObject } from './judged-api-object';
import { ManagedAnnotation } from './managed-annotation';
import { warningsReportedByPlugin } from './plugin-reports';
import { ClusterProfile } from '../profile/cluster-profile';
import { formatFinding } from '../rules/engine';
import { ACKNOWLEDGE_PREFIX, annotationPath } from '../rules/manifest';
import { Rules } from '../rules/registry';
import { Finding, Severity } from '../rules/rule';

/**
 * The synth-time validation shared by every construct that renders a judged object (a Service, an Ingress):
 * acknowledgements of warnings, and turning the rule engine's findings into synth errors and printed warnings.
 * Not exported from the package: constructs call it from `acknowledge()` and `node.addValidation`.
 */

/**
 * Checks an `acknowledge(ruleId, reason)` call and returns the trimmed reason.
 * @throws when the rule does not exist, is an error, or the reason is empty
 */
export function acknowledgedReason(constructPath: string, ruleId: string, reason: string): string {
  const rule = Rules.find(ruleId);
  if (!rule) {
    throw new Error(`[${constructPath}] acknowledge(): there is no rule "${ruleId}". See RULES.md for the rule ids.`);
  }
  // An error rule whose verdict depends on the cluster reports warnings where the profile leaves it open: those can be
  // accepted; on a cluster where the finding holds it stays an error.
  if (rule.severity !== Severity.WARNING && rule.dependsOnCluster === undefined) {
    throw new Error(`[${constructPath}] acknowledge(): ${ruleId} is an error, not a warning: errors mean the API server or the controller will not do what the manifest says, and cannot be acknowledged. ${rule.fix} If it is a warning here because it holds only on some clusters, declare yours (ClusterProfile.applyTo()): where it does not hold, it is not reported.`);
  }
  if (typeof reason !== 'string' || reason.trim() === '') {
    throw new Error(`[${constructPath}] acknowledge(${ruleId}): give a reason, so that the next reader knows why the warning was accepted.`);
  }
  return reason.trim();
}

/**
 * Turns the rule engine's findings into synth errors (one line per error finding) and prints the unacknowledged
 * warnings to stderr, each once per construct (`printed` remembers them); `printWarnings: false` leaves the warnings
 * to the cdk8s-cli plugin, which reports them (plugin-reports.ts).
 */
export function reportFindings(constructPath: string, findings: readonly Finding[], printed: Set<string>, printWarnings = true): string[] {
  const errors: string[] = [];
  for (const finding of findings) {
    if (finding.severity === Severity.ERROR) {
      errors.push(formatFinding(finding));
    } else if (printWarnings && finding.acknowledgedReason === undefined) {
      const text = formatFinding(finding);
      if (printed.has(text)) continue;
      printed.add(text);
      process.stderr.write(`[${constructPath}] warning: ${text}\n`);
    }
  }
  return errors;
}

/**
 * Findings on an annotation that a typed prop wrote name the prop before the key: the construct user wrote the prop,
 * not the annotation.
 */
function inPropTerms(findings: Finding[], typed: readonly ManagedAnnotation[]): Finding[] {
  if (findings.length === 0 || typed.length === 0) return findings;
  const sources = new Map<string, string>();
  for (const entry of typed) sources.set(annotationPath(entry.key), entry.source);
  return findings.map((finding) => {
    const source = sources.get(finding.path);
    return source === undefined ? finding : { ...finding, path: `${source} (${finding.path})` };
  });
}

/**
 * What every judged construct keeps for its validation: the warnings it acknowledged and the ones it already printed.
 * Both collections are created on first use: most constructs never need them.
 */
export class RuleJudgement {
  private acknowledgements?: Map<string, string>;
  private printedWarnings?: Set<string>;

  constructor(private readonly constructPath: string) {}

  /** Records `acknowledge(ruleId, reason)`. @throws as acknowledgedReason() */
  public acknowledge(ruleId: string, reason: string): void {
    (this.acknowledgements ??= new Map()).set(ruleId, acknowledgedReason(this.constructPath, ruleId, reason));
  }

  public isAcknowledged(ruleId: string): boolean {
    return this.acknowledgements?.has(ruleId) ?? false;
  }

  /** The `acknowledge.cdk8s-cloud-lb.io/<RULE-ID>` annotations, so that the linter sees the same acknowledgements. */
  public annotations(): ManagedAnnotation[] {
    if (this.acknowledgements === undefined) return [];
    return [...this.acknowledgements].map(([ruleId, reason]) => ({ key: `${ACKNOWLEDGE_PREFIX}${ruleId}`, value: reason, source: `acknowledge(${ruleId})` }));
  }

  /**
   * The synth errors of a judged object: the construct's own errors, the annotation conflicts of its render, and the
   * rules' error findings (warnings are printed), those of the rules over one object and over the whole app.
   */
  public validate(
    kind: string,
    apiObject: JudgedApiObject,
    ownErrors: string[],
    profile: ClusterProfile | undefined,
  ): string[] {
    const errors = [...ownErrors];
    let findings: Finding[];
    try {
      const { json, conflicts, typed } = validationRenderOf(apiObject);
      errors.push(...conflicts);
      findings = [...inPropTerms(Rules.check(json, { constructPath: this.constructPath, profile }), typed), ...setFindingsOf(apiObject)];
    } catch (e) {
      return [...errors, `the ${kind} could not be rendered: ${(e as Error).message}`];
    }
    if (findings.length === 0) return errors;
    const printed = this.printedWarnings ??= new Set();
    // The rules' warnings are the plugin's to report when it runs: it judges the same manifests, and the same set.
    return [...errors, ...reportFindings(this.constructPath, findings, printed, !warningsReportedByPlugin())];
  }
}
