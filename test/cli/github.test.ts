import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCliIn } from './run-cli';
import { escapeData, escapeProperty, workflowCommand } from '../../src/cli/github';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

describe('lint --format github', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-cloud-lb-github-'));
    fs.mkdirSync(path.join(root, 'deploy'));
    fs.copyFileSync(path.join(FIXTURES, 'lint', 'broken.yaml'), path.join(root, 'deploy', 'broken.yaml'));
    fs.copyFileSync(path.join(FIXTURES, 'rules', 'K8S-SVC-024.yaml'), path.join(root, 'deploy', 'selectorless.yaml'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test('one workflow command per finding with file (relative to the working directory), line and rule id; the summary last', () => {
    const { code, stdout } = runCliIn(root, ['lint', path.join(root, 'deploy'), '--format', 'github', '--no-config']);
    expect(code).toBe(2);
    expect(stdout.split('\n')).toEqual([
      '::error file=deploy/broken.yaml,line=15,title=LINT-INPUT::YAML syntax error: missed comma between flow collection entries (column 1) Fix: Fix the YAML syntax (or the path) so that the document can be read.',
      '::error file=deploy/broken.yaml,line=25,title=K8S-SVC-009::Service third: spec.ports[0].protocol: "http" is not a supported protocol. Fix: Use TCP, UDP or SCTP; an application protocol such as HTTP goes in appProtocol.',
      '::warning file=deploy/selectorless.yaml,line=7,title=K8S-SVC-024::Service shop/web: spec.selector: the Service selects no pods, so it has no endpoints unless you manage them. Fix: Select the pods of a workload, e.g. selector: { app: web }.',
      '3 Services/Ingresses judged, 2 with findings: 1 error, 1 warning (3 documents read); 1 unreadable document; judged for every cluster: declare yours with --profile or .cdk8s-cloud-lb.yaml',
      '',
    ]);
  });

  test('an acknowledged warning is a notice with the reason', () => {
    const { stdout } = runCliIn(root, ['lint', path.join(FIXTURES, 'lint', 'helm-release.yaml'), '--format', 'github', '--no-config']);
    const notice = stdout.split('\n')[0];
    expect(notice).toMatch(/^::notice file=.*helm-release\.yaml,line=64,title=K8S-SVC-014 \(acknowledged\)::Service shop\/shop-web: spec\.ports\[0\]\.nodePort: 8080 /);
    expect(notice).toMatch(/ Acknowledged: our clusters use --service-node-port-range=80-32767$/);
    // A reason over several lines stays one command.
    const yaml = [
      'kind: Service', 'metadata:', '  name: web', '  annotations:', '    acknowledge.cdk8s-cloud-lb.io/K8S-SVC-024: |-', '      endpoints are managed', '      by hand, 100%',
      'spec: {type: LoadBalancer, ports: [{port: 80}]}', '',
    ].join('\n');
    const lines = runCliIn(root, ['lint', '-', '--format', 'github', '--no-config'], yaml).stdout.split('\n');
    expect(lines[0]).toMatch(/^::notice file=-,line=\d+,title=K8S-SVC-024 \(acknowledged\)::Service web: spec\.selector: .* Acknowledged: endpoints are managed%0Aby hand, 100%25$/);
    expect(lines).toHaveLength(3);
  });

  test('escaping as the runner reads it: %, CR and LF in the message; also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('C:\\dir,x%\n')).toBe('C%3A\\dir%2Cx%25%0A');
    expect(workflowCommand('error', { file: 'a,b:c.yaml', line: 3, title: 'K8S-SVC-009' }, 'bad: "x"\nnext')).toBe('::error file=a%2Cb%3Ac.yaml,line=3,title=K8S-SVC-009::bad: "x"%0Anext');
    // A problem of the whole file (line 0) has no line property.
    expect(workflowCommand('error', { file: 'gone', line: 0, title: 'LINT-INPUT' }, 'm')).toBe('::error file=gone,title=LINT-INPUT::m');
  });

  test('a value with a percent sign or a newline in the manifest is escaped in the command', () => {
    const yaml = 'kind: Service\nmetadata: {name: web}\nspec: {type: LoadBalancer, selector: {a: b}, ports: [{port: 80, protocol: "50%\\nTCP"}]}\n';
    const { stdout } = runCliIn(root, ['lint', '-', '--format', 'github', '--no-config'], yaml);
    expect(stdout.split('\n')[0]).toBe('::error file=-,line=3,title=K8S-SVC-009::Service web: spec.ports[0].protocol: "50%25\\nTCP" is not a supported protocol. Fix: Use TCP, UDP or SCTP; an application protocol such as HTTP goes in appProtocol.');
  });

  test('the config file applies before the format: an ignored rule has no command, a changed severity is the command', () => {
    fs.copyFileSync(path.join(FIXTURES, 'lint', 'helm-release.yaml'), path.join(root, 'helm.yaml'));
    fs.writeFileSync(path.join(root, '.cdk8s-cloud-lb.yaml'), 'ignore: [K8S-SVC-010]\nseverity: { K8S-ING-010: error }\n');
    try {
      const { code, stdout } = runCliIn(root, ['lint', 'helm.yaml', '--format', 'github']);
      expect(code).toBe(1);
      const lines = stdout.trimEnd().split('\n');
      expect(lines.slice(0, -1).map((l) => /^::(\w+) file=helm\.yaml,line=\d+,title=([\w-]+)/.exec(l)!.slice(1).join(' '))).toEqual([
        'notice K8S-SVC-014', 'error K8S-SVC-012', 'error K8S-SVC-011', 'error K8S-ING-010',
      ]);
      expect(lines[lines.length - 1]).toMatch(/; 2 findings ignored \(2 by \.cdk8s-cloud-lb\.yaml\); /);
      // Without the config file the same file has K8S-SVC-010 twice and K8S-ING-010 as a warning.
      const plain = runCliIn(root, ['lint', 'helm.yaml', '--format', 'github', '--no-config']).stdout;
      expect(plain.match(/title=K8S-SVC-010::/g)).toHaveLength(2);
      expect(plain).toMatch(/^::warning file=helm\.yaml,line=\d+,title=K8S-ING-010::/m);
    } finally {
      fs.rmSync(path.join(root, '.cdk8s-cloud-lb.yaml'));
      fs.rmSync(path.join(root, 'helm.yaml'));
    }
  });
});
