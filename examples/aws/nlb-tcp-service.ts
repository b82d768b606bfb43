import { App, Chart, Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { AwsHealthCheckProtocol, AwsNlbService, HealthCheckPort, TargetPort } from '../../src';

/**
 * A TCP service on a non-HTTP port (PostgreSQL on 5432) behind an internal NLB: TCP health checks on the traffic
 * port, a short deregistration delay so that failovers drain quickly, and the client CIDRs of the VPC and a peer.
 */
export function build(app: App): void {
  const chart = new Chart(app, 'aws-nlb-tcp-service', { namespace: 'data' });
  const db = new kplus.StatefulSet(chart, 'postgres', {
    containers: [{ image: 'postgres:16', ports: [{ number: 5432, name: 'postgres' }], securityContext: { ensureNonRoot: false } }],
  });
  new AwsNlbService(chart, 'postgres-nlb', {
    metadata: { name: 'postgres' },
    selector: db,
    ports: [{ name: 'postgres', port: 5432, targetPort: TargetPort.named('postgres') }],
    loadBalancerSourceRanges: ['10.10.0.0/16', '10.20.0.0/16'],
    deregistrationDelay: Duration.seconds(30),
    healthCheck: {
      protocol: AwsHealthCheckProtocol.TCP,
      port: HealthCheckPort.trafficPort(),
      interval: Duration.seconds(10),
      healthyThreshold: 2,
      unhealthyThreshold: 2,
    },
    additionalResourceTags: { team: 'data' },
  });
}
