import * as fs from 'fs';
import * as path from 'path';
import { definingFile, readSources, ruleSourceFiles } from '../../scripts/rule-sources';
import { Rules, Severity } from '../../src';
import { renderRulesMarkdown } from '../../src/rules/catalogue';

describe('RULES.md', () => {
  test('is up to date with the rule metadata and the rule sources (run `npx projen docgen:rules`)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'RULES.md'), 'utf-8');
    expect(committed).toBe(renderRulesMarkdown(Rules.all(), ruleSourceFiles(Rules.all())));
  });

  test('lists every rule once, with its severity and source file, and escapes table cells', () => {
    const md = renderRulesMarkdown([
      { id: 'K8S-SVC-900', severity: Severity.ERROR, title: 'a | b', description: 'why', fix: 'fix', docs: 'https://x', kinds: ['Service'], check: () => [] },
      { id: 'ZZ-001', severity: Severity.WARNING, title: 't', description: 'd', fix: 'f', docs: 'https://y', kinds: ['Service'], check: () => [] },
    ], new Map([['K8S-SVC-900', 'src/rules/kubernetes/ports.ts']]));
    expect(md).toContain('| [K8S-SVC-900](https://x) | error | a \\| b | why | fix | [kubernetes/ports.ts](src/rules/kubernetes/ports.ts) |');
    expect(md).toContain('## Other rules');
    expect(md).toContain('| [ZZ-001](https://y) | warning | t | d | f |  |');
    expect(md).toContain('2 rules.');
  });
});

describe('the source file of a rule', () => {
  const file = (p: string, text: string) => ({ path: p, text });

  test('is the file with its id literal, not a file that only names it in a message', () => {
    const files = [file('src/rules/a.ts', "message: 'see K8S-SVC-001'"), file('src/rules/b.ts', "defineRule({ id: 'K8S-SVC-001', ... })")];
    expect(definingFile('K8S-SVC-001', files)).toBe('src/rules/b.ts');
  });

  test('is the only file quoting the id when a helper receives it as an argument', () => {
    expect(definingFile('AZ-AGIC-005', [file('src/rules/agic.ts', "rangeRule('AZ-AGIC-005', K.X, 1, 2)"), file('src/rules/c.ts', '')])).toBe('src/rules/agic.ts');
  });

  test('is an error when unknown or ambiguous, rather than a wrong link', () => {
    expect(() => definingFile('X-001', [file('a.ts', '')])).toThrow(/cannot tell which file defines X-001: it is quoted in no file/);
    expect(() => definingFile('X-001', [file('a.ts', "f('X-001')"), file('b.ts', "g('X-001')")])).toThrow(/a.ts, b.ts/);
    expect(() => definingFile('X-001', [file('a.ts', "id: 'X-001'"), file('b.ts', "id: 'X-001'")])).toThrow(/several files/);
    // A longer id that starts with this one does not count.
    expect(() => definingFile('X-001', [file('a.ts', "id: 'X-0012'")])).toThrow(/no file/);
  });

  test('is found under src/rules for every built-in rule', () => {
    const sources = ruleSourceFiles(Rules.all(), readSources('src/rules'));
    expect(sources.size).toBe(Rules.all().length);
    for (const [id, p] of sources) {
      expect(p).toMatch(/^src\/rules\/.+\.ts$/);
      expect(fs.readFileSync(path.join(__dirname, '..', '..', p), 'utf-8')).toContain(`'${id}'`);
    }
  });
});
