import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs, runCli } from '../../src/cli/cli';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(__dirname, '..', 'fixtures');
const HELM = path.join(FIXTURES, 'lint', 'helm-release.yaml');
const BROKEN = path.join(FIXTURES, 'lint', 'broken.yaml');
const CLEAN = path.join(FIXTURES, 'lint', 'clean.yaml');

/** A working directory without a config file (the inputs are absolute paths). */
const NO_CONFIG_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-cloud-lb-cli-'));
afterAll(() => fs.rmSync(NO_CONFIG_DIR, { recursive: true, force: true }));

function run(argv: string[], stdin = '', cwd = NO_CONFIG_DIR): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readStdin: () => stdin, color: false, cwd });
  return { code, stdout, stderr };
}

describe('lint (in process)', () => {
  test('exit 0 on a clean file, and with warnings only', () => {
    const { code, stdout } = run(['lint', CLEAN]);
    expect(code).toBe(0);
    expect(stdout).toBe('3 Services/Ingresses judged: no findings (3 documents read); judged for every cluster: declare yours with --profile or .cdk8s-cloud-lb.yaml\n');
    const warningsOnly = run(['lint', path.join(FIXTURES, 'rules', 'K8S-SVC-024.yaml')]);
    expect(warningsOnly.code).toBe(0);
    expect(warningsOnly.stdout).toContain('\n1 Service/Ingress judged, 1 with findings: 0 errors, 1 warning (1 document read);');
  });

  test('exit 1 on errors, 0 when the erroneous rules are ignored', () => {
    expect(run(['lint', HELM]).code).toBe(1);
    expect(run(['lint', HELM, '--ignore', 'K8S-SVC-010,K8S-SVC-011', '--ignore=K8S-SVC-012']).code).toBe(0);
    expect(run(['lint', HELM, '--ignore', 'K8S-SVC-999']).stderr).toBe('lint: --ignore names no rule: K8S-SVC-999 (ignored)\n');
  });

  test('exit 2 on unreadable input, still reporting the findings of the readable documents', () => {
    const { code, stdout } = run(['lint', BROKEN, '--format', 'json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).map((f: any) => `${f.ruleId}@${f.line}`)).toEqual(['LINT-INPUT@15', 'K8S-SVC-009@25']);
    expect(run(['lint', '/no/such.yaml']).code).toBe(2);
  });

  test('stdin with -', () => {
    const yaml = 'kind: Service\nmetadata: {name: web}\nspec: {type: LoadBalancer, selector: {a: b}, ports: [{port: 80, protocol: http}]}\n';
    const { code, stdout } = run(['lint', '-'], yaml);
    expect(code).toBe(1);
    expect(stdout).toContain('-:3  error    K8S-SVC-009  spec.ports[0].protocol: "http" is not a supported protocol.');
  });

  test('colour only when asked for (a terminal); never in JSON', () => {
    let colored = '';
    runCli(['lint', HELM], { stdout: (t) => { colored += t; }, stderr: () => undefined, readStdin: () => '', color: true });
    expect(colored).toContain('\u001b[31m');
    let json = '';
    runCli(['lint', HELM, '--format', 'json'], { stdout: (t) => { json += t; }, stderr: () => undefined, readStdin: () => '', color: true });
    expect(json).not.toContain('\u001b[');
  });

  test('usage errors exit 2 with the usage', () => {
    for (const argv of [['lint'], ['lint', HELM, '--format', 'xml'], ['lint', HELM, '--bogus'], ['frobnicate'], [], ['diff', HELM]]) {
      const { code, stdout, stderr } = run(argv);
      expect(code).toBe(2);
      expect(stdout + stderr).toContain('Usage:');
    }
    expect(run(['--help']).code).toBe(0);
  });

  test('parseArgs', () => {
    expect(parseArgs(['lint', 'a.yaml', '--format=json', '--ignore', 'A,B', 'b.yaml'])).toEqual({
      command: 'lint', positional: ['a.yaml', 'b.yaml'], format: 'json', ignore: ['A', 'B'], error: undefined, noConfig: false,
    });
    expect(parseArgs(['lint', 'a.yaml', '--profile', 'eks-1.30', '--kubernetes-version=1.31', '--config', 'c.yaml'])).toMatchObject({
      positional: ['a.yaml'], profile: 'eks-1.30', kubernetesVersion: '1.31', config: 'c.yaml', noConfig: false, error: undefined,
    });
    expect(parseArgs(['lint', 'a.yaml', '--no-config']).noConfig).toBe(true);
    expect(parseArgs(['lint', 'a.yaml', '--profile']).error).toBe('--profile needs a value, e.g. eks-1.30+lbc-2.8.1');
    expect(parseArgs(['lint', 'a.yaml', '--config', '--no-config']).error).toBe('--config needs a value (a file)');
    expect(parseArgs(['lint', 'a.yaml', '--no-config=yes']).error).toBe('--no-config takes no value');
    expect(parseArgs(['diff', 'a', 'b', '--profile', 'eks']).error).toBe('--profile is an option of lint, not of diff');
  });
});

describe('lint with a config file and a profile (in process)', () => {
  let root: string;
  const RULES = path.join(FIXTURES, 'rules');
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-cloud-lb-config-'));
    fs.mkdirSync(path.join(root, 'charts', 'legacy'), { recursive: true });
    fs.mkdirSync(path.join(root, 'apps', 'web'), { recursive: true });
    fs.copyFileSync(HELM, path.join(root, 'helm.yaml'));
    fs.copyFileSync(HELM, path.join(root, 'charts', 'legacy', 'helm.yaml'));
    fs.copyFileSync(path.join(RULES, 'K8S-SVC-024.yaml'), path.join(root, 'selectorless.yaml'));
    fs.writeFileSync(path.join(root, '.cdk8s-cloud-lb.yaml'), [
      '# yaml-language-server: $schema=../schema/cdk8s-cloud-lb.schema.json',
      'profile: eks-1.30+lbc-2.8.1',
      'ignore: [K8S-SVC-011]',
      'overrides:',
      '  - files: ["charts/legacy/**"]',
      '    ignore: [K8S-SVC-010, K8S-SVC-012]',
      'severity:',
      '  K8S-SVC-024: error',
      '',
    ].join('\n'));
    fs.writeFileSync(path.join(root, 'strict.yaml'), 'profile: { platform: aks, kubernetesVersion: "1.29" }\n');
    fs.writeFileSync(path.join(root, 'broken.yaml'), 'profile: eks\n\nignore: [K8S-SVC-011, NOPE-1]\nseverity: { K8S-SVC-024: fatal }\n');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const lastLine = (stdout: string) => stdout.trimEnd().split('\n').pop();

  test('the config file found from the working directory up: ignore, overrides, severity; the summary says what it ignored and the profile', () => {
    const { code, stdout } = run(['lint', '../../helm.yaml', '../../charts', '../../selectorless.yaml'], '', path.join(root, 'apps', 'web'));
    expect(code).toBe(1);
    expect(stdout).not.toContain('K8S-SVC-011');
    expect(stdout).toContain('../../helm.yaml:78  error    K8S-SVC-010');
    expect(stdout).not.toContain('../../charts/legacy/helm.yaml:78');
    expect(stdout).toContain('../../selectorless.yaml:7  error    K8S-SVC-024');
    // helm.yaml: one K8S-SVC-011; the legacy copy: K8S-SVC-011, two K8S-SVC-010, one K8S-SVC-012.
    expect(lastLine(stdout)).toBe(`7 Services/Ingresses judged, 4 with findings: 4 errors, 2 warnings, 2 acknowledged (15 documents read); 5 findings ignored (5 by ${path.join(root, '.cdk8s-cloud-lb.yaml')}); judged for eks-1.30+lbc-2.8.1`);
  });

  test('--ignore is counted apart; a path relative to the working directory', () => {
    const { stdout } = run(['lint', 'helm.yaml', '--ignore', 'K8S-SVC-010'], '', root);
    expect(lastLine(stdout)).toBe('3 Services/Ingresses judged, 2 with findings: 1 error, 1 warning, 1 acknowledged (7 documents read); 3 findings ignored (1 by .cdk8s-cloud-lb.yaml, 2 by --ignore); judged for eks-1.30+lbc-2.8.1');
    // A rule that both ignore counts for --ignore.
    const both = run(['lint', 'helm.yaml', '--ignore', 'K8S-SVC-011'], '', root);
    expect(lastLine(both.stdout)).toMatch(/; 1 finding ignored \(1 by --ignore\); /);
  });

  test('--no-config: nothing ignored, every cluster; --config FILE: that file instead', () => {
    const none = run(['lint', 'helm.yaml', 'selectorless.yaml', '--no-config'], '', root);
    expect(lastLine(none.stdout)).toBe('4 Services/Ingresses judged, 3 with findings: 4 errors, 2 warnings, 1 acknowledged (8 documents read); judged for every cluster: declare yours with --profile or .cdk8s-cloud-lb.yaml');
    const other = run(['lint', 'helm.yaml', '--config', 'strict.yaml'], '', root);
    // On AKS cloud-provider-azure takes every LoadBalancer Service: the public shop-admin gets AZ-LB-029 (no source ranges);
    // the Ingress's class annotation gets K8S-ING-010.
    expect(lastLine(other.stdout)).toBe('3 Services/Ingresses judged, 2 with findings: 4 errors, 2 warnings, 1 acknowledged (7 documents read); judged for aks-1.29');
    expect(other.stdout).toContain('AZ-LB-029');
    expect(run(['lint', 'helm.yaml', '--config', 'strict.yaml', '--no-config'], '', root)).toMatchObject({ code: 2, stderr: expect.stringContaining('lint: --config and --no-config exclude each other.') });
  });

  test('--profile and --kubernetes-version win over the config file', () => {
    expect(lastLine(run(['lint', 'helm.yaml', '--profile', 'aks-1.30'], '', root).stdout)).toMatch(/; judged for aks-1\.30$/);
    expect(lastLine(run(['lint', 'helm.yaml', '--kubernetes-version', '1.31'], '', root).stdout)).toMatch(/; judged for eks-1\.31\+lbc-2\.8\.1$/);
    expect(lastLine(run(['lint', 'helm.yaml', '--profile=eks', '--kubernetes-version=1.28'], '', root).stdout)).toMatch(/; judged for eks-1\.28$/);
    expect(lastLine(run(['lint', 'helm.yaml', '--no-config', '--kubernetes-version', '1.28'], '', root).stdout)).toMatch(/; judged for custom-1\.28$/);
  });

  test('a bad config file: exit 2, each issue with the file, its line and the fix; a bad flag: exit 2 with the usage', () => {
    const bad = run(['lint', 'helm.yaml', '--config', 'broken.yaml'], '', root);
    expect(bad).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'lint: the config file cannot be used:',
        'broken.yaml:3: ignore[1]: "NOPE-1" is not a rule id. Fix: Use a rule id listed in RULES.md, e.g. K8S-SVC-024.',
        'broken.yaml:4: severity of K8S-SVC-024: "fatal" is not a severity. Fix: Write error (raise a warning) or warning (lower an error).',
        '',
      ].join('\n'),
    });
    expect(run(['lint', 'helm.yaml', '--config', 'missing.yaml'], '', root)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^lint: the config file cannot be used:\nmissing\.yaml: cannot read the config file/) });
    const flag = run(['lint', 'helm.yaml', '--profile', 'gke-1.30'], '', root);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/^lint: --profile: "gke-1.30" in profile "gke-1.30" is not a platform/);
    expect(flag.stderr).toContain('Usage:');
    expect(run(['lint', 'helm.yaml', '--kubernetes-version', '1.2'], '', root)).toMatchObject({ code: 2, stderr: expect.stringContaining('--kubernetes-version: Kubernetes "1.2" is outside the versions this library judges') });
    expect(run(['lint', 'helm.yaml', '--kubernetes-version', 'latest'], '', root)).toMatchObject({ code: 2, stderr: expect.stringContaining('--kubernetes-version: "latest" is not a Kubernetes version') });
  });

  test('onlyOn: in the text (the message says it) and a field of the JSON; a profile judges it exactly', () => {
    const file = path.join(RULES, 'AWS-LB-017.yaml');
    const anyCluster = run(['lint', file, '--format', 'json']);
    expect(anyCluster.code).toBe(0);
    const [finding] = JSON.parse(anyCluster.stdout);
    expect(finding).toMatchObject({ ruleId: 'AWS-LB-017', severity: 'warning', onlyOn: expect.stringContaining('Service mutator webhook') });
    expect(finding.message).toContain(`This holds only on ${finding.onlyOn}`);
    expect(run(['lint', file]).stdout).toContain(`This holds only on ${finding.onlyOn}`);
    const eks = run(['lint', file, '--format', 'json', '--profile', 'eks-1.30+lbc-2.8.1']);
    const findings = JSON.parse(eks.stdout);
    expect(findings.every((f: any) => !('onlyOn' in f))).toBe(true);
    expect(findings.map((f: any) => `${f.ruleId}:${f.severity}`)).toContain('AWS-LB-017:warning');
    expect(eks.code).toBe(1);
  });

  test('JSON output is not changed by the summary (still one array)', () => {
    const { stdout } = run(['lint', 'selectorless.yaml', '--format', 'json'], '', root);
    expect(JSON.parse(stdout).map((f: any) => `${f.ruleId}:${f.severity}`)).toEqual(['K8S-SVC-024:error']);
  });

  test('diff refuses the options of lint', () => {
    expect(run(['diff', 'a', 'b', '--profile', 'eks'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--profile is an option of lint, not of diff') });
  });
});

describe('what a first hour meets (in process)', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-cloud-lb-first-hour-'));
    fs.writeFileSync(path.join(dir, 'config-map.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n');
    fs.copyFileSync(HELM, path.join(dir, 'helm.yaml'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const lastLine = (stdout: string) => stdout.trimEnd().split('\n').pop();

  test('the summary says what was judged and what was found', () => {
    expect(lastLine(run(['lint', CLEAN]).stdout)).toMatch(/^3 Services\/Ingresses judged: no findings \(3 documents read\);/);
    expect(lastLine(run(['lint', 'config-map.yaml'], '', dir).stdout)).toMatch(/^no Service of type LoadBalancer and no Ingress found: nothing judged \(1 document read\);/);
    const acknowledgedOnly = run(['lint', 'helm.yaml', '--ignore', 'K8S-SVC-010,K8S-SVC-011,K8S-SVC-012,K8S-ING-010'], '', dir);
    expect(acknowledgedOnly.code).toBe(0);
    expect(lastLine(acknowledgedOnly.stdout)).toMatch(/^3 Services\/Ingresses judged: no errors or warnings, 1 acknowledged \(7 documents read\); 5 findings ignored \(5 by --ignore\);/);
    expect(lastLine(run(['lint', 'helm.yaml'], '', dir).stdout)).toMatch(/^3 Services\/Ingresses judged, 2 with findings: 4 errors, 1 warning, 1 acknowledged \(7 documents read\);/);
  });

  test('the JSON findings come in the order of the text (by object, then by line), unreadable input first', () => {
    const text = run(['lint', BROKEN, HELM]).stdout;
    const json = JSON.parse(run(['lint', BROKEN, HELM, '--format', 'json']).stdout);
    const textOrder = [...text.matchAll(/^ {2}(\S+):(\d+) {2}(?:error|warning|accepted) +(\S+)/gm)].map((m) => `${m[3]}@${m[2]}`);
    const problems = [...text.matchAll(/^(\S+):(\d+) {2}unreadable/gm)].map((m) => `LINT-INPUT@${m[2]}`);
    expect(json.map((f: any) => `${f.ruleId}@${f.line}`)).toEqual([...problems, ...textOrder]);
    // The rules report K8S-SVC-011 (line 80) before K8S-SVC-012 (line 79): both outputs show them by line.
    const admin = textOrder.indexOf('K8S-SVC-010@78');
    expect(textOrder.slice(admin, admin + 4)).toEqual(['K8S-SVC-010@78', 'K8S-SVC-012@79', 'K8S-SVC-010@80', 'K8S-SVC-011@80']);
    // A finding of a rule over the set joins its object's, in input order: broken.yaml's first Service comes first.
    expect(textOrder[0]).toBe('K8S-SVC-034@7');
  });

  test('a missing file: "no such file: PATH", exit 2, nothing linted', () => {
    expect(run(['lint', '/no/such.yaml', HELM])).toEqual({ code: 2, stdout: '', stderr: 'lint: no such file: /no/such.yaml\n' });
    expect(run(['lint', 'helm.yaml', 'missing.yaml', 'gone/', '--format', 'json'], '', dir)).toEqual({
      code: 2, stdout: '', stderr: 'lint: no such file: missing.yaml\nlint: no such file: gone/\n',
    });
    expect(run(['diff', path.join(FIXTURES, 'diff', 'old'), '/no/such/dir'])).toEqual({ code: 2, stdout: '', stderr: 'diff: no such file: /no/such/dir\n' });
  });

  test('diff --format json carries the values as JSON values, not quoted strings', () => {
    const { stdout } = run(['diff', path.join(FIXTURES, 'diff', 'old'), path.join(FIXTURES, 'diff', 'new'), '--format', 'json']);
    const [scheme] = JSON.parse(stdout);
    expect(scheme).toMatchObject({ changeId: 'DIFF-AWS-SCHEME', oldValue: 'internal', newValue: 'internet-facing' });
    const service = (nodePort: number) => [
      'apiVersion: v1', 'kind: Service', 'metadata:', '  name: api', '  namespace: shop', '  annotations:',
      '    service.beta.kubernetes.io/aws-load-balancer-type: nlb', 'spec:', '  type: LoadBalancer', '  selector: {app: api}',
      `  ports: [{name: http, port: 80, targetPort: 8080, nodePort: ${nodePort}}]`, '',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'old.yaml'), service(30080));
    fs.writeFileSync(path.join(dir, 'new.yaml'), service(30081));
    const nodePort = JSON.parse(run(['diff', 'old.yaml', 'new.yaml', '--format', 'json'], '', dir).stdout);
    expect(nodePort).toEqual([expect.objectContaining({ changeId: 'DIFF-AWS-CCM-NODEPORT', oldValue: 30080, newValue: 30081, line: 11 })]);
    // The text still quotes them for reading.
    expect(run(['diff', 'old.yaml', 'new.yaml'], '', dir).stdout).toContain('      spec.ports[0].nodePort: 30080 -> 30081');
  });

  test('--version prints the version of package.json', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  test('a format that the command does not write: exit 2, naming the formats it writes', () => {
    expect(run(['diff', 'a', 'b', '--format', 'sarif'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^cdk8s-cloud-lb: --format of diff must be text or json, got "sarif"/) });
    expect(run(['lint', HELM, '--format', 'xml'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^cdk8s-cloud-lb: --format of lint must be text, json, sarif, junit or github, got "xml"/) });
  });
});

describe('diff (in process)', () => {
  const OLD = path.join(FIXTURES, 'diff', 'old');
  const NEW = path.join(FIXTURES, 'diff', 'new');

  test('exit 1 with each change, what happens and the procedure', () => {
    const { code, stdout } = run(['diff', OLD, NEW]);
    expect(code).toBe(1);
    const file = path.join(NEW, 'services.yaml');
    expect(stdout).toContain(`Service shop/api\n  ${file}:10  new load balancer  DIFF-AWS-SCHEME  (AWS Load Balancer Controller)`);
    expect(stdout).toContain('      metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-scheme]: "internal" -> "internet-facing"');
    expect(stdout).toContain('      safe procedure: Create a temporary twin Service (e.g. api-twin)');
    expect(stdout.trimEnd().split('\n').pop()).toBe('4 disruptive changes in 3 objects.');
  });

  test('exit 0 when nothing is disruptive; --ignore drops change ids', () => {
    expect(run(['diff', NEW, NEW])).toEqual({ code: 0, stdout: 'No disruptive change.\n', stderr: '' });
    expect(run(['diff', OLD, NEW, '--ignore', 'DIFF-AWS-SCHEME,DIFF-AZ-SUBNET,DIFF-AZ-PLS-DELETED,DIFF-K8S-RENAMED']).code).toBe(0);
  });

  test('JSON is the array of changes', () => {
    const { stdout } = run(['diff', OLD, NEW, '--format', 'json']);
    const changes = JSON.parse(stdout);
    expect(changes.map((c: any) => c.changeId)).toEqual(['DIFF-AWS-SCHEME', 'DIFF-AZ-SUBNET', 'DIFF-AZ-PLS-DELETED', 'DIFF-K8S-RENAMED']);
    expect(changes[0]).toMatchObject({ effect: 'new-load-balancer', resource: { kind: 'Service', namespace: 'shop', name: 'api' }, line: 10 });
  });

  test('exit 2 on bad input', () => {
    expect(run(['diff', OLD, '/no/such/dir']).code).toBe(2);
    expect(run(['diff', BROKEN, NEW]).code).toBe(2);
  });
});

/** The real executable, in a child process: the TypeScript entry point through ts-node (no compile step needed). */
function spawnCli(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['-r', 'ts-node/register', path.join(ROOT, 'src', 'cli', 'cli.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.dev.json'), TS_NODE_TRANSPILE_ONLY: 'true', NO_COLOR: '1' },
    }, (error, stdout, stderr) => resolve({ code: error ? (error as any).code ?? 1 : 0, stdout, stderr }));
    child.stdin?.end(stdin ?? '');
  });
}

