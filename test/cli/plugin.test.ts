import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CloudLbValidation, resourceNameOf, ValidationContext, ValidationViolation } from '../../src/cli/plugin';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

/** A stand-in for cdk8s-cli's ValidationContext that records what the plugin reports. */
function fakeContext(manifests: string[]): { context: ValidationContext; violations: ValidationViolation[]; result: () => any } {
  const violations: ValidationViolation[] = [];
  let submitted: any;
  return {
    violations,
    result: () => submitted,
    context: {
      manifests,
      report: {
        addViolation: (v) => violations.push(v),
        submit: (status, metadata) => { submitted = { status, metadata }; },
      },
    },
  };
}

describe('CloudLbValidation', () => {
  test('every finding is a violation with resource name, manifest path and location; errors fail', async () => {
    const file = path.join(FIXTURES, 'lint', 'helm-release.yaml');
    const { context, violations, result } = fakeContext([file]);
    await new CloudLbValidation().validate(context);
    expect(result()).toEqual({ status: 'failure', metadata: { errors: '4', warnings: '1', acknowledged: '1', ignored: '0', profile: 'every cluster (declare yours: the profile property or .cdk8s-cloud-lb.yaml)' } });
    expect(violations[0]).toEqual({
      ruleName: 'K8S-SVC-010 (error)',
      recommendation: expect.stringMatching(/^spec\.ports\[0\]\.name: port 8443 has no name, and the Service has several ports\. See https:/),
      fix: 'Give every port a unique name, e.g. "http".',
      violatingResources: [{ resourceName: 'shop-admin', locations: ['spec.ports[0].name (line 78)'], manifestPath: file }],
    });
  });

  test('a name that several objects share is given with kind and namespace, so that cdk8s-cli names no construct rather than a wrong one', async () => {
    // helm-release.yaml: the Ingress "shop" shares its name with the ServiceAccount and the Deployment "shop".
    const file = path.join(FIXTURES, 'lint', 'helm-release.yaml');
    const { context, violations } = fakeContext([file]);
    await new CloudLbValidation().validate(context);
    expect(violations.map((v) => `${v.ruleName} ${v.violatingResources[0].resourceName}`)).toEqual([
      'K8S-SVC-010 (error) shop-admin', 'K8S-SVC-012 (error) shop-admin', 'K8S-SVC-010 (error) shop-admin', 'K8S-SVC-011 (error) shop-admin',
      'K8S-ING-010 (warning) Ingress shop/shop',
    ]);
  });

  test('names are counted over every manifest of the synth (the same name in two charts)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-cloud-lb-plugin-charts-'));
    try {
      const service = (namespace: string) => `apiVersion: v1\nkind: Service\nmetadata: {name: api, namespace: ${namespace}}\nspec: {type: LoadBalancer, selector: {a: b}, ports: [{port: 80, nodePort: 8080}]}\n`;
      fs.writeFileSync(path.join(dir, 'shop.k8s.yaml'), service('shop'));
      fs.writeFileSync(path.join(dir, 'admin.k8s.yaml'), service('admin') + '---\n' + service('admin').replace('name: api', 'name: orders'));
      const { context, violations } = fakeContext([path.join(dir, 'shop.k8s.yaml'), path.join(dir, 'admin.k8s.yaml')]);
      await new CloudLbValidation({}, dir).validate(context);
      expect(violations.map((v) => v.violatingResources[0].resourceName)).toEqual(['Service shop/api', 'Service admin/api', 'orders']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the manifests of the synth are one set: a Service in one chart and the Deployment it selects in another, both named in the violation', async () => {
    const workloads = path.join(FIXTURES, 'set', 'deployment.yaml');
    const services = path.join(FIXTURES, 'set', 'service.yaml');
    const { context, violations, result } = fakeContext([workloads, services]);
    await new CloudLbValidation({}, FIXTURES).validate(context);
    expect(violations.filter((v) => v.ruleName === 'K8S-SVC-032 (error)').map((v) => v.violatingResources)).toEqual([[
      { resourceName: 'web-lb', locations: ['spec.ports[0].targetPort (line 11)'], manifestPath: services },
      { resourceName: 'web', locations: ['spec.template.spec.containers (line 8)'], manifestPath: workloads },
    ]]);
    expect(result().status).toBe('failure');
    // Each manifest alone: nothing to judge the Service against.
    const alone = fakeContext([services]);
    await new CloudLbValidation({}, FIXTURES).validate(alone.context);
    expect(alone.violations.map((v) => v.ruleName)).not.toContain('K8S-SVC-032 (error)');
  });

  test('resourceNameOf', () => {
    const counts = new Map([['web', 2], ['api', 1]]);
    expect(resourceNameOf({ kind: 'Service', name: 'api', namespace: 'shop' }, counts)).toBe('api');
    expect(resourceNameOf({ kind: 'Ingress', name: 'web', namespace: 'shop' }, counts)).toBe('Ingress shop/web');
    expect(resourceNameOf({ kind: 'Service', name: 'web' }, counts)).toBe('Service web');
    expect(resourceNameOf({ kind: 'Service' }, counts)).toBe('Service (unnamed)');
  });

  test('warnings pass unless failOnWarnings; ignore skips rules', async () => {
    const file = path.join(FIXTURES, 'rules', 'K8S-SVC-024.yaml');
    const lenient = fakeContext([file]);
    await new CloudLbValidation().validate(lenient.context);
    expect(lenient.result().status).toBe('success');
    expect(lenient.violations.map((v) => v.ruleName)).toEqual(['K8S-SVC-024 (warning)']);

    const strict = fakeContext([file]);
    await new CloudLbValidation({ failOnWarnings: true }).validate(strict.context);
    expect(strict.result().status).toBe('failure');

    const ignoring = fakeContext([file]);
    await new CloudLbValidation({ ignore: ['K8S-SVC-024'], failOnWarnings: true }).validate(ignoring.context);
    expect(ignoring.result()).toMatchObject({ status: 'success', metadata: { errors: '0', warnings: '0', acknowledged: '0', ignored: '1' } });
  });

  test('an unparsable manifest fails with its line', async () => {
    const file = path.join(FIXTURES, 'lint', 'broken.yaml');
    const { context, violations, result } = fakeContext([file]);
    await new CloudLbValidation().validate(context);
    expect(result().status).toBe('failure');
    expect(violations[0]).toMatchObject({ ruleName: 'LINT-INPUT (error)', violatingResources: [{ locations: ['line 15'], manifestPath: file }] });
  });
});

