import { diffInputs } from './index';
import { ManifestDiffReport } from './structs';
import { LoadResult } from '../yaml/load';

/** Diffs two loaded manifest sets (the shared core of the CLI and the ManifestDiff class). */
export function diffLoaded(before: LoadResult, after: LoadResult): ManifestDiffReport {
  return {
    changes: diffInputs(before.objects, after.objects),
    problems: [...before.problems, ...after.problems].map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`),
  };
}
