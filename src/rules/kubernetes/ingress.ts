import { defineRule, onClusters, violation } from '../define';
import { annotationsOf, arrayAt, isObject, isPortNumber, JsonObject, metadataOf, objectAt, show, specOf } from '../manifest';
import { lenientIpFamilyOf, standardIp } from '../net';
import { RuleViolation, Severity } from '../rule';
import { generateNameViolations } from './metadata';
import { dns1035Label, dns1123Subdomain, ianaServiceName, wildcardDns1123Subdomain } from './names';
import { before, beforeText, KUBERNETES_CHANGES } from './versions';
import { KubernetesKeys } from '../../core/model/kubernetes-keys';

const INGRESS_DOCS = 'https://kubernetes.io/docs/concepts/services-networking/ingress/';
const INGRESS_CLASS_ANNOTATION = KubernetesKeys.INGRESS_CLASS;
const PATH_TYPES = ['Exact', 'Prefix', 'ImplementationSpecific'];

const VALIDATION_GO = 'pkg/apis/networking/validation/validation.go';

/** `null` decodes to the field's zero value (an absent pointer, an empty string): the API server sees no value. */
function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/**
 * Every backend of an Ingress the API server validates, with its path in the manifest: the default backend (unless
 * absent or null) and each rule path's (a struct there: a missing one is validated as an empty one).
 */
export function ingressBackends(manifest: unknown): Array<{ path: string; backend: unknown }> {
  const spec = specOf(manifest);
  const result: Array<{ path: string; backend: unknown }> = [];
  if (present(spec.defaultBackend)) result.push({ path: 'spec.defaultBackend', backend: spec.defaultBackend });
  arrayAt(spec, 'rules').forEach((rule, r) => {
    arrayAt(objectAt(rule, 'http'), 'paths').forEach((p, i) => {
      result.push({ path: `spec.rules[${r}].http.paths[${i}].backend`, backend: isObject(p) ? p.backend : undefined });
    });
  });
  return result;
}

/** validateIngressRules on spec.rules[].host: empty means every host; an IP address is refused; else a (wildcard) DNS-1123 subdomain. */
function ruleHostViolations(path: string, host: unknown): RuleViolation[] {
  if (!present(host) || host === '') return [];
  if (typeof host !== 'string') return [violation(path, `must be a string, got ${show(host)}.`, 'Quote the host name.')];
  // netutils.ParseIPSloppy: an IPv4 address with leading zeros ("010.0.0.1") is the address 10.0.0.1.
  if (lenientIpFamilyOf(host) !== undefined) {
    const ip = standardIp(host);
    const read = ip === host ? '' : ` (the API server reads it as ${ip}: it parses IPv4 leniently, leading zeros ignored)`;
    return [violation(path, `${show(host)} is an IP address${read}; the API server refuses an IP address as a rule host ("must be a DNS name, not an IP address").`,
      'Use a DNS name that resolves to the load balancer, or omit host to match every request.')];
  }
  return dnsHostViolations(path, host, 'Use a lower-case DNS name such as shop.example.com or *.example.com.');
}

/**
 * validateIngressTLS on spec.tls[].hosts[]: only a DNS-1123 subdomain check (a wildcard one when the host has a "*"),
 * so an IPv4 address passes and an empty host is refused; null decodes to "".
 */
function tlsHostViolations(path: string, host: unknown): RuleViolation[] {
  if (!present(host) || host === '') {
    return [violation(path, `is ${host === '' ? 'an empty string' : 'null'}; the API server refuses an empty TLS host (it is no DNS-1123 subdomain).`,
      'Remove the empty entry, or name the host the certificate is for, e.g. shop.example.com; leave hosts out to use the certificate for every host.')];
  }
  if (typeof host !== 'string') return [violation(path, `must be a string, got ${show(host)}.`, 'Quote the host name.')];
  return dnsHostViolations(path, host, 'Use a host name of the certificate in lower case, such as shop.example.com or *.example.com.');
}

function dnsHostViolations(path: string, host: string, fix: string): RuleViolation[] {
  const error = host.includes('*') ? wildcardDns1123Subdomain(host) : dns1123Subdomain(host);
  return error ? [violation(path, `${show(host)} ${error}.`, fix)] : [];
}

