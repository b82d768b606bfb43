import { annotationsOf, isObject, metadataOf, specOf, stringAt } from '../../rules/manifest';

/** Small readers shared by the per-controller checks. */

export const SERVICE_PREFIX = 'service.beta.kubernetes.io/';

export function annotation(manifest: unknown, key: string): string | undefined {
  return annotationsOf(manifest)[key];
}

/** A Service annotation under `service.beta.kubernetes.io/`, trimmed; empty counts as absent. */
export function serviceAnnotation(manifest: unknown, name: string): string | undefined {
  const value = annotationsOf(manifest)[SERVICE_PREFIX + name]?.trim();
  return value === '' ? undefined : value;
}

export function annotationPathOf(name: string): string {
  return `metadata.annotations[${SERVICE_PREFIX}${name}]`;
}

export function nameOf(manifest: unknown): string {
  return stringAt(metadataOf(manifest), 'name') ?? '(unnamed)';
}

export function specString(manifest: unknown, field: string): string | undefined {
  return stringAt(specOf(manifest), field);
}

/** Whether any annotation key starts with a prefix. */
export function hasAnnotationPrefix(manifest: unknown, prefix: string): boolean {
  return Object.keys(annotationsOf(manifest)).some((key) => key.startsWith(prefix));
}

/** The objects of spec.ports. */
export function portsOf(manifest: unknown): Array<{ [key: string]: unknown }> {
  const ports = specOf(manifest).ports;
  return Array.isArray(ports) ? ports.filter(isObject) : [];
}

/** A list annotation split on commas (or spaces), trimmed, empties dropped, sorted: order-insensitive comparison. */
export function listValue(value: string | undefined, separator: RegExp = /,/): string | undefined {
  if (value === undefined) return undefined;
  return value.split(separator).map((v) => v.trim()).filter((v) => v !== '').sort().join(',');
}
