import { defineRule, onClusters, violation } from '../define';
import { annotationsOf, arrayAt, isObject, isPortNumber, JsonObject, metadataOf, objectAt, show, specOf } from '../manifest';
import { isIp } from '../net';
import { RuleViolation, Severity } from '../rule';
import { generateNameViolations } from './metadata';
import { dns1035Label, dns1123Subdomain, ianaServiceName } from './names';
import { before, beforeText, KUBERNETES_CHANGES } from './versions';
import { KubernetesKeys } from '../../core/model/kubernetes-keys';

const INGRESS_DOCS = 'https://kubernetes.io/docs/concepts/services-networking/ingress/';
const INGRESS_CLASS_ANNOTATION = KubernetesKeys.INGRESS_CLASS;
const PATH_TYPES = ['Exact', 'Prefix', 'ImplementationSpecific'];

/** Every backend of an Ingress with its path in the manifest: the default backend and each rule path's. */
export function ingressBackends(manifest: unknown): Array<{ path: string; backend: unknown }> {
  const spec = specOf(manifest);
  const result: Array<{ path: string; backend: unknown }> = [];
  if (spec.defaultBackend !== undefined) result.push({ path: 'spec.defaultBackend', backend: spec.defaultBackend });
  arrayAt(spec, 'rules').forEach((rule, r) => {
    arrayAt(objectAt(rule, 'http'), 'paths').forEach((p, i) => {
      result.push({ path: `spec.rules[${r}].http.paths[${i}].backend`, backend: isObject(p) ? p.backend : undefined });
    });
  });
  return result;
}

function hostViolations(path: string, host: unknown): RuleViolation[] {
  if (host === undefined || host === '') return [];
  if (typeof host !== 'string') return [violation(path, `must be a string, got ${show(host)}.`, 'Quote the host name.')];
  if (isIp(host)) return [violation(path, `${show(host)} is an IP address; an Ingress host must be a DNS name.`, 'Use a DNS name, or omit host to match every request.')];
  const name = host.startsWith('*.') ? host.slice(2) : host;
  const error = dns1123Subdomain(name);
  return error ? [violation(path, `${show(host)} ${error}; only the first label may be a wildcard "*".`, 'Use a lower-case DNS name such as shop.example.com or *.example.com.')] : [];
}

export const ingressName = defineRule({
  id: 'K8S-ING-001',
  severity: Severity.ERROR,
  title: 'Ingress metadata.name (and generateName) is a DNS-1123 subdomain',
  description: 'The API server refuses an Ingress without a name or with a name that is not a DNS-1123 subdomain (lower case, at most 253 characters). metadata.generateName, when set, is checked the same way as a prefix (a trailing "-" allowed).',
  fix: 'Use lower case letters, digits, "-" and ".".',
  docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-subdomain-names',
  kinds: ['Ingress'],
}, (m) => {
  const metadata = metadataOf(m);
  const name = metadata.name;
  const prefix = generateNameViolations(metadata.generateName, dns1123Subdomain, 'Ingress',
    'Use a prefix such as "shop-": lower case letters, digits, "-" and ".", starting with a letter or digit.');
  if (name === undefined) {
    if (typeof metadata.generateName === 'string' && metadata.generateName !== '') return prefix;
    return [violation('metadata.name', 'the Ingress has no name.', 'Set metadata.name.')];
  }
  if (typeof name !== 'string') return [violation('metadata.name', `must be a string, got ${show(name)}.`, 'Quote the name.'), ...prefix];
  const error = dns1123Subdomain(name);
  return error ? [violation('metadata.name', `${show(name)} ${error}.`, 'Rename it with lower case letters, digits, "-" and ".".'), ...prefix] : prefix;
});

