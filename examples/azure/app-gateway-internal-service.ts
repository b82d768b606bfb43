import { App, Chart, Duration } from 'cdk8s';
import { ApplicationGatewayBackend, ApplicationGatewayIngress, AzureInternalLoadBalancerService, TargetPort } from '../../src';

/** The seed scenario: Application Gateway (AGIC) on its private frontend, in front of an internal load balancer Service. */
export function build(app: App): void {
  const chart = new Chart(app, 'azure-app-gateway-internal-service', { namespace: 'shop' });
  const ilb = new AzureInternalLoadBalancerService(chart, 'internal-app', {
    metadata: { name: 'internal-app' },
    selectorLabels: { app: 'internal-app' },
    ports: [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }],
  });
  new ApplicationGatewayIngress(chart, 'internal-app-ingress', {
    metadata: { name: 'internal-app' },
    rules: [{ host: 'shop.contoso.com', path: '/', backend: ApplicationGatewayBackend.fromService(ilb) }],
    tls: [{ hosts: ['shop.contoso.com'], secretName: 'shop-tls' }],
    sslRedirect: true,
    requestTimeout: Duration.seconds(60),
    connectionDrainingTimeout: Duration.seconds(30),
    rulePriority: 100,
    healthProbe: { path: '/healthz', statusCodes: ['200-399'], interval: Duration.seconds(15), timeout: Duration.seconds(5), unhealthyThreshold: 3 },
  });
}
