import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { AzureInternalLoadBalancerService, TargetPort } from '../../src';

/** AKS docs "Create an internal load balancer": the default internal LB, a private IP from the cluster subnet. */
export function build(app: App): void {
  const chart = new Chart(app, 'azure-internal-load-balancer', { namespace: 'shop' });
  const app1 = new kplus.Deployment(chart, 'internal-app', {
    containers: [{ image: 'mcr.microsoft.com/azuredocs/aks-helloworld:v1', ports: [{ number: 80, name: 'http' }], securityContext: { ensureNonRoot: false } }],
  });
  new AzureInternalLoadBalancerService(chart, 'internal-app-lb', {
    metadata: { name: 'internal-app' },
    selector: app1,
    ports: [{ name: 'http', port: 80, targetPort: TargetPort.named('http') }],
  });
}
