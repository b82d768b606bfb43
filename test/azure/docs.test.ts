import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

const AZURE_DIR = path.join(__dirname, '../../src/azure');

/** The modules that src/azure/index.ts re-exports: the package's Azure API (backend-pods.ts and prop-checks.ts are internal). */
function exportedModules(): string[] {
  const index = fs.readFileSync(path.join(AZURE_DIR, 'index.ts'), 'utf8');
  return [...index.matchAll(/export \* from '\.\/([\w-]+)';/g)].map((m) => `${m[1]}.ts`);
}

/** Each prop of an exported interface has @see; an optional one also @default, a required one none. */
function undocumentedProps(dir: string, files: string[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(path.join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    source.forEachChild((node) => {
      if (!ts.isInterfaceDeclaration(node) || !node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return;
      for (const member of node.members.filter(ts.isPropertySignature)) {
        const tags = ts.getJSDocTags(member).map((t) => t.tagName.text);
        const where = `${file} ${node.name.text}.${member.name.getText(source)}`;
        if (!tags.includes('see')) problems.push(`${where}: no @see`);
        if (member.questionToken && !tags.includes('default')) problems.push(`${where}: no @default`);
        if (!member.questionToken && tags.includes('default')) problems.push(`${where}: @default on a required prop`);
      }
    });
  }
  return problems;
}

test('every prop of the Azure props and structs has @see, every optional one @default and no required one a @default', () => {
  const files = exportedModules();
  expect(files).toEqual(expect.arrayContaining(['health-probe.ts', 'application-gateway-options.ts', 'private-link-service.ts']));
  expect(undocumentedProps(AZURE_DIR, files)).toEqual([]);
});

test('the check reports a missing @see or @default, and a @default on a required prop', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'azure-docs-'));
  try {
    fs.writeFileSync(path.join(dir, 'x.ts'), [
      'export interface XProps {', '  /** Bare. */', '  readonly a?: string;',
      '  /**', '   * Required.', '   * @default 1', '   * @see https://example.com', '   */', '  readonly b: number;', '}', '',
    ].join('\n'));
    expect(undocumentedProps(dir, ['x.ts'])).toEqual(['x.ts XProps.a: no @see', 'x.ts XProps.a: no @default', 'x.ts XProps.b: @default on a required prop']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
