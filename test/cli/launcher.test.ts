import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildSync } from 'esbuild';

/**
 * The executable (package.json "bin", lib/cli/launcher.js) runs the CLI's bundle with a V8 code cache in the temp
 * directory: the same output with and without the cache, a cache written once and then reused, a broken or foreign
 * cache replaced, none with CDK8S_CLOUD_LB_CODE_CACHE=0. The tests run before lib/ is compiled: they build the launcher
 * and the bundle from src/ with esbuild, as the compile does (.projenrc.ts).
 */
const ROOT = path.join(__dirname, '..', '..');
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'lint', 'helm-release.yaml');

describe('the cdk8s-cloud-lb executable', () => {
  let built: string;
  let BIN: string;
  let BUNDLE: string;
  let tmp: string;
  beforeAll(() => {
    built = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-cloud-lb-launcher-build-'));
    BIN = path.join(built, 'launcher.js');
    BUNDLE = path.join(built, 'cli.bundle.js');
    const common = { platform: 'node' as const, target: 'node20', logLevel: 'warning' as const, absWorkingDir: ROOT };
    buildSync({ ...common, entryPoints: ['src/cli/cli.ts'], bundle: true, outfile: BUNDLE, external: ['cdk8s', 'constructs', 'cdk8s-plus-28'] });
    buildSync({ ...common, entryPoints: ['src/cli/launcher.ts'], format: 'cjs', outfile: BIN });
  });
  afterAll(() => fs.rmSync(built, { recursive: true, force: true }));
  beforeEach(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-cloud-lb-launcher-')); });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const run = (env: { [key: string]: string } = {}) => {
    const result = spawnSync(process.execPath, [BIN, 'lint', FIXTURE, '--format', 'json', '--no-config'], {
      env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp, ...env }, encoding: 'utf-8',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const cacheFiles = () => {
    const dir = path.join(tmp, 'cdk8s-cloud-lb-code-cache');
    return fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => path.join(dir, f)) : [];
  };

  test('is the package\'s bin, and runs the CLI as node runs the bundle', () => {
    expect(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf-8')).bin).toEqual({ 'cdk8s-cloud-lb': 'lib/cli/launcher.js' });
    const direct = spawnSync(process.execPath, [BUNDLE, 'lint', FIXTURE, '--format', 'json', '--no-config'], { encoding: 'utf-8' });
    const launched = run({ CDK8S_CLOUD_LB_CODE_CACHE: '0' });
    expect(launched).toEqual({ status: direct.status, stdout: direct.stdout, stderr: direct.stderr });
    expect(launched.status).toBe(1);
    expect(JSON.parse(launched.stdout).map((f: { ruleId: string }) => f.ruleId)).toContain('K8S-SVC-010');
    expect(cacheFiles()).toEqual([]);
  });

  test('writes the code cache after the first run, reuses it in the next, with the same output', () => {
    const first = run();
    const [cache] = cacheFiles();
    expect(cache).toMatch(/cli-\d+-\d+-v\d+\.\d+\.\d+-\w+\.bin$/);
    const written = fs.statSync(cache).mtimeMs;
    const bytes = fs.readFileSync(cache);
    expect(bytes.length).toBeGreaterThan(10_000);
    const second = run();
    expect(second).toEqual(first);
    // Accepted by V8: not written again.
    expect(fs.statSync(cache).mtimeMs).toBe(written);
    expect(fs.readFileSync(cache).equals(bytes)).toBe(true);
  });

  test('a broken cache is refused by V8, the run is unaffected, and the cache is taken again', () => {
    const reference = run({ CDK8S_CLOUD_LB_CODE_CACHE: '0' });
    run();
    const [cache] = cacheFiles();
    fs.writeFileSync(cache, Buffer.from('not a V8 code cache'));
    expect(run()).toEqual(reference);
    expect(fs.readFileSync(cache).length).toBeGreaterThan(10_000);
  });

  test('a temp directory that cannot hold the cache is no error', () => {
    fs.writeFileSync(path.join(tmp, 'cdk8s-cloud-lb-code-cache'), 'a file where the directory would be');
    const reference = run({ CDK8S_CLOUD_LB_CODE_CACHE: '0' });
    expect(run()).toEqual(reference);
  });
});
