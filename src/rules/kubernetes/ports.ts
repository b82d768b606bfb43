import { defineRule, onClusters, violation } from '../define';
import { arrayAt, derived, isObject, isPortNumber, JsonObject, show, specOf } from '../manifest';
import { RuleViolation, Severity } from '../rule';
import { defaultedProtocol } from './defaults';
import { dns1123Label, ianaServiceName, qualifiedName } from './names';
import { before, beforeText, KUBERNETES_CHANGES } from './versions';

const SERVICE_DOCS = 'https://kubernetes.io/docs/concepts/services-networking/service/';
const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];
const DEFAULT_NODE_PORT_RANGE = { min: 30000, max: 32767 };
/** The kubelet's port: refused on a LoadBalancer Service before Kubernetes 1.33 ("may not expose port 10250 externally since it is used by kubelet"). */
const KUBELET_PORT = 10250;

/**
 * The port entries that are objects, with their index in spec.ports (other entries are reported by K8S-SVC-007).
 * Found once per check: nine rules go through them. Read-only.
 */
export function portEntries(manifest: unknown): ReadonlyArray<{ readonly index: number; readonly port: JsonObject }> {
  return derived('portEntries', manifest, findPortEntries);
}

function findPortEntries(manifest: unknown): Array<{ index: number; port: JsonObject }> {
  const result: Array<{ index: number; port: JsonObject }> = [];
  arrayAt(specOf(manifest), 'ports').forEach((port, index) => {
    if (isObject(port)) result.push({ index, port });
  });
  return result;
}

/** The violations of a check that finds at most one per port; a loop rather than flatMap (a list per port, for nothing). */
function perPort(manifest: unknown, judge: (port: JsonObject, index: number) => RuleViolation | undefined): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const { index, port } of portEntries(manifest)) {
    const found = judge(port, index);
    if (found !== undefined) out.push(found);
  }
  return out;
}

/** The protocol as Kubernetes defaults it ("" and absent are TCP, SetDefaults_Service). */
export function protocolOf(port: JsonObject): unknown {
  return defaultedProtocol(port);
}

/** A `port/protocol` key for duplicate checks that never converts an untrusted value implicitly (it may be any JSON). */
function portKey(port: unknown, protocol: unknown): string {
  const number = typeof port === 'number' ? String(port) : show(port); // show() would quote a string port, not a number
  return `${number}/${typeof protocol === 'string' ? protocol : show(protocol)}`;
}

export const atLeastOnePort = defineRule({
  id: 'K8S-SVC-007',
  severity: Severity.ERROR,
  title: 'a LoadBalancer Service has at least one port, each a map',
  description: 'The API server refuses a LoadBalancer Service without ports ("spec.ports: Required value").',
  fix: 'Add a port, e.g. { port: 80, targetPort: 8080 }.',
  docs: SERVICE_DOCS,
  follows: 'ValidateService: spec.ports required (pkg/apis/core/validation/validation.go)',
}, (m) => {
  const spec = specOf(m);
  if (spec.ports !== undefined && !Array.isArray(spec.ports)) {
    return [violation('spec.ports', `must be a list, got ${show(spec.ports)}.`, 'Write spec.ports as a list of port maps.')];
  }
  const ports = arrayAt(spec, 'ports');
  if (ports.length === 0) return [violation('spec.ports', 'the Service has no port.', 'Add at least one port, e.g. { port: 80, targetPort: 8080 }.')];
  const out: RuleViolation[] = [];
  ports.forEach((port, i) => {
    if (!isObject(port)) out.push(violation(`spec.ports[${i}]`, `must be a map, got ${show(port)}.`, 'Write each port as a map with at least `port`.'));
  });
  return out;
});

