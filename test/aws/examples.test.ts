import { Testing } from 'cdk8s';
import { build as elbAccessLogs } from '../../examples/aws/elb-access-logs';
import { build as elbOptions } from '../../examples/aws/elb-options';
import { build as elbTlsMixedPorts } from '../../examples/aws/elb-tls-mixed-ports';
import { build as ingressNginx } from '../../examples/aws/ingress-nginx-internal-tls';
import { build as internalElb } from '../../examples/aws/internal-elb';
import { build as nlbInCluster } from '../../examples/aws/nlb-in-cluster';
import { build as nlbSubnets } from '../../examples/aws/nlb-subnets';
import { build as nlbTcpService } from '../../examples/aws/nlb-tcp-service';
import { ClusterProfile, Rules } from '../../src';
import { synth } from '../helpers';

const P = 'service.beta.kubernetes.io/aws-load-balancer-';
const CERT = 'arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789';

/** The LoadBalancer Service of one example app, synthesized and schema-checked. */
function exampleService(build: (app: any) => void): any {
  const app = Testing.app();
  build(app);
  const objects = app.charts.flatMap((chart) => synth(chart).map((object) => ({ object, profile: ClusterProfile.of(chart) })));
  const services = objects.filter(({ object: o }) => o.kind === 'Service' && o.spec.type === 'LoadBalancer');
  expect(services).toHaveLength(1);
  // Every example is clean for the cluster its chart declares: no error and no warning, acknowledged or not.
  expect(Rules.check(services[0].object, { profile: services[0].profile })).toEqual([]);
  return services[0].object;
}

describe('AWS examples: the exact annotations of each scenario', () => {
  test('internal classic ELB', () => {
    const svc = exampleService(internalElb);
    expect(svc.metadata.annotations).toEqual({ [`${P}internal`]: 'true' });
    expect(svc.spec.loadBalancerClass).toBeUndefined();
  });

  test('classic ELB terminating TLS on 443 with 80 plain', () => {
    const svc = exampleService(elbTlsMixedPorts);
    expect(svc.metadata.annotations).toEqual({
      [`${P}internal`]: 'true',
      [`${P}ssl-cert`]: CERT,
      [`${P}ssl-ports`]: 'https',
      [`${P}backend-protocol`]: 'http',
      [`${P}ssl-negotiation-policy`]: 'ELBSecurityPolicy-TLS-1-2-2017-01',
    });
    expect(svc.spec.ports.map((p: any) => [p.name, p.port, p.targetPort])).toEqual([['http', 80, 'http'], ['https', 443, 'http']]);
  });

  test('classic ELB access logs', () => {
    expect(exampleService(elbAccessLogs).metadata.annotations).toEqual({
      [`${P}internal`]: 'true',
      [`${P}access-log-enabled`]: 'true',
      [`${P}access-log-s3-bucket-name`]: 'shop-elb-logs',
      [`${P}access-log-s3-bucket-prefix`]: 'prod/web',
      [`${P}access-log-emit-interval`]: '5',
    });
  });

  test('classic ELB draining and the other options', () => {
    expect(exampleService(elbOptions).metadata.annotations).toEqual({
      [`${P}internal`]: 'true',
      [`${P}subnets`]: 'subnet-0a1b2c3d4e5f60718,subnet-0f1e2d3c4b5a69788',
      [`${P}connection-draining-enabled`]: 'true',
      [`${P}connection-draining-timeout`]: '60',
      [`${P}connection-idle-timeout`]: '300',
      [`${P}cross-zone-load-balancing-enabled`]: 'true',
      [`${P}additional-resource-tags`]: 'team=shop,env=prod',
      [`${P}healthcheck-healthy-threshold`]: '2',
      [`${P}healthcheck-unhealthy-threshold`]: '3',
      [`${P}healthcheck-interval`]: '10',
      [`${P}healthcheck-timeout`]: '5',
      [`${P}extra-security-groups`]: 'sg-0123456789abcdef0',
      [`${P}proxy-protocol`]: '*',
    });
  });

  test('internal NLB on chosen subnets with fixed private addresses', () => {
    const svc = exampleService(nlbSubnets);
    expect(svc.spec.loadBalancerClass).toBe('service.k8s.aws/nlb');
    expect(svc.metadata.annotations).toEqual({
      [`${P}scheme`]: 'internal',
      [`${P}nlb-target-type`]: 'ip',
      [`${P}subnets`]: 'subnet-0a1b2c3d4e5f60718,subnet-0f1e2d3c4b5a69788',
      [`${P}private-ipv4-addresses`]: '10.10.1.20,10.10.2.20',
      [`${P}name`]: 'shop-api-internal',
    });
  });

  test('internal NLB called from inside the cluster: no client IP preservation, PROXY protocol v2', () => {
    expect(exampleService(nlbInCluster).metadata.annotations).toEqual({
      [`${P}scheme`]: 'internal',
      [`${P}nlb-target-type`]: 'instance',
      [`${P}target-group-attributes`]: 'preserve_client_ip.enabled=false,proxy_protocol_v2.enabled=true',
      [`${P}healthcheck-protocol`]: 'tcp',
      [`${P}healthcheck-interval`]: '10',
    });
  });

  test('TCP service on a non-HTTP port', () => {
    const svc = exampleService(nlbTcpService);
    expect(svc.spec.loadBalancerSourceRanges).toEqual(['10.10.0.0/16', '10.20.0.0/16']);
    expect(svc.metadata.annotations).toEqual({
      [`${P}scheme`]: 'internal',
      [`${P}nlb-target-type`]: 'ip',
      [`${P}target-group-attributes`]: 'deregistration_delay.timeout_seconds=30',
      [`${P}healthcheck-protocol`]: 'tcp',
      [`${P}healthcheck-port`]: 'traffic-port',
      [`${P}healthcheck-interval`]: '10',
      [`${P}healthcheck-healthy-threshold`]: '2',
      [`${P}healthcheck-unhealthy-threshold`]: '2',
      [`${P}additional-resource-tags`]: 'team=data',
    });
  });

  test('ingress-nginx behind an internal NLB terminating TLS (https→http)', () => {
    const svc = exampleService(ingressNginx);
    expect(svc.metadata.annotations).toEqual({
      [`${P}scheme`]: 'internal',
      [`${P}nlb-target-type`]: 'ip',
      [`${P}ssl-cert`]: CERT,
      [`${P}ssl-ports`]: 'https',
      [`${P}ssl-negotiation-policy`]: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
      [`${P}healthcheck-protocol`]: 'http',
      [`${P}healthcheck-port`]: '10254',
      [`${P}healthcheck-path`]: '/healthz',
      [`${P}healthcheck-interval`]: '10',
      [`${P}attributes`]: 'load_balancing.cross_zone.enabled=true',
    });
    expect(svc.spec.ports.map((p: any) => [p.name, p.port, p.targetPort])).toEqual([['http', 80, 'http'], ['https', 443, 'http']]);
  });
});
