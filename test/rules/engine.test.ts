import { IRule, Rules, Severity } from '../../src';
import { checkManifest, formatFinding } from '../../src/rules/engine';
import { lbService } from '../helpers';

const warningRule: IRule = {
  id: 'TEST-001',
  severity: Severity.WARNING,
  title: 't',
  description: 'd',
  fix: 'f',
  docs: 'https://example.com',
  kinds: ['Service'],
  check: (m) => (m.metadata?.labels?.warn ? [{ path: 'metadata.labels[warn]', message: 'warned', fix: 'remove it' }] : []),
};
const errorRule: IRule = { ...warningRule, id: 'TEST-002', severity: Severity.ERROR, check: warningRule.check };
const throwingRule: IRule = { ...warningRule, id: 'TEST-003', check: () => { throw new Error('boom'); } };

describe('rule engine', () => {
  test('a finding carries the rule, the resource, the path, the message and the fix', () => {
    const manifest = lbService({ metadata: { labels: { warn: 'yes' } } });
    const [finding] = checkManifest(manifest, [warningRule], { constructPath: 'app/chart/web' });
    expect(finding).toEqual({
      ruleId: 'TEST-001',
      severity: Severity.WARNING,
      path: 'metadata.labels[warn]',
      message: 'warned',
      fix: 'remove it',
      docs: 'https://example.com',
      acknowledgedReason: undefined,
      resource: { kind: 'Service', name: 'web', namespace: 'default', constructPath: 'app/chart/web' },
    });
    expect(formatFinding(finding)).toBe('TEST-001 (warning) metadata.labels[warn]: warned Fix: remove it');
  });

  test('a warning acknowledged in the manifest carries the reason; an error cannot be acknowledged', () => {
    const manifest = lbService({
      metadata: {
        labels: { warn: 'yes' },
        annotations: { 'acknowledge.cdk8s-cloud-lb.io/TEST-001': 'known', 'acknowledge.cdk8s-cloud-lb.io/TEST-002': 'nope' },
      },
    });
    const findings = checkManifest(manifest, [warningRule, errorRule]);
    expect(findings.map((f) => [f.ruleId, f.acknowledgedReason])).toEqual([['TEST-001', 'known'], ['TEST-002', undefined]]);
  });

  test('ignored rules are skipped', () => {
    const manifest = lbService({ metadata: { labels: { warn: 'yes' } } });
    expect(checkManifest(manifest, [warningRule, errorRule], { ignore: ['TEST-001'] }).map((f) => f.ruleId)).toEqual(['TEST-002']);
  });

  test('a rule that throws becomes an error finding instead of a crash', () => {
    const [finding] = checkManifest(lbService(), [throwingRule]);
    expect(finding.ruleId).toBe('TEST-003');
    expect(finding.message).toContain('boom');
  });

  test('only LoadBalancer Services and Ingresses are judged', () => {
    const clusterIp = { ...lbService(), spec: { ports: [] } };
    expect(Rules.check(clusterIp)).toEqual([]);
    expect(Rules.check({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } })).toEqual([]);
    expect(Rules.check({ ...lbService(), spec: { type: 'LoadBalancer' } }).map((f) => f.ruleId)).toEqual(['K8S-SVC-007', 'K8S-SVC-024']);
  });

  test.each([
    ['null', null], ['a string', 'Service'], ['a list', []], ['no spec', { kind: 'Service', spec: null }],
    ['spec as a list', { kind: 'Service', metadata: [], spec: [] }],
    ['everything wrong', { kind: 'Service', metadata: { name: 7, annotations: { a: { b: 1 } }, labels: 'x' }, spec: { type: 'LoadBalancer', ports: [null, 'x', { port: {} }], selector: 'x', ipFamilies: 'IPv4', externalIPs: [1], loadBalancerSourceRanges: [7], sessionAffinity: 'ClientIP', sessionAffinityConfig: 'x', clusterIPs: [null] } }],
  ])('malformed input (%s) never throws, and no rule crashes', (_title, manifest) => {
    const findings = Rules.check(manifest);
    expect(findings.filter((f) => f.message.includes('bug in cdk8s-cloud-lb'))).toEqual([]);
  });
});

describe('null fields', () => {
  test('a field written with no value is unset, as the API server decodes it', () => {
    const manifest = lbService({ spec: { healthCheckNodePort: null, ports: [{ name: 'http', port: 80, appProtocol: null }] } });
    expect(Rules.check(manifest)).toEqual([]);
  });
  test('a null annotation value is the empty string, and a null list item stays invalid', () => {
    const manifest = lbService({ metadata: { annotations: { 'example.com/x': null } }, spec: { ports: [null] } });
    expect(Rules.check(manifest).map((f) => [f.ruleId, f.path])).toEqual([['K8S-SVC-007', 'spec.ports[0]']]);
    expect(manifest.spec.ports).toEqual([null]);
  });
});

describe('rule catalogue', () => {
  const rules = Rules.all();
  test('ids are unique and stable in form', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) expect(rule.id).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)*-\d{3}$/);
  });
  test('every rule documents itself', () => {
    for (const rule of rules) {
      expect(rule.title.length).toBeGreaterThan(5);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.fix.length).toBeGreaterThan(5);
      expect(rule.docs).toMatch(/^https:\/\//);
      expect([Severity.ERROR, Severity.WARNING]).toContain(rule.severity);
      expect(rule.kinds.length).toBeGreaterThan(0);
    }
  });
  test('find() returns the rule with that id', () => {
    expect(Rules.find('K8S-SVC-008')?.title).toContain('1 to 65535');
    expect(Rules.find('NOPE-001')).toBeUndefined();
  });
});

