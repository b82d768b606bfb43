import { ClusterProfile } from '../profile/cluster-profile';
/**
 * How serious a finding is.
 */
export enum Severity {
  /** The API server or the cloud controller rejects the object, or it silently does something else: synth and lint fail. */
  ERROR = 'error',
  /** A likely mistake or a known pitfall: printed, and accepted on purpose with `acknowledge(ruleId, reason)`. */
  WARNING = 'warning',
}

/**
 * The resource a finding is about.
 */
export interface ResourceRef {
  /**
   * Kind of the object, e.g. `Service` or `Ingress`.
   */
  readonly kind: string;
  /**
   * Name of the object (`metadata.name`).
   * @default - the object has no name
   */
  readonly name?: string;
  /**
   * Namespace of the object.
   * @default - no namespace in the manifest
   */
  readonly namespace?: string;
  /**
   * Path of the construct that produced the object.
   * @default - the object does not come from a construct (linted YAML)
   */
  readonly constructPath?: string;
}

/**
 * Another object a finding of a rule over several objects involves: the workload whose pods lack the port, the
 * Service an Ingress routes to.
 */
export interface RelatedObject {
  /**
   * The object.
   */
  readonly resource: ResourceRef;
  /**
   * The field of that object the finding is about.
   * @default - the object as a whole
   */
  readonly path?: string;
  /**
   * The file it was read from (`lint`).
   * @default - not read from a file (a construct of the app)
   */
  readonly file?: string;
  /**
   * 1-based line of the field, or of the object (`lint`).
   * @default - not read from a file
   */
  readonly line?: number;
}

/**
 * One violation reported by a rule's check: where, what and how to fix it.
 */
export interface RuleViolation {
  /**
   * The annotation key (e.g. `metadata.annotations[service.beta.kubernetes.io/azure-pls-create]`) or spec field (e.g. `spec.ports[1].name`).
   */
  readonly path: string;
  /**
   * What is wrong, with the bad value, and why it matters.
   */
  readonly message: string;
  /**
   * How to fix it, in the words of the manifest (annotation keys and values, spec fields).
   */
  readonly fix: string;
  /**
   * How to fix it in the words of a construct user (prop names and values in the props' types), where those differ;
   * findings of a construct (`CheckOptions.constructPath` given) carry it as their fix.
   * @default - the same as `fix`
   */
  readonly propFix?: string;
  /**
   * The clusters on which this violation holds, when the cluster profile (or its absence) admits clusters where it
   * does not, e.g. "Kubernetes before 1.27". Such a finding is a warning, whatever the rule's severity.
   * @default - it holds on every cluster the profile admits
   */
  readonly onlyOn?: string;
}

/**
 * A rule: a stable id, a severity, and a pure check over one manifest (the plain JSON of a Service or Ingress).
 */
export interface IRule {
  /** Stable identifier, e.g. `K8S-SVC-008`. Never reused for another meaning. */
  readonly id: string;
  /** Severity of every finding of this rule. */
  readonly severity: Severity;
  /** One line: what the rule checks. */
  readonly title: string;
  /** Why it matters: what the API server or the controller does otherwise. */
  readonly description: string;
  /** The usual fix. */
  readonly fix: string;
  /** A link to the documentation or source the rule comes from. */
  readonly docs: string;
  /** Kinds of object this rule judges, e.g. `['Service']`. */
  readonly kinds: string[];
  /**
   * How the verdict depends on the cluster (its Kubernetes version, the controllers that run, their releases), for a
   * rule whose findings hold on some clusters only; RULES.md lists these rules.
   * @default - the same verdict on every cluster where the rule's controller runs
   */
  readonly dependsOnCluster?: string;
  /**
   * The function of the API server or the controller whose behaviour the rule follows, with its file, e.g.
   * `ValidateService (pkg/apis/core/validation/validation.go)`; RULES.md shows it.
   * @default - the rule's docs link says where it comes from
   */
  readonly follows?: string;
  /**
   * The rule judges how cdk8s will write the object (its YAML writer), so only the constructs run it, at synth, on the
   * object they render; `lint` and the plugin read YAML already written, and judge the values they read.
   * @default false
   */
  readonly synthOnly?: boolean;
  /**
   * The rule's findings are values the API server cannot even decode: the findings of other rules on the same field, or
   * inside it, judge a value that never gets that far, and are left out.
   * @default false
   */
  readonly reportsUndecodable?: boolean;
  /**
   * Check one manifest. Must not throw on malformed input and must not mutate it.
   * @param manifest the plain JSON object
   */
  check(manifest: any): RuleViolation[];
}

/**
 * A rule's verdict on one object.
 */
export interface Finding {
  /**
   * The rule that reported it.
   */
  readonly ruleId: string;
  /**
   * Its severity.
   */
  readonly severity: Severity;
  /**
   * The object it is about.
   */
  readonly resource: ResourceRef;
  /**
   * The annotation key or spec field.
   */
  readonly path: string;
  /**
   * What is wrong, the bad value and why it matters.
   */
  readonly message: string;
  /**
   * How to fix it.
   */
  readonly fix: string;
  /**
   * Where to read more.
   */
  readonly docs: string;
  /**
   * The reason given when the finding was accepted on purpose.
   * @default - not acknowledged
   */
  readonly acknowledgedReason?: string;
  /**
   * The clusters on which the finding holds, when it does not hold on every cluster the profile admits; the finding
   * is then a warning, and would be the rule's severity on those clusters.
   * @default - it holds on every cluster the profile admits
   */
  readonly onlyOn?: string;
  /**
   * The other objects involved, for a rule that judges objects together (a Service and the workloads it selects).
   * @default - none: the finding is about one object
   */
  readonly related?: RelatedObject[];
}

/**
 * Options for checking one manifest.
 */
export interface CheckOptions {
  /**
   * Path of the construct that produced the manifest, reported in every finding; with it, fixes are given in the
   * construct user's words (`RuleViolation.propFix`).
   * @default - none (the manifest was read from YAML)
   * @see https://github.com/cdk8s-cloud-lb/cdk8s-cloud-lb/blob/main/RULES.md
   */
  readonly constructPath?: string;
  /**
   * Rule ids to skip entirely.
   * @default - none
   * @see https://github.com/cdk8s-cloud-lb/cdk8s-cloud-lb/blob/main/RULES.md
   */
  readonly ignore?: string[];
  /**
   * The cluster the manifest is for.
   * @default - every cluster: a verdict that depends on the cluster is a warning that says where it breaks
   * @see https://github.com/cdk8s-cloud-lb/cdk8s-cloud-lb/blob/main/docs/profiles.md
   */
  readonly profile?: ClusterProfile;
}
