import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { Rules } from '../../src';
import { BuiltInRule } from '../../src/rules/define';
import { checkManifest } from '../../src/rules/engine';
import { FUZZ_SEED, annotationKey, annotationValue, portNumber } from '../fuzz/arbitraries';

/**
 * Rules.check runs prepared rule sets: only the rules of the manifest's kind, cloud and AWS controller, with the cloud
 * rules' guards left out because the registry has answered them. That must never change a verdict: every manifest
 * gets exactly the findings that every built-in rule, each asking its own guard, gives it.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const jsyaml: { loadAll(text: string): unknown[] } = require('js-yaml');

function lines(findings: ReturnType<typeof Rules.check>): string[] {
  return findings.map((f) => Rules.format(f));
}

function expectSameVerdict(manifest: unknown): number {
  const prepared = lines(Rules.check(manifest));
  expect(prepared).toEqual(lines(checkManifest(manifest, Rules.all())));
  return prepared.length;
}

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'rules');

test('every rule fixture gets the same findings from the prepared sets as from every rule with its guard', () => {
  let findings = 0;
  for (const file of fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml'))) {
    for (const manifest of jsyaml.loadAll(fs.readFileSync(path.join(FIXTURES, file), 'utf8'))) findings += expectSameVerdict(manifest);
  }
  expect(findings).toBeGreaterThan(100); // the fixtures trigger their rules: the comparison is not between two empty lists
});

test('random Services and Ingresses of every cloud and AWS controller get the same findings from the prepared sets', () => {
  const cloudKey = fc.constantFrom(
    'service.beta.kubernetes.io/azure-load-balancer-internal', 'service.beta.kubernetes.io/azure-pls-create',
    'service.beta.kubernetes.io/port_80_health-probe_protocol', 'service.beta.kubernetes.io/aws-load-balancer-type',
    'service.beta.kubernetes.io/aws-load-balancer-nlb-target-type', 'service.beta.kubernetes.io/aws-load-balancer-scheme',
    'service.beta.kubernetes.io/aws-load-balancer-internal', 'service.beta.kubernetes.io/aws-load-balancer-ssl-cert',
    'appgw.ingress.kubernetes.io/ssl-redirect', 'kubernetes.io/ingress.class',
  );
  const cloudValue = fc.constantFrom('true', 'false', 'external', 'nlb', 'nlb-ip', 'ip', 'instance', 'internal', 'azure/application-gateway', 'x');
  const manifest = fc.record({
    kind: fc.constantFrom('Service', 'Ingress'),
    annotations: fc.dictionary(fc.oneof(cloudKey, annotationKey), fc.oneof(cloudValue, annotationValue), { maxKeys: 6 }),
    loadBalancerClass: fc.constantFrom(undefined, 'service.k8s.aws/nlb', 'example.com/lb'),
    ports: fc.array(portNumber, { minLength: 1, maxLength: 3 }),
  }).map(({ kind, annotations, loadBalancerClass, ports }) => ({
    apiVersion: kind === 'Service' ? 'v1' : 'networking.k8s.io/v1',
    kind,
    metadata: { name: 'web', annotations },
    spec: kind === 'Service'
      ? { type: 'LoadBalancer', selector: { app: 'web' }, loadBalancerClass, ports: ports.map((port, i) => ({ name: `p${i}`, port })) }
      : { rules: [{ host: 'shop.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: ports[0] } } } }] } }] },
  }));
  fc.assert(fc.property(manifest, (m) => {
    expectSameVerdict(JSON.parse(JSON.stringify(m))); // without the undefined loadBalancerClass
  }), { seed: FUZZ_SEED, numRuns: 500 });
});

test('the cloud rules declare their scope as data: the model they judge and, for AWS, the controllers', () => {
  const scopeOf = (id: string) => {
    const rule = Rules.find(id);
    if (!(rule instanceof BuiltInRule)) throw new Error(`${id} is not a built-in rule`);
    return rule.scope;
  };
  expect(scopeOf('AZ-LB-001')?.model.name).toBe('cloud-provider-azure');
  expect(scopeOf('AZ-AGIC-001')?.model.name).toBe('agic');
  expect(scopeOf('AWS-LB-004')).toMatchObject({ model: { name: 'aws' }, controllers: ['ccm-clb', 'ccm-nlb'] });
  expect(scopeOf('K8S-SVC-001')).toBeUndefined();
  // The rules over a set (SetRule) read the models themselves, for each Service of the set.
  const unscopedCloudRules = Rules.all().filter((rule) => /^(AZ|AWS)-/.test(rule.id) && rule instanceof BuiltInRule && rule.scope === undefined).map((r) => r.id);
  expect(unscopedCloudRules).toEqual(['AWS-LB-006']); // a misplaced prefix: judged on every Service, whatever its cloud
});

test('the rules are listed by family, each family in id order', () => {
  const ids = Rules.all().map((rule) => rule.id);
  const families = ids.map((id) => id.replace(/-\d+$/, ''));
  const blocks = families.filter((family, i) => i === 0 || families[i - 1] !== family);
  expect(new Set(blocks).size).toBe(blocks.length); // each family in one block
  for (const family of new Set(families)) {
    const numbers = ids.filter((id) => id.replace(/-\d+$/, '') === family).map((id) => Number(/\d+$/.exec(id)![0]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  }
});
