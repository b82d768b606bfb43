import { parseReleaseVersion, ReleaseVersion, releaseText } from './controller-version';

/**
 * The releases of a controller that read something (an annotation key), as the controllers' git tags show it. A
 * controller that backports to several release lines gets a key in a patch of each: `since` lists the first release of
 * every line that has it, ascending ("1.33.14", "1.34.11", "1.35.0"); the line of the newest entry and every later line
 * read it. A line older than the newest entry and not listed never got it.
 */
export interface ReleaseLines {
  /** The first release of each line that reads it, ascending, written in full ("1.33.14"). */
  readonly since: readonly string[];
  /**
   * Releases outside those ranges that read it too: a tag cut from another branch (cloud-provider-aws v1.34.0 was
   * tagged on master, v1.34.1 on release-1.34 before the cherry-pick).
   */
  readonly also?: readonly string[];
}

type Full = readonly [number, number, number];

function full(text: string): Full {
  const v = parseReleaseVersion(text, 'release');
  return [v.major, v.minor ?? 0, v.patch ?? 0];
}

function compareLine(a: readonly [number, number], b: readonly [number, number]): number {
  return a[0] !== b[0] ? a[0] - b[0] : a[1] - b[1];
}

function compare(a: Full, b: Full): number {
  return compareLine([a[0], a[1]], [b[0], b[1]]) || a[2] - b[2];
}

/**
 * Whether `release` reads it: true, false, or undefined when the part of `release` that decides is not given (the
 * profile names the line "1.34" and the key came in a patch of it).
 */
export function releaseReads(release: ReleaseVersion, lines: ReleaseLines): boolean | undefined {
  const since = lines.since.map(full);
  if (since.length === 0) return false;
  const newest = since[since.length - 1];
  if (release.minor === undefined) {
    // Every line from the newest entry's on reads it: from X.0.0, every X.y does.
    if (release.major > newest[0] || (release.major === newest[0] && newest[1] === 0 && newest[2] === 0)) return true;
    if (since.every((s) => release.major < s[0])) return false;
    return undefined;
  }
  const line: [number, number] = [release.major, release.minor];
  if (compareLine(line, [newest[0], newest[1]]) > 0) return true;
  const first = since.find((s) => compareLine(line, [s[0], s[1]]) === 0);
  if (first === undefined) return false;
  if (release.patch === undefined) return first[2] === 0 ? true : undefined;
  const exact: Full = [release.major, release.minor, release.patch];
  if (compare(exact, first) >= 0) return true;
  return (lines.also ?? []).some((a) => compare(full(a), exact) === 0);
}

/** The first release at or after `release`'s line that reads it ("v1.33.14"), for messages; undefined when none is listed. */
export function firstReleaseReading(release: ReleaseVersion, lines: ReleaseLines): string | undefined {
  const line: [number, number] = [release.major, release.minor ?? 0];
  const found = lines.since.map(full).find((s) => compareLine([s[0], s[1]], line) >= 0);
  return found === undefined ? undefined : releaseText({ major: found[0], minor: found[1], patch: found[2] });
}

/** "v1.33.14+, v1.34.11+, v1.35.0+" for tables and messages. */
export function releaseLinesText(lines: ReleaseLines): string {
  return lines.since.map((s) => `v${s}+`).join(', ');
}

/**
 * When a declared release certainly does not read it: the first release that does ("v1.33.14", or "a later release"
 * when none is listed after it). Undefined when no release is declared, the release is older than `oldest` (the
 * table does not cover it), it reads it, or the profile leaves the deciding patch open.
 */
export function unreadBy(release: ReleaseVersion | undefined, lines: ReleaseLines, oldest: string): string | undefined {
  if (release === undefined) return undefined;
  const floor = full(oldest);
  if (compare([release.major, release.minor ?? floor[1], release.patch ?? floor[2]], floor) < 0) return undefined;
  if (releaseReads(release, lines) !== false) return undefined;
  return firstReleaseReading(release, lines) ?? 'a later release';
}