export const portRange = defineRule({
  id: 'K8S-SVC-008',
  severity: Severity.ERROR,
  title: 'port is an integer from 1 to 65535, and not the kubelet port before Kubernetes 1.33',
  description: 'The API server refuses a Service port outside 1-65535 or that is not an integer. Before Kubernetes 1.33 it also refuses port 10250 on a LoadBalancer Service ("may not expose port 10250 externally since it is used by kubelet"); 1.33 lifted that (kubernetes#129174).',
  fix: 'Use a port number from 1 to 65535 (other than 10250 before Kubernetes 1.33).',
  docs: SERVICE_DOCS,
  follows: 'validateServicePort and ValidateService (the kubelet port on a LoadBalancer Service) (pkg/apis/core/validation/validation.go)',
  dependsOnCluster: 'Port 10250 (the kubelet\'s) is refused before Kubernetes 1.33 and allowed since (kubernetes#129174): an error with a profile before 1.33, a warning for those versions without the Kubernetes version.',
}, (m, _annotations, _controller, cluster) => {
  const out: RuleViolation[] = [];
  for (const { index, port } of portEntries(m)) {
    const path = `spec.ports[${index}].port`;
    if (port.port === KUBELET_PORT) {
      const since = KUBERNETES_CHANGES.kubeletPortOnLoadBalancer;
      out.push(...onClusters(before(cluster, since), beforeText(since), violation(path,
        `${KUBELET_PORT} may not be exposed by a LoadBalancer Service before Kubernetes 1.${since}: the kubelet uses it on every node.`,
        `Expose another port (targetPort can still be 10250), or run Kubernetes 1.${since} or later.`)));
    } else if (port.port === undefined) {
      out.push(violation(path, 'the port has no `port` number.', 'Set port to a number from 1 to 65535.'));
    } else if (!isPortNumber(port.port)) {
      out.push(violation(path, `${show(port.port)} is not an integer from 1 to 65535.`, 'Set port to a number from 1 to 65535.'));
    }
  }
  return out;
});

export const portProtocol = defineRule({
  id: 'K8S-SVC-009',
  severity: Severity.ERROR,
  title: 'protocol is TCP, UDP or SCTP',
  description: 'The API server accepts only the protocols TCP, UDP and SCTP, in upper case.',
  fix: 'Use TCP, UDP or SCTP (HTTP and the like go in appProtocol).',
  docs: SERVICE_DOCS + '#protocol-support',
  follows: 'validateServicePort (pkg/apis/core/validation/validation.go) after SetDefaults_Service ("" and absent are TCP; pkg/apis/core/v1/defaults.go)',
}, (m) => perPort(m, (port, index) => {
  const protocol = protocolOf(port);
  if (typeof protocol === 'string' && PROTOCOLS.includes(protocol)) return undefined;
  const upper = typeof protocol === 'string' ? protocol.toUpperCase() : '';
  const fix = PROTOCOLS.includes(upper) ? `Write it in upper case: ${upper}.` : 'Use TCP, UDP or SCTP; an application protocol such as HTTP goes in appProtocol.';
  return violation(`spec.ports[${index}].protocol`, `${show(protocol)} is not a supported protocol.`, fix);
}));

export const portNames = defineRule({
  id: 'K8S-SVC-010',
  severity: Severity.ERROR,
  title: 'port names are DNS-1123 labels, required and unique when there are several ports',
  description: 'With more than one port, the API server requires every port to have a name, unique in the Service and a DNS-1123 label; Endpoints and named targetPorts refer to them.',
  fix: 'Name every port, e.g. "http" and "https".',
  docs: SERVICE_DOCS + '#multi-port-services',
  follows: 'ValidateService and validateServicePort: port names (pkg/apis/core/validation/validation.go)',
}, (m) => {
  const entries = portEntries(m);
  const several = arrayAt(specOf(m), 'ports').length > 1;
  const seen = new Map<string, number>();
  const out: RuleViolation[] = [];
  for (const { index, port } of entries) {
    const path = `spec.ports[${index}].name`;
    const name = port.name;
    if (name === undefined || name === '') {
      if (several) out.push(violation(path, `port ${show(port.port)} has no name, and the Service has several ports.`, 'Give every port a unique name, e.g. "http".'));
      continue;
    }
    if (typeof name !== 'string') {
      out.push(violation(path, `must be a string, got ${show(name)}.`, 'Quote the port name.'));
      continue;
    }
    const error = dns1123Label(name);
    if (error) out.push(violation(path, `${show(name)} ${error}.`, 'Rename the port, e.g. "http" or "grpc-api".'));
    const first = seen.get(name);
    if (first !== undefined) {
      out.push(violation(path, `the name ${show(name)} is already used by spec.ports[${first}].`, 'Give each port a different name.'));
    } else {
      seen.set(name, index);
    }
  }
  return out;
});