export const ingressHasRoutes = defineRule({
  id: 'K8S-ING-002',
  severity: Severity.ERROR,
  title: 'an Ingress has rules or a default backend, and every HTTP rule has paths',
  description: 'The API server refuses an Ingress with neither spec.rules nor spec.defaultBackend ("either `defaultBackend` or `rules` must be specified"): it would route nothing. It also refuses a rule whose http has no paths ("spec.rules[i].http.paths: Required value").',
  fix: 'Add a rule with a path and a backend Service, or a defaultBackend; give every http rule at least one path (or drop http from the rule).',
  docs: INGRESS_DOCS + '#the-ingress-resource',
  kinds: ['Ingress'],
}, (m) => {
  const spec = specOf(m);
  const rules = arrayAt(spec, 'rules');
  if (rules.length === 0 && spec.defaultBackend === undefined) {
    return [violation('spec.rules', 'the Ingress has neither rules nor a defaultBackend.', 'Add a rule, e.g. { http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "web", port: { number: 80 } } } }] } }.')];
  }
  const out: RuleViolation[] = [];
  rules.forEach((rule, r) => {
    const http = isObject(rule) ? rule.http : undefined;
    if (!isObject(http)) return; // no http (or http: null): a host-only rule, which the API server accepts
    const paths = http.paths;
    if (paths === undefined || paths === null || (Array.isArray(paths) && paths.length === 0)) {
      out.push(violation(`spec.rules[${r}].http.paths`, `rule ${r}${isObject(rule) && typeof rule.host === 'string' ? ` (host ${show(rule.host)})` : ''} has http but no paths; the API server requires at least one.`,
        'Add a path, e.g. { path: "/", pathType: "Prefix", backend: { service: { name: "web", port: { number: 80 } } } }, or remove http from the rule.'));
    }
  });
  return out;
});

export const ingressHosts = defineRule({
  id: 'K8S-ING-003',
  severity: Severity.ERROR,
  title: 'Ingress hosts are DNS names',
  description: 'spec.rules[].host and spec.tls[].hosts must be DNS-1123 subdomains, optionally with a "*." wildcard as the first label; IP addresses are refused.',
  fix: 'Use a DNS name such as shop.example.com or *.example.com.',
  docs: INGRESS_DOCS + '#hostname-wildcards',
  kinds: ['Ingress'],
}, (m) => {
  const spec = specOf(m);
  const out: RuleViolation[] = [];
  arrayAt(spec, 'rules').forEach((rule, r) => out.push(...hostViolations(`spec.rules[${r}].host`, isObject(rule) ? rule.host : undefined)));
  arrayAt(spec, 'tls').forEach((tls, t) => arrayAt(tls, 'hosts').forEach((host, h) => out.push(...hostViolations(`spec.tls[${t}].hosts[${h}]`, host))));
  return out;
});

/** Sequences the API server refuses anywhere in an Exact or Prefix path, and endings it refuses. */
const INVALID_PATH_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_PATH_SUFFIXES = ['/..', '/.'];

/** What the API server finds wrong with a path of this type, in its words; empty when it accepts the path. */
function pathProblems(pathType: string, path: string): string[] {
  if (pathType === 'ImplementationSpecific') return path !== '' && !path.startsWith('/') ? ['must be an absolute path'] : [];
  const problems = path.startsWith('/') ? [] : [path === '' ? 'is required and must be an absolute path' : 'must be an absolute path'];
  if (path === '') return problems;
  for (const sequence of INVALID_PATH_SEQUENCES) if (path.includes(sequence)) problems.push(`must not contain "${sequence}"`);
  for (const suffix of INVALID_PATH_SUFFIXES) if (path.endsWith(suffix)) problems.push(`cannot end with "${suffix}"`);
  return problems;
}

/** The path with empty, "." and ".." segments dropped and %2f/%2F decoded away, as a suggestion. */
function normalPath(path: string): string {
  const segments = path.replace(/%2f/gi, '/').split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
  return `/${segments.join('/')}`;
}

