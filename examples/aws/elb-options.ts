import { App, Chart, Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { AwsClassicLoadBalancerService, AwsSubnets, ClusterProfile, TargetPort } from '../../src';

/**
 * The other classic ELB options: connection draining, idle timeout, cross-zone load balancing, tags, health-check
 * tuning, an extra security group, PROXY protocol, and the subnets.
 */
export function build(app: App): void {
  const chart = new Chart(app, 'aws-elb-options', { namespace: 'shop' });
  // A classic ELB is the in-tree provider's: on EKS without the AWS Load Balancer Controller (whose webhook would make it
  // an NLB of that controller, AWS-LB-017), declared once for the chart.
  ClusterProfile.eks({ kubernetesVersion: '1.30' }).applyTo(chart);
  const web = new kplus.Deployment(chart, 'web', { containers: [{ image: 'haproxy:3.0', ports: [{ number: 8080, name: 'http' }] }] });
  new AwsClassicLoadBalancerService(chart, 'web-elb', {
    metadata: { name: 'web-tuned' },
    selector: web,
    ports: [{ name: 'http', port: 80, targetPort: TargetPort.named('http') }],
    subnets: AwsSubnets.ids(['subnet-0a1b2c3d4e5f60718', 'subnet-0f1e2d3c4b5a69788']),
    connectionDraining: Duration.seconds(60),
    idleTimeout: Duration.minutes(5),
    crossZoneLoadBalancing: true,
    additionalResourceTags: { team: 'shop', env: 'prod' },
    healthCheck: { healthyThreshold: 2, unhealthyThreshold: 3, interval: Duration.seconds(10), timeout: Duration.seconds(5) },
    extraSecurityGroups: ['sg-0123456789abcdef0'],
    proxyProtocol: true,
  });
}
