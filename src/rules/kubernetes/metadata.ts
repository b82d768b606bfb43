import { defineRule, onClusters, violation } from '../define';
import { annotationPath, isObject, metadataOf, objectAt, show } from '../manifest';
import { RuleViolation, Severity } from '../rule';
import type { NameCheck } from './names';
import { dns1035Label, dns1123Label, labelValue, namePrefix, qualifiedName } from './names';

const VALIDATION_SOURCE = 'https://github.com/kubernetes/kubernetes/blob/v1.28.0/pkg/apis/core/validation/validation.go';
const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

/**
 * The violation of metadata.generateName, which the API server checks as a name prefix whenever it is set (with or
 * without metadata.name): the kind's name check with a trailing "-" allowed.
 */
export function generateNameViolations(generateName: unknown, check: NameCheck, kind: string, fix: string): RuleViolation[] {
  if (generateName === undefined || generateName === null || generateName === '') return [];
  if (typeof generateName !== 'string') return [violation('metadata.generateName', `must be a string, got ${show(generateName)}.`, 'Quote the prefix, e.g. "web-".')];
  const error = namePrefix(check)(generateName);
  return error ? [violation('metadata.generateName', `${show(generateName)} is not a valid ${kind} name prefix: it ${error} (a prefix may also end in "-").`, fix)] : [];
}

export const serviceName = defineRule({
  id: 'K8S-SVC-001',
  severity: Severity.ERROR,
  title: 'metadata.name (and generateName) is a DNS-1035 label',
  description: 'The API server refuses a Service whose name is missing, longer than 63 characters, or not a DNS-1035 label (it becomes a DNS name in the cluster). metadata.generateName, when set, is checked the same way as a prefix (a trailing "-" allowed), even next to a name.',
  fix: 'Use lower case letters, digits and "-", starting with a letter, at most 63 characters.',
  docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#rfc-1035-label-names',
  follows: 'ValidateObjectMeta with ValidateServiceName (pkg/apis/core/validation/validation.go)',
}, (m) => {
  const metadata = metadataOf(m);
  const name = metadata.name;
  const prefix = generateNameViolations(metadata.generateName, dns1035Label, 'Service',
    'Use a prefix such as "web-": lower case letters, digits and "-", starting with a letter, at most 63 characters (the API server keeps the first 58 and appends 5 random characters).');
  if (name === undefined) {
    if (typeof metadata.generateName === 'string' && metadata.generateName !== '') return prefix;
    return [violation('metadata.name', 'the Service has no name.', 'Set metadata.name.')];
  }
  if (typeof name !== 'string') return [violation('metadata.name', `must be a string, got ${show(name)}.`, 'Quote the name.'), ...prefix];
  const error = dns1035Label(name);
  return error ? [violation('metadata.name', `${show(name)} ${error}.`, 'Rename it, e.g. lower case letters, digits and "-", starting with a letter.'), ...prefix] : prefix;
});

export const namespaceName = defineRule({
  id: 'K8S-SVC-002',
  severity: Severity.ERROR,
  title: 'metadata.namespace is a DNS-1123 label',
  description: 'The API server refuses an object whose namespace is not a DNS-1123 label.',
  fix: 'Use lower case letters, digits and "-", at most 63 characters.',
  docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/',
  kinds: ['Service', 'Ingress'],
  follows: 'ValidateObjectMeta: ValidateNamespaceName (k8s.io/apimachinery pkg/api/validation/objectmeta.go)',
}, (m) => {
  const namespace = metadataOf(m).namespace;
  if (namespace === undefined) return [];
  if (typeof namespace !== 'string') return [violation('metadata.namespace', `must be a string, got ${show(namespace)}.`, 'Quote the namespace.')];
  const error = dns1123Label(namespace);
  return error ? [violation('metadata.namespace', `${show(namespace)} ${error}.`, 'Use an existing namespace with a valid name.')] : [];
});

