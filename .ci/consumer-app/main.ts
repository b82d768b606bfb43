// A minimal cdk8s app that consumes the packed cdk8s-cloud-lb tarball the way users do (one copy of cdk8s).
import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { LoadBalancerService, TargetPort } from 'cdk8s-cloud-lb';

const app = new App();
const chart = new Chart(app, 'consumer');
const web = new kplus.Deployment(chart, 'web', { containers: [{ image: 'nginx:1.27', portNumber: 8080 }] });
new LoadBalancerService(chart, 'web-lb', {
  metadata: { name: 'web' },
  selector: web,
  ports: [{ port: 80, targetPort: TargetPort.number(8080) }],
});
app.synth();
