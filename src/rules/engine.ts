import { acknowledgementsOf, isLoadBalancerService, kindOf, metadataOf, stringAt, withDerivedFacts, withoutNullFields } from './manifest';
import { CheckOptions, Finding, IRule, ResourceRef, RuleViolation, Severity } from './rule';

/** Whether the engine judges this object: Services of type LoadBalancer, and Ingresses. */
export function isJudged(manifest: unknown): boolean {
  return isLoadBalancerService(manifest) || kindOf(manifest) === 'Ingress';
}

export function resourceOf(manifest: unknown, constructPath?: string): ResourceRef {
  const metadata = metadataOf(manifest);
  return {
    kind: kindOf(manifest) ?? 'Unknown',
    name: stringAt(metadata, 'name'),
    namespace: stringAt(metadata, 'namespace'),
    constructPath,
  };
}

/** "Service shop/web": how the outputs name an object. */
export function resourceLabel(resource: { kind: string; namespace?: string; name?: string }): string {
  const name = resource.name ?? '(unnamed)';
  return `${resource.kind} ${resource.namespace ? `${resource.namespace}/` : ''}${name}`;
}

/**
 * Runs every applicable rule on one manifest. Warnings acknowledged in the manifest's own annotations carry the
 * reason; errors cannot be acknowledged. A rule that throws is reported as an error finding of that rule instead of
 * crashing the caller: a crash would hide every other finding.
 */
export function checkManifest(manifest: unknown, rules: readonly IRule[], options: CheckOptions = {}): Finding[] {
  return checkDecoded(withoutNullFields(manifest), rules, options);
}

/**
 * How the registry runs its prepared rules: every rule is known to judge the manifest's kind and to be in scope, so
 * none asks its scope again.
 */
export type ScopedRuns = (rule: IRule, manifest: unknown) => RuleViolation[];

/**
 * checkManifest on a manifest already decoded by withoutNullFields (Rules.check decodes once for both steps).
 * `scoped`: the rules are the registry's prepared set for this manifest, run this way.
 */
export function checkDecoded(decoded: unknown, rules: readonly IRule[], options: CheckOptions = {}, scoped?: ScopedRuns): Finding[] {
  if (!isJudged(decoded)) return [];
  return withDerivedFacts(decoded, () => runRules(decoded, rules, options, scoped));
}

function runRules(manifest: unknown, rules: readonly IRule[], options: CheckOptions, scoped: ScopedRuns | undefined): Finding[] {
  const kind = kindOf(manifest)!;
  const ignored = options.ignore !== undefined && options.ignore.length > 0 ? new Set(options.ignore) : undefined;
  // Computed at the first finding: most checks of a construct find nothing, and they run for every Service.
  let resource: ResourceRef | undefined;
  let acknowledgements: Map<string, string> | undefined;
  /** The rules of this check that found undecodable values. */
  let undecodable: Set<string> | undefined;
  const findings: Finding[] = [];
  for (const rule of rules) {
    if ((ignored !== undefined && ignored.has(rule.id)) || (scoped === undefined && !rule.kinds.includes(kind))) continue;
    if (rule.synthOnly === true && options.constructPath === undefined) continue;
    let violations;
    try {
      violations = scoped === undefined ? rule.check(manifest) : scoped(rule, manifest);
    } catch (e) {
      violations = [{
        path: '(rule)',
        message: `the rule failed on this manifest (${(e as Error)?.message ?? e}); this is a bug in cdk8s-cloud-lb.`,
        fix: 'Report it with the manifest at https://github.com/cdk8s-cloud-lb/cdk8s-cloud-lb/issues; meanwhile check the object by hand.',
      }];
    }
    if (violations.length === 0) continue; // nearly every rule of a check
    if (rule.reportsUndecodable === true) (undecodable ??= new Set()).add(rule.id);
    for (const v of violations) {
      resource ??= resourceOf(manifest, options.constructPath);
      const severity = v.onlyOn === undefined ? rule.severity : Severity.WARNING;
      const reason = severity === Severity.WARNING ? (acknowledgements ??= acknowledgementsOf(manifest)).get(rule.id) : undefined;
      findings.push({
        ruleId: rule.id,
        severity,
        resource,
        path: v.path,
        message: v.onlyOn === undefined ? v.message : onlyOnMessage(v.message, v.onlyOn),
        fix: options.constructPath !== undefined && v.propFix !== undefined ? v.propFix : v.fix,
        docs: rule.docs,
        acknowledgedReason: reason,
        onlyOn: v.onlyOn,
      });
    }
  }
  return undecodable === undefined ? findings : withoutUndecodable(findings, undecodable);
}

/**
 * Leaves out the findings under a finding of a rule that reports undecodable values (IRule.reportsUndecodable): they
 * judge a value the API server never gets to validate.
 */
function withoutUndecodable(findings: Finding[], undecodable: ReadonlySet<string>): Finding[] {
  if (undecodable.size === 0) return findings;
  const paths = findings.filter((f) => undecodable.has(f.ruleId)).map((f) => f.path);
  const inside = (path: string) => paths.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));
  return findings.filter((f) => undecodable.has(f.ruleId) || !inside(f.path));
}

/** The message of a finding that holds on some clusters only: where, and how to judge exactly. */
function onlyOnMessage(message: string, onlyOn: string): string {
  return `${message} This holds only on ${onlyOn}: declare your cluster (a ClusterProfile, or --profile in lint) to judge it exactly.`;
}

/** One line per finding, as printed at synth and by the CLI: rule, severity, path, message and fix. */
export function formatFinding(finding: Finding): string {
  const related = (finding.related ?? []).map((r) => resourceLabel(r.resource)
    + `${r.resource.constructPath !== undefined ? ` [${r.resource.constructPath}]` : ''}${r.path !== undefined ? ` ${r.path}` : ''}`);
  const withText = related.length > 0 ? ` With: ${related.join('; ')}.` : '';
  return `${finding.ruleId} (${finding.severity}) ${finding.path}: ${finding.message}${withText} Fix: ${finding.fix}`;
}