export const uniquePortProtocol = defineRule({
  id: 'K8S-SVC-011',
  severity: Severity.ERROR,
  title: 'each port/protocol pair appears once',
  description: 'The API server refuses two ports with the same number and protocol ("Duplicate value").',
  fix: 'Remove the duplicate or change its port number or protocol.',
  docs: SERVICE_DOCS,
  follows: 'ValidateService: duplicate port/protocol pairs (pkg/apis/core/validation/validation.go), after SetDefaults_Service ("" protocol is TCP)',
}, (m) => {
  const seen = new Map<string, number>();
  const out: RuleViolation[] = [];
  for (const { index, port } of portEntries(m)) {
    if (!isPortNumber(port.port)) continue;
    const key = portKey(port.port, protocolOf(port));
    const first = seen.get(key);
    if (first !== undefined) {
      out.push(violation(`spec.ports[${index}]`, `port ${key} is already declared by spec.ports[${first}].`, 'Remove the duplicate or use another port number or protocol.'));
    } else {
      seen.set(key, index);
    }
  }
  return out;
});

export const targetPort = defineRule({
  id: 'K8S-SVC-012',
  severity: Severity.ERROR,
  title: 'targetPort is a port number or an IANA service name',
  description: 'A numeric targetPort must be 1-65535; a named one must be an IANA service name (at most 15 lower case alphanumerics and "-", with a letter) matching a container port name. The API server refuses anything else (0 and "" default to the port number).',
  fix: 'Use the container port number, or the name of the container port (at most 15 characters).',
  docs: SERVICE_DOCS + '#defining-a-service',
  follows: 'validateServicePort (pkg/apis/core/validation/validation.go) after SetDefaults_Service (0 and "" are the port number)',
}, (m) => perPort(m, (port, index) => {
  const value = port.targetPort;
  // The API server defaults 0 and "" to the port number before validating.
  if (value === undefined || value === 0 || value === '' || isPortNumber(value)) return undefined;
  const path = `spec.ports[${index}].targetPort`;
  if (typeof value === 'number') {
    return violation(path, `${show(value)} is not an integer from 1 to 65535.`, 'Use the container port number (1-65535), or omit targetPort to use the same number as port.');
  }
  if (typeof value === 'string') {
    if (/^[0-9]+$/.test(value)) {
      return violation(path, `${show(value)} is a number written as a string: Kubernetes reads it as a port name, which cannot be all digits.`, `Write the number unquoted: ${value}.`);
    }
    const error = ianaServiceName(value);
    return error ? violation(path, `the port name ${show(value)} ${error}.`, 'Use the name of the container port (an IANA service name, e.g. "http"), or its number.') : undefined;
  }
  return violation(path, `must be a number or a string, got ${show(value)}.`, 'Use the container port number or name.');
}));

export const nodePort = defineRule({
  id: 'K8S-SVC-013',
  severity: Severity.ERROR,
  title: 'nodePort is a valid port number, unique per protocol, shared only by ports of the same port number',
  description: 'The API server refuses a nodePort that is not a port number or that two ports of the Service share with the same protocol ("Duplicate value"). '
    + 'The create then allocates the node ports by port number: only ports with the same port number (53/TCP and 53/UDP) may share a nodePort; one requested by ports of different port numbers is refused, whatever their protocols ("provided port is already allocated").',
  fix: 'Omit nodePort to let Kubernetes allocate one, or give each port number its own.',
  docs: SERVICE_DOCS + '#type-nodeport',
  follows: 'ValidateService: duplicate nodePort per protocol (pkg/apis/core/validation/validation.go); initNodePorts (pkg/registry/core/service/storage/alloc.go)',
}, (m) => {
  const seen = new Map<string, number>();
  /** The port number each requested node port is allocated for, and the first port entry asking it. */
  const allocatedFor = new Map<number, { port: unknown; index: number }>();
  const out: RuleViolation[] = [];
  for (const { index, port } of portEntries(m)) {
    const value = port.nodePort;
    if (value === undefined || value === 0) continue;
    const path = `spec.ports[${index}].nodePort`;
    if (!isPortNumber(value)) {
      out.push(violation(path, `${show(value)} is not an integer from 1 to 65535.`, 'Omit nodePort, or use a port in the cluster node port range (30000-32767 by default).'));
      continue;
    }
    const key = portKey(value, protocolOf(port));
    const first = seen.get(key);
    if (first !== undefined) {
      out.push(violation(path, `nodePort ${key} is already used by spec.ports[${first}].`, 'Give each port its own nodePort, or omit them.'));
      continue;
    }
    seen.set(key, index);
    const owner = allocatedFor.get(value);
    if (owner === undefined) {
      allocatedFor.set(value, { port: port.port, index });
    } else if (owner.port !== port.port) {
      out.push(violation(path, `${value} is also the nodePort of spec.ports[${owner.index}] (port ${show(owner.port)}), and this port is ${show(port.port)}: only ports with the same port number may share a nodePort; the create refuses it ("provided port is already allocated").`,
        'Give this port its own nodePort, or omit nodePort to let Kubernetes allocate one.'));
    }
  }
  return out;
});

