/**
 * How an NLB registers its targets.
 * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#nlb-target-type
 */
export enum NlbTargetType {
  /** Pod IPs: the NLB sends traffic straight to the pods (needs the VPC CNI or an equivalent routable pod network). */
  IP = 'ip',
  /** The nodes, on the Service's node ports; kube-proxy forwards to the pods. */
  INSTANCE = 'instance',
}

/**
 * How the AWS Load Balancer Controller is told to take a Service.
 * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/nlb/
 */
export enum NlbControllerSelection {
  /** `spec.loadBalancerClass: service.k8s.aws/nlb`: the in-tree provider skips the Service for certain. */
  LOAD_BALANCER_CLASS = 'class',
  /** `aws-load-balancer-type: external` with an explicit target type (for clusters whose tooling cannot set the class). */
  TYPE_ANNOTATION = 'annotation',
}

/**
 * The IP address type of an NLB.
 * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#ip-address-type
 */
export enum NlbIpAddressType {
  /** IPv4 only. */
  IPV4 = 'ipv4',
  /** IPv4 and IPv6 (the subnets need IPv6 CIDRs). */
  DUALSTACK = 'dualstack',
}

/**
 * Protocol of an NLB target-group health check.
 * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#healthcheck-protocol
 */
export enum AwsHealthCheckProtocol {
  /** A TCP connection. */
  TCP = 'tcp',
  /** An HTTP request to the path. */
  HTTP = 'http',
  /** An HTTPS request to the path (the certificate is not verified). */
  HTTPS = 'https',
}

/**
 * Protocol from an NLB's TLS listeners to the targets.
 * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#backend-protocol
 */
export enum NlbBackendProtocol {
  /** Plain TCP: TLS ends at the NLB. */
  TCP = 'tcp',
  /** TLS again to the targets (a TLS target group). */
  SSL = 'ssl',
}

/**
 * Protocol from a classic ELB's listeners to the instances.
 * @see https://github.com/kubernetes/cloud-provider-aws/blob/master/docs/service_controller.md
 */
export enum ClassicBackendProtocol {
  /** HTTP: the ELB terminates TLS and speaks HTTP (adds X-Forwarded-For). */
  HTTP = 'http',
  /** HTTPS to the instances. */
  HTTPS = 'https',
  /** TLS over TCP to the instances. */
  SSL = 'ssl',
  /** Plain TCP. */
  TCP = 'tcp',
}

/**
 * ALPN policy of an NLB's TLS listeners.
 * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#alpn-policy
 */
export enum AlpnPolicy {
  /** No ALPN negotiation. */
  NONE = 'None',
  /** HTTP/1.* only. */
  HTTP1_ONLY = 'HTTP1Only',
  /** HTTP/2 only. */
  HTTP2_ONLY = 'HTTP2Only',
  /** HTTP/2 or HTTP/1.*, preferring HTTP/1.1. */
  HTTP2_OPTIONAL = 'HTTP2Optional',
  /** HTTP/2 or HTTP/1.*, preferring HTTP/2. */
  HTTP2_PREFERRED = 'HTTP2Preferred',
}

/**
 * How an NLB's DNS name resolves across Availability Zones (`dns_record.client_routing_policy`).
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/network/network-load-balancers.html#load-balancer-attributes
 */
export enum DnsClientRoutingPolicy {
  /** Every zone's address, to every client (AWS's default). */
  ANY_AVAILABILITY_ZONE = 'any_availability_zone',
  /** 85% of queries answered with the client's own zone. */
  PARTIAL_AVAILABILITY_ZONE_AFFINITY = 'partial_availability_zone_affinity',
  /** 100% of queries answered with the client's own zone. */
  AVAILABILITY_ZONE_AFFINITY = 'availability_zone_affinity',
}
