/**
 * An annotation written by a typed prop of a construct.
 */
export interface ManagedAnnotation {
  /** The annotation key. */
  readonly key: string;
  /** The value. */
  readonly value: string;
  /** The prop or method that produced it, named in conflict errors (e.g. `subnet`). */
  readonly source: string;
}
