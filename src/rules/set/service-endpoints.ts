import { APPLY_NAMESPACE, ManifestSet, namespaceOf, PodTemplate, selectorOf } from './manifest-set';
import { defineSetRule, SetViolation } from './set-rule';
import { resourceLabel } from '../engine';
import { isLoadBalancerService, isObject, show, specOf } from '../manifest';
import { Severity } from '../rule';

/**
 * A LoadBalancer Service and the workloads of the set it selects: which container port each Service port reaches.
 * The endpoints controller resolves a port for each selected pod with FindPort: a named targetPort is looked up among
 * the pod's container ports (and its sidecars') by name and protocol; a numeric one is used as it is.
 */

const SERVICE_DOCS = 'https://kubernetes.io/docs/concepts/services-networking/service/#field-spec-ports';
const FIND_PORT = 'FindPort (pkg/api/v1/pod/util.go), which the EndpointSlice controller calls for every selected pod (pkg/controller/endpointslice, staging/src/k8s.io/endpointslice/utils.go)';

interface ServicePortView {
  readonly index: number;
  readonly protocol: string;
  /** The targetPort as the API server defaults it: the port number when absent. */
  readonly target: number | string;
}

function portsOf(service: unknown): ServicePortView[] {
  const ports = specOf(service).ports;
  if (!Array.isArray(ports)) return [];
  const result: ServicePortView[] = [];
  ports.forEach((p, index) => {
    if (!isObject(p)) return;
    const target = p.targetPort === undefined || p.targetPort === 0 ? p.port : p.targetPort;
    if (typeof target !== 'number' && typeof target !== 'string') return;
    result.push({ index, protocol: typeof p.protocol === 'string' ? p.protocol : 'TCP', target });
  });
  return result;
}

interface ContainerPortView {
  readonly name?: string;
  readonly number?: unknown;
  readonly protocol: string;
}

function containerPortsOf(template: PodTemplate): ContainerPortView[] {
  const result: ContainerPortView[] = [];
  for (const container of template.containers) {
    const ports = isObject(container) ? container.ports : undefined;
    if (!Array.isArray(ports)) continue;
    for (const p of ports) {
      if (!isObject(p)) continue;
      result.push({ name: typeof p.name === 'string' ? p.name : undefined, number: p.containerPort, protocol: typeof p.protocol === 'string' ? p.protocol : 'TCP' });
    }
  }
  return result;
}

/** A namespace in a message: the apply namespace has no name. */
function namespaceText(namespace: string): string {
  return namespace === APPLY_NAMESPACE ? 'the namespace it is applied to' : `namespace ${show(namespace)}`;
}

/** The LoadBalancer Services of the set that select pods, each with the templates it selects in the set. */
function selectingServices(set: ManifestSet): Array<{ index: number; selected: PodTemplate[] }> {
  return set.derived('selectingServices', () => computeSelectingServices(set));
}

function computeSelectingServices(set: ManifestSet): Array<{ index: number; selected: PodTemplate[] }> {
  const result: Array<{ index: number; selected: PodTemplate[] }> = [];
  set.manifests.forEach((m, index) => {
    if (!isLoadBalancerService(m)) return;
    const selector = selectorOf(m);
    if (selector === undefined) return;
    result.push({ index, selected: set.selected(namespaceOf(m), selector) });
  });
  return result;
}

/** How a rule over targetPorts judges: which selected workloads, which ports, and what a matching container port is. */
interface TargetPortCheck<T> {
  readonly judged: (selected: PodTemplate[]) => PodTemplate[];
  readonly target: (port: ServicePortView) => T | undefined;
  readonly carries: (containerPort: ContainerPortView, target: T, port: ServicePortView) => boolean;
  readonly describe: (target: T, port: ServicePortView, missing: PodTemplate[], which: string) => { message: string; fix: string };
}

/** For each judged port of each selecting Service, the judged workloads none of whose container ports carries it. */
function portsLacking<T>(set: ManifestSet, check: TargetPortCheck<T>): SetViolation[] {
  if (set.podTemplates.length === 0) return [];
  const out: SetViolation[] = [];
  for (const { index, selected } of selectingServices(set)) {
    const judged = check.judged(selected);
    if (judged.length === 0) continue;
    for (const port of portsOf(set.manifests[index])) {
      const target = check.target(port);
      if (target === undefined) continue;
      const missing = judged.filter((t) => !containerPortsOf(t).some((p) => check.carries(p, target, port)));
      if (missing.length === 0) continue;
      out.push({
        subject: index,
        related: missing.map((t) => ({ index: t.index, path: `${t.path === '' ? '' : `${t.path}.`}spec.containers` })),
        path: `spec.ports[${port.index}].targetPort`,
        ...check.describe(target, port, missing, missing.map(resourceLabel).join(', ')),
      });
    }
  }
  return out;
}