export const annotationKeys = defineRule({
  id: 'K8S-SVC-003',
  severity: Severity.ERROR,
  title: 'annotation keys are qualified names',
  description: 'An annotation key is an optional DNS subdomain prefix and "/" and a name of at most 63 characters; the API server refuses any other key. It checks the key lower-cased, so upper-case letters in the prefix are accepted (label and selector keys are not lower-cased: K8S-SVC-006, K8S-SVC-023). A typo such as a space or a second "/" usually means the cloud controller never sees the setting.',
  fix: 'Correct the key; cloud keys look like service.beta.kubernetes.io/<name>.',
  docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/#syntax-and-character-set',
  kinds: ['Service', 'Ingress'],
  follows: 'ValidateAnnotations, which lower-cases each key first (k8s.io/apimachinery pkg/api/validation/objectmeta.go)',
}, (m) => {
  const annotations = objectAt(metadataOf(m), 'annotations');
  const out: RuleViolation[] = [];
  for (const key of Object.keys(annotations)) {
    const error = qualifiedName(key.toLowerCase());
    if (error) out.push(violation(annotationPath(key), `the key ${show(key)} is not valid: ${error}.`, 'Correct the annotation key.'));
  }
  return out;
});

export const annotationValues = defineRule({
  id: 'K8S-SVC-004',
  severity: Severity.ERROR,
  title: 'annotation values are strings',
  description: 'Annotations are a map of strings: an unquoted YAML `true`, `42` or a list makes the API server refuse the whole object ("cannot unmarshal bool into Go struct field ... of type string").',
  fix: 'Quote the value, e.g. "true" or "42".',
  docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/',
  kinds: ['Service', 'Ingress'],
  follows: 'the JSON decoding of ObjectMeta (k8s.io/apimachinery pkg/apis/meta/v1/types.go: annotations map[string]string): a value that is not a string is refused before validation',
}, (m) => {
  const metadata = metadataOf(m);
  if (metadata.annotations !== undefined && metadata.annotations !== null && !isObject(metadata.annotations)) {
    return [violation('metadata.annotations', `must be a map of strings, got ${show(metadata.annotations)}.`, 'Write the annotations as a map of key: "value".')];
  }
  const annotations = objectAt(metadata, 'annotations');
  const out: RuleViolation[] = [];
  for (const key of Object.keys(annotations)) {
    const value = annotations[key];
    if (typeof value !== 'string') {
      const scalar = typeof value === 'number' || typeof value === 'boolean';
      const type = Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value === 'object' ? 'map' : typeof value;
      out.push(violation(annotationPath(key), `the value ${show(value)} is a ${type}, not a string.`,
        scalar ? `Quote it: "${value}".` : 'Write the value as one quoted string (serialize structured data, e.g. as JSON, inside the quotes).'));
    }
  }
  return out;
});

export const annotationSize = defineRule({
  id: 'K8S-SVC-005',
  severity: Severity.ERROR,
  title: 'annotations total at most 256 KiB',
  description: 'The API server refuses an object whose annotation keys and values add up to more than 262144 bytes.',
  fix: 'Move large data out of annotations (into a ConfigMap, say).',
  docs: VALIDATION_SOURCE,
  kinds: ['Service', 'Ingress'],
  follows: 'ValidateAnnotationsSize (k8s.io/apimachinery pkg/api/validation/objectmeta.go)',
}, (m) => {
  const annotations = objectAt(metadataOf(m), 'annotations');
  // A UTF-16 code unit is at most 3 bytes of UTF-8: when three times the length fits, the exact count cannot exceed.
  let units = 0;
  for (const key of Object.keys(annotations)) {
    const value = annotations[key];
    units += key.length + (typeof value === 'string' ? value.length : 0);
  }
  if (units * 3 <= TOTAL_ANNOTATION_SIZE_LIMIT) return [];
  let total = 0;
  for (const key of Object.keys(annotations)) {
    const value = annotations[key];
    total += Buffer.byteLength(key) + (typeof value === 'string' ? Buffer.byteLength(value) : 0);
  }
  return total > TOTAL_ANNOTATION_SIZE_LIMIT
    ? [violation('metadata.annotations', `the annotations total ${total} bytes, more than the limit of ${TOTAL_ANNOTATION_SIZE_LIMIT}.`, 'Remove or shorten the largest annotations.')]
    : [];
});

/** Keys and values of a label map (metadata.labels or spec.selector). */
export function checkLabelMap(path: string, labels: unknown): RuleViolation[] {
  if (labels === undefined || labels === null) return [];
  if (!isObject(labels)) return [violation(path, `must be a map of strings, got ${show(labels)}.`, 'Write it as a map of key: "value".')];
  const out: RuleViolation[] = [];
  for (const key of Object.keys(labels)) {
    const keyError = qualifiedName(key);
    if (keyError) out.push(violation(`${path}[${key}]`, `the key ${show(key)} is not valid: ${keyError}.`, 'Correct the label key.'));
    const value = labels[key];
    if (typeof value !== 'string') {
      out.push(violation(`${path}[${key}]`, `the value ${show(value)} is not a string.`, 'Quote the value.'));
      continue;
    }
    const valueError = labelValue(value);
    if (valueError) out.push(violation(`${path}[${key}]`, `the value ${show(value)} ${valueError}.`, 'Use a valid label value (at most 63 characters).'));
  }
  return out;
}

