/**
 * Synthesizes every example app (each `examples/<cloud>/<scenario>.ts` exports `build(app)`) into examples/dist.
 * Run with `npm run example`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, YamlOutputType } from 'cdk8s';

function exampleFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'dist' ? [] : exampleFiles(full);
    return entry.isFile() && entry.name.endsWith('.ts') && full !== __filename ? [full] : [];
  }).sort();
}

const outdir = path.join(__dirname, 'dist');
fs.rmSync(outdir, { recursive: true, force: true });
const app = new App({ outdir, yamlOutputType: YamlOutputType.FILE_PER_CHART });
for (const file of exampleFiles(__dirname)) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const example = require(file);
  if (typeof example.build !== 'function') throw new Error(`${file} must export build(app: App)`);
  example.build(app);
}
app.synth();
for (const file of fs.readdirSync(outdir).sort()) console.log(`examples/dist/${file}`);
