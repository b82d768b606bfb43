import { Linter } from '../../src';
import { DocumentLocator } from '../../src/yaml/locate';

/** 1-based line of a path, as the linter reports it. */
function lineOf(yaml: string, path: string): number {
  return new DocumentLocator(yaml).lineOf(path) + 1;
}

/** The 1-based line of the first line containing `marker` (each marker is unique in its test text). */
function lineWith(yaml: string, marker: string): number {
  const index = yaml.split('\n').findIndex((l) => l.includes(marker));
  if (index < 0) throw new Error(`no line with ${marker}`);
  return index + 1;
}

describe('empty block sequence entries (a bare `-`, as a false Helm `if` inside a list leaves)', () => {
  test('findings after a bare `-` in spec.ports point at their own lines', () => {
    const yaml = [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: web',
      'spec:',
      '  type: LoadBalancer',
      '  selector: {app: web}',
      '  ports:',
      '  -',
      '  - name: http',
      '    port: 80',
      '  - name: Metrics_Port',
      '    port: 9090',
      '',
    ].join('\n');
    const found = Linter.lintYaml(yaml).findings.map((f) => [f.ruleId, f.path, f.line]);
    expect(found).toEqual(expect.arrayContaining([
      ['K8S-SVC-007', 'spec.ports[0]', 9],
      ['K8S-SVC-010', 'spec.ports[2].name', 12],
    ]));
  });

  test('at the start, in the middle and at the end of a list', () => {
    const yaml = 'list:\n  -\n  - a: 1\n  -\n  - b: 2\n  -\n  -\nafter: x\n';
    expect([0, 1, 2, 3, 4, 5].map((i) => lineOf(yaml, `list[${i}]`))).toEqual([2, 3, 4, 5, 6, 7]);
    expect(lineOf(yaml, 'list[1].a')).toBe(3);
    expect(lineOf(yaml, 'list[3].b')).toBe(5);
    expect(lineOf(yaml, 'after')).toBe(8);
  });

  test('a list at the indentation of its key, and a bare `-` as the last line of the document', () => {
    const yaml = 'ports:\n-\n- name: a\n-\n- name: b\n-';
    expect([0, 1, 2, 3, 4].map((i) => lineOf(yaml, `ports[${i}]`))).toEqual([2, 3, 4, 5, 6]);
    expect(lineOf(yaml, 'ports[3].name')).toBe(5);
  });

  test('a top-level list', () => {
    const yaml = '-\n- a\n-\n- [b]\n';
    expect([0, 1, 2, 3].map((i) => lineOf(yaml, `[${i}]`))).toEqual([1, 2, 3, 4]);
  });

  test('comments, a bare `-` followed by a comment, and `-` inside comments and values', () => {
    const yaml = [
      'list:',
      '  # - not an entry',
      '  -   # an empty entry',
      '  - name: "a - b"  # - x',
      '  - &anchor-',
      '    name: c',
      '  - !!str d-',
      '  -',
      '  - name: last',
    ].join('\n');
    expect([0, 1, 2, 3, 4, 5].map((i) => lineOf(yaml, `list[${i}]`))).toEqual([3, 4, 5, 7, 8, 9]);
    expect(lineOf(yaml, 'list[2].name')).toBe(6);
    expect(lineOf(yaml, 'list[5].name')).toBe(9);
  });

  test('nested lists: bare entries in inner and outer lists', () => {
    const yaml = [
      'outer:',
      '  -',
      '  - - inner0',
      '    -',
      '    - inner2',
      '  - items:',
      '    -',
      '    - name: deep',
      '  -',
    ].join('\n');
    expect([0, 1, 2, 3].map((i) => lineOf(yaml, `outer[${i}]`))).toEqual([2, 3, 6, 9]);
    expect([0, 1, 2].map((i) => lineOf(yaml, `outer[1][${i}]`))).toEqual([3, 4, 5]);
    expect(lineOf(yaml, 'outer[2].items[0]')).toBe(7);
    expect(lineOf(yaml, 'outer[2].items[1].name')).toBe(8);
  });

  test('an index past the end falls back to the list', () => {
    const yaml = 'list:\n  -\n  - a\n';
    expect(lineOf(yaml, 'list[2]')).toBe(1);
  });
});

