import * as os from 'os';
import { runCliIn } from './run-cli';
import { closest, editDistance } from '../../src/cli/closest';
import { RETIRED_RULES } from '../../src/rules/kubernetes';
import { Rules } from '../../src/rules/registry';

const run = (argv: string[]) => runCliIn(os.tmpdir(), argv);

describe('cdk8s-cloud-lb rules', () => {
  test('one line per rule: id, severity, title, docs; then the counts and the retired ids', () => {
    const { code, stdout, stderr } = run(['rules']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.trimEnd().split('\n');
    const all = Rules.all();
    const errors = all.filter((r) => r.severity === 'error').length;
    const width = Math.max(...all.map((r) => r.id.length));
    expect(lines.slice(0, all.length)).toEqual(all.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.title}  ${r.docs}`));
    expect(lines.slice(all.length)).toEqual([
      '',
      `${all.length} rules: ${errors} errors, ${all.length - errors} warnings. \`cdk8s-cloud-lb explain RULE-ID\` tells one rule.`,
      'Retired, never reused: K8S-SVC-025.',
    ]);
  });

  test('--format json: every rule with id, severity, title, docs, kinds and whether it depends on the cluster', () => {
    const json = JSON.parse(run(['rules', '--format', 'json']).stdout);
    expect(json).toHaveLength(Rules.all().length);
    expect(json.map((r: any) => r.id)).toEqual(Rules.all().map((r) => r.id));
    expect(json.find((r: any) => r.id === 'K8S-SVC-014')).toEqual({
      id: 'K8S-SVC-014',
      severity: 'error',
      title: Rules.find('K8S-SVC-014')!.title,
      docs: 'https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport',
      kinds: ['Service'],
      dependsOnCluster: true,
    });
    expect(json.filter((r: any) => r.dependsOnCluster).length).toBe(Rules.all().filter((r) => r.dependsOnCluster !== undefined).length);
  });

  test('rules takes no argument; a format it does not write is refused', () => {
    expect(run(['rules', 'K8S-SVC-014'])).toMatchObject({ code: 2, stderr: expect.stringContaining('for one rule: cdk8s-cloud-lb explain RULE-ID') });
    expect(run(['rules', '--format', 'sarif'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--format of rules must be text or json') });
  });
});

describe('cdk8s-cloud-lb explain RULE-ID', () => {
  test('the description, fix, docs, the source it follows and how it depends on the cluster', () => {
    const rule = Rules.find('K8S-SVC-014')!;
    expect(run(['explain', 'K8S-SVC-014'])).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        `K8S-SVC-014 (error): ${rule.title}`,
        '  judges:              Service',
        `  why:                 ${rule.description}`,
        `  fix:                 ${rule.fix}`,
        `  follows:             ${rule.follows}`,
        `  depends on cluster:  ${rule.dependsOnCluster}`,
        `  docs:                ${rule.docs}`,
        '',
      ].join('\n'),
    });
    expect(rule.follows).toBeDefined();
  });

  test('a rule that is the same on every cluster, and one that records no function of its own', () => {
    const independent = Rules.all().find((r) => r.dependsOnCluster === undefined && r.follows === undefined)!;
    const { stdout } = run(['explain', independent.id.toLowerCase()]);
    expect(stdout).toContain(`${independent.id} (${independent.severity}): ${independent.title}`);
    expect(stdout).toContain('  depends on cluster:  no: the same verdict on every cluster where its controller runs\n');
    expect(stdout).toContain('  follows:             not recorded for this rule: its docs link is its source\n');
  });

  test('--format json', () => {
    const rule = Rules.find('K8S-SVC-014')!;
    expect(JSON.parse(run(['explain', 'K8S-SVC-014', '--format', 'json']).stdout)).toEqual({
      id: rule.id,
      severity: 'error',
      title: rule.title,
      kinds: ['Service'],
      description: rule.description,
      fix: rule.fix,
      docs: rule.docs,
      follows: rule.follows,
      dependsOnCluster: rule.dependsOnCluster,
    });
  });

  test('an unknown id: exit 2 with the closest ids', () => {
    expect(run(['explain', 'K8S-SVC-99'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'explain: "K8S-SVC-99" is not a rule id. The closest: K8S-SVC-009, K8S-SVC-019, K8S-SVC-029 (cdk8s-cloud-lb rules lists every rule).\n',
    });
    expect(run(['explain', 'AZ-PSL-001']).stderr).toMatch(/^explain: "AZ-PSL-001" is not a rule id\. The closest: AZ-PLS-001, /);
    expect(run(['explain'])).toMatchObject({ code: 2, stderr: expect.stringContaining('give one rule id') });
    expect(run(['explain', 'A', 'B']).code).toBe(2);
  });

  test('a retired id: why it was retired and which rules judge it now (exit 0: it is a known id)', () => {
    const [retired] = RETIRED_RULES;
    expect(run(['explain', 'K8S-SVC-025'])).toEqual({
      code: 0,
      stderr: '',
      stdout: `K8S-SVC-025 is retired (the id is never reused): ${retired.reason}. What it judged is judged by AZ-LB-013, AWS-LB-009.\n`,
    });
    expect(JSON.parse(run(['explain', 'K8S-SVC-025', '--format', 'json']).stdout)).toEqual({ ...retired, retired: true });
    expect(retired.replacedBy.every((id) => Rules.find(id) !== undefined)).toBe(true);
  });

  test('lint --ignore of a retired id says so', () => {
    expect(runCliIn(os.tmpdir(), ['lint', '-', '--ignore', 'K8S-SVC-025', '--no-config'], 'kind: ConfigMap\n').stderr)
      .toBe('lint: --ignore names no rule: K8S-SVC-025 (retired: cdk8s-cloud-lb explain K8S-SVC-025) (ignored)\n');
  });
});

describe('closest ids', () => {
  test('edit distance', () => {
    expect(editDistance('K8S-SVC-99', 'K8S-SVC-099')).toBe(1);
    expect(editDistance('K8S-SVC-99', 'K8S-SVC-009')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  test('the nearest first, case-insensitive, ties in the candidates\' order', () => {
    expect(closest('k8s-svc-01', ['K8S-SVC-010', 'K8S-SVC-001', 'AZ-LB-001'], 2)).toEqual(['K8S-SVC-010', 'K8S-SVC-001']);
    expect(closest('x', ['b', 'a'], 5)).toEqual(['b', 'a']);
  });
});
