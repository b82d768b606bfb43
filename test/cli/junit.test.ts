import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Document, DOMParser, Element, Node, onWarningStopParsing } from '@xmldom/xmldom';
import { runCliIn } from './run-cli';
import { xmlAttribute, xmlText } from '../../src/cli/junit';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

/** Parses XML with a real parser that stops at any error or warning (a tag mismatch, an unknown entity, …). */
function parseXml(xml: string): Document {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, 'text/xml');
}

/** The root element of an XML text. */
function rootOf(xml: string): Element {
  const root = parseXml(xml).documentElement;
  if (root === null) throw new Error('no root element');
  return root;
}

const children = (node: Element, name: string) => Array.from(node.childNodes as ArrayLike<Node>).filter((n): n is Element => n.nodeName === name);
const attrs = (node: Element, ...names: string[]) => Object.fromEntries(names.map((n) => [n, node.getAttribute(n)]));

describe('lint --format junit', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-cloud-lb-junit-'));
    fs.copyFileSync(path.join(FIXTURES, 'lint', 'helm-release.yaml'), path.join(root, 'helm.yaml'));
    fs.copyFileSync(path.join(FIXTURES, 'lint', 'broken.yaml'), path.join(root, 'broken.yaml'));
    fs.copyFileSync(path.join(FIXTURES, 'lint', 'clean.yaml'), path.join(root, 'clean.yaml'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const junit = (argv: string[]) => {
    const run = runCliIn(root, ['lint', ...argv, '--format', 'junit', '--no-config']);
    return { ...run, top: rootOf(run.stdout) };
  };

  test('a test suite per file, a test case per judged object, a <failure> per error; warnings in <system-out>', () => {
    const { code, top } = junit(['helm.yaml', 'clean.yaml']);
    expect(code).toBe(1);
    expect(top.nodeName).toBe('testsuites');
    expect(attrs(top, 'name', 'tests', 'failures', 'errors')).toEqual({ name: 'cdk8s-cloud-lb lint', tests: '6', failures: '1', errors: '0' });
    const suites = children(top, 'testsuite');
    expect(suites.map((s) => attrs(s, 'name', 'tests', 'failures'))).toEqual([
      { name: 'helm.yaml', tests: '3', failures: '1' },
      { name: 'clean.yaml', tests: '3', failures: '0' },
    ]);
    const cases = children(suites[0], 'testcase');
    expect(cases.map((c) => attrs(c, 'name', 'classname', 'file', 'line'))).toEqual([
      { name: 'Service shop/shop-web', classname: 'helm.yaml', file: 'helm.yaml', line: '43' },
      { name: 'Service shop/shop-admin', classname: 'helm.yaml', file: 'helm.yaml', line: '68' },
      { name: 'Ingress shop/shop', classname: 'helm.yaml', file: 'helm.yaml', line: '84' },
    ]);
    const [web, admin, ingress] = cases;
    const failures = children(admin, 'failure');
    expect(failures.map((f) => f.getAttribute('type'))).toEqual(['K8S-SVC-010', 'K8S-SVC-012', 'K8S-SVC-010', 'K8S-SVC-011']);
    expect(failures[1].getAttribute('message')).toBe('spec.ports[0].targetPort: "8443" is a number written as a string: Kubernetes reads it as a port name, which cannot be all digits.');
    expect(failures[1].textContent).toContain('helm.yaml:79  K8S-SVC-012');
    expect(failures[1].textContent).toContain('fix: Write the number unquoted: 8443.');
    expect(children(web, 'failure')).toEqual([]);
    expect(children(web, 'system-out')[0].textContent).toMatch(/^accepted {2}helm\.yaml:64 {2}K8S-SVC-014 .*\n {4}acknowledged: our clusters use --service-node-port-range=80-32767$/s);
    expect(children(ingress, 'system-out')[0].textContent).toMatch(/^warning {2}helm\.yaml:90 {2}K8S-ING-010 /);
    // The objects without errors pass: no <failure> (clean.yaml's Services select none of helm.yaml's workloads, a
    // warning of K8S-SVC-034 across the two files, in <system-out>).
    expect(children(suites[1], 'testcase').every((c) => children(c, 'failure').length === 0)).toBe(true);
  });

  test('an unparsable document is a test case with an <error>, at its line among the objects', () => {
    const { code, top } = junit(['broken.yaml']);
    expect(code).toBe(2);
    const [suite] = children(top, 'testsuite');
    expect(attrs(suite, 'tests', 'failures', 'errors')).toEqual({ tests: '3', failures: '1', errors: '1' });
    const cases = children(suite, 'testcase');
    expect(cases.map((c) => c.getAttribute('name'))).toEqual(['Service first', 'unreadable document (line 15)', 'Service third']);
    expect(children(cases[1], 'error')[0].getAttribute('type')).toBe('LINT-INPUT');
    expect(children(cases[1], 'error')[0].getAttribute('message')).toMatch(/^YAML syntax error: /);
  });

  test('values that XML must escape survive the round trip: quotes, <, &, newlines in attributes, and control characters', () => {
    const value = 'a "b" <c> & d\ne\tf\u0001';
    const t = rootOf(`<t a="${xmlAttribute(value)}">${xmlText(value)}</t>`);
    expect(t.getAttribute('a')).toBe('a "b" <c> & d\ne\tf\\u0001');
    expect(t.textContent).toBe('a "b" <c> & d\ne\tf\\u0001');
    const yaml = 'kind: Service\nmetadata: {name: "x<&>\\"y", namespace: "n"}\nspec: {type: LoadBalancer, selector: {a: b}, ports: [{port: 80, protocol: "<&>"}]}\n';
    const run = runCliIn(root, ['lint', '-', '--format', 'junit', '--no-config'], yaml);
    const testcase = rootOf(run.stdout).getElementsByTagName('testcase')[0];
    expect(testcase.getAttribute('name')).toBe('Service n/x<&>"y');
    const messages = Array.from(testcase.getElementsByTagName('failure') as ArrayLike<Element>).map((f) => f.getAttribute('message'));
    expect(messages).toContain('spec.ports[0].protocol: "<&>" is not a supported protocol.');
  });

  test('the config file applies before the format: an ignored rule is no failure, a warning made an error is one', () => {
    fs.writeFileSync(path.join(root, '.cdk8s-cloud-lb.yaml'), 'ignore: [K8S-SVC-010]\nseverity: { K8S-ING-010: error }\n');
    try {
      const run = runCliIn(root, ['lint', 'helm.yaml', '--format', 'junit']);
      expect(run.code).toBe(1);
      const [suite] = children(rootOf(run.stdout), 'testsuite');
      expect(attrs(suite, 'tests', 'failures')).toEqual({ tests: '3', failures: '2' });
      const [, admin, ingress] = children(suite, 'testcase');
      expect(children(admin, 'failure').map((f) => f.getAttribute('type'))).toEqual(['K8S-SVC-012', 'K8S-SVC-011']);
      expect(children(ingress, 'failure').map((f) => f.getAttribute('type'))).toEqual(['K8S-ING-010']);
      expect(children(ingress, 'system-out')).toEqual([]);
    } finally {
      fs.rmSync(path.join(root, '.cdk8s-cloud-lb.yaml'));
    }
  });
});
