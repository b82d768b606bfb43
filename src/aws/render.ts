import { Duration } from 'cdk8s';
import { ManagedAnnotation } from '../core/managed-annotation';

/**
 * Helpers that turn typed props into annotation values. Malformed props throw at construction with the prop's name:
 * they would otherwise produce a manifest that says something else than the props.
 */

/**
 * The annotations of a construct's typed props, built once at construction. Every render returns the same entry
 * objects, so that the check between validation and serialization finds them unchanged at a glance.
 */
export class TypedAnnotations {
  private readonly entries: ManagedAnnotation[] = [];

  /** A value of a typed prop, or a default of this construct; `undefined` (an unset prop) writes nothing. */
  public set(key: string, value: string | undefined, source: string): void {
    if (value !== undefined) this.entries.push({ key, value, source });
  }

  /** The entries, in the order they were added: the same objects at every render. */
  public render(): ManagedAnnotation[] {
    return this.entries;
  }
}

export function boolText(value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

export function listText(prop: string, values: string[] | undefined): string | undefined {
  if (values === undefined) return undefined;
  if (!Array.isArray(values) || values.length === 0) throw new Error(`${prop}: give at least one entry, or leave it out.`);
  for (const value of values) {
    if (typeof value !== 'string' || value.trim() === '') throw new Error(`${prop}: every entry must be a non-empty string, got ${JSON.stringify(value)}.`);
    if (value.includes(',')) throw new Error(`${prop}: "${value}" contains ",", which separates entries in the annotation.`);
  }
  return values.map((v) => v.trim()).join(',');
}

/** `k=v,k2=v2`: keys without "=" or ",", values without ",", so that the controller reads back the same map. */
export function mapEntries(prop: string, map: { [key: string]: string } | undefined): Array<[string, string]> {
  if (map === undefined) return [];
  return Object.entries(map).map(([key, value]) => {
    if (key.trim() === '' || /[=,]/.test(key)) throw new Error(`${prop}: the key ${JSON.stringify(key)} must be non-empty and contain neither "=" nor ",".`);
    if (typeof value !== 'string') throw new Error(`${prop}: the value of ${key} must be a string, got ${JSON.stringify(value)}.`);
    if (value.includes(',')) throw new Error(`${prop}: the value of ${key} (${JSON.stringify(value)}) contains ",", which separates entries in the annotation.`);
    return [key.trim(), value.trim()] as [string, string];
  });
}

export function mapText(entries: Array<[string, string]>): string | undefined {
  return entries.length === 0 ? undefined : entries.map(([k, v]) => `${k}=${v}`).join(',');
}

/** Whole seconds of a Duration, as annotation text. */
export function secondsText(prop: string, duration: Duration | undefined): string | undefined {
  if (duration === undefined) return undefined;
  try {
    return String(duration.toSeconds());
  } catch (e) {
    throw new Error(`${prop} must be a whole number of seconds, got ${duration.toHumanString()}. Use e.g. Duration.seconds(10).`);
  }
}

/** Whole minutes of a Duration, as annotation text. */
export function minutesText(prop: string, duration: Duration | undefined): string | undefined {
  if (duration === undefined) return undefined;
  try {
    return String(duration.toMinutes());
  } catch (e) {
    throw new Error(`${prop} must be a whole number of minutes (5 or 60), got ${duration.toHumanString()}. Use Duration.minutes(5) or Duration.minutes(60).`);
  }
}

/** Adds typed entries to a user map of extra entries; a key in both with different values is an error. */
export function mergeMap(prop: string, typed: Array<[string, string, string]>, extra: Array<[string, string]>): Array<[string, string]> {
  const result: Array<[string, string]> = typed.map(([k, v]) => [k, v]);
  for (const [key, value] of extra) {
    const clash = typed.find(([k]) => k === key);
    if (clash && clash[1] !== value) {
      throw new Error(`${prop}: ${key} is set to "${value}" there and to "${clash[1]}" by the typed prop ${clash[2]}. Set it in one place.`);
    }
    if (!clash) result.push([key, value]);
  }
  return result;
}

/** A non-empty list of non-empty entries that a comma-separated annotation can carry. */
export function checkedList(what: string, values: string[]): string[] {
  if (!Array.isArray(values) || values.length === 0) throw new Error(`${what}: give at least one entry.`);
  for (const value of values) {
    if (typeof value !== 'string' || value.trim() === '') throw new Error(`${what}: every entry must be a non-empty string, got ${JSON.stringify(value)}.`);
    if (value.includes(',')) throw new Error(`${what}: "${value}" contains ",", which separates entries in the annotation. Give one entry per list item.`);
  }
  return values.map((v) => v.trim());
}
