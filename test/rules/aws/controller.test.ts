import { annotationPathOf as ap, classicElb, describeRule, inTreeNlb, key, LBC_CLASS, lbcNlb } from './fixtures';
import { Rules, Severity } from '../../../src';
import { AWS_RULES } from '../../../src/rules/aws';
import { lbService, violations } from '../../helpers';

describe('AWS rules judge only AWS Services', () => {
  const azure = lbService({ metadata: { annotations: { 'service.beta.kubernetes.io/azure-load-balancer-internal': 'true' } }, spec: { sessionAffinity: 'ClientIP', loadBalancerIP: '10.0.0.4' } });
  const plain = lbService({ spec: { sessionAffinity: 'ClientIP', ports: [{ name: 'a', port: 53, protocol: 'UDP' }, { name: 'b', port: 53, protocol: 'TCP' }] } });
  const otherClass = lbService({ spec: { loadBalancerClass: 'example.com/lb' } });
  test.each([['Azure', azure], ['plain', plain], ['other class without AWS keys', otherClass]])('no AWS rule fires on a %s Service', (_n, m) => {
    expect(AWS_RULES.flatMap((r) => r.check(m))).toEqual([]);
  });
  test('every AWS rule has id, severity, title, description, fix and docs, and a unique id', () => {
    const ids = AWS_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of AWS_RULES) {
      expect(rule.id).toMatch(/^AWS-(LB|NLB|ELB)-\d{3}$/);
      expect([Severity.ERROR, Severity.WARNING]).toContain(rule.severity);
      for (const text of [rule.title, rule.description, rule.fix]) expect(text.length).toBeGreaterThan(10);
      expect(rule.docs).toMatch(/^https:\/\//);
      expect(Rules.find(rule.id)).toBe(rule);
    }
  });
  test('the rules are in id order within each family', () => {
    for (const family of ['AWS-LB-', 'AWS-ELB-', 'AWS-NLB-']) {
      const ids = AWS_RULES.map((r) => r.id).filter((id) => id.startsWith(family));
      expect(ids).toEqual([...ids].sort());
    }
  });
  test('rules never throw on malformed input', () => {
    const malformed = [
      lbService({ metadata: { annotations: { [key('subnets')]: 42, [key('scheme')]: ['x'], [key('target-group-attributes')]: true } as any } }),
      { kind: 'Service', metadata: { annotations: { [key('type')]: 'nlb' } }, spec: { type: 'LoadBalancer', ports: 'x', loadBalancerSourceRanges: 'x', ipFamilies: 3 } },
      { kind: 'Service', metadata: { annotations: [key('type')] }, spec: { type: 'LoadBalancer', loadBalancerClass: LBC_CLASS, ports: [null, 1, { port: 'x', name: 3 }] } },
      lbcNlb({ 'ssl-ports': '', 'healthcheck-port': '', 'target-group-attributes': '=,,', 'attributes': 'a' }, { ports: [{}] }),
    ];
    for (const m of malformed) for (const rule of AWS_RULES) expect(() => rule.check(m)).not.toThrow();
  });
});

describeRule('AWS-LB-001', [
  ['no type (classic ELB)', classicElb()], ['nlb', inTreeNlb()], ['external', lbService({ metadata: { annotations: { [key('type')]: 'external', [key('nlb-target-type')]: 'ip' } } })],
], [
  { name: 'upper case NLB', manifest: inTreeNlb({ type: 'NLB' }), path: ap('type'), message: ['"NLB"', 'classic ELB'], fix: 'exactly "nlb"' },
  { name: 'clb', manifest: classicElb({ type: 'clb' }), path: ap('type'), message: ['"clb"'], fix: 'drop the annotation' },
]);

describeRule('AWS-LB-002', [
  ['external with ip', lbService({ metadata: { annotations: { [key('type')]: 'external', [key('nlb-target-type')]: 'instance' } } })],
  ['external with class', lbcNlb({ 'type': 'external', 'nlb-target-type': 'IP' })],
], [
  { name: 'external without target type', manifest: lbService({ metadata: { annotations: { [key('type')]: 'external' } } }), path: ap('type'), message: ['type "external"', 'no aws-load-balancer-nlb-target-type', 'pending'], fix: '"ip"' },
  { name: 'external with IP', manifest: lbService({ metadata: { annotations: { [key('type')]: 'external', [key('nlb-target-type')]: 'IP' } } }), path: ap('nlb-target-type'), message: ['"IP"'], fix: 'loadBalancerClass' },
]);

describeRule('AWS-LB-003', [['LBC class', lbcNlb()], ['no class', classicElb()]], [
  { name: 'alb class', manifest: lbcNlb({}, { loadBalancerClass: 'service.k8s.aws/alb' }), path: 'spec.loadBalancerClass', message: ['"service.k8s.aws/alb"', 'ignore'], fix: LBC_CLASS },
]);

describeRule('AWS-LB-004', [['classic ELB keys', classicElb({ 'connection-idle-timeout': '60' })], ['LBC keys on LBC', lbcNlb({ name: 'api' })]], [
  { name: 'scheme on a classic ELB', manifest: lbService({ metadata: { annotations: { [key('scheme')]: 'internal' } } }), path: ap('scheme'), message: ['"internal"', 'internet-facing'], fix: 'aws-load-balancer-internal: "true"' },
  { name: 'scheme on type nlb', manifest: inTreeNlb({ scheme: 'internet-facing' }), path: ap('scheme'), message: ['aws-load-balancer-scheme="internet-facing"', 'type: nlb'], fix: 'aws-load-balancer-internal: "false"' },
  { name: 'name on a classic ELB', manifest: classicElb({ name: 'my-lb' }), path: ap('name'), message: ['"my-lb"', 'ignores'], fix: LBC_CLASS },
  { name: 'nlb-target-type on type nlb', manifest: inTreeNlb({ 'nlb-target-type': 'ip' }), path: ap('nlb-target-type'), message: ['"ip"'], fix: LBC_CLASS },
]);

