import { APPLY_NAMESPACE, ManifestSet, namespaceOf } from './manifest-set';
import { defineSetRule, SetViolation } from './set-rule';
import { isObject, show, specOf, stringAt } from '../manifest';
import { Severity } from '../rule';

/**
 * An Ingress and the Services its backends name, in its namespace: an Ingress controller routes a path to the
 * endpoints of the Service port its backend names (by number or by name).
 */

const INGRESS_DOCS = 'https://kubernetes.io/docs/concepts/services-networking/ingress/#ingress-backends';

/** A backend's Service and port, where the Ingress names it. */
export interface BackendRef {
  readonly path: string;
  readonly service: string;
  readonly portNumber?: unknown;
  readonly portName?: unknown;
  /** The HTTP path the backend serves (spec.rules[].http.paths[].path); the default backend has none. */
  readonly httpPath?: unknown;
}

export function backendsOf(ingress: unknown): BackendRef[] {
  const spec = specOf(ingress);
  const result: BackendRef[] = [];
  const add = (path: string, backend: unknown, httpPath?: unknown) => {
    const service = isObject(backend) && isObject(backend.service) ? backend.service : undefined;
    const name = service === undefined ? undefined : stringAt(service, 'name');
    if (service === undefined || name === undefined) return;
    const port = isObject(service.port) ? service.port : {};
    result.push({ path, service: name, portNumber: port.number, portName: port.name, httpPath });
  };
  add('spec.defaultBackend', spec.defaultBackend);
  if (Array.isArray(spec.rules)) {
    spec.rules.forEach((rule, i) => {
      const paths = isObject(rule) && isObject(rule.http) && Array.isArray(rule.http.paths) ? rule.http.paths : [];
      paths.forEach((p, j) => add(`spec.rules[${i}].http.paths[${j}].backend`, isObject(p) ? p.backend : undefined, isObject(p) ? p.path : undefined));
    });
  }
  return result;
}

/**
 * The Ingresses of the set whose namespace may hold a Service of the set (else the set is not the whole app): its own,
 * or the apply namespace on either side (an object without a namespace is in the one it is applied to).
 */
function ingressesWithServices(set: ManifestSet): number[] {
  const namespaces = new Set(set.indexesOf('Service').map((i) => namespaceOf(set.manifests[i])));
  return set.indexesOf('Ingress').filter((i) => {
    const namespace = namespaceOf(set.manifests[i]);
    return namespaces.has(namespace) || namespaces.has(APPLY_NAMESPACE) || (namespace === APPLY_NAMESPACE && namespaces.size > 0);
  });
}

/** A backend of an Ingress of the set, with the Services of the set it may name. */
interface JudgedBackend {
  readonly index: number;
  readonly namespace: string;
  readonly backend: BackendRef;
  readonly services: readonly number[];
}

/** Every backend of the Ingresses judged (ingressesWithServices), looked up once for both rules. */
function judgedBackends(set: ManifestSet): readonly JudgedBackend[] {
  return set.derived('judgedBackends', () => ingressesWithServices(set).flatMap((index) => {
    const namespace = namespaceOf(set.manifests[index]);
    return backendsOf(set.manifests[index]).map((backend) => ({ index, namespace, backend, services: set.candidates('Service', namespace, backend.service) }));
  }));
}

