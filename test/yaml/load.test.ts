import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadInputs, missingInputs, yamlFilesUnder } from '../../src/yaml/files';
import { loadYaml, splitDocuments } from '../../src/yaml/load';
import { pathSegments } from '../../src/yaml/locate';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

describe('splitDocuments', () => {
  test('splits at --- and after ..., keeping each chunk\'s first line', () => {
    const text = 'a: 1\n---\nb: 2\n...\n%YAML 1.2\n---\nc: 3\n--- |\n  text\n';
    expect(splitDocuments(text).map((c) => [c.startLine, c.text])).toEqual([
      [0, 'a: 1\n'],
      [1, '---\nb: 2\n...\n'],
      [4, '%YAML 1.2\n'],
      [5, '---\nc: 3\n'],
      [7, '--- |\n  text\n'],
    ]);
  });

  test('an indented --- or ---x is content, not a marker', () => {
    expect(splitDocuments('a: |\n  ---\n---x: 1\n')).toHaveLength(1);
  });
});

describe('loadYaml', () => {
  test('reads every object of a Helm-style file with comments, anchors, merge keys and other kinds', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'lint', 'helm-release.yaml'), 'utf8');
    const { objects, problems, documents } = loadYaml(text, 'helm.yaml');
    expect(problems).toEqual([]);
    expect(documents).toBe(7);
    expect(objects.map((o) => `${(o.manifest as any).kind}/${(o.manifest as any).metadata.name}@${o.line}`)).toEqual([
      'ServiceAccount/shop@4', 'ConfigMap/shop-config@14', 'Service/shop-metrics@31', 'Service/shop-web@43',
      'Service/shop-admin@68', 'Ingress/shop@84', 'Deployment/shop@104',
    ]);
    const web = objects[3].manifest as any;
    // The merge key and the alias resolve as Kubernetes reads them.
    expect(web.metadata.labels).toEqual({ 'app.kubernetes.io/name': 'shop', 'app.kubernetes.io/instance': 'shop', 'tier': 'frontend' });
    expect(web.spec.selector).toEqual({ 'app.kubernetes.io/name': 'shop', 'app.kubernetes.io/instance': 'shop' });
    // The block scalar keeps its indented "---" line.
    expect((objects[1].manifest as any).data['nginx.conf']).toContain('---');
  });

  test('one broken document is reported with its line, the others are still read', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'lint', 'broken.yaml'), 'utf8');
    const { objects, problems } = loadYaml(text, 'broken.yaml');
    expect(objects.map((o) => (o.manifest as any).metadata.name)).toEqual(['first', 'third']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'broken.yaml', line: 15 });
    expect(problems[0].message).toMatch(/^YAML syntax error: .*flow collection/);
  });

  test('a syntax error at the end of a document points at its last line, not the next document', () => {
    const { problems } = loadYaml('a: 1\n---\nb: [1\n\n---\nc: 1\n', 'f.yaml');
    expect(problems).toEqual([expect.objectContaining({ line: 3 })]);
  });

  test('YAML 1.1 booleans are booleans (as kubectl reads them), dates stay strings', () => {
    const { objects } = loadYaml('a: yes\nb: off\nc: Y\nd: 2024-01-01\ne: "yes"\nf: 0x1F\n', 'f.yaml');
    expect(objects[0].manifest).toEqual({ a: true, b: false, c: true, d: '2024-01-01', e: 'yes', f: 31 });
  });

  test('numbers as go-yaml v2 reads them: upper-case and 0o prefixes, leading-zero octal, underscores; 1:20 stays a string', () => {
    const text = 'a: 0X1F\nb: 0o17\nc: 017\nd: 1_000\ne: 1:20\nf: .5\ng: 1e_5\nh: "0X1F"\ni: 08\nj: ~\nk:\n0X1F: key\n';
    expect(loadYaml(text, 'f.yaml').objects[0].manifest).toEqual({
      a: 31, b: 15, c: 15, d: 1000, e: '1:20', f: 0.5, g: 100000, h: '0X1F', i: 8, j: null, k: null, 31: 'key',
    });
  });

  test('a bare `-` ending an inner list leaves the next entry in the outer list, as Kubernetes reads it', () => {
    // js-yaml alone reads rules: [{host: a, http: {paths: [{path: /}, null, {host: b, ...}]}}]: one rule, not two.
    const text = [
      'kind: Ingress',
      'metadata: {name: shop}',
      'spec:',
      '  rules:',
      '  - host: a.example.com',
      '    http:',
      '      paths:',
      '      - path: /',
      '      -',
      '  - host: b.example.com',
      '    http:',
      '      paths:',
      '      - - nested',
      '        -',
      '      - path: /b',
      '',
    ].join('\n');
    const [object] = loadYaml(text, 'f.yaml').objects;
    const rules = (object.manifest as any).spec.rules;
    expect(rules.map((r: any) => r.host)).toEqual(['a.example.com', 'b.example.com']);
    expect(rules[0].http.paths).toEqual([{ path: '/' }, null]);
    expect(rules[1].http.paths).toEqual([['nested', null], { path: '/b' }]);
    expect(object.lineOf('spec.rules[1].host')).toBe(10);
    expect(object.lineOf('spec.rules[0].http.paths[1]')).toBe(9);
    expect(object.lineOf('spec.rules[1].http.paths[0][1]')).toBe(14);
    expect(object.lineOf('spec.rules[1].http.paths[1].path')).toBe(15);
  });

  test('a bare `-` with content on the next, deeper line is not empty; a `-` line inside a block scalar is text', () => {
    const text = [
      'list:',
      '-',
      '  name: a',
      '- -',
      '  - b',
      'script: |',
      '  x',
      '    -',
      '  y',
      'after:',
      '  -',
      '  - c',
      '',
    ].join('\n');
    const [object] = loadYaml(text, 'f.yaml').objects;
    expect(object.manifest).toEqual({ list: [{ name: 'a' }, [null, 'b']], script: 'x\n  -\ny\n', after: [null, 'c'] });
    // The `-` line of the block scalar stays text; the empty entry of `after` is still an entry, on its line.
    expect(object.lineOf('after[0]')).toBe(11);
    expect(object.lineOf('after[1]')).toBe(12);
    expect(object.lineOf('list[1][1]')).toBe(5);
  });

  test('kind: List is expanded into its items, each with its own line', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n'
      + '  - kind: Service\n    metadata:\n      name: a\n'
      + '  - kind: Service\n    metadata:\n      name: b\n';
    const { objects, documents } = loadYaml(text, 'list.yaml');
    expect(documents).toBe(1);
    expect(objects.map((o) => [(o.manifest as any).metadata.name, o.line, o.lineOf('metadata.name')])).toEqual([['a', 4, 6], ['b', 7, 9]]);
  });

  test('empty documents, comments only, scalars and a BOM are skipped', () => {
    const { objects, documents, problems } = loadYaml('\uFEFF# only a comment\n---\n---\njust a string\n---\n- a list\n', 'f.yaml');
    expect(problems).toEqual([]);
    expect(objects).toEqual([]);
    expect(documents).toBe(2);
  });

  test('lineOf finds keys with dots and slashes, list items, and falls back to the nearest parent', () => {
    const text = [
      '---',
      'kind: Service',
      'metadata:',
      '  annotations:',
      '    service.beta.kubernetes.io/aws-load-balancer-type: nlb',
      'spec:',
      '  ports:',
      '    - name: http',
      '      port: 80',
      '    - {name: https, port: 443}',
    ].join('\n');
    const [object] = loadYaml(`# header\n${text}`, 'f.yaml').objects;
    expect(object.line).toBe(3);
    expect(object.lineOf('metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-type]')).toBe(6);
    expect(object.lineOf('spec.ports[0].port')).toBe(10);
    expect(object.lineOf('spec.ports[1].port')).toBe(11);
    expect(object.lineOf('spec.selector')).toBe(7);
    expect(object.lineOf('metadata.name')).toBe(4);
    expect(object.lineOf('(rule)')).toBe(3);
  });

  test('pathSegments splits finding paths', () => {
    expect(pathSegments('metadata.annotations[a.b/c-d]')).toEqual(['metadata', 'annotations', 'a.b/c-d']);
    expect(pathSegments('spec.ports[1].name')).toEqual(['spec', 'ports', 1, 'name']);
  });
});

describe('loadInputs', () => {
  test('directories are read recursively (.yaml and .yml), in a stable order', () => {
    const files = yamlFilesUnder(path.join(FIXTURES, 'diff')).map((f) => path.relative(FIXTURES, f));
    expect(files).toEqual(['diff/new/services.yaml', 'diff/old/services.yaml']);
  });

  test('a missing path and an empty directory are unreadable inputs; stdin is read for -', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-empty-'));
    const result = loadInputs(['/no/such/file.yaml', empty, '-'], () => 'kind: Service\nmetadata: {name: s}\n');
    fs.rmdirSync(empty);
    expect(result.problems.map((p) => [p.file, p.line])).toEqual([['/no/such/file.yaml', 0], [empty, 0]]);
    expect(result.problems[0].message).toBe('no such file or directory');
    expect(result.problems[1].message).toBe('the directory has no .yaml or .yml file');
    expect(result.objects.map((o) => o.file)).toEqual(['-']);
  });

  test('missingInputs: the paths that do not exist, relative ones from the directory given; never stdin', () => {
    expect(missingInputs(['/no/such/file.yaml', 'diff/old', 'lint/none.yaml', '-'], FIXTURES)).toEqual(['/no/such/file.yaml', 'lint/none.yaml']);
  });
});
