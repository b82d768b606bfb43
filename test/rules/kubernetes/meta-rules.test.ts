import { Rules } from '../../../src';
import { KUBERNETES_RULES } from '../../../src/rules/kubernetes';
import { ingressManifest, lbService } from '../../helpers';
import { describeRuleCases, RuleCases } from '../cases';

const finalizers = (list: any) => lbService({ metadata: { finalizers: list } });

const labels = (map: any) => lbService({ metadata: { labels: map } });

const CASES: RuleCases = {
  'K8S-META-003': {
    compliant: [
      { title: 'strings that cdk8s quotes: 0x1F (lower-case x), 017, yes, 1e5, 1_000', manifest: labels({ a: '0x1F', b: '017', c: 'yes', d: '1e5', e: '1_000' }) },
      { title: 'strings no reader takes for a number', manifest: labels({ app: 'web', build: 'a0X1F', ver: 'v0o17' }) },
      { title: 'numbers that are numbers', manifest: lbService({ spec: { ports: [{ name: 'http', port: 80, targetPort: 8080 }] } }) },
    ],
    noncompliant: [
      { title: 'a selector value 0X1F (the measured refusal), written unquoted and read as 31', manifest: lbService({ spec: { selector: { app: '0X1F' } } }), path: 'spec.selector[app]', message: ['"0X1F" is written without quotes', 'the number 31', 'kubectl apply'], fix: ['lower-case x'] },
      { title: 'a label value 0o17, read as 15', manifest: labels({ build: '0o17' }), path: 'metadata.labels[build]', message: ['"0o17"', 'the number 15'] },
      { title: 'an annotation value -0B1, read as -1', manifest: lbService({ metadata: { annotations: { 'example.com/x': '-0B1' } } }), path: 'metadata.annotations[example.com/x]', message: ['"-0B1"', 'the number -1'] },
      { title: 'a label key 0O7, which becomes the key "7"', manifest: labels({ '0O7': 'x' }), path: 'metadata.labels[0O7]', message: ['the key "0O7"', 'the key becomes "7"'] },
      { title: 'a port name 0o17 (a valid port name: it has a letter)', manifest: lbService({ spec: { ports: [{ name: '0o17', port: 80 }] } }), path: 'spec.ports[0].name', message: ['"0o17"', 'the number 15'] },
      { title: 'a named target port 0X50, which becomes port 80', manifest: lbService({ spec: { ports: [{ name: 'http', port: 80, targetPort: '0X50' }] } }), path: 'spec.ports[0].targetPort', message: ['the number 80', 'the target port becomes that port number'] },
    ],
  },
  'K8S-META-002': {
    compliant: [
      { title: 'labels, selector, names and protocols that are strings', manifest: lbService({ metadata: { labels: { app: '0X1F', on: 'yes' } }, spec: { selector: { app: '017' } } }) },
      { title: 'a null label value (decoded as empty, not refused)', manifest: labels({ app: null }) },
      { title: 'an Ingress with string hosts, paths and backends', manifest: ingressManifest() },
      { title: 'ports whose numbers are numbers (int fields are the port rules\')', manifest: lbService({ spec: { ports: [{ name: 'http', port: 80, targetPort: 8080 }] } }) },
    ],
    noncompliant: [
      { title: 'a label written 0X1F, read as the number 31 (the measured refusal)', manifest: labels({ app: 31 }), path: 'metadata.labels[app]', message: ['31 is a number, not a string', 'cannot unmarshal number into Go struct field', 'YAML 1.1'], fix: ['Quote the value'] },
      { title: 'a selector value written yes, read as true', manifest: lbService({ spec: { selector: { enabled: true } } }), path: 'spec.selector[enabled]', message: ['true is a bool', 'cannot unmarshal bool'] },
      { title: 'a port name written 80', manifest: lbService({ spec: { ports: [{ name: 80, port: 80 }] } }), path: 'spec.ports[0].name', message: ['80 is a number'] },
      { title: 'a protocol number', manifest: lbService({ spec: { ports: [{ name: 'a', port: 80, protocol: 6 }] } }), path: 'spec.ports[0].protocol', message: ['6 is a number'] },
      { title: 'source ranges as one string instead of a list', manifest: lbService({ spec: { loadBalancerSourceRanges: '10.0.0.0/8' } }), path: 'spec.loadBalancerSourceRanges', message: ['not a list of strings'], fix: ['["a", "b"]'] },
      { title: 'labels as a list', manifest: labels(['app=web']), path: 'metadata.labels', message: ['is an array, not a map of strings'] },
      { title: 'an Ingress host written 0x10', manifest: ingressManifest({ spec: { rules: [{ host: 16, http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } }] } }), path: 'spec.rules[0].host', message: ['16 is a number'] },
      { title: 'an Ingress backend Service name written 0o17', manifest: ingressManifest({ spec: { rules: [{ host: 'a.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 15, port: { number: 80 } } } }] } }] } }), path: 'spec.rules[0].http.paths[0].backend.service.name', message: ['15 is a number'] },
      { title: 'a TLS host written yes', manifest: ingressManifest({ spec: { tls: [{ hosts: [true], secretName: 'tls' }] } }), path: 'spec.tls[0].hosts[0]', message: ['true is a bool'] },
      { title: 'a name written 0o17 on metadata', manifest: lbService({ metadata: { name: 15 } }), path: 'metadata.name', message: ['15 is a number'] },
    ],
  },
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
