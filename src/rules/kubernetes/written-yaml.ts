import { resolvePlainScalar } from '../../yaml/yaml11';
import { defineRule, violation } from '../define';
import { isObject, show } from '../manifest';
import { RuleViolation, Severity } from '../rule';

/**
 * The plain scalars that cdk8s's YAML writer (the `yaml` package with its YAML 1.1 schema, cdk8s `Yaml.stringify`)
 * takes for another type, and so quotes when they are strings: its yaml-1.1 int, float, bool, null and timestamp
 * tests. A string that matches none is written without quotes.
 */
const YAML_1_1_NON_STRINGS: readonly RegExp[] = [
  /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON|N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  /^[-+]?0b[0-1_]+$/,
  /^[-+]?0[0-7_]+$/,
  /^[-+]?[0-9][0-9_]*$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/,
];

/**
 * What Kubernetes reads for a string that cdk8s writes without quotes, when that is not the string: `0X1F` is the
 * number 31 to go-yaml v2 (Go's integer syntax takes an upper-case X and 0o), but a string to YAML 1.1 writers.
 */
export function misreadWhenWritten(text: string): string | undefined {
  const resolved = resolvePlainScalar(text);
  if (resolved.type === 'str') return undefined;
  if (YAML_1_1_NON_STRINGS.some((re) => re.test(text))) return undefined;
  return resolved.type === 'null' ? 'null' : `the ${resolved.type === 'bool' ? 'boolean' : 'number'} ${String(resolved.value)}`;
}

/**
 * The first characters of every string misreadWhenWritten can flag (the words and null are the same in both
 * readings; the numbers start with a digit, a sign or a dot): a quick test before the resolution.
 */
function mayBeMisread(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 48 && first <= 57) || first === 43 /* + */ || first === 45 /* - */ || first === 46 /* . */;
}

/** The maps whose keys are the user's data, shown in brackets: metadata.labels[app]. */
const DATA_MAPS = /(?:^|\.)(?:annotations|labels|selector|matchLabels)$/;

function childPath(path: string, key: string): string {
  if (path === '') return key;
  return DATA_MAPS.test(path) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${path}[${key}]` : `${path}.${key}`;
}

/** Whether any string of the tree, value or key, is misread: the usual object has none, and no path is built. */
function anyMisread(value: unknown): boolean {
  if (typeof value === 'string') return mayBeMisread(value) && misreadWhenWritten(value) !== undefined;
  if (Array.isArray(value)) return value.some(anyMisread);
  if (!isObject(value)) return false;
  for (const key of Object.keys(value)) {
    if ((mayBeMisread(key) && misreadWhenWritten(key) !== undefined) || anyMisread(value[key])) return true;
  }
  return false;
}

function walk(path: string, value: unknown, out: RuleViolation[]): void {
  if (typeof value === 'string') {
    const misread = mayBeMisread(value) ? misreadWhenWritten(value) : undefined;
    if (misread !== undefined) out.push(misreadViolation(path, value, misread, 'value'));
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => walk(`${path}[${i}]`, item, out));
  } else if (isObject(value)) {
    for (const key of Object.keys(value)) {
      const at = childPath(path, key);
      const misread = mayBeMisread(key) ? misreadWhenWritten(key) : undefined;
      if (misread !== undefined) out.push(misreadViolation(at, key, misread, 'key'));
      walk(at, value[key], out);
    }
  }
}

function misreadViolation(path: string, text: string, misread: string, what: 'key' | 'value'): RuleViolation {
  const consequence = what === 'key'
    ? `so the key becomes ${show(misread.replace(/^the (number|boolean) /, ''))}`
    : /\.targetPort$/.test(path)
      ? 'so the target port becomes that port number'
      : 'so `kubectl apply` of the synthesized file fails ("cannot unmarshal number into Go struct field ... of type string")';
  return violation(path,
    `the ${what} ${show(text)} is written without quotes by cdk8s's YAML writer (YAML 1.1 reads it as a string), and Kubernetes (go-yaml v2) reads it as ${misread}, ${consequence}.`,
    'cdk8s cannot be told to quote it: use a spelling that cdk8s quotes (0x1F with a lower-case x, say) or another value.');
}

export const writtenStrings = defineRule({
  id: 'K8S-META-003',
  severity: Severity.ERROR,
  title: 'strings that cdk8s writes unquoted are strings to Kubernetes',
  description: 'cdk8s writes its manifests with a YAML 1.1 writer that quotes a string only when YAML 1.1 would read another type. Kubernetes reads YAML with go-yaml v2, which also takes Go\'s integer forms: an upper-case 0X (0X1F), 0o and 0O (0o17) and 0B are numbers to it. '
    + 'Such a string (an annotation, a label, a selector value, a port name) is written without quotes, and `kubectl apply` of the synthesized file fails ("cannot unmarshal number into Go struct field ... of type string"), or a map key silently becomes another key. '
    + 'Only the constructs run this rule, at synth, on the object cdk8s will write; `lint` reads YAML already written and judges the value it reads (K8S-META-002, K8S-SVC-004).',
  fix: 'Spell the value so that cdk8s quotes it (e.g. 0x1F with a lower-case x), or use another value.',
  docs: 'https://github.com/go-yaml/yaml/blob/v2/resolve.go',
  kinds: ['Service', 'Ingress'],
  follows: 'resolve in go-yaml v2 (resolve.go), which sigs.k8s.io/yaml (yaml.go: yamlToJSON) uses for kubectl and the API server, against the yaml-1.1 schema tests of the `yaml` package that cdk8s\'s Yaml.stringify uses',
  synthOnly: true,
}, (m) => {
  if (!anyMisread(m)) return [];
  const out: RuleViolation[] = [];
  walk('', m, out);
  return out;
});

export const WRITTEN_YAML_RULES = [writtenStrings];
