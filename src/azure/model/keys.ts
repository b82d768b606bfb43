/**
 * The annotation keys read by cloud-provider-azure (Services) and AGIC (Ingresses), as constants, so that the
 * constructs and the rules spell each key once.
 * @see https://github.com/kubernetes-sigs/cloud-provider-azure/blob/master/pkg/consts/consts.go
 * @see https://github.com/Azure/application-gateway-kubernetes-ingress/blob/master/pkg/annotations/ingress_annotations.go
 */

import { KubernetesKeys } from '../../core/model/kubernetes-keys';
import { annotationsOf, derived } from '../../rules/manifest';

export const SERVICE_PREFIX = 'service.beta.kubernetes.io/';
export const AZURE_PREFIX = `${SERVICE_PREFIX}azure-`;
export const PORT_KEY_PREFIX = `${SERVICE_PREFIX}port_`;
/** `service.kubernetes.io/azure-`: an Azure key without `beta`, which cloud-provider-azure does not read. */
export const MISPLACED_AZURE_PREFIX = 'service.kubernetes.io/azure-';
/** `service.kubernetes.io/port_`: a per-port key without `beta`. */
export const MISPLACED_PORT_PREFIX = 'service.kubernetes.io/port_';

const s = (name: string) => `${SERVICE_PREFIX}${name}`;

export const AzureKeys = {
  INTERNAL: s('azure-load-balancer-internal'),
  INTERNAL_SUBNET: s('azure-load-balancer-internal-subnet'),
  IPV4: s('azure-load-balancer-ipv4'),
  IPV6: s('azure-load-balancer-ipv6'),
  RESOURCE_GROUP: s('azure-load-balancer-resource-group'),
  PIP_NAME: s('azure-pip-name'),
  PIP_NAME_IPV6: s('azure-pip-name-ipv6'),
  PIP_PREFIX_ID: s('azure-pip-prefix-id'),
  PIP_PREFIX_ID_IPV6: s('azure-pip-prefix-id-ipv6'),
  DNS_LABEL_NAME: s('azure-dns-label-name'),
  PIP_TAGS: s('azure-pip-tags'),
  PIP_IP_TAGS: s('azure-pip-ip-tags'),
  ADDITIONAL_PUBLIC_IPS: s('azure-additional-public-ips'),
  MODE: s('azure-load-balancer-mode'),
  TCP_IDLE_TIMEOUT: s('azure-load-balancer-tcp-idle-timeout'),
  DISABLE_TCP_RESET: s('azure-load-balancer-disable-tcp-reset'),
  HA_PORTS: s('azure-load-balancer-enable-high-availability-ports'),
  DISABLE_FLOATING_IP: s('azure-disable-load-balancer-floating-ip'),
  CONFIGURATIONS: s('azure-load-balancer-configurations'),
  ALLOWED_SERVICE_TAGS: s('azure-allowed-service-tags'),
  ALLOWED_IP_RANGES: s('azure-allowed-ip-ranges'),
  DENY_ALL_EXCEPT_SOURCE_RANGES: s('azure-deny-all-except-load-balancer-source-ranges'),
  DISABLE_NSG_RULE: s('azure-disable-load-balancer-nsg-rule'),
  SHARED_SECURITY_RULE: s('azure-shared-securityrule'),
  PROBE_PROTOCOL: s('azure-load-balancer-health-probe-protocol'),
  PROBE_REQUEST_PATH: s('azure-load-balancer-health-probe-request-path'),
  PROBE_INTERVAL: s('azure-load-balancer-health-probe-interval'),
  PROBE_NUM_OF_PROBE: s('azure-load-balancer-health-probe-num-of-probe'),
  /** The upstream Kubernetes key that CPA reads like azure-allowed-ip-ranges. */
  LB_SOURCE_RANGES: KubernetesKeys.LOAD_BALANCER_SOURCE_RANGES,
} as const;

