import { Chart, Duration, IResolver, ResolutionContext, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Protocol } from 'cdk8s-plus-28';
import {
  AlpnPolicy, AwsHealthCheckProtocol, AwsNlbService, AwsSubnets, DnsClientRoutingPolicy, HealthCheckPort, LoadBalancerScheme,
  NlbBackendProtocol, NlbControllerSelection, NlbIpAddressType, NlbTargetType, TargetPort, PortReference,
} from '../../src';
import { newChart, synthError, synthService } from '../helpers';

const P = 'service.beta.kubernetes.io/aws-load-balancer-';
const CERT = 'arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789';

function nlb(props: any = {}) {
  const chart = newChart();
  const service = new AwsNlbService(chart, 'api', { metadata: { name: 'api' }, selectorLabels: { app: 'api' }, ports: [{ port: 443, targetPort: TargetPort.number(8443) }], ...props });
  return { chart, service };
}

describe('AwsNlbService', () => {
  test('defaults: the LBC class, internal, ip targets, nothing else', () => {
    const svc = synthService(nlb().chart);
    expect(svc.spec.loadBalancerClass).toBe('service.k8s.aws/nlb');
    expect(svc.spec.type).toBe('LoadBalancer');
    expect(svc.metadata.annotations).toEqual({ [`${P}scheme`]: 'internal', [`${P}nlb-target-type`]: 'ip' });
  });

  test('the architecture example gives exactly the annotations one would write by hand', () => {
    const chart = newChart();
    const web = new kplus.Deployment(chart, 'web', { containers: [{ image: 'nginx', portNumber: 8443 }] });
    new AwsNlbService(chart, 'api', {
      selector: web,
      ports: [{ port: 443, targetPort: TargetPort.number(8443) }],
      scheme: LoadBalancerScheme.INTERNAL,
      targetType: NlbTargetType.IP,
      subnets: AwsSubnets.ids(['subnet-0abc1234', 'subnet-0def5678']),
      clientIpPreservation: false,
      healthCheck: { protocol: AwsHealthCheckProtocol.HTTP, path: '/healthz', interval: Duration.seconds(10) },
    });
    expect(synthService(chart).metadata.annotations).toEqual({
      [`${P}healthcheck-interval`]: '10',
      [`${P}healthcheck-path`]: '/healthz',
      [`${P}healthcheck-protocol`]: 'http',
      [`${P}nlb-target-type`]: 'ip',
      [`${P}scheme`]: 'internal',
      [`${P}subnets`]: 'subnet-0abc1234,subnet-0def5678',
      [`${P}target-group-attributes`]: 'preserve_client_ip.enabled=false',
    });
  });

  test('every prop becomes its annotation', () => {
    const { chart } = nlb({
      scheme: LoadBalancerScheme.INTERNET_FACING,
      loadBalancerSourceRanges: ['203.0.113.0/24'],
      targetType: NlbTargetType.INSTANCE,
      subnets: AwsSubnets.names(['public-a', 'public-b']),
      ipAddressType: NlbIpAddressType.IPV4,
      eipAllocations: ['eipalloc-01234567', 'eipalloc-89abcdef'],
      loadBalancerName: 'api-public',
      manageBackendSecurityGroupRules: true,
      clientIpPreservation: false,
      proxyProtocolV2: true,
      deregistrationDelay: Duration.seconds(30),
      connectionTermination: true,
      stickiness: true,
      targetGroupAttributes: { 'target_health_state.unhealthy.connection_termination.enabled': 'false' },
      healthCheck: {
        protocol: AwsHealthCheckProtocol.HTTPS,
        port: HealthCheckPort.number(8443),
        path: '/ready',
        interval: Duration.seconds(15),
        timeout: Duration.seconds(5),
        healthyThreshold: 2,
        unhealthyThreshold: 3,
        successCodes: '200-299',
      },
      tls: { certificateArns: [CERT], ports: [PortReference.number(443)], negotiationPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', alpnPolicy: AlpnPolicy.HTTP2_PREFERRED, backendProtocol: NlbBackendProtocol.SSL },
      accessLogs: { bucketName: 'my-logs', prefix: 'nlb/api' },
      crossZoneLoadBalancing: true,
      deletionProtection: true,
      dnsClientRoutingPolicy: DnsClientRoutingPolicy.PARTIAL_AVAILABILITY_ZONE_AFFINITY,
      additionalResourceTags: { team: 'api', env: 'prod' },
      targetNodeLabels: { pool: 'edge' },
    });
    expect(synthService(chart).metadata.annotations).toEqual({
      [`${P}scheme`]: 'internet-facing',
      [`${P}nlb-target-type`]: 'instance',
      [`${P}subnets`]: 'public-a,public-b',
      [`${P}ip-address-type`]: 'ipv4',
      [`${P}eip-allocations`]: 'eipalloc-01234567,eipalloc-89abcdef',
      [`${P}name`]: 'api-public',
      [`${P}manage-backend-security-group-rules`]: 'true',
      [`${P}target-group-attributes`]: 'preserve_client_ip.enabled=false,proxy_protocol_v2.enabled=true,deregistration_delay.timeout_seconds=30,'
        + 'deregistration_delay.connection_termination.enabled=true,stickiness.enabled=true,stickiness.type=source_ip,'
        + 'target_health_state.unhealthy.connection_termination.enabled=false',
      [`${P}attributes`]: 'access_logs.s3.enabled=true,access_logs.s3.bucket=my-logs,access_logs.s3.prefix=nlb/api,'
        + 'load_balancing.cross_zone.enabled=true,deletion_protection.enabled=true,dns_record.client_routing_policy=partial_availability_zone_affinity',
      [`${P}healthcheck-protocol`]: 'https',
      [`${P}healthcheck-port`]: '8443',
      [`${P}healthcheck-path`]: '/ready',
      [`${P}healthcheck-interval`]: '15',
      [`${P}healthcheck-timeout`]: '5',
      [`${P}healthcheck-healthy-threshold`]: '2',
      [`${P}healthcheck-unhealthy-threshold`]: '3',
      [`${P}healthcheck-success-codes`]: '200-299',
      [`${P}ssl-cert`]: CERT,
      [`${P}ssl-ports`]: '443',
      [`${P}ssl-negotiation-policy`]: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
      [`${P}alpn-policy`]: 'HTTP2Preferred',
      [`${P}backend-protocol`]: 'ssl',
      [`${P}additional-resource-tags`]: 'team=api,env=prod',
      [`${P}target-node-labels`]: 'pool=edge',
    });
  });

  test('internal addresses and own security groups', () => {
    const { chart } = nlb({
      subnets: AwsSubnets.ids(['subnet-01234567', 'subnet-89abcdef']),
      privateIpv4Addresses: ['10.0.1.10', '10.0.2.10'],
      securityGroups: ['sg-01234567'],
      manageBackendSecurityGroupRules: true,
    });
    const a = synthService(chart).metadata.annotations;
    expect(a[`${P}private-ipv4-addresses`]).toBe('10.0.1.10,10.0.2.10');
    expect(a[`${P}security-groups`]).toBe('sg-01234567');
  });

  test('selection by the type annotation writes external and the target type, and no class', () => {
    const svc = synthService(nlb({ controllerSelection: NlbControllerSelection.TYPE_ANNOTATION }).chart);
    expect(svc.spec.loadBalancerClass).toBeUndefined();
    expect(svc.metadata.annotations).toEqual({ [`${P}type`]: 'external', [`${P}nlb-target-type`]: 'ip', [`${P}scheme`]: 'internal' });
  });

  test('scheme: the prop, else internal; a user annotation never decides it', () => {
    expect(nlb().service.scheme).toBe(LoadBalancerScheme.INTERNAL);
    expect(nlb({ scheme: LoadBalancerScheme.INTERNET_FACING }).service.scheme).toBe(LoadBalancerScheme.INTERNET_FACING);
    expect(nlb({ scheme: LoadBalancerScheme.INTERNAL }).service.scheme).toBe(LoadBalancerScheme.INTERNAL);
    const byHand = nlb({ annotations: { [`${P}scheme`]: 'internet-facing' } });
    expect(byHand.service.scheme).toBe(LoadBalancerScheme.INTERNAL);
    expect(synthError(byHand.chart)).toContain('set the prop scheme: LoadBalancerScheme.INTERNET_FACING');
  });

  test('user annotations that agree with a default stay as written, beside the default', () => {
    const svc = synthService(nlb({ annotations: { [`${P}internal`]: 'true', [`${P}nlb-target-type`]: 'ip' } }).chart);
    expect(svc.metadata.annotations[`${P}scheme`]).toBe('internal');
    expect(svc.metadata.annotations[`${P}internal`]).toBe('true');
    expect(svc.metadata.annotations[`${P}nlb-target-type`]).toBe('ip');
  });

  test('a typed prop and a user annotation with different values fail synth naming both', () => {
    const { chart } = nlb({ scheme: LoadBalancerScheme.INTERNAL, annotations: { [`${P}scheme`]: 'internet-facing' } });
    expect(synthError(chart)).toContain(`annotation ${P}scheme is set to "internet-facing" by annotations, which asks for scheme: `
      + 'LoadBalancerScheme.INTERNET_FACING, while scheme is LoadBalancerScheme.INTERNAL. Remove the annotation from annotations; '
      + 'to get it, set the prop scheme: LoadBalancerScheme.INTERNET_FACING.');
  });

  test('a user annotation for a key no prop writes stays verbatim', () => {
    const svc = synthService(nlb({ annotations: { [`${P}listener-attributes.TCP-443`]: 'tcp.idle_timeout.seconds=600' } }).chart);
    expect(svc.metadata.annotations[`${P}listener-attributes.TCP-443`]).toBe('tcp.idle_timeout.seconds=600');
  });

  test('targetGroupAttributes that contradict a typed prop throw, naming both', () => {
    expect(() => nlb({ clientIpPreservation: false, targetGroupAttributes: { 'preserve_client_ip.enabled': 'true' } }))
      .toThrow(/preserve_client_ip.enabled is set to "true" there and to "false" by the typed prop clientIpPreservation/);
    expect(() => nlb({ deletionProtection: true, loadBalancerAttributes: { 'deletion_protection.enabled': 'false' } })).toThrow(/deletionProtection/);
  });

  test('AwsSubnets.of() takes ids and Name tags mixed, in order, as the controller classifies them', () => {
    const svc = synthService(nlb({ subnets: AwsSubnets.of(['subnet-0a1b2c3d4e5f60718', ' mySubnet ']) }).chart);
    expect(svc.metadata.annotations[`${P}subnets`]).toBe('subnet-0a1b2c3d4e5f60718,mySubnet');
    expect(() => AwsSubnets.of([])).toThrow(/AwsSubnets.of\(\): give at least one entry/);
    expect(() => AwsSubnets.of(['subnet-0a1b2c3d4e5f60718,mySubnet'])).toThrow(/contains ","/);
    expect(() => AwsSubnets.ids(['subnet-0a1b2c3d4e5f60718', 'mySubnet'])).toThrow(/AwsSubnets.of\(\)/);
  });

  test('malformed props throw with the prop name', () => {
    expect(() => nlb({ deregistrationDelay: Duration.millis(1500) })).toThrow(/deregistrationDelay must be a whole number of seconds/);
    expect(() => nlb({ eipAllocations: [] })).toThrow(/eipAllocations: give at least one entry/);
    expect(() => nlb({ securityGroups: ['sg-1,sg-2'] })).toThrow(/contains the list separator ","/);
    // A JavaScript caller passing a port name where a PortReference belongs is told the type to use.
    expect(() => nlb({ tls: { certificateArns: [CERT], ports: ['https'] } }))
      .toThrow('tls.ports[0] must be a PortReference, got "https". Use PortReference.named(\'https\') or PortReference.number(443).');
    expect(() => nlb({ additionalResourceTags: { 'a=b': 'c' } })).toThrow(/additionalResourceTags: the key "a=b"/);
    expect(() => nlb({ tls: { certificateArns: [] } })).toThrow(/tls.certificateArns/);
    expect(() => AwsSubnets.ids(['private-a'])).toThrow(/AwsSubnets.names/);
    expect(() => AwsSubnets.names(['subnet-01234567'])).toThrow(/AwsSubnets.ids/);
    expect(() => AwsSubnets.ids([])).toThrow(/at least one/);
  });

  test('the rules judge the synthesized Service: EIPs on an internal NLB fail synth', () => {
    const { chart } = nlb({ subnets: AwsSubnets.ids(['subnet-01234567']), eipAllocations: ['eipalloc-01234567'] });
    expect(synthError(chart)).toContain('AWS-NLB-004');
  });

  test('more EIPs than subnets fail synth', () => {
    const { chart } = nlb({ scheme: LoadBalancerScheme.INTERNET_FACING, loadBalancerSourceRanges: ['0.0.0.0/0'], subnets: AwsSubnets.ids(['subnet-01234567']), eipAllocations: ['eipalloc-01234567', 'eipalloc-89abcdef'] });
    expect(synthError(chart)).toContain('AWS-NLB-005');
  });

  test('an internal NLB with instance targets warns about hairpin, and acknowledging it writes the reason', () => {
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const { chart, service } = nlb({ targetType: NlbTargetType.INSTANCE });
      synthService(chart);
      expect(write.mock.calls.map((c) => String(c[0])).join('')).toContain('AWS-NLB-020');
      write.mockClear();
      service.acknowledge('AWS-NLB-020', 'only called from outside the cluster');
      const svc = synthService(chart);
      expect(svc.metadata.annotations['acknowledge.cdk8s-cloud-lb.io/AWS-NLB-020']).toBe('only called from outside the cluster');
      expect(write.mock.calls.map((c) => String(c[0])).join('')).not.toContain('AWS-NLB-020');
    } finally {
      write.mockRestore();
    }
  });

  test('health-check success codes outside 200–599 warn (AWS-NLB-015) instead of failing synth; malformed ones fail (AWS-NLB-008)', () => {
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const { chart } = nlb({ healthCheck: { protocol: AwsHealthCheckProtocol.HTTP, successCodes: '100-399' } });
      expect(synthService(chart).metadata.annotations[`${P}healthcheck-success-codes`]).toBe('100-399');
      expect(write.mock.calls.map((c) => String(c[0])).join('')).toContain('AWS-NLB-015');
    } finally {
      write.mockRestore();
    }
    expect(synthError(nlb({ healthCheck: { protocol: AwsHealthCheckProtocol.HTTP, successCodes: '200, 204' } }).chart)).toContain('AWS-NLB-008');
  });

  test('the default construct is clean: no finding at all', () => {
    expect(nlb().service.lint()).toEqual([]);
  });

  test('a user annotation added after a validation is serialized beside the default it contradicts, and the next validation fails', () => {
    const { chart, service } = nlb();
    // Synthesizing another chart of the app validates this one without serializing it.
    Testing.synth(new Chart(chart.node.scope!, 'other'));
    service.metadata.addAnnotation(`${P}internal`, 'false');
    const annotations = service.apiObject.toJson().metadata.annotations;
    expect(annotations[`${P}internal`]).toBe('false');
    expect(annotations[`${P}scheme`]).toBe('internal');
    expect(synthError(chart)).toContain(`annotation ${P}internal is set to "false" by metadata.addAnnotation()`);
  });

  test('UDP with client IP preservation off fails synth (AWS refuses it)', () => {
    const { chart } = nlb({ ports: [{ port: 53, protocol: Protocol.UDP }], clientIpPreservation: false });
    expect(synthError(chart)).toContain('AWS-NLB-010');
  });
});

