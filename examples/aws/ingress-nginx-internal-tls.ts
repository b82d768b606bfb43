import { App, Chart, Duration } from 'cdk8s';
import { AwsHealthCheckProtocol, AwsNlbService, ExternalTrafficPolicy, HealthCheckPort, PortReference, TargetPort } from '../../src';

/**
 * The ingress-nginx controller Service behind an internal NLB that terminates TLS: the NLB's 443 listener holds the
 * ACM certificate and forwards plain HTTP to the controller's `http` port (https→http), 80 stays plain. The health
 * check asks the controller's /healthz on its metrics port.
 */
export function build(app: App): void {
  const chart = new Chart(app, 'aws-ingress-nginx-internal-tls', { namespace: 'ingress-nginx' });
  new AwsNlbService(chart, 'controller', {
    metadata: { name: 'ingress-nginx-controller', labels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' } },
    selectorLabels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' },
    ports: [
      { name: 'http', port: 80, targetPort: TargetPort.named('http'), appProtocol: 'http' },
      { name: 'https', port: 443, targetPort: TargetPort.named('http'), appProtocol: 'https' },
    ],
    externalTrafficPolicy: ExternalTrafficPolicy.LOCAL,
    tls: {
      certificateArns: ['arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789'],
      ports: [PortReference.named('https')],
      negotiationPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
    },
    healthCheck: { protocol: AwsHealthCheckProtocol.HTTP, port: HealthCheckPort.number(10254), path: '/healthz', interval: Duration.seconds(10) },
    crossZoneLoadBalancing: true,
  });
}
