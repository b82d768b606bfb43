import {
  ApiObject, ApiObjectMetadata, ApiObjectMetadataDefinition, App, IAnyProducer, IResolver, ImplicitTokenResolver, JsonPatch, Lazy, LazyResolver,
  NumberStringUnionResolver, ResolutionContext,
} from 'cdk8s';
import { Construct } from 'constructs';
import { AnnotationGuard } from './annotation-guard';
import { mergeAnnotations } from './annotations';
import { ManagedAnnotation } from './managed-annotation';
import { withProps } from './props';
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
  /** Where each key was last written, by key; the values live in the metadata only. Made at the first write. */
  private sources?: { [key: string]: string };

  constructor(private readonly metadata: ApiObjectMetadataDefinition, initial: { [key: string]: string } = {}) {
    // The metadata holds these values already (cdk8s copies metadata.annotations): only their source is recorded.
    for (const key of Object.keys(initial)) (this.sources ??= {})[key] = 'metadata.annotations';
  }

  /**
   * Writes a user annotation; a key the metadata already holds with another value (from any source, direct
   * `metadata.addAnnotation()` calls included) is recorded as a conflict and not written.
   */
  public write(key: string, value: string, source: string): void {
    const existing = this.valueOf(key);
    if (existing !== undefined && existing !== value) {
      this.conflicts.push(`annotation ${key} is set to ${show(existing)} by ${this.sourceOf(key)} and to ${show(value)} by ${source}. Set it in one place.`);
      return;
    }
    (this.sources ??= {})[key] = source;
    this.metadata.addAnnotation(key, value);
  }

  /** Where a key was written; annotations added on `metadata` directly are not tracked here. */
  public sourceOf(key: string): string {
    const sources = this.sources;
    return sources !== undefined && Object.prototype.hasOwnProperty.call(sources, key) ? sources[key] : 'metadata.addAnnotation()';
  }

  /** The value the metadata holds for a key, read directly. */
  private valueOf(key: string): string | undefined {
    const raw = (this.metadata as any).annotations;
    const map = typeof raw === 'object' && raw !== null ? raw : this.metadata.toJson().annotations ?? {};
    return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
  }
}

/** What a judged object is rendered from: the construct that owns it, through methods internal to the package. */
export interface JudgedSource {
  /** The spec, from the construct's typed state. */
  _renderSpec(): unknown;
  /** The annotations of typed props. */
  _renderAnnotations(): ManagedAnnotation[];
  /** Where a user annotation comes from, for conflict messages. */
  _userAnnotationSource(key: string): string;
  /** The choices the construct makes through annotations, held against the user's annotations. */
  _annotationGuards(): readonly AnnotationGuard[];
}

/** The spec producer of a judged object: an object with a method, not a closure, which each object would hold. */
class SpecProducer implements IAnyProducer {
  constructor(private readonly source: JudgedSource) {}

  public produce(): unknown {
    return this.source._renderSpec();
  }
}

/** A rendered manifest, and the conflicts between typed and user annotations met while merging them. */
export interface Rendered {
  readonly json: any;
  readonly conflicts: string[];
  /** The typed annotations it was rendered from, each with the prop that wrote it. */
  readonly typed: readonly ManagedAnnotation[];
}

/**
 * An ApiObject whose spec and typed annotations are rendered from its owner at synth time, so that changes made after
 * construction count.
 */
export class JudgedApiObject extends ApiObject {
  /** Whether a JSON patch was added: a change made through the ApiObject itself, which the owner cannot see. */
  private patched = false;
  /** The app, found at the first render: App.of() walks up the tree, and a construct never changes its app. */
  private app?: App;
  /**
   * The manifest rendered by the last validation, with the typed annotations and metadata it was rendered from. cdk8s
   * validates every construct right before serializing it, so toJson() reuses this render unless anything changed
   * since: then it renders again.
   */
  private validated?: { json: any; annotations: readonly ManagedAnnotation[]; metadata: unknown };

  constructor(
    scope: Construct,
    id: string,
    props: { apiVersion: string; kind: string; metadata?: ApiObjectMetadata },
    private readonly source: JudgedSource,
  ) {
    super(scope, id, withProps(props, { spec: Lazy.any(new SpecProducer(source)) }));
  }

  public addJsonPatch(...ops: JsonPatch[]): void {
    this.patched = true;
    super.addJsonPatch(...ops);
  }

  public toJson(): any {
    const validated = this.validated;
    this.validated = undefined;
    // Kept only without JSON patches: a patch added since the validation shows here.
    if (validated && !this.patched && this.metadataUnchangedSince(validated.metadata)
      && sameAnnotations(validated.annotations, this.source._renderAnnotations())
      && sameJson(validated.json.spec, this.source._renderSpec())) {
      return validated.json;
    }
    return this.render().json;
  }

