import { ParserState, parseAsKubernetes, parseYamlDocument } from './yaml';

/**
 * Line numbers of the fields of one YAML document, for the findings that point at them. Built only for documents
 * with findings: it re-parses the document with js-yaml's listener, which reports every node's open and close.
 *
 * The listener does not report every entry, so the children it reports are matched to the entries by the text
 * between them (the "gaps", which hold only indicators, whitespace and comments):
 * - an empty block sequence entry (a bare `-` line, as a Helm `if` inside a list leaves) is added without a node;
 *   every `-` indicator in a gap beyond the one that introduces the next child is such an entry;
 * - a flow sequence entry `[a: 1]` is a one-pair mapping reported as its key and value, not as one node;
 * - a mapping key without a value (`{a, b: 1}`, `? a`) has no value node: a child is a value only when a `:`
 *   indicator separates it from the key before it.
 */

interface PositionNode {
  /** 0-based line where the node opens. */
  readonly line: number;
  /** Offsets in the document text where the node opens and closes. */
  readonly start: number;
  end: number;
  children: PositionNode[];
  kind?: string | null;
  result?: unknown;
  /** The entries of a sequence or the pairs of a mapping, matched once on first use. */
  entries?: Map<string, Entry> | Entry[];
}

/** A sequence entry or a mapping value: the line it is reported at and its node (none for an empty entry). */
interface Entry {
  readonly line: number;
  readonly node?: PositionNode;
}

/** A finding path split into keys and indexes: `spec.ports[1].name` → spec, ports, 1, name. */
export function pathSegments(path: string): Array<string | number> {
  const segments: Array<string | number> = [];
  const pattern = /([^.[\]]+)|\[([^\]]*)\]/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(path)) !== null) {
    if (match[1] !== undefined) segments.push(match[1]);
    else segments.push(/^[0-9]+$/.test(match[2]) ? Number(match[2]) : match[2]);
  }
  return segments;
}

class LineIndex {
  private starts?: number[];
  constructor(private readonly text: string) {}

