import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { FUZZ_SEED, annotationKey, nameLike, portNumber } from './arbitraries';
import { LintReport, Linter, Rules, Severity } from '../../src';
import { runCli } from '../../src/cli/cli';
import { loadYaml } from '../../src/yaml/load';
import { pathSegments } from '../../src/yaml/locate';

/**
 * Property-based fuzzing of the linter on random and mutated YAML. Whatever the input, the programmatic API and the
 * CLI (run in-process) never throw and never hang, the exit code follows the report (2 iff an unreadable document,
 * else 1 iff an error finding, else 0), and every finding names a known rule, a severity, a path, a message and a
 * line of the file. A rule that throws is caught by the engine and reported as a "(rule)" finding: that is a bug too.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const jsyaml: { dump(value: unknown, options?: object): string } = require('js-yaml');

const RULE_IDS = new Set(Rules.all().map((r) => r.id));
const SEVERITIES = new Set<string>([Severity.ERROR, Severity.WARNING]);
/** Cases run per property (printed at the end, for the record). */
const casesRun: Record<string, number> = {};
/** The slowest single input, to see how far from "hangs" the linter is. */
let slowest = { ms: 0, property: '' };
/** Findings whose line was checked to name their field. */
let fieldLinesChecked = 0;

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const CORPUS: string[] = [
  ...['clean.yaml', 'helm-release.yaml', 'broken.yaml'].map((f) => path.join(FIXTURES, 'lint', f)),
  ...fs.readdirSync(path.join(FIXTURES, 'rules')).filter((f) => f.endsWith('.yaml')).map((f) => path.join(FIXTURES, 'rules', f)),
].map((file) => fs.readFileSync(file, 'utf8'));

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-type: external
    service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing
    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip
    service.beta.kubernetes.io/azure-load-balancer-internal: "true"
spec:
  type: LoadBalancer
  selector: {app: web}
  loadBalancerSourceRanges: [10.0.0.0/8]
  ports:
  -
  - name: http
    port: 80
    targetPort: 8080
  - name: Metrics_Port
    port: 9090
