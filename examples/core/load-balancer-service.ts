import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { ExternalTrafficPolicy, LoadBalancerService, TargetPort } from '../../src';

/** The cloud-neutral base construct: a LoadBalancer Service in front of a Deployment, with two named ports. */
export function build(app: App): void {
  const chart = new Chart(app, 'core-load-balancer-service', { namespace: 'shop' });
  const web = new kplus.Deployment(chart, 'web', {
    containers: [{ image: 'nginx:1.27', ports: [{ number: 8080, name: 'http' }, { number: 8443, name: 'https' }] }],
  });
  const service = new LoadBalancerService(chart, 'web-lb', {
    metadata: { name: 'web' },
    selector: web,
    ports: [{ name: 'http', port: 80, targetPort: TargetPort.named('http') }],
    externalTrafficPolicy: ExternalTrafficPolicy.LOCAL,
    loadBalancerSourceRanges: ['10.0.0.0/8'],
  });
  service.addPort({ name: 'https', port: 443, targetPort: TargetPort.named('https') });
}
