/**
 * Kubernetes minor versions, as the rules compare them. The library judges every minor version from OLDEST_MINOR to
 * NEWEST_MINOR; a profile names one of them.
 */
export const OLDEST_MINOR = 26;
export const NEWEST_MINOR = 37;

/** A Kubernetes minor version, e.g. 29 for "1.29". */
export type Minor = number;

const VERSION = /^v?1\.(\d{1,3})(?:\.\d{1,4})?(?:[-+][0-9A-Za-z.+-]*)?$/;

/**
 * The minor of a version written as "1.29", "v1.29" or "1.29.3" (also "v1.29.3-eks-1a2b3c" as EKS writes it).
 * @throws a message naming the value and the versions judged, when it is none of these or outside them.
 */
export function parseKubernetesVersion(value: string, where: string): Minor {
  const match = VERSION.exec(value.trim());
  if (match === null) {
    throw new Error(`${where}: "${value}" is not a Kubernetes version. Write the minor version, e.g. "1.${NEWEST_MINOR - 2}".`);
  }
  const minor = Number(match[1]);
  if (minor < OLDEST_MINOR || minor > NEWEST_MINOR) {
    throw new Error(`${where}: Kubernetes "${value}" is outside the versions this library judges (1.${OLDEST_MINOR} to 1.${NEWEST_MINOR}).`);
  }
  return minor;
}

/** "1.29". */
export function versionText(minor: Minor): string {
  return `1.${minor}`;
}
