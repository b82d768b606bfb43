import { App, Chart, Testing, Yaml } from 'cdk8s';
import * as fc from 'fast-check';
import { LoadBalancerService, TargetPort } from '../../src';
import { Linter } from '../../src/lint/linter';
import { misreadWhenWritten } from '../../src/rules/kubernetes/written-yaml';
import { parseAsKubernetes } from '../../src/yaml/yaml';

/**
 * K8S-META-003 against the real writer and the Kubernetes reader: cdk8s's Yaml.stringify (what `cdk8s synth` writes)
 * read back as Kubernetes reads YAML (go-yaml v2 semantics, src/yaml). A string the rule passes comes back as the same
 * string; a string it flags does not.
 */
function readBack(value: string): unknown {
  const written = Yaml.stringify({ metadata: { labels: { app: value } } });
  return (parseAsKubernetes(written).value as any).metadata.labels.app;
}

/** Strings made of the characters of numbers in every syntax, where the two readings differ. */
const numberLike = fc.stringOf(fc.constantFrom(...'0123456789abcdefxXoObBeE_+-.:'.split('')), { minLength: 1, maxLength: 8 });

describe('K8S-META-003: strings as cdk8s writes them and Kubernetes reads them', () => {
  test('property: a string the rule passes reads back as itself; a string it flags does not (seeded, bounded)', () => {
    fc.assert(fc.property(fc.oneof(numberLike, fc.string({ maxLength: 6 })), (value) => {
      const back = readBack(value);
      if (misreadWhenWritten(value) === undefined) expect(back).toBe(value);
      else expect(back).not.toBe(value);
    }), { seed: 20261204, numRuns: 3000 });
  });

  test('the forms the API server refused in the measurement, and their neighbours that are fine', () => {
    for (const value of ['0X1F', '0o17', '0O17', '0B101', '+0X1F', '-0o7']) expect([value, misreadWhenWritten(value)]).toEqual([value, expect.stringMatching(/^the number /)]);
    for (const value of ['0x1F', '017', 'yes', 'on', 'y', '1:20', '.inf', '1_000', '0b101', '~', 'null', '+1']) expect([value, misreadWhenWritten(value), readBack(value)]).toEqual([value, undefined, value]);
  });

  test('a construct with such a value fails synth naming the rule, the field and the value', () => {
    const chart = new Chart(Testing.app(), 'test');
    new LoadBalancerService(chart, 'lb', { selectorLabels: { app: '0X1F' }, ports: [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }] });
    expect(() => Testing.synth(chart)).toThrow(/\[test\/lb\] K8S-META-003 \(error\) spec\.selector\[app\]: the value "0X1F" is written without quotes .* the number 31/);
  });

  test('lint reads YAML already written: a quoted "0X1F" is a string and passes; an unquoted one is the number 31 (K8S-META-002)', () => {
    const service = (value: string) => `kind: Service\nmetadata: {name: web, labels: {build: ${value}}}\nspec: {type: LoadBalancer, selector: {app: web}, ports: [{name: http, port: 80}]}\n`;
    expect(Linter.lintYaml(service('"0X1F"')).findings.map((f) => f.ruleId)).toEqual([]);
    expect(Linter.lintYaml(service('0X1F')).findings.map((f) => `${f.ruleId} ${f.path}`)).toEqual(['K8S-META-002 metadata.labels[build]']);
  });

  test('the cdk8s app writes what the rule models: one app, read back whole', () => {
    const app = new App({ outdir: Testing.app().outdir });
    const chart = new Chart(app, 'ok');
    new LoadBalancerService(chart, 'lb', { selectorLabels: { app: '0x1F', build: '017' }, ports: [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }] });
    const [written] = Yaml.stringify(...Testing.synth(chart)).split('---\n');
    expect((parseAsKubernetes(written).value as any).spec.selector).toEqual({ app: '0x1F', build: '017' });
  });
});
