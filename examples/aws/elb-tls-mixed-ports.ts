import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { AwsClassicLoadBalancerService, ClassicBackendProtocol, ClusterProfile, PortReference, TargetPort } from '../../src';

/**
 * A classic ELB that terminates TLS on 443 and keeps 80 plain: only the ports named in `tls.ports` get the
 * certificate; with backend protocol HTTP, 443 becomes an HTTPS listener and 80 an HTTP listener, both speaking HTTP
 * to the pods.
 */
export function build(app: App): void {
  const chart = new Chart(app, 'aws-elb-tls-mixed-ports', { namespace: 'shop' });
  // A classic ELB is the in-tree provider's: on EKS without the AWS Load Balancer Controller (whose webhook would make it
  // an NLB of that controller, AWS-LB-017), declared once for the chart.
  ClusterProfile.eks({ kubernetesVersion: '1.30' }).applyTo(chart);
  const web = new kplus.Deployment(chart, 'web', { containers: [{ image: 'nginx:1.27', ports: [{ number: 8080, name: 'http' }] }] });
  new AwsClassicLoadBalancerService(chart, 'web-elb', {
    metadata: { name: 'web-tls' },
    selector: web,
    ports: [
      { name: 'http', port: 80, targetPort: TargetPort.named('http') },
      { name: 'https', port: 443, targetPort: TargetPort.named('http') },
    ],
    tls: {
      certificateArn: 'arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789',
      ports: [PortReference.named('https')],
      backendProtocol: ClassicBackendProtocol.HTTP,
      negotiationPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01',
    },
  });
}
