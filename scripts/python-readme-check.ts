/**
 * The Python package's README (build/bindings/python/README.md, written by `npx projen check:bindings` with the
 * jsii-rosetta tablet) shows Python in its code blocks: every TypeScript block of README.md was translated, and none
 * is left in TypeScript inside a python fence.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');

/** TypeScript that a Python block cannot contain. */
const TYPESCRIPT = [/^\s*import \{/m, /^\s*(const|let) \w+ = /m, /\bnew [A-Z]\w*\(/, /;\s*$/m, /=>/];

export function untranslated(readme: string): string[] {
  return [...readme.matchAll(/```python\n([\s\S]*?)```/g)]
    .map((m) => m[1])
    // Comments keep the README's words, which may quote TypeScript: only the code is judged.
    .filter((block) => TYPESCRIPT.some((re) => re.test(block.replace(/#.*$/gm, ''))))
    .map((block) => block.split('\n')[0]);
}

if (require.main === module) {
  const source = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8');
  const python = fs.readFileSync(path.join(ROOT, 'build', 'bindings', 'python', 'README.md'), 'utf-8');
  const tsBlocks = [...source.matchAll(/```ts\n/g)].length;
  const pyBlocks = [...python.matchAll(/```python\n/g)].length;
  const left = untranslated(python);
  if (pyBlocks !== tsBlocks || left.length > 0) {
    console.error(`Python README: ${pyBlocks} python blocks for ${tsBlocks} TypeScript blocks; still TypeScript: ${JSON.stringify(left)}`);
    process.exit(1);
  }
  console.log(`Python README: all ${pyBlocks} TypeScript snippets translated to Python.`);
}
