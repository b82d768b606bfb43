import { DocumentLocator } from './locate';
import { parseYamlDocument, YamlError } from './yaml';
import { isObject, kindOf } from '../rules/manifest';

/** One object read from YAML, with where it came from. */
export interface LoadedObject {
  /** The plain JSON object. */
  readonly manifest: unknown;
  /** The file name (or `-` for stdin). */
  readonly file: string;
  /** 1-based line of the object's first line. */
  readonly line: number;
  /** 1-based line of a field of the object (a finding path such as `spec.ports[0].port`). */
  lineOf(path: string): number;
}

/** A document that could not be parsed, or a file that could not be read. */
export interface LoadProblem {
  readonly file: string;
  /** 1-based line; 0 when the whole file is unreadable. */
  readonly line: number;
  readonly column?: number;
  readonly message: string;
}

export interface LoadResult {
  readonly objects: LoadedObject[];
  readonly problems: LoadProblem[];
  /** Non-empty YAML documents read (a `kind: List` counts once). */
  readonly documents: number;
}

interface Chunk {
  readonly text: string;
  /** 0-based line of the chunk's first line in the file. */
  readonly startLine: number;
}

const DOCUMENT_START = /^---(?=[ \t\r\n]|$)/;
const DOCUMENT_END = /^\.\.\.(?=[ \t\r\n]|$)/;

/**
 * Splits a multi-document YAML text at its document markers, so that one broken document does not hide the others
 * and each document's line offset is known. A `---` or `...` at column 0 always ends a document in YAML (even inside
 * a block or quoted scalar), so a line scan is exact.
 */
export function splitDocuments(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let startLine = 0;
  let line = 0;
  let pos = 0;
  const push = (end: number, nextStart: number, nextLine: number) => {
    if (end > start) chunks.push({ text: text.slice(start, end), startLine });
    start = nextStart;
    startLine = nextLine;
  };
  while (pos < text.length) {
    const newline = text.indexOf('\n', pos);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    // Only lines starting with '-' or '.' can be markers: test the regex on those alone (this loop is the hot path).
    const first = text.charCodeAt(pos);
    if (first === 45 /* - */ && DOCUMENT_START.test(text.slice(pos, pos + 4))) {
      push(pos, pos, line);
    } else if (first === 46 /* . */ && DOCUMENT_END.test(text.slice(pos, pos + 4))) {
      push(lineEnd, lineEnd, line + 1);
    }
    pos = lineEnd;
    line++;
  }
  push(text.length, text.length, line);
  return chunks;
}

function problemOf(file: string, chunk: Chunk, error: unknown): LoadProblem {
  const e = error as YamlError;
  const reason = e?.reason ?? e?.message ?? String(error);
  const mark = e?.mark;
  // An error "at the end of the stream" is marked on the line after the document: report its last line instead.
  const lastLine = Math.max(0, chunk.text.replace(/\s+$/, '').split('\n').length - 1);
  return mark
    ? { file, line: chunk.startLine + Math.min(mark.line, lastLine) + 1, column: mark.column + 1, message: `YAML syntax error: ${reason}` }
    : { file, line: chunk.startLine + 1, message: `YAML error: ${reason}` };
}

/** The first line with content (not blank, a comment, a marker or a directive), 0-based within the chunk. */
function firstContentLine(text: string): number {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i].trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('%')) continue;
    if (DOCUMENT_START.test(lines[i]) && trimmed.replace(/^---/, '').trim() === '') continue;
    return i;
  }
  return 0;
}

function loadedObject(manifest: unknown, file: string, chunk: Chunk, locator: () => DocumentLocator, prefix: Array<string | number>): LoadedObject {
  let line: number | undefined;
  return {
    manifest,
    file,
    get line() {
      if (line === undefined) {
        const offset = prefix.length > 0 ? locator().lineOf('', prefix) : firstContentLine(chunk.text);
        line = chunk.startLine + offset + 1;
      }
      return line;
    },
    lineOf: (path: string) => chunk.startLine + locator().lineOf(path, prefix) + 1,
  };
}

/** More nodes than any Kubernetes object has, fewer than would stall the rules (which walk the whole object). */
const MAX_EXPANDED_NODES = 100_000;

/**
 * Why a parsed document cannot be a Kubernetes object because of its aliases, if it cannot. js-yaml resolves an alias
 * to the anchored value itself, so `&s {self: *s}` is a cycle and nine levels of ten aliases are 10^9 nodes to any
 * code that walks the object (an "alias bomb"). The API server's YAML reader (go-yaml) refuses both; so does this
 * linter, as an unreadable document, instead of overflowing the stack or hanging. Only documents with a `*` can
 * have an alias, so the usual document is not walked.
 */
export function aliasProblem(text: string, value: unknown): string | undefined {
  if (!text.includes('*') || value === null || typeof value !== 'object') return undefined;
  const onPath = new Set<object>();
  // An explicit stack (a recursion could overflow on a long chain of aliases): a value to enter, or one to leave.
  const stack: Array<{ value: unknown; leave: boolean }> = [{ value, leave: false }];
  let expanded = 0;
  while (stack.length > 0) {
    const { value: current, leave } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (leave) {
      onPath.delete(current);
      continue;
    }
    if (onPath.has(current)) return 'a YAML alias refers to a node that contains it: the object would be infinitely deep';
    if (++expanded > MAX_EXPANDED_NODES) return `YAML aliases expand the document to more than ${MAX_EXPANDED_NODES} nodes`;
    onPath.add(current);
    stack.push({ value: current, leave: true });
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push({ value: child, leave: false });
  }
  return undefined;
}

/** `kind: List` (kubectl get -o yaml) and `kind: ServiceList` etc. carry their objects in `items`. */
function isListKind(manifest: unknown): manifest is { items: unknown[] } {
  const kind = kindOf(manifest);
  return kind !== undefined && kind.endsWith('List') && isObject(manifest) && Array.isArray(manifest.items);
}

/**
 * Reads every object of a multi-document YAML text. Syntax errors are reported per document with their line; the
 * other documents are still read. Scalars and empty documents are skipped.
 */
export function loadYaml(text: string, file: string): LoadResult {
  const objects: LoadedObject[] = [];
  const problems: LoadProblem[] = [];
  let documents = 0;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (const chunk of splitDocuments(source)) {
    let manifest: unknown;
    try {
      manifest = parseYamlDocument(chunk.text);
    } catch (e) {
      problems.push(problemOf(file, chunk, e));
      continue;
    }
    if (manifest === undefined || manifest === null) continue;
    const aliasError = aliasProblem(chunk.text, manifest);
    if (aliasError) {
      problems.push({ file, line: chunk.startLine + firstContentLine(chunk.text) + 1, message: `YAML error: ${aliasError}` });
      continue;
    }
    documents++;
    let locator: DocumentLocator | undefined;
    const lazyLocator = () => (locator ??= new DocumentLocator(chunk.text));
    if (isListKind(manifest)) {
      manifest.items.forEach((item, index) => {
        if (isObject(item)) objects.push(loadedObject(item, file, chunk, lazyLocator, ['items', index]));
      });
    } else if (isObject(manifest)) {
      objects.push(loadedObject(manifest, file, chunk, lazyLocator, []));
    }
  }
  return { objects, problems, documents };
}
