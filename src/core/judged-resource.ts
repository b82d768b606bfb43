import { ApiObject, ApiObjectMetadata, ApiObjectMetadataDefinition } from 'cdk8s';
import { Construct } from 'constructs';
import { AnnotationGuard } from './annotation-guard';
import { judgeWithApp } from './app-set';
import { JudgedApiObject, UserAnnotations } from './judged-api-object';
import { ManagedAnnotation } from './managed-annotation';
import { RuleJudgement } from './rule-validation';
import { ClusterProfile } from '../profile/cluster-profile';
import { Rules } from '../rules/registry';
import { Finding } from '../rules/rule';

/**
 * Props every judged construct takes: the object's metadata, and annotations no typed prop models.
 */
export interface JudgedResourceProps {
  /**
   * Metadata of the object: name, namespace, labels, annotations.
   * @default - a name generated from the construct path, the chart's namespace
   * @see https://kubernetes.io/docs/concepts/overview/working-with-objects/names/
   */
  readonly metadata?: ApiObjectMetadata;

  /**
   * Annotations not modelled by a typed prop, kept verbatim. A key that a typed prop also writes, with another value,
   * fails synth naming both; so does one that the controller would read as another choice than the construct's
   * (e.g. a scheme annotation against the `scheme` prop or its default).
   * @default - none
   * @see https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/
   */
  readonly annotations?: { [key: string]: string };
}

/**
 * The API group version and kind of a judged object.
 */
export interface JudgedResourceKind {
  /**
   * The API version, e.g. `v1`.
   * @see https://kubernetes.io/docs/reference/using-api/#api-groups
   */
  readonly apiVersion: string;
  /**
   * The kind, e.g. `Service`.
   * @see https://kubernetes.io/docs/reference/using-api/api-concepts/
   */
  readonly kind: string;
}

/**
 * One Kubernetes object judged by the rule engine (a Service, an Ingress): its child `ApiObject` named `Resource`,
 * rendered lazily from the subclass's state, user annotations with their sources, acknowledgements, and the
 * validation at synth. Subclasses render the spec and their typed annotations.
 */
export abstract class JudgedResource extends Construct {
  /**
   * The object.
   */
  public readonly apiObject: ApiObject;

  private readonly userAnnotations: UserAnnotations;
  private readonly judgement: RuleJudgement;

  protected constructor(scope: Construct, id: string, kind: JudgedResourceKind, props: JudgedResourceProps) {
    super(scope, id);
    this.judgement = new RuleJudgement(this.node.path);
    judgeWithApp(this);
    this.apiObject = new JudgedApiObject(this, 'Resource', { apiVersion: kind.apiVersion, kind: kind.kind, metadata: props.metadata }, this);
    this.userAnnotations = new UserAnnotations(this.apiObject.metadata, props.metadata?.annotations);
    for (const [key, value] of Object.entries(props.annotations ?? {})) this.userAnnotations.write(key, value, 'annotations');
    const apiObject = this.apiObject as JudgedApiObject;
    this.node.addValidation({
      validate: () => this.judgement.validate(
        kind.kind, apiObject, this.validateProps(), ClusterProfile.of(this)),
    });
  }

  /**
   * The object's name.
   */
  public get name(): string {
    return this.apiObject.name;
  }

  /**
   * The object's metadata. Annotations added here directly are user annotations like those of `addAnnotation()`.
   */
  public get metadata(): ApiObjectMetadataDefinition {
    return this.apiObject.metadata;
  }

  /**
   * Adds an annotation that no typed prop models, kept verbatim. Setting a key twice to different values, or to a
   * value other than a typed prop's, fails synth.
   */
  public addAnnotation(key: string, value: string): void {
    this.userAnnotations.write(key, value, 'addAnnotation()');
  }

  /**
   * Accepts a warning on purpose. The reason is written into the manifest
   * (`acknowledge.cdk8s-cloud-lb.io/<ruleId>`), so that the linter accepts it too. Errors cannot be acknowledged; an
   * error rule whose verdict depends on the cluster (RULES.md) can, for its findings that are warnings because they hold
   * on some clusters only.
   *
   * @param ruleId the id of a warning rule, e.g. `K8S-SVC-024`
   * @param reason why the warning does not apply here
   */
  public acknowledge(ruleId: string, reason: string): void {
    this.judgement.acknowledge(ruleId, reason);
  }

  /**
   * Runs every rule on the object as it stands, for the cluster profile of its scope (`ClusterProfile.applyTo`), and
   * returns all findings, acknowledged ones included (with their reason).
   */
  public lint(): Finding[] {
    return Rules.check(this.apiObject.toJson(), { constructPath: this.node.path, profile: ClusterProfile.of(this) });
  }

  /** @internal */
  public _renderSpec(): unknown {
    return this.renderSpec();
  }

  /** @internal */
  public _renderAnnotations(): ManagedAnnotation[] {
    return this.renderAnnotations();
  }

  /** @internal */
  public _userAnnotationSource(key: string): string {
    return this.userAnnotations.sourceOf(key);
  }

  /** @internal */
  public _annotationGuards(): readonly AnnotationGuard[] {
    return this._guards();
  }

  /**
   * The spec, rendered from the construct's state at synth.
   */
  protected abstract renderSpec(): any;

  /**
   * The annotations written by typed props (and acknowledgements). Subclasses add theirs to the base class's.
   */
  protected renderAnnotations(): ManagedAnnotation[] {
    return this.judgement.annotations();
  }

  /**
   * Errors that only exist on the construct and not in the manifest (e.g. conflicting sources). Subclasses add theirs.
   */
  protected validateProps(): string[] {
    return [...this.userAnnotations.conflicts];
  }

  /**
   * The choices this construct makes through annotations (the scheme, the target type): a user annotation that the
   * controller would read as another choice fails synth. Subclasses add theirs.
   * @internal
   */
  protected _guards(): readonly AnnotationGuard[] {
    return NO_GUARDS;
  }

  /**
   * Whether a warning was acknowledged with acknowledge().
   * @internal
   */
  protected _isAcknowledged(ruleId: string): boolean {
    return this.judgement.isAcknowledged(ruleId);
  }
}

const NO_GUARDS: readonly AnnotationGuard[] = [];
