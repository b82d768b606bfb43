import { KubernetesKeys } from '../../core/model/kubernetes-keys';

/**
 * The annotation keys of the two AWS controllers: the in-tree provider / cloud-controller-manager (CCM, classic ELB and
 * `type: nlb`) and the AWS Load Balancer Controller (LBC). Both read only the `service.beta.kubernetes.io/` prefix.
 */

export const AWS_PREFIX = 'service.beta.kubernetes.io/';
export const AWS_KEY_STEM = 'aws-load-balancer-';
/** The full prefix of every AWS key, built once: rules compare it with every annotation key of every Service. */
export const AWS_KEY_PREFIX = AWS_PREFIX + AWS_KEY_STEM;
/** The stem after any prefix, to find AWS keys written under a wrong prefix. */
export const AWS_STEM_AFTER_SLASH = `/${AWS_KEY_STEM}`;

/** The full key of `aws-load-balancer-<suffix>`. */
export function awsKey(suffix: string): string {
  return `${AWS_PREFIX}${AWS_KEY_STEM}${suffix}`;
}

/** The load balancer class of the AWS Load Balancer Controller (its `--load-balancer-class` default). */
export const LBC_CLASS = 'service.k8s.aws/nlb';

export const AwsKeys = {
  TYPE: awsKey('type'),
  INTERNAL: awsKey('internal'),
  SCHEME: awsKey('scheme'),
  NAME: awsKey('name'),
  TARGET_TYPE: awsKey('nlb-target-type'),
  SUBNETS: awsKey('subnets'),
  IP_ADDRESS_TYPE: awsKey('ip-address-type'),
  EIP_ALLOCATIONS: awsKey('eip-allocations'),
  PRIVATE_IPV4: awsKey('private-ipv4-addresses'),
  IPV6: awsKey('ipv6-addresses'),
  SSL_CERT: awsKey('ssl-cert'),
  SSL_PORTS: awsKey('ssl-ports'),
  SSL_POLICY: awsKey('ssl-negotiation-policy'),
  BACKEND_PROTOCOL: awsKey('backend-protocol'),
  ALPN: awsKey('alpn-policy'),
  PROXY_PROTOCOL: awsKey('proxy-protocol'),
  PROXY_PROTOCOL_PER_TG: awsKey('proxy-protocol-per-target-group'),
  ACCESS_LOG_ENABLED: awsKey('access-log-enabled'),
  ACCESS_LOG_INTERVAL: awsKey('access-log-emit-interval'),
  ACCESS_LOG_BUCKET: awsKey('access-log-s3-bucket-name'),
  ACCESS_LOG_PREFIX: awsKey('access-log-s3-bucket-prefix'),
  DRAINING_ENABLED: awsKey('connection-draining-enabled'),
  DRAINING_TIMEOUT: awsKey('connection-draining-timeout'),
  IDLE_TIMEOUT: awsKey('connection-idle-timeout'),
  CROSS_ZONE: awsKey('cross-zone-load-balancing-enabled'),
  TAGS: awsKey('additional-resource-tags'),
  EXTRA_SGS: awsKey('extra-security-groups'),
  SECURITY_GROUPS: awsKey('security-groups'),
  MANAGE_BACKEND_SG: awsKey('manage-backend-security-group-rules'),
  SG_PREFIX_LISTS: awsKey('security-group-prefix-lists'),
  DISABLE_NLB_SG: awsKey('disable-nlb-sg'),
  TARGET_NODE_LABELS: awsKey('target-node-labels'),
  HC_PROTOCOL: awsKey('healthcheck-protocol'),
  HC_PORT: awsKey('healthcheck-port'),
  HC_PATH: awsKey('healthcheck-path'),
  HC_HEALTHY: awsKey('healthcheck-healthy-threshold'),
  HC_UNHEALTHY: awsKey('healthcheck-unhealthy-threshold'),
  HC_TIMEOUT: awsKey('healthcheck-timeout'),
  HC_INTERVAL: awsKey('healthcheck-interval'),
  HC_SUCCESS_CODES: awsKey('healthcheck-success-codes'),
  TG_ATTRIBUTES: awsKey('target-group-attributes'),
  LB_ATTRIBUTES: awsKey('attributes'),
  PREFIX_FOR_IPV6_SNAT: awsKey('enable-prefix-for-ipv6-source-nat'),
  SNAT_IPV6_PREFIXES: awsKey('source-nat-ipv6-prefixes'),
  PRIVATE_LINK_SG_RULES: awsKey('inbound-sg-rules-on-private-link-traffic'),
  ICMP_PMTU: awsKey('enable-icmp-for-path-mtu-discovery'),
  MULTI_CLUSTER_TG: awsKey('multi-cluster-target-group'),
  MIN_CAPACITY: awsKey('minimum-load-balancer-capacity'),
  TCP_UDP_LISTENER: awsKey('enable-tcp-udp-listener'),
  QUIC_PORTS: awsKey('quic-enabled-ports'),
  /** The core Kubernetes source-ranges annotation (spec.loadBalancerSourceRanges wins over it). */
  SOURCE_RANGES: KubernetesKeys.LOAD_BALANCER_SOURCE_RANGES,
};

