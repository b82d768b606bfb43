/**
 * The YAML parser: js-yaml (bundled), typed here by hand so that no @types package is needed.
 *
 * Why js-yaml and not `yaml`: it parses about ten times as fast (bench/lint.ts, docs/performance.md). Positions come
 * from js-yaml's `listener` hook, run only on the few documents that have findings (see locate.ts).
 */

import { mayBeNonString, PlainScalar, resolvePlainScalar } from './yaml11';

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
  types: { merge: JsYamlType };
  load(text: string, options?: { schema?: JsYamlSchema; listener?: YamlListener }): unknown;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const jsyaml: JsYaml = require('js-yaml');

/**
 * Plain scalars as Kubernetes reads them (go-yaml v2, see yaml11.ts): `yes` is a boolean, `0X1F` and `0o17` are
 * numbers, a date stays a string. So `azure-load-balancer-internal: yes` is a boolean to the API server, which refuses
 * it in an annotation (rule K8S-SVC-004), and the linter sees the same boolean rather than the YAML 1.2 string "yes".
 * One type per JSON type, all answered from one resolution: js-yaml asks each type in turn about the same scalar.
 */
let lastText: string | undefined;
let lastScalar: PlainScalar = { type: 'str' };

function resolved(text: string): PlainScalar {
  if (text !== lastText) {
    lastScalar = resolvePlainScalar(text);
    lastText = text;
  }
  return lastScalar;
}

function valueOf(text: string, scalar: PlainScalar): string | number | boolean | null {
  return scalar.type === 'str' ? text : scalar.type === 'null' ? null : scalar.value;
}

function kubernetesScalarType(type: PlainScalar['type'], tag: string): JsYamlType {
  return new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    // Most scalars are names that no number or word can start like: answered without a resolution.
    resolve: (data: string | null) => (data === null || data === '' || mayBeNonString(data)) && resolved(data ?? '').type === type,
    construct: (data: string | null) => valueOf(data ?? '', resolved(data ?? '')),
  });
}

/**
 * The Kubernetes reading of YAML: null, booleans and numbers as go-yaml v2 resolves them, merge keys (`<<: *base`);
 * no timestamps (an unquoted date stays a string, as in a Service annotation read by the API server).
 */
const KUBERNETES_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    kubernetesScalarType('null', 'null'), kubernetesScalarType('bool', 'bool'), kubernetesScalarType('int', 'int'),
    kubernetesScalarType('float', 'float'), jsyaml.types.merge,
  ],
});

/**
 * A line that ends with an entry indicator `-` and nothing after it (a comment aside): `  -`, `- -`, `  -   # x`.
 * Group 1 is the text before the last `-`, whose length is the column of that `-`.
 */
const BARE_DASH_LINE = /^([ \t]*(?:-[ \t]+)*)-[ \t]*(?:#.*)?\r?$/;
const BLANK_OR_COMMENT_LINE = /^[ \t]*(?:#.*)?\r?$/;
/** A quick first test (the loader's hot path): a `-` at the end of a line or before a comment, past a `---` marker. */
const DASH_AT_LINE_END = /-[ \t]*(?:\r?\n|$|#)/g;

function mayHaveBareDash(text: string): boolean {
  const start = text.startsWith('---') ? text.indexOf('\n') + 1 : 0;
  if (start === 0 && text.startsWith('---')) return false;
  DASH_AT_LINE_END.lastIndex = start;
  return DASH_AT_LINE_END.test(text);
}

/**
 * Where to write ` ~` after each bare `-` that is an empty block sequence entry, so that it reads as the same null
 * entry written `- ~`.
 *
 * Why: js-yaml reads a bare `-` by adding a null and reading on without checking the indentation of the next entry,
 * so in `a:\n- b:\n  - x\n  -\n- c: 1` it puts the outer entry `c: 1` into the inner list (b: [x, null, {c: 1}])
 * where YAML, kubectl and the API server read a: [{b: [x, null]}, {c: 1}]. An explicit `~` is read as a node, after
 * which js-yaml checks the indentation. A bare `-` is an empty entry only when the next content line is not indented
 * deeper than the `-` (else that line is the entry's content); a `-` line that is text (in a block scalar) is found by
 * `parseAsKubernetes`, which leaves it as it is.
 */
function emptyEntryOffsets(text: string): number[] {
  if (!mayHaveBareDash(text)) return [];
  const lines = text.split('\n');
  const offsets: number[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    const match = BARE_DASH_LINE.exec(line);
    if (match) {
      const column = match[1].length;
      let next = i + 1;
      while (next < lines.length && BLANK_OR_COMMENT_LINE.test(lines[next])) next++;
      const nextIndent = next < lines.length ? lines[next].length - lines[next].trimStart().length : -1;
      if (nextIndent <= column) offsets.push(offset + column + 1);
    }
    offset += line.length + 1;
  });
  return offsets;
}

/** Writes ` ~` at each offset; returns the text and where each `~` is in it. */
function withTildes(text: string, offsets: readonly number[]): { text: string; tildes: number[] } {
  let result = '';
  let from = 0;
  const tildes = offsets.map((at, k) => {
    result += `${text.slice(from, at)} ~`;
    from = at;
    return at + 2 * k + 1;
  });
  return { text: result + text.slice(from), tildes };
}

/** Parses with ` ~` written at the offsets; returns the value and the offsets whose `~` was read as a node. */
function loadWithTildes(text: string, offsets: readonly number[]): { value: unknown; text: string; read: number[] } {
  const fixed = withTildes(text, offsets);
  const opened = new Set<number>();
  const value = load(fixed.text, (event, state) => {
    if (event === 'open') opened.add(state.position);
  });
  return { value, text: fixed.text, read: offsets.filter((_, k) => opened.has(fixed.tildes[k])) };
}

function load(text: string, listener?: YamlListener): unknown {
  return jsyaml.load(text, { schema: KUBERNETES_SCHEMA, listener });
}

/**
 * Parses one YAML document as Kubernetes reads it; returns the value and the text that was parsed (the one to
 * compute positions in: it has the same lines as the input). Throws a YamlError with `mark` on a syntax error.
 */
export function parseAsKubernetes(input: string): { value: unknown; text: string } {
  // js-yaml drops a leading byte order mark before parsing: drop it here, so that its offsets are offsets in `text`.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let offsets = emptyEntryOffsets(text);
  // Each `~` written must be read as a node where it was written (one written inside a block scalar is text): keep
  // those, and parse again without the others. Should that fail, the original text decides (and gives the error).
  for (let attempt = 0; offsets.length > 0 && attempt < 2; attempt++) {
    try {
      const parsed = loadWithTildes(text, offsets);
      if (parsed.read.length === offsets.length) return { value: parsed.value, text: parsed.text };
      offsets = parsed.read;
    } catch {
      break;
    }
  }
  return { value: load(text), text };
}

/**
 * Parses one YAML document; throws a YamlError with `mark` on a syntax error. With a listener, the text is parsed as
 * is (positions are those of `text`): pass the `text` returned by `parseAsKubernetes`.
 */
export function parseYamlDocument(text: string, listener?: YamlListener): unknown {
  return listener ? load(text, listener) : parseAsKubernetes(text).value;
}
