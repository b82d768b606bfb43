/**
 * An annotation written by a typed prop of a construct.
 */
export interface ManagedAnnotation {
  /**
   * The annotation key.
   * @see https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/
   */
  readonly key: string;
  /**
   * The value.
   * @see https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/
   */
  readonly value: string;
  /**
   * The prop or method that produced it, named in conflict errors (e.g. `subnet`).
   */
  readonly source: string;
}