  /**
   * Renders the manifest for validation, and keeps it for the serialization that follows. The check before reusing it
   * compares a fresh render of the spec with the kept manifest's spec: equal means that resolving it again would give
   * the same, as long as the app has only cdk8s's own resolvers (they change no plain value) and the object has no
   * JSON patch (a patch applied again to a changed spec may give another result than the kept one). Otherwise the
   * render is not kept.
   */
  public renderForValidation(): Rendered {
    const rendered = this.render();
    if (!this.patched && this.hasDefaultResolversOnly()) {
      this.validated = { json: rendered.json, annotations: rendered.annotations, metadata: this.metadataState() };
    }
    return { json: rendered.json, conflicts: rendered.conflicts, typed: rendered.annotations };
  }

  /**
   * What the metadata holds: copies of its own maps and lists (labels, annotations, finalizers, owner references,
   * other attributes), read directly rather than resolved; metadata.toJson() only if cdk8s keeps them elsewhere.
   */
  private metadataState(): unknown {
    const parts = metadataParts(this.metadata);
    if (parts === undefined) return this.metadata.toJson();
    return parts.map((part) => (Array.isArray(part) ? [...part] : { ...part }));
  }

  /** Compares the metadata with a metadataState() taken earlier, without copying it again. */
  private metadataUnchangedSince(state: unknown): boolean {
    const parts = metadataParts(this.metadata);
    if (parts === undefined || !Array.isArray(state)) return sameJson(state, this.metadataState());
    for (let i = 0; i < parts.length; i++) if (!sameJson(state[i], parts[i])) return false;
    return true;
  }

  private hasDefaultResolversOnly(): boolean {
    return (this.app ??= App.of(this)).resolvers.every(isDefaultResolver);
  }

  /**
   * Renders the object as cdk8s does, then merges the typed annotations into the user's. The typed values go through
   * the app's resolvers first, as every other value does; the JSON patches do not reach them (a patch that replaces
   * the whole annotations map keeps them, one that names a typed key fails to apply), so a typed annotation is never
   * dropped without an error.
   */
  private render(): Rendered & { annotations: ManagedAnnotation[] } {
    const json = super.toJson();
    const source = this.source;
    const managed = source._renderAnnotations();
    const typed = this.hasDefaultResolversOnly() ? managed : resolved(this, this.app!.resolvers, managed);
    const userSource = (key: string) => source._userAnnotationSource(key);
    const { annotations, conflicts } = mergeAnnotations(json.metadata?.annotations ?? {}, userSource, typed, source._annotationGuards());
    const sorted: { [key: string]: string } = {};
    for (const key of Object.keys(annotations).sort()) sorted[key] = annotations[key];
    if (Object.keys(sorted).length > 0) json.metadata = Object.assign({}, json.metadata, { annotations: sorted });
    return { json, conflicts, typed, annotations: managed };
  }
}

/** The metadata's own maps and lists, or undefined if this cdk8s version keeps them elsewhere. */
function metadataParts(metadata: ApiObjectMetadataDefinition): object[] | undefined {
  const m = metadata as any;
  const parts = [m.labels, m.annotations, m.finalizers, m.ownerReferences, m._additionalAttributes];
  return parts.every((part) => typeof part === 'object' && part !== null) ? parts : undefined;
}

/**
 * Whether two renders of typed annotations are the same, entry by entry. Constructs that build their entries once
 * return the same objects at every render: the identity test then answers.
 */
function sameAnnotations(a: readonly ManagedAnnotation[], b: readonly ManagedAnnotation[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== y && (x.key !== y.key || x.value !== y.value || x.source !== y.source)) return false;
  }
  return true;
}

/** The resolvers every cdk8s app has; none of them changes a plain value (a string, a number, a list or map of them). */
const DEFAULT_RESOLVERS = [LazyResolver, ImplicitTokenResolver, NumberStringUnionResolver];

function isDefaultResolver(resolver: IResolver): boolean {
  return DEFAULT_RESOLVERS.some((type) => resolver instanceof type);
}

/** Typed annotations with their values passed through the app's resolvers, as cdk8s's own resolve() passes every value. */
function resolved(apiObject: ApiObject, resolvers: readonly IResolver[], managed: ManagedAnnotation[]): ManagedAnnotation[] {
  return managed.map((entry) => {
    let value: unknown = entry.value;
    // The first resolver that replaces the value wins, and the new value is resolved again (cdk8s's own order).
    for (let replaced = true; replaced && value !== undefined && value !== null;) {
      replaced = false;
      const context = new ResolutionContext(apiObject, ['metadata', 'annotations', entry.key], value);
      for (const resolver of resolvers) {
        resolver.resolve(context);
        if (context.replaced) {
          value = context.replacedValue;
          replaced = true;
          break;
        }
      }
    }
    return value === entry.value ? entry : { ...entry, value: value as string };
  });
}


/**
 * Deep equality of plain JSON-like values, where an absent key equals an undefined one (as in the rendered YAML).
 * Allocation-free: it runs at every serialization.
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