export const ingressPaths = defineRule({
  id: 'K8S-ING-004',
  severity: Severity.ERROR,
  title: 'Ingress paths have a pathType and are absolute, normal paths',
  description: 'networking.k8s.io/v1 requires pathType (Exact, Prefix or ImplementationSpecific) on every path. Exact and Prefix paths are required and must be absolute ("/..."), without "//", "/./", "/../", "%2f" or "%2F" and not ending in "/." or "/.."; an ImplementationSpecific path may be empty, and must be absolute otherwise. The API server refuses anything else ("must be an absolute path", "must not contain \'//\'").',
  fix: 'Set pathType: Prefix and a path starting with "/" in its normal form, e.g. "/api/v1".',
  docs: INGRESS_DOCS + '#path-types',
  kinds: ['Ingress'],
}, (m) => {
  const out: RuleViolation[] = [];
  arrayAt(specOf(m), 'rules').forEach((rule, r) => {
    arrayAt(objectAt(rule, 'http'), 'paths').forEach((p, i) => {
      const base = `spec.rules[${r}].http.paths[${i}]`;
      if (!isObject(p)) {
        out.push(violation(base, `must be a map, got ${show(p)}.`, 'Write each path as { path, pathType, backend }.'));
        return;
      }
      if (p.pathType === undefined || p.pathType === null) {
        out.push(violation(`${base}.pathType`, 'is missing; networking.k8s.io/v1 requires it.', 'Set pathType: Prefix (or Exact).'));
        return;
      }
      if (typeof p.pathType !== 'string' || !PATH_TYPES.includes(p.pathType)) {
        out.push(violation(`${base}.pathType`, `${show(p.pathType)} is not one of ${PATH_TYPES.join(', ')}.`, 'Use Prefix, Exact or ImplementationSpecific.'));
        return;
      }
      if (p.path !== undefined && p.path !== null && typeof p.path !== 'string') {
        out.push(violation(`${base}.path`, `must be a string, got ${show(p.path)}.`, 'Quote the path, e.g. "/api".'));
        return;
      }
      const path = typeof p.path === 'string' ? p.path : '';
      const problems = pathProblems(p.pathType, path);
      if (problems.length === 0) return;
      const fix = !path.startsWith('/')
        ? `Start the path with "/", e.g. "/${path}".`
        : `Write it in its normal form, e.g. ${show(normalPath(path))}, or use pathType ImplementationSpecific if the controller must match it as written.`;
      const message = path === ''
        ? `is ${typeof p.path === 'string' ? 'empty' : 'missing'}; pathType ${p.pathType} requires an absolute path ("/...").`
        : `${show(path)} (pathType ${p.pathType}) ${problems.join(', and ')}.`;
      out.push(violation(`${base}.path`, message, fix));
    });
  });
  return out;
});

function serviceBackendViolations(path: string, backend: unknown): RuleViolation[] {
  if (!isObject(backend)) return [violation(path, `must be a map with a service, got ${show(backend)}.`, 'Write backend: { service: { name, port: { number } } }.')];
  const hasService = backend.service !== undefined;
  const hasResource = backend.resource !== undefined;
  if (hasService === hasResource) {
    return [violation(path, hasService ? 'sets both service and resource.' : 'has neither service nor resource.', 'Set backend.service: { name, port: { number } }.')];
  }
  if (!hasService) return [];
  const service: JsonObject = isObject(backend.service) ? backend.service : {};
  const out: RuleViolation[] = [];
  const name = service.name;
  const nameError = typeof name === 'string' ? dns1035Label(name) : 'must be a string';
  if (nameError) out.push(violation(`${path}.service.name`, `${show(name)} ${nameError}.`, 'Name the backend Service (a DNS-1035 label).'));
  const port = objectAt(service, 'port');
  const hasNumber = port.number !== undefined;
  const hasName = port.name !== undefined && port.name !== '';
  if (hasNumber === hasName) {
    out.push(violation(`${path}.service.port`, hasNumber ? 'sets both number and name.' : 'has neither number nor name.', 'Set port: { number: 80 } or port: { name: "http" }.',
      hasNumber ? undefined : 'Give the backend a port ({ port } or { portName } of ApplicationGatewayBackend), or add a port to its Service.'));
  } else if (hasNumber && !isPortNumber(port.number)) {
    out.push(violation(`${path}.service.port.number`, `${show(port.number)} is not an integer from 1 to 65535.`, 'Use the Service port number.'));
  } else if (hasName) {
    const error = typeof port.name === 'string' ? ianaServiceName(port.name) : 'must be a string';
    if (error) out.push(violation(`${path}.service.port.name`, `${show(port.name)} ${error}.`, 'Use the name of a port of the backend Service.'));
  }
  return out;
}

