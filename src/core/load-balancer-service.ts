import { ApiObject, ApiObjectMetadata, ApiObjectMetadataDefinition, Duration, JsonPatch, Lazy } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { mergeAnnotations } from './annotations';
import { wholeSeconds } from './duration';
import { ExternalTrafficPolicy, InternalTrafficPolicy, IpFamily, IpFamilyPolicy, SessionAffinity } from './enums';
import { ManagedAnnotation } from './managed-annotation';
import { acknowledgedReason, reportFindings } from './rule-validation';
import { ServicePort } from './service-port';
import { ACKNOWLEDGE_PREFIX, show } from '../rules/manifest';
import { Rules } from '../rules/registry';
import { Finding } from '../rules/rule';

/**
 * Props of a Service of type LoadBalancer: every field Kubernetes 1.28 has for it.
 */
export interface LoadBalancerServiceProps {
  /**
   * Metadata of the Service: name, namespace, labels, annotations.
   * @default - a name generated from the construct path, the chart's namespace
   * @see https://kubernetes.io/docs/concepts/overview/working-with-objects/names/
   */
  readonly metadata?: ApiObjectMetadata;

  /**
   * The pods to send traffic to, e.g. a cdk8s-plus `Deployment`; its match labels become the Service selector.
   * Combined with `selectorLabels`.
   * @default - only `selectorLabels`
   * @see https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service
   */
  readonly selector?: kplus.IPodSelector;

  /**
   * Labels of the pods to send traffic to. Combined with `selector`.
   * @default - only `selector`; with neither, the Service has no endpoints (rule K8S-SVC-024 warns)
   * @see https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service
   */
  readonly selectorLabels?: { [key: string]: string };

  /**
   * The ports. More can be added with `addPort()`.
   * @default - none yet; at least one is required at synth
   * @see https://kubernetes.io/docs/concepts/services-networking/service/#field-spec-ports
   */
  readonly ports?: ServicePort[];

  /**
   * Routing of external traffic: `LOCAL` keeps the client IP and skips the second hop.
   * @default - Kubernetes' default, Cluster
   * @see https://kubernetes.io/docs/reference/networking/virtual-ips/#external-traffic-policy
   */
  readonly externalTrafficPolicy?: ExternalTrafficPolicy;

  /**
   * Routing of traffic from inside the cluster.
   * @default - Kubernetes' default, Cluster
   * @see https://kubernetes.io/docs/concepts/services-networking/service-traffic-policy/
   */
  readonly internalTrafficPolicy?: InternalTrafficPolicy;

  /**
   * Client CIDRs allowed to reach the load balancer.
   * @default - no restriction from Kubernetes (the cloud's defaults apply)
   * @see https://kubernetes.io/docs/tasks/access-application-cluster/configure-cloud-provider-firewall/
   */
  readonly loadBalancerSourceRanges?: string[];

  /**
   * The load balancer implementation that reconciles this Service, e.g. `service.k8s.aws/nlb`. Immutable once set.
   * @default - the cluster's default cloud provider
   * @see https://kubernetes.io/docs/concepts/services-networking/service/#load-balancer-class
   */
  readonly loadBalancerClass?: string;

  /**
   * IP families of the Service, in order of preference.
   * @default - the cluster's default family
   * @see https://kubernetes.io/docs/concepts/services-networking/dual-stack/#services
   */
  readonly ipFamilies?: IpFamily[];

  /**
   * Single-stack or dual-stack.
   * @default - SingleStack (set by Kubernetes)
   * @see https://kubernetes.io/docs/concepts/services-networking/dual-stack/#services
   */
  readonly ipFamilyPolicy?: IpFamilyPolicy;

  /**
   * Whether Kubernetes allocates node ports; `false` suits load balancers that route to pod IPs directly.
   * @default - true (set by Kubernetes)
   * @see https://kubernetes.io/docs/concepts/services-networking/service/#load-balancer-nodeport-allocation
   */
  readonly allocateLoadBalancerNodePorts?: boolean;

