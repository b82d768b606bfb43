import { Construct } from 'constructs';
import type { AzureLoadBalancerService } from './azure-load-balancer-service';
import { PrivateLinkVisibility } from './private-link-visibility';
import { AnnotationGuard } from '../core/annotation-guard';
import { ManagedAnnotation } from '../core/managed-annotation';
import { boolText, listText, numberText, TypedAnnotations } from '../core/typed-annotations';
import { isTrueLenient } from './model/cloud-provider-azure';
import { PlsKeys } from './model/keys';

/**
 * Settings of an Azure Private Link Service (the `azure-pls-*` annotations of the Service it fronts).
 */
export interface PrivateLinkServiceOptions {
  /**
   * Name of the Private Link Service (`azure-pls-name`). Cannot be changed once created; set it from the start.
   * @default - `pls-<frontend IP configuration name>`, derived from the Service UID (unknown before deployment)
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/pls-integration/
   */
  readonly name?: string;

  /**
   * Resource group of the Private Link Service (`azure-pls-resource-group`). Treat it as immutable.
   * @default - the cloud configuration's privateLinkServiceResourceGroup, else the cluster resource group
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/pls-integration/
   */
  readonly resourceGroup?: string;

  /**
   * Name of the subnet (in the cluster VNet) that the NAT IP addresses of the Private Link Service come from
   * (`azure-pls-ip-configuration-subnet`). Kubernetes disables private link network policies on it.
   * @default - the load balancer's subnet, else the cluster subnet
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/pls-integration/
   */
  readonly subnet?: string;

  /**
   * Number of NAT IP configurations, 1 to 8 (`azure-pls-ip-configuration-ip-address-count`).
   * @default - the number of `staticIpAddresses` when there are several, else 1
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/pls-integration/
   */
  readonly ipAddressCount?: number;

  /**
   * Static IPv4 NAT addresses of the PLS subnet (`azure-pls-ip-configuration-ip-address`); the first is the primary.
   * The other configurations get dynamic addresses.
   * @default - dynamic addresses
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/pls-integration/
   */
  readonly staticIpAddresses?: string[];

  /**
   * FQDNs of the service (`azure-pls-fqdns`), e.g. for the consumer's private DNS.
   * @default - none
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/pls-integration/
   */
  readonly fqdns?: string[];

  /**
   * Send the TCP PROXY protocol v2 header (with the consumer's link id) to the backends (`azure-pls-proxy-protocol`).
   * The application must expect it.
   * @default false
   * @see https://learn.microsoft.com/azure/private-link/private-link-service-overview#getting-connection-information-using-tcp-proxy-v2
   */
  readonly proxyProtocol?: boolean;

  /**
   * Who can see the service (`azure-pls-visibility`).
   * @default - RBAC only: principals with rights on the service
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/pls-integration/
   */
  readonly visibility?: PrivateLinkVisibility;

  /**
   * Subscriptions whose private endpoint connections are approved automatically (`azure-pls-auto-approval`).
   * They should also be visible.
   * @default - every connection waits for manual approval
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/pls-integration/
   */
  readonly autoApprovalSubscriptions?: string[];
}

/**
 * Props of a Private Link Service.
 */
export interface PrivateLinkServiceProps extends PrivateLinkServiceOptions {
  /**
   * The load balancer Service it fronts (internal, or public with `floatingIp: false`).
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/pls-integration/
   */
  readonly service: AzureLoadBalancerService;
}

/**
 * An Azure Private Link Service in front of an Azure load balancer Service, created by cloud-provider-azure from the
 * `azure-pls-*` annotations that this construct writes onto that Service (one per Service). Consumers in other
 * VNets or tenants reach the Service through a private endpoint to it.
 *
 * It is deleted only with the load balancer frontend, and then all private endpoint connections go with it.
 */
export class PrivateLinkService extends Construct {
  /**
   * The load balancer Service it fronts; its manifest carries the annotations.
   */
  public readonly service: AzureLoadBalancerService;

  /**
   * The name of the Private Link Service, when set (otherwise Azure derives one from the Service UID).
   */
  public readonly name?: string;

  /**
   * The resource group of the Private Link Service, when set.
   */
  public readonly resourceGroup?: string;

  /** The `azure-pls-*` annotations, built in the constructor. */
  private readonly annotations: readonly ManagedAnnotation[];

  constructor(scope: Construct, id: string, props: PrivateLinkServiceProps) {
    super(scope, id);
    this.service = props.service;
    this.name = props.name;
    this.resourceGroup = props.resourceGroup;
    // The options are read here, once, as jsii passes them by value: a list changed later changes neither.
    this.annotations = plsAnnotations(props).render();
    props.service._attachPrivateLinkService(this);
  }

  /**
   * The `azure-pls-*` annotations, rendered into the Service by its renderAnnotations().
   * @internal
   */
  public _renderAnnotations(): readonly ManagedAnnotation[] {
    return this.annotations;
  }

  /**
   * The Private Link Service itself, held against a hand-written `azure-pls-create`.
   * @internal
   */
  public _guard(): AnnotationGuard {
    return PLS_CREATED;
  }
}

const CREATED = 'created';

/** cloud-provider-azure creates the Private Link Service when `azure-pls-create` is "true" in any case. */
const PLS_CREATED: AnnotationGuard = {
  prop: 'the Private Link Service',
  choice: CREATED,
  byDefault: false,
  keys: [PlsKeys.CREATE],
  choiceOf: (_key, value) => (isTrueLenient(value) ? CREATED : 'not created'),
  instead: () => 'to have no Private Link Service, do not add one.',
};

/** The `azure-pls-*` annotations of the options; every azure-pls-* list is separated by spaces. */
function plsAnnotations(o: PrivateLinkServiceOptions): TypedAnnotations {
  const w = new TypedAnnotations().set(PlsKeys.CREATE, 'true', 'addPrivateLinkService()');
  const set = (key: string, value: string | undefined, prop: string) => w.set(key, value, `privateLinkService.${prop}`);
  // Empty items are skipped by cloud-provider-azure (space lists), so they do not count as addresses.
  const staticIps = (o.staticIpAddresses ?? []).filter((ip) => typeof ip !== 'string' || ip.trim() !== '').length;
  const count = o.ipAddressCount ?? (staticIps > 1 ? staticIps : undefined);
  set(PlsKeys.NAME, o.name, 'name');
  set(PlsKeys.RESOURCE_GROUP, o.resourceGroup, 'resourceGroup');
  set(PlsKeys.SUBNET, o.subnet, 'subnet');
  set(PlsKeys.IP_ADDRESS_COUNT, numberText(count), o.ipAddressCount !== undefined ? 'ipAddressCount' : 'staticIpAddresses');
  set(PlsKeys.IP_ADDRESS, listText('privateLinkService.staticIpAddresses', o.staticIpAddresses, ' '), 'staticIpAddresses');
  set(PlsKeys.FQDNS, listText('privateLinkService.fqdns', o.fqdns, ' '), 'fqdns');
  set(PlsKeys.PROXY_PROTOCOL, boolText(o.proxyProtocol), 'proxyProtocol');
  const visible = o.visibility?.subscriptionIds;
  // PrivateLinkVisibility.subscriptions([]) means RBAC only, as no visibility does.
  set(PlsKeys.VISIBILITY, visible !== undefined && visible.length > 0 ? listText('privateLinkService.visibility', visible, ' ') : undefined, 'visibility');
  set(PlsKeys.AUTO_APPROVAL, listText('privateLinkService.autoApprovalSubscriptions', o.autoApprovalSubscriptions, ' '), 'autoApprovalSubscriptions');
  return w;
}