/** Suffixes (after `aws-load-balancer-`) that only the in-tree provider reads; the LBC ignores them. */
export const CCM_ONLY_SUFFIXES = [
  'extra-security-groups', 'connection-draining-enabled', 'connection-draining-timeout', 'connection-idle-timeout',
  'access-log-emit-interval',
];

/** Suffixes that only the LBC reads; the in-tree provider ignores them. */
export const LBC_ONLY_SUFFIXES = [
  'scheme', 'name', 'nlb-target-type', 'ip-address-type', 'alpn-policy', 'attributes', 'healthcheck-success-codes',
  'ipv6-addresses', 'manage-backend-security-group-rules', 'security-group-prefix-lists', 'disable-nlb-sg',
  'enable-prefix-for-ipv6-source-nat', 'source-nat-ipv6-prefixes', 'inbound-sg-rules-on-private-link-traffic',
  'enable-icmp-for-path-mtu-discovery', 'multi-cluster-target-group', 'minimum-load-balancer-capacity',
  'enable-tcp-udp-listener', 'quic-enabled-ports', 'proxy-protocol-per-target-group',
];

/** Suffixes both controllers read (at least for one of the in-tree load balancer types). */
export const SHARED_SUFFIXES = [
  'type', 'internal', 'subnets', 'eip-allocations', 'private-ipv4-addresses', 'ssl-cert', 'ssl-ports',
  'ssl-negotiation-policy', 'backend-protocol', 'proxy-protocol', 'access-log-enabled', 'access-log-s3-bucket-name',
  'access-log-s3-bucket-prefix', 'cross-zone-load-balancing-enabled', 'additional-resource-tags', 'security-groups',
  'target-node-labels', 'healthcheck-protocol', 'healthcheck-port', 'healthcheck-path', 'healthcheck-healthy-threshold',
  'healthcheck-unhealthy-threshold', 'healthcheck-timeout', 'healthcheck-interval', 'target-group-attributes',
];

/** LBC keys with a per-port or per-listener suffix: `target-group-attributes.<port>`, `listener-attributes.<PROTOCOL>-<port>`. */
export const LBC_ONLY_PATTERNS = [/^target-group-attributes\.\d+$/, /^listener-attributes\.[A-Z_]+-\d+$/];

/** The suffix of an `aws-load-balancer-*` key under the prefix the controllers read, or undefined. */
export function suffixOf(key: string): string | undefined {
  return key.startsWith(AWS_KEY_PREFIX) ? key.slice(AWS_KEY_PREFIX.length) : undefined;
}

// Sets for the lookups: several rules ask for every key of every Service.
const LBC_ONLY = new Set(LBC_ONLY_SUFFIXES);
const CCM_ONLY = new Set(CCM_ONLY_SUFFIXES);
const SHARED = new Set(SHARED_SUFFIXES);

function isLbcOnlySuffix(suffix: string): boolean {
  return LBC_ONLY.has(suffix) || LBC_ONLY_PATTERNS.some((p) => p.test(suffix));
}

function isCcmOnlySuffix(suffix: string): boolean {
  return CCM_ONLY.has(suffix);
}

function isKnownSuffix(suffix: string): boolean {
  return SHARED.has(suffix) || CCM_ONLY.has(suffix) || isLbcOnlySuffix(suffix);
}

/** The k=v map keys: these suffixes, and the per-port and per-listener forms. */
const MAP_SUFFIXES = new Set(['target-group-attributes', 'attributes', 'additional-resource-tags', 'target-node-labels']);
const MAP_SUFFIX_PATTERNS = [/^target-group-attributes\.\d+$/, /^listener-attributes\..+$/];
/** `target-group-attributes` and its per-port form `target-group-attributes.<port>`. */
const TARGET_GROUP_ATTRIBUTES = /^target-group-attributes(\.\d+)?$/;

function isMapSuffix(suffix: string): boolean {
  return MAP_SUFFIXES.has(suffix) || MAP_SUFFIX_PATTERNS.some((p) => p.test(suffix));
}

/** What the rules that look at every AWS key need to know of a key suffix, answered once per suffix. */
export interface SuffixTraits {
  /** Read by one of the two controllers. */
  readonly known: boolean;
  /** Read only by the in-tree provider. */
  readonly ccmOnly: boolean;
  /** Read only by the AWS Load Balancer Controller. */
  readonly lbcOnly: boolean;
  /** A `k=v,k2=v2` map. */
  readonly map: boolean;
  /** Target-group attributes, for the whole Service or one port. */
  readonly targetGroupAttributes: boolean;
}

export function traitsOf(suffix: string): SuffixTraits {
  return {
    known: isKnownSuffix(suffix),
    ccmOnly: isCcmOnlySuffix(suffix),
    lbcOnly: isLbcOnlySuffix(suffix),
    map: isMapSuffix(suffix),
    targetGroupAttributes: TARGET_GROUP_ATTRIBUTES.test(suffix),
  };
}

/** The Ingress annotations of the AWS Load Balancer Controller (ALB) that decide which load balancer serves the routes. */
export const ALB_PREFIX = 'alb.ingress.kubernetes.io/';

export const AlbKeys = {
  SCHEME: `${ALB_PREFIX}scheme`,
  GROUP_NAME: `${ALB_PREFIX}group.name`,
} as const;
