import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { AwsNlbService, AwsSubnets, TargetPort } from '../../src';

/**
 * An internal NLB (AWS Load Balancer Controller) on two chosen subnets, with a fixed private address in each, in
 * the same order as the subnets. The addresses are read only when the NLB is created.
 */
export function build(app: App): void {
  const chart = new Chart(app, 'aws-nlb-subnets', { namespace: 'shop' });
  const api = new kplus.Deployment(chart, 'api', { containers: [{ image: 'ghcr.io/example/api:1.0', ports: [{ number: 8443, name: 'https' }] }] });
  new AwsNlbService(chart, 'api-nlb', {
    metadata: { name: 'api' },
    selector: api,
    ports: [{ name: 'https', port: 443, targetPort: TargetPort.number(8443) }],
    subnets: AwsSubnets.ids(['subnet-0a1b2c3d4e5f60718', 'subnet-0f1e2d3c4b5a69788']),
    privateIpv4Addresses: ['10.10.1.20', '10.10.2.20'],
    loadBalancerName: 'shop-api-internal',
  });
}
