/**
 * The path globs of the config file's `overrides[].files`: `*` (any characters but `/`), `?` (one character but
 * `/`), `**` as a whole segment (any number of directories, none included); every other character is itself. A glob
 * is matched against the whole path relative to the config file's directory, with `/` separators; a glob ending in
 * `/` matches everything under that directory (`charts/legacy/` is `charts/legacy/**`); a leading `./` or `/` is
 * dropped. No package is needed for this (minimatch and picomatch are only development dependencies here).
 */

/** A glob compiled once: `matches(path)` for each linted file. */
export interface PathGlob {
  readonly glob: string;
  matches(relativePath: string): boolean;
}

const GLOBSTAR = '**';

function segmentPattern(segment: string): RegExp {
  let source = '';
  for (const char of segment) {
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** The segments of a glob, normalized: `./` and a leading `/` dropped, a trailing `/` read as `/**`, `a**` as `a*`. */
export function globSegments(glob: string): string[] {
  let normalized = glob.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\/+/, '');
  if (normalized.endsWith('/')) normalized += GLOBSTAR;
  return normalized.split('/').filter((s) => s !== '' && s !== '.').map((s) => (s !== GLOBSTAR && s.includes(GLOBSTAR) ? s.replace(/\*{2,}/g, '*') : s));
}

export function compileGlob(glob: string): PathGlob {
  const segments = globSegments(glob);
  const patterns = segments.map((s) => (s === GLOBSTAR ? undefined : segmentPattern(s)));
  return {
    glob,
    matches: (relativePath: string) => {
      const parts = relativePath.replace(/\\/g, '/').replace(/^(\.\/)+/, '').split('/').filter((s) => s !== '' && s !== '.');
      return matchSegments(patterns, parts);
    },
  };
}

/** Whether the glob segments match the path segments: `**` (undefined) takes zero or more path segments. */
function matchSegments(patterns: ReadonlyArray<RegExp | undefined>, parts: readonly string[]): boolean {
  // reachable[j]: the patterns so far can consume exactly the first j path segments.
  let reachable = parts.map(() => false).concat(false);
  reachable[0] = true;
  for (const pattern of patterns) {
    const next = reachable.map(() => false);
    for (let j = 0; j <= parts.length; j++) {
      if (!reachable[j]) continue;
      if (pattern === undefined) {
        for (let k = j; k <= parts.length; k++) next[k] = true;
        break; // every later j is covered by this one
      }
      if (j < parts.length && pattern.test(parts[j])) next[j + 1] = true;
    }
    reachable = next;
  }
  return reachable[parts.length];
}

/** Whether any of the globs matches the path. */
export function matchesAny(globs: readonly PathGlob[], relativePath: string): boolean {
  return globs.some((g) => g.matches(relativePath));
}
