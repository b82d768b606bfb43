import { arrayAt, derived, isObject, JsonObject, specOf } from '../manifest';

/**
 * The Service as the API server has it when it validates a create (the rules only judge Services of type
 * LoadBalancer): the defaults of SetDefaults_Service (pkg/apis/core/v1/defaults.go) and of the create strategy
 * (PrepareForCreate, normalizeClusterIPs in pkg/registry/core/service/strategy.go) applied first, and the ipFamilyPolicy
 * that the allocation defaults when none is given (initIPFamilyFields, pkg/registry/core/service/storage/alloc.go).
 * The same in every Kubernetes version the library judges (1.26 and later).
 *
 * A rule judges these values but reports at the user's field: a defaulted value says so in its message.
 */
export interface DefaultedService {
  /** spec.sessionAffinity; "" or absent is None. */
  readonly sessionAffinity: unknown;
  /** spec.sessionAffinityConfig; dropped (undefined) unless sessionAffinity is ClientIP. */
  readonly sessionAffinityConfig: unknown;
  /** Whether the user's sessionAffinityConfig is dropped by the defaulting. */
  readonly sessionAffinityConfigDropped: boolean;
  /** spec.externalTrafficPolicy; "" or absent is Cluster on a LoadBalancer Service. */
  readonly externalTrafficPolicy: unknown;
  /** spec.internalTrafficPolicy; absent is Cluster ("" is kept, and refused). */
  readonly internalTrafficPolicy: unknown;
  /** spec.allocateLoadBalancerNodePorts; absent is true. */
  readonly allocateLoadBalancerNodePorts: unknown;
  /** spec.ipFamilyPolicy; absent is SingleStack on a create. */
  readonly ipFamilyPolicy: unknown;
  /** Whether ipFamilyPolicy was left out, and so is SingleStack. */
  readonly ipFamilyPolicyDefaulted: boolean;
  /** spec.clusterIPs; [clusterIP] when only clusterIP is set (normalizeClusterIPs). */
  readonly clusterIPs: unknown;
  /** Whether clusterIPs was filled in from clusterIP: findings about clusterIPs[0] then belong at spec.clusterIP. */
  readonly clusterIPsFromClusterIP: boolean;
  /** spec.ports with each port map's protocol ("" or absent: TCP) and targetPort (0, "" or absent: the port) defaulted. */
  readonly ports: readonly unknown[];
}

/** The Service as the API server validates a create, computed once per check. Read-only. */
export function defaultedService(manifest: unknown): DefaultedService {
  return derived('defaultedService', manifest, computeDefaults);
}

/** The protocol of a port as SetDefaults_Service leaves it: "" and absent are TCP. */
export function defaultedProtocol(port: JsonObject): unknown {
  return port.protocol === undefined || port.protocol === '' ? 'TCP' : port.protocol;
}

function computeDefaults(manifest: unknown): DefaultedService {
  const spec = specOf(manifest);
  const sessionAffinity = spec.sessionAffinity === undefined || spec.sessionAffinity === '' ? 'None' : spec.sessionAffinity;
  const keepConfig = sessionAffinity !== 'None';
  const clusterIP = spec.clusterIP;
  const fromClusterIP = typeof clusterIP === 'string' && clusterIP !== '' && (spec.clusterIPs === undefined || (Array.isArray(spec.clusterIPs) && spec.clusterIPs.length === 0));
  const ports = arrayAt(spec, 'ports').map((port) => {
    if (!isObject(port)) return port;
    const targetPort = port.targetPort === undefined || port.targetPort === 0 || port.targetPort === '' ? port.port : port.targetPort;
    return Object.assign({}, port, { protocol: defaultedProtocol(port), targetPort });
  });
  return {
    sessionAffinity,
    sessionAffinityConfig: keepConfig ? spec.sessionAffinityConfig : undefined,
    sessionAffinityConfigDropped: !keepConfig && spec.sessionAffinityConfig !== undefined,
    externalTrafficPolicy: spec.externalTrafficPolicy === undefined || spec.externalTrafficPolicy === '' ? 'Cluster' : spec.externalTrafficPolicy,
    internalTrafficPolicy: spec.internalTrafficPolicy === undefined ? 'Cluster' : spec.internalTrafficPolicy,
    allocateLoadBalancerNodePorts: spec.allocateLoadBalancerNodePorts === undefined ? true : spec.allocateLoadBalancerNodePorts,
    ipFamilyPolicy: spec.ipFamilyPolicy === undefined ? 'SingleStack' : spec.ipFamilyPolicy,
    ipFamilyPolicyDefaulted: spec.ipFamilyPolicy === undefined,
    clusterIPs: fromClusterIP ? [clusterIP] : spec.clusterIPs,
    clusterIPsFromClusterIP: fromClusterIP,
    ports,
  };
}