export const namedTargetPortOnPods = defineSetRule({
  id: 'K8S-SVC-032',
  severity: Severity.ERROR,
  title: 'a named targetPort is a container port of the selected pods',
  description: 'A named targetPort (targetPort: http) is looked up, for every pod the Service selects, among the ports of its containers (and of its sidecars, init containers with restartPolicy Always) by name and protocol. '
    + 'When a selected workload of the set has no container port of that name and protocol, the endpoints controller finds no port for its pods ("no suitable port"), they get no endpoint for that Service port, and the load balancer is created but every connection to it is refused or times out. '
    + 'Only workloads in the set are judged, and only those sure to be in the Service\'s namespace (the same one, or both without a namespace): a Service that selects none of them gets nothing from this rule (K8S-SVC-034 says when it selects nothing at all).',
  fix: 'Name the container port as the targetPort (ports: [{ name: http, containerPort: 8080 }]), or write the targetPort as the port number.',
  docs: SERVICE_DOCS,
  kinds: ['Service'],
  follows: FIND_PORT,
}, ['Service'], (set) => portsLacking(set, {
  judged: (selected) => selected,
  target: (port) => (typeof port.target === 'string' && !/^\d+$/.test(port.target) ? port.target : undefined),
  carries: (containerPort, name, port) => containerPort.name === name && containerPort.protocol === port.protocol,
  describe: (name, port, missing, which) => ({
    message: `${show(name)} is not the name of a ${port.protocol} container port of ${which}, which the selector selects: the endpoints controller finds no port for ${missing.length === 1 ? 'its' : 'their'} pods, so the load balancer sends this port's connections nowhere.`,
    fix: `Add { name: ${name}, containerPort: <port>${port.protocol === 'TCP' ? '' : `, protocol: ${port.protocol}`} } to the container ports of ${which}, or use the container port's number as targetPort.`,
  }),
}));

export const numericTargetPortDeclared = defineSetRule({
  id: 'K8S-SVC-033',
  severity: Severity.WARNING,
  title: 'a numeric targetPort is a declared container port of the selected pods',
  description: 'A numeric targetPort is used as it is: traffic goes to that port of each selected pod whether or not a container declares it. '
    + 'When the selected workloads of the set declare their container ports and none of them is this number (with this protocol), the port is most likely wrong (a typo, or the port of another container), and the load balancer\'s connections are refused. '
    + 'Workloads that declare no container port at all are not judged: declaring ports is optional.',
  fix: 'Use the number of a declared container port as targetPort, or declare the port the container listens on.',
  docs: SERVICE_DOCS,
  kinds: ['Service'],
  follows: FIND_PORT,
}, ['Service'], (set) => portsLacking(set, {
  // Workloads that declare no port are not judged; a quoted number is a port name to Kubernetes (K8S-SVC-012).
  judged: (selected) => selected.filter((t) => containerPortsOf(t).length > 0),
  target: (port) => (typeof port.target === 'number' ? port.target : undefined),
  carries: (containerPort, number, port) => containerPort.number === number && containerPort.protocol === port.protocol,
  describe: (number, port, missing, which) => {
    const declared = [...new Set(missing.flatMap((t) => containerPortsOf(t).map((p) => `${String(p.number)}/${p.protocol}`)))].join(', ');
    return {
      message: `${number}/${port.protocol} is not a container port of ${which} (declared: ${declared}): traffic goes to port ${number} of the pods, where likely nothing listens.`,
      fix: `Use one of the declared container ports (${declared}) as targetPort, or declare ${number} if the container listens on it.`,
    };
  },
}));

export const selectorSelectsWorkload = defineSetRule({
  id: 'K8S-SVC-034',
  severity: Severity.WARNING,
  title: 'the selector selects a workload of the set',
  description: 'A Service selects the pods whose labels include every label of its selector, in its own namespace. When the set has workloads and none of them matches, the Service has no endpoints once applied with them: the load balancer is created and sends traffic nowhere. '
    + 'A workload with the labels in another namespace, or one label off, is the usual cause. Sets without workloads (a file of Services alone) are not judged. '
    + 'An object without a namespace is in the namespace it is applied to (`helm template -n` writes a namespace only where a template does): it may select, or be selected by, the objects of any namespace.',
  fix: 'Make the selector match the pod template labels of the workload (spec.template.metadata.labels), in the Service\'s namespace.',
  docs: 'https://kubernetes.io/docs/concepts/services-networking/service/#services-without-selectors',
  kinds: ['Service'],
  follows: 'the EndpointSlice controller, which lists the pods of the Service\'s namespace matching its selector (pkg/controller/endpointslice/endpointslice_controller.go: syncService)',
}, ['Service'], (set) => {
  if (set.podTemplates.length === 0) return [];
  const out: SetViolation[] = [];
  for (const { index } of selectingServices(set)) {
    const service = set.manifests[index];
    const selector = selectorOf(service)!;
    const namespace = namespaceOf(service);
    if (set.possiblySelected(namespace, selector).length > 0) continue;
    const elsewhere = set.podTemplates.filter((t) => Object.keys(selector).every((k) => t.labels[k] === selector[k]));
    const near = elsewhere.length > 0 ? ` (${elsewhere.map(resourceLabel).join(', ')} ${elsewhere.length === 1 ? 'has' : 'have'} these labels in another namespace)` : '';
    out.push({
      subject: index,
      related: elsewhere.map((t) => ({ index: t.index, path: `${t.path === '' ? '' : `${t.path}.`}metadata.labels` })),
      path: 'spec.selector',
      message: `${show(selector)} selects no workload of the set in ${namespaceText(namespace)}${near}: applied with them, the Service has no endpoints and the load balancer sends traffic nowhere.`,
      fix: `Match the pod template labels of the workload in ${namespaceText(namespace)}, or move the Service or the workload to the same namespace.`,
    });
  }
  return out;
});
