/**
 * How Kubernetes reads a plain (unquoted, untagged) YAML scalar.
 *
 * kubectl and the API server read YAML with sigs.k8s.io/yaml, which decodes it with go-yaml v2 into untyped Go values
 * and turns those into JSON; a typed Go struct then decodes the JSON. go-yaml v2 follows YAML 1.1 for plain scalars
 * (its resolve.go): `yes`, `on`, `y` are booleans, `0x1F`, `0X1F`, `0o17`, `017`, `0b101` and `1_000` are integers,
 * `1e5` and `.5` are floats, `~` and the empty scalar are null. Dates and sexagesimal forms (`1:20`) are strings when
 * decoded into an untyped value, as sigs.k8s.io/yaml does. So `description: 0X1F` reaches the API server as the
 * number 31, which it refuses in a string field.
 *
 * The numbers follow Go's strconv (ParseInt and ParseUint with base 0 after go-yaml drops every `_`, ParseFloat),
 * which is why `0X1F` and `0o17` are numbers here while YAML 1.1 writers such as the `yaml` package that cdk8s uses
 * take them for strings.
 *
 * @see https://github.com/go-yaml/yaml/blob/v2/resolve.go
 */

/** What a plain scalar is to Kubernetes: a string, or another JSON value. */
export type PlainScalar =
  | { readonly type: 'str' }
  | { readonly type: 'null' }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'int'; readonly value: number }
  | { readonly type: 'float'; readonly value: number };

const STRING: PlainScalar = { type: 'str' };
const NULL: PlainScalar = { type: 'null' };

/** go-yaml's table of words (resolveMap), the first step for any scalar whose first character may start one. */
const WORDS = new Map<string, PlainScalar>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']
    .map((w): [string, PlainScalar] => [w, { type: 'bool', value: true }]),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']
    .map((w): [string, PlainScalar] => [w, { type: 'bool', value: false }]),
  ...['', '~', 'null', 'Null', 'NULL'].map((w): [string, PlainScalar] => [w, NULL]),
  ...['.nan', '.NaN', '.NAN'].map((w): [string, PlainScalar] => [w, { type: 'float', value: NaN }]),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((w): [string, PlainScalar] => [w, { type: 'float', value: Infinity }]),
  ...['-.inf', '-.Inf', '-.INF'].map((w): [string, PlainScalar] => [w, { type: 'float', value: -Infinity }]),
]);

/** Whether a non-empty scalar starts with a character after which go-yaml looks any further (resolveTable). */
export function mayBeNonString(text: string): boolean {
  return hintOf(text[0]) !== undefined;
}

/** The first characters after which go-yaml looks any further (resolveTable): anything else is a string. */
function hintOf(first: string): 'sign' | 'digit' | 'word' | 'dot' | undefined {
  if (first === '+' || first === '-') return 'sign';
  if (first >= '0' && first <= '9') return 'digit';
  if ('yYnNtTfFoO~'.includes(first)) return 'word';
  if (first === '.') return 'dot';
  return undefined;
}

/** Go's integer literal syntax for strconv.ParseInt/ParseUint with base 0, underscores already removed. */
const GO_INTEGER = /^([-+]?)(?:0[xX]([0-9a-fA-F]+)|0[bB]([01]+)|0[oO]([0-7]+)|(0[0-7]*)|([1-9][0-9]*))$/;
/** go-yaml's yamlStyleFloat, tried after the integers fail (so `08` and `1e5` are floats). */
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** strconv.ParseFloat of a scalar starting with ".": Go's float syntax, `_` only between digits. */
const GO_DOT_FLOAT = /^\.[0-9]+(?:_[0-9]+)*(?:[eE][-+]?[0-9]+(?:_[0-9]+)*)?$/;

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** strconv.ParseInt, then ParseUint (no sign), both base 0 and 64 bits; undefined when both fail. */
function goInteger(plain: string): number | undefined {
  const m = GO_INTEGER.exec(plain);
  if (!m) return undefined;
  const [, sign, hex, bin, oct, legacyOctal, dec] = m;
  const magnitude = hex !== undefined ? BigInt(`0x${hex}`)
    : bin !== undefined ? BigInt(`0b${bin}`)
      : oct !== undefined ? BigInt(`0o${oct}`)
        : legacyOctal !== undefined ? BigInt(`0o${legacyOctal.slice(1) || '0'}`)
          : BigInt(dec);
  const value = sign === '-' ? -magnitude : magnitude;
  if (value >= INT64_MIN && value <= INT64_MAX) return Number(value);
  // ParseUint takes no sign: "+18446744073709551615" falls through to the float.
  if (sign === '' && value <= UINT64_MAX) return Number(value);
  return undefined;
}

/** strconv.ParseFloat, which fails (and go-yaml keeps the string) when the value overflows a float64. */
function goFloat(text: string): number | undefined {
  const value = Number(text.replace(/_/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

/**
 * How go-yaml v2 resolves a plain scalar decoded into an untyped value (sigs.k8s.io/yaml's YAMLToJSON), i.e. what
 * the API server receives for it. Integers beyond 2^53 lose precision here (they are rare in manifests and are
 * numbers either way).
 */
export function resolvePlainScalar(text: string): PlainScalar {
  const hint = text === '' ? 'word' : hintOf(text[0]);
  if (hint === undefined) return STRING;
  const word = WORDS.get(text);
  if (word !== undefined) return word;
  if (hint === 'word') return STRING;
  if (hint === 'dot') {
    const value = GO_DOT_FLOAT.test(text) ? goFloat(text) : undefined;
    return value === undefined ? STRING : { type: 'float', value };
  }
  // A sign or a digit: an integer, else a float, else a string (a date is a string to an untyped value).
  const plain = text.replace(/_/g, '');
  const integer = goInteger(plain);
  if (integer !== undefined) return { type: 'int', value: integer };
  const float = YAML_STYLE_FLOAT.test(plain) ? goFloat(plain) : undefined;
  return float === undefined ? STRING : { type: 'float', value: float };
}

/** The JSON value Kubernetes makes of a plain scalar: the string itself, or what it resolves to. */
export function plainScalarValue(text: string): string | number | boolean | null {
  const scalar = resolvePlainScalar(text);
  switch (scalar.type) {
    case 'str': return text;
    case 'null': return null;
    default: return scalar.value;
  }
}
