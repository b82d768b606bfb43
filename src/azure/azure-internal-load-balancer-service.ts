import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { AzureLoadBalancerService, azureSchemeGuard } from './azure-load-balancer-service';
import { AzureHealthProbe, AzurePortSettings } from './health-probe';
import { AnnotationGuard } from '../core/annotation-guard';
import { LoadBalancerScheme } from '../core/enums';
import { LoadBalancerServiceProps } from '../core/load-balancer-service';
import { withProps } from '../core/props';

/**
 * Props of an internal Azure load balancer Service, and the settings both internal and public ones share.
 */
export interface AzureInternalLoadBalancerServiceProps extends LoadBalancerServiceProps {
  /**
   * Name of the subnet of the cluster VNet that the frontend IP comes from (`azure-load-balancer-internal-subnet`);
   * internal load balancers only. A name, not an ARM id. Changing it re-creates the frontend (new IP).
   * @default - the cluster subnet of the cloud configuration
   * @see https://learn.microsoft.com/azure/aks/internal-lb#specify-a-different-subnet
   */
  readonly subnet?: string;

  /**
   * Static IPv4 frontend address (`azure-load-balancer-ipv4`). Internal: a free address of the subnet. Public: the address
   * of an existing public IP. Never written as the deprecated `spec.loadBalancerIP`.
   * @default - a dynamic address
   * @see https://learn.microsoft.com/azure/aks/internal-lb#specify-an-ip-address
   */
  readonly ipv4Address?: string;

  /**
   * Static IPv6 frontend address, for an IPv6 or dual-stack Service (`azure-load-balancer-ipv6`). Unless `ipFamilies` or
   * `ipFamilyPolicy` is given, it makes the Service IPv6 (alone) or RequireDualStack IPv4+IPv6 (with `ipv4Address`).
   * @default - a dynamic address
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#loadbalancer-annotations
   */
  readonly ipv6Address?: string;

  /**
   * Health probe settings of every port (`azure-load-balancer-health-probe-*`).
   * @default - Tcp every 5 seconds, 2 probes (HTTP /healthz on healthCheckNodePort with externalTrafficPolicy: Local)
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#custom-load-balancer-health-probe
   */
  readonly healthProbe?: AzureHealthProbe;

  /**
   * Per-port settings (`port_{port}_health-probe_*`, `port_{port}_no_lb_rule`, `port_{port}_no_probe_rule`).
   * @default - none
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#custom-load-balancer-health-probe
   */
  readonly portSettings?: AzurePortSettings[];

  /**
   * TCP idle timeout of the load balancing rules, whole minutes from 4 to 100 (`azure-load-balancer-tcp-idle-timeout`).
   * @default Duration.minutes(4)
   * @see https://learn.microsoft.com/azure/load-balancer/load-balancer-tcp-idle-timeout
   */
  readonly tcpIdleTimeout?: Duration;

  /**
   * Send TCP resets on idle timeout; `false` writes `azure-load-balancer-disable-tcp-reset: "true"`.
   * @default true
   * @see https://learn.microsoft.com/azure/load-balancer/load-balancer-tcp-reset
   */
  readonly tcpReset?: boolean;

  /**
   * Floating IP (direct server return) on the load balancing rules; `false` writes `azure-disable-load-balancer-floating-ip: "true"`
   * (the backend port becomes the nodePort). Must be false for a Private Link Service on a public load balancer.
   * @default true
   * @see https://learn.microsoft.com/azure/load-balancer/load-balancer-floating-ip
   */
  readonly floatingIp?: boolean;

  /**
   * One HA-ports rule (all protocols, all ports) instead of a rule per port (`azure-load-balancer-enable-high-availability-ports`);
   * internal Standard load balancers only.
   * @default false
   * @see https://learn.microsoft.com/azure/load-balancer/load-balancer-ha-ports-overview
   */
  readonly highAvailabilityPorts?: boolean;

  /**
   * Azure service tags allowed by the network security group (`azure-allowed-service-tags`), e.g. `AzureFrontDoor.Backend`.
   * Does not work together with `loadBalancerSourceRanges`.
   * @default - no service tag
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#loadbalancer-annotations
   */
  readonly allowedServiceTags?: string[];

  /**
   * Client CIDRs allowed by the network security group (`azure-allowed-ip-ranges`), properly masked. Cannot be combined with
   * `loadBalancerSourceRanges`; prefer that portable field.
   * @default - no restriction
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#loadbalancer-annotations
   */
  readonly allowedIpRanges?: string[];

  /**
   * Deny all traffic except the allowed source ranges, including from the VNet (`azure-deny-all-except-load-balancer-source-ranges`).
   * Needs `loadBalancerSourceRanges` or `allowedIpRanges`.
   * @default false
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#loadbalancer-annotations
   */
  readonly denyAllExceptSourceRanges?: boolean;

  /**
   * Multiple-standard-load-balancer configurations this Service may be placed on (`azure-load-balancer-configurations`).
   * Cannot be combined with a static IP or public IP name.
   * @default - any eligible configuration
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/multiple-slbs/
   */
  readonly loadBalancerConfigurations?: string[];
}

/**
 * An internal Azure load balancer Service: always `azure-load-balancer-internal: "true"`, a private frontend in the
 * cluster VNet. The public IP settings do not exist here.
 */
export class AzureInternalLoadBalancerService extends AzureLoadBalancerService {
  constructor(scope: Construct, id: string, props: AzureInternalLoadBalancerServiceProps = {}) {
    super(scope, id, withProps(props, { scheme: LoadBalancerScheme.INTERNAL }));
  }

  /** @internal */
  protected _schemeGuard(): AnnotationGuard {
    return INTERNAL_ONLY;
  }
}

/** This construct has no scheme prop: a public load balancer is the other construct. */
const INTERNAL_ONLY = azureSchemeGuard(undefined,
  () => 'for an internet-facing load balancer use AzureLoadBalancerService with scheme: LoadBalancerScheme.INTERNET_FACING.');
