import { Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { ExternalTrafficPolicy, InternalTrafficPolicy, IpFamily, IpFamilyPolicy, SessionAffinity } from './enums';
import { JudgedResource, JudgedResourceProps } from './judged-resource';
import { ServicePort } from './service-port';
import { wholeSeconds } from './typed-annotations';
import { show } from '../rules/manifest';

/**
 * Props of a Service of type LoadBalancer: every field Kubernetes 1.28 has for it.
 */
export interface LoadBalancerServiceProps extends JudgedResourceProps {
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
}

/**
 * A Kubernetes Service of type LoadBalancer, validated at synth by the rule engine: the Kubernetes API server's own
 * checks here, and each cloud's controller rules in the cloud constructs built on it.
 *
 * The Service is a child `ApiObject` named `Resource`, rendered lazily, so changes made after construction count.
 */
export class LoadBalancerService extends JudgedResource {
  /** The spec fields of the props (lists stay the same objects, so a list changed after construction counts). */
  private readonly specFields: SpecFields;
  private readonly _ports: ServicePort[] = [];
  private readonly selectors: kplus.IPodSelector[] = [];
  private readonly selectorLabels: { [key: string]: string };
  private readonly sessionAffinityTimeoutSeconds?: number;
  /** Errors found while recording props or method calls (e.g. selectLabel() twice with two values), made on first use. */
  private callErrors?: string[];

  constructor(scope: Construct, id: string, props: LoadBalancerServiceProps = {}) {
    super(scope, id, SERVICE, props);
    this.specFields = specFieldsOf(props);
    this.selectorLabels = Object.assign({}, props.selectorLabels); // selectLabel() adds keys
    this.sessionAffinityTimeoutSeconds = wholeSeconds('sessionAffinityTimeout', props.sessionAffinityTimeout);
    if (props.selector) this.selectors.push(props.selector);
    for (const port of props.ports ?? []) this.addPort(port);
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
      (this.callErrors ??= []).push(`selectLabel(${key}) sets ${show(value)} but the selector label already is ${show(existing)}: no pod can match both. Select by one value.`);
      return;
    }
    this.selectorLabels[key] = value;
  }

  protected validateProps(): string[] {
    return [...super.validateProps(), ...(this.callErrors ?? []), ...this.selectorErrors()];
  }

  private selectorErrors(): string[] {
    // Without selector objects the labels come from one map: no matchExpressions, no two sources to conflict.
    if (this.selectors.length === 0) return [];
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
    // Without selector objects the labels are the construct's own map: no sources to track, no conflict possible.
    const labels = this.selectors.length === 0 ? Object.assign({}, this.selectorLabels) : this.selectorLabelSources().labels;
    return Object.keys(labels).length > 0 ? labels : undefined;
  }

  protected renderSpec(): any {
    const spec: { [field: string]: unknown } = { type: 'LoadBalancer', selector: this.renderSelector(), ports: this._ports.map(renderPort) };
    const timeoutSeconds = this.sessionAffinityTimeoutSeconds;
    for (const field of SPEC_FIELDS) {
      spec[field] = this.specFields[field];
      // After sessionAffinity, where it always was, for CDK8S_DISABLE_SORT users who diff unsorted output.
      if (field === 'sessionAffinity') spec.sessionAffinityConfig = timeoutSeconds === undefined ? undefined : { clientIP: { timeoutSeconds } };
    }
    return withoutUndefined(spec);
  }

}

const SERVICE = { apiVersion: 'v1', kind: 'Service' };

/** The props that render to spec fields as they are, in the order they are written. */
const SPEC_FIELDS = [
  'externalTrafficPolicy', 'internalTrafficPolicy', 'loadBalancerSourceRanges', 'loadBalancerClass', 'ipFamilies', 'ipFamilyPolicy',
  'allocateLoadBalancerNodePorts', 'healthCheckNodePort', 'sessionAffinity', 'publishNotReadyAddresses', 'clusterIP', 'clusterIPs',
  'externalIPs', 'loadBalancerIP',
] as const;

type SpecFields = Pick<LoadBalancerServiceProps, typeof SPEC_FIELDS[number]>;

/** The spec fields only: a construct keeps them for its lifetime, and a subclass's props hold much more. */
function specFieldsOf(p: LoadBalancerServiceProps): SpecFields {
  const fields: { [field: string]: unknown } = {};
  for (const field of SPEC_FIELDS) fields[field] = p[field];
  return fields as SpecFields;
}

/** The fields that are set: cdk8s would resolve each undefined field only to drop it (docs/performance.md). */
function withoutUndefined(fields: { [field: string]: unknown }): { [field: string]: unknown } {
  const out: { [field: string]: unknown } = {};
  for (const field of Object.keys(fields)) if (fields[field] !== undefined) out[field] = fields[field];
  return out;
}

function selectorOf(selector: kplus.IPodSelector): { matchLabels?: { [key: string]: string }; matchExpressions?: unknown[] } {
  return selector.toPodSelectorConfig().labelSelector._toKube();
}

function renderPort(port: ServicePort): any {
  const out: { [field: string]: unknown } = {}; // without the unset fields: see withoutUndefined
  if (port.name !== undefined) out.name = port.name;
  out.port = port.port;
  const targetPort = port.targetPort?._toKube();
  if (targetPort !== undefined) out.targetPort = targetPort;
  if (port.protocol !== undefined) out.protocol = port.protocol;
  if (port.nodePort !== undefined) out.nodePort = port.nodePort;
  if (port.appProtocol !== undefined) out.appProtocol = port.appProtocol;
  return out;
}
