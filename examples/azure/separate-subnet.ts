import { App, Chart, Duration } from 'cdk8s';
import { AzureHealthProbeProtocol, AzureInternalLoadBalancerService, TargetPort } from '../../src';

/** AKS docs "Specify a different subnet": the frontend IP comes from another subnet of the cluster VNet, with an HTTP probe. */
export function build(app: App): void {
  const chart = new Chart(app, 'azure-separate-subnet', { namespace: 'shop' });
  new AzureInternalLoadBalancerService(chart, 'internal-app', {
    metadata: { name: 'internal-app' },
    selectorLabels: { app: 'internal-app' },
    ports: [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }],
    subnet: 'apps-subnet',
    healthProbe: { protocol: AzureHealthProbeProtocol.HTTP, path: '/healthz', interval: Duration.seconds(10), numberOfProbes: 3 },
    tcpIdleTimeout: Duration.minutes(30),
  });
}
