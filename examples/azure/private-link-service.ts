import { App, Chart } from 'cdk8s';
import { AzureInternalLoadBalancerService, PrivateLinkVisibility, TargetPort } from '../../src';

const CONSUMER_SUBSCRIPTION = '11111111-2222-3333-4444-555555555555';

/** AKS docs "Connect Azure Private Link Service to an internal load balancer", with the full azure-pls-* annotation set. */
export function build(app: App): void {
  const chart = new Chart(app, 'azure-private-link-service', { namespace: 'shop' });
  const ilb = new AzureInternalLoadBalancerService(chart, 'internal-app', {
    metadata: { name: 'internal-app' },
    selectorLabels: { app: 'internal-app' },
    ports: [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }],
    subnet: 'apps-subnet',
  });
  ilb.addPrivateLinkService({
    name: 'internal-app-pls',
    resourceGroup: 'rg-private-link',
    subnet: 'pls-subnet',
    ipAddressCount: 2,
    staticIpAddresses: ['10.240.1.10', '10.240.1.11'],
    fqdns: ['internal-app.contoso.com'],
    proxyProtocol: false,
    visibility: PrivateLinkVisibility.subscriptions([CONSUMER_SUBSCRIPTION]),
    autoApprovalSubscriptions: [CONSUMER_SUBSCRIPTION],
  });
}
