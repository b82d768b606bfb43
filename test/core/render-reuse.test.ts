import { ApiObject, App, Chart, Duration, Testing } from 'cdk8s';
import {
  ApplicationGatewayBackend, ApplicationGatewayIngress, AwsClassicLoadBalancerService, AwsHealthCheckProtocol, AwsNlbService, AwsSubnets,
  AzureInternalLoadBalancerService, LoadBalancerService, PrivateLinkVisibility, TargetPort,
} from '../../src';
import { newChart } from '../helpers';

/**
 * The render made for validation is what gets serialized when nothing changed in between, for every judged construct:
 * a second render per object costs as much as a cdk8s-plus Service. Each construct must therefore render the same
 * typed annotations and spec twice in a row; these tests fail when one does not (e.g. a value computed anew each time).
 */

const port = { name: 'https', port: 443, targetPort: TargetPort.number(8443) };
const SUBSCRIPTION = '11111111-2222-3333-4444-555555555555';

/** Synthesizing another chart of the same app validates this one without serializing it. */
function validateOnly(chart: Chart): void {
  Testing.synth(new Chart(chart.node.scope as App, `other${chart.node.scope!.node.children.length}`));
}

const constructs: Array<[string, (chart: Chart) => ApiObject]> = [
  ['LoadBalancerService', (chart) => new LoadBalancerService(chart, 's', { selectorLabels: { app: 'web' }, ports: [port] }).apiObject],
  ['AwsNlbService', (chart) => new AwsNlbService(chart, 's', {
    selectorLabels: { app: 'web' },
    ports: [port],
    subnets: AwsSubnets.ids(['subnet-0a1b2c3d4e5f60718']),
    clientIpPreservation: false,
    healthCheck: { protocol: AwsHealthCheckProtocol.HTTP, path: '/healthz', interval: Duration.seconds(10) },
  }).apiObject],
  ['AwsClassicLoadBalancerService', (chart) => new AwsClassicLoadBalancerService(chart, 's', {
    selectorLabels: { app: 'web' },
    ports: [port],
    connectionDraining: Duration.seconds(30),
  }).apiObject],
  ['AzureInternalLoadBalancerService + PrivateLinkService', (chart) => {
    const ilb = new AzureInternalLoadBalancerService(chart, 's', {
      selectorLabels: { app: 'web' },
      ports: [port],
      subnet: 'apps',
      tcpIdleTimeout: Duration.minutes(10),
    });
    ilb.addPrivateLinkService({ name: 'pls', visibility: PrivateLinkVisibility.subscriptions([SUBSCRIPTION]) });
    return ilb.apiObject;
  }],
  ['ApplicationGatewayIngress', (chart) => new ApplicationGatewayIngress(chart, 'i', {
    defaultBackend: ApplicationGatewayBackend.fromServiceName('web', { port: 443 }),
  }).apiObject],
];

describe.each(constructs)('%s', (_name, make) => {
  beforeEach(() => { jest.spyOn(process.stderr, 'write').mockImplementation(() => true); });
  afterEach(() => jest.restoreAllMocks());

  test('without changes, the render of the validation is what gets serialized', () => {
    const chart = newChart();
    const apiObject = make(chart);
    validateOnly(chart);
    const render = jest.spyOn(ApiObject.prototype, 'toJson');
    const json = apiObject.toJson();
    expect(render).not.toHaveBeenCalled();
    render.mockRestore();
    expect(json).toEqual(apiObject.toJson()); // the same manifest as a fresh render
  });

  test('a user annotation added after the validation is serialized', () => {
    const chart = newChart();
    const apiObject = make(chart);
    validateOnly(chart);
    apiObject.metadata.addAnnotation('example.com/team', 'shop');
    expect(apiObject.toJson().metadata.annotations['example.com/team']).toBe('shop');
  });
});

test('a Private Link Service added after a validation is serialized', () => {
  jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const chart = newChart();
  const ilb = new AzureInternalLoadBalancerService(chart, 's', { selectorLabels: { app: 'web' }, ports: [port] });
  validateOnly(chart);
  ilb.addPrivateLinkService({ name: 'pls' });
  const annotations = ilb.apiObject.toJson().metadata.annotations;
  expect(annotations['service.beta.kubernetes.io/azure-pls-create']).toBe('true');
  expect(annotations['service.beta.kubernetes.io/azure-pls-name']).toBe('pls');
  jest.restoreAllMocks();
});
