import * as fs from 'fs';
import * as path from 'path';
import { Rules, Severity } from '../../src';
import { renderRulesMarkdown } from '../../src/rules/catalogue';

describe('RULES.md', () => {
  test('is up to date with the rule metadata (run `npx projen docgen:rules`)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'RULES.md'), 'utf-8');
    expect(committed).toBe(renderRulesMarkdown(Rules.all()));
  });

  test('lists every rule once, with its severity, and escapes table cells', () => {
    const md = renderRulesMarkdown([
      { id: 'K8S-SVC-900', severity: Severity.ERROR, title: 'a | b', description: 'why', fix: 'fix', docs: 'https://x', kinds: ['Service'], check: () => [] },
      { id: 'ZZ-001', severity: Severity.WARNING, title: 't', description: 'd', fix: 'f', docs: 'https://y', kinds: ['Service'], check: () => [] },
    ]);
    expect(md).toContain('| [K8S-SVC-900](https://x) | error | a \\| b | why | fix |');
    expect(md).toContain('## Other rules');
    expect(md).toContain('| [ZZ-001](https://y) | warning |');
    expect(md).toContain('2 rules.');
  });
});
