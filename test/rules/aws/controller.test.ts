import { classicElb, inTreeNlb, lbcNlb } from './fixtures';
import { ClusterProfile, Rules, Severity } from '../../../src';
import { AWS_RULES } from '../../../src/rules/aws';
import { SET_RULES } from '../../../src/rules/set';
import { annotationPath, key, lbService, violations } from '../../helpers';
import { describeRule } from '../cases';

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
  test('the registry lists the rules in id order within each family', () => {
    for (const family of ['AWS-LB-', 'AWS-ELB-', 'AWS-NLB-']) {
      const ids = Rules.all().map((r) => r.id).filter((id) => id.startsWith(family));
      expect(ids).toEqual([...ids].sort());
      // The rules over one Service, and the rules over the set (SET_RULES).
      expect(ids.length).toBe([...AWS_RULES, ...SET_RULES].filter((r) => r.id.startsWith(family)).length);
    }
  });
  test('rules never throw on malformed input', () => {
    const malformed = [
      lbService({ metadata: { annotations: { [key('aws-load-balancer-subnets')]: 42, [key('aws-load-balancer-scheme')]: ['x'], [key('aws-load-balancer-target-group-attributes')]: true } as any } }),
      { kind: 'Service', metadata: { annotations: { [key('aws-load-balancer-type')]: 'nlb' } }, spec: { type: 'LoadBalancer', ports: 'x', loadBalancerSourceRanges: 'x', ipFamilies: 3 } },
      { kind: 'Service', metadata: { annotations: [key('aws-load-balancer-type')] }, spec: { type: 'LoadBalancer', loadBalancerClass: 'service.k8s.aws/nlb', ports: [null, 1, { port: 'x', name: 3 }] } },
      lbcNlb({ 'ssl-ports': '', 'healthcheck-port': '', 'target-group-attributes': '=,,', 'attributes': 'a' }, { ports: [{}] }),
    ];
    for (const m of malformed) for (const rule of AWS_RULES) expect(() => rule.check(m)).not.toThrow();
  });
});

describeRule('AWS-LB-001', {
  compliant: [
    { title: 'no type (classic ELB)', manifest: classicElb() },
    { title: 'type nlb', manifest: inTreeNlb() },
    { title: 'type clb asks for the classic ELB it gets (isNLB: anything but "nlb")', manifest: classicElb({ type: 'clb' }) },
    { title: 'type Elb, any case', manifest: classicElb({ type: 'Elb' }) },
    { title: 'type external', manifest: lbService({ metadata: { annotations: { [key('aws-load-balancer-type')]: 'external', [key('aws-load-balancer-nlb-target-type')]: 'ip' } } }) },
    // The LBC's class decides; buildTargetType reads only nlb-ip and external (its buildListenerAttributes test uses "instance").
    { title: 'type instance with the LBC class', manifest: lbcNlb({ type: 'instance' }) },
    {
      title: 'type instance where the LBC\'s webhook gives the class',
      manifest: lbService({ metadata: { annotations: { [key('aws-load-balancer-type')]: 'instance' } } }),
      profile: ClusterProfile.eks({ awsLoadBalancerController: { version: '2.8.1' } }),
    },
  ],
  noncompliant: [
    {
      title: 'type instance where the LBC runs without its webhook',
      manifest: lbService({ metadata: { annotations: { [key('aws-load-balancer-type')]: 'instance' } } }),
      profile: ClusterProfile.eks({ awsLoadBalancerController: { version: '2.8.1', serviceMutatorWebhook: false } }),
      path: annotationPath('aws-load-balancer-type'),
      message: ['"instance"', 'classic ELB'],
      fix: ['"external"'],
    },
    { title: 'type NLB in upper case', manifest: inTreeNlb({ type: 'NLB' }), path: annotationPath('aws-load-balancer-type'), message: ['"NLB"', 'classic ELB'], fix: ['exactly "nlb"'] },
    { title: 'type nlb with a trailing space', manifest: inTreeNlb({ type: 'nlb ' }), path: annotationPath('aws-load-balancer-type'), message: ['"nlb "', 'classic ELB'], fix: ['exactly "nlb"'] },
  ],
});