  /** The 0-based line of an offset. */
  public lineAt(offset: number): number {
    if (!this.starts) {
      this.starts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    }
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

/**
 * Lines are counted from the offsets, at `\n` only: js-yaml's own `state.line` also counts a lone `\r` (an old Mac
 * line break), which would give lines past the end of the file as every other tool (and the document splitter)
 * counts them.
 */
function positionTree(text: string, lines: LineIndex): PositionNode | undefined {
  const stack: PositionNode[] = [{ line: 0, start: 0, end: text.length, children: [] }];
  parseYamlDocument(text, (event: 'open' | 'close', state: ParserState) => {
    if (event === 'open') {
      stack.push({ line: lines.lineAt(state.position), start: state.position, end: state.position, children: [] });
      return;
    }
    const node = stack.pop()!;
    node.end = state.position;
    node.kind = state.kind;
    node.result = state.result;
    stack[stack.length - 1].children.push(node);
  });
  return stack[0].children[0];
}

/**
 * js-yaml composes some nodes twice (a block collection tried first, then the flow node or scalar read as its
 * would-be key): the outer node has the inner one as its only child, with the same result. The inner one has the
 * entries.
 */
function unwrap(node: PositionNode): PositionNode {
  let current = node;
  while (current.children.length === 1 && current.children[0].result === current.result && current.children[0].kind === current.kind) {
    current = current.children[0];
  }
  return current;
}

const SPACE = /[ \t\r\n]/;

/** The indicator characters of a gap, comments left out, with their offsets. */
function* indicators(text: string, from: number, to: number): Generator<{ char: string; at: number }> {
  for (let i = from; i < to; i++) {
    const char = text[i];
    if (char === '#') {
      while (i < to && text[i] !== '\n') i++;
    } else if (!SPACE.test(char)) {
      yield { char, at: i };
    }
  }
}

/** Offsets of the `-` entry indicators in a gap of a block sequence (a `-` between spaces; not `&a-` or `!my-tag`). */
function dashes(text: string, from: number, to: number): number[] {
  const found: number[] = [];
  for (const { char, at } of indicators(text, from, to)) {
    const spaceBefore = at === 0 || SPACE.test(text[at - 1]);
    const spaceAfter = at + 1 >= text.length || SPACE.test(text[at + 1]);
    if (char === '-' && spaceBefore && spaceAfter) found.push(at);
  }
  return found;
}

function gapHas(text: string, from: number, to: number, wanted: string): boolean {
  for (const { char } of indicators(text, from, to)) if (char === wanted) return true;
  return false;
}

/** Whether a sequence is in flow style: its first indicator (after any tag or anchor, which are node text) is `[`. */
function isFlow(text: string, node: PositionNode): boolean {
  const firstChild = node.children[0];
  for (const { char } of indicators(text, node.start, firstChild ? firstChild.start : node.end)) {
    if (char === '[') return true;
    if (char === '-') return false;
  }
  return false;
}

/** The text between two children (or a child and the end of the parent), where the indicators are. */
function gapBefore(node: PositionNode, index: number): [number, number] {
  const from = index === 0 ? node.start : node.children[index - 1].end;
  const to = index < node.children.length ? node.children[index].start : node.end;
  return [from, Math.max(from, to)];
}

/** Block sequence: each child is introduced by the last `-` of the gap before it; the other `-` are empty entries. */
function blockEntries(text: string, lines: LineIndex, node: PositionNode): Entry[] {
  const entries: Entry[] = [];
  for (let i = 0; i <= node.children.length; i++) {
    const found = dashes(text, ...gapBefore(node, i));
    const empty = i < node.children.length ? found.slice(0, -1) : found;
    for (const at of empty) entries.push({ line: lines.lineAt(at) });
    if (i < node.children.length) entries.push({ line: node.children[i].line, node: node.children[i] });
  }
  return entries;
}

/** Flow sequence: a `,` (or the opening `[`) starts an entry; children in one entry are the key and value of a pair. */
function flowEntries(text: string, node: PositionNode): Entry[] {
  const groups: PositionNode[][] = [];
  node.children.forEach((child, i) => {
    const [from, to] = gapBefore(node, i);
    if (groups.length === 0 || gapHas(text, from, to, ',')) groups.push([child]);
    else groups[groups.length - 1].push(child);
  });
  return groups.map((group) => {
    const [first] = group;
    const [from, to] = gapBefore(node, node.children.indexOf(first));
    const pair = group.length > 1 || gapHas(text, from, to, '?');
    const entry: PositionNode = pair
      ? { line: first.line, start: first.start, end: group[group.length - 1].end, children: group, kind: 'mapping' }
      : first;
    return { line: first.line, node: entry };
  });
}

function sequenceEntries(text: string, lines: LineIndex, node: PositionNode): Entry[] {
  const length = Array.isArray(node.result) ? node.result.length : node.children.length;
  const plain = node.children.map((child) => ({ line: child.line, node: child }));
  if (node.children.length === length) return plain;
  const entries = isFlow(text, node) ? flowEntries(text, node) : blockEntries(text, lines, node);
  // The matching is exact for what js-yaml reads; should it ever disagree with the result, keep the reported nodes.
  return entries.length === length ? entries : plain;
}

/** Mapping: a key, then its value when a `:` indicator is between them; keys are reported at the key's line. */
function mappingEntries(text: string, node: PositionNode): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    const key = children[i];
    const hasValue = i + 1 < children.length && gapHas(text, key.end, Math.max(key.end, children[i + 1].start), ':');
    const name = String(key.result);
    if (!entries.has(name)) entries.set(name, { line: key.line, node: hasValue ? children[i + 1] : undefined });
    if (hasValue) i++;
  }
  return entries;
}

/**
 * Finds 0-based lines of paths in one document. `prefix` locates an object inside the document (`items[3]` of a
 * `kind: List`). A path that is absent (a missing `metadata.name`) gives the line of its nearest present parent.
 */
export class DocumentLocator {
  private tree?: PositionNode | null;
  /** The text as parsed: the input, or the same lines with empty entries written `- ~` (see parseAsKubernetes). */
  private source = '';
  private lines = new LineIndex('');

  constructor(private readonly text: string) {}

  public lineOf(path: string, prefix: Array<string | number> = []): number {
    const root = this.root();
    if (!root) return 0;
    let node: PositionNode | undefined = root;
    let line = root.line;
    for (const segment of [...prefix, ...pathSegments(path)]) {
      const entry: Entry | undefined = node ? this.childOf(node, segment) : undefined;
      if (!entry) break;
      line = entry.line;
      node = entry.node;
    }
    return line;
  }

  /** The entry of a mapping (its key's line) or of a sequence. */
  private childOf(parent: PositionNode, segment: string | number): Entry | undefined {
    const node = unwrap(parent);
    if (node.kind === 'mapping') {
      node.entries ??= mappingEntries(this.source, node);
      return (node.entries as Map<string, Entry>).get(String(segment));
    }
    if (node.kind === 'sequence' && typeof segment === 'number') {
      node.entries ??= sequenceEntries(this.source, this.lines, node);
      return (node.entries as Entry[])[segment];
    }
    return undefined;
  }

  private root(): PositionNode | undefined {
    if (this.tree === undefined) {
      try {
        this.source = parseAsKubernetes(this.text).text;
        this.lines = new LineIndex(this.source);
        this.tree = positionTree(this.source, this.lines) ?? null;
      } catch {
        this.tree = null;
      }
    }
    return this.tree ?? undefined;
  }
}