describe('flow collections', () => {
  test('a flow list on one line and over several lines', () => {
    const yaml = 'one: [a, b, c]\nmany: [\n  {name: a},\n\n  {name: b,\n   port: 2},\n]\n';
    expect(lineOf(yaml, 'one[2]')).toBe(1);
    expect(lineOf(yaml, 'many[0].name')).toBe(3);
    expect(lineOf(yaml, 'many[1]')).toBe(5);
    expect(lineOf(yaml, 'many[1].port')).toBe(6);
  });

  test('a one-pair mapping entry `[a: 1]` counts as one entry', () => {
    const yaml = 'list: [\n  a: 1,\n  b,\n  c: 3\n]\n';
    expect([0, 1, 2].map((i) => lineOf(yaml, `list[${i}]`))).toEqual([2, 3, 4]);
    expect(lineOf(yaml, 'list[2].c')).toBe(4);
  });

  test('a flow list in a block list item and a block list under a flow-free key', () => {
    const yaml = 'spec:\n  ports:\n  - [x,\n     y]\n  -\n  - {name: z}\n';
    expect(lineOf(yaml, 'spec.ports[0][1]')).toBe(4);
    expect(lineOf(yaml, 'spec.ports[1]')).toBe(5);
    expect(lineOf(yaml, 'spec.ports[2].name')).toBe(6);
  });
});

describe('mappings', () => {
  test('keys without values do not shift the keys after them', () => {
    const yaml = 'flow: {a, b: 1,\n  c: 2}\nblock:\n  ? p\n  ? q\n  : 1\n  r: 2\n';
    expect(lineOf(yaml, 'flow.c')).toBe(2);
    expect(lineOf(yaml, 'block.q')).toBe(5);
    expect(lineOf(yaml, 'block.r')).toBe(7);
  });

  test('empty values, quoted keys and keys with dots and slashes', () => {
    const yaml = [
      'metadata:',
      '  labels:',
      '  annotations:',
      '    "example.com/a": x',
      '    example.com/b:',
      '    example.com/c: "z"',
    ].join('\n');
    expect(lineOf(yaml, 'metadata.labels')).toBe(2);
    expect(lineOf(yaml, 'metadata.annotations[example.com/a]')).toBe(4);
    expect(lineOf(yaml, 'metadata.annotations[example.com/c]')).toBe(lineWith(yaml, 'example.com/c'));
  });

  test('lines are counted at \\n only, as the document splitter and editors count them (js-yaml also counts a lone \\r)', () => {
    const lines = ['kind: Service', 'metadata:', '  name: a', 'spec:', '  type: LoadBalancer', '  selector: {a: b}', '  ports:', '  -', '  - port: 0'];
    const lineOfPort = (newline: string) => Linter.lintYaml(lines.join(newline) + newline).findings.find((f) => f.ruleId === 'K8S-SVC-008')?.line;
    expect(lineOfPort('\r\n')).toBe(9);
    expect(lineOfPort('\r')).toBe(1);
  });

  test('a byte order mark left at the start of a document (a second one) does not shift the lines', () => {
    const yaml = '\uFEFF\uFEFFkind: Service\nmetadata:\n  name: a\nspec:\n  type: LoadBalancer\n  selector: {a: b}\n  ports:\n  -\n  - port: 0\n';
    expect(Linter.lintYaml(yaml).findings.map((f) => [f.ruleId, f.line])).toEqual(expect.arrayContaining([['K8S-SVC-007', 8], ['K8S-SVC-008', 9]]));
  });

  test('a malformed document gives line 1', () => {
    expect(lineOf('a: [1\n', 'a[0]')).toBe(1);
  });
});
