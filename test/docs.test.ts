import * as path from 'path';
import * as ts from 'typescript';
import { untranslated } from '../scripts/python-readme-check';
import { moduleOf, snippets } from '../scripts/readme-snippets';

/**
 * Every struct of the public API (each interface exported from src/index.ts that is not a behavioral `IXxx`) documents
 * each optional prop with @default and no required prop with a @default. The structs a user writes (props, options)
 * point each prop to the page that explains it (@see); the structs the library returns (findings, reports) do not
 * point back to this project's own pages.
 */

/** The structs the library returns: read, never written by a user. */
const RESULT_STRUCTS = new Set([
  'ResourceRef', 'RelatedObject', 'RuleViolation', 'Finding', 'LintFinding', 'LintProblem', 'LintReport', 'ManifestDiffReport', 'DisruptiveChange', 'ManagedAnnotation',
]);
const OWN_PAGES = 'https://github.com/cdk8s-cloud-lb/cdk8s-cloud-lb';

const INDEX = path.join(__dirname, '..', 'src', 'index.ts');

function problemsOf(program: ts.Program, rootFile: string): { structs: number; problems: string[] } {
  const checker = program.getTypeChecker();
  const root = program.getSourceFile(rootFile)!;
  const problems: string[] = [];
  let structs = 0;
  for (const symbol of checker.getExportsOfModule(checker.getSymbolAtLocation(root)!)) {
    // Re-exports (`export * from`) are alias symbols; TypeScript flags are a bit set.
    // eslint-disable-next-line no-bitwise
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    for (const decl of target.declarations ?? []) {
      if (!ts.isInterfaceDeclaration(decl) || /^I[A-Z]/.test(decl.name.text)) continue;
      structs++;
      const file = path.relative(path.dirname(rootFile), decl.getSourceFile().fileName);
      const isResult = RESULT_STRUCTS.has(decl.name.text);
      for (const member of decl.members.filter(ts.isPropertySignature)) {
        const jsdoc = ts.getJSDocTags(member);
        const tags = jsdoc.map((t) => t.tagName.text);
        const where = `${file} ${decl.name.text}.${member.name.getText()}`;
        if (!isResult && !tags.includes('see')) problems.push(`${where}: no @see`);
        const selfLink = jsdoc.some((t) => t.tagName.text === 'see' && t.getText().includes(OWN_PAGES));
        if (isResult && selfLink) problems.push(`${where}: @see to this project's own pages on a result struct`);
        if (member.questionToken && !tags.includes('default')) problems.push(`${where}: no @default`);
        if (!member.questionToken && tags.includes('default')) problems.push(`${where}: @default on a required prop`);
      }
    }
  }
  return { structs, problems };
}

function programOf(rootFile: string, files: { [name: string]: string } = {}): ts.Program {
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, skipLibCheck: true, noEmit: true };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => files[name] ?? read(name);
  const exists = host.fileExists.bind(host);
  host.fileExists = (name) => name in files || exists(name);
  return ts.createProgram([rootFile], options, host);
}

describe('public API documentation', () => {
  test('every prop of every input struct has @see, every optional one @default, no required one a @default', () => {
    const { structs, problems } = problemsOf(programOf(INDEX), INDEX);
    expect(problems).toEqual([]);
    expect(structs).toBeGreaterThan(30);
  });

  test('the check reports a missing @see or @default, and a @default on a required prop', () => {
    const root = path.join(__dirname, 'virtual-index.ts');
    const source = [
      'export interface XProps {', '  /** Bare. */', '  readonly a?: string;',
      '  /**', '   * Required.', '   * @default 1', '   * @see https://example.com', '   */', '  readonly b: number;', '}',
      'export interface IBehaviour { /** Not a struct. */ readonly c?: string }', '',
    ].join('\n');
    const { structs, problems } = problemsOf(programOf(root, { [root]: source }), root);
    expect(structs).toBe(1);
    const result = ['export interface Finding {', '  /**', '   * Id.', `   * @see ${OWN_PAGES}/blob/main/RULES.md`, '   */', '  readonly id: string;', '}', ''].join('\n');
    expect(problemsOf(programOf(root, { [root]: result }), root).problems).toEqual(["virtual-index.ts Finding.id: @see to this project's own pages on a result struct"]);
    expect(problems).toEqual(['virtual-index.ts XProps.a: no @see', 'virtual-index.ts XProps.a: no @default', 'virtual-index.ts XProps.b: @default on a required prop']);
  });
});

describe('README snippet check (scripts/readme-snippets.ts)', () => {
  /** The semantic errors of one README block as the check compiles it, at the place the check writes it. */
  function errorsOf(block: string): string[] {
    const file = path.join(__dirname, '..', 'build', 'readme', 'snippet-1.ts');
    const program = programOf(file, { [file]: moduleOf(block, 0) });
    return program.getSemanticDiagnostics(program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  test('a block gets only the imports it writes: a class used without its import fails the check', () => {
    const body = "new LoadBalancerService(chart, 'lb', { selector: web, sessionAffinityTimeout: Duration.hours(1), ports: [{ port: 80 }] });\n";
    expect(errorsOf(`import { LoadBalancerService } from 'cdk8s-cloud-lb';\n${body}`)).toEqual(["Cannot find name 'Duration'."]);
    expect(errorsOf(`import { Duration } from 'cdk8s';\nimport { LoadBalancerService } from 'cdk8s-cloud-lb';\n${body}`)).toEqual([]);
  });

  test('every ts block of the README is found', () => {
    expect(snippets('text\n```ts\nconst a = 1;\n```\n```sh\nls\n```\n```ts\nconst b = 2;\n```\n')).toEqual(['const a = 1;\n', 'const b = 2;\n']);
  });
});

describe('the Python README check (scripts/python-readme-check.ts, run by npx projen check:bindings)', () => {
  test('a TypeScript block inside a python fence is reported; translated Python, with TypeScript in a comment, is not', () => {
    const typescript = "```python\nimport { App } from 'cdk8s';\nconst app = new App();\n```\n";
    const py = '```python\nfrom cdk8s import App\napp = App()  # or new App() in TypeScript; see () => {}\n```\n';
    expect(untranslated(typescript)).toEqual(["import { App } from 'cdk8s';"]);
    expect(untranslated(py)).toEqual([]);
  });
});