describe('CloudLbValidation: profile and config', () => {
  const AWS_LB_017 = path.join(FIXTURES, 'rules', 'AWS-LB-017.yaml');
  const HELM = path.join(FIXTURES, 'lint', 'helm-release.yaml');
  let root: string;
  let noConfig: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-cloud-lb-plugin-config-'));
    noConfig = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-cloud-lb-plugin-none-'));
    fs.mkdirSync(path.join(root, 'app', 'dist'), { recursive: true });
    fs.copyFileSync(HELM, path.join(root, 'app', 'dist', 'shop.k8s.yaml'));
    fs.writeFileSync(path.join(root, '.cdk8s-cloud-lb.yaml'), 'profile: eks-1.30+lbc-2.8.1\nignore: [K8S-SVC-010, K8S-SVC-011]\n');
    fs.writeFileSync(path.join(root, 'legacy.yaml'), 'overrides:\n  - files: ["app/dist/**"]\n    severity: { K8S-SVC-012: warning }\n');
    fs.writeFileSync(path.join(root, 'broken.yaml'), 'ignore: [K8S-SVC-010]\nprofile: { platform: eks, kubernetesVersion: 1.30 }\n');
  });
  afterAll(() => [root, noConfig].forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  test('profile: the cluster it judges for', async () => {
    const anyCluster = fakeContext([AWS_LB_017]);
    await new CloudLbValidation({}, noConfig).validate(anyCluster.context);
    expect(anyCluster.result().status).toBe('success');
    expect(anyCluster.violations.map((v) => v.ruleName)).toEqual(['AWS-LB-017 (warning)']);

    const eks = fakeContext([AWS_LB_017]);
    await new CloudLbValidation({ profile: 'eks-1.30+lbc-2.8.1' }, noConfig).validate(eks.context);
    expect(eks.result()).toMatchObject({ status: 'failure', metadata: { profile: 'eks-1.30+lbc-2.8.1' } });
    expect(eks.violations.map((v) => v.ruleName)).toContain('AWS-LB-005 (error)');
  });

  test('the .cdk8s-cloud-lb.yaml found from its working directory up; its properties win', async () => {
    const manifest = path.join(root, 'app', 'dist', 'shop.k8s.yaml');
    const found = fakeContext([manifest]);
    await new CloudLbValidation({}, path.join(root, 'app')).validate(found.context);
    expect(found.result()).toEqual({
      status: 'failure',
      metadata: { errors: '1', warnings: '1', acknowledged: '1', ignored: '3', profile: 'eks-1.30+lbc-2.8.1', config: path.join(root, '.cdk8s-cloud-lb.yaml') },
    });
    expect(found.violations.map((v) => v.ruleName)).toEqual(['K8S-SVC-012 (error)', 'K8S-ING-010 (warning)']);

    const overridden = fakeContext([manifest]);
    await new CloudLbValidation({ profile: 'aks', ignore: ['K8S-SVC-012'] }, path.join(root, 'app')).validate(overridden.context);
    expect(overridden.result()).toMatchObject({ status: 'success', metadata: { errors: '0', ignored: '4', profile: 'aks' } });
  });

  test('config: another file (relative to the working directory), with overrides by path', async () => {
    const { context, violations, result } = fakeContext([path.join(root, 'app', 'dist', 'shop.k8s.yaml')]);
    await new CloudLbValidation({ config: 'legacy.yaml' }, root).validate(context);
    expect(violations.find((v) => v.ruleName.startsWith('K8S-SVC-012'))?.ruleName).toBe('K8S-SVC-012 (warning)');
    expect(result()).toMatchObject({ status: 'failure', metadata: { errors: '3', warnings: '2', config: path.join(root, 'legacy.yaml') } });
  });

  test('a bad config file or property fails the synth with a violation per issue, with its line', async () => {
    const bad = fakeContext([HELM]);
    await new CloudLbValidation({ config: 'broken.yaml' }, root).validate(bad.context);
    expect(bad.result()).toEqual({ status: 'failure', metadata: { errors: '1' } });
    expect(bad.violations).toEqual([{
      ruleName: 'LINT-CONFIG (error)',
      recommendation: 'kubernetesVersion: 1.3 is a number, not a string (YAML reads an unquoted 1.30 as the number 1.3).',
      fix: 'Quote it: "1.35".',
      violatingResources: [{ resourceName: '(config)', locations: ['line 2'], manifestPath: path.join(root, 'broken.yaml') }],
    }]);

    const missing = fakeContext([HELM]);
    await new CloudLbValidation({ config: 'missing.yaml' }, root).validate(missing.context);
    expect(missing.violations[0]).toMatchObject({ ruleName: 'LINT-CONFIG (error)', recommendation: expect.stringMatching(/^cannot read the config file/) });

    const profile = fakeContext([HELM]);
    await new CloudLbValidation({ profile: 'gke' }, root).validate(profile.context);
    expect(profile.result().status).toBe('failure');
    expect(profile.violations[0]).toMatchObject({ ruleName: 'LINT-CONFIG (error)', recommendation: expect.stringMatching(/^the profile property: "gke" in profile "gke" is not a platform/) });
  });
});

