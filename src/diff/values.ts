import { keyName } from '../rules/aws/facts';
import { annotationsOf, metadataOf, stringAt } from '../rules/manifest';

/** Small readers shared by the per-controller checks; the keys and what controllers make of them are the rules'. */

/**
 * An annotation as the diff compares it where no controller model says more: trimmed, and empty counts as absent,
 * so that re-formatting a value is not reported as a change.
 */
export function presentValue(manifest: unknown, key: string): string | undefined {
  const value = annotationsOf(manifest)[key]?.trim();
  return value === '' ? undefined : value;
}

export function nameOf(manifest: unknown): string {
  return stringAt(metadataOf(manifest), 'name') ?? '(unnamed)';
}

/**
 * A list annotation for an order-insensitive comparison: split on commas, trimmed, empties dropped, sorted. An empty
 * list is no list.
 */
export function listValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((v) => v.trim()).filter((v) => v !== '');
  return items.length === 0 ? undefined : items.sort().join(',');
}

/** A key as the catalogue and the messages name it: without `service.beta.kubernetes.io/`, in code font. */
export function code(key: string): string {
  return `\`${keyName(key)}\``;
}