  /**
   * Node port for the health check of `externalTrafficPolicy: Local`.
   * @default - allocated by Kubernetes
   * @see https://kubernetes.io/docs/concepts/services-networking/service/#preserving-the-client-source-ip
   */
  readonly healthCheckNodePort?: number;

  /**
   * Session affinity.
   * @default - None (set by Kubernetes)
   * @see https://kubernetes.io/docs/reference/networking/virtual-ips/#session-affinity
   */
  readonly sessionAffinity?: SessionAffinity;

  /**
   * How long a client IP sticks to an endpoint, with `SessionAffinity.CLIENT_IP` (1 second to 1 day, whole seconds).
   * @default - 3 hours (set by Kubernetes)
   * @see https://kubernetes.io/docs/reference/networking/virtual-ips/#session-stickiness-timeout
   */
  readonly sessionAffinityTimeout?: Duration;

  /**
   * Publish endpoints of pods that are not ready.
   * @default false
   * @see https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/#ServiceSpec
   */
  readonly publishNotReadyAddresses?: boolean;

  /**
   * The cluster IP (an address of the service CIDR).
   * @default - allocated by Kubernetes
   * @see https://kubernetes.io/docs/concepts/services-networking/service/#choosing-your-own-ip-address
   */
  readonly clusterIP?: string;

  /**
   * The cluster IPs, one per family; the first equals `clusterIP`.
   * @default - allocated by Kubernetes
   * @see https://kubernetes.io/docs/concepts/services-networking/dual-stack/#services
   */
  readonly clusterIPs?: string[];

  /**
   * Extra IPs that nodes accept traffic for.
   * @default - none
   * @see https://kubernetes.io/docs/concepts/services-networking/service/#external-ips
   */
  readonly externalIPs?: string[];

  /**
   * Deprecated by Kubernetes since 1.24: use the cloud's own annotation for a static address
   * (`ipv4Address` on the Azure constructs).
   * @default - none
   * @see https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/#ServiceSpec
   */
  readonly loadBalancerIP?: string;

  /**
   * Annotations not modelled by a typed prop, kept verbatim. A key that a typed prop also writes, with another value,
   * fails synth naming both.
   * @default - none
   * @see https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/
   */
  readonly annotations?: { [key: string]: string };
}

/**
 * A Kubernetes Service of type LoadBalancer, validated at synth by the rule engine: the Kubernetes API server's own
 * checks here, and each cloud's controller rules in the cloud constructs built on it.
 *
 * The Service is a child `ApiObject` named `Resource`, rendered lazily, so changes made after construction count.
 */
export class LoadBalancerService extends Construct {
  /**
   * The Service object.
   */
  public readonly apiObject: ApiObject;

  private readonly props: LoadBalancerServiceProps;
  private readonly _ports: ServicePort[] = [];
  private readonly selectors: kplus.IPodSelector[] = [];
  private readonly selectorLabels: { [key: string]: string };
  private readonly sessionAffinityTimeoutSeconds?: number;
  private readonly userAnnotations = new Map<string, { value: string; source: string }>();
  private readonly userAnnotationConflicts: string[] = [];
  private readonly acknowledgements = new Map<string, string>();
  private readonly printedWarnings = new Set<string>();
  /** What the last render used, so that the next serialization can tell whether anything changed since. */
  private readonly renderedState: { spec?: unknown; annotations?: ManagedAnnotation[] } = {};

  constructor(scope: Construct, id: string, props: LoadBalancerServiceProps = {}) {
    super(scope, id);
    this.props = props;
    this.selectorLabels = { ...props.selectorLabels };
    this.sessionAffinityTimeoutSeconds = wholeSeconds('sessionAffinityTimeout', props.sessionAffinityTimeout);

    this.apiObject = new ServiceApiObject(this, 'Resource', {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: props.metadata,
      spec: Lazy.any({ produce: () => this.renderedState.spec = this.renderSpec() }),
    });
    for (const [key, value] of Object.entries(props.metadata?.annotations ?? {})) {
      this.userAnnotations.set(key, { value, source: 'metadata.annotations' });
    }
    for (const [key, value] of Object.entries(props.annotations ?? {})) {
      this.writeUserAnnotation(key, value, 'annotations');
    }
    if (props.selector) this.selectors.push(props.selector);
    for (const port of props.ports ?? []) this.addPort(port);

    this.node.addValidation({ validate: () => this.validateService() });
  }

