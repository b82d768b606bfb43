/**
 * Safe, read-only accessors over an untrusted manifest (plain JSON parsed from YAML or produced by a construct).
 * Rules use these instead of property chains so that a malformed object (a list where a map belongs, a number
 * where a string belongs) yields a finding from the rule that owns that field, never a TypeError elsewhere.
 */

/** Prefix of the annotations that accept a warning on purpose: `acknowledge.cdk8s-cloud-lb.io/<RULE-ID>: <reason>`. */
export const ACKNOWLEDGE_PREFIX = 'acknowledge.cdk8s-cloud-lb.io/';

export type JsonObject = { [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(parent: unknown, key: string): JsonObject {
  if (!isObject(parent)) return {};
  const value = parent[key];
  return isObject(value) ? value : {};
}

export function arrayAt(parent: unknown, key: string): unknown[] {
  if (!isObject(parent)) return [];
  const value = parent[key];
  return Array.isArray(value) ? value : [];
}

export function stringAt(parent: unknown, key: string): string | undefined {
  if (!isObject(parent)) return undefined;
  const value = parent[key];
  return typeof value === 'string' ? value : undefined;
}

/** A copy without null fields; a branch shared by several parents (YAML aliases) or a cycle is copied once. */
function stripNullFields(value: unknown, path: string, copies: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const done = copies.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const result: unknown[] = [];
    copies.set(value, result);
    for (const item of value) result.push(stripNullFields(item, `${path}[]`, copies));
    return result;
  }
  const result: JsonObject = {};
  copies.set(value, result);
  const isStringMap = path === '.metadata.annotations' || path === '.metadata.labels';
  for (const key of Object.keys(value)) {
    const v = (value as JsonObject)[key];
    if (v === null) {
      if (isStringMap) result[key] = '';
      continue;
    }
    result[key] = stripNullFields(v, `${path}.${key}`, copies);
  }
  return result;
}

/**
 * The manifest as the API server decodes it: a field written as `key:` with no value (YAML null) is the field's zero
 * value, i.e. unset, and a null annotation or label value is the empty string. Items of lists stay as they are (a null
 * port is still an invalid port). Returns the same object when there is no null, which is the usual case.
 */
export function withoutNullFields(manifest: unknown): unknown {
  return decode(manifest).decoded;
}

/** How aws-cdk-lib encodes an unresolved token in a string: `${Token[NAME.123]}`. */
const CDK_TOKEN = '${Token[';

/** Whether a string holds an unresolved AWS CDK token; its value is unknown until an app resolver replaces it. */
export function holdsCdkToken(value: string): boolean {
  return value.includes(CDK_TOKEN);
}

/** The fact rule CDK8S-001 asks for first; Rules.check records it from decode() instead of walking again. */
export const MAY_HOLD_CDK_TOKEN = 'mayHoldCdkToken';

/** Whether some string of the manifest may hold an AWS CDK token ("maybe" past the walk's bound). */
export function mayHoldCdkToken(manifest: unknown): boolean {
  return derived(MAY_HOLD_CDK_TOKEN, manifest, (m) => nullsAndTokens(m).hasToken);
}

/**
 * The decoded manifest (withoutNullFields), and whether some string may hold an AWS CDK token: one walk answers both,
 * instead of one walk per question for every manifest judged.
 */
export function decode(manifest: unknown): { decoded: unknown; mayHoldCdkToken: boolean } {
  const found = nullsAndTokens(manifest);
  const decoded = manifest !== null && found.hasNull ? stripNullFields(manifest, '', new Map()) : manifest;
  return { decoded, mayHoldCdkToken: found.hasToken };
}

/**
 * Whether the manifest holds a null, and a string with an AWS CDK token. A quick walk without a visited set: branches
 * shared by several parents (YAML aliases) or a cycle could make it run without end, so after a bounded number of
 * values it gives up and answers true to both ("maybe"); the caller then does the exact, visit-once work it wanted to
 * skip. Both questions in one walk, the tests inline: it runs on every manifest of every check.
 */
function nullsAndTokens(root: unknown): { hasNull: boolean; hasToken: boolean } {
  const stack: unknown[] = [root];
  let hasNull = false;
  let hasToken = false;
  for (let visits = 0; stack.length > 0 && !(hasNull && hasToken); visits++) {
    if (visits > 10_000) return { hasNull: true, hasToken: true };
    const value = stack.pop();
    if (typeof value === 'string') {
      if (!hasToken && holdsCdkToken(value)) hasToken = true;
    } else if (value === null) {
      hasNull = true;
    } else if (typeof value === 'object') {
      if (Array.isArray(value)) for (const item of value) stack.push(item);
      else for (const key in value as JsonObject) stack.push((value as JsonObject)[key]);
    }
  }
  return { hasNull, hasToken };
}

export function kindOf(manifest: unknown): string | undefined {
  return stringAt(manifest, 'kind');
}

export function metadataOf(manifest: unknown): JsonObject {
  return objectAt(manifest, 'metadata');
}

export function specOf(manifest: unknown): JsonObject {
  return objectAt(manifest, 'spec');
}

/** The Service type as Kubernetes defaults it (`ClusterIP` when absent). */
export function serviceTypeOf(manifest: unknown): unknown {
  const spec = specOf(manifest);
  return spec.type === undefined ? 'ClusterIP' : spec.type;
}

export function isLoadBalancerService(manifest: unknown): boolean {
  return kindOf(manifest) === 'Service' && serviceTypeOf(manifest) === 'LoadBalancer';
}

/**
 * Facts derived from the manifest that every rule of one check asks for (its annotations, which cloud it belongs to).
 * The engine opens a scope per manifest, so that sixty rules compute them once; outside a scope nothing is cached,
 * so a caller that changes a manifest between two checks always gets fresh answers.
 */
let scope: { manifest: unknown; facts: Map<string, unknown>; annotations?: { [key: string]: string } } | undefined;

export function withDerivedFacts<T>(manifest: unknown, run: () => T): T {
  if (scope !== undefined && scope.manifest === manifest) return run();
  const outer = scope;
  scope = { manifest, facts: new Map(), annotations: undefined };
  try {
    return run();
  } finally {
    scope = outer;
  }
}

/** Records a fact already known about the manifest of the current scope (a no-op outside it). */
export function knownFact(name: string, manifest: unknown, value: unknown): void {
  if (scope !== undefined && scope.manifest === manifest) scope.facts.set(name, value);
}

/** A fact about the manifest, computed once per check scope. Facts must be treated as read-only. */
export function derived<T>(name: string, manifest: unknown, compute: (manifest: unknown) => T): T {
  if (scope === undefined || scope.manifest !== manifest) return compute(manifest);
  // One lookup in the usual case: has() only for a fact whose value is undefined.
  const known = scope.facts.get(name);
  if (known !== undefined || scope.facts.has(name)) return known as T;
  const value = compute(manifest);
  scope.facts.set(name, value);
  return value;
}

/**
 * The annotations as strings. Scalars of another type (YAML `true`, `42`) are turned into the string a user meant,
 * so value rules still judge them; rule K8S-SVC-004 reports that the API server rejects them as they are.
 * Read-only: within a check, every rule gets the same object.
 */
export function annotationsOf(manifest: unknown): { [key: string]: string } {
  // A field of the scope rather than a derived fact: nearly every rule asks for it, often several times.
  if (scope === undefined || scope.manifest !== manifest) return stringAnnotations(manifest);
  return (scope.annotations ??= stringAnnotations(manifest));
}

function stringAnnotations(manifest: unknown): { [key: string]: string } {
  const raw = objectAt(metadataOf(manifest), 'annotations');
  // Usually every value is a string already: the map itself then serves (read-only), instead of a copy per check.
  let allStrings = true;
  for (const key in raw) if (typeof raw[key] !== 'string') allStrings = false;
  if (allStrings && Object.getPrototypeOf(raw) === Object.prototype) return raw as { [key: string]: string };
  const result: { [key: string]: string } = {};
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if (typeof value === 'string') result[key] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') result[key] = String(value);
  }
  return result;
}

export function annotationPath(key: string): string {
  return `metadata.annotations[${key}]`;
}

/** The reasons given in the manifest for accepting warnings, by rule id. */
export function acknowledgementsOf(manifest: unknown): Map<string, string> {
  const result = new Map<string, string>();
  const annotations = annotationsOf(manifest);
  for (const key of Object.keys(annotations)) {
    if (key.startsWith(ACKNOWLEDGE_PREFIX)) {
      result.set(key.slice(ACKNOWLEDGE_PREFIX.length), annotations[key]);
    }
  }
  return result;
}

/**
 * A value quoted for a message; long values are cut so that one finding stays one readable line. An absent value reads
 * "(not set)": messages never say "undefined".
 */
export function show(value: unknown): string {
  if (value === undefined) return '(not set)';
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  } catch {
    // A cycle or a hostile toJSON (only JavaScript callers can pass those): never let the message itself throw.
    text = Object.prototype.toString.call(value);
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** A Kubernetes port or nodePort value: an integer, not a numeric string. */
export function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

export function isPortNumber(value: unknown): value is number {
  return isInteger(value) && value >= 1 && value <= 65535;
}