describeRule('AWS-LB-002', {
  compliant: [
    { title: 'type external with instance targets', manifest: lbService({ metadata: { annotations: { [key('aws-load-balancer-type')]: 'external', [key('aws-load-balancer-nlb-target-type')]: 'instance' } } }) },
    { title: 'type external with the LBC class', manifest: lbcNlb({ 'type': 'external', 'nlb-target-type': 'IP' }) },
    {
      // MutateCreate (webhooks/core/service_mutator.go) gives the new Service the class, and the controller takes it.
      title: 'external without target type, on EKS with the LBC\'s webhook',
      profile: ClusterProfile.eks({ awsLoadBalancerController: { version: '2.8.1' } }),
      manifest: lbService({ metadata: { annotations: { [key('aws-load-balancer-type')]: 'external' } } }),
    },
  ],
  noncompliant: [
    {
      // IsServiceSupported (pkg/service/service_utils.go) refuses it without a class; the webhook would give it one.
      title: 'external without target type',
      manifest: lbService({ metadata: { annotations: { [key('aws-load-balancer-type')]: 'external' } } }),
      path: annotationPath('aws-load-balancer-type'),
      message: ['type "external"', 'no aws-load-balancer-nlb-target-type', 'pending'],
      fix: ['"ip"'],
      onlyOn: 'Service mutator webhook does not run',
    },
    {
      title: 'external without target type, on EKS without the LBC\'s webhook',
      profile: ClusterProfile.eks({ awsLoadBalancerController: { version: '2.8.1', serviceMutatorWebhook: false } }),
      manifest: lbService({ metadata: { annotations: { [key('aws-load-balancer-type')]: 'external' } } }),
      path: annotationPath('aws-load-balancer-type'),
      message: ['pending'],
      fix: ['"ip"'],
    },
    { title: 'type external with target type IP in upper case, on EKS without the LBC\'s webhook', profile: ClusterProfile.eks({ awsLoadBalancerController: { version: '2.4.7' } }), manifest: lbService({ metadata: { annotations: { [key('aws-load-balancer-type')]: 'external', [key('aws-load-balancer-nlb-target-type')]: 'IP' } } }), path: annotationPath('aws-load-balancer-nlb-target-type'), message: ['"IP"'], fix: ['loadBalancerClass'] },
  ],
});

describeRule('AWS-LB-003', {
  compliant: [
    { title: 'the LBC NLB class', manifest: lbcNlb() },
    { title: 'no loadBalancerClass', manifest: classicElb() },
  ],
  noncompliant: [
    { title: 'the ALB class on a Service', manifest: lbcNlb({}, { loadBalancerClass: 'service.k8s.aws/alb' }), path: 'spec.loadBalancerClass', message: ['"service.k8s.aws/alb"', 'ignore'], fix: ['service.k8s.aws/nlb'] },
  ],
});

const EKS = ClusterProfile.eks();
const EKS_LBC = ClusterProfile.eks({ kubernetesVersion: '1.30', awsLoadBalancerController: { version: 'v2.8.1' } });

describeRule('AWS-LB-004', {
  compliant: [
    { title: 'classic ELB keys on a classic ELB', manifest: classicElb({ 'connection-idle-timeout': '60' }) },
    { title: 'LBC keys on the LBC', manifest: lbcNlb({ name: 'api' }) },
    { title: 'scheme and target type without a class on EKS with the LBC v2.5+: its webhook sets the class (MutateCreate)', profile: EKS_LBC, manifest: classicElb({ 'scheme': 'internal', 'nlb-target-type': 'ip' }) },
  ],
  noncompliant: [
    { title: 'scheme on a classic ELB', profile: EKS, manifest: lbService({ metadata: { annotations: { [key('aws-load-balancer-scheme')]: 'internal' } } }), path: annotationPath('aws-load-balancer-scheme'), message: ['"internal"', 'internet-facing'], fix: ['aws-load-balancer-internal: "true"'] },
    { title: 'scheme on type nlb', profile: EKS, manifest: inTreeNlb({ scheme: 'internet-facing' }), path: annotationPath('aws-load-balancer-scheme'), message: ['aws-load-balancer-scheme="internet-facing"', 'type: nlb'], fix: ['aws-load-balancer-internal: "false"'] },
    { title: 'name on a classic ELB', profile: EKS, manifest: classicElb({ name: 'my-lb' }), path: annotationPath('aws-load-balancer-name'), message: ['"my-lb"', 'ignores'], fix: ['service.k8s.aws/nlb'] },
    { title: 'nlb-target-type on type nlb', profile: EKS, manifest: inTreeNlb({ 'nlb-target-type': 'ip' }), path: annotationPath('aws-load-balancer-nlb-target-type'), message: ['"ip"'], fix: ['service.k8s.aws/nlb'] },
    { title: 'scheme on a classic ELB, any cluster: an error only where the webhook does not run', manifest: classicElb({ scheme: 'internal' }), path: annotationPath('aws-load-balancer-scheme'), message: ['"internal"'], onlyOn: 'webhook does not run' },
    { title: 'scheme on a classic ELB where the LBC v2.4 runs (no webhook before v2.5)', profile: ClusterProfile.eks({ awsLoadBalancerController: { version: '2.4.7' } }), manifest: classicElb({ scheme: 'internal' }), path: annotationPath('aws-load-balancer-scheme'), message: ['"internal"'] },
  ],
});

