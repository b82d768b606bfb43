import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';

/**
 * Finds, in the cdk8s app, the pods behind a Service construct: AGIC builds its probe from their httpGet readiness
 * (or liveness) probe, which no single Ingress manifest shows. Not exported from the package.
 */

const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'];

export interface BackendPods {
  /** `Kind "name"` of each workload whose pods the Service selects. */
  readonly workloads: string[];
  /** The workloads among them whose pods have no container with an httpGet readiness or liveness probe. */
  readonly withoutHttpProbe: string[];
}

/** The pods the Service selects, or undefined when they cannot be known (no selector, no matching workload in the app). */
export function backendPods(service: Construct): BackendPods | undefined {
  const serviceJson = ApiObject.of(service).toJson();
  const selector: { [key: string]: string } | undefined = serviceJson.spec?.selector;
  if (!selector || Object.keys(selector).length === 0) return undefined;
  const namespace = serviceJson.metadata?.namespace;
  const workloads: string[] = [];
  const withoutHttpProbe: string[] = [];
  for (const node of service.node.root.node.findAll()) {
    if (!(node instanceof ApiObject) || (node.kind !== 'Pod' && !WORKLOAD_KINDS.includes(node.kind))) continue;
    const json = node.toJson();
    if (json.metadata?.namespace !== namespace) continue;
    const pod = node.kind === 'Pod' ? json : json.spec?.template;
    const labels: { [key: string]: string } = pod?.metadata?.labels ?? {};
    if (!Object.entries(selector).every(([key, value]) => labels[key] === value)) continue;
    const name = `${node.kind} "${json.metadata?.name}"`;
    workloads.push(name);
    const containers: any[] = pod?.spec?.containers ?? [];
    if (!containers.some((c) => c?.readinessProbe?.httpGet || c?.livenessProbe?.httpGet)) withoutHttpProbe.push(name);
  }
  return workloads.length > 0 ? { workloads, withoutHttpProbe } : undefined;
}
