import { annotationsOf } from './manifest';
import { IRule, RuleViolation, Severity } from './rule';
import { Cluster } from '../profile/cluster';
import { ControllerId } from '../profile/facts';

/** The metadata of a built-in rule. */
export interface RuleMeta {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  readonly description: string;
  readonly fix: string;
  readonly docs: string;
  readonly kinds?: string[];
  readonly dependsOnCluster?: string;
  readonly follows?: string;
  readonly synthOnly?: boolean;
  readonly reportsUndecodable?: boolean;
}

/**
 * A controller family whose objects some rules judge (Azure load balancer Services, AGIC Ingresses, AWS Services):
 * which manifests it owns and which of its controllers reconciles one on a cluster.
 */
export interface ScopeModel {
  readonly name: string;
  /**
   * The controller without which the family reconciles nothing (its `reconcilersOf` is empty wherever it does not
   * run): on a cluster that does not run it, the registry asks the model nothing else.
   * @default - the family judges manifests whichever controllers run (AWS: a Service meant for a controller that does not run is a finding)
   */
  readonly reconcilesOnlyWith?: ControllerId;
  owns(manifest: unknown): boolean;
  /**
   * The controllers of the family that reconcile an owned manifest on the clusters judged: none when none runs there,
   * several when it depends on the cluster (each then says on which clusters).
   */
  reconcilersOf(manifest: unknown, cluster: Cluster): readonly Reconciler[];
}

/** A controller that reconciles a manifest, and on which of the clusters judged. */
export interface Reconciler {
  /** undefined for a family of one controller. */
  readonly controller?: string;
  /** The clusters where this one reconciles it, when it is one of several. */
  readonly onlyOn?: string;
}

/** The reconciler of a family of one controller, on every cluster it runs on. */
export const THE_CONTROLLER: readonly Reconciler[] = [{}];

/** The objects a rule judges, declared with the rule: its model, and the model's controllers it applies to. */
export interface RuleScope {
  readonly model: ScopeModel;
  /** undefined: every controller of the model. */
  readonly controllers?: readonly string[];
}

/**
 * A rule's check. Besides the manifest it is given what the registry already knows of it: its annotations as strings,
 * the controller of the rule's model that reconciles it (undefined for an unscoped rule or a single-controller
 * model), and the cluster it is judged for.
 */
export type RuleCheck = (
  manifest: any,
  annotations: { [key: string]: string },
  controller: string | undefined,
  cluster: Cluster,
) => RuleViolation[];

/** A rule's metadata, as every kind of built-in rule carries it (over one object, over a set). */
export abstract class RuleMetadata {
  public readonly id: string;
  public readonly severity: Severity;
  public readonly title: string;
  public readonly description: string;
  public readonly fix: string;
  public readonly docs: string;
  public readonly kinds: string[];
  public readonly dependsOnCluster?: string;
  public readonly follows?: string;
  public readonly synthOnly?: boolean;
  public readonly reportsUndecodable?: boolean;

  protected constructor(meta: RuleMeta) {
    this.id = meta.id;
    this.severity = meta.severity;
    this.title = meta.title;
    this.description = meta.description;
    this.fix = meta.fix;
    this.docs = meta.docs;
    this.kinds = meta.kinds ?? ['Service'];
    this.dependsOnCluster = meta.dependsOnCluster;
    this.follows = meta.follows;
    this.synthOnly = meta.synthOnly;
    this.reportsUndecodable = meta.reportsUndecodable;
  }
}

/**
 * A built-in rule. A scoped rule's public check() asks its scope first; the registry, which has answered the scope
 * for a manifest once for all rules, calls checkInScope() instead.
 */
export class BuiltInRule extends RuleMetadata implements IRule {
  constructor(
    meta: RuleMeta,
    public readonly scope: RuleScope | undefined,
    /** The check for a manifest known to be in this rule's scope. */
    public readonly checkInScope: RuleCheck,
  ) {
    super(meta);
  }

  /** Judges the manifest for every cluster. */
  public check(manifest: any): RuleViolation[] {
    return this.checkFor(manifest, Cluster.ANY);
  }

  /** Judges the manifest for the clusters `cluster` admits. */
  public checkFor(manifest: any, cluster: Cluster): RuleViolation[] {
    const scope = this.scope;
    if (scope === undefined) return this.checkInScope(manifest, annotationsOf(manifest), undefined, cluster);
    if (!scope.model.owns(manifest)) return [];
    const reconcilers = scope.model.reconcilersOf(manifest, cluster);
    const annotations = annotationsOf(manifest);
    return acrossReconcilers(reconcilers, (r) => (inControllers(scope, r.controller)
      ? this.checkInScope(manifest, annotations, r.controller, cluster)
      : []));
  }
}

/**
 * A rule's violations where several controllers may reconcile the manifest: one reported for every reconciler holds
 * on every cluster; one reported for some holds only on their clusters.
 */
export function acrossReconcilers(reconcilers: readonly Reconciler[], judge: (reconciler: Reconciler) => RuleViolation[]): RuleViolation[] {
  if (reconcilers.length === 1) return judge(reconcilers[0]);
  const verdicts = reconcilers.map(judge);
  const result: RuleViolation[] = [];
  const seen = new Set<string>();
  for (const violations of verdicts) {
    for (const v of violations) {
      if (seen.has(v.path)) continue;
      seen.add(v.path);
      const where = reconcilers.filter((_, j) => verdicts[j].some((other) => other.path === v.path));
      if (where.length === reconcilers.length) result.push(v);
      else result.push({ ...v, onlyOn: joinConditions(v.onlyOn, where.map((r) => r.onlyOn ?? 'some clusters').join(', or ')) });
    }
  }
  return result;
}

function joinConditions(first: string | undefined, second: string): string {
  return first === undefined ? second : `${first}, and ${second}`;
}

/**
 * The violations of a verdict that holds where `holds` is true: none where it is false, the violation where it is
 * true, and the violation on the clusters `clusters` names where the profile leaves it open.
 */
export function onClusters(holds: boolean | undefined, clusters: string, v: RuleViolation): RuleViolation[] {
  if (holds === false) return [];
  if (holds === true) return [v];
  return [{ ...v, onlyOn: joinConditions(v.onlyOn, clusters) }];
}

/** Whether a scope covers a controller of its model. */
export function inControllers(scope: RuleScope, controller: string | undefined): boolean {
  return scope.controllers === undefined || (controller !== undefined && scope.controllers.includes(controller));
}

/** A rule over every object of its kinds (Services by default): the Kubernetes rules and the general ones. */
export function defineRule(
  meta: RuleMeta,
  check: (manifest: any, annotations: { [key: string]: string }, controller: undefined, cluster: Cluster) => RuleViolation[],
): IRule {
  return new BuiltInRule(meta, undefined, check as RuleCheck);
}

/** A rule over the objects of one controller family, or of some of its controllers. */
export function defineScopedRule(
  meta: RuleMeta,
  scope: RuleScope,
  check: RuleCheck,
): IRule {
  return new BuiltInRule(meta, scope, check);
}

/**
 * A violation. `propFix` says the fix in a construct user's words (props and their values) where it differs from the
 * manifest's words.
 */
export function violation(path: string, message: string, fix: string, propFix?: string): RuleViolation {
  return propFix === undefined ? { path, message, fix } : { path, message, fix, propFix };
}
