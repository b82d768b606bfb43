import { Rules } from '../../../src';
import { lbService } from '../../helpers';
import { describeRuleCases } from '../cases';

const TOKEN = '${Token[TOKEN.101]}';
const ingress = (spec: any) => ({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web' }, spec });

describe('general rules', () => {
  describeRuleCases({
    'CDK8S-001': {
      compliant: [
        { title: 'resolved values', manifest: lbService({ metadata: { annotations: { 'service.beta.kubernetes.io/aws-load-balancer-subnets': 'subnet-0f1e2d3c' } } }) },
        { title: 'a dollar and braces that are no token', manifest: lbService({ metadata: { annotations: { note: '${HOME} and Token[1]' } } }) },
      ],
      noncompliant: [
        {
          title: 'a token in an annotation value',
          manifest: lbService({ metadata: { annotations: { 'service.beta.kubernetes.io/aws-load-balancer-subnets': `${TOKEN},subnet-0f1e2d3c` } } }),
          path: 'metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-subnets]',
          anywhere: [`"${TOKEN},subnet-0f1e2d3c"`, 'AwsCdkResolver'],
        },
        { title: 'a token in a spec field', manifest: lbService({ spec: { loadBalancerIP: TOKEN } }), path: 'spec.loadBalancerIP', anywhere: [TOKEN] },
        { title: 'a token in a list item', manifest: lbService({ spec: { loadBalancerSourceRanges: ['10.0.0.0/8', TOKEN] } }), path: 'spec.loadBalancerSourceRanges[1]', anywhere: [TOKEN] },
        {
          title: 'a token in an Ingress host',
          manifest: ingress({ rules: [{ host: `${TOKEN}.example.com` }] }),
          path: 'spec.rules[0].host',
          anywhere: [TOKEN],
        },
      ],
    },
  });

  test('one object gives at most five token findings, and a cyclic object is scanned without a stack overflow', () => {
    const annotations = Object.fromEntries([...Array(20).keys()].map((i) => [`example.com/k${i}`, TOKEN]));
    expect(Rules.check(lbService({ metadata: { annotations } })).filter((f) => f.ruleId === 'CDK8S-001')).toHaveLength(5);
    const spec: any = { type: 'LoadBalancer', ports: [{ port: 80 }], loadBalancerIP: TOKEN };
    spec.self = spec;
    const found = Rules.check({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec });
    expect(found.filter((f) => f.ruleId === 'CDK8S-001').map((f) => f.path)).toEqual(['spec.loadBalancerIP']);
  });
});
