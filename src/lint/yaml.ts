/**
 * The YAML parser: js-yaml (bundled), typed here by hand so that no @types package is needed.
 *
 * Why js-yaml and not `yaml`: on 10,000 Services, js-yaml parses about 47,000 documents/s here and `yaml`'s
 * parseAllDocuments about 4,100 (bench/lint.ts measures both). Positions come from js-yaml's `listener` hook, run
 * only on the few documents that have findings (see locate.ts).
 */

/** The parser state js-yaml passes to a listener (0-based line, offset in the text). */
export interface ParserState {
  readonly line: number;
  readonly position: number;
  readonly kind: string | null;
  readonly result: unknown;
}

/** Where a js-yaml syntax error is (0-based line and column). */
export interface YamlMark {
  readonly line: number;
  readonly column: number;
}

export interface YamlError extends Error {
  readonly reason?: string;
  readonly mark?: YamlMark;
}

type YamlListener = (event: 'open' | 'close', state: ParserState) => void;
interface JsYamlType { readonly tag: string }
interface JsYamlSchema { extend(types: { implicit?: JsYamlType[]; explicit?: JsYamlType[] }): JsYamlSchema }
interface JsYaml {
  Type: new (tag: string, options: object) => JsYamlType;
  FAILSAFE_SCHEMA: JsYamlSchema;
  types: { null: JsYamlType; int: JsYamlType; float: JsYamlType; merge: JsYamlType };
  load(text: string, options?: { schema?: JsYamlSchema; listener?: YamlListener }): unknown;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const jsyaml: JsYaml = require('js-yaml');

/**
 * YAML 1.1 booleans, as kubectl and Helm read them (sigs.k8s.io/yaml uses go-yaml v2): `yes`, `on`, `y` are `true`.
 * So `azure-load-balancer-internal: yes` is a boolean to the API server, which refuses it (rule K8S-SVC-004), and the
 * linter must see the same boolean rather than the YAML 1.2 string "yes".
 */
const YAML11_BOOLEANS = new Map<string, boolean>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((v): [string, boolean] => [v, true]),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((v): [string, boolean] => [v, false]),
]);
// Every plain scalar is tried against this type: a Map lookup keeps parsing as fast as js-yaml's own schemas.
const yaml11Bool = new jsyaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && YAML11_BOOLEANS.has(data),
  construct: (data: string) => YAML11_BOOLEANS.get(data) === true,
  predicate: (value: unknown) => typeof value === 'boolean',
});

/**
 * The Kubernetes reading of YAML: null, YAML 1.1 booleans, numbers and merge keys (`<<: *base`); no timestamps
 * (an unquoted date stays a string, as in a Service annotation read by the API server).
 */
const KUBERNETES_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [jsyaml.types.null, yaml11Bool, jsyaml.types.int, jsyaml.types.float, jsyaml.types.merge],
});

/** Parses one YAML document; throws a YamlError with `mark` on a syntax error. */
export function parseYamlDocument(text: string, listener?: YamlListener): unknown {
  return jsyaml.load(text, { schema: KUBERNETES_SCHEMA, listener });
}
