import { ParserState, parseYamlDocument } from './yaml';

/**
 * Line numbers of the fields of one YAML document, for the findings that point at them. Built only for documents
 * with findings: it re-parses the document with js-yaml's listener, which reports every node's open and close.
 */

interface PositionNode {
  readonly line: number;
  readonly children: PositionNode[];
  kind?: string | null;
  result?: unknown;
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

function positionTree(text: string): PositionNode | undefined {
  const stack: PositionNode[] = [{ line: 0, children: [] }];
  parseYamlDocument(text, (event: 'open' | 'close', state: ParserState) => {
    if (event === 'open') {
      stack.push({ line: state.line, children: [] });
      return;
    }
    const node = stack.pop()!;
    node.kind = state.kind;
    node.result = state.result;
    stack[stack.length - 1].children.push(node);
  });
  return stack[0].children[0];
}

/** The child of a mapping (its key's line) or of a sequence. */
function childOf(node: PositionNode, segment: string | number): { line: number; node: PositionNode } | undefined {
  if (node.kind === 'mapping') {
    for (let i = 0; i + 1 < node.children.length; i += 2) {
      if (String(node.children[i].result) === String(segment)) return { line: node.children[i].line, node: node.children[i + 1] };
    }
    return undefined;
  }
  if (node.kind === 'sequence' && typeof segment === 'number' && segment < node.children.length) {
    return { line: node.children[segment].line, node: node.children[segment] };
  }
  return undefined;
}

/**
 * Finds 0-based lines of paths in one document. `prefix` locates an object inside the document (`items[3]` of a
 * `kind: List`). A path that is absent (a missing `metadata.name`) gives the line of its nearest present parent.
 */
export class DocumentLocator {
  private tree?: PositionNode | null;

  constructor(private readonly text: string) {}

  public lineOf(path: string, prefix: Array<string | number> = []): number {
    const root = this.root();
    if (!root) return 0;
    let node = root;
    let line = root.line;
    for (const segment of [...prefix, ...pathSegments(path)]) {
      const child = childOf(node, segment);
      if (!child) break;
      line = child.line;
      node = child.node;
    }
    return line;
  }

  private root(): PositionNode | undefined {
    if (this.tree === undefined) {
      try {
        this.tree = positionTree(this.text) ?? null;
      } catch {
        this.tree = null;
      }
    }
    return this.tree ?? undefined;
  }
}
