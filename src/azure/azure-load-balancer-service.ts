import { Construct } from 'constructs';
import type { AzureInternalLoadBalancerServiceProps } from './azure-internal-load-balancer-service';
import { AzurePortSettings } from './health-probe';
import { PrivateLinkService, PrivateLinkServiceOptions } from './private-link-service';
import { AnnotationGuard, schemeGuard } from '../core/annotation-guard';
import { IpFamily, IpFamilyPolicy, LoadBalancerScheme } from '../core/enums';
import { LoadBalancerService } from '../core/load-balancer-service';
import { ManagedAnnotation } from '../core/managed-annotation';
import { withProps } from '../core/props';
import { listText, mapText, minutesText, numberText, refuseEmptyMap, secondsText, TypedAnnotations } from '../core/typed-annotations';
import { azureSchemeOf } from './model/cloud-provider-azure';
import { AzureKeys, portKey, PortSetting } from './model/keys';

/**
 * Props of an Azure load balancer Service: internal unless `scheme` says otherwise, with the public IP settings
 * that only a public load balancer has.
 */
export interface AzureLoadBalancerServiceProps extends AzureInternalLoadBalancerServiceProps {
  /**
   * Internal (a private IP in the cluster VNet) or internet-facing (a public IP).
   * @default LoadBalancerScheme.INTERNAL
   * @see https://learn.microsoft.com/azure/aks/internal-lb
   */
  readonly scheme?: LoadBalancerScheme;

  /**
   * Resource group in which the public IP is looked up or created (`azure-load-balancer-resource-group`). Despite the
   * key's name it is not where the load balancer lives; public load balancers only.
   * @default - the cluster's resource group (the node resource group on AKS)
   * @see https://learn.microsoft.com/azure/aks/static-ip
   */
  readonly publicIpResourceGroup?: string;

  /**
   * Name of an existing public IP to use (`azure-pip-name`); public load balancers only. Chooses the IPv4 public IP before
   * `publicIpPrefixId` and `ipv4Address`, so do not combine them.
   * @default - a public IP created and managed by Kubernetes
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#loadbalancer-annotations
   */
  readonly publicIpName?: string;

  /**
   * Name of an existing IPv6 public IP for a dual-stack Service (`azure-pip-name-ipv6`); public load balancers only.
   * @default - a public IP created and managed by Kubernetes
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#loadbalancer-annotations
   */
  readonly publicIpNameIpv6?: string;

  /**
   * ARM id of a public IP prefix the managed public IP is taken from (`azure-pip-prefix-id`); public load balancers only.
   * @default - no prefix
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#loadbalancer-annotations
   */
  readonly publicIpPrefixId?: string;

  /**
   * ARM id of an IPv6 public IP prefix, for a dual-stack Service (`azure-pip-prefix-id-ipv6`); public load balancers only.
   * @default - no prefix
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#loadbalancer-annotations
   */
  readonly publicIpPrefixIdIpv6?: string;

  /**
   * DNS label of the public IP, giving `<label>.<region>.cloudapp.azure.com` (`azure-dns-label-name`); public load balancers only.
   * @default - no DNS label
   * @see https://learn.microsoft.com/azure/aks/static-ip#apply-a-dns-label-to-the-service
   */
  readonly dnsLabelName?: string;

  /**
   * Tags of the managed public IP (`azure-pip-tags`); public load balancers only. Keys and values may not contain "," or "=".
   * @default - no tags
   * @see https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#loadbalancer-annotations
   */
  readonly publicIpTags?: { [key: string]: string };
}

/**
 * A Service of type LoadBalancer for Azure (cloud-provider-azure, the code behind AKS): INTERNAL by default,
 * internet-facing only with `scheme: LoadBalancerScheme.INTERNET_FACING`. Typed props become the
 * `service.beta.kubernetes.io/azure-*` annotations, and every rule Azure enforces is checked at synth.
 *
 * A static address is written as `azure-load-balancer-ipv4` / `-ipv6`, never as the deprecated `spec.loadBalancerIP`.
 */
export class AzureLoadBalancerService extends LoadBalancerService {
  /**
   * Whether the load balancer is internal or internet-facing.
   */
  public readonly scheme: LoadBalancerScheme;

  private _privateLinkService?: PrivateLinkService;
  /** The annotations of the Azure props, built in the constructor. */
  private readonly typedAnnotations: readonly ManagedAnnotation[];
  private readonly schemeGuard: AnnotationGuard;

