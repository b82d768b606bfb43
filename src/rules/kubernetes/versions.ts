import { Cluster } from '../../profile/cluster';

/**
 * The Kubernetes releases where the API server's verdict on a Service or Ingress changed, as the rules ask about
 * them: `before(cluster, minor)` is true on clusters older than 1.`minor`, false on 1.`minor` and newer, undefined
 * when the profile leaves the version open (then `onClusters(..., beforeText(minor), ...)` reports on those clusters).
 */
export const KUBERNETES_CHANGES = {
  /** kubernetes#115447: ingressClassName with an equal kubernetes.io/ingress.class annotation is accepted. */
  ingressClassAnnotationEqual: 27,
  /** kubernetes#129174: port 10250 (the kubelet's) is allowed on a LoadBalancer Service. */
  kubeletPortOnLoadBalancer: 33,
  /** KEP-4444: spec.trafficDistribution, alpha in 1.30 (ServiceTrafficDistribution, off), beta and on in 1.31. */
  trafficDistribution: 31,
  /** KEP-3015: trafficDistribution PreferSameZone and PreferSameNode, alpha in 1.33 (off), beta and on in 1.34. */
  trafficDistributionSameZoneNode: 34,
} as const;

/** Whether the cluster's Kubernetes is older than 1.`minor`; undefined when the profile leaves it open. */
export function before(cluster: Cluster, minor: number): boolean | undefined {
  const atLeast = cluster.kubernetesAtLeast(minor);
  return atLeast === undefined ? undefined : !atLeast;
}

/** "Kubernetes before 1.27", for `onlyOn`. */
export function beforeText(minor: number): string {
  return `Kubernetes before 1.${minor}`;
}
