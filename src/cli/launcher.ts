#!/usr/bin/env node
/**
 * The `cdk8s-cloud-lb` executable. It runs the CLI's one-file bundle (lib/cli/cli.bundle.js) with a V8 code cache kept
 * in the temp directory: compiling the bundle and the functions a run calls was a fifth of a short `lint` (see
 * docs/performance.md, "The CLI's start"). The cache is taken after the first run, so it holds every function that run
 * compiled; V8 refuses a cache of another source or V8 version, which is then taken again.
 * CDK8S_CLOUD_LB_CODE_CACHE=0 turns it off. Not part of the library's API.
 */
import * as fs from 'fs';
import { Module } from 'module';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';

const BUNDLE = path.join(__dirname, 'cli.bundle.js');

/** Where the cache of this bundle lives: one file per bundle (size and time), Node and architecture. */
function cachePath(stat: fs.Stats): string {
  const key = `${stat.size}-${Math.round(stat.mtimeMs)}-${process.version}-${process.arch}`;
  return path.join(os.tmpdir(), 'cdk8s-cloud-lb-code-cache', `cli-${key}.bin`);
}

function readCache(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the cache atomically (another run may read it meanwhile); a cache that cannot be written is no error. */
function writeCache(file: string, data: Buffer): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}`;
    fs.writeFileSync(partial, data);
    fs.renameSync(partial, file);
  } catch {
    // A read-only or full temp directory: the next run compiles again.
  }
}

function runBundle(): void {
  const useCache = process.env.CDK8S_CLOUD_LB_CODE_CACHE !== '0';
  const source = fs.readFileSync(BUNDLE, 'utf8').replace(/^#!/, '//');
  const file = useCache ? cachePath(fs.statSync(BUNDLE)) : undefined;
  const cached = file === undefined ? undefined : readCache(file);
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData: cached });
  if (file !== undefined && (cached === undefined || script.cachedDataRejected === true)) {
    process.once('exit', () => writeCache(file, script.createCachedData()));
  }
  const requireFromBundle = Module.createRequire(BUNDLE);
  // The bundle runs as this module: its `require.main === module` holds, as it does when node runs it directly.
  script.runInThisContext()(module.exports, requireFromBundle, module, BUNDLE, __dirname);
}

runBundle();
