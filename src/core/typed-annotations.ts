import { Duration } from 'cdk8s';
import { ManagedAnnotation } from './managed-annotation';
import { PortReference } from './port-reference';

/**
 * The one way a construct turns typed props into annotations, with one error policy (README, "Bad props"):
 * - a prop value the annotation cannot carry faithfully throws at construction, naming the prop: a list item that
 *   holds the separator (it would be read as two), a non-string item, a map key with "=" or the separator, a
 *   fractional Duration, an empty list (neither "none" nor "unset" can be written);
 * - a value the annotation carries but the controller refuses (an empty item, a number out of range, a bad format) is
 *   written as given and judged by the rules, so that the construct and `lint` on its YAML give one verdict.
 * Not exported from the package.
 */

/** The annotations of a construct's typed props, built once at construction: every render returns the same entries. */
export class TypedAnnotations {
  private readonly entries: ManagedAnnotation[] = [];

  /** A value of a typed prop, or a choice of the construct; `undefined` (an unset prop) writes nothing. */
  public set(key: string, value: string | undefined, source: string): this {
    if (value !== undefined) this.entries.push({ key, value, source });
    return this;
  }

  /** The entries, in the order they were added: the same objects at every render. */
  public render(): ManagedAnnotation[] {
    return this.entries;
  }
}

export function boolText(value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

export function numberText(value: number | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

/**
 * A list prop as one annotation value, its items joined with `separator`. Throws for what the joined value cannot
 * carry; empty items are written and left to the rules.
 */
export function listText(prop: string, items: readonly string[] | undefined, separator: string): string | undefined {
  if (items === undefined) return undefined;
  if (!Array.isArray(items) || items.length === 0) throw new Error(`${prop}: give at least one entry, or leave the prop out.`);
  for (let i = 0; i < items.length; i++) {
    if (!(i in items)) continue; // a hole of a sparse array (JavaScript only): join() writes it as an empty item
    const item = items[i];
    if (typeof item !== 'string') throw new Error(`${prop}[${i}] is ${JSON.stringify(item)}, not a string. Give one string per array element.`);
    if (item.trim() !== '' && (item.includes(separator) || (separator === ' ' && /\s/.test(item.trim())))) {
      throw new Error(`${prop}[${i}] is ${JSON.stringify(item)}, which contains the list separator "${separator}" of its annotation and would be read as `
        + 'several items. Give one item per array element.');
    }
  }
  return items.join(separator);
}

/** A list of port references as one annotation value (JavaScript callers may pass anything). */
export function portListText(prop: string, ports: readonly PortReference[] | undefined, separator: string): string | undefined {
  if (ports === undefined) return undefined;
  if (!Array.isArray(ports)) throw new Error(`${prop}: give a list of PortReference.named() or PortReference.number(), or leave the prop out.`);
  const values = ports.map((port, i) => {
    if (!(port instanceof PortReference)) {
      throw new Error(`${prop}[${i}] must be a PortReference, got ${JSON.stringify(port)}. Use PortReference.named('https') or PortReference.number(443).`);
    }
    return port.value;
  });
  return listText(prop, values, separator);
}

/** The `key=value` entries of a map prop, checked for what `k=v,k2=v2` cannot carry. */
export function mapEntries(prop: string, map: { [key: string]: string } | undefined): Array<[string, string]> {
  if (map === undefined) return [];
  refuseEmptyMap(prop, map);
  return Object.entries(map).map(([key, value]) => {
    if (key.trim() === '' || /[=,]/.test(key)) throw new Error(`${prop}: the key ${JSON.stringify(key)} must be non-empty and contain neither "=" nor ",".`);
    if (typeof value !== 'string') throw new Error(`${prop}: the value of ${key} must be a string, got ${JSON.stringify(value)}.`);
    if (value.includes(',')) throw new Error(`${prop}: the value of ${key} (${JSON.stringify(value)}) contains ",", which separates entries in the annotation.`);
    return [key.trim(), value.trim()] as [string, string];
  });
}

/**
 * An empty map prop is refused like an empty list (listText): it would write an annotation the user never asked for, or
 * silently nothing; either way the prop would not say what the manifest does.
 */
export function refuseEmptyMap(prop: string, map: { [key: string]: string }): void {
  if (map === null || typeof map !== 'object' || Array.isArray(map)) {
    throw new Error(`${prop}: give a map of strings, e.g. { team: 'web' }, or leave the prop out.`);
  }
  if (Object.keys(map).length === 0) throw new Error(`${prop}: give at least one entry, or leave the prop out.`);
}

/** `k=v,k2=v2`, or undefined for no entries. */
export function mapText(entries: ReadonlyArray<[string, string]>): string | undefined {
  return entries.length === 0 ? undefined : entries.map(([k, v]) => `${k}=${v}`).join(',');
}

/** Whole seconds of a Duration, as annotation text. */
export function secondsText(prop: string, duration: Duration | undefined): string | undefined {
  const seconds = wholeSeconds(prop, duration);
  return seconds === undefined ? undefined : String(seconds);
}

/** Whole seconds of a Duration. */
export function wholeSeconds(prop: string, duration: Duration | undefined): number | undefined {
  if (duration === undefined) return undefined;
  try {
    return duration.toSeconds();
  } catch {
    throw new Error(`${prop} must be a whole number of seconds, got ${duration.toHumanString()}. Use e.g. Duration.seconds(10).`);
  }
}

/** Whole minutes of a Duration, as annotation text; `example` names a value the controller takes. */
export function minutesText(prop: string, duration: Duration | undefined, example: string): string | undefined {
  if (duration === undefined) return undefined;
  try {
    return String(duration.toMinutes());
  } catch {
    throw new Error(`${prop} must be a whole number of minutes, got ${duration.toHumanString()}. Use e.g. ${example}.`);
  }
}
