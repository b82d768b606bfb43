import { annotationsOf } from './manifest';
import { IRule, RuleViolation, Severity } from './rule';

/** The metadata of a built-in rule. */
export interface RuleMeta {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  readonly description: string;
  readonly fix: string;
  readonly docs: string;
  readonly kinds?: string[];
}

/**
 * A controller family whose objects some rules judge (Azure load balancer Services, AGIC Ingresses, AWS Services):
 * which manifests it owns and, where the family has several controllers, which one reconciles a manifest.
 */
export interface ScopeModel {
  readonly name: string;
  owns(manifest: unknown): boolean;
  controllerOf?(manifest: unknown): string;
}

/** The objects a rule judges, declared with the rule: its model, and the model's controllers it applies to. */
export interface RuleScope {
  readonly model: ScopeModel;
  /** undefined: every controller of the model. */
  readonly controllers?: readonly string[];
}

/**
 * A rule's check. Besides the manifest it is given what the registry already knows of it: its annotations as strings,
 * and the controller of the rule's model that reconciles it (undefined for an unscoped rule or a single-controller
 * model).
 */
export type RuleCheck = (manifest: any, annotations: { [key: string]: string }, controller: string | undefined) => RuleViolation[];

/**
 * A built-in rule. A scoped rule's public check() asks its scope first; the registry, which has answered the scope
 * for a manifest once for all rules, calls checkInScope() instead.
 */
export class BuiltInRule implements IRule {
  public readonly id: string;
  public readonly severity: Severity;
  public readonly title: string;
  public readonly description: string;
  public readonly fix: string;
  public readonly docs: string;
  public readonly kinds: string[];

  constructor(
    meta: RuleMeta,
    public readonly scope: RuleScope | undefined,
    /** The check for a manifest known to be in this rule's scope. */
    public readonly checkInScope: RuleCheck,
  ) {
    this.id = meta.id;
    this.severity = meta.severity;
    this.title = meta.title;
    this.description = meta.description;
    this.fix = meta.fix;
    this.docs = meta.docs;
    this.kinds = meta.kinds ?? ['Service'];
  }

  public check(manifest: any): RuleViolation[] {
    const scope = this.scope;
    if (scope === undefined) return this.checkInScope(manifest, annotationsOf(manifest), undefined);
    if (!scope.model.owns(manifest)) return [];
    const controller = scope.model.controllerOf?.(manifest);
    if (!inControllers(scope, controller)) return [];
    return this.checkInScope(manifest, annotationsOf(manifest), controller);
  }
}

/** Whether a scope covers a controller of its model. */
export function inControllers(scope: RuleScope, controller: string | undefined): boolean {
  return scope.controllers === undefined || (controller !== undefined && scope.controllers.includes(controller));
}

/** A rule over every object of its kinds (Services by default): the Kubernetes rules and the general ones. */
export function defineRule(meta: RuleMeta, check: (manifest: any) => RuleViolation[]): IRule {
  return new BuiltInRule(meta, undefined, check);
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
