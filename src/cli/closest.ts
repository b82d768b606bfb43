/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The `count` candidates closest to `given` (case-insensitive), nearest first; ties keep the candidates' order. */
export function closest(given: string, candidates: readonly string[], count = 3): string[] {
  const upper = given.toUpperCase();
  return candidates
    .map((candidate, index) => ({ candidate, index, distance: editDistance(upper, candidate.toUpperCase()) }))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .slice(0, count)
    .map((c) => c.candidate);
}
