import { Testing } from 'cdk8s';
import {
  ApplicationGatewayBackend, ApplicationGatewayIngress, AwsClassicLoadBalancerService, AwsNlbService, AzureInternalLoadBalancerService,
  AzureLoadBalancerService, ClusterProfile, LoadBalancerScheme, PrivateLinkService, TargetPort,
} from '../../src';

/**
 * Issue #18: an empty list or map prop never writes an empty annotation the user did not write. The one policy, for
 * every construct and cloud (README "Bad props"): it is refused at construction, naming the prop.
 */
const PORTS = [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }];
const base = { selectorLabels: { app: 'web' }, ports: PORTS };

type Make = (chart: any, props: any) => unknown;
const CASES: Array<[string, Make, string, unknown, any?]> = [
  ['AzureInternalLoadBalancerService', (c, p) => new AzureInternalLoadBalancerService(c, 's', { ...base, ...p }), 'allowedServiceTags', []],
  ['AzureInternalLoadBalancerService', (c, p) => new AzureInternalLoadBalancerService(c, 's', { ...base, ...p }), 'allowedIpRanges', []],
  ['AzureInternalLoadBalancerService', (c, p) => new AzureInternalLoadBalancerService(c, 's', { ...base, ...p }), 'loadBalancerConfigurations', []],
  ['AzureLoadBalancerService', (c, p) => new AzureLoadBalancerService(c, 's', { ...base, scheme: LoadBalancerScheme.INTERNET_FACING, ...p }), 'publicIpTags', {}],
  ['AwsNlbService', (c, p) => new AwsNlbService(c, 's', { ...base, ...p }), 'additionalResourceTags', {}],
  ['AwsNlbService', (c, p) => new AwsNlbService(c, 's', { ...base, ...p }), 'targetNodeLabels', {}],
  ['AwsNlbService', (c, p) => new AwsNlbService(c, 's', { ...base, ...p }), 'targetGroupAttributes', {}],
  ['AwsNlbService', (c, p) => new AwsNlbService(c, 's', { ...base, ...p }), 'loadBalancerAttributes', {}],
  ['AwsNlbService', (c, p) => new AwsNlbService(c, 's', { ...base, ...p }), 'securityGroups', []],
  ['AwsClassicLoadBalancerService', (c, p) => new AwsClassicLoadBalancerService(c, 's', { ...base, ...p }), 'additionalResourceTags', {}],
  ['AwsClassicLoadBalancerService', (c, p) => new AwsClassicLoadBalancerService(c, 's', { ...base, ...p }), 'targetNodeLabels', {}],
  ['AwsClassicLoadBalancerService', (c, p) => new AwsClassicLoadBalancerService(c, 's', { ...base, ...p }), 'extraSecurityGroups', []],
];

describe('an empty list or map prop is refused, naming the prop', () => {
  test.each(CASES.map(([construct, make, prop, value]) => [`${construct} ${prop}: ${JSON.stringify(value)}`, make, prop, value]))('%s', (_title, make, prop, value) => {
    const chart = Testing.chart();
    ClusterProfile.eks().applyTo(chart);
    expect(() => (make as Make)(chart, { [prop as string]: value })).toThrow(`${prop}: give at least one entry, or leave the prop out.`);
  });

  test('a Private Link Service with empty lists is refused the same way', () => {
    const chart = Testing.chart();
    const svc = new AzureInternalLoadBalancerService(chart, 's', base);
    for (const prop of ['staticIpAddresses', 'fqdns', 'autoApprovalSubscriptions']) {
      expect(() => new PrivateLinkService(chart, `pls-${prop}`, { service: svc, [prop]: [] })).toThrow(`${prop}: give at least one entry`);
    }
  });
});

describe('every object kind the library judges has a DNS-1123 label namespace', () => {
  test('an ApplicationGatewayIngress in namespace "-prod" fails synth (K8S-SVC-002)', () => {
    const chart = Testing.chart();
    new ApplicationGatewayIngress(chart, 'web', {
      metadata: { namespace: '-prod' },
      rules: [{ backend: ApplicationGatewayBackend.fromServiceName('web', { port: 80 }) }],
      healthProbe: { path: '/healthz' },
    });
    expect(() => Testing.synth(chart)).toThrow('K8S-SVC-002 (error) metadata.namespace: "-prod"');
  });
});
