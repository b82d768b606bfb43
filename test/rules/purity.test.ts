import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { Rules } from '../../src';
import { FUZZ_SEED, annotationKey, annotationValue, portNumber } from '../fuzz/arbitraries';

/**
 * Rules are pure functions over the manifest: they never write to it. The engine relies on that (every rule of a check
 * gets the manifest's own annotation map when all its values are strings, and facts derived once per check), and so
 * do callers that judge a manifest and then serialize it. A write to a deep-frozen manifest throws in strict mode,
 * which the engine would report as a "(rule)" finding: so each manifest is judged frozen and unfrozen, and the two
 * judgements must be the same, with no "(rule)" finding.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const jsyaml: { loadAll(text: string): unknown[] } = require('js-yaml');

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as { [key: string]: unknown })[key]);
  }
  return value;
}

function judgements(manifest: unknown): { frozen: string[]; unfrozen: string[] } {
  const copy = JSON.parse(JSON.stringify(manifest));
  // With a construct path, so that the rules that judge only what the constructs render run too.
  const format = (m: unknown) => Rules.check(m, { constructPath: 'purity' }).map((f) => Rules.format(f));
  return { unfrozen: format(copy), frozen: format(deepFreeze(JSON.parse(JSON.stringify(manifest)))) };
}

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'rules');

test('no rule writes to the manifest: every rule fixture judged frozen and unfrozen', () => {
  const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml'));
  expect(files.length).toBe(Rules.all().length); // one fixture per rule: every rule runs on a manifest that triggers it
  let findings = 0;
  for (const file of files) {
    for (const manifest of jsyaml.loadAll(fs.readFileSync(path.join(FIXTURES, file), 'utf8'))) {
      const { frozen, unfrozen } = judgements(manifest);
      expect({ file, findings: frozen }).toEqual({ file, findings: unfrozen });
      expect(frozen.filter((line) => line.includes(' (rule): '))).toEqual([]);
      findings += frozen.length;
    }
  }
  expect(findings).toBeGreaterThanOrEqual(files.length);
});

test('no rule writes to the manifest: random annotation maps (strings, numbers, booleans) on a LoadBalancer Service', () => {
  const cloudKey = fc.constantFrom(
    'service.beta.kubernetes.io/azure-load-balancer-internal', 'service.beta.kubernetes.io/port_80_health-probe_request-path',
    'service.beta.kubernetes.io/azure-pls-create', 'service.beta.kubernetes.io/aws-load-balancer-type',
    'service.beta.kubernetes.io/aws-load-balancer-target-group-attributes', 'service.beta.kubernetes.io/aws-load-balancer-subnets',
  );
  const value = fc.oneof(annotationValue, fc.integer(), fc.boolean());
  fc.assert(fc.property(
    fc.dictionary(fc.oneof(cloudKey, annotationKey), value, { maxKeys: 8 }),
    fc.array(portNumber, { minLength: 1, maxLength: 3 }),
    (annotations, ports) => {
      const manifest = {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'web', annotations },
        spec: { type: 'LoadBalancer', selector: { app: 'web' }, ports: ports.map((port, i) => ({ name: `p${i}`, port })) },
      };
      const { frozen, unfrozen } = judgements(manifest);
      expect(frozen).toEqual(unfrozen);
      expect(frozen.filter((line) => line.includes(' (rule): '))).toEqual([]);
    },
  ), { seed: FUZZ_SEED, numRuns: 300 });
});