export const PlsKeys = {
  CREATE: s('azure-pls-create'),
  NAME: s('azure-pls-name'),
  RESOURCE_GROUP: s('azure-pls-resource-group'),
  SUBNET: s('azure-pls-ip-configuration-subnet'),
  IP_ADDRESS_COUNT: s('azure-pls-ip-configuration-ip-address-count'),
  IP_ADDRESS: s('azure-pls-ip-configuration-ip-address'),
  FQDNS: s('azure-pls-fqdns'),
  PROXY_PROTOCOL: s('azure-pls-proxy-protocol'),
  VISIBILITY: s('azure-pls-visibility'),
  AUTO_APPROVAL: s('azure-pls-auto-approval'),
} as const;

/** The PLS keys that only `azure-pls-create: "true"` brings to life. */
export const PLS_CONFIG_KEYS: readonly string[] = [
  PlsKeys.NAME, PlsKeys.RESOURCE_GROUP, PlsKeys.SUBNET, PlsKeys.IP_ADDRESS_COUNT, PlsKeys.IP_ADDRESS, PlsKeys.FQDNS,
  PlsKeys.PROXY_PROTOCOL, PlsKeys.VISIBILITY, PlsKeys.AUTO_APPROVAL,
];

/** The per-port keys `service.beta.kubernetes.io/port_{port}_{setting}`. */
export enum PortSetting {
  PROBE_PROTOCOL = 'health-probe_protocol',
  PROBE_PORT = 'health-probe_port',
  PROBE_REQUEST_PATH = 'health-probe_request-path',
  PROBE_INTERVAL = 'health-probe_interval',
  PROBE_NUM_OF_PROBE = 'health-probe_num-of-probe',
  NO_LB_RULE = 'no_lb_rule',
  NO_PROBE_RULE = 'no_probe_rule',
}

export function portKey(port: number, setting: PortSetting): string {
  return `${PORT_KEY_PREFIX}${port}_${setting}`;
}

/** A per-port key split into its port and setting. */
export interface PortKey {
  readonly port: string;
  readonly setting: string;
}

const PORT_KEY = /^service\.beta\.kubernetes\.io\/port_([^_]*)_(.+)$/;

/**
 * A per-port key split into its port and setting, or undefined for any other key. Several rules ask this of every
 * annotation key of every Azure Service: the prefix test answers most keys without the regular expression.
 */
export function parsePortKey(key: string): PortKey | undefined {
  if (!key.startsWith(PORT_KEY_PREFIX)) return undefined;
  const match = PORT_KEY.exec(key);
  return match ? { port: match[1], setting: match[2] } : undefined;
}

/** A per-port annotation: its key, port and setting. */
export interface PortAnnotation extends PortKey {
  readonly key: string;
}

/**
 * The well-formed per-port keys of a Service's annotations, parsed once per check (six rules ask for them). Most
 * Services have none, and those rules then skip their work. Read-only.
 */
export function portAnnotationsOf(manifest: unknown): readonly PortAnnotation[] {
  return derived('azurePortAnnotations', manifest, findPortAnnotations);
}

function findPortAnnotations(manifest: unknown): PortAnnotation[] {
  const found: PortAnnotation[] = [];
  for (const key of Object.keys(annotationsOf(manifest))) {
    const parsed = parsePortKey(key);
    if (parsed !== undefined) found.push({ key, port: parsed.port, setting: parsed.setting });
  }
  return found;
}

/** The per-port annotations with this setting. */
export function portAnnotationsWith(manifest: unknown, setting: string): PortAnnotation[] {
  return portAnnotationsOf(manifest).filter((entry) => entry.setting === setting);
}

/** The keys of one probe setting present, in manifest order: the global key and every per-port key with that setting. */
export function probeSettingKeys(annotations: { [key: string]: string }, globalKey: string, setting: PortSetting): string[] {
  return Object.keys(annotations).filter((key) => key === globalKey || parsePortKey(key)?.setting === setting);
}

/** Keys that only a public load balancer uses (they select or configure its public IP). */
export const PUBLIC_ONLY_KEYS: readonly string[] = [
  AzureKeys.PIP_NAME, AzureKeys.PIP_NAME_IPV6, AzureKeys.PIP_PREFIX_ID, AzureKeys.PIP_PREFIX_ID_IPV6,
  AzureKeys.DNS_LABEL_NAME, AzureKeys.PIP_TAGS, AzureKeys.PIP_IP_TAGS, AzureKeys.RESOURCE_GROUP,
];

