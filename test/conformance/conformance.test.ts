import * as fs from 'fs';
import * as path from 'path';
import { agrees, findingsOf, KnownDisagreement } from './case';
import { DISAGREEMENTS } from './disagreements';
import { corpus as corpusFiles, renderFigures } from './figures';

/**
 * The conformance corpus: cases taken from the controllers' and the API server's own unit tests (each file
 * `*.cases.ts` here exports CASES, one controller each), judged as those tests assert. Every disagreement is listed in
 * disagreements.ts with its reason; a listed case that agrees again must leave the list.
 */
const corpus = corpusFiles();

const all = corpus.flatMap((c) => c.cases);
const listed = new Map<string, KnownDisagreement>(DISAGREEMENTS.map((d) => [d.source, d]));

describe('conformance corpus', () => {
  test('every case names its source once, and carries a verdict', () => {
    const sources = all.map((c) => c.source);
    expect(sources.filter((s, i) => sources.indexOf(s) !== i)).toEqual([]);
    for (const c of all) {
      expect(c.source).toMatch(/^[\w.-]+\/[\w.-]+ \S+/);
      expect(['accepted', 'rejected']).toContain(c.expect);
    }
  });

  for (const { file, cases } of corpus) {
    describe(file, () => {
      for (const c of cases) {
        test(`${c.expect}: ${c.source}`, () => {
          const agreement = agrees(c);
          const known = listed.get(c.source);
          if (known === undefined && !agreement) {
            throw new Error(`disagrees with its test (${c.expect}); findings: ${JSON.stringify(findingsOf(c).map((f) => [f.ruleId, f.severity, f.path]))}`);
          }
          if (known !== undefined) expect({ source: c.source, agrees: agreement }).toEqual({ source: c.source, agrees: false });
        });
      }
    });
  }

  test('README.md shows the figures of the corpus as it is (regenerate the table between its markers from renderFigures())', () => {
    const readme = fs.readFileSync(path.join(__dirname, 'README.md'), 'utf-8');
    const table = /<!-- figures -->\n([\s\S]*?)\n<!-- \/figures -->/.exec(readme)?.[1];
    expect(table).toBe(renderFigures());
  });

  test('the listed disagreements are cases of the corpus, and agreement is at least 99%', () => {
    const sources = new Set(all.map((c) => c.source));
    expect(DISAGREEMENTS.filter((d) => !sources.has(d.source)).map((d) => d.source)).toEqual([]);
    const agreeing = all.filter(agrees).length;
    expect(agreeing / Math.max(all.length, 1)).toBeGreaterThanOrEqual(0.99);
  });
});