  constructor(scope: Construct, id: string, props: AzureLoadBalancerServiceProps = {}) {
    super(scope, id, withIpFamilies(props));
    this.scheme = props.scheme ?? LoadBalancerScheme.INTERNAL;
    this.schemeGuard = AZURE_SCHEME_GUARDS[props.scheme ?? 'default'];
    // Read once, here, as jsii passes props by value.
    this.typedAnnotations = azureAnnotations(props, this.scheme).render();
  }

  /**
   * The Private Link Service in front of this load balancer, if one was added.
   */
  public get privateLinkService(): PrivateLinkService | undefined {
    return this._privateLinkService;
  }

  /**
   * Publishes this load balancer through an Azure Private Link Service (the `azure-pls-*` annotations). One per Service.
   */
  public addPrivateLinkService(options: PrivateLinkServiceOptions = {}): PrivateLinkService {
    // Checked before `new`: a second child named 'PrivateLinkService' would fail with the constructs library's generic error.
    this.assertNoPrivateLinkService();
    return new PrivateLinkService(this, 'PrivateLinkService', withProps(options, { service: this }));
  }

  /**
   * Registers the Private Link Service that writes its annotations onto this Service.
   * @internal
   */
  public _attachPrivateLinkService(pls: PrivateLinkService): void {
    this.assertNoPrivateLinkService();
    this._privateLinkService = pls;
  }

  private assertNoPrivateLinkService(): void {
    if (this._privateLinkService) {
      throw new Error(`[${this.node.path}] already has a Private Link Service (${this._privateLinkService.node.path}); a Service gets one, which serves all its frontends.`);
    }
  }

  protected renderAnnotations(): ManagedAnnotation[] {
    // The Private Link Service, which may be added after construction, keeps its own.
    return [...super.renderAnnotations(), ...this.typedAnnotations, ...(this._privateLinkService?._renderAnnotations() ?? [])];
  }

  /** @internal */
  protected _guards(): readonly AnnotationGuard[] {
    const pls = this._privateLinkService;
    return pls === undefined ? [this._schemeGuard()] : [this._schemeGuard(), pls._guard()];
  }

  /**
   * The scheme, held against a hand-written `azure-load-balancer-internal`.
   * @internal
   */
  protected _schemeGuard(): AnnotationGuard {
    return this.schemeGuard;
  }
}

/** The scheme as cloud-provider-azure reads `azure-load-balancer-internal` (exactly "true" is internal). */
export function azureSchemeGuard(scheme: LoadBalancerScheme | undefined, instead?: (wanted: string | undefined) => string): AnnotationGuard {
  return schemeGuard(scheme, AZURE_SCHEME_KEYS, (_key, value) => azureSchemeOf(value), instead);
}

const AZURE_SCHEME_KEYS = [AzureKeys.INTERNAL];

/** One guard per scheme prop value, shared by every load balancer that has it. */
const AZURE_SCHEME_GUARDS: { [scheme: string]: AnnotationGuard } = {
  default: azureSchemeGuard(undefined),
  [LoadBalancerScheme.INTERNAL]: azureSchemeGuard(LoadBalancerScheme.INTERNAL),
  [LoadBalancerScheme.INTERNET_FACING]: azureSchemeGuard(LoadBalancerScheme.INTERNET_FACING),
};

/**
 * Dual-stack awareness: static addresses of both families make the Service RequireDualStack (IPv4 first), an IPv6
 * address alone makes it IPv6, unless the user chose the families. Otherwise the cluster default family (usually IPv4)
 * would silently leave the IPv6 address unused.
 */
function withIpFamilies(props: AzureLoadBalancerServiceProps): AzureLoadBalancerServiceProps {
  if (props.ipv6Address === undefined || props.ipFamilies !== undefined || props.ipFamilyPolicy !== undefined) return props;
  return props.ipv4Address !== undefined
    ? withProps(props, { ipFamilies: [IpFamily.IPV4, IpFamily.IPV6], ipFamilyPolicy: IpFamilyPolicy.REQUIRE_DUAL_STACK })
    : withProps(props, { ipFamilies: [IpFamily.IPV6] });
}