export const nodePortDefaultRange = defineRule({
  id: 'K8S-SVC-014',
  severity: Severity.ERROR,
  title: 'nodePort and healthCheckNodePort lie in the cluster\'s node port range',
  description: 'The API server allocates node ports, the health check node port included, from its --service-node-port-range, 30000-32767 unless the cluster changed it (AKS and EKS do not); a nodePort or healthCheckNodePort outside it is refused at create ("provided port is not in the valid range"). With the profile\'s nodePortRange one outside it is an error and one inside it is fine; without it, one outside 30000-32767 is a warning for the clusters with the default range.',
  fix: 'Use a nodePort and healthCheckNodePort in the cluster\'s node port range (30000-32767 by default), or omit them to let Kubernetes allocate them.',
  docs: SERVICE_DOCS + '#type-nodeport',
  dependsOnCluster: 'The API server\'s --service-node-port-range (the profile\'s nodePortRange); without it, the default 30000-32767.',
  follows: 'initNodePorts and allocHealthCheckNodePort (pkg/registry/core/service/storage/alloc.go), with the node port allocator (pkg/registry/core/service/portallocator)',
}, (m, _annotations, _controller, cluster) => {
  const declared = cluster.nodePortRange;
  const [min, max] = declared ?? [DEFAULT_NODE_PORT_RANGE.min, DEFAULT_NODE_PORT_RANGE.max];
  const range = `${min}-${max}`;
  const out: RuleViolation[] = [];
  const whose = declared === undefined ? 'the default node port range' : `the node port range of ${cluster.describe()}`;
  const judge = (path: string, value: unknown, field: string, refused: string) => {
    if (!isPortNumber(value) || (value >= min && value <= max)) return;
    const v = violation(path,
      `${value} is outside ${whose}, ${range}: the API server refuses it ("${refused}provided port is not in the valid range. The range of valid ports is ${range}").`,
      `Use a ${field} from ${min} to ${max}, or omit ${field} to let Kubernetes allocate one.`);
    out.push(...onClusters(declared === undefined ? undefined : true, `clusters with the default --service-node-port-range ${range} (EKS and AKS among them)`, v));
  };
  for (const { index, port } of portEntries(m)) judge(`spec.ports[${index}].nodePort`, port.nodePort, 'nodePort', '');
  // Allocated only when externalTrafficPolicy is Local; otherwise K8S-SVC-016 refuses it anyway.
  const spec = specOf(m);
  if (spec.externalTrafficPolicy === 'Local') {
    judge('spec.healthCheckNodePort', spec.healthCheckNodePort, 'healthCheckNodePort', `failed to allocate requested HealthCheck NodePort ${String(spec.healthCheckNodePort)}: `);
  }
  return out;
});

export const appProtocol = defineRule({
  id: 'K8S-SVC-015',
  severity: Severity.ERROR,
  title: 'appProtocol is a qualified name',
  description: 'appProtocol is an IANA service name or a prefixed name such as kubernetes.io/h2c; the API server refuses other values.',
  fix: 'Use e.g. "http", "https", "kubernetes.io/h2c" or "kubernetes.io/ws".',
  docs: SERVICE_DOCS + '#application-protocol',
  follows: 'validateServicePort: ValidateQualifiedName of appProtocol (pkg/apis/core/validation/validation.go)',
}, (m) => perPort(m, (port, index) => {
  const value = port.appProtocol;
  if (value === undefined) return undefined;
  const path = `spec.ports[${index}].appProtocol`;
  if (typeof value !== 'string') return violation(path, `must be a string, got ${show(value)}.`, 'Quote the value.');
  const error = qualifiedName(value);
  return error ? violation(path, `${show(value)} is not valid: ${error}.`, 'Use e.g. "http", "https" or "kubernetes.io/h2c".') : undefined;
}));

export const PORT_RULES = [
  atLeastOnePort, portRange, portProtocol, portNames, uniquePortProtocol, targetPort, nodePort, nodePortDefaultRange, appProtocol,
];
