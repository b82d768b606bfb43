/**
 * The annotation keys of Kubernetes itself, which the API server or several controllers read. The cloud models name
 * them from here, so that each key is spelled once.
 */
export const KubernetesKeys = {
  /** The older form of `spec.loadBalancerSourceRanges`, read by the cloud providers when the field is empty. */
  LOAD_BALANCER_SOURCE_RANGES: 'service.beta.kubernetes.io/load-balancer-source-ranges',
  /** The deprecated form of `spec.ingressClassName`. */
  INGRESS_CLASS: 'kubernetes.io/ingress.class',
} as const;