describe('AwsNlbService in an app with the AWS CDK resolver', () => {
  /**
   * What @cdk8s/awscdk-resolver does, without a deployed stack: it replaces a value that holds a token by the value of
   * the stack output whose value is exactly that string (so several subnets need one output for the joined list).
   */
  const outputs: { [value: string]: string } = {
    '${Token[TOKEN.101]}': 'subnet-0a1b2c3d4e5f60718',
    '${Token[TOKEN.101]},${Token[TOKEN.103]}': 'subnet-0a1b2c3d4e5f60718,subnet-0f1e2d3c',
    '${Token[TOKEN.102]}': 'subnet-XYZ',
  };
  const cdkResolver: IResolver = {
    resolve(context: ResolutionContext): void {
      if (typeof context.value !== 'string' || !context.value.includes('${Token[')) return;
      if (!(context.value in outputs)) throw new Error(`Unable to find output defined for ${context.value}`);
      context.replaceValue(outputs[context.value]);
    },
  };

  function withTokens(subnetIds: string[]): Chart {
    const chart = new Chart(Testing.app({ resolvers: [cdkResolver] }), 'test');
    new AwsNlbService(chart, 'api', { selectorLabels: { app: 'api' }, ports: [{ port: 443 }], subnets: AwsSubnets.ids(subnetIds) });
    return chart;
  }

  test('a subnet id that is a CDK token is accepted, written resolved, and judged resolved', () => {
    expect(synthService(withTokens(['${Token[TOKEN.101]}'])).metadata.annotations[`${P}subnets`]).toBe('subnet-0a1b2c3d4e5f60718');
    expect(synthService(withTokens(['${Token[TOKEN.101]}', '${Token[TOKEN.103]}'])).metadata.annotations[`${P}subnets`])
      .toBe('subnet-0a1b2c3d4e5f60718,subnet-0f1e2d3c');
    // A value the resolver cannot resolve fails synth with the resolver's own message.
    expect(synthError(withTokens(['${Token[TOKEN.101]}', 'subnet-0f1e2d3c']))).toContain('Unable to find output defined for');
    // A token that resolves to an invalid subnet id is caught by the rule, on the resolved value.
    expect(synthError(withTokens(['${Token[TOKEN.102]}']))).toMatch(/AWS-LB-013 \(error\).*"subnet-XYZ"/);
  });

  test('without a resolver, the unresolved token fails synth (CDK8S-001) instead of reaching the manifest', () => {
    const chart = newChart();
    new AwsNlbService(chart, 'api', { selectorLabels: { app: 'api' }, ports: [{ port: 443 }], subnets: AwsSubnets.ids(['${Token[TOKEN.101]}']) });
    expect(synthError(chart)).toContain(`CDK8S-001 (error) subnets (metadata.annotations[${P}subnets]): "\${Token[TOKEN.101]}" holds an unresolved AWS CDK token`);
  });
});
