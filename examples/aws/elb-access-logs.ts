import { App, Chart, Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { AwsClassicLoadBalancerService, ClusterProfile, TargetPort } from '../../src';

/** A classic ELB that writes access logs to S3 every 5 minutes (the bucket policy must let ELB write). */
export function build(app: App): void {
  const chart = new Chart(app, 'aws-elb-access-logs', { namespace: 'shop' });
  // A classic ELB is the in-tree provider's: on EKS without the AWS Load Balancer Controller (whose webhook would make it
  // an NLB of that controller, AWS-LB-017), declared once for the chart.
  ClusterProfile.eks({ kubernetesVersion: '1.30' }).applyTo(chart);
  const web = new kplus.Deployment(chart, 'web', { containers: [{ image: 'nginx:1.27', ports: [{ number: 8080, name: 'http' }] }] });
  new AwsClassicLoadBalancerService(chart, 'web-elb', {
    metadata: { name: 'web-logged' },
    selector: web,
    ports: [{ name: 'http', port: 80, targetPort: TargetPort.named('http') }],
    accessLogs: { bucketName: 'shop-elb-logs', prefix: 'prod/web', emitInterval: Duration.minutes(5) },
  });
}