  /**
   * The Service name.
   */
  public get name(): string {
    return this.apiObject.name;
  }

  /**
   * The Service metadata. Annotations added here directly are user annotations like those of `addAnnotation()`.
   */
  public get metadata(): ApiObjectMetadataDefinition {
    return this.apiObject.metadata;
  }

  /**
   * The ports, in order.
   */
  public get ports(): ServicePort[] {
    return [...this._ports];
  }

  /**
   * Adds a port.
   */
  public addPort(port: ServicePort): void {
    this._ports.push(port);
  }

  /**
   * Selects more pods: their match labels are added to the selector (an AND with the existing labels).
   */
  public select(selector: kplus.IPodSelector): void {
    this.selectors.push(selector);
  }

  /**
   * Adds one label to the selector.
   */
  public selectLabel(key: string, value: string): void {
    const existing = this.selectorLabels[key];
    if (existing !== undefined && existing !== value) {
      this.userAnnotationConflicts.push(`selectLabel(${key}) sets ${show(value)} but the selector label already is ${show(existing)}: no pod can match both. Select by one value.`);
      return;
    }
    this.selectorLabels[key] = value;
  }

  /**
   * Adds an annotation that no typed prop models, kept verbatim. Setting a key twice to different values, or to a
   * value other than a typed prop's, fails synth.
   */
  public addAnnotation(key: string, value: string): void {
    this.writeUserAnnotation(key, value, 'addAnnotation()');
  }

  /**
   * Accepts a warning on purpose. The reason is written into the manifest
   * (`acknowledge.cdk8s-cloud-lb.io/<ruleId>`), so that the linter accepts it too. Errors cannot be acknowledged.
   *
   * @param ruleId the id of a warning rule, e.g. `K8S-SVC-024`
   * @param reason why the warning does not apply here
   */
  public acknowledge(ruleId: string, reason: string): void {
    this.acknowledgements.set(ruleId, acknowledgedReason(this.node.path, ruleId, reason));
  }

  /**
   * Runs every rule on the Service as it stands and returns all findings, acknowledged ones included
   * (with their reason).
   */
  public lint(): Finding[] {
    return Rules.check(this.apiObject.toJson(), { constructPath: this.node.path });
  }

  /**
   * The annotations written by typed props. Subclasses add theirs to the base class's.
   */
  protected renderAnnotations(): ManagedAnnotation[] {
    return [...this.acknowledgements].map(([ruleId, reason]) => ({
      key: `${ACKNOWLEDGE_PREFIX}${ruleId}`,
      value: reason,
      source: `acknowledge(${ruleId})`,
    }));
  }

  /**
   * The annotations the user wrote, from every source (props, `addAnnotation()`, `metadata.addAnnotation()`), without
   * the typed ones. Typed props that only fill a default read it to leave a key the user set alone.
   * @internal
   */
  public _userAnnotationValues(): { [key: string]: string } {
    // The metadata's own map, read directly: resolving the whole metadata (metadata.toJson()) on every render costs
    // as much as the rest of a typed Service's rendering. Fall back to it if a cdk8s version keeps the map elsewhere.
    const raw = (this.apiObject.metadata as any).annotations;
    const direct = isPlainStringMap(raw) ? raw : undefined;
    return { ...(direct ?? this.apiObject.metadata.toJson().annotations ?? {}) };
  }

  /**
   * Errors that only exist on the construct and not in the manifest (e.g. conflicting sources). Subclasses add theirs.
   */
  protected validateProps(): string[] {
    return [...this.userAnnotationConflicts, ...this.selectorErrors()];
  }