describeRule('AWS-LB-005', {
  compliant: [
    { title: 'NLB keys on the LBC', manifest: lbcNlb({ 'target-group-attributes': 'deregistration_delay.timeout_seconds=30' }) },
  ],
  noncompliant: [
    { title: 'connection draining on LBC', manifest: lbcNlb({ 'connection-draining-enabled': 'true' }), path: annotationPath('aws-load-balancer-connection-draining-enabled'), message: ['"true"', 'ignores'], fix: ['deregistration_delay.timeout_seconds'] },
    { title: 'extra security groups on LBC', manifest: lbcNlb({ 'extra-security-groups': 'sg-0123456789abcdef0' }), path: annotationPath('aws-load-balancer-extra-security-groups'), message: ['aws-load-balancer-extra-security-groups="sg-0123456789abcdef0"'], fix: ['aws-load-balancer-security-groups'] },
  ],
});

describeRule('AWS-LB-006', {
  compliant: [
    { title: 'the service.beta prefix', manifest: lbcNlb() },
  ],
  noncompliant: [
    { title: 'the GA prefix service.kubernetes.io', manifest: lbcNlb({ 'service.kubernetes.io/aws-load-balancer-scheme': 'internal' }), path: 'metadata.annotations[service.kubernetes.io/aws-load-balancer-scheme]', message: ['"service.kubernetes.io/aws-load-balancer-scheme"', 'ignored'], fix: ['service.beta.kubernetes.io/aws-load-balancer-scheme'] },
  ],
});

describeRule('AWS-LB-007', {
  compliant: [
    { title: 'known keys, per-listener and per-port ones included', manifest: lbcNlb({ 'listener-attributes.TCP-80': 'tcp.idle_timeout.seconds=120', 'target-group-attributes.443': 'stickiness.enabled=true' }) },
  ],
  noncompliant: [
    { title: 'a misspelt key (schema)', manifest: lbcNlb({ schema: 'internal' }), path: annotationPath('aws-load-balancer-schema'), message: ['"service.beta.kubernetes.io/aws-load-balancer-schema"', 'ignored'], fix: ['spelling'] },
  ],
});

describeRule('AWS-LB-008', {
  compliant: [
    { title: 'class, target type and scheme', manifest: lbcNlb() },
  ],
  noncompliant: [
    { title: 'type nlb-ip', manifest: lbService({ metadata: { annotations: { [key('aws-load-balancer-type')]: 'nlb-ip' } } }), path: annotationPath('aws-load-balancer-type'), message: ['"nlb-ip"', 'deprecated'], fix: ['nlb-target-type: "ip"'] },
    { title: 'internal on the LBC', manifest: lbService({ metadata: { annotations: { [key('aws-load-balancer-internal')]: 'false' } }, spec: { loadBalancerClass: 'service.k8s.aws/nlb' } }), path: annotationPath('aws-load-balancer-internal'), message: ['"false"', 'deprecated'], fix: ['aws-load-balancer-scheme: "internet-facing"'] },
    { title: 'access-log-enabled on the LBC', manifest: lbcNlb({ 'access-log-enabled': 'true' }), path: annotationPath('aws-load-balancer-access-log-enabled'), message: ['"true"', 'access_logs.s3.enabled'], fix: ['aws-load-balancer-attributes'] },
  ],
});

describeRule('AWS-LB-009', {
  compliant: [
    { title: 'no loadBalancerIP', manifest: classicElb() },
  ],
  noncompliant: [
    { title: 'loadBalancerIP on a classic ELB', manifest: classicElb({}, { loadBalancerIP: '10.0.0.5' }), path: 'spec.loadBalancerIP', message: ['"10.0.0.5"', 'cannot be specified'], fix: ['one per subnet'] },
    { title: 'loadBalancerIP on the LBC', manifest: lbcNlb({}, { loadBalancerIP: '10.0.0.5' }), path: 'spec.loadBalancerIP', message: ['"10.0.0.5"', 'ignores'], fix: ['private IPv4'] },
  ],
});

describeRule('AWS-LB-010', {
  compliant: [
    { title: 'internal NLB', manifest: lbcNlb() },
    { title: 'an internal classic ELB', manifest: classicElb() },
    { title: 'public with ranges', manifest: lbcNlb({ scheme: 'internet-facing' }, { loadBalancerSourceRanges: ['203.0.113.0/24'] }) },
    { title: 'public with the ranges annotation', manifest: classicElb({ 'internal': 'false', 'service.beta.kubernetes.io/load-balancer-source-ranges': '203.0.113.0/24' }) },
  ],
  noncompliant: [
    { title: 'a public NLB without ranges', manifest: lbcNlb({ scheme: 'internet-facing' }), path: 'spec.loadBalancerSourceRanges', message: ['(aws-load-balancer-scheme: "internet-facing")', '0.0.0.0/0'], fix: ['loadBalancerSourceRanges'] },
    { title: 'classic ELB without internal', manifest: lbService({ metadata: { annotations: { [key('aws-load-balancer-connection-idle-timeout')]: '60' } } }), path: 'spec.loadBalancerSourceRanges', message: ['by default'], fix: ['internal'] },
  ],
});

