import { Chart } from 'cdk8s';
import {
  ApplicationGatewayBackend, ApplicationGatewayIngress, AwsClassicLoadBalancerService, AwsNlbService, AzureInternalLoadBalancerService,
  AzureLoadBalancerService, LoadBalancerScheme, NlbTargetType, TargetPort,
} from '../../src';
import { newChart, synth, synthError } from '../helpers';

/**
 * A choice a construct writes (its default, or a typed prop) holds against the user's own annotations: an annotation
 * the controller would read as another choice fails synth, names the prop to set instead, and never reaches the YAML
 * as a public load balancer; one that agrees stays as written. Each case is tried in the four ways a user writes an
 * annotation.
 */

const AWS = 'service.beta.kubernetes.io/aws-load-balancer-';
const AZURE = 'service.beta.kubernetes.io/azure-';
const APPGW = 'appgw.ingress.kubernetes.io/';
const ports = [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }];
const sourceRanges = ['203.0.113.0/24'];

interface Annotated {
  readonly metadata: any;
  addAnnotation(key: string, value: string): void;
}
type Build = (chart: Chart, extra: { annotations?: { [key: string]: string }; metadata?: any }) => Annotated;

const builders: { [name: string]: Build } = {
  'AwsNlbService': (chart, extra) => new AwsNlbService(chart, 'lb', { selectorLabels: { app: 'web' }, ports, ...extra }),
  'AwsNlbService (scheme: INTERNET_FACING)': (chart, extra) => new AwsNlbService(chart, 'lb', {
    selectorLabels: { app: 'web' }, ports, scheme: LoadBalancerScheme.INTERNET_FACING, loadBalancerSourceRanges: sourceRanges, ...extra,
  }),
  'AwsNlbService (targetType: INSTANCE)': (chart, extra) => new AwsNlbService(chart, 'lb', {
    selectorLabels: { app: 'web' }, ports, targetType: NlbTargetType.INSTANCE, ...extra,
  }),
  'AwsClassicLoadBalancerService': (chart, extra) => new AwsClassicLoadBalancerService(chart, 'lb', { selectorLabels: { app: 'web' }, ports, ...extra }),
  'AwsClassicLoadBalancerService (scheme: INTERNET_FACING)': (chart, extra) => new AwsClassicLoadBalancerService(chart, 'lb', {
    selectorLabels: { app: 'web' }, ports, scheme: LoadBalancerScheme.INTERNET_FACING, loadBalancerSourceRanges: sourceRanges, ...extra,
  }),
  'AzureInternalLoadBalancerService': (chart, extra) => new AzureInternalLoadBalancerService(chart, 'lb', { selectorLabels: { app: 'web' }, ports, ...extra }),
  'AzureLoadBalancerService': (chart, extra) => new AzureLoadBalancerService(chart, 'lb', { selectorLabels: { app: 'web' }, ports, ...extra }),
  'AzureLoadBalancerService (scheme: INTERNET_FACING)': (chart, extra) => new AzureLoadBalancerService(chart, 'lb', {
    selectorLabels: { app: 'web' }, ports, scheme: LoadBalancerScheme.INTERNET_FACING, loadBalancerSourceRanges: sourceRanges, ...extra,
  }),
  'AzureInternalLoadBalancerService with a PrivateLinkService': (chart, extra) => {
    const ilb = new AzureInternalLoadBalancerService(chart, 'lb', { selectorLabels: { app: 'web' }, ports, ...extra });
    ilb.addPrivateLinkService({ name: 'pls' });
    return ilb;
  },
  'ApplicationGatewayIngress': (chart, extra) => agic(chart, {}, extra),
  'ApplicationGatewayIngress (scheme: INTERNET_FACING)': (chart, extra) => agic(chart, { scheme: LoadBalancerScheme.INTERNET_FACING }, extra),
};

function agic(chart: Chart, props: any, extra: any): ApplicationGatewayIngress {
  const backend = new AzureInternalLoadBalancerService(chart, 'svc', { metadata: { name: 'app' }, selectorLabels: { app: 'web' }, ports });
  return new ApplicationGatewayIngress(chart, 'lb', {
    rules: [{ host: 'shop.contoso.com', backend: ApplicationGatewayBackend.fromService(backend) }], healthProbe: { path: '/healthz' }, ...props, ...extra,
  });
}

/** The four ways of writing a user annotation, each naming itself in the conflict. */
const WAYS: Array<[string, (build: Build, chart: Chart, key: string, value: string) => void]> = [
  ['annotations', (build, chart, key, value) => build(chart, { annotations: { [key]: value } })],
  ['metadata.annotations', (build, chart, key, value) => build(chart, { metadata: { annotations: { [key]: value } } })],
  ['addAnnotation()', (build, chart, key, value) => build(chart, {}).addAnnotation(key, value)],
  ['metadata.addAnnotation()', (build, chart, key, value) => build(chart, {}).metadata.addAnnotation(key, value)],
];