  /**
   * The typed state the manifest is rendered from (the spec and the typed annotations): when it is unchanged, so is
   * the manifest.
   * @internal
   */
  public _renderState(): { spec?: unknown; annotations?: ManagedAnnotation[] } {
    return { spec: this.renderSpec(), annotations: this.renderAnnotations() };
  }

  /**
   * The typed state used by the last render.
   * @internal
   */
  public _lastRenderedState(): { spec?: unknown; annotations?: ManagedAnnotation[] } {
    return { ...this.renderedState };
  }

  /** @internal */
  public _mergedAnnotations(userAnnotations: { [key: string]: string }) {
    const managed = this.renderAnnotations();
    this.renderedState.annotations = managed;
    return mergeAnnotations(userAnnotations, (key) => this.userAnnotations.get(key)?.source ?? 'metadata.addAnnotation()', managed);
  }

  private writeUserAnnotation(key: string, value: string, source: string): void {
    // Annotations written on `metadata` directly are not tracked here; the render-time merge still sees them.
    const existing = this.userAnnotations.get(key);
    if (existing !== undefined && existing.value !== value) {
      this.userAnnotationConflicts.push(`annotation ${key} is set to ${show(existing.value)} by ${existing.source} and to ${show(value)} by ${source}. Set it in one place.`);
      return;
    }
    this.userAnnotations.set(key, { value, source });
    this.apiObject.metadata.addAnnotation(key, value);
  }

  private selectorErrors(): string[] {
    const expressions = this.selectors
      .filter((selector) => (selectorOf(selector).matchExpressions ?? []).length > 0)
      .map(() => 'the selector has matchExpressions, which a Service cannot express (spec.selector is a map of labels). Select pods by labels only, e.g. selectorLabels: { app: "web" }.');
    return [...expressions, ...this.selectorLabelSources().conflicts];
  }

  /**
   * Every selector label with the place it comes from. One key with two values is a conflict: the Service would select
   * only pods that carry one of them, silently not the pods of the other source.
   */
  private selectorLabelSources(): { labels: { [key: string]: string }; conflicts: string[] } {
    const labels: { [key: string]: string } = {};
    const sources = new Map<string, string>();
    const conflicts: string[] = [];
    const add = (key: string, value: string, source: string) => {
      if (key in labels && labels[key] !== value) {
        conflicts.push(`the selector label ${key} is ${show(labels[key])} from ${sources.get(key)} and ${show(value)} from ${source}: no pod can match both. Select by one of them.`);
        return;
      }
      labels[key] = value;
      sources.set(key, source);
    };
    for (const selector of this.selectors) {
      const source = Construct.isConstruct(selector) ? `the selector ${selector.node.path}` : 'a selector';
      for (const [key, value] of Object.entries(selectorOf(selector).matchLabels ?? {})) add(key, value, source);
    }
    for (const [key, value] of Object.entries(this.selectorLabels)) add(key, value, 'selectorLabels / selectLabel()');
    return { labels, conflicts };
  }

  private renderSelector(): { [key: string]: string } | undefined {
    const { labels } = this.selectorLabelSources();
    return Object.keys(labels).length > 0 ? labels : undefined;
  }

  private renderSpec(): any {
    const p = this.props;
    return {
      type: 'LoadBalancer',
      selector: this.renderSelector(),
      ports: this._ports.map(renderPort),
      externalTrafficPolicy: p.externalTrafficPolicy,
      internalTrafficPolicy: p.internalTrafficPolicy,
      loadBalancerSourceRanges: p.loadBalancerSourceRanges,
      loadBalancerClass: p.loadBalancerClass,
      ipFamilies: p.ipFamilies,
      ipFamilyPolicy: p.ipFamilyPolicy,
      allocateLoadBalancerNodePorts: p.allocateLoadBalancerNodePorts,
      healthCheckNodePort: p.healthCheckNodePort,
      sessionAffinity: p.sessionAffinity,
      sessionAffinityConfig: this.sessionAffinityTimeoutSeconds === undefined
        ? undefined
        : { clientIP: { timeoutSeconds: this.sessionAffinityTimeoutSeconds } },
      publishNotReadyAddresses: p.publishNotReadyAddresses,
      clusterIP: p.clusterIP,
      clusterIPs: p.clusterIPs,
      externalIPs: p.externalIPs,
      loadBalancerIP: p.loadBalancerIP,
    };
  }

