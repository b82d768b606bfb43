import { defineRule, violation } from '../define';
import { isObject, show } from '../manifest';
import { RuleViolation, Severity } from '../rule';

/**
 * The string fields of a Service and an Ingress as the API server's Go types declare them, for the type check the
 * JSON decoding does before any validation. `string` a string, `strings` a list of strings, `map` a map of strings,
 * an object its fields, `[x]` a list of x. Annotations and finalizers are left out: K8S-SVC-004 and K8S-META-001 judge
 * their types with their own messages. Integer and int-or-string fields (ports) are the port rules'.
 */
type FieldType = 'string' | 'strings' | 'map' | { readonly [field: string]: FieldType } | readonly [FieldType];

const OBJECT_META: FieldType = { name: 'string', generateName: 'string', namespace: 'string', labels: 'map' };

const SERVICE: FieldType = {
  apiVersion: 'string',
  metadata: OBJECT_META,
  spec: {
    type: 'string',
    clusterIP: 'string',
    clusterIPs: 'strings',
    externalIPs: 'strings',
    loadBalancerIP: 'string',
    loadBalancerSourceRanges: 'strings',
    externalName: 'string',
    externalTrafficPolicy: 'string',
    sessionAffinity: 'string',
    ipFamilies: 'strings',
    ipFamilyPolicy: 'string',
    loadBalancerClass: 'string',
    internalTrafficPolicy: 'string',
    trafficDistribution: 'string',
    selector: 'map',
    ports: [{ name: 'string', protocol: 'string', appProtocol: 'string' }],
  },
};

const INGRESS_BACKEND: FieldType = {
  service: { name: 'string', port: { name: 'string' } },
  resource: { apiGroup: 'string', kind: 'string', name: 'string' },
};

const INGRESS: FieldType = {
  apiVersion: 'string',
  metadata: OBJECT_META,
  spec: {
    ingressClassName: 'string',
    defaultBackend: INGRESS_BACKEND,
    rules: [{ host: 'string', http: { paths: [{ path: 'string', pathType: 'string', backend: INGRESS_BACKEND }] } }],
    tls: [{ hosts: 'strings', secretName: 'string' }],
  },
};

/** The Go name of a JSON value's type, as encoding/json names it in "cannot unmarshal X into ...". */
function jsonTypeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  return typeof value === 'boolean' ? 'bool' : typeof value === 'number' ? 'number' : typeof value;
}

const KUBERNETES_READS_AS_OTHER = 'Kubernetes reads YAML 1.1: unquoted, 0x1F, 0o17 and 017 are numbers, yes, on and y booleans.';

/** The type with its article, for a message: "an array", "a number". */
function aJsonType(value: unknown): string {
  const type = jsonTypeOf(value);
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function notString(path: string, value: unknown): RuleViolation {
  const scalar = typeof value === 'number' || typeof value === 'boolean';
  return violation(path,
    `${show(value)} is ${aJsonType(value)}, not a string: the API server refuses the object ("cannot unmarshal ${jsonTypeOf(value)} into Go struct field ... of type string").${scalar ? ` ${KUBERNETES_READS_AS_OTHER}` : ''}`,
    scalar ? 'Quote the value as you wrote it, e.g. "0x1F" or "yes" instead of 0x1F or yes.' : 'Write one quoted string.');
}

function notContainer(path: string, value: unknown, expected: string, example: string): RuleViolation {
  return violation(path, `${show(value)} is ${aJsonType(value)}, not ${expected}: the API server refuses the object ("cannot unmarshal ${jsonTypeOf(value)} into Go struct field").`, `Write ${expected}, e.g. ${example}.`);
}

/** Whether a value decodes as its type: the usual object does, and no path is built. */
function decodes(value: unknown, type: FieldType): boolean {
  if (value === undefined || value === null) return true;
  if (type === 'string') return typeof value === 'string';
  if (type === 'strings') return Array.isArray(value) && value.every((item) => item === null || typeof item === 'string');
  if (type === 'map') {
    if (!isObject(value)) return false;
    for (const key of Object.keys(value)) if (value[key] !== null && typeof value[key] !== 'string') return false;
    return true;
  }
  if (Array.isArray(type)) return Array.isArray(value) && value.every((item) => decodes(item, type[0]));
  if (!isObject(value)) return false;
  const fields = type as { readonly [field: string]: FieldType };
  for (const field of Object.keys(fields)) if (!decodes(value[field], fields[field])) return false;
  return true;
}

/** The violations of one value against its type; absent and null values decode as empty (encoding/json). */
function typeViolations(path: string, value: unknown, type: FieldType, out: RuleViolation[]): void {
  if (value === undefined || value === null) return;
  if (type === 'string') {
    if (typeof value !== 'string') out.push(notString(path, value));
  } else if (type === 'strings') {
    if (!Array.isArray(value)) out.push(notContainer(path, value, 'a list of strings', '["a", "b"]'));
    else value.forEach((item, i) => typeViolations(`${path}[${i}]`, item, 'string', out));
  } else if (type === 'map') {
    if (!isObject(value)) out.push(notContainer(path, value, 'a map of strings', '{ app: "web" }'));
    else for (const key of Object.keys(value)) typeViolations(`${path}[${key}]`, value[key], 'string', out);
  } else if (Array.isArray(type)) {
    if (!Array.isArray(value)) out.push(notContainer(path, value, 'a list', '[ ... ]'));
    else value.forEach((item, i) => typeViolations(`${path}[${i}]`, item, type[0], out));
  } else if (!isObject(value)) {
    out.push(notContainer(path, value, 'an object', '{ ... }'));
  } else {
    const fields = type as { readonly [field: string]: FieldType };
    for (const field of Object.keys(fields)) typeViolations(path === '' ? field : `${path}.${field}`, value[field], fields[field], out);
  }
}

export const stringFields = defineRule({
  id: 'K8S-META-002',
  severity: Severity.ERROR,
  reportsUndecodable: true,
  title: 'string fields hold strings',
  description: 'The API server decodes the object into its Go types before it validates anything: a label, selector value, name, port name, protocol, host, path or other string field that holds a number, a boolean, a list or a map makes it refuse the whole object ("cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string"). '
    + 'In YAML the usual cause is an unquoted value that Kubernetes reads as YAML 1.1 (go-yaml v2): 0x1F, 0X1F, 0o17 and 017 are numbers, yes, on and y booleans, where YAML 1.2 tools read strings. '
    + 'A null is not refused (it decodes as empty). Annotations (K8S-SVC-004) and finalizers (K8S-META-001) have their own rules; another rule\'s finding on a field this rule refuses is left out, since the API server never gets to judge the value.',
  fix: 'Quote the value, e.g. app: "0X1F" or enabled: "yes".',
  docs: 'https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation',
  kinds: ['Service', 'Ingress'],
  follows: 'the JSON decoding of the request body into core.Service and networking.Ingress (k8s.io/apimachinery pkg/runtime/serializer/json, sigs.k8s.io/json), after sigs.k8s.io/yaml turned the YAML into JSON with go-yaml v2 (resolve.go)',
}, (m) => {
  const type = isObject(m) && m.kind === 'Ingress' ? INGRESS : SERVICE;
  if (decodes(m, type)) return [];
  const out: RuleViolation[] = [];
  typeViolations('', m, type, out);
  return out;
});

export const FIELD_TYPE_RULES = [stringFields];