`;

function lineCount(text: string): number {
  return text.split('\n').length;
}

function runCliOn(text: string, format: string): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runCli(['lint', '-', '--format', format], {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    readStdin: () => text,
    color: false,
  });
  return { code, stdout, stderr };
}

/** The invariants, on one input; returns the report for more specific checks. */
function checkLint(property: string, text: string): LintReport {
  casesRun[property] = (casesRun[property] ?? 0) + 1;
  const started = Date.now();
  const report = Linter.lintYaml(text);
  const lines = lineCount(text);
  for (const f of report.findings) {
    const where = `${f.ruleId} ${f.path} line ${f.line}`;
    if (!RULE_IDS.has(f.ruleId)) throw new Error(`unknown rule id: ${where}`);
    if (!SEVERITIES.has(f.severity)) throw new Error(`bad severity ${f.severity}: ${where}`);
    if (typeof f.path !== 'string' || f.path === '') throw new Error(`no path: ${where}`);
    if (typeof f.message !== 'string' || f.message === '') throw new Error(`no message: ${where}`);
    if (f.path === '(rule)') throw new Error(`a rule threw: ${where}: ${f.message}`);
    if (f.line !== undefined && !(Number.isInteger(f.line) && f.line >= 1 && f.line <= lines)) {
      throw new Error(`line outside the file (${lines} lines): ${where}`);
    }
  }
  for (const p of report.problems) {
    if (!(Number.isInteger(p.line) && p.line >= 0 && p.line <= lines)) throw new Error(`problem line outside the file: ${p.line} ${p.message}`);
    if (typeof p.message !== 'string' || p.message === '') throw new Error('problem without a message');
  }
  const expected = report.problems.length > 0 ? 2 : report.findings.some((f) => f.severity === Severity.ERROR) ? 1 : 0;
  const json = runCliOn(text, 'json');
  if (json.code !== expected) throw new Error(`CLI --format json exit ${json.code}, expected ${expected}`);
  if (json.stderr !== '') throw new Error(`CLI wrote to stderr: ${json.stderr}`);
  const parsed = JSON.parse(json.stdout);
  const reported = Array.isArray(parsed) ? parsed : parsed.findings;
  if (Array.isArray(reported) && reported.length !== report.findings.length + report.problems.length) {
    throw new Error(`CLI json has ${reported.length} entries, the report ${report.findings.length} + ${report.problems.length}`);
  }
  // The text format too, on every third case (it shares everything with json but the formatting).
  if (casesRun[property] % 3 === 1) {
    const textRun = runCliOn(text, 'text');
    if (textRun.code !== expected || textRun.stderr !== '') throw new Error(`CLI text exit ${textRun.code} (expected ${expected}) ${textRun.stderr}`);
  }
  const ms = Date.now() - started;
  if (ms > slowest.ms) slowest = { ms, property };
  return report;
}

/** The value at a finding path in a manifest, or undefined when the path is absent. */
function valueAt(manifest: unknown, findingPath: string): unknown {
  let value: any = manifest;
  for (const segment of pathSegments(findingPath)) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, segment)) return undefined;
    value = value[segment];
  }
  return value;
}

/**
 * Where the field of a finding is present (and written plainly: no alias or merge key, a key that is its own text),
 * its line is the line that names it.
 */
function checkLinesNameFields(text: string, report: LintReport): void {
  if (text.includes('*') || text.includes('<<')) return;
  const lines = text.split('\n');
  const objects = loadYaml(text, '-').objects;
  for (const f of report.findings) {
    const segments = pathSegments(f.path);
    const last = segments[segments.length - 1];
    if (typeof last !== 'string' || !/^[A-Za-z][A-Za-z0-9./_-]*$/.test(last) || /^(true|false|null)$/.test(last)) continue;
    const owners = objects.filter((o) => (o.manifest as any)?.metadata?.name === f.resource.name && valueAt(o.manifest, f.path) !== undefined);
    if (owners.length !== 1) continue;
    fieldLinesChecked++;
    if (!lines[f.line - 1].includes(last)) throw new Error(`${f.ruleId} ${f.path}: line ${f.line} is ${JSON.stringify(lines[f.line - 1])}`);
  }
}

function assertProperty<T>(property: string, arbitrary: fc.Arbitrary<T>, toText: (value: T) => string, numRuns: number): void {
  fc.assert(fc.property(arbitrary, (value) => { checkLint(property, toText(value)); }), { seed: FUZZ_SEED, numRuns });
}

// ---- generators ----

/** One edit of a text: characters or whole lines, the YAML indicators included. */
const PIECES = ['-', '- ', ':', ': ', ' ', '  ', '\t', '\n', '\r\n', '\r', '[', ']', '{', '}', ',', '"', '\'', '#', '|', '>', '&a ', '*a', '!!str ',
  '!!map ', '? ', '---\n', '...\n', '%YAML 1.2\n', '<<: *a\n', '~', 'null', 'yes', '0x1F', '1e3', '\u00a0', '\uFEFF', '🙂', '\\', '\0'];
type Edit = (text: string) => string;
const position = (text: string, at: number) => Math.floor(at * (text.length + 1));
const lineEdit = (f: (lines: string[], i: number) => void) => (at: number): Edit => (text) => {
  const lines = text.split('\n');
  f(lines, Math.floor(at * lines.length));
  return lines.join('\n');
};
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 5 })))
    .map(([at, piece]): Edit => (t) => {
      const i = position(t, at);
      return t.slice(0, i) + piece + t.slice(i);
    }),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 12 })).map(([at, n]): Edit => (t) => {
    const i = position(t, at);
    return t.slice(0, i) + t.slice(i + n);
  }),
  fc.double({ min: 0, max: 1, noNaN: true }).map((at): Edit => (t) => t.slice(0, position(t, at))),
  fc.double({ min: 0, max: 1, noNaN: true }).map(lineEdit((lines, i) => lines.splice(i, 1))),
  fc.double({ min: 0, max: 1, noNaN: true }).map(lineEdit((lines, i) => lines.splice(i, 0, lines[i] ?? ''))),
  fc.double({ min: 0, max: 1, noNaN: true }).map(lineEdit((lines, i) => { lines[i] = `  ${lines[i]}`; })),
  fc.double({ min: 0, max: 1, noNaN: true }).map(lineEdit((lines, i) => { lines[i] = (lines[i] ?? '').replace(/^ {1,2}/, ''); })),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('-', '  -', '    -', '---', '#', '  - -', '  ? x')).map(([at, line]) =>
    lineEdit((lines, i) => lines.splice(i, 0, line))(at)),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([a, b]) => lineEdit((lines, i) => {
    const j = Math.floor(b * lines.length);
    [lines[i], lines[j]] = [lines[j], lines[i]];
  })(a)),
);

const mutatedText = fc.tuple(fc.constantFrom(SERVICE, ...CORPUS), fc.array(edit, { minLength: 1, maxLength: 6 }))
  .map(([text, edits]) => edits.reduce((t, e) => e(t), text));

/** Any JSON value, to put where a string, a number, a list or a map belongs. */
const wrongValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(0, -1, 1.5, 1e21, true, false, null, '', [], {}, ['a'], { a: 1 }, '80', 'http', 'x'.repeat(300)),
);

const ANNOTATION_KEYS = [
  'service.beta.kubernetes.io/aws-load-balancer-type', 'service.beta.kubernetes.io/aws-load-balancer-scheme',
  'service.beta.kubernetes.io/aws-load-balancer-internal', 'service.beta.kubernetes.io/aws-load-balancer-nlb-target-type',
  'service.beta.kubernetes.io/aws-load-balancer-subnets', 'service.beta.kubernetes.io/aws-load-balancer-healthcheck-port',
  'service.beta.kubernetes.io/aws-load-balancer-healthcheck-protocol', 'service.beta.kubernetes.io/aws-load-balancer-ssl-ports',
  'service.beta.kubernetes.io/aws-load-balancer-ssl-cert', 'service.beta.kubernetes.io/aws-load-balancer-backend-protocol',
  'service.beta.kubernetes.io/aws-load-balancer-access-log-enabled', 'service.beta.kubernetes.io/aws-load-balancer-target-group-attributes',
  'service.beta.kubernetes.io/aws-load-balancer-connection-idle-timeout', 'service.beta.kubernetes.io/aws-load-balancer-eip-allocations',
  'service.beta.kubernetes.io/aws-load-balancer-private-ipv4-addresses', 'service.beta.kubernetes.io/aws-load-balancer-ip-address-type',
  'service.beta.kubernetes.io/azure-load-balancer-internal', 'service.beta.kubernetes.io/azure-load-balancer-internal-subnet',
  'service.beta.kubernetes.io/azure-load-balancer-ipv4', 'service.beta.kubernetes.io/azure-pip-name',
  'service.beta.kubernetes.io/azure-load-balancer-health-probe-request-path', 'service.beta.kubernetes.io/azure-pls-create',
  'service.beta.kubernetes.io/azure-pls-ip-configuration-ip-address-count', 'service.beta.kubernetes.io/azure-pls-visibility',
  'service.beta.kubernetes.io/azure-load-balancer-tcp-idle-timeout', 'service.beta.kubernetes.io/azure-dns-label-name',
  'appgw.ingress.kubernetes.io/backend-protocol', 'appgw.ingress.kubernetes.io/health-probe-path',
  'appgw.ingress.kubernetes.io/use-private-ip', 'appgw.ingress.kubernetes.io/request-timeout', 'kubernetes.io/ingress.class',
  'acknowledge.cdk8s-cloud-lb.io/K8S-SVC-024',
];

/** A Service or an Ingress with wrong types put at random places, as a program could write it. */
const wrongTypedManifest = fc.record({
  kind: fc.constantFrom('Service', 'Ingress'),
  name: fc.oneof(nameLike, wrongValue),
  annotations: fc.oneof(
    { weight: 5, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...ANNOTATION_KEYS), annotationKey), wrongValue, { maxKeys: 6 }) },
    { weight: 1, arbitrary: wrongValue },
  ),
  type: fc.oneof({ weight: 5, arbitrary: fc.constant('LoadBalancer') }, { weight: 1, arbitrary: wrongValue }),
  ports: fc.oneof(
    {
      weight: 4,
      arbitrary: fc.array(fc.record({
        name: fc.oneof(nameLike, wrongValue),
        port: fc.oneof(portNumber, wrongValue),
        targetPort: fc.oneof(portNumber, nameLike, wrongValue),
        protocol: fc.oneof(fc.constantFrom('TCP', 'UDP', 'SCTP', 'HTTP'), wrongValue),
        nodePort: fc.oneof(portNumber, wrongValue),
      }, { requiredKeys: [] }), { maxLength: 4 }),
    },
    { weight: 1, arbitrary: wrongValue },
    { weight: 1, arbitrary: fc.array(wrongValue, { maxLength: 3 }) },
  ),
  spec: fc.dictionary(fc.constantFrom('selector', 'loadBalancerClass', 'loadBalancerSourceRanges', 'externalTrafficPolicy', 'ipFamilies',
    'ipFamilyPolicy', 'loadBalancerIP', 'healthCheckNodePort', 'allocateLoadBalancerNodePorts', 'ingressClassName', 'rules', 'tls',
    'defaultBackend', 'sessionAffinity'), wrongValue, { maxKeys: 4 }),
  metadataWhole: fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: wrongValue }),
  specWhole: fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: wrongValue }),
}).map((r) => ({
  apiVersion: r.kind === 'Service' ? 'v1' : 'networking.k8s.io/v1',
  kind: r.kind,
  metadata: r.metadataWhole !== undefined ? r.metadataWhole : { name: r.name, annotations: r.annotations },
  spec: r.specWhole !== undefined ? r.specWhole : { type: r.type, ports: r.ports, ...r.spec },
}));

const dumpStyle = fc.record({ flowLevel: fc.constantFrom(-1, 1, 2, 3), noRefs: fc.boolean(), lineWidth: fc.constantFrom(80, -1), quotingType: fc.constantFrom('\'', '"') });

/** YAML-ish token soup: the indicators and the keys the rules look at, in random order. */
const TOKENS = [...PIECES, 'kind: Service', 'kind: Ingress', 'apiVersion: v1', 'type: LoadBalancer', 'spec:', 'metadata:', 'annotations:',
  'ports:', 'port: 80', 'name: web', 'targetPort: x', 'selector:', '\n  ', '\n    ', ...ANNOTATION_KEYS.map((k) => `${k}: `)];
const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((tokens) => tokens.join(''));

// ---- properties ----

describe('lint never throws, never hangs, and its exit code follows its findings', () => {
  afterAll(() => {
    // eslint-disable-next-line no-console
    console.log(`lint fuzz cases per property: ${JSON.stringify(casesRun)}; slowest input ${slowest.ms} ms (${slowest.property}); `
      + `${fieldLinesChecked} finding lines checked to name their field`);
  });

  test('a valid Service and the fixtures, with random character and line edits', () => {
    fc.assert(fc.property(mutatedText, (text) => checkLinesNameFields(text, checkLint('mutated', text))), { seed: FUZZ_SEED, numRuns: 600 });
  });

  test('every prefix of a Service text (a truncated document), alone and followed by another document', () => {
    for (let cut = 0; cut <= SERVICE.length; cut++) {
      checkLint('truncated', SERVICE.slice(0, cut));
      checkLint('truncated', `${SERVICE.slice(0, cut)}\n---\n${SERVICE}`);
    }
  });

  test('wrong types where strings belong (numbers, booleans, lists and maps as annotation values, ports as strings)', () => {
    fc.assert(fc.property(wrongTypedManifest, dumpStyle, (manifest, style) => {
      const text = jsyaml.dump(manifest, style);
      checkLinesNameFields(text, checkLint('wrong types', text));
    }), { seed: FUZZ_SEED, numRuns: 600 });
  });

  test('YAML scalars of every type (1.1 booleans, hex, octal, .inf, .nan, tags, dates, flow collections) in every field', () => {
    const SCALARS = ['yes', 'no', 'on', 'off', 'y', '0x1F', '0o17', '017', '1e3', '-1', '+80', '1_000', '.inf', '-.inf', '.nan', '~', 'null', '""',
      '[]', '{}', '[a, b]', '{a: 1}', '!!str 80', '!!int "80"', '!!float 80', '!!bool true', '!!null ""', '!!binary aGk=',
      '!!timestamp 2024-01-01', '!!set {a}', '!!omap [a: 1]', '2024-01-01', '12:30:00', '0b101', '65536', '9007199254740993',
      '1.0', '-0', '"80"', '\'\'', '&x 1', '*x', '|\n      block', '>-\n      folded', '? a', 'a: b', '- a', '@', '`', '%'];
    const template = fc.record({
      annotation: fc.constantFrom(...ANNOTATION_KEYS),
      values: fc.array(fc.constantFrom(...SCALARS), { minLength: 9, maxLength: 9 }),
    });
    assertProperty('YAML scalars', template, ({ annotation, values: v }) => `apiVersion: v1
kind: Service
metadata:
  name: ${v[0]}
  annotations:
    ${annotation}: ${v[1]}
    acknowledge.cdk8s-cloud-lb.io/K8S-SVC-024: ${v[2]}
spec:
  type: LoadBalancer
  loadBalancerSourceRanges: ${v[3]}
  ports:
  - name: ${v[4]}
    port: ${v[5]}
    targetPort: ${v[6]}
    protocol: ${v[7]}
    nodePort: ${v[8]}
`, 600);
  });

  test('the rules themselves never fail on wrong types (the engine would report a rule that throws as a (rule) finding)', () => {
    fc.assert(fc.property(wrongTypedManifest, (manifest) => {
      casesRun['rules on wrong types'] = (casesRun['rules on wrong types'] ?? 0) + 1;
      const failed = Rules.check(manifest).filter((f) => f.path === '(rule)');
      if (failed.length > 0) throw new Error(`${failed[0].ruleId}: ${failed[0].message}`);
    }), { seed: FUZZ_SEED, numRuns: 1000 });
  });

  test('random characters, bytes, Unicode and YAML token soup', () => {
    assertProperty('token soup', tokenSoup, (t) => t, 1000);
    assertProperty('unicode', fc.fullUnicodeString({ maxLength: 200 }), (t) => t, 200);
    assertProperty('bytes', fc.uint8Array({ maxLength: 300 }), (bytes) => Buffer.from(bytes).toString('latin1'), 200);
    assertProperty('utf8 bytes', fc.uint8Array({ maxLength: 300 }), (bytes) => Buffer.from(bytes).toString('utf8'), 200);
    assertProperty('soup after a Service', tokenSoup, (t) => `${SERVICE}${t}`, 300);
  });

  test('very long values, many annotations and many ports', () => {
    const long = fc.record({
      length: fc.integer({ min: 1000, max: 100_000 }),
      key: fc.constantFrom(...ANNOTATION_KEYS),
      annotations: fc.integer({ min: 0, max: 1000 }),
      ports: fc.integer({ min: 0, max: 500 }),
    });
    assertProperty('long values', long, ({ length, key, annotations, ports }) => {
      const extra = Array.from({ length: annotations }, (_, i) => `    example.com/a${i}: "${i}"`).join('\n');
      const portLines = Array.from({ length: ports }, (_, i) => `  - {name: p${i}, port: ${(i % 65535) + 1}}`).join('\n');
      return `kind: Service\nmetadata:\n  name: ${'n'.repeat(length)}\n  annotations:\n    ${key}: "${'v'.repeat(length)}"\n`
        + `    ${'k'.repeat(length)}/x: y\n${extra}\nspec:\n  type: LoadBalancer\n  ports:\n${portLines}\n`;
    }, 12);
  });

  test('deep nesting in annotation values, spec and ports (past the parser\'s depth limit: an unreadable document)', () => {
    const deep = fc.record({ depth: fc.integer({ min: 1, max: 200 }), style: fc.constantFrom('flow-list', 'flow-map', 'block') });
    assertProperty('deep nesting', deep, ({ depth, style }) => {
      const flow = style === 'flow-map' ? `${'{a: '.repeat(depth)}x${'}'.repeat(depth)}` : `${'['.repeat(depth)}x${']'.repeat(depth)}`;
      const block = (indent: number) => style === 'block'
        ? Array.from({ length: depth }, (_, i) => `\n${' '.repeat(indent + 2 * i)}k${i}:`).join('') + ' x' : flow;
      return `kind: Service\nmetadata:\n  name: web\n  annotations:\n    example.com/deep: ${block(6)}\nspec:\n  type: LoadBalancer\n`
        + `  selector: ${block(4)}\n  ports: [{port: 80, name: ${flow}}]\n`;
    }, 60);
  });

  test('aliases: a recursive alias and an alias bomb are unreadable documents, not a stack overflow or a hang', () => {
    const recursive = 'kind: Service\nmetadata: {name: a}\nspec: &s\n  type: LoadBalancer\n  self: *s\n  ports: [{port: 80}]\n';
    const levels = ['l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
    const bomb = `kind: Service\nmetadata:\n  name: a\n  labels:\n    ${levels.join('\n    ')}\nspec:\n  type: LoadBalancer\n  x: ~\n`;
    for (const text of [recursive, bomb, `${SERVICE}---\n${recursive}---\n${SERVICE}`]) {
      const report = checkLint('aliases', text);
      expect(report.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^YAML error: (a YAML alias refers to a node that contains it|YAML aliases expand)/)]);
    }
    // A few aliases, as Helm charts use them, are fine.
    const report = checkLint('aliases', 'kind: Service\nmetadata:\n  name: a\n  labels: &l {app: a}\nspec:\n  type: LoadBalancer\n  selector: *l\n  ports: [{port: 80}]\n');
    expect(report.problems).toEqual([]);
  });

  test('5,000 small documents in one file: every finding is located inside its own document', () => {
    const documents = Array.from({ length: 5000 }, (_, i) => {
      const bad = i % 7 === 0;
      return `apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${i}\nspec:\n  type: LoadBalancer\n  selector: {app: a${i}}\n  ports:\n`
        + `${bad ? '  -\n' : ''}  - name: ${bad ? 'Bad_Name' : 'http'}\n    port: ${bad ? 0 : 80}\n`;
    });
    const text = documents.join('---\n');
    const report = checkLint('5,000 documents', text);
    expect(report.documentCount).toBe(5000);
    expect(report.judgedCount).toBe(5000);
    // The line range of each document, to check that each finding points into the document of its resource.
    const firstLines: number[] = [];
    let line = 1;
    for (const d of documents) {
      firstLines.push(line);
      line += lineCount(d);
    }
    const located = report.findings.filter((f) => f.path.startsWith('spec.ports'));
    expect(located.length).toBeGreaterThanOrEqual(3 * Math.ceil(5000 / 7));
    for (const f of located) {
      const i = Number(f.resource.name!.slice('svc-'.length));
      expect(f.line).toBeGreaterThanOrEqual(firstLines[i]);
      expect(f.line).toBeLessThan(firstLines[i] + lineCount(documents[i]));
    }
    // The bare `-` is ports[0]; the bad name and port are on the lines of ports[1].
    const first = report.findings.filter((f) => f.resource.name === 'svc-0').map((f) => [f.ruleId, f.path, f.line]);
    expect(first).toEqual(expect.arrayContaining([['K8S-SVC-007', 'spec.ports[0]', 9], ['K8S-SVC-010', 'spec.ports[1].name', 10]]));
  });
});
