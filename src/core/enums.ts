/**
 * How traffic from outside the cluster is routed to the Service's endpoints.
 * @see https://kubernetes.io/docs/reference/networking/virtual-ips/#external-traffic-policy
 */
export enum ExternalTrafficPolicy {
  /** To any ready endpoint in the cluster; the client IP is hidden by SNAT. */
  CLUSTER = 'Cluster',
  /** Only to endpoints on the node that received the traffic; the client IP is preserved. */
  LOCAL = 'Local',
}

/**
 * How traffic from inside the cluster is routed to the Service's endpoints.
 * @see https://kubernetes.io/docs/concepts/services-networking/service-traffic-policy/
 */
export enum InternalTrafficPolicy {
  /** To any ready endpoint in the cluster. */
  CLUSTER = 'Cluster',
  /** Only to endpoints on the client's node. */
  LOCAL = 'Local',
}

/**
 * An IP family.
 * @see https://kubernetes.io/docs/concepts/services-networking/dual-stack/
 */
export enum IpFamily {
  /** IPv4. */
  IPV4 = 'IPv4',
  /** IPv6. */
  IPV6 = 'IPv6',
}

/**
 * Whether the Service is single-stack or dual-stack.
 * @see https://kubernetes.io/docs/concepts/services-networking/dual-stack/#services
 */
export enum IpFamilyPolicy {
  /** One IP family. */
  SINGLE_STACK = 'SingleStack',
  /** Both families when the cluster has them, one otherwise. */
  PREFER_DUAL_STACK = 'PreferDualStack',
  /** Both families; fails on a single-stack cluster. */
  REQUIRE_DUAL_STACK = 'RequireDualStack',
}

/**
 * Session affinity of a Service.
 * @see https://kubernetes.io/docs/reference/networking/virtual-ips/#session-affinity
 */
export enum SessionAffinity {
  /** No affinity. */
  NONE = 'None',
  /** Connections from one client IP go to the same endpoint. */
  CLIENT_IP = 'ClientIP',
}

/**
 * Whether a load balancer is reachable from the internet. Every construct of this library is internal unless told.
 */
export enum LoadBalancerScheme {
  /** A private address in the virtual network: reachable from the network and its peers only. */
  INTERNAL = 'internal',
  /** A public address, reachable from the internet. */
  INTERNET_FACING = 'internet-facing',
}
