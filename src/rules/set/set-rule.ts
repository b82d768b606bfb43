import { ManifestSet } from './manifest-set';
import { Cluster } from '../../profile/cluster';
import { ClusterProfile } from '../../profile/cluster-profile';
import { RuleMeta, RuleMetadata } from '../define';
import { resourceOf } from '../engine';
import { acknowledgementsOf } from '../manifest';
import { Finding, IRule, ResourceRef, RuleViolation, Severity } from '../rule';

/** Another object of the set that a violation involves, by its index in the set. */
export interface RelatedIndex {
  readonly index: number;
  readonly path?: string;
}

/** A violation of a rule over a set: on the object at `subject`, involving the `related` ones. */
export interface SetViolation extends RuleViolation {
  readonly subject: number;
  readonly related: readonly RelatedIndex[];
  /** A warning where the rule's severity is an error: the violation holds for some of the objects involved, not all. */
  readonly severity?: Severity.WARNING;
}

export type SetCheck = (set: ManifestSet, cluster: Cluster) => SetViolation[];

/**
 * A rule over a set of objects (a Service and the workloads it selects, an Ingress and its Services): the same
 * metadata as a rule over one object, listed and documented with them. Its `check` of one object alone finds
 * nothing; the set's runner (`checkSetRules`) gives it the whole set.
 */
export class SetRule extends RuleMetadata implements IRule {
  constructor(
    meta: RuleMeta,
    /** The kinds of object whose presence in a set can make this rule report: a set without any is skipped. */
    public readonly needs: readonly string[],
    public readonly checkSet: SetCheck,
  ) {
    super(meta);
  }

  /** One object alone: nothing to judge. */
  public check(_manifest: any): RuleViolation[] {
    return [];
  }
}

/** A rule over a set; `needs` are the kinds it looks at besides its subjects' (the set is skipped without them). */
export function defineSetRule(meta: RuleMeta, needs: readonly string[], check: SetCheck): SetRule {
  return new SetRule(meta, needs, check);
}

/** A set finding: on the object at `subject`. */
export interface SetFinding {
  readonly subject: number;
  readonly finding: Finding;
  /** The related objects, by index, with the path in each. */
  readonly related: readonly RelatedIndex[];
}

export interface SetCheckOptions {
  readonly ignore?: readonly string[];
  readonly profile?: ClusterProfile;
  /** The construct path of the object at an index, at synth. */
  readonly constructPathOf?: (index: number) => string | undefined;
}

/** Runs the rules over the set; a rule that throws is a finding of that rule, never a crash. */
export function checkSetRules(set: ManifestSet, rules: readonly SetRule[], options: SetCheckOptions = {}): SetFinding[] {
  const ignored = new Set(options.ignore ?? []);
  const cluster = Cluster.of(options.profile);
  const kinds = new Set(set.manifests.map((m) => (typeof m === 'object' && m !== null ? (m as { kind?: unknown }).kind : undefined)));
  const out: SetFinding[] = [];
  for (const rule of rules) {
    if (ignored.has(rule.id) || !rule.kinds.some((k) => kinds.has(k)) || !rule.needs.every((k) => kinds.has(k))) continue;
    let violations: SetViolation[];
    try {
      violations = rule.checkSet(set, cluster);
    } catch (e) {
      out.push({ subject: 0, related: [], finding: ruleFailure(rule, set, e) });
      continue;
    }
    for (const v of violations) out.push({ subject: v.subject, related: v.related, finding: findingOf(rule, set, v, options) });
  }
  return out;
}

function refOf(set: ManifestSet, index: number, options: SetCheckOptions): ResourceRef {
  return resourceOf(set.manifests[index], options.constructPathOf?.(index));
}

function findingOf(rule: SetRule, set: ManifestSet, v: SetViolation, options: SetCheckOptions): Finding {
  const severity = v.onlyOn === undefined ? v.severity ?? rule.severity : Severity.WARNING;
  const reason = severity === Severity.WARNING ? acknowledgementsOf(set.manifests[v.subject]).get(rule.id) : undefined;
  const constructPath = options.constructPathOf?.(v.subject);
  return {
    ruleId: rule.id,
    severity,
    resource: refOf(set, v.subject, options),
    path: v.path,
    message: v.onlyOn === undefined ? v.message : `${v.message} This holds only on ${v.onlyOn}.`,
    fix: constructPath !== undefined && v.propFix !== undefined ? v.propFix : v.fix,
    docs: rule.docs,
    acknowledgedReason: reason,
    onlyOn: v.onlyOn,
    related: v.related.map((r) => ({ resource: refOf(set, r.index, options), path: r.path })),
  };
}

function ruleFailure(rule: SetRule, set: ManifestSet, e: unknown): Finding {
  return {
    ruleId: rule.id,
    severity: Severity.ERROR,
    resource: resourceOf(set.manifests[0]),
    path: '(rule)',
    message: `the rule failed on this set of manifests (${(e as Error)?.message ?? e}); this is a bug in cdk8s-cloud-lb.`,
    fix: 'Report it with the manifests at https://github.com/cdk8s-cloud-lb/cdk8s-cloud-lb/issues; meanwhile check the objects by hand.',
    docs: rule.docs,
  };
}
