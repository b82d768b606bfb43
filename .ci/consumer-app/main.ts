// A minimal cdk8s app that consumes the packed cdk8s-cloud-lb tarball the way users do (one copy of cdk8s).
import { App, Chart, Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import {
  AwsHealthCheckProtocol, AwsNlbService, AwsSubnets, AzureInternalLoadBalancerService, LoadBalancerService, PrivateLinkVisibility, TargetPort,
} from 'cdk8s-cloud-lb';

const app = new App();
const chart = new Chart(app, 'consumer');
const web = new kplus.Deployment(chart, 'web', { containers: [{ image: 'nginx:1.27', portNumber: 8080 }] });
new LoadBalancerService(chart, 'web-lb', {
  metadata: { name: 'web' },
  selector: web,
  ports: [{ port: 80, targetPort: TargetPort.number(8080) }],
});
new AzureInternalLoadBalancerService(chart, 'internal-app', {
  metadata: { name: 'internal-app' },
  selector: web,
  ports: [{ port: 80, targetPort: TargetPort.number(8080) }],
  subnet: 'apps-subnet',
}).addPrivateLinkService({
  name: 'internal-app-pls',
  visibility: PrivateLinkVisibility.subscriptions(['11111111-2222-3333-4444-555555555555']),
});
new AwsNlbService(chart, 'api', {
  metadata: { name: 'api' },
  selector: web,
  ports: [{ port: 443, targetPort: TargetPort.number(8080) }],
  subnets: AwsSubnets.ids(['subnet-0a1b2c3d4e5f60718', 'subnet-0f1e2d3c4b5a69788']),
  clientIpPreservation: false,
  healthCheck: { protocol: AwsHealthCheckProtocol.HTTP, path: '/healthz', interval: Duration.seconds(10) },
});
// A Service not built with this library: the validation plugin (cdk8s.yaml) still judges it.
new kplus.Service(chart, 'plain', { type: kplus.ServiceType.LOAD_BALANCER, ports: [{ port: 8080 }], selector: web });
app.synth();