  private validateService(): string[] {
    const errors = this.validateProps();
    let findings: Finding[];
    try {
      const { json, conflicts } = (this.apiObject as ServiceApiObject).renderForValidation();
      errors.push(...conflicts);
      findings = Rules.check(json, { constructPath: this.node.path });
    } catch (e) {
      return [...errors, `the Service could not be rendered: ${(e as Error).message}`];
    }
    return [...errors, ...reportFindings(this.node.path, findings, this.printedWarnings)];
  }
}

/** The Service ApiObject: typed annotations are merged at render time, so props changed later still count. */
class ServiceApiObject extends ApiObject {
  /** Counts changes made through the ApiObject itself (metadata, JSON patches), which the owner cannot see. */
  private directChanges = 0;

  /**
   * The manifest rendered by the last validation, with the state it was rendered from. cdk8s validates every
   * construct right before serializing it, so toJson() reuses this render (a second full resolve costs as much as
   * the whole synthesis of a cdk8s-plus Service) unless anything changed since: then it renders again.
   */
  private validated?: { json: any; state: { spec?: unknown; annotations?: ManagedAnnotation[] }; directChanges: number };

  constructor(private readonly owner: LoadBalancerService, id: string, props: any) {
    super(owner, id, props);
    const metadata = this.metadata as any;
    for (const method of ['add', 'addAnnotation', 'addLabel', 'addFinalizers', 'addOwnerReference']) {
      const original = metadata[method].bind(metadata);
      metadata[method] = (...args: unknown[]) => {
        this.directChanges++;
        return original(...args);
      };
    }
  }

  public addJsonPatch(...ops: JsonPatch[]): void {
    this.directChanges++;
    super.addJsonPatch(...ops);
  }

  public toJson(): any {
    const validated = this.validated;
    this.validated = undefined;
    if (validated && validated.directChanges === this.directChanges && sameJson(validated.state, this.owner._renderState())) {
      return validated.json;
    }
    return this.render().json;
  }

  /** Renders the manifest for validation, and keeps it for the serialization that follows. */
  public renderForValidation(): { json: any; conflicts: string[] } {
    const result = this.render();
    this.validated = { json: result.json, state: this.owner._lastRenderedState(), directChanges: this.directChanges };
    return result;
  }

  private render(): { json: any; conflicts: string[] } {
    const json = super.toJson();
    const { annotations, conflicts } = this.owner._mergedAnnotations(json.metadata?.annotations ?? {});
    const sorted: { [key: string]: string } = {};
    for (const key of Object.keys(annotations).sort()) sorted[key] = annotations[key];
    if (Object.keys(sorted).length > 0) json.metadata = { ...json.metadata, annotations: sorted };
    return { json, conflicts };
  }
}

function isPlainStringMap(value: unknown): value is { [key: string]: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key in value as object) if (typeof (value as { [key: string]: unknown })[key] !== 'string') return false;
  return true;
}

/** Deep equality of plain JSON-like values, where an absent key equals an undefined one (as in the rendered YAML). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => sameJson(v, (b as unknown[])[i]));
  const ao = a as { [key: string]: unknown };
  const bo = b as { [key: string]: unknown };
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const key of keys) if (!sameJson(ao[key], bo[key])) return false;
  return true;
}

function selectorOf(selector: kplus.IPodSelector): { matchLabels?: { [key: string]: string }; matchExpressions?: unknown[] } {
  return selector.toPodSelectorConfig().labelSelector._toKube();
}

function renderPort(port: ServicePort): any {
  return {
    name: port.name,
    port: port.port,
    targetPort: port.targetPort?._toKube(),
    protocol: port.protocol,
    nodePort: port.nodePort,
    appProtocol: port.appProtocol,
  };
}