describe('hostile JSON values', () => {
  const hostile = [{ toString: 1 }, { valueOf: 1, toString: 1 }, [{ toString: 1 }], Object.create(null)];
  test.each(hostile.map((h, i) => [i, h]))('no Kubernetes rule throws when fields hold an object with broken conversions (%s)', (_i, value) => {
    const manifest = lbService({
      metadata: { name: value, namespace: value, labels: { a: value }, annotations: { a: value } },
      spec: {
        ports: [
          { port: value, protocol: value, name: value, targetPort: value, nodePort: value, appProtocol: value },
          { port: value, protocol: value },
        ],
        selector: { app: value },
        externalTrafficPolicy: value,
        healthCheckNodePort: value,
        loadBalancerSourceRanges: [value],
        loadBalancerClass: value,
        ipFamilies: [value, value],
        ipFamilyPolicy: value,
        sessionAffinity: value,
        clusterIP: value,
        externalIPs: [value],
        loadBalancerIP: value,
        allocateLoadBalancerNodePorts: value,
      },
    });
    const findings = Rules.check(manifest);
    expect(findings.filter((f) => f.message.includes('bug in cdk8s-cloud-lb'))).toEqual([]);
    expect(findings.length).toBeGreaterThan(5);
    const validPorts = lbService({
      spec: { ports: [{ name: 'a', port: 80, protocol: value, nodePort: 30080 }, { name: 'b', port: 81, protocol: value, nodePort: 30081 }] },
    });
    const portFindings = Rules.check(validPorts);
    expect(portFindings.filter((f) => f.message.includes('bug in cdk8s-cloud-lb'))).toEqual([]);
    // The API server cannot decode a protocol that is not a string: K8S-META-002 reports it, and the protocol check
    // (K8S-SVC-009), which judges a value that never gets that far, is left out.
    expect(portFindings.map((f) => `${f.ruleId} ${f.path}`)).toEqual(expect.arrayContaining(['K8S-META-002 spec.ports[0].protocol', 'K8S-META-002 spec.ports[1].protocol']));
    expect(portFindings.map((f) => f.ruleId)).not.toContain('K8S-SVC-009');
  });
});

describe('a rule that reports undecodable values (IRule.reportsUndecodable)', () => {
  const rule = (id: string, path: string, reportsUndecodable?: boolean): IRule => ({
    id,
    severity: Severity.ERROR,
    title: id,
    description: id,
    fix: 'fix',
    docs: 'https://example.com',
    kinds: ['Service'],
    reportsUndecodable,
    check: () => [{ path, message: `${id} at ${path}`, fix: 'fix' }],
  });
  const service = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { type: 'LoadBalancer', ports: [{ port: 80 }] } };
  const found = (rules: IRule[]) => checkManifest(service, rules).map((f) => `${f.ruleId} ${f.path}`);

  test('leaves out the other findings on its field and inside it, not beside it', () => {
    const rules = [rule('A', 'spec.ports[0]', true), rule('B', 'spec.ports[0].port'), rule('C', 'spec.ports[0]'), rule('D', 'spec.ports[1]'), rule('E', 'spec.ports[0]x')];
    expect(found(rules)).toEqual(['A spec.ports[0]', 'D spec.ports[1]', 'E spec.ports[0]x']);
  });

  test('without the property, every finding stays', () => {
    expect(found([rule('A', 'spec.ports[0]'), rule('B', 'spec.ports[0].port')])).toEqual(['A spec.ports[0]', 'B spec.ports[0].port']);
  });
});

describe('object graphs that only JavaScript callers can build', () => {
  test('a cyclic manifest is judged without a stack overflow', () => {
    const spec: any = { type: 'LoadBalancer', selector: { app: 'web' }, ports: [{ name: 'http', port: 80 }], healthCheckNodePort: null };
    spec.self = spec;
    const findings = Rules.check({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec });
    expect(findings.filter((f) => f.message.includes('bug in cdk8s-cloud-lb'))).toEqual([]);
  });

  test('branches shared many times over (what YAML aliases make) are read once per pass, not once per path', () => {
    let branch: any = { a: null, port: 1 };
    for (let level = 0; level < 20; level++) branch = { l: branch, r: branch, x: null };
    const manifest = lbService({ spec: { shared: branch } });
    // Work is counted, not timed: 2^20 paths lead to the innermost branch, 21 objects make up the whole graph, and two
    // passes read every object (the copy without null fields, and rule CDK8S-001's scan for tokens).
    const keys = jest.spyOn(Object, 'keys');
    try {
      expect(Rules.check(manifest)).toEqual([]);
      expect(keys.mock.calls.filter(([o]) => o !== null && typeof o === 'object' && ('l' in (o as object) || 'a' in (o as object))).length)
        .toBeLessThanOrEqual(2 * 21);
    } finally {
      keys.mockRestore();
    }
  });
});

describe('derived facts and helpers', () => {
  test('a check sees the annotations of the manifest it judges, even when the same object changes between two checks', () => {
    const manifest = lbService({ metadata: { annotations: { 'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internal' } } });
    expect(Rules.check(manifest).map((f) => f.ruleId)).not.toContain('AWS-LB-007');
    manifest.metadata.annotations['service.beta.kubernetes.io/aws-load-balancer-schema'] = 'internal';
    expect(Rules.check(manifest).map((f) => f.ruleId)).toContain('AWS-LB-007');
  });
});