describe('the executable (child process)', () => {
  jest.setTimeout(240_000); // a guard against a hang, not a measure: six ts-node processes at once took over 60 s on a busy 2-core machine

  test('starts with a node shebang', () => {
    expect(fs.readFileSync(path.join(ROOT, 'src', 'cli', 'cli.ts'), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  test('lint exit codes 0, 1 and 2, stdin, and the diff exit codes', async () => {
    const [clean, errors, broken, stdin, diff, same] = await Promise.all([
      spawnCli(['lint', CLEAN]),
      spawnCli(['lint', HELM]),
      spawnCli(['lint', BROKEN, '--format', 'json']),
      spawnCli(['lint', '-'], 'kind: Service\nmetadata: {name: Bad}\nspec: {type: LoadBalancer, selector: {a: b}, ports: [{port: 80}]}\n'),
      spawnCli(['diff', path.join(FIXTURES, 'diff', 'old'), path.join(FIXTURES, 'diff', 'new')]),
      spawnCli(['diff', path.join(FIXTURES, 'diff', 'new'), path.join(FIXTURES, 'diff', 'new'), '--format', 'json']),
    ]);
    expect(clean).toMatchObject({ code: 0, stderr: '' });
    expect(clean.stdout).toContain('3 Services/Ingresses judged: no findings');
    expect(errors.code).toBe(1);
    expect(errors.stdout).toContain('K8S-SVC-011');
    expect(errors.stdout).not.toContain('\u001b[');
    expect(broken.code).toBe(2);
    expect(JSON.parse(broken.stdout)[0]).toMatchObject({ ruleId: 'LINT-INPUT', line: 15 });
    expect(stdin.code).toBe(1);
    expect(stdin.stdout).toContain('-:2  error    K8S-SVC-001  metadata.name: "Bad"');
    expect(diff.code).toBe(1);
    expect(diff.stdout).toContain('DIFF-AZ-PLS-DELETED');
    expect(same).toMatchObject({ code: 0, stdout: '[]\n' });
  });

  test('lint and diff load neither cdk8s, constructs nor cdk8s-plus-28 (a fast start: require.cache after a run)', async () => {
    const script = [
      `const { runCli } = require(${JSON.stringify(path.join(ROOT, 'src', 'cli', 'cli.ts'))});`,
      'const io = { stdout: () => {}, stderr: () => {}, readStdin: () => "", color: false };',
      `runCli(['lint', ${JSON.stringify(HELM)}, '--format', 'sarif'], io);`,
      `runCli(['lint', ${JSON.stringify(HELM)}, '--format', 'junit'], io);`,
      `runCli(['diff', ${JSON.stringify(path.join(FIXTURES, 'diff', 'old'))}, ${JSON.stringify(path.join(FIXTURES, 'diff', 'new'))}], io);`,
      'const heavy = Object.keys(require.cache).filter((k) => /[\\/]node_modules[\\/](cdk8s|constructs|cdk8s-plus-28)[\\/]/.test(k));',
      'const ours = Object.keys(require.cache).filter((k) => k.includes("/src/rules/")).length;',
      'console.log(JSON.stringify({ heavy, ours }));',
    ].join('\n');
    const result = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, ['-r', 'ts-node/register', '-e', script], {
        cwd: ROOT,
        env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.dev.json'), TS_NODE_TRANSPILE_ONLY: 'true' },
      }, (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)));
    });
    const { heavy, ours } = JSON.parse(result);
    expect(heavy).toEqual([]);
    // The check sees modules at all: the rules were loaded from src.
    expect(ours).toBeGreaterThan(10);
  });
});
