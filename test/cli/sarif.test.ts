import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import Ajv from 'ajv';
import { runCliIn } from './run-cli';
import { artifactLocation, SARIF_SCHEMA } from '../../src/cli/sarif';
import { Rules } from '../../src/rules/registry';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const SCHEMA = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));

/** ajv 6 with only the draft-04 meta-schema: the OASIS schema is draft-04 (`id`, not `$id`); formats (uri, …) checked in full. */
function sarifValidator() {
  const ajv = new Ajv({ meta: false, schemaId: 'id', allErrors: true, format: 'full' });
  ajv.addMetaSchema(JSON.parse(fs.readFileSync(require.resolve('ajv/lib/refs/json-schema-draft-04.json'), 'utf8')));
  return ajv.compile(SCHEMA);
}
const validate = sarifValidator();

function expectValidSarif(log: unknown): void {
  const valid = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

describe('lint --format sarif', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-cloud-lb-sarif-'));
    fs.mkdirSync(path.join(root, 'deploy', 'my charts'), { recursive: true });
    fs.copyFileSync(path.join(FIXTURES, 'lint', 'helm-release.yaml'), path.join(root, 'deploy', 'my charts', 'helm.yaml'));
    fs.copyFileSync(path.join(FIXTURES, 'lint', 'broken.yaml'), path.join(root, 'deploy', 'broken.yaml'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const sarif = (argv: string[], cwd = root, stdin = '') => {
    const run = runCliIn(cwd, ['lint', ...argv, '--format', 'sarif'], stdin);
    return { ...run, log: JSON.parse(run.stdout) };
  };

  test('the validator is real: it refuses a log that breaks the schema', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
    const withResult = (result: object) => ({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, ...result }] }] });
    expect(validate(withResult({}))).toBe(true);
    expect(validate(withResult({ level: 'fatal' }))).toBe(false);
    expect(validate(withResult({ locations: [{ physicalLocation: { artifactLocation: { uri: 'a b.yaml' } } }] }))).toBe(false);
    expect(validate(withResult({ locations: [{ physicalLocation: { artifactLocation: { uri: 'a.yaml' }, region: { startLine: 0 } } }] }))).toBe(false);
    expect(validate(withResult({ suppressions: [{ kind: 'inComment' }] }))).toBe(false);
  });

  test('a valid SARIF 2.1.0 log: rules in tool.driver.rules, a result per finding with level, message, file and line', () => {
    const { code, log } = sarif(['deploy/my charts/helm.yaml', '--no-config']);
    expect(code).toBe(1);
    expectValidSarif(log);
    expect(log).toMatchObject({ $schema: SARIF_SCHEMA, version: '2.1.0' });
    const [run] = log.runs;
    expect(run.tool.driver).toMatchObject({ name: 'cdk8s-cloud-lb', informationUri: 'https://github.com/cdk8s-cloud-lb/cdk8s-cloud-lb' });
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: pathToFileURL(root + path.sep).href } });
    // One descriptor per rule with results, in the order they first appear.
    expect(run.tool.driver.rules.map((r: any) => r.id)).toEqual(['K8S-SVC-014', 'K8S-SVC-010', 'K8S-SVC-012', 'K8S-SVC-011', 'K8S-ING-010']);
    const rule = Rules.find('K8S-SVC-012')!;
    expect(run.tool.driver.rules[2]).toEqual({
      id: 'K8S-SVC-012',
      shortDescription: { text: expect.stringContaining(rule.title) },
      fullDescription: { text: expect.stringContaining(rule.description) },
      help: { text: expect.stringContaining(`Fix: ${rule.fix} Docs: ${rule.docs}`), markdown: expect.stringContaining(`[Documentation](${rule.docs})`) },
      helpUri: rule.docs,
      defaultConfiguration: { level: 'error' },
      properties: { kinds: ['Service'], ...(rule.follows ? { follows: rule.follows } : {}) },
    });
    expect(run.results.map((r: any) => `${r.ruleId}#${r.ruleIndex}:${r.level}@${r.locations[0].physicalLocation.region.startLine}`)).toEqual([
      'K8S-SVC-014#0:warning@64', 'K8S-SVC-010#1:error@78', 'K8S-SVC-012#2:error@79', 'K8S-SVC-010#1:error@80', 'K8S-SVC-011#3:error@80', 'K8S-ING-010#4:warning@90',
    ]);
    expect(run.results[1]).toEqual({
      ruleId: 'K8S-SVC-010',
      ruleIndex: 1,
      level: 'error',
      message: { text: 'Service shop/shop-admin: spec.ports[0].name: port 8443 has no name, and the Service has several ports. Fix: Give every port a unique name, e.g. "http".' },
      locations: [{
        physicalLocation: { artifactLocation: { uri: 'deploy/my%20charts/helm.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 78 } },
        logicalLocations: [{ fullyQualifiedName: 'Service shop/shop-admin', kind: 'resource' }],
      }],
      properties: { resource: { kind: 'Service', name: 'shop-admin', namespace: 'shop' }, path: 'spec.ports[0].name' },
    });
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
  });

  test('an acknowledged warning is a result with an in-source suppression whose justification is the reason', () => {
    const [run] = sarif(['deploy/my charts/helm.yaml', '--no-config']).log.runs;
    expect(run.results[0]).toMatchObject({
      ruleId: 'K8S-SVC-014',
      level: 'warning',
      suppressions: [{ kind: 'inSource', status: 'accepted', justification: 'our clusters use --service-node-port-range=80-32767' }],
      properties: { onlyOn: 'clusters with the default --service-node-port-range 30000-32767 (EKS and AKS among them)' },
    });
    expect(run.results.filter((r: any) => r.suppressions !== undefined)).toHaveLength(1);
  });

  test('unreadable input is a LINT-INPUT error result; the invocation did not judge everything', () => {
    const { code, log } = sarif(['deploy', '--no-config']);
    expect(code).toBe(2);
    expectValidSarif(log);
    const [run] = log.runs;
    expect(run.tool.driver.rules[0]).toMatchObject({ id: 'LINT-INPUT', defaultConfiguration: { level: 'error' } });
    expect(run.results[0]).toMatchObject({
      ruleId: 'LINT-INPUT',
      ruleIndex: 0,
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'deploy/broken.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 15 } } }],
    });
    expect(run.invocations).toEqual([{ executionSuccessful: false }]);
  });

  test('the config file applies before the format: ignored rules have no result, a changed severity is the level', () => {
    fs.writeFileSync(path.join(root, '.cdk8s-cloud-lb.yaml'), 'ignore: [K8S-SVC-010]\nseverity: { K8S-ING-010: error }\n');
    try {
      const { log } = sarif(['deploy/my charts/helm.yaml']);
      expectValidSarif(log);
      const [run] = log.runs;
      expect(run.results.map((r: any) => `${r.ruleId}:${r.level}`)).toEqual(['K8S-SVC-014:warning', 'K8S-SVC-012:error', 'K8S-SVC-011:error', 'K8S-ING-010:error']);
      expect(run.tool.driver.rules.map((r: any) => r.id)).not.toContain('K8S-SVC-010');
      // The rule's own level stays its default.
      expect(run.tool.driver.rules.find((r: any) => r.id === 'K8S-ING-010').defaultConfiguration).toEqual({ level: 'warning' });
    } finally {
      fs.rmSync(path.join(root, '.cdk8s-cloud-lb.yaml'));
    }
  });

  test('a clean run is a valid log without results; stdin and files outside the working directory have no %SRCROOT% URI', () => {
    const clean = sarif([path.join(FIXTURES, 'lint', 'clean.yaml'), '--no-config']);
    expect(clean.code).toBe(0);
    expectValidSarif(clean.log);
    expect(clean.log.runs[0]).toMatchObject({ results: [], tool: { driver: { rules: [] } } });

    const stdin = sarif(['-', '--no-config'], root, 'kind: Service\nmetadata: {name: web}\nspec: {type: LoadBalancer, selector: {a: b}, ports: [{port: 80, protocol: http}]}\n');
    expectValidSarif(stdin.log);
    expect(stdin.log.runs[0].results[0].locations[0].physicalLocation).toEqual({ artifactLocation: { description: { text: 'standard input' } }, region: { startLine: 3 } });

    const outside = path.join(FIXTURES, 'rules', 'K8S-SVC-024.yaml');
    expect(artifactLocation(outside, root)).toEqual({ uri: pathToFileURL(outside).href });
    expect(artifactLocation('a b/c#d.yaml', root)).toEqual({ uri: 'a%20b/c%23d.yaml', uriBaseId: '%SRCROOT%' });
  });

  test('every rule\'s descriptor is valid SARIF (each rule fixture linted at once)', () => {
    const { log } = sarif([path.join(FIXTURES, 'rules'), '--no-config'], root);
    expectValidSarif(log);
    expect(log.runs[0].tool.driver.rules.length).toBeGreaterThan(Rules.all().length / 2);
  });

  test('a finding of a rule over the set has the other objects as related locations, with file and line', () => {
    const { log } = sarif([path.join(FIXTURES, 'rules', 'K8S-SVC-032.yaml'), '--no-config']);
    expectValidSarif(log);
    const [result] = log.runs[0].results.filter((r: any) => r.ruleId === 'K8S-SVC-032');
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 34 });
    expect(result.relatedLocations).toEqual([expect.objectContaining({
      id: 1,
      message: { text: 'Deployment shop/web: spec.template.spec.containers' },
      physicalLocation: expect.objectContaining({ region: { startLine: 15 } }),
    })]);
  });
});