export const backendServiceInSet = defineSetRule({
  id: 'K8S-ING-011',
  severity: Severity.WARNING,
  title: 'the Services an Ingress routes to are in the set',
  description: 'An Ingress backend names a Service of the Ingress\'s namespace. When the set has Services in that namespace but not this one, the Ingress routes the path to a Service that will not exist when the set is applied: the Ingress controller answers 503 (or, for AGIC, leaves the path out of the Application Gateway). '
    + 'A warning: the Service may be applied from elsewhere. Namespaces without any Service in the set are not judged (the set is then not the whole app).',
  fix: 'Name a Service of the set in the backend (spec.rules[].http.paths[].backend.service.name), in the Ingress\'s namespace.',
  docs: INGRESS_DOCS,
  kinds: ['Ingress'],
  follows: 'the Ingress controllers\' lookup of a backend Service by the Ingress\'s namespace and the name (ingress-nginx internal/ingress/controller/controller.go: createUpstreams; AGIC pkg/appgw/backendhttpsettings.go: getBackendsAndSettingsMap)',
}, ['Service'], (set) => {
  const out: SetViolation[] = [];
  for (const { index, namespace, backend, services } of judgedBackends(set)) {
    if (services.length > 0) continue;
    out.push({
      subject: index,
      related: [],
      path: `${backend.path}.service.name`,
      message: `Service ${show(backend.service)} is not in the set (${namespace === APPLY_NAMESPACE ? 'in any namespace' : `namespace ${show(namespace)}`}): applied as it is, the Ingress routes this path to a Service that does not exist, and the controller answers 503.`,
      fix: `Add Service ${show(backend.service)} to the set${namespace === APPLY_NAMESPACE ? '' : ` in namespace ${show(namespace)}`}, or name an existing Service.`,
    });
  }
  return out;
});

export const backendPortOnService = defineSetRule({
  id: 'K8S-ING-012',
  severity: Severity.ERROR,
  title: 'an Ingress backend port is a port of its Service',
  description: 'An Ingress backend names a port of its Service, by number (port.number: the Service port) or by name (port.name). AGIC and ingress-nginx also take the number or name of a Service port\'s targetPort (AGIC\'s own e2e manifests route to the container port that way); the AWS Load Balancer Controller takes only the Service port. '
    + 'When the port matches no port of the Service of the set in any of these ways, no Ingress controller can route the path: AGIC fails to build the whole Application Gateway configuration ("unable to resolve backend port for some services"), ingress-nginx answers 503.',
  fix: 'Use the number or the name of one of the Service\'s ports (spec.ports[].port or .name).',
  docs: INGRESS_DOCS,
  kinds: ['Ingress'],
  follows: 'the Ingress controllers\' lookup of the backend port among the Service\'s ports (ingress-nginx internal/ingress/controller/controller.go: serviceEndpoints; AGIC pkg/appgw/backendhttpsettings.go: getBackendsAndSettingsMap and resolvePortName)',
}, ['Service'], (set) => {
  const out: SetViolation[] = [];
  for (const { index, backend, services } of judgedBackends(set)) {
    // Only a Service known for sure (or the only candidate), with ports to judge: an ExternalName Service has none.
    if (services.length !== 1) continue;
    const serviceIndex = services[0];
    const servicePorts = specOf(set.manifests[serviceIndex]).ports;
    const externalName = specOf(set.manifests[serviceIndex]).type === 'ExternalName';
    if (!Array.isArray(servicePorts) || servicePorts.length === 0 || externalName) continue;
    const ports = servicePorts.filter(isObject);
    const byNumber = backend.portNumber !== undefined;
    const wanted = byNumber ? backend.portNumber : backend.portName;
    if (wanted === undefined) continue;
    // Both AGIC and ingress-nginx take the backend port for any of the Service port's number, name or targetPort.
    const matches = (p: { [key: string]: unknown }) =>
      p.port === wanted || p.name === wanted || (p.targetPort !== undefined && String(p.targetPort) === String(wanted));
    if (ports.some(matches)) continue;
    const offered = ports.map((p) => (byNumber ? String(p.port) : show(p.name ?? '(unnamed)'))).join(', ') || 'none';
    out.push({
      subject: index,
      related: [{ index: serviceIndex, path: 'spec.ports' }],
      path: `${backend.path}.service.port.${byNumber ? 'number' : 'name'}`,
      message: `${show(wanted)} is not a port of Service ${show(backend.service)} (its ports: ${offered}): no Ingress controller can route this path (AGIC: "unable to resolve backend port for some services", for the whole Application Gateway; ingress-nginx: 503).`,
      fix: `Use one of the Service's ports (${offered}).`,
    });
  }
  return out;
});
