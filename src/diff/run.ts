import { ChangeWithValues, diffInputsWithValues } from './index';
import { ManifestDiffReport } from './structs';
import { LoadResult } from '../yaml/load';

/** Diffs two loaded manifest sets (the shared core of the CLI and the ManifestDiff class). */
export function diffLoaded(before: LoadResult, after: LoadResult): ManifestDiffReport {
  return diffLoadedWithValues(before, after).report;
}

/** diffLoaded, with each change's values as values (for `diff --format json`). */
export function diffLoadedWithValues(before: LoadResult, after: LoadResult): { report: ManifestDiffReport; changes: ChangeWithValues[] } {
  const changes = diffInputsWithValues(before.objects, after.objects);
  return {
    report: {
      changes: changes.map((c) => c.change),
      problems: [...before.problems, ...after.problems].map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`),
    },
    changes,
  };
}
