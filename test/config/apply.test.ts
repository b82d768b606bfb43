import { applyConfig, pathForGlobs, settingsFor } from '../../src/config/apply';
import { LintConfig } from '../../src/config/config';
import { parseConfig } from '../../src/config/validate';
import { LintFinding } from '../../src/lint/structs';
import { Severity } from '../../src/rules/rule';

function finding(ruleId: string, file: string, more: Partial<LintFinding> = {}): LintFinding {
  return {
    ruleId, file, severity: Severity.WARNING, line: 1, resource: { kind: 'Service', name: 'web' }, path: 'spec', message: 'm', fix: 'f', docs: 'd', ...more,
  };
}

const config = (text: string): LintConfig => ({ ...parseConfig(text, 'c'), file: '/repo/.cdk8s-cloud-lb.yaml' });

describe('applying the config to findings', () => {
  test('paths for the globs: relative to the config file\'s directory; stdin and files outside match nothing', () => {
    expect(pathForGlobs('charts/a.yaml', '/repo', '/repo/.cdk8s-cloud-lb.yaml')).toBe('charts/a.yaml');
    expect(pathForGlobs('a.yaml', '/repo/charts', '/repo/.cdk8s-cloud-lb.yaml')).toBe('charts/a.yaml');
    expect(pathForGlobs('/repo/charts/a.yaml', '/tmp', '/repo/.cdk8s-cloud-lb.yaml')).toBe('charts/a.yaml');
    expect(pathForGlobs('../x.yaml', '/repo', '/repo/.cdk8s-cloud-lb.yaml')).toBeUndefined();
    expect(pathForGlobs('/repo..x/a.yaml', '/', '/repo/.cdk8s-cloud-lb.yaml')).toBeUndefined();
    expect(pathForGlobs('-', '/repo', '/repo/.cdk8s-cloud-lb.yaml')).toBeUndefined();
    expect(pathForGlobs('..x/a.yaml', '/repo', '/repo/.cdk8s-cloud-lb.yaml')).toBe('..x/a.yaml');
  });

  test('ignore everywhere, and in the files of an override; counted apart from --ignore', () => {
    const c = config('ignore: [K8S-SVC-024]\noverrides:\n  - files: ["charts/legacy/**"]\n    ignore: [AWS-LB-017]\n');
    const findings = [
      finding('K8S-SVC-024', 'a.yaml'),
      finding('AWS-LB-017', 'a.yaml'),
      finding('AWS-LB-017', 'charts/legacy/x/b.yaml'),
      finding('K8S-SVC-014', 'charts/legacy/b.yaml'),
      finding('K8S-SVC-024', 'charts/legacy/b.yaml'),
    ];
    const applied = applyConfig(findings, c, ['K8S-SVC-014', 'K8S-SVC-024'], '/repo');
    expect(applied.findings.map((f) => `${f.ruleId}@${f.file}`)).toEqual(['AWS-LB-017@a.yaml']);
    // A rule both ignore is counted for --ignore (the flag wins).
    expect(applied).toMatchObject({ ignoredByFlag: 3, ignoredByConfig: 1 });
    expect(applyConfig(findings, c, [], '/repo')).toMatchObject({ ignoredByFlag: 0, ignoredByConfig: 3 });
    expect(applyConfig(findings, undefined, [], '/repo')).toEqual({ findings, ignoredByFlag: 0, ignoredByConfig: 0 });
  });

  test('severity: raise a warning, lower an error; an override wins over the top level; onlyOn findings stay warnings', () => {
    const c = config([
      'severity: { K8S-SVC-024: error, K8S-SVC-010: warning }',
      'overrides:',
      '  - files: ["legacy/*.yaml"]',
      '    severity: { K8S-SVC-024: warning }',
      '',
    ].join('\n'));
    const findings = [
      finding('K8S-SVC-024', 'a.yaml'),
      finding('K8S-SVC-010', 'a.yaml', { severity: Severity.ERROR }),
      finding('K8S-SVC-024', 'legacy/a.yaml'),
      finding('K8S-SVC-024', 'b.yaml', { onlyOn: 'Kubernetes before 1.27' }),
      finding('K8S-SVC-014', 'a.yaml', { severity: Severity.ERROR }),
    ];
    expect(applyConfig(findings, c, [], '/repo').findings.map((f) => `${f.ruleId}@${f.file}:${f.severity}`)).toEqual([
      'K8S-SVC-024@a.yaml:error',
      'K8S-SVC-010@a.yaml:warning',
      'K8S-SVC-024@legacy/a.yaml:warning',
      'K8S-SVC-024@b.yaml:warning',
      'K8S-SVC-014@a.yaml:error',
    ]);
  });

  test('a warning raised to an error is no longer accepted by its acknowledgement (errors cannot be acknowledged)', () => {
    const c = config('severity: { K8S-SVC-024: error }\n');
    const [raised] = applyConfig([finding('K8S-SVC-024', 'a.yaml', { acknowledgedReason: 'on purpose' })], c, [], '/repo').findings;
    expect(raised.severity).toBe(Severity.ERROR);
    expect('acknowledgedReason' in raised).toBe(false);
  });

  test('settingsFor: the top level, then every matching override in file order', () => {
    const c = config('ignore: [K8S-SVC-024]\noverrides:\n  - files: ["**"]\n    ignore: [AWS-LB-017]\n  - files: ["x/*"]\n    ignore: [K8S-SVC-014]\n');
    expect(settingsFor(c, 'x/a.yaml').map((s) => s.ignore)).toEqual([['K8S-SVC-024'], ['AWS-LB-017'], ['K8S-SVC-014']]);
    expect(settingsFor(c, 'a.yaml').map((s) => s.ignore)).toEqual([['K8S-SVC-024'], ['AWS-LB-017']]);
    expect(settingsFor(c, undefined).map((s) => s.ignore)).toEqual([['K8S-SVC-024']]);
  });
});
