import { AnnotationGuard, guardConflicts } from './annotation-guard';
import { ManagedAnnotation } from './managed-annotation';
import { show } from '../rules/manifest';

/** The result of merging typed annotations into the user's. */
export interface MergedAnnotations {
  readonly annotations: { [key: string]: string };
  /** One sentence per key set to two different values. */
  readonly conflicts: string[];
}

/**
 * Merges typed annotations into user annotations. A key set by both to the same value is fine; to different values it
 * is a conflict, and the user's value stays in the output: a user annotation is never silently overwritten.
 *
 * @param user the annotations the user wrote, by key
 * @param userSource names the place the user wrote a key (`annotations`, `metadata.annotations`, `addAnnotation()`)
 * @param managed the annotations of typed props, in order
 * @param guards the choices the construct makes through annotations: a user annotation that the controller reads as
 * another choice is a conflict naming the prop; one that agrees stays as the user wrote it
 */
export function mergeAnnotations(
  user: { [key: string]: string },
  userSource: (key: string) => string,
  managed: readonly ManagedAnnotation[],
  guards: readonly AnnotationGuard[] = [],
): MergedAnnotations {
  // Object.assign, not a spread: keys are added to the copy (docs/performance.md).
  const annotations: { [key: string]: string } = Object.assign({}, user);
  const managedSource = new Map<string, ManagedAnnotation>();
  const conflicts: string[] = [];
  for (const entry of managed) {
    const earlier = managedSource.get(entry.key);
    if (earlier && earlier.value !== entry.value) {
      conflicts.push(`annotation ${entry.key} is set to ${show(earlier.value)} by ${earlier.source} and to ${show(entry.value)} by ${entry.source}. Set it in one place.`);
      continue;
    }
    managedSource.set(entry.key, entry);
    if (entry.key in user && user[entry.key] !== entry.value) {
      // A guarded key: guardConflicts() reports a contradiction in the prop's words; an agreeing value stays.
      const guard = guards.find((g) => g.keys.includes(entry.key));
      if (guard !== undefined) continue;
      conflicts.push(
        `annotation ${entry.key} is set to ${show(user[entry.key])} by ${userSource(entry.key)} and to ${show(entry.value)} by the typed prop ${entry.source}. `
        + `Remove it from ${userSource(entry.key)}, and set ${entry.source} to the value you want.`,
      );
      continue;
    }
    annotations[entry.key] = entry.value;
  }
  if (guards.length > 0) conflicts.push(...guardConflicts(guards, user, userSource));
  return { annotations, conflicts };
}