export const ingressName = defineRule({
  id: 'K8S-ING-001',
  severity: Severity.ERROR,
  title: 'Ingress metadata.name (and generateName) is a DNS-1123 subdomain',
  description: 'The API server refuses an Ingress without a name or with a name that is not a DNS-1123 subdomain (lower case, at most 253 characters). metadata.generateName, when set, is checked the same way as a prefix (a trailing "-" allowed).',
  fix: 'Use lower case letters, digits, "-" and ".".',
  docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-subdomain-names',
  kinds: ['Ingress'],
  follows: `validateIngress: ValidateObjectMeta with ValidateIngressName, a DNS-1123 subdomain (${VALIDATION_GO})`,
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
  follows: `ValidateIngressSpec and validateHTTPIngressRuleValue (${VALIDATION_GO})`,
}, (m) => {
  const spec = specOf(m);
  const rules = arrayAt(spec, 'rules');
  if (rules.length === 0 && !present(spec.defaultBackend)) {
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
  title: 'Ingress rule hosts are DNS names, TLS hosts DNS-1123 subdomains',
  description: 'spec.rules[].host, when set, must not be an IP address ("must be a DNS name, not an IP address"; the API server parses IPv4 leniently, '
    + 'so "010.0.0.1" is the IP 10.0.0.1) and must be a DNS-1123 subdomain, or "*." and one, when it contains a "*" (at most 253 characters). '
    + 'spec.tls[].hosts[] get the (wildcard) DNS-1123 subdomain check only: an empty host is refused, an IPv4 address is accepted there.',
  fix: 'Use a DNS name such as shop.example.com or *.example.com.',
  docs: INGRESS_DOCS + '#hostname-wildcards',
  kinds: ['Ingress'],
  follows: `validateIngressRules (rule hosts) and validateIngressTLS (TLS hosts) (${VALIDATION_GO})`,
}, (m) => {
  const spec = specOf(m);
  const out: RuleViolation[] = [];
  arrayAt(spec, 'rules').forEach((rule, r) => out.push(...ruleHostViolations(`spec.rules[${r}].host`, isObject(rule) ? rule.host : undefined)));
  arrayAt(spec, 'tls').forEach((tls, t) => arrayAt(tls, 'hosts').forEach((host, h) => out.push(...tlsHostViolations(`spec.tls[${t}].hosts[${h}]`, host))));
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
  follows: `validateHTTPIngressPath (${VALIDATION_GO}); networking.k8s.io/v1 defaults no pathType (only v1beta1 did, to ImplementationSpecific)`,
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

/** The three cases of validateIngressBackend: both (refused), a resource, a Service; neither (refused). null is absent. */
function backendViolations(path: string, backend: unknown): RuleViolation[] {
  if (!present(backend)) {
    return [violation(path, 'is missing; every path needs a backend, a Service or a resource ("resource or service backend is required").', 'Write backend: { service: { name, port: { number } } }.')];
  }
  if (!isObject(backend)) return [violation(path, `must be a map with a service, got ${show(backend)}.`, 'Write backend: { service: { name, port: { number } } }.')];
  const hasService = present(backend.service);
  const hasResource = present(backend.resource);
  if (hasService && hasResource) {
    return [violation(path, 'sets both service and resource; the API server refuses both ("cannot set both resource and service backends").', 'Keep backend.service: { name, port: { number } } (or only backend.resource).')];
  }
  if (hasResource) return resourceViolations(`${path}.resource`, backend.resource);
  if (!hasService) {
    return [violation(path, 'has neither service nor resource; the API server requires one ("resource or service backend is required").', 'Set backend.service: { name, port: { number } }.')];
  }
  return serviceViolations(path, backend.service);
}

function serviceViolations(path: string, value: unknown): RuleViolation[] {
  const service: JsonObject = isObject(value) ? value : {};
  const out: RuleViolation[] = [];
  const name = service.name;
  if (!present(name) || name === '') {
    out.push(violation(`${path}.service.name`, 'is missing; a Service backend names its Service (Required value).', 'Set service.name to the name of the backend Service (a DNS-1035 label).'));
  } else {
    const nameError = typeof name === 'string' ? dns1035Label(name) : 'must be a string';
    if (nameError) out.push(violation(`${path}.service.name`, `${show(name)} ${nameError}.`, 'Name the backend Service (a DNS-1035 label).'));
  }
  const port = objectAt(service, 'port');
  // The API server reads a number of 0 and an empty name as unset (the zero values of the fields).
  const hasNumber = present(port.number) && port.number !== 0;
  const hasName = present(port.name) && port.name !== '';
  if (hasNumber && hasName) {
    out.push(violation(`${path}.service.port`, `sets both number ${show(port.number)} and name ${show(port.name)}; the API server refuses both ("cannot set both port name & port number").`,
      'Set port: { number: 80 } or port: { name: "http" }.'));
  } else if (!hasNumber && !hasName) {
    const zero = port.number === 0 ? ' (number 0 means unset)' : '';
    out.push(violation(`${path}.service.port`, `has neither a number nor a name${zero}; the API server requires one ("port name or number is required").`,
      'Set port: { number: 80 } or port: { name: "http" }.',
      'Give the backend a port ({ port } or { portName } of ApplicationGatewayBackend), or add a port to its Service.'));
  } else if (hasNumber && !isPortNumber(port.number)) {
    out.push(violation(`${path}.service.port.number`, `${show(port.number)} is not an integer from 1 to 65535.`, 'Use the Service port number.'));
  } else if (hasName) {
    const error = typeof port.name === 'string' ? ianaServiceName(port.name) : 'must be a string';
    if (error) out.push(violation(`${path}.service.port.name`, `${show(port.name)} ${error}.`, 'Use the name of a port of the backend Service.'));
  }
  return out;
}

/** IsValidPathSegmentName: what the API server finds wrong with a kind or name that becomes a segment of a URL path. */
function pathSegmentProblem(value: string): string | undefined {
  if (value === '.' || value === '..') return `may not be '${value}'`;
  const problems = ['/', '%'].filter((c) => value.includes(c)).map((c) => `may not contain '${c}'`);
  return problems.length === 0 ? undefined : problems.join(' and ');
}

/** validateIngressTypedLocalObjectReference: apiGroup a DNS-1123 subdomain when set, kind and name required path segments. */
function resourceViolations(path: string, resource: unknown): RuleViolation[] {
  if (!isObject(resource)) {
    return [violation(path, `must be a map { apiGroup, kind, name }, got ${show(resource)}.`, 'Write resource: { apiGroup: "example.com", kind: "StorageBucket", name: "static-assets" }.')];
  }
  const out: RuleViolation[] = [];
  const apiGroup = resource.apiGroup;
  if (present(apiGroup)) {
    if (apiGroup === '') {
      out.push(violation(`${path}.apiGroup`, 'is an empty string, which is no DNS-1123 subdomain; the API server refuses it.', 'Leave apiGroup out for a kind of the core API group, or name the group, e.g. "example.com".'));
    } else {
      const error = typeof apiGroup === 'string' ? dns1123Subdomain(apiGroup) : 'must be a string';
      if (error) out.push(violation(`${path}.apiGroup`, `${show(apiGroup)} ${error}.`, 'Use the API group of the resource, e.g. "example.com" (no version: not "example.com/v1").'));
    }
  }
  for (const field of ['kind', 'name']) {
    const value = resource[field];
    if (!present(value) || value === '') {
      out.push(violation(`${path}.${field}`, `is missing; the API server requires the ${field} of a resource backend ("${field} is required").`,
        field === 'kind' ? 'Set kind to the kind of the resource, e.g. "StorageBucket".' : 'Set name to the name of the resource, in the namespace of the Ingress.'));
      continue;
    }
    const error = typeof value === 'string' ? pathSegmentProblem(value) : 'must be a string';
    if (error) out.push(violation(`${path}.${field}`, `${show(value)} ${error}.`, `Use the ${field} of the resource as it is, e.g. ${field === 'kind' ? '"StorageBucket"' : '"static-assets"'}.`));
  }
  return out;
}

export const ingressBackendRefs = defineRule({
  id: 'K8S-ING-005',
  severity: Severity.ERROR,
  title: 'Ingress backends name a Service and exactly one port, or a resource by kind and name',
  description: 'Each backend is a Service or a resource, not both. A Service backend has a name (a DNS-1035 label) and a port given by number (1-65535) or by name, not both; '
    + 'a number of 0 and an empty name count as unset. A resource backend has a kind and a name, neither "." nor ".." nor containing "/" or "%", and an apiGroup, when set, '
    + 'that is a DNS-1123 subdomain (an empty apiGroup is refused). The API server refuses anything else.',
  fix: 'Write backend: { service: { name: "web", port: { number: 80 } } }.',
  docs: INGRESS_DOCS + '#resource-backend',
  kinds: ['Ingress'],
  follows: `validateIngressBackend and validateIngressTypedLocalObjectReference (${VALIDATION_GO})`,
}, (m) => ingressBackends(m).flatMap(({ path, backend }) => backendViolations(path, backend)));

export const ingressClassOnce = defineRule({
  id: 'K8S-ING-006',
  severity: Severity.ERROR,
  title: 'the kubernetes.io/ingress.class annotation agrees with ingressClassName',
  description: 'The API server refuses a new Ingress whose deprecated kubernetes.io/ingress.class annotation differs from spec.ingressClassName ("must match `ingressClassName` when both are specified"). Before Kubernetes 1.27 it refuses both together even when they are equal ("can not be set when the class field is also set"); 1.27 accepts equal values (kubernetes#115447).',
  fix: 'Keep spec.ingressClassName and remove the kubernetes.io/ingress.class annotation.',
  docs: INGRESS_DOCS + '#deprecated-annotation',
  kinds: ['Ingress'],
  follows: `ValidateIngressCreate (${VALIDATION_GO})`,
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
  follows: `validateIngressTLS: validateTLSSecretName, empty allowed (${VALIDATION_GO})`,
}, (m) => arrayAt(specOf(m), 'tls').flatMap((tls, t) => {
  const secret = isObject(tls) ? tls.secretName : undefined;
  if (!present(secret) || secret === '') return []; // an empty secretName (or null, decoded as "") is allowed
  const error = typeof secret === 'string' ? dns1123Subdomain(secret) : 'must be a string';
  return error ? [violation(`spec.tls[${t}].secretName`, `${show(secret)} ${error}.`, 'Use the name of the TLS Secret.')] : [];
}));

export const ingressClassName = defineRule({
  id: 'K8S-ING-009',
  severity: Severity.ERROR,
  title: 'spec.ingressClassName is a DNS-1123 subdomain',
  description: 'spec.ingressClassName names an IngressClass, and the API server checks it as IngressClass names are checked (ValidateIngressClassName, a DNS-1123 subdomain): '
    + 'upper case, "_", "/" and the empty string are refused. Left out (or null), the cluster\'s default IngressClass applies.',
  fix: 'Use the name of an IngressClass of the cluster (kubectl get ingressclass), e.g. "nginx" or "azure-application-gateway", or leave ingressClassName out.',
  docs: INGRESS_DOCS + '#ingress-class',
  kinds: ['Ingress'],
  follows: `ValidateIngressSpec with ValidateIngressClassName (${VALIDATION_GO})`,
}, (m) => {
  const name = specOf(m).ingressClassName;
  if (!present(name)) return [];
  const path = 'spec.ingressClassName';
  if (name === '') {
    return [violation(path, 'is an empty string; the API server refuses it (no DNS-1123 subdomain), it does not read it as unset.',
      'Leave ingressClassName out to use the default IngressClass, or name an IngressClass, e.g. "nginx".')];
  }
  const error = typeof name === 'string' ? dns1123Subdomain(name) : 'must be a string';
  if (!error) return [];
  const lower = typeof name === 'string' ? name.toLowerCase().replace(/[^-a-z0-9.]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') : '';
  const suggestion = lower !== '' && dns1123Subdomain(lower) === undefined ? `, e.g. ${show(lower)}` : '';
  return [violation(path, `${show(name)} ${error}; IngressClass names are DNS-1123 subdomains.`,
    `Use the name of an IngressClass of the cluster (kubectl get ingressclass)${suggestion}.`)];
});

export const INGRESS_RULES = [
  ingressName, ingressHasRoutes, ingressHosts, ingressPaths, ingressBackendRefs, ingressClassOnce, ingressTlsSecret, ingressClassName,
];
