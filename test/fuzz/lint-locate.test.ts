import * as fc from 'fast-check';
import { FUZZ_SEED } from './arbitraries';
import { DocumentLocator } from '../../src/yaml/locate';
import { parseYamlDocument } from '../../src/yaml/yaml';

/**
 * The line locator against an oracle: a small YAML writer that records the line where it puts every mapping key and
 * every list entry, in the styles Helm templates and hand-written files use (lists at the key's indentation or
 * deeper, `- key:` entries, `- - x` nested lists, bare `-` entries, one-line flow collections, comments and blank
 * lines between entries). Every path of the written document must be located on its recorded line.
 */

type Tree = null | string | number | Tree[] | { [key: string]: Tree };

const YAML11_WORDS = /^(y|n|yes|no|on|off|true|false|null)$/i;
const key = fc.stringMatching(/^[a-z][a-z0-9]{1,6}([./-][a-z0-9]{1,4})?$/).filter((k) => !YAML11_WORDS.test(k));
const scalar: fc.Arbitrary<Tree> = fc.oneof(
  fc.constantFrom<Tree>('web', 'a - b', 'x # y', 'k: v', '- x', '', null, 80, 0, '[1]'),
  fc.integer({ min: -1000, max: 70000 }),
);
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
  ),
}));
const rootTree = fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 });

/** Choices the writer makes, drawn once per document so that a failing case shrinks. */
interface Style {
  readonly bareNull: boolean;
  readonly listAtKeyIndent: boolean;
  readonly flowDepth: number;
  readonly commentEvery: number;
  /** End with a block scalar holding a `-` line: the loader then reads the text as is, and the locator finds the bare `-` entries itself. */
  readonly blockScalarWithDash: boolean;
}

function scalarText(value: Tree): string {
  if (value === null) return '~';
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function flowText(value: Tree): string {
  if (Array.isArray(value)) return `[${value.map(flowText).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}: ${flowText(v)}`).join(', ')}}`;
  return scalarText(value);
}

function segment(k: string | number): string {
  return typeof k === 'number' || /[./]/.test(k) ? `[${k}]` : `.${k}`;
}

const isCollection = (v: Tree): v is Tree[] | { [key: string]: Tree } => v !== null && typeof v === 'object';
const isEmpty = (v: Tree) => isCollection(v) && (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0);

class Writer {
  public readonly lines: string[] = [];
  /** Path → 1-based line. */
  public readonly expected = new Map<string, number>();
  constructor(private readonly style: Style) {}

  public line(text: string, path?: string): void {
    if (this.style.commentEvery > 0 && this.lines.length % this.style.commentEvery === 1) this.lines.push('  # - a comment: [x]', '');
    this.lines.push(text);
    if (path !== undefined) this.expected.set(path, this.lines.length);
  }

  /** Everything under a path written on one line is on that line. */
  public sameLine(value: Tree, path: string, line: number): void {
    this.expected.set(path, line);
    if (Array.isArray(value)) value.forEach((v, i) => this.sameLine(v, path + segment(i), line));
    else if (isCollection(value)) for (const [k, v] of Object.entries(value)) this.sameLine(v, path + segment(k), line);
  }

  public mapping(value: { [key: string]: Tree }, indent: number, path: string, depth: number, firstPrefix?: string): void {
    Object.entries(value).forEach(([k, v], i) => {
      const pad = i === 0 && firstPrefix !== undefined ? firstPrefix : ' '.repeat(indent);
      const p = path + segment(k);
      if (!isCollection(v) || isEmpty(v) || depth >= this.style.flowDepth) {
        this.line(`${pad}${k}: ${isCollection(v) ? flowText(v) : scalarText(v)}`, p);
        this.sameLine(v, p, this.lines.length);
      } else if (Array.isArray(v)) {
        this.line(`${pad}${k}:`, p);
        this.sequence(v, this.style.listAtKeyIndent ? indent : indent + 2, p, depth + 1);
      } else {
        this.line(`${pad}${k}:`, p);
        this.mapping(v, indent + 2, p, depth + 1);
      }
    });
  }

  public sequence(value: Tree[], indent: number, path: string, depth: number, firstPrefix?: string): void {
    value.forEach((v, i) => {
      const pad = i === 0 && firstPrefix !== undefined ? firstPrefix : ' '.repeat(indent);
      const p = path + segment(i);
      if (v === null && this.style.bareNull) {
        this.line(`${pad}-`, p);
      } else if (!isCollection(v) || isEmpty(v) || depth >= this.style.flowDepth) {
        this.line(`${pad}- ${isCollection(v) ? flowText(v) : scalarText(v)}`, p);
        this.sameLine(v, p, this.lines.length);
      } else if (Array.isArray(v)) {
        // `- - x`: the entry starts on the line of its first entry.
        this.sequence(v, indent + 2, p, depth + 1, `${pad}- `);
        this.expected.set(p, this.expected.get(p + segment(0))!);
      } else {
        this.mapping(v, indent + 2, p, depth + 1, `${pad}- `);
        this.expected.set(p, this.expected.get(p + segment(Object.keys(v)[0]))!);
      }
    });
  }
}

const style = fc.record({
  bareNull: fc.boolean(),
  listAtKeyIndent: fc.boolean(),
  flowDepth: fc.constantFrom(1, 2, 3, 99),
  commentEvery: fc.constantFrom(0, 0, 3, 5),
  blockScalarWithDash: fc.boolean(),
});

let cases = 0;
let paths = 0;

afterAll(() => {
  // eslint-disable-next-line no-console
  console.log(`locator oracle: ${cases} documents, ${paths} paths located`);
});

test('every path of a written document is located on the line where it was written', () => {
  fc.assert(fc.property(rootTree, style, (root, s) => {
    cases++;
    const writer = new Writer(s);
    writer.mapping(root, 0, '', 0);
    const tail = s.blockScalarWithDash ? 'zzscript: |\n  x\n    -\n  y\n' : '';
    const text = `# a header comment\n${writer.lines.join('\n')}\n${tail}`;
    // The writer and the parser agree on the value: the oracle writes what it means.
    expect(parseYamlDocument(text)).toEqual(s.blockScalarWithDash ? { ...root, zzscript: 'x\n  -\ny\n' } : root);
    const locator = new DocumentLocator(text);
    for (const [path, line] of writer.expected) {
      paths++;
      // The header comment is the text's first line: the writer's 1-based line is the text's 0-based one.
      const located = locator.lineOf(path.replace(/^\./, ''));
      if (located !== line) throw new Error(`${path}: located on line ${located + 1} of the text, written on line ${line + 1}\n${text}`);
    }
  }), { seed: FUZZ_SEED, numRuns: 500 });
});
