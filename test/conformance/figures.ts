import * as fs from 'fs';
import * as path from 'path';
import { agrees, ConformanceCase } from './case';
import { DISAGREEMENTS } from './disagreements';

/** The corpus files and their cases, in file order. */
export function corpus(): Array<{ file: string; cases: readonly ConformanceCase[] }> {
  return fs.readdirSync(__dirname)
    .filter((f) => f.endsWith('.cases.ts'))
    .sort()
    // Found by name, so that a new controller's file cannot be left out of the corpus.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    .map((f) => ({ file: f, cases: require(path.join(__dirname, f)).CASES as readonly ConformanceCase[] }));
}

/** The figures table of README.md: cases per file, accepted/rejected, agreement; then the listed disagreements. */
export function renderFigures(): string {
  const files = corpus();
  const all = files.flatMap((f) => f.cases);
  const row = (name: string, cases: readonly ConformanceCase[]) => {
    const agreeing = cases.filter(agrees).length;
    return `| ${name} | ${cases.length} | ${cases.filter((c) => c.expect === 'accepted').length} | ${cases.filter((c) => c.expect === 'rejected').length} | ${agreeing} | ${(100 * agreeing / Math.max(cases.length, 1)).toFixed(1)}% |`;
  };
  return [
    '| file | cases | accepted | rejected | agree | agreement |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...files.map((f) => row(f.file, f.cases)),
    row('**all**', all),
    '',
    `Disagreements (${DISAGREEMENTS.length}, each with its reason in disagreements.ts):`,
    '',
    ...DISAGREEMENTS.map((d) => `- ${d.source}`),
  ].join('\n');
}
