import { Duration } from 'cdk8s';
import {
  AwsClassicLoadBalancerService, AwsNlbService, AzureInternalLoadBalancerService, AzureLoadBalancerService, LoadBalancerScheme, NlbTargetType,
  Rules, TargetPort,
} from '../../src';
import { newChart, synthError } from '../helpers';

/**
 * A finding speaks its reader's words: at synth the prop that wrote the annotation and a fix in props and their
 * types; on YAML the annotation keys and values only.
 */

const ports = [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }];

function fixes(manifest: unknown, ruleId: string, constructPath?: string): string[] {
  return Rules.check(manifest, { constructPath }).filter((f) => f.ruleId === ruleId).map((f) => f.fix);
}

test('a construct user is told the prop and a value of its type; the same manifest linted as YAML names the annotation', () => {
  const chart = newChart();
  const elb = new AwsClassicLoadBalancerService(chart, 'legacy', {
    selectorLabels: { app: 'web' }, ports, accessLogs: { bucketName: 'logs', emitInterval: Duration.minutes(15) },
  });
  expect(synthError(chart)).toContain('AWS-ELB-006 (error) accessLogs.emitInterval (metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-access-log-emit-interval]): '
    + '"15" is not 5 or 60');
  expect(synthError(chart)).toContain('Fix: Use accessLogs.emitInterval: Duration.minutes(5) or Duration.minutes(60).');
  const manifest = elb.apiObject.toJson();
  expect(fixes(manifest, 'AWS-ELB-006')).toEqual(['Use "5" or "60".']);
});

test('a pitfall on YAML names the target-group attribute, at synth the prop', () => {
  const chart = newChart();
  const nlb = new AwsNlbService(chart, 'api', { selectorLabels: { app: 'web' }, ports, targetType: NlbTargetType.INSTANCE });
  const manifest = nlb.apiObject.toJson();
  const [yaml] = fixes(manifest, 'AWS-NLB-020');
  expect(yaml).toContain('preserve_client_ip.enabled=false to aws-load-balancer-target-group-attributes');
  expect(yaml).not.toContain('clientIpPreservation');
  expect(fixes(manifest, 'AWS-NLB-020', 'test/api')).toEqual([
    'Set clientIpPreservation: false, and proxyProtocolV2: true if the backend needs the client IP; acknowledge if only clients outside the cluster use it.',
  ]);
});

test('a per-port probe setting is named by its portSettings entry, not by the port_{port}_* key', () => {
  const chart = newChart();
  new AzureInternalLoadBalancerService(chart, 'ilb', { selectorLabels: { app: 'web' }, ports, portSettings: [{ port: 80, interval: Duration.seconds(2) }] });
  expect(synthError(chart)).toMatch(/\) portSettings\[0\]\.interval \(metadata\.annotations\[service\.beta\.kubernetes\.io\/port_80_health-probe_interval\]\): "2"/);
});

test('a Private Link Service on a public load balancer is fixed with props: the internal construct, or floatingIp: false', () => {
  const chart = newChart();
  new AzureLoadBalancerService(chart, 'lb', {
    selectorLabels: { app: 'web' }, ports, scheme: LoadBalancerScheme.INTERNET_FACING, loadBalancerSourceRanges: ['203.0.113.0/24'],
  }).addPrivateLinkService({ name: 'pls' });
  const error = synthError(chart);
  expect(error).toContain('AZ-PLS-002 (error) addPrivateLinkService() (metadata.annotations[service.beta.kubernetes.io/azure-pls-create])');
  expect(error).toContain('Fix: Use AzureInternalLoadBalancerService (or scheme: LoadBalancerScheme.INTERNAL), or floatingIp: false on the public load balancer.');
});
