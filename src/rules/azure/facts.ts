import { Cluster } from '../../profile/cluster';
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
 * Whether cloud-provider-azure runs a release with a change cherry-picked into several release lines: `since` lists,
 * oldest line first, the first patch of each line that has it ([33, 12] is v1.33.12); lines before the first do not
 * have it, lines after the last do. Undefined when the profile leaves the release (or its patch) open.
 */
export function cpaHas(cluster: Cluster, since: ReadonlyArray<readonly [number, number]>): boolean | undefined {
  if (cluster.runs('cloud-provider-azure') === false) return false;
  const release = cluster.releaseOf('cloud-provider-azure');
  if (release === undefined) return undefined;
  if (release.major !== 1) return release.major > 1;
  if (release.minor === undefined) return undefined;
  if (release.minor < since[0][0]) return false;
  if (release.minor > since[since.length - 1][0]) return true;
  const patch = since.find(([line]) => line === release.minor)?.[1];
  if (patch === undefined) return false;
  if (release.patch === undefined) return patch === 0 ? true : undefined;
  return release.patch >= patch;
}

/** "v1.33.12+, v1.34.9+ or v1.36+", for the clusters of a cpaHas() verdict. */
export function cpaReleasesText(since: ReadonlyArray<readonly [number, number]>): string {
  const parts = since.map(([line, patch], i) => (i === since.length - 1 && patch === 0 ? `v1.${line}+` : `v1.${line}.${patch}+`));
  if (since[since.length - 1][1] !== 0) parts.push(`v1.${since[since.length - 1][0] + 1}+`);
  return `cloud-provider-azure ${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}
