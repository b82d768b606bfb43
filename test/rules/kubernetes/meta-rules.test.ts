import { Rules } from '../../../src';
import { KUBERNETES_RULES } from '../../../src/rules/kubernetes';
import { ingressManifest, lbService } from '../../helpers';
import { describeRuleCases, RuleCases } from '../cases';

const finalizers = (list: any) => lbService({ metadata: { finalizers: list } });

const CASES: RuleCases = {
  'K8S-META-001': {
    compliant: [
      { title: 'a domain-qualified finalizer', manifest: finalizers(['example.com/cleanup']) },
      { title: 'the standard finalizers kubernetes and foregroundDeletion', manifest: finalizers(['kubernetes', 'foregroundDeletion']) },
      { title: 'orphan alone', manifest: finalizers(['orphan']) },
      { title: 'service.kubernetes.io/load-balancer-cleanup, which the service controller writes', manifest: finalizers(['service.kubernetes.io/load-balancer-cleanup']) },
      { title: 'no finalizers', manifest: finalizers([]) },
    ],
    noncompliant: [
      { title: 'a bare name (the measured refusal: protect)', manifest: finalizers(['protect']), path: 'metadata.finalizers[0]', message: ['"protect"', 'neither a standard finalizer name', 'fully qualified'], fix: ['"example.com/protect"'] },
      { title: 'a dotted name without "/" (fine on a custom resource, refused here)', manifest: finalizers(['cleanup.example.com']), path: 'metadata.finalizers[0]', message: ['"cleanup.example.com"', 'neither a standard'] },
      { title: 'a bare name on an Ingress', manifest: ingressManifest({ metadata: { finalizers: ['example.com/a', 'protect'] } }), path: 'metadata.finalizers[1]', message: ['"protect"'] },
      { title: 'a name that is not a qualified name', manifest: finalizers(['example.com/clean up']), path: 'metadata.finalizers[0]', message: ['"example.com/clean up"', 'not a valid finalizer name', 'name part'] },
      { title: 'two slashes', manifest: finalizers(['a/b/c']), path: 'metadata.finalizers[0]', message: ['at most one'] },
      { title: 'a standard name in another case', manifest: finalizers(['Orphan']), path: 'metadata.finalizers[0]', message: ['"Orphan"', 'neither a standard'] },
      { title: 'orphan and foregroundDeletion together', manifest: finalizers(['orphan', 'foregroundDeletion']), path: 'metadata.finalizers', message: ['"orphan" and "foregroundDeletion"', 'cannot be both set'], fix: ['Keep one'] },
      { title: 'a number', manifest: finalizers([42]), path: 'metadata.finalizers[0]', message: ['must be a string, got 42'] },
      { title: 'a string instead of a list', manifest: finalizers('example.com/cleanup'), path: 'metadata.finalizers', message: ['must be a list of strings'] },
    ],
  },
};

describe('Kubernetes rules of every kind (K8S-META)', () => {
  test('every K8S-META rule has compliant and non-compliant cases here and names the API server function it follows', () => {
    const meta = KUBERNETES_RULES.filter((r) => r.id.startsWith('K8S-META-'));
    expect(meta.length).toBeGreaterThan(0);
    for (const rule of meta) {
      expect(CASES[rule.id]?.compliant.length).toBeGreaterThan(0);
      expect(CASES[rule.id]?.noncompliant.length).toBeGreaterThan(0);
      expect(rule.follows ?? '').toMatch(/\(.*\.go/);
    }
  });

  test('the baseline Service and Ingress are clean for every rule', () => {
    expect(Rules.check(lbService())).toEqual([]);
    expect(Rules.check(ingressManifest())).toEqual([]);
  });

  describeRuleCases(CASES);
});