describeRule('AWS-LB-005', [['NLB keys', lbcNlb({ 'target-group-attributes': 'deregistration_delay.timeout_seconds=30' })]], [
  { name: 'connection draining on LBC', manifest: lbcNlb({ 'connection-draining-enabled': 'true' }), path: ap('connection-draining-enabled'), message: ['"true"', 'ignores'], fix: 'deregistration_delay.timeout_seconds' },
  { name: 'extra security groups on LBC', manifest: lbcNlb({ 'extra-security-groups': 'sg-0123456789abcdef0' }), path: ap('extra-security-groups'), message: ['aws-load-balancer-extra-security-groups="sg-0123456789abcdef0"'], fix: 'aws-load-balancer-security-groups' },
]);

describeRule('AWS-LB-006', [['beta prefix', lbcNlb()]], [
  { name: 'GA prefix', manifest: lbcNlb({ 'service.kubernetes.io/aws-load-balancer-scheme': 'internal' }), path: 'metadata.annotations[service.kubernetes.io/aws-load-balancer-scheme]', message: ['"service.kubernetes.io/aws-load-balancer-scheme"', 'ignored'], fix: 'service.beta.kubernetes.io/aws-load-balancer-scheme' },
]);

describeRule('AWS-LB-007', [['known keys', lbcNlb({ 'listener-attributes.TCP-80': 'tcp.idle_timeout.seconds=120', 'target-group-attributes.443': 'stickiness.enabled=true' })]], [
  { name: 'typo', manifest: lbcNlb({ schema: 'internal' }), path: ap('schema'), message: ['"service.beta.kubernetes.io/aws-load-balancer-schema"', 'ignored'], fix: 'spelling' },
]);

describeRule('AWS-LB-008', [['class + target type + scheme', lbcNlb()]], [
  { name: 'nlb-ip', manifest: lbService({ metadata: { annotations: { [key('type')]: 'nlb-ip' } } }), path: ap('type'), message: ['"nlb-ip"', 'deprecated'], fix: 'nlb-target-type: "ip"' },
  { name: 'internal on LBC', manifest: lbService({ metadata: { annotations: { [key('internal')]: 'false' } }, spec: { loadBalancerClass: LBC_CLASS } }), path: ap('internal'), message: ['"false"', 'deprecated'], fix: 'aws-load-balancer-scheme: "internet-facing"' },
  { name: 'access-log-enabled on LBC', manifest: lbcNlb({ 'access-log-enabled': 'true' }), path: ap('access-log-enabled'), message: ['"true"', 'access_logs.s3.enabled'], fix: 'aws-load-balancer-attributes' },
]);

describeRule('AWS-LB-009', [['no loadBalancerIP', classicElb()]], [
  { name: 'classic ELB', manifest: classicElb({}, { loadBalancerIP: '10.0.0.5' }), path: 'spec.loadBalancerIP', message: ['"10.0.0.5"', 'cannot be specified'], fix: 'one per subnet' },
  { name: 'LBC', manifest: lbcNlb({}, { loadBalancerIP: '10.0.0.5' }), path: 'spec.loadBalancerIP', message: ['"10.0.0.5"', 'ignores'], fix: 'private IPv4' },
]);

describeRule('AWS-LB-010', [
  ['internal NLB', lbcNlb()], ['internal classic', classicElb()],
  ['public with ranges', lbcNlb({ scheme: 'internet-facing' }, { loadBalancerSourceRanges: ['203.0.113.0/24'] })],
  ['public with the ranges annotation', classicElb({ 'internal': 'false', 'service.beta.kubernetes.io/load-balancer-source-ranges': '203.0.113.0/24' })],
], [
  { name: 'public NLB', manifest: lbcNlb({ scheme: 'internet-facing' }), path: 'spec.loadBalancerSourceRanges', message: ['(aws-load-balancer-scheme: "internet-facing")', '0.0.0.0/0'], fix: 'loadBalancerSourceRanges' },
  { name: 'classic ELB without internal', manifest: lbService({ metadata: { annotations: { [key('connection-idle-timeout')]: '60' } } }), path: 'spec.loadBalancerSourceRanges', message: ['by default'], fix: 'internal' },
]);

describeRule('AWS-LB-011', [
  ['cert and ports', lbcNlb({ 'ssl-cert': 'arn:aws:acm:us-east-1:123456789012:certificate/abc', 'ssl-ports': '80' })],
  ['classic backend http without cert', classicElb({ 'backend-protocol': 'http' })],
], [
  { name: 'ssl-ports without cert', manifest: lbcNlb({ 'ssl-ports': '443' }), path: ap('ssl-ports'), message: ['"443"', 'no effect'], fix: 'aws-load-balancer-ssl-cert' },
  { name: 'backend ssl without cert on an NLB', manifest: lbcNlb({ 'backend-protocol': 'ssl' }), path: ap('backend-protocol'), message: ['"ssl"'], fix: 'ssl-cert' },
]);

test('AWS-LB-004 reports every LBC key on a classic ELB, one violation each', () => {
  expect(violations('AWS-LB-004', classicElb({ 'scheme': 'internal', 'name': 'x', 'alpn-policy': 'None' })).length).toBe(3);
});