export const labels = defineRule({
  id: 'K8S-SVC-006',
  severity: Severity.ERROR,
  title: 'labels are valid label keys and values',
  description: 'The API server refuses label keys that are not qualified names and values longer than 63 characters or with other characters than alphanumerics, "-", "_" and ".".',
  fix: 'Correct the label.',
  docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set',
  kinds: ['Service', 'Ingress'],
  follows: 'ValidateLabels (k8s.io/apimachinery pkg/apis/meta/v1/validation/validation.go); keys are not lower-cased',
}, (m) => checkLabelMap('metadata.labels', metadataOf(m).labels));

const TOPOLOGY_MODE = 'service.kubernetes.io/topology-mode';
const TOPOLOGY_AWARE_HINTS = 'service.kubernetes.io/topology-aware-hints';

export const topologyAnnotations = defineRule({
  id: 'K8S-SVC-028',
  severity: Severity.ERROR,
  title: 'the topology-mode annotation agrees with the deprecated topology-aware-hints annotation',
  description: `The API server refuses a Service whose ${TOPOLOGY_MODE} annotation differs from the deprecated ${TOPOLOGY_AWARE_HINTS} annotation when both are set ("must match annotations[${TOPOLOGY_AWARE_HINTS}] when both are specified").`,
  fix: `Keep ${TOPOLOGY_MODE} and remove ${TOPOLOGY_AWARE_HINTS} (or give both the same value).`,
  docs: 'https://kubernetes.io/docs/concepts/services-networking/topology-aware-routing/',
  follows: 'ValidateService: the topology-mode and topology-aware-hints annotations (pkg/apis/core/validation/validation.go)',
}, (m) => {
  const annotations = objectAt(metadataOf(m), 'annotations');
  const mode = annotations[TOPOLOGY_MODE];
  const hints = annotations[TOPOLOGY_AWARE_HINTS];
  if (mode === undefined || hints === undefined || mode === hints) return [];
  return [violation(annotationPath(TOPOLOGY_MODE), `is ${show(mode)} while the deprecated ${TOPOLOGY_AWARE_HINTS} annotation is ${show(hints)}; the API server refuses the two when they differ.`,
    `Remove the ${TOPOLOGY_AWARE_HINTS} annotation (${TOPOLOGY_MODE} replaces it), or set it to ${show(mode)} too.`)];
});

export const deprecatedTopologyHints = defineRule({
  id: 'K8S-SVC-031',
  severity: Severity.WARNING,
  title: 'no deprecated topology-aware-hints annotation',
  description: `Since Kubernetes 1.27 ${TOPOLOGY_MODE} replaces ${TOPOLOGY_AWARE_HINTS}, and the API server answers a Service that sets the old one with a warning ("annotation ${TOPOLOGY_AWARE_HINTS} is deprecated, please use ${TOPOLOGY_MODE} instead"). Before 1.27 the old annotation is the only one.`,
  fix: `Rename the annotation to ${TOPOLOGY_MODE} (same value).`,
  docs: 'https://kubernetes.io/docs/concepts/services-networking/topology-aware-routing/',
  follows: 'GetWarningsForService (pkg/api/service/warnings.go)',
  dependsOnCluster: 'A warning from Kubernetes 1.27 (topology-mode replaces the annotation); nothing on 1.26; for 1.27 and later when the profile does not name the version.',
}, (m, _annotations, _controller, cluster) => {
  const hints = objectAt(metadataOf(m), 'annotations')[TOPOLOGY_AWARE_HINTS];
  if (hints === undefined) return [];
  return onClusters(cluster.kubernetesAtLeast(27), 'Kubernetes 1.27 and later', violation(annotationPath(TOPOLOGY_AWARE_HINTS),
    `${show(hints)}: the annotation is deprecated since Kubernetes 1.27 and the API server warns about it; ${TOPOLOGY_MODE} replaces it.`,
    `Write ${TOPOLOGY_MODE}: ${show(hints)} instead.`));
});

export const METADATA_RULES = [
  serviceName, namespaceName, annotationKeys, annotationValues, annotationSize, labels, topologyAnnotations, deprecatedTopologyHints,
];
