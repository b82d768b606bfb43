import { LINT_INPUT } from './lint-input';
import { inReportOrder, resourceLabel } from './order';
import { LintFinding, LintProblem, LintReport } from '../lint/structs';
import { ResourceRef, Severity } from '../rules/rule';

/**
 * `lint --format junit`: one test suite per file, one test case per judged object (a Service of type LoadBalancer or
 * an Ingress) named by kind, namespace and name, with a <failure> per error finding; warnings and acknowledged
 * warnings are the case's <system-out>. A document that does not parse is a test case of its own with an <error>.
 */

/** A judged object: where it is and what it is. */
export interface JudgedObject {
  readonly file: string;
  /** 1-based line of the object's first line. */
  readonly line: number;
  readonly resource: ResourceRef;
}

interface TestCase {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly findings: LintFinding[];
  readonly problem?: LintProblem;
}

// Characters XML 1.0 cannot carry at all (C0 controls other than tab, newline and carriage return, U+FFFE, U+FFFF):
// written as the escape \uXXXX, so that one odd value neither makes the whole report unreadable nor disappears.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

export function xmlText(text: string): string {
  return text.replace(NOT_XML, escaped).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value: also quotes, and the whitespace that attribute normalization would turn into spaces. */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

function attributes(values: { [name: string]: string | number }): string {
  return Object.entries(values).map(([name, value]) => ` ${name}="${xmlAttribute(String(value))}"`).join('');
}

const key = (file: string, resource: ResourceRef) => `${file}\u0000${resourceLabel(resource)}`;

function testCases(report: LintReport, judged: readonly JudgedObject[]): TestCase[] {
  const cases = new Map<string, TestCase>();
  for (const object of judged) {
    const id = key(object.file, object.resource);
    if (!cases.has(id)) cases.set(id, { file: object.file, line: object.line, name: resourceLabel(object.resource), findings: [] });
  }
  for (const finding of inReportOrder(report.findings)) {
    const id = key(finding.file, finding.resource);
    const found = cases.get(id) ?? { file: finding.file, line: finding.line, name: resourceLabel(finding.resource), findings: [] };
    found.findings.push(finding);
    cases.set(id, found);
  }
  const problems = report.problems.map((problem): TestCase => ({
    file: problem.file,
    line: problem.line,
    name: problem.line > 0 ? `unreadable document (line ${problem.line})` : 'unreadable input',
    findings: [],
    problem,
  }));
  return [...problems, ...cases.values()];
}

function findingText(f: LintFinding): string {
  const what = `${f.file}:${f.line}  ${f.ruleId}  ${f.path}: ${f.message}`;
  if (f.acknowledgedReason !== undefined) return `accepted  ${what}\n    acknowledged: ${f.acknowledgedReason}`;
  return `${f.severity}  ${what}\n    fix: ${f.fix}\n    docs: ${f.docs}`;
}

function caseXml(c: TestCase): string[] {
  const errors = c.findings.filter((f) => f.severity === Severity.ERROR && f.acknowledgedReason === undefined);
  const others = c.findings.filter((f) => !errors.includes(f));
  const open = `    <testcase${attributes({ name: c.name, classname: c.file, file: c.file, ...(c.line > 0 ? { line: c.line } : {}) })}`;
  const body: string[] = [];
  if (c.problem !== undefined) {
    body.push(`      <error${attributes({ type: LINT_INPUT.id, message: c.problem.message })}>${xmlText(`${c.problem.message}\nfix: ${LINT_INPUT.fix}`)}</error>`);
  }
  for (const f of errors) {
    body.push(`      <failure${attributes({ type: f.ruleId, message: `${f.path}: ${f.message}` })}>${xmlText(findingText(f))}</failure>`);
  }
  if (others.length > 0) body.push(`      <system-out>${xmlText(others.map(findingText).join('\n'))}</system-out>`);
  return body.length === 0 ? [`${open}/>`] : [`${open}>`, ...body, '    </testcase>'];
}

interface Counts { tests: number; failures: number; errors: number }

function countsOf(cases: readonly TestCase[]): Counts {
  return {
    tests: cases.length,
    failures: cases.filter((c) => c.findings.some((f) => f.severity === Severity.ERROR && f.acknowledgedReason === undefined)).length,
    errors: cases.filter((c) => c.problem !== undefined).length,
  };
}

/** The JUnit XML of a lint report; `judged` lists every judged object, so that the objects without findings pass. */
export function formatLintJunit(report: LintReport, judged: readonly JudgedObject[]): string {
  const byFile = new Map<string, TestCase[]>();
  for (const c of testCases(report, judged)) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);
  const suites = [...byFile].map(([file, cases]) => {
    const ordered = [...cases].sort((a, b) => a.line - b.line);
    return [`  <testsuite${attributes({ name: file, ...countsOf(ordered) })}>`, ...ordered.flatMap(caseXml), '  </testsuite>'];
  });
  const all = [...byFile.values()].flat();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'cdk8s-cloud-lb lint', ...countsOf(all) })}>`,
    ...suites.flat(),
    '</testsuites>',
    '',
  ].join('\n');
}
