/**
 * A controller's release as far as the profile names it: "v2.5" leaves the patch open, so a check against a patch
 * release ("v1.33.14+", a cherry-pick) can be unknown.
 */
export interface ReleaseVersion {
  readonly major: number;
  readonly minor?: number;
  readonly patch?: number;
}

const RELEASE = /^v?(\d{1,4})(?:\.(\d{1,4}))?(?:\.(\d{1,4}))?(?:[-+][0-9A-Za-z.+-]*)?$/;

/** @throws a message naming the value, when it is not a release number. */
export function parseReleaseVersion(value: string, where: string): ReleaseVersion {
  const match = RELEASE.exec(value.trim());
  if (match === null) throw new Error(`${where}: "${value}" is not a release version. Write it as "v2.8.1" or "2.8".`);
  return {
    major: Number(match[1]),
    minor: match[2] === undefined ? undefined : Number(match[2]),
    patch: match[3] === undefined ? undefined : Number(match[3]),
  };
}

/**
 * Whether `version` is at least `minimum` (written in full, e.g. "1.33.14"); undefined when the part of `version`
 * that decides it is not given.
 */
export function releaseAtLeast(version: ReleaseVersion, minimum: string): boolean | undefined {
  const m = parseReleaseVersion(minimum, 'minimum');
  const parts: Array<[number | undefined, number]> = [[version.major, m.major], [version.minor, m.minor ?? 0], [version.patch, m.patch ?? 0]];
  for (let i = 0; i < parts.length; i++) {
    const [have, need] = parts[i];
    if (have === undefined) return parts.slice(i).every(([, rest]) => rest === 0) ? true : undefined;
    if (have !== need) return have > need;
  }
  return true;
}

export function releaseText(version: ReleaseVersion): string {
  return `v${[version.major, version.minor, version.patch].filter((p) => p !== undefined).join('.')}`;
}
