/**
 * Keeps the README true: every ```ts block of README.md is type-checked against the library's source.
 * Each block becomes its own scope in build/readme/snippets.ts (imports of 'cdk8s-cloud-lb' point at src/), with a
 * few declarations that the snippets take for granted (a chart, a Deployment `web`, a Service `svc`).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'build', 'readme');

const PRELUDE = `import { App, Chart, Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import * as lib from '../../src';
declare const manifest: any;
declare const oldObjects: any[];
declare const newObjects: any[];
declare const svc: lib.LoadBalancerService;
const chart = new Chart(new App(), 'readme');
const web = new kplus.Deployment(chart, 'web', { containers: [{ image: 'nginx', portNumber: 8080 }] });
void manifest; void oldObjects; void newObjects; void svc; void web; void Duration;
`;

function snippets(readme: string): string[] {
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** Turns `import { A, B } from 'cdk8s-cloud-lb'` into local bindings, and drops the imports the prelude provides. */
function scoped(snippet: string, index: number): string {
  const imports: string[] = [];
  const code = snippet.replace(/^import\s+(\{[^}]*\}|\*\s+as\s+\w+)\s+from\s+'([^']+)';\n/gm, (_all, what: string, from: string) => {
    if (from === 'cdk8s-cloud-lb') imports.push(`const ${what.replace(/\s+/g, ' ')} = lib;`);
    return '';
  });
  return `// README snippet ${index + 1}\nfunction snippet${index + 1}() {\n${imports.join('\n')}\n${code}}\nvoid snippet${index + 1};\n`;
}

const blocks = snippets(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8'));
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'snippets.ts'), PRELUDE + blocks.map(scoped).join('\n'));
fs.writeFileSync(path.join(OUT, 'tsconfig.json'), JSON.stringify({
  extends: '../../tsconfig.dev.json',
  compilerOptions: { noEmit: true, noUnusedLocals: false, rootDir: '../..' },
  include: ['snippets.ts'],
  exclude: [],
}, null, 2));
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(OUT, 'tsconfig.json')], { stdio: 'inherit' });
console.log(`README: ${blocks.length} TypeScript snippets type-check.`);
