import * as fc from 'fast-check';
import { CASES } from './cases';
import { describeRuleCases } from '../cases';
import { agicIngress, internalSvc, plsSvc, publicSvc } from './fixtures';
import { Rules, Severity } from '../../../src';
import { AZURE_RULES } from '../../../src/rules/azure';
import { annotationPath, firedRules, key, lbService } from '../../helpers';

describe('Azure rule metadata', () => {
  test.each(AZURE_RULES.map((r) => [r.id, r]))('%s is complete', (_id, rule) => {
    expect(rule.id).toMatch(/^AZ-(LB|PLS|AGIC)-[0-9]{3}$/);
    expect(rule.title.length).toBeGreaterThan(10);
    expect(rule.description.length).toBeGreaterThan(40);
    expect(rule.fix.length).toBeGreaterThan(5);
    expect(rule.docs).toMatch(/^https:\/\//);
    expect(rule.kinds).toEqual(rule.id.startsWith('AZ-AGIC') ? ['Ingress'] : ['Service']);
  });

  test('ids are unique and every rule has test cases', () => {
    const ids = AZURE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(CASES).sort()).toEqual([...ids].sort());
  });

  test('the registry holds the Azure rules', () => {
    for (const rule of AZURE_RULES) expect(Rules.find(rule.id)).toBe(rule);
  });
});

describeRuleCases(CASES);

test('AZ-LB-001 reports fixed and per-port keys in manifest order', () => {
  // An unsorted manifest (hand-written YAML): the per-port switch comes first.
  const manifest = publicSvc({});
  manifest.metadata.annotations = { [key('port_80_no_lb_rule')]: 'yes', [key('azure-load-balancer-internal')]: 'True', [key('port_80_no_probe_rule')]: 'on' };
  const paths = Rules.check(manifest).filter((f) => f.ruleId === 'AZ-LB-001').map((f) => f.path);
  expect(paths).toEqual([
    annotationPath('port_80_no_lb_rule'),
    annotationPath('azure-load-balancer-internal'),
    annotationPath('port_80_no_probe_rule'),
  ]);
});

describe('Azure rules judge only Azure objects', () => {
  const azureIds = (manifest: any) => firedRules(manifest).filter((id) => id.startsWith('AZ-'));

  test('a plain LoadBalancer Service gets no Azure finding', () => {
    expect(azureIds(lbService({ spec: { loadBalancerIP: '10.0.0.5', externalTrafficPolicy: 'Local', ports: [{ name: 's', port: 9, protocol: 'SCTP' }] } }))).toEqual([]);
  });

  test('an AWS Service gets no Azure finding', () => {
    expect(azureIds(lbService({ metadata: { annotations: { 'service.beta.kubernetes.io/aws-load-balancer-internal': 'true', 'service.beta.kubernetes.io/aws-load-balancer-type': 'nlb' } } }))).toEqual([]);
  });

  test('a ClusterIP Service with Azure keys is not judged', () => {
    expect(firedRules({ ...internalSvc({ [key('azure-pls-name')]: 'x' }), spec: { type: 'ClusterIP', ports: [{ port: 80 }] } })).toEqual([]);
  });

  test('an nginx Ingress gets no Azure finding', () => {
    expect(azureIds(agicIngress({}, { ingressClassName: 'nginx' }))).toEqual([]);
  });

  test('the fixtures themselves are clean apart from the expected warnings', () => {
    expect(firedRules(internalSvc())).toEqual([]);
    expect(firedRules(publicSvc({ [key('azure-load-balancer-tcp-idle-timeout')]: '30' }, { loadBalancerSourceRanges: ['203.0.113.0/24'] }))).toEqual([]);
    expect(firedRules(plsSvc())).toEqual([]);
    expect(firedRules(agicIngress())).toEqual([]);
  });

  test('Azure warnings are warnings and the rest are errors as documented', () => {
    const warnings = AZURE_RULES.filter((r) => r.severity === Severity.WARNING).map((r) => r.id);
    expect(warnings).toEqual([
      'AZ-LB-016', 'AZ-LB-026', 'AZ-LB-028', 'AZ-LB-029', 'AZ-LB-030', 'AZ-LB-031', 'AZ-LB-034', 'AZ-PLS-008', 'AZ-PLS-009', 'AZ-PLS-012',
      'AZ-AGIC-010', 'AZ-AGIC-014', 'AZ-AGIC-016', 'AZ-AGIC-017', 'AZ-AGIC-018', 'AZ-AGIC-019', 'AZ-AGIC-021', 'AZ-AGIC-022',
    ]);
  });
});

describe('Azure rules never throw on malformed input', () => {
  const junk = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.string(), fc.boolean(),
    fc.array(fc.anything(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.anything(), { maxKeys: 3 }));
  const keys = [...new Set(Object.values(CASES).flatMap((c) => [...c.compliant, ...c.noncompliant].map((k) => k.manifest))
    .flatMap((m) => Object.keys(m.metadata.annotations ?? {})))];

  test('random annotation values and spec fields', () => {
    fc.assert(fc.property(
      fc.constantFrom('Service', 'Ingress'),
      fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.string(), fc.integer(), fc.boolean()), { maxKeys: 6 }),
      fc.record({
        ports: junk, ipFamilies: junk, loadBalancerSourceRanges: junk, rules: junk, tls: junk, defaultBackend: junk, externalTrafficPolicy: junk,
      }),
      (kind, annotations, spec) => {
        const manifest = { apiVersion: 'v1', kind, metadata: { name: 'x', annotations }, spec: { type: 'LoadBalancer', ...spec } };
        for (const rule of AZURE_RULES) expect(() => rule.check(manifest)).not.toThrow();
      },
    ), { numRuns: 300 });
  });

  test('annotations that are not a map, and no spec at all', () => {
    for (const manifest of [{ kind: 'Service', metadata: { annotations: ['a'] } }, { kind: 'Ingress' }, null, 42, 'Service']) {
      for (const rule of AZURE_RULES) expect(() => rule.check(manifest)).not.toThrow();
    }
  });
});
