/**
 * Keeps the README true: every ```ts block of README.md is type-checked against the library's source.
 * Each block becomes its own module, build/readme/snippet-N.ts, with only the imports the block writes (imports of
 * 'cdk8s-cloud-lb' point at src/). A block that continues an earlier one may use the variables the README introduced
 * before it (a chart, a Deployment `web`, a Service `svc`, a manifest): they are declared with their types, never
 * imported, so a block that uses a class without importing it fails the check.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'build', 'readme');

/** The variables a block may take from the blocks before it; types as import() expressions, so no name is imported. */
const CONTEXT = `declare const chart: import('cdk8s').Chart;
declare const web: import('cdk8s-plus-28').Deployment;
declare const svc: import('../../src').LoadBalancerService;
declare const manifest: any;
declare const oldObjects: any[];
declare const newObjects: any[];
`;

const IMPORT = /^import\s+(\{[^}]*\}|\*\s+as\s+\w+)\s+from\s+'([^']+)';\n/gm;

export function snippets(readme: string): string[] {
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** One block as a module: its own imports at the top, its code in a function so its declarations shadow the context. */
export function moduleOf(snippet: string, index: number): string {
  const imports: string[] = [];
  const code = snippet.replace(IMPORT, (_all, what: string, from: string) => {
    imports.push(`import ${what.replace(/\s+/g, ' ')} from '${from === 'cdk8s-cloud-lb' ? '../../src' : from}';`);
    return '';
  });
  return `// README snippet ${index + 1}\n${imports.join('\n')}\n${CONTEXT}\nexport function snippet${index + 1}() {\n${code}}\n`;
}

if (require.main === module) {
  const blocks = snippets(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8'));
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const files = blocks.map((block, i) => {
    const name = `snippet-${i + 1}.ts`;
    fs.writeFileSync(path.join(OUT, name), moduleOf(block, i));
    return name;
  });
  fs.writeFileSync(path.join(OUT, 'tsconfig.json'), JSON.stringify({
    extends: '../../tsconfig.dev.json',
    compilerOptions: { noEmit: true, noUnusedLocals: false, rootDir: '../..' },
    include: files,
    exclude: [],
  }, null, 2));
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(OUT, 'tsconfig.json')], { stdio: 'inherit' });
  console.log(`README: ${blocks.length} TypeScript snippets type-check, each with only its own imports.`);
}