export const ingressBackendRefs = defineRule({
  id: 'K8S-ING-005',
  severity: Severity.ERROR,
  title: 'Ingress backends name a Service and exactly one port',
  description: 'Each backend is a Service (a DNS-1035 name) with a port given by number (1-65535) or by name, not both; the API server refuses anything else.',
  fix: 'Write backend: { service: { name: "web", port: { number: 80 } } }.',
  docs: INGRESS_DOCS + '#resource-backend',
  kinds: ['Ingress'],
}, (m) => ingressBackends(m).flatMap(({ path, backend }) => serviceBackendViolations(path, backend)));

export const ingressClassOnce = defineRule({
  id: 'K8S-ING-006',
  severity: Severity.ERROR,
  title: 'the kubernetes.io/ingress.class annotation agrees with ingressClassName',
  description: 'The API server refuses a new Ingress whose deprecated kubernetes.io/ingress.class annotation differs from spec.ingressClassName ("must match `ingressClassName` when both are specified"). Before Kubernetes 1.27 it refuses both together even when they are equal ("can not be set when the class field is also set"); 1.27 accepts equal values (kubernetes#115447).',
  fix: 'Keep spec.ingressClassName and remove the kubernetes.io/ingress.class annotation.',
  docs: INGRESS_DOCS + '#deprecated-annotation',
  kinds: ['Ingress'],
  dependsOnCluster: 'An annotation equal to ingressClassName is refused before Kubernetes 1.27 and accepted since (kubernetes#115447): an error with a profile before 1.27, a warning for those versions without the Kubernetes version. A different annotation is an error on every version.',
}, (m, _annotations, _controller, cluster) => {
  const className = specOf(m).ingressClassName;
  const annotation = annotationsOf(m)[INGRESS_CLASS_ANNOTATION];
  if (className === undefined || className === null || annotation === undefined) return [];
  const path = `metadata.annotations[${INGRESS_CLASS_ANNOTATION}]`;
  if (annotation !== className) {
    return [violation(path, `is ${show(annotation)} while spec.ingressClassName is ${show(className)}; the API server refuses an annotation that does not match ingressClassName.`, 'Remove the annotation and keep spec.ingressClassName.')];
  }
  const since = KUBERNETES_CHANGES.ingressClassAnnotationEqual;
  return onClusters(before(cluster, since), beforeText(since), violation(path,
    `is set together with spec.ingressClassName (both ${show(className)}); the API server refuses both together before Kubernetes 1.${since}.`,
    `Remove the annotation and keep spec.ingressClassName (Kubernetes 1.${since} and later accept equal values).`));
});

export const ingressTlsSecret = defineRule({
  id: 'K8S-ING-007',
  severity: Severity.ERROR,
  title: 'TLS secret names are DNS-1123 subdomains',
  description: 'spec.tls[].secretName names a Secret in the Ingress namespace; the API server refuses names that are not DNS-1123 subdomains.',
  fix: 'Use the name of the TLS Secret (lower case, "-" and ".").',
  docs: INGRESS_DOCS + '#tls',
  kinds: ['Ingress'],
}, (m) => arrayAt(specOf(m), 'tls').flatMap((tls, t) => {
  const secret = isObject(tls) ? tls.secretName : undefined;
  if (secret === undefined || secret === '') return [];
  const error = typeof secret === 'string' ? dns1123Subdomain(secret) : 'must be a string';
  return error ? [violation(`spec.tls[${t}].secretName`, `${show(secret)} ${error}.`, 'Use the name of the TLS Secret.')] : [];
}));

export const INGRESS_RULES = [ingressName, ingressHasRoutes, ingressHosts, ingressPaths, ingressBackendRefs, ingressClassOnce, ingressTlsSecret];