/** The annotations of the Azure props. */
function azureAnnotations(p: AzureLoadBalancerServiceProps, scheme: LoadBalancerScheme): TypedAnnotations {
  const w = new TypedAnnotations();
  const flag = (key: string, on: boolean | undefined, source: string) => w.set(key, on ? 'true' : undefined, source);
  if (scheme === LoadBalancerScheme.INTERNAL) w.set(AzureKeys.INTERNAL, 'true', p.scheme === undefined ? 'scheme (default)' : 'scheme');
  w.set(AzureKeys.INTERNAL_SUBNET, p.subnet, 'subnet');
  w.set(AzureKeys.IPV4, p.ipv4Address, 'ipv4Address');
  w.set(AzureKeys.IPV6, p.ipv6Address, 'ipv6Address');
  w.set(AzureKeys.PROBE_PROTOCOL, p.healthProbe?.protocol, 'healthProbe.protocol');
  w.set(AzureKeys.PROBE_REQUEST_PATH, p.healthProbe?.path, 'healthProbe.path');
  w.set(AzureKeys.PROBE_NUM_OF_PROBE, numberText(p.healthProbe?.numberOfProbes), 'healthProbe.numberOfProbes');
  (p.portSettings ?? []).forEach((settings, i) => portAnnotations(w, settings, `portSettings[${i}]`));
  flag(AzureKeys.DISABLE_TCP_RESET, p.tcpReset === false, 'tcpReset');
  flag(AzureKeys.DISABLE_FLOATING_IP, p.floatingIp === false, 'floatingIp');
  flag(AzureKeys.HA_PORTS, p.highAvailabilityPorts, 'highAvailabilityPorts');
  w.set(AzureKeys.ALLOWED_SERVICE_TAGS, listText('allowedServiceTags', p.allowedServiceTags, ','), 'allowedServiceTags');
  w.set(AzureKeys.ALLOWED_IP_RANGES, listText('allowedIpRanges', p.allowedIpRanges, ','), 'allowedIpRanges');
  flag(AzureKeys.DENY_ALL_EXCEPT_SOURCE_RANGES, p.denyAllExceptSourceRanges, 'denyAllExceptSourceRanges');
  w.set(AzureKeys.CONFIGURATIONS, listText('loadBalancerConfigurations', p.loadBalancerConfigurations, ','), 'loadBalancerConfigurations');
  w.set(AzureKeys.RESOURCE_GROUP, p.publicIpResourceGroup, 'publicIpResourceGroup');
  w.set(AzureKeys.PIP_NAME, p.publicIpName, 'publicIpName');
  w.set(AzureKeys.PIP_NAME_IPV6, p.publicIpNameIpv6, 'publicIpNameIpv6');
  w.set(AzureKeys.PIP_PREFIX_ID, p.publicIpPrefixId, 'publicIpPrefixId');
  w.set(AzureKeys.PIP_PREFIX_ID_IPV6, p.publicIpPrefixIdIpv6, 'publicIpPrefixIdIpv6');
  w.set(AzureKeys.DNS_LABEL_NAME, p.dnsLabelName, 'dnsLabelName');
  w.set(AzureKeys.PIP_TAGS, pipTagsText(p.publicIpTags), 'publicIpTags');
  w.set(AzureKeys.TCP_IDLE_TIMEOUT, minutesText('tcpIdleTimeout', p.tcpIdleTimeout, 'Duration.minutes(30)'), 'tcpIdleTimeout');
  w.set(AzureKeys.PROBE_INTERVAL, secondsText('healthProbe.interval', p.healthProbe?.interval), 'healthProbe.interval');
  return w;
}

/** The `port_{port}_*` annotations of one entry of `portSettings`. */
function portAnnotations(w: TypedAnnotations, s: AzurePortSettings, source: string): void {
  const set = (setting: PortSetting, value: string | undefined, prop: string) => w.set(portKey(s.port, setting), value, `${source}.${prop}`);
  set(PortSetting.PROBE_PROTOCOL, s.protocol, 'protocol');
  set(PortSetting.PROBE_REQUEST_PATH, s.path, 'path');
  set(PortSetting.PROBE_PORT, s.probePort?.value, 'probePort');
  set(PortSetting.PROBE_NUM_OF_PROBE, numberText(s.numberOfProbes), 'numberOfProbes');
  set(PortSetting.NO_LB_RULE, s.noLoadBalancerRule ? 'true' : undefined, 'noLoadBalancerRule');
  set(PortSetting.NO_PROBE_RULE, s.noProbeRule ? 'true' : undefined, 'noProbeRule');
  set(PortSetting.PROBE_INTERVAL, secondsText(`${source}.interval`, s.interval), 'interval');
}

/** `azure-pip-tags`: `k=v,k2=v2`, whose keys and values can hold neither "," nor "=". */
function pipTagsText(tags: { [key: string]: string } | undefined): string | undefined {
  if (tags === undefined) return undefined;
  refuseEmptyMap('publicIpTags', tags);
  for (const [k, v] of Object.entries(tags)) {
    if (/[,=]/.test(k) || typeof v !== 'string' || /[,=]/.test(v) || k.trim() === '') {
      throw new Error(`publicIpTags has the tag ${JSON.stringify(k)}=${JSON.stringify(v)}: keys and values of azure-pip-tags may not be empty or contain "," or "=". Rename the tag.`);
    }
  }
  return mapText(Object.entries(tags));
}
