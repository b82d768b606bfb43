import { App, Chart, Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { AwsHealthCheckProtocol, AwsNlbService, NlbTargetType, TargetPort } from '../../src';

/**
 * An internal NLB that pods of the same cluster also call. With instance targets AWS preserves the client IP by
 * default, and a connection that the NLB sends back to the caller's own node times out (hairpin, "martian packets"):
 * client IP preservation is turned off, and PROXY protocol v2 carries the client IP to a backend that reads it.
 * With ip targets (this library's default) the client IP is not preserved in the first place.
 */
export function build(app: App): void {
  const chart = new Chart(app, 'aws-nlb-in-cluster', { namespace: 'shop' });
  const api = new kplus.Deployment(chart, 'api', { containers: [{ image: 'ghcr.io/example/api:1.0', ports: [{ number: 8080, name: 'http' }] }] });
  new AwsNlbService(chart, 'api-nlb', {
    metadata: { name: 'api-internal' },
    selector: api,
    ports: [{ name: 'http', port: 80, targetPort: TargetPort.named('http') }],
    targetType: NlbTargetType.INSTANCE,
    clientIpPreservation: false,
    proxyProtocolV2: true,
    healthCheck: { protocol: AwsHealthCheckProtocol.TCP, interval: Duration.seconds(10) },
  });
}