/** Boolean Service keys (the per-port ones are found by their setting). */
export const AZURE_BOOLEAN_KEYS: ReadonlySet<string> = new Set([
  AzureKeys.INTERNAL, AzureKeys.DISABLE_TCP_RESET, AzureKeys.HA_PORTS, AzureKeys.DISABLE_FLOATING_IP,
  AzureKeys.DENY_ALL_EXCEPT_SOURCE_RANGES, AzureKeys.DISABLE_NSG_RULE, PlsKeys.CREATE, PlsKeys.PROXY_PROTOCOL,
]);

/** Every Service key cloud-provider-azure reads, for the unknown-key rule. */
export const KNOWN_AZURE_SERVICE_KEYS: readonly string[] = [
  ...Object.values(AzureKeys), ...Object.values(PlsKeys),
];

export const APPGW_PREFIX = 'appgw.ingress.kubernetes.io/';
const a = (name: string) => `${APPGW_PREFIX}${name}`;

export const AgicKeys = {
  BACKEND_PATH_PREFIX: a('backend-path-prefix'),
  BACKEND_HOSTNAME: a('backend-hostname'),
  BACKEND_PROTOCOL: a('backend-protocol'),
  SSL_REDIRECT: a('ssl-redirect'),
  SSL_CERTIFICATE: a('appgw-ssl-certificate'),
  SSL_PROFILE: a('appgw-ssl-profile'),
  TRUSTED_ROOT_CERTIFICATE: a('appgw-trusted-root-certificate'),
  CONNECTION_DRAINING: a('connection-draining'),
  CONNECTION_DRAINING_TIMEOUT: a('connection-draining-timeout'),
  COOKIE_BASED_AFFINITY: a('cookie-based-affinity'),
  COOKIE_BASED_AFFINITY_DISTINCT_NAME: a('cookie-based-affinity-distinct-name'),
  REQUEST_TIMEOUT: a('request-timeout'),
  USE_PRIVATE_IP: a('use-private-ip'),
  OVERRIDE_FRONTEND_PORT: a('override-frontend-port'),
  WAF_POLICY_FOR_PATH: a('waf-policy-for-path'),
  PROBE_HOSTNAME: a('health-probe-hostname'),
  PROBE_PORT: a('health-probe-port'),
  PROBE_PATH: a('health-probe-path'),
  PROBE_STATUS_CODES: a('health-probe-status-codes'),
  PROBE_INTERVAL: a('health-probe-interval'),
  PROBE_TIMEOUT: a('health-probe-timeout'),
  PROBE_UNHEALTHY_THRESHOLD: a('health-probe-unhealthy-threshold'),
  REWRITE_RULE_SET: a('rewrite-rule-set'),
  REWRITE_RULE_SET_CUSTOM_RESOURCE: a('rewrite-rule-set-custom-resource'),
  HOSTNAME_EXTENSION: a('hostname-extension'),
  RULE_PRIORITY: a('rule-priority'),
} as const;

export const AGIC_BOOLEAN_KEYS: readonly string[] = [
  AgicKeys.SSL_REDIRECT, AgicKeys.CONNECTION_DRAINING, AgicKeys.COOKIE_BASED_AFFINITY,
  AgicKeys.COOKIE_BASED_AFFINITY_DISTINCT_NAME, AgicKeys.USE_PRIVATE_IP,
];

export const INGRESS_CLASS_ANNOTATION = KubernetesKeys.INGRESS_CLASS;
/** The controller name AGIC matches the `kubernetes.io/ingress.class` annotation against. */
export const AGIC_CLASS_ANNOTATION_VALUE = 'azure/application-gateway';
/** The name of the IngressClass resource the AGIC Helm chart installs. */
export const AGIC_INGRESS_CLASS_NAME = 'azure-application-gateway';
