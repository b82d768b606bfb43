import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import type { AzureInternalLoadBalancerServiceProps } from './azure-internal-load-balancer-service';
import { AzurePortSettings } from './health-probe';
import { PrivateLinkService, PrivateLinkServiceOptions } from './private-link-service';
import { listItemErrors } from './prop-checks';
import { AnnotationGuard, enumGuard } from '../core/annotation-guard';
import { wholeSeconds } from '../core/duration';
import { IpFamily, IpFamilyPolicy, LoadBalancerScheme } from '../core/enums';
import { LoadBalancerService } from '../core/load-balancer-service';
import { ManagedAnnotation } from '../core/managed-annotation';
import { withProps } from '../core/props';
import { AzureKeys, portKey, PortSetting } from '../rules/azure/keys';
import { azureSchemeOf } from '../rules/azure/util';

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
  /** The errors of Azure props that do not show in the manifest, found in the constructor and reported at synth. */
  private readonly propErrors: readonly string[];
  private readonly schemeGuard: AnnotationGuard;

  constructor(scope: Construct, id: string, props: AzureLoadBalancerServiceProps = {}) {
    super(scope, id, withIpFamilies(props));
    this.scheme = props.scheme ?? LoadBalancerScheme.INTERNAL;
    this.schemeGuard = azureSchemeGuard(this.scheme, props.scheme === undefined);
    // The props are read here, once, as jsii passes them by value (a list changed later changes neither the annotations
    // nor these errors): every render then returns the same entry objects, which the check before serialization
    // compares at a glance.
    this.typedAnnotations = [...this.azureAnnotations(props), ...durationAnnotations(props)];
    this.propErrors = azurePropErrors(props);
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

  protected validateProps(): string[] {
    return [...super.validateProps(), ...this.propErrors, ...(this._privateLinkService?._validateProps() ?? [])];
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

  private azureAnnotations(p: AzureLoadBalancerServiceProps): ManagedAnnotation[] {
    const out: ManagedAnnotation[] = [];
    const add = (key: string, value: string | undefined, source: string) => {
      if (value !== undefined) out.push({ key, value, source });
    };
    const flag = (key: string, on: boolean | undefined, source: string) => add(key, on ? 'true' : undefined, source);
    if (this.scheme === LoadBalancerScheme.INTERNAL) add(AzureKeys.INTERNAL, 'true', 'scheme (internal by default)');
    add(AzureKeys.INTERNAL_SUBNET, p.subnet, 'subnet');
    add(AzureKeys.IPV4, p.ipv4Address, 'ipv4Address');
    add(AzureKeys.IPV6, p.ipv6Address, 'ipv6Address');
    add(AzureKeys.PROBE_PROTOCOL, p.healthProbe?.protocol, 'healthProbe.protocol');
    add(AzureKeys.PROBE_REQUEST_PATH, p.healthProbe?.path, 'healthProbe.path');
    add(AzureKeys.PROBE_NUM_OF_PROBE, numberText(p.healthProbe?.numberOfProbes), 'healthProbe.numberOfProbes');
    (p.portSettings ?? []).forEach((s, i) => out.push(...portAnnotations(s, `portSettings[${i}]`)));
    flag(AzureKeys.DISABLE_TCP_RESET, p.tcpReset === false, 'tcpReset');
    flag(AzureKeys.DISABLE_FLOATING_IP, p.floatingIp === false, 'floatingIp');
    flag(AzureKeys.HA_PORTS, p.highAvailabilityPorts, 'highAvailabilityPorts');
    add(AzureKeys.ALLOWED_SERVICE_TAGS, p.allowedServiceTags?.join(','), 'allowedServiceTags');
    add(AzureKeys.ALLOWED_IP_RANGES, p.allowedIpRanges?.join(','), 'allowedIpRanges');
    flag(AzureKeys.DENY_ALL_EXCEPT_SOURCE_RANGES, p.denyAllExceptSourceRanges, 'denyAllExceptSourceRanges');
    add(AzureKeys.CONFIGURATIONS, p.loadBalancerConfigurations?.join(','), 'loadBalancerConfigurations');
    add(AzureKeys.RESOURCE_GROUP, p.publicIpResourceGroup, 'publicIpResourceGroup');
    add(AzureKeys.PIP_NAME, p.publicIpName, 'publicIpName');
    add(AzureKeys.PIP_NAME_IPV6, p.publicIpNameIpv6, 'publicIpNameIpv6');
    add(AzureKeys.PIP_PREFIX_ID, p.publicIpPrefixId, 'publicIpPrefixId');
    add(AzureKeys.PIP_PREFIX_ID_IPV6, p.publicIpPrefixIdIpv6, 'publicIpPrefixIdIpv6');
    add(AzureKeys.DNS_LABEL_NAME, p.dnsLabelName, 'dnsLabelName');
    if (p.publicIpTags) add(AzureKeys.PIP_TAGS, Object.entries(p.publicIpTags).map(([k, v]) => `${k}=${v}`).join(','), 'publicIpTags');
    return out;
  }
}

/** The scheme as cloud-provider-azure reads `azure-load-balancer-internal` (exactly "true" is internal). */
export function azureSchemeGuard(scheme: LoadBalancerScheme, byDefault: boolean, instead?: (wanted: string | undefined) => string): AnnotationGuard {
  return enumGuard({
    prop: 'scheme',
    enumName: 'LoadBalancerScheme',
    members: LoadBalancerScheme,
    value: scheme,
    byDefault,
    keys: [AzureKeys.INTERNAL],
    read: (_key, value) => azureSchemeOf(value),
    instead,
  });
}

/** Errors of props that do not show in the manifest: list items that the separator would split, bad tags, two probe ports. */
function azurePropErrors(p: AzureLoadBalancerServiceProps): string[] {
  return [
    ...listItemErrors('allowedServiceTags', p.allowedServiceTags, ','),
    ...listItemErrors('allowedIpRanges', p.allowedIpRanges, ','),
    ...listItemErrors('loadBalancerConfigurations', p.loadBalancerConfigurations, ','),
    ...tagErrors(p.publicIpTags),
    ...(p.portSettings ?? []).flatMap((s, i) => (s.probePort !== undefined && s.probePortName !== undefined
      ? [`portSettings[${i}] sets both probePort (${s.probePort}) and probePortName ("${s.probePortName}"): both write port_${s.port}_health-probe_port. Keep one.`]
      : [])),
  ];
}

/**
 * Dual-stack awareness: static addresses of both families make the Service RequireDualStack (IPv4 first), an IPv6
 * address alone makes it IPv6, unless the user chose the families. Otherwise the cluster default family (usually IPv4)
 * would silently leave the IPv6 address unused.
 */
function withIpFamilies(props: AzureLoadBalancerServiceProps): AzureLoadBalancerServiceProps {
  if (props.ipv6Address === undefined || props.ipFamilies !== undefined || props.ipFamilyPolicy !== undefined) return props;
  return props.ipv4Address !== undefined
    ? withProps(props, { ipFamilies: [IpFamily.IP_V4, IpFamily.IP_V6], ipFamilyPolicy: IpFamilyPolicy.REQUIRE_DUAL_STACK })
    : withProps(props, { ipFamilies: [IpFamily.IP_V6] });
}

function numberText(value: number | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

/** The annotations that come from Durations, converted once in the constructor so that a fractional value fails early. */
function durationAnnotations(p: AzureLoadBalancerServiceProps): ManagedAnnotation[] {
  const out: ManagedAnnotation[] = [];
  const idle = wholeMinutes('tcpIdleTimeout', p.tcpIdleTimeout);
  if (idle !== undefined) out.push({ key: AzureKeys.TCP_IDLE_TIMEOUT, value: String(idle), source: 'tcpIdleTimeout' });
  const interval = wholeSeconds('healthProbe.interval', p.healthProbe?.interval);
  if (interval !== undefined) out.push({ key: AzureKeys.PROBE_INTERVAL, value: String(interval), source: 'healthProbe.interval' });
  (p.portSettings ?? []).forEach((s, i) => {
    const seconds = wholeSeconds(`portSettings[${i}].interval`, s.interval);
    if (seconds !== undefined) out.push({ key: portKey(s.port, PortSetting.PROBE_INTERVAL), value: String(seconds), source: `portSettings[${i}].interval` });
  });
  return out;
}

function wholeMinutes(prop: string, duration: Duration | undefined): number | undefined {
  if (duration === undefined) return undefined;
  try {
    return duration.toMinutes();
  } catch (e) {
    throw new Error(`${prop} must be a whole number of minutes, got ${duration.toHumanString()}: ${(e as Error).message}. Use e.g. Duration.minutes(30).`);
  }
}

function portAnnotations(s: AzurePortSettings, source: string): ManagedAnnotation[] {
  const out: ManagedAnnotation[] = [];
  const add = (setting: PortSetting, value: string | undefined, prop: string) => {
    if (value !== undefined) out.push({ key: portKey(s.port, setting), value, source: `${source}.${prop}` });
  };
  add(PortSetting.PROBE_PROTOCOL, s.protocol, 'protocol');
  add(PortSetting.PROBE_REQUEST_PATH, s.path, 'path');
  add(PortSetting.PROBE_PORT, s.probePortName ?? numberText(s.probePort), s.probePortName !== undefined ? 'probePortName' : 'probePort');
  add(PortSetting.PROBE_NUM_OF_PROBE, numberText(s.numberOfProbes), 'numberOfProbes');
  add(PortSetting.NO_LB_RULE, s.noLoadBalancerRule ? 'true' : undefined, 'noLoadBalancerRule');
  add(PortSetting.NO_PROBE_RULE, s.noProbeRule ? 'true' : undefined, 'noProbeRule');
  return out;
}

function tagErrors(tags: { [key: string]: string } | undefined): string[] {
  return Object.entries(tags ?? {}).flatMap(([k, v]) => (/[,=]/.test(k) || /[,=]/.test(v) || k.trim() === ''
    ? [`publicIpTags has the tag ${JSON.stringify(k)}=${JSON.stringify(v)}: keys and values of azure-pip-tags may not be empty or contain "," or "=". Rename the tag.`]
    : []));
}
