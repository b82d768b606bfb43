import { App, Chart } from 'cdk8s';
import { AzureInternalLoadBalancerService, TargetPort } from '../../src';

/** AKS docs "Specify an IP address": a static private frontend IP, written as azure-load-balancer-ipv4 (not spec.loadBalancerIP). */
export function build(app: App): void {
  const chart = new Chart(app, 'azure-static-ip', { namespace: 'shop' });
  new AzureInternalLoadBalancerService(chart, 'internal-app', {
    metadata: { name: 'internal-app' },
    selectorLabels: { app: 'internal-app' },
    ports: [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }],
    ipv4Address: '10.224.0.25',
  });
}
