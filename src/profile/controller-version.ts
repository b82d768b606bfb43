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

export function releaseText(version: ReleaseVersion): string {
  return `v${[version.major, version.minor, version.patch].filter((p) => p !== undefined).join('.')}`;
}
