/**
 * The library as its users run it: the JavaScript that `npx projen compile` writes to lib/ (jsii's compiler options),
 * not the TypeScript sources transpiled by ts-node, which is how cdk8s-plus-28 is measured too (its published build).
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const LIB = path.join(ROOT, 'lib');

/** The newest modification time of the files under a directory with this extension. */
function newestMtime(dir: string, extension: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(file, extension));
    else if (entry.name.endsWith(extension)) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  }
  return newest;
}

/**
 * Requires a module of the compiled library (`index`, `lint/run`, ...).
 * @throws when lib/ is missing or older than src/: the figures would be of other code
 */
export function compiled<T>(module: string): T {
  if (!fs.existsSync(path.join(LIB, 'index.js')) || newestMtime(LIB, '.js') < newestMtime(path.join(ROOT, 'src'), '.ts')) {
    throw new Error('lib/ is missing or older than src/: run `npx projen compile` first (the benchmark measures the compiled library, as apps run it).');
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(LIB, module));
}
