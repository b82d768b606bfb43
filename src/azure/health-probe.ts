import { Duration } from 'cdk8s';
import { PortReference } from '../core/port-reference';

/**
 * Protocol of an Azure Load Balancer health probe.
 * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#custom-load-balancer-health-probe
 */
export enum AzureHealthProbeProtocol {
  /** A TCP connect to the port (the default for `externalTrafficPolicy: Cluster`). */
  TCP = 'Tcp',
  /** An HTTP GET of the request path; only 200 counts as healthy. */
  HTTP = 'Http',
  /** An HTTPS GET of the request path (no certificate check); only 200 counts as healthy. */
  HTTPS = 'Https',
}

/**
 * The health probe settings of every port of an Azure load balancer. With `externalTrafficPolicy: Local`, the load
 * balancer probes `healthCheckNodePort` at `/healthz` instead and only `interval` and `numberOfProbes` apply.
 */
export interface AzureHealthProbe {
  /**
   * Probe protocol (`azure-load-balancer-health-probe-protocol`). A port's `appProtocol` wins over it.
   * @default - Tcp, or the port's appProtocol
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#custom-load-balancer-health-probe
   */
  readonly protocol?: AzureHealthProbeProtocol;

  /**
   * Request path of an Http/Https probe (`azure-load-balancer-health-probe-request-path`).
   * @default "/"
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#custom-load-balancer-health-probe
   */
  readonly path?: string;

  /**
   * Time between probes, whole seconds, at least 5 (`azure-load-balancer-health-probe-interval`); interval × numberOfProbes must stay below 120 s.
   * @default Duration.seconds(5)
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#custom-load-balancer-health-probe
   */
  readonly interval?: Duration;

  /**
   * Consecutive failures that mark a node down, at least 2 (`azure-load-balancer-health-probe-num-of-probe`). This is Azure's
   * probe threshold, what the AWS health check and the Application Gateway probe call `unhealthyThreshold`.
   * @default 2
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#custom-load-balancer-health-probe
   */
  readonly numberOfProbes?: number;
}

/**
 * Settings of one Service port: its probe overrides (`port_{port}_health-probe_*`) and whether it gets a load
 * balancing rule or a probe at all.
 */
export interface AzurePortSettings {
  /**
   * The Service port (`spec.ports[].port`, not the targetPort or nodePort) these settings are for.
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#custom-load-balancer-health-probe
   */
  readonly port: number;

  /**
   * Probe protocol of this port (`port_{port}_health-probe_protocol`).
   * @default - the port's appProtocol, else the Service-wide protocol, else Tcp
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#custom-load-balancer-health-probe
   */
  readonly protocol?: AzureHealthProbeProtocol;

  /**
   * Request path of this port's Http/Https probe (`port_{port}_health-probe_request-path`).
   * @default - the Service-wide path, else "/"
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#custom-load-balancer-health-probe
   */
  readonly path?: string;

  /**
   * Probe another port (`port_{port}_health-probe_port`): `PortReference.number()` of a Service port (its nodePort is
   * probed) or of any port (probed as is), or `PortReference.named()` of a Service port (its nodePort is probed).
   * The only setting that replaces the `/healthz` probe of `externalTrafficPolicy: Local`.
   * @default - this port's nodePort
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#custom-load-balancer-health-probe
   */
  readonly probePort?: PortReference;

  /**
   * Probe interval of this port, whole seconds, at least 5 (`port_{port}_health-probe_interval`).
   * @default - the Service-wide interval, else 5 seconds
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#custom-load-balancer-health-probe
   */
  readonly interval?: Duration;

  /**
   * Consecutive failures that mark a node down for this port, at least 2 (`port_{port}_health-probe_num-of-probe`). This is
   * Azure's probe threshold, what the AWS health check and the Application Gateway probe call `unhealthyThreshold`.
   * @default - the Service-wide number, else 2
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#custom-load-balancer-health-probe
   */
  readonly numberOfProbes?: number;

  /**
   * No load balancing rule and no probe for this port (`port_{port}_no_lb_rule`), e.g. a health-only port. Ignored with HA ports.
   * @default false
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#custom-load-balancer-health-probe
   */
  readonly noLoadBalancerRule?: boolean;

  /**
   * A load balancing rule without a probe for this port (`port_{port}_no_probe_rule`).
   * @default false
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#custom-load-balancer-health-probe
   */
  readonly noProbeRule?: boolean;
}
