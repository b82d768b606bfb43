import { violation } from './define';
import { annotationPath, show } from './manifest';
import { RuleViolation } from './rule';
import { Cluster, controllerText } from '../profile/cluster';
import { ControllerId } from '../profile/facts';
import { ReleaseLines, unreadBy } from '../profile/release-lines';

/**
 * The violations for the annotation keys that the controller's declared release does not read yet, in manifest order:
 * nothing without a declared release, nor where the profile leaves open the patch that decides.
 */
export function keysNewerThanRelease(
  annotations: { [key: string]: string },
  cluster: Cluster,
  controller: ControllerId,
  oldest: string,
  releasesOf: (key: string) => ReleaseLines | undefined,
  upgrade: string,
): RuleViolation[] {
  const release = cluster.releaseOf(controller);
  if (release === undefined) return [];
  const found: RuleViolation[] = [];
  for (const [key, value] of Object.entries(annotations)) {
    const releases = releasesOf(key);
    const first = releases === undefined ? undefined : unreadBy(release, releases, oldest);
    if (first === undefined) continue;
    found.push(violation(annotationPath(key),
      `${key}=${show(value)} is silently ignored on ${cluster.describe()}: ${controllerText(cluster, controller)} does not read this key; ${first} is the first release that does.`,
      `${upgrade} to ${first} or later, or remove the key.`));
  }
  return found;
}
