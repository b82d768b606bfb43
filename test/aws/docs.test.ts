import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/** Every exported props or struct interface of src/aws documents each prop with @see, and each optional prop with @default. */
function undocumentedProps(dir: string): string[] {
  const problems: string[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, fs.readFileSync(path.join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    source.forEachChild((node) => {
      if (!ts.isInterfaceDeclaration(node) || !node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return;
      for (const member of node.members.filter(ts.isPropertySignature)) {
        const tags = ts.getJSDocTags(member).map((t) => t.tagName.text);
        const where = `${file} ${node.name.text}.${member.name.getText(source)}`;
        if (!tags.includes('see')) problems.push(`${where}: no @see`);
        if (member.questionToken && !tags.includes('default')) problems.push(`${where}: no @default`);
      }
    });
  }
  return problems;
}

test('every prop of the AWS props and structs has @see, and every optional one @default', () => {
  const dir = path.join(__dirname, '../../src/aws');
  expect(undocumentedProps(dir)).toEqual([]);
  // The check sees the interfaces at all: a prop without tags would be reported.
  expect(fs.readdirSync(dir).some((f) => /export interface \w+Props/.test(fs.readFileSync(path.join(dir, f), 'utf8')))).toBe(true);
});
