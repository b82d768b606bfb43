import { ReleaseLines } from '../../profile/release-lines';
import { arrayAt, specOf, stringAt } from '../manifest';

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** The numbers of `spec.ports[].port` (integers only; other values are reported by the Kubernetes rules). */
export function servicePortNumbers(manifest: unknown): number[] {
  return arrayAt(specOf(manifest), 'ports')
    .map((port) => (port as { port?: unknown })?.port)
    .filter((port): port is number => typeof port === 'number' && Number.isInteger(port));
}

export function servicePortNames(manifest: unknown): string[] {
  return arrayAt(specOf(manifest), 'ports')
    .map((port) => stringAt(port, 'name'))
    .filter((name): name is string => name !== undefined);
}

/** `spec.externalTrafficPolicy` is `Local`. */
export function isLocalTrafficPolicy(manifest: unknown): boolean {
  return specOf(manifest).externalTrafficPolicy === 'Local';
}

/** The IP families the Service declares, or undefined when it leaves them to the cluster. */
export function declaredIpFamilies(manifest: unknown): string[] | undefined {
  const families = arrayAt(specOf(manifest), 'ipFamilies').filter((f): f is string => typeof f === 'string');
  return families.length > 0 ? families : undefined;
}

/** An ARM resource id of one provider type, e.g. `Microsoft.Network/publicIPPrefixes`. */
export function isArmId(value: string, resourceType: string): boolean {
  let pattern = ARM_ID_PATTERNS.get(resourceType);
  if (pattern === undefined) {
    pattern = new RegExp(
      '^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]+/providers/' + resourceType.replace('.', '\\.') + '/[-\\w._]+$', 'i');
    ARM_ID_PATTERNS.set(resourceType, pattern);
  }
  return pattern.test(value);
}

/** One pattern per resource type (two today), compiled on first use instead of at every call. */
const ARM_ID_PATTERNS = new Map<string, RegExp>();

/** The keys of `annotations` that are present, in the order given. */
export function presentKeys(annotations: { [key: string]: string }, keys: readonly string[]): string[] {
  return keys.filter((key) => annotations[key] !== undefined);
}

/**
 * "cloud-provider-azure v1.33.12+, v1.34.9+ or v1.36+": the releases of `lines` (first patch of each line, the lines
 * after the last one included), for the clusters of a `Cluster.runsReleaseIn('cloud-provider-azure', lines)` verdict.
 */
export function cpaReleasesText(lines: ReleaseLines): string {
  const since = lines.since.map((text) => text.split('.').map(Number));
  const last = since[since.length - 1];
  const parts = since.map(([major, minor, patch], i) => (i === since.length - 1 && patch === 0 ? `v${major}.${minor}+` : `v${major}.${minor}.${patch}+`));
  if (last[2] !== 0) parts.push(`v${last[0]}.${last[1] + 1}+`);
  return `cloud-provider-azure ${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}
