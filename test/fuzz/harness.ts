import { Chart, Testing, Yaml } from 'cdk8s';
import { leaves } from './arbitraries';
import { Finding, Severity } from '../../src';
import { Linter } from '../../src/lint/linter';
import { loadYaml } from '../../src/yaml/load';
import { newChart, schemaCheck } from '../helpers';

/** A construct that renders one judged object. */
export interface Judged {
  lint(): Finding[];
}

/** How one property run ended. */
export type SynthOutcome<C extends Judged> =
  | { readonly kind: 'early' }
  | { readonly kind: 'rejected' }
  | { readonly kind: 'valid'; readonly construct: C; readonly object: any };

/** A synth error line: a rule finding (rule id, path, message, fix), or an error that names what it is about. */
export function errorLine(constructPath: string): RegExp {
  return new RegExp(
    `^ {2}\\[${constructPath.replace(/\//g, '\\/')}\\] ([A-Z0-9-]+-\\d{3} \\(error\\) .+: .+ Fix: .+|annotation .+ is set to .+|the selector .+|selectLabel\\(.+`
    + '|[a-zA-Z][\\w.[\\]]* (is|has|sets) .+|the \\w+ could not be rendered: .+)$',
  );
}

/** A synth error is never a crash, and each of its lines names one of the constructs and what is wrong. */
export function expectClearSynthError(e: unknown, constructPaths: readonly string[]): void {
  expect(e).not.toBeInstanceOf(TypeError);
  const lines = (e as Error).message.split('\n');
  expect(lines[0]).toBe('Validation failed with the following errors:');
  for (const line of lines.slice(1)) expect([line, constructPaths.some((path) => errorLine(path).test(line))]).toEqual([line, true]);
}

/**
 * Builds a construct from random props in a fresh chart and synthesizes it, checking what every run must satisfy
 * whatever its end: an early error is clear (never a TypeError) and matches `earlyError`; a synth error lists only
 * lines that name a rule and a path, or what conflicts; a valid manifest is schema-valid, carries no undefined or NaN
 * and no error finding. The caller checks what is specific to its construct on the valid object.
 */
export function synthOutcome<C extends Judged>(
  make: (chart: Chart) => C,
  options: { readonly kind: string; readonly constructPath: string; readonly earlyError: RegExp },
): SynthOutcome<C> {
  const chart = newChart();
  let construct: C;
  try {
    construct = make(chart);
  } catch (e) {
    expect(e).not.toBeInstanceOf(TypeError);
    expect((e as Error).message).toMatch(options.earlyError);
    return { kind: 'early' };
  }
  let objects: any[];
  try {
    objects = Testing.synth(chart);
  } catch (e) {
    expectClearSynthError(e, [options.constructPath]);
    return { kind: 'rejected' };
  }
  const object = objects.find((o) => o.kind === options.kind);
  schemaCheck(object);
  for (const leaf of leaves(object)) {
    expect(leaf.value).not.toBeUndefined();
    expect(Number.isNaN(leaf.value)).toBe(false);
  }
  // A NaN number prints as `.nan` (a string ".nan" would be quoted); user strings such as "NaN" are legitimate.
  expect(Yaml.stringify(object)).not.toMatch(/: \.nan$/m);
  expect(construct.lint().filter((f) => f.severity === Severity.ERROR)).toEqual([]);
  expectAcceptedAsWritten(objects);
  return { kind: 'valid', construct, object };
}

/**
 * What the API server gets: the objects as `cdk8s synth` writes them (cdk8s's Yaml.stringify), read back as Kubernetes
 * reads YAML (go-yaml v2, src/yaml). Every value must come back as it was (no string read as a number, no key
 * changed), and the Kubernetes rules, which implement the API server's checks, must find no error in what was read.
 */
export function expectAcceptedAsWritten(objects: readonly any[]): void {
  const written = Yaml.stringify(...objects);
  const loaded = loadYaml(written, 'synth.k8s.yaml');
  expect(loaded.problems ?? []).toEqual([]);
  expect(loaded.objects.map((o) => o.manifest)).toEqual(objects);
  const errors = Linter.lintYaml(written).findings.filter((f) => f.severity === Severity.ERROR && f.ruleId.startsWith('K8S-'));
  expect(errors.map((f) => `${f.ruleId} ${f.path}: ${f.message}`)).toEqual([]);
}

/** Counts the outcomes of a property's runs, to check that the generators explore both sides. */
export class OutcomeCounter {
  public valid = 0;
  public rejected = 0;
  public early = 0;

  public add(outcome: SynthOutcome<Judged>): void {
    this[outcome.kind]++;
  }
}