describeRule('AWS-LB-011', {
  compliant: [
    { title: 'a certificate and ssl-ports', manifest: lbcNlb({ 'ssl-cert': 'arn:aws:acm:us-east-1:123456789012:certificate/abc', 'ssl-ports': '80' }) },
    { title: 'classic backend http without cert', manifest: classicElb({ 'backend-protocol': 'http' }) },
  ],
  noncompliant: [
    { title: 'ssl-ports without cert', manifest: lbcNlb({ 'ssl-ports': '443' }), path: annotationPath('aws-load-balancer-ssl-ports'), message: ['"443"', 'no effect'], fix: ['aws-load-balancer-ssl-cert'] },
    { title: 'backend ssl without cert on an NLB', manifest: lbcNlb({ 'backend-protocol': 'ssl' }), path: annotationPath('aws-load-balancer-backend-protocol'), message: ['"ssl"'], fix: ['ssl-cert'] },
  ],
});

test('AWS-LB-004 reports every LBC key on a classic ELB, one violation each', () => {
  expect(violations('AWS-LB-004', classicElb({ 'scheme': 'internal', 'name': 'x', 'alpn-policy': 'None' }), ClusterProfile.eks()).length).toBe(3);
});

describeRule('AWS-LB-017', {
  compliant: [
    { title: 'the LBC class', manifest: lbcNlb() },
    { title: 'type external with a target type (the LBC\'s already)', manifest: lbService({ metadata: { annotations: { [key('aws-load-balancer-type')]: 'external', [key('aws-load-balancer-nlb-target-type')]: 'ip' } } }) },
    // Written for the LBC: the webhook's class makes it what it asks for (AWS-LB-002 warns for the clusters without it).
    { title: 'type external without a target type', manifest: lbService({ metadata: { annotations: { [key('aws-load-balancer-type')]: 'external' } } }) },
    { title: 'LBC-only keys: judged for both controllers instead (AWS-LB-004 on the in-tree side)', manifest: classicElb({ scheme: 'internal' }) },
    { title: 'a classic ELB on EKS without the LBC', manifest: classicElb(), profile: ClusterProfile.eks() },
    { title: 'a classic ELB where the LBC runs without its webhook', manifest: classicElb(), profile: ClusterProfile.eks({ awsLoadBalancerController: { version: '2.8.1', serviceMutatorWebhook: false } }) },
  ],
  noncompliant: [
    { title: 'a classic ELB, any cluster', manifest: classicElb(), path: 'spec.loadBalancerClass', message: ['classic ELB', 'service.k8s.aws/nlb'], fix: ['enableServiceMutatorWebhook'], onlyOn: 'Service mutator webhook' },
    { title: 'an in-tree NLB, any cluster', manifest: inTreeNlb(), path: 'spec.loadBalancerClass', message: ['type: nlb'], fix: ['objectSelector'], onlyOn: 'Service mutator webhook' },
    { title: 'a classic ELB on EKS with the LBC v2.8', manifest: classicElb(), profile: ClusterProfile.eks({ awsLoadBalancerController: { version: '2.8.1' } }), path: 'spec.loadBalancerClass', message: ['classic ELB'] },
  ],
});

describeRule('AWS-LB-018', {
  compliant: [
    { title: 'the LBC class on EKS with the controller', manifest: lbcNlb(), profile: EKS_LBC },
    { title: 'the LBC class, cluster not declared', manifest: lbcNlb() },
    { title: 'a classic ELB on EKS without the controller', manifest: classicElb(), profile: EKS },
  ],
  noncompliant: [
    { title: 'the LBC class on EKS without the controller', manifest: lbcNlb(), profile: EKS, path: 'spec.loadBalancerClass', message: ['"service.k8s.aws/nlb"', 'the cluster "eks" does not run', 'pending'], fix: ['awsLoadBalancerController'] },
    { title: 'type nlb-ip on EKS without the controller', manifest: lbService({ metadata: { annotations: { [key('aws-load-balancer-type')]: 'nlb-ip' } } }), profile: EKS, path: annotationPath('aws-load-balancer-type'), message: ['aws-load-balancer-type="nlb-ip"'], fix: ['Install'] },
  ],
});