const synthOutdirs: string[] = [];
afterAll(() => synthOutdirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

interface SynthRun { code: number; output: string; outdir: string }

/** `cdk8s synth` of test/fixtures/plugin-app with the plugin configured in its cdk8s.yaml (offline, no upgrade check). */
function synth(env: { [key: string]: string }): Promise<SynthRun> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-cloud-lb-plugin-'));
  synthOutdirs.push(outdir);
  const cli = path.join(__dirname, '..', '..', 'node_modules', 'cdk8s-cli', 'bin', 'cdk8s');
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, 'synth', '--no-check-upgrade', '--output', outdir], {
      cwd: path.join(FIXTURES, 'plugin-app'),
      env: { ...process.env, ...env },
    }, (error, stdout, stderr) => resolve({ code: error ? (error as any).code ?? 1 : 0, output: stdout + stderr, outdir }));
  });
}

describe('with cdk8s-cli (cdk8s.yaml validations)', () => {
  jest.setTimeout(180_000);
  let runs: { ok: SynthRun; bad: SynthRun; shared: SynthRun; constructs: SynthRun };
  beforeAll(async () => {
    const [ok, bad, shared, constructs] = await Promise.all([synth({}), synth({ BAD_PROTOCOL: '1' }), synth({ SCENARIO: 'shared-names' }), synth({ SCENARIO: 'constructs' })]);
    runs = { ok, bad, shared, constructs };
  });

  /** The occurrences of the report: construct path and resource name of each. */
  const occurrences = (output: string) => [...output.matchAll(/- Construct Path: (.*)\n.*\n\s+- Resource Name: (.*)/g)].map((m) => `${m[1]} | ${m[2]}`);

  test('objects that share a name: no construct path rather than a wrong one; a name of its own keeps its path', () => {
    const { shared } = runs;
    expect(shared.code).toBe(0);
    expect(occurrences(shared.output).sort()).toEqual([
      'N/A | Ingress shop/web',
      'N/A | Service admin/api',
      'N/A | Service shop/api',
      'N/A | Service shop/web',
      'shop/unique | orders',
    ]);
  });

  test('each finding of a construct is printed once: the construct leaves its warning to the plugin', () => {
    const { constructs } = runs;
    expect(constructs.code).toBe(0);
    expect(constructs.output.split('spec.ports[0].nodePort: 8080 is outside the default node port range').length - 1).toBe(1);
    expect(constructs.output).not.toContain('warning: K8S-SVC-014');
    expect(occurrences(constructs.output)).toEqual(['shop/web-lb/Resource | web']);
  });

  test('a valid app synthesizes; an invalid Service fails the synth with the construct path', async () => {
    const { ok, bad } = runs;
    expect(ok.output).toMatch(/Status\s+│ success/);
    expect(ok.output).toMatch(/acknowledged\s+│ 1/);
    expect(ok.code).toBe(0);

    expect(bad.code).toBe(2);
    expect(bad.output).toMatch(/Status\s+│ failure/);
    expect(bad.output).toContain('K8S-SVC-009 (error) (1 occurrences)');
    expect(bad.output).toContain('- Construct Path: shop/web');
    expect(bad.output).toContain(`- Manifest Path: ${path.join(bad.outdir, 'shop.k8s.yaml')}`);
    expect(bad.output).toContain('- Resource Name: web');
    expect(bad.output).toContain('> spec.ports[0].protocol (line 12)');
    expect(bad.output).toContain('How to fix: Use TCP, UDP or SCTP; an application protocol such as HTTP goes in appProtocol.');
  });
});
