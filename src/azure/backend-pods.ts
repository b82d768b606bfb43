import { ApiObject } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';

/**
 * Finds, in the cdk8s app, the pods behind a Service construct: AGIC builds its probe from their httpGet readiness
 * (or liveness) probe, which no single Ingress manifest shows. Not exported from the package.
 */

const WORKLOAD_KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'];

export interface BackendPods {
  /** `Kind "name"` of each workload whose pods the Service selects. */
  readonly workloads: string[];
  /** The workloads among them whose pods have no container with an httpGet readiness or liveness probe. */
  readonly withoutHttpProbe: string[];
}

interface PodTemplate {
  readonly workload: string;
  readonly namespace?: string;
  readonly labels: { [key: string]: string };
  readonly hasHttpProbe: boolean;
}

/**
 * The pod templates of the app, rendered once per synthesis: every Ingress of a large app would otherwise render every
 * workload again (quadratic). The cache lives until the next tick (synthesis is synchronous) and only while the
 * construct tree keeps its size.
 */
const templatesCache = new WeakMap<IConstruct, { nodes: number; templates: PodTemplate[] }>();

function podTemplates(root: IConstruct): PodTemplate[] {
  const nodes = root.node.findAll();
  const cached = templatesCache.get(root);
  if (cached && cached.nodes === nodes.length) return cached.templates;
  const templates: PodTemplate[] = [];
  for (const node of nodes) {
    if (!(node instanceof ApiObject) || !WORKLOAD_KINDS.includes(node.kind)) continue;
    const json = node.toJson();
    const pod = node.kind === 'Pod' ? json : json.spec?.template;
    const containers: any[] = pod?.spec?.containers ?? [];
    templates.push({
      workload: `${node.kind} "${json.metadata?.name}"`,
      namespace: json.metadata?.namespace,
      labels: pod?.metadata?.labels ?? {},
      hasHttpProbe: containers.some((c) => c?.readinessProbe?.httpGet || c?.livenessProbe?.httpGet),
    });
  }
  templatesCache.set(root, { nodes: nodes.length, templates });
  process.nextTick(() => templatesCache.delete(root));
  return templates;
}

/** The pods the Service selects, or undefined when they cannot be known (no selector, no matching workload in the app). */
export function backendPods(service: Construct): BackendPods | undefined {
  const serviceJson = ApiObject.of(service).toJson();
  const selector: { [key: string]: string } | undefined = serviceJson.spec?.selector;
  if (!selector || Object.keys(selector).length === 0) return undefined;
  const selected = podTemplates(service.node.root).filter((t) => t.namespace === serviceJson.metadata?.namespace
    && Object.entries(selector).every(([key, value]) => t.labels[key] === value));
  if (selected.length === 0) return undefined;
  return { workloads: selected.map((t) => t.workload), withoutHttpProbe: selected.filter((t) => !t.hasHttpProbe).map((t) => t.workload) };
}