/** [construct, key, a value that contradicts its choice, what the error tells to do instead] */
const CONTRADICTIONS: Array<[string, string, string, string]> = [
  ['AwsNlbService', `${AWS}scheme`, 'internet-facing', 'to get it, set the prop scheme: LoadBalancerScheme.INTERNET_FACING.'],
  ['AwsNlbService', `${AWS}internal`, 'false', 'to get it, set the prop scheme: LoadBalancerScheme.INTERNET_FACING.'],
  ['AwsNlbService', `${AWS}scheme`, 'Internet-Facing', 'the prop scheme makes this choice.'],
  ['AwsNlbService', `${AWS}nlb-target-type`, 'instance', 'to get it, set the prop targetType: NlbTargetType.INSTANCE.'],
  ['AwsNlbService (scheme: INTERNET_FACING)', `${AWS}scheme`, 'internal', 'to get it, set the prop scheme: LoadBalancerScheme.INTERNAL.'],
  ['AwsNlbService (scheme: INTERNET_FACING)', `${AWS}internal`, 'true', 'to get it, set the prop scheme: LoadBalancerScheme.INTERNAL.'],
  ['AwsNlbService (targetType: INSTANCE)', `${AWS}nlb-target-type`, 'ip', 'to get it, set the prop targetType: NlbTargetType.IP.'],
  ['AwsClassicLoadBalancerService', `${AWS}internal`, 'false', 'to get it, set the prop scheme: LoadBalancerScheme.INTERNET_FACING.'],
  ['AwsClassicLoadBalancerService', `${AWS}internal`, '', 'to get it, set the prop scheme: LoadBalancerScheme.INTERNET_FACING.'],
  ['AwsClassicLoadBalancerService', `${AWS}type`, 'nlb', 'for an NLB use AwsNlbService.'],
  ['AwsClassicLoadBalancerService', `${AWS}type`, 'external', 'for an NLB use AwsNlbService.'],
  ['AwsClassicLoadBalancerService (scheme: INTERNET_FACING)', `${AWS}internal`, 'true', 'to get it, set the prop scheme: LoadBalancerScheme.INTERNAL.'],
  ['AzureInternalLoadBalancerService', `${AZURE}load-balancer-internal`, 'false',
    'for an internet-facing load balancer use AzureLoadBalancerService with scheme: LoadBalancerScheme.INTERNET_FACING.'],
  ['AzureLoadBalancerService', `${AZURE}load-balancer-internal`, 'TRUE', 'to get it, set the prop scheme: LoadBalancerScheme.INTERNET_FACING.'],
  ['AzureLoadBalancerService (scheme: INTERNET_FACING)', `${AZURE}load-balancer-internal`, 'true', 'to get it, set the prop scheme: LoadBalancerScheme.INTERNAL.'],
  ['AzureInternalLoadBalancerService with a PrivateLinkService', `${AZURE}pls-create`, 'false', 'to have no Private Link Service, do not add one.'],
  ['ApplicationGatewayIngress', `${APPGW}use-private-ip`, 'false', 'to get it, set the prop scheme: LoadBalancerScheme.INTERNET_FACING.'],
  ['ApplicationGatewayIngress (scheme: INTERNET_FACING)', `${APPGW}use-private-ip`, 'true', 'to get it, set the prop scheme: LoadBalancerScheme.INTERNAL.'],
];

/** [construct, key, a value the controller reads as the construct's own choice] */
const AGREEMENTS: Array<[string, string, string]> = [
  ['AwsNlbService', `${AWS}internal`, 'true'],
  ['AwsNlbService', `${AWS}nlb-target-type`, 'ip'],
  ['AwsNlbService (scheme: INTERNET_FACING)', `${AWS}internal`, 'false'],
  ['AwsClassicLoadBalancerService', `${AWS}internal`, '0.0.0.0/0'],
  ['AzureInternalLoadBalancerService', `${AZURE}load-balancer-internal`, 'true'],
  ['AzureInternalLoadBalancerService with a PrivateLinkService', `${AZURE}pls-create`, 'true'],
  ['ApplicationGatewayIngress', `${APPGW}use-private-ip`, 'True'],
];

describe('a choice the construct writes holds against user annotations', () => {
  describe.each(CONTRADICTIONS)('%s, %s: %j', (construct, key, value, instead) => {
    test.each(WAYS)('written through %s fails synth naming the prop to set', (way, write) => {
      const chart = newChart();
      write(builders[construct], chart, key, value);
      const error = synthError(chart);
      expect(error).toContain(`annotation ${key} is set to ${JSON.stringify(value)} by ${way}`);
      expect(error).toContain(`Remove the annotation from ${way}; ${instead}`);
    });
  });

  test.each(AGREEMENTS)('%s, %s: %j agrees with the choice and stays as written', (construct, key, value) => {
    const chart = newChart();
    builders[construct](chart, { annotations: { [key]: value } });
    const objects = synth(chart).filter((o) => o.metadata?.annotations?.[key] !== undefined && o.metadata.name !== 'app');
    expect(objects.map((o) => o.metadata.annotations[key])).toEqual([value]);
  });

  test('a user value that agrees with a default is kept, and the default written beside it under its own key', () => {
    const chart = newChart();
    builders.AwsNlbService(chart, { annotations: { [`${AWS}internal`]: 'true' } });
    const [svc] = synth(chart);
    expect(svc.metadata.annotations[`${AWS}internal`]).toBe('true');
    expect(svc.metadata.annotations[`${AWS}scheme`]).toBe('internal');
  });
});
