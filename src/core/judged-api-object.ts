import { ApiObject, ApiObjectMetadata, ApiObjectMetadataDefinition, JsonPatch, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import { mergeAnnotations } from './annotations';
import { ManagedAnnotation } from './managed-annotation';
import { show } from '../rules/manifest';

/**
 * The machinery shared by every construct that renders one object judged by the rule engine (a Service, an Ingress):
 * user annotations with their sources, typed annotations merged at render time, and a render cache between validation
 * and serialization. Not exported from the package.
 */

/** The annotations a user wrote, with the place each was written, so that a conflict can name both sides. */
export class UserAnnotations {
  /** One sentence per key written twice with different values. */
  public readonly conflicts: string[] = [];
  private readonly entries = new Map<string, { value: string; source: string }>();

  constructor(private readonly metadata: ApiObjectMetadataDefinition, initial: { [key: string]: string } = {}) {
    for (const [key, value] of Object.entries(initial)) this.entries.set(key, { value, source: 'metadata.annotations' });
  }

  /** Writes a user annotation; the same key with another value is recorded as a conflict and not written. */
  public write(key: string, value: string, source: string): void {
    const existing = this.entries.get(key);
    if (existing !== undefined && existing.value !== value) {
      this.conflicts.push(`annotation ${key} is set to ${show(existing.value)} by ${existing.source} and to ${show(value)} by ${source}. Set it in one place.`);
      return;
    }
    this.entries.set(key, { value, source });
    this.metadata.addAnnotation(key, value);
  }

  /** Where a key was written; annotations added on `metadata` directly are not tracked here. */
  public sourceOf(key: string): string {
    return this.entries.get(key)?.source ?? 'metadata.addAnnotation()';
  }

  /** Every user annotation, from every source (`metadata.addAnnotation()` included), without the typed ones. */
  public values(): { [key: string]: string } {
    // The metadata's own map, read directly: resolving the whole metadata (metadata.toJson()) on every render costs
    // as much as the rest of a typed object's rendering. Fall back to it if a cdk8s version keeps the map elsewhere.
    const raw = (this.metadata as any).annotations;
    const direct = isPlainStringMap(raw) ? raw : undefined;
    return Object.assign({}, direct ?? this.metadata.toJson().annotations); // not a spread: see withProps
  }
}

/** What a judged object is rendered from; the construct that owns it supplies both. */
export interface JudgedSource {
  /** The spec, from the construct's typed state. */
  renderSpec(): unknown;
  /** The annotations of typed props. */
  renderAnnotations(): ManagedAnnotation[];
  /** Where a user annotation comes from, for conflict messages. */
  userAnnotationSource(key: string): string;
}

/** The typed state one render used. */
interface RenderInputs {
  spec?: unknown;
  annotations?: ManagedAnnotation[];
}

/** A rendered manifest, and the conflicts between typed and user annotations met while merging them. */
export interface Rendered {
  readonly json: any;
  readonly conflicts: string[];
}

/**
 * An ApiObject whose spec and typed annotations are rendered from its owner at synth time, so that changes made after
 * construction count.
 */
export class JudgedApiObject extends ApiObject {
  /** Counts JSON patches: changes made through the ApiObject itself, which the owner cannot see. */
  private patchCount = 0;
  /** What the render in progress was made from; undefined between renders, so that nothing stays held after synth. */
  private inputsOfRender?: RenderInputs;

  /**
   * The manifest rendered by the last validation, with what it was rendered from. cdk8s validates every construct
   * right before serializing it, so toJson() reuses this render (a second full resolve costs as much as the whole
   * synthesis of a cdk8s-plus Service) unless anything changed since: then it renders again.
   */
  private validated?: { json: any; inputs: RenderInputs; metadata: unknown; patchCount: number };

  constructor(
    scope: Construct,
    id: string,
    props: { apiVersion: string; kind: string; metadata?: ApiObjectMetadata },
    private readonly source: () => JudgedSource,
  ) {
    // The spec producer needs `this`, which TypeScript forbids before super(): go through a holder.
    const holder: { self?: JudgedApiObject } = {};
    super(scope, id, Object.assign({}, props, { spec: Lazy.any({ produce: () => holder.self!.produceSpec() }) })); // not a spread: see withProps
    holder.self = this;
  }

  public addJsonPatch(...ops: JsonPatch[]): void {
    this.patchCount++;
    super.addJsonPatch(...ops);
  }

  public toJson(): any {
    const validated = this.validated;
    this.validated = undefined;
    if (validated && validated.patchCount === this.patchCount && sameJson(validated.metadata, this.metadataState())
      && sameJson(validated.inputs, this.currentInputs())) {
      return validated.json;
    }
    return this.render().json;
  }

  private produceSpec(): unknown {
    const spec = this.source().renderSpec();
    if (this.inputsOfRender !== undefined) this.inputsOfRender.spec = spec;
    return spec;
  }

  /** Renders the manifest for validation, and keeps it for the serialization that follows. */
  public renderForValidation(): Rendered {
    const rendered = this.render();
    this.validated = { json: rendered.json, inputs: rendered.inputs, metadata: this.metadataState(), patchCount: this.patchCount };
    return { json: rendered.json, conflicts: rendered.conflicts };
  }

  /**
   * What the metadata holds, cheaply: copies of its own maps and lists (labels, annotations, finalizers, owner
   * references, other attributes), read directly because resolving the metadata (metadata.toJson()) costs as much as
   * a render. Falls back to that resolve if a cdk8s version keeps them elsewhere.
   */
  private metadataState(): unknown {
    const m = this.metadata as any;
    const parts = [m.labels, m.annotations, m.finalizers, m.ownerReferences, m._additionalAttributes];
    if (parts.some((part) => typeof part !== 'object' || part === null)) return this.metadata.toJson();
    return parts.map((part) => (Array.isArray(part) ? [...part] : { ...part }));
  }

  private currentInputs(): RenderInputs {
    const source = this.source();
    return { spec: source.renderSpec(), annotations: source.renderAnnotations() };
  }

  /**
   * Renders the object as cdk8s would, with the typed annotations merged into the user's: they go through the app's
   * resolvers and the JSON patches like every other field, so an escape hatch can still change or remove one, and
   * the rules judge what is written.
   */
  private render(): Rendered & { inputs: RenderInputs } {
    const inputs: RenderInputs = {};
    const source = this.source();
    const managed = source.renderAnnotations();
    inputs.annotations = managed;
    const metadata = this.metadata as unknown as { annotations: unknown };
    const own = metadata.annotations;
    if (!isPlainObject(own)) return this.renderAndMergeAfter(inputs, managed); // a cdk8s version that keeps them elsewhere
    const { annotations, conflicts } = mergeAnnotations(own as { [key: string]: string }, (key) => source.userAnnotationSource(key), managed);
    // The metadata's own map is swapped for the merged one during this one serialization, and always put back.
    metadata.annotations = annotations;
    this.inputsOfRender = inputs;
    try {
      return { json: super.toJson(), conflicts, inputs };
    } finally {
      metadata.annotations = own;
      this.inputsOfRender = undefined;
    }
  }

  /** The fallback of render(): typed annotations merged into the serialized object (no resolvers, no patches on them). */
  private renderAndMergeAfter(inputs: RenderInputs, managed: ManagedAnnotation[]): Rendered & { inputs: RenderInputs } {
    this.inputsOfRender = inputs;
    let json;
    try {
      json = super.toJson();
    } finally {
      this.inputsOfRender = undefined;
    }
    const source = this.source();
    const { annotations, conflicts } = mergeAnnotations(json.metadata?.annotations ?? {}, (key) => source.userAnnotationSource(key), managed);
    const sorted: { [key: string]: string } = {};
    for (const key of Object.keys(annotations).sort()) sorted[key] = annotations[key];
    if (Object.keys(sorted).length > 0) json.metadata = Object.assign({}, json.metadata, { annotations: sorted });
    return { json, conflicts, inputs };
  }
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPlainStringMap(value: unknown): value is { [key: string]: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key in value as object) if (typeof (value as { [key: string]: unknown })[key] !== 'string') return false;
  return true;
}

/**
 * Deep equality of plain JSON-like values, where an absent key equals an undefined one (as in the rendered YAML).
 * Allocation-free: it runs on every serialization, and a Set of keys per object cost more than the comparison itself.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  const aIsArray = Array.isArray(a);
  if (aIsArray !== Array.isArray(b)) return false;
  if (aIsArray) {
    const bArray = b as unknown[];
    if (a.length !== bArray.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], bArray[i])) return false;
    return true;
  }
  const ao = a as { [key: string]: unknown };
  const bo = b as { [key: string]: unknown };
  for (const key in ao) if (Object.prototype.hasOwnProperty.call(ao, key) && !sameJson(ao[key], bo[key])) return false;
  // Keys only b has: equal only when their values are undefined (a's value for them is undefined).
  const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
  for (const key in bo) if (own(bo, key) && !own(ao, key) && bo[key] !== undefined) return false;
  return true;
}
