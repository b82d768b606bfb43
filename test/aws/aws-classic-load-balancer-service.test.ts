import { Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import {
  AwsClassicLoadBalancerService, AwsSubnets, ClassicBackendProtocol, ClusterProfile, LoadBalancerScheme, PortReference, SessionAffinity,
  Severity, TargetPort,
} from '../../src';
import { newChart, synthError, synthService } from '../helpers';

const P = 'service.beta.kubernetes.io/aws-load-balancer-';
const CERT = 'arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789';

/** A classic ELB in a chart judged for EKS without the AWS Load Balancer Controller (`profile: null`: no profile). */
function elb(props: any = {}, profile: ClusterProfile | null = ClusterProfile.eks()) {
  const chart = newChart();
  if (profile !== null) profile.applyTo(chart);
  const service = new AwsClassicLoadBalancerService(chart, 'legacy', { metadata: { name: 'legacy' }, selectorLabels: { app: 'legacy' }, ports: [{ port: 443, targetPort: TargetPort.number(8080), name: 'https' }], ...props });
  return { chart, service };
}

describe('AwsClassicLoadBalancerService', () => {
  test('defaults: internal, no class, nothing else', () => {
    const svc = synthService(elb().chart);
    expect(svc.spec.loadBalancerClass).toBeUndefined();
    expect(svc.metadata.annotations).toEqual({ [`${P}internal`]: 'true' });
  });

  test('the architecture example gives exactly the annotations one would write by hand', () => {
    const chart = newChart();
    const web = new kplus.Deployment(chart, 'web', { containers: [{ image: 'nginx', portNumber: 8080 }] });
    new AwsClassicLoadBalancerService(chart, 'legacy', {
      selector: web,
      ports: [{ port: 443, targetPort: TargetPort.number(8080), name: 'https' }],
      tls: { certificateArn: CERT, ports: [PortReference.named('https')], backendProtocol: ClassicBackendProtocol.HTTP },
      accessLogs: { bucketName: 'my-logs', prefix: 'logs/prod', emitInterval: Duration.minutes(5) },
      connectionDraining: Duration.seconds(60),
    });
    expect(synthService(chart).metadata.annotations).toEqual({
      [`${P}access-log-emit-interval`]: '5',
      [`${P}access-log-enabled`]: 'true',
      [`${P}access-log-s3-bucket-name`]: 'my-logs',
      [`${P}access-log-s3-bucket-prefix`]: 'logs/prod',
      [`${P}backend-protocol`]: 'http',
      [`${P}connection-draining-enabled`]: 'true',
      [`${P}connection-draining-timeout`]: '60',
      [`${P}internal`]: 'true',
      [`${P}ssl-cert`]: CERT,
      [`${P}ssl-ports`]: 'https',
    });
  });

  test('every other prop becomes its annotation', () => {
    const { chart } = elb({
      scheme: LoadBalancerScheme.INTERNET_FACING,
      loadBalancerSourceRanges: ['203.0.113.0/24'],
      subnets: AwsSubnets.ids(['subnet-01234567', 'subnet-89abcdef']),
      tls: { certificateArn: CERT, negotiationPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' },
      idleTimeout: Duration.minutes(5),
      crossZoneLoadBalancing: true,
      additionalResourceTags: { team: 'web' },
      healthCheck: { healthyThreshold: 2, unhealthyThreshold: 4, interval: Duration.seconds(20), timeout: Duration.seconds(5) },
      securityGroups: ['sg-01234567'],
      extraSecurityGroups: ['sg-89abcdef'],
      proxyProtocol: true,
      targetNodeLabels: { pool: 'edge', spot: '' },
    });
    expect(synthService(chart).metadata.annotations).toEqual({
      [`${P}internal`]: 'false',
      [`${P}subnets`]: 'subnet-01234567,subnet-89abcdef',
      [`${P}ssl-cert`]: CERT,
      [`${P}ssl-negotiation-policy`]: 'ELBSecurityPolicy-TLS-1-2-2017-01',
      [`${P}connection-idle-timeout`]: '300',
      [`${P}cross-zone-load-balancing-enabled`]: 'true',
      [`${P}additional-resource-tags`]: 'team=web',
      [`${P}healthcheck-healthy-threshold`]: '2',
      [`${P}healthcheck-unhealthy-threshold`]: '4',
      [`${P}healthcheck-interval`]: '20',
      [`${P}healthcheck-timeout`]: '5',
      [`${P}security-groups`]: 'sg-01234567',
      [`${P}extra-security-groups`]: 'sg-89abcdef',
      [`${P}proxy-protocol`]: '*',
      [`${P}target-node-labels`]: 'pool=edge,spot=',
    });
  });

  test('access logs can be turned off explicitly', () => {
    const svc = synthService(elb({ accessLogs: { enabled: false } }).chart);
    expect(svc.metadata.annotations).toEqual({ [`${P}internal`]: 'true', [`${P}access-log-enabled`]: 'false' });
  });

  test('access logs turned off with a bucket, prefix or interval throw, naming what would be dropped', () => {
    expect(() => elb({ accessLogs: { bucketName: 'b', enabled: false } })).toThrow(
      'accessLogs: enabled is false, so bucketName would not reach the manifest. Remove it to turn access logs off (accessLogs: { enabled: false }), or remove enabled: false to turn access logs on.');
    expect(() => elb({ accessLogs: { enabled: false, prefix: 'p', emitInterval: Duration.minutes(5) } })).toThrow(
      /^accessLogs: enabled is false, so prefix, emitInterval would not reach the manifest\. Remove them /);
  });

  test('access logs that are on need a bucket', () => {
    expect(() => elb({ accessLogs: { prefix: 'p' } })).toThrow('accessLogs.bucketName: give the S3 bucket name.');
    expect(() => elb({ accessLogs: { enabled: true } })).toThrow('accessLogs.bucketName: give the S3 bucket name.');
  });

  test('scheme: the prop, else internal; a user annotation never decides it', () => {
    expect(elb().service.scheme).toBe(LoadBalancerScheme.INTERNAL);
    expect(elb({ scheme: LoadBalancerScheme.INTERNET_FACING }).service.scheme).toBe(LoadBalancerScheme.INTERNET_FACING);
    expect(elb({ scheme: LoadBalancerScheme.INTERNAL }).service.scheme).toBe(LoadBalancerScheme.INTERNAL);
    const byHand = elb({ annotations: { [`${P}internal`]: 'false' } });
    expect(byHand.service.scheme).toBe(LoadBalancerScheme.INTERNAL);
    expect(synthError(byHand.chart)).toContain('set the prop scheme: LoadBalancerScheme.INTERNET_FACING');
  });

  test('a user value of aws-load-balancer-internal that the in-tree provider reads as internal stays as written', () => {
    const svc = synthService(elb({ annotations: { [`${P}internal`]: '0.0.0.0/0' } }).chart);
    expect(svc.metadata.annotations[`${P}internal`]).toBe('0.0.0.0/0');
  });

  test('an emit interval that is not 5 or 60 minutes fails synth; one that is not whole minutes throws', () => {
    expect(synthError(elb({ accessLogs: { bucketName: 'b', emitInterval: Duration.minutes(15) } }).chart)).toContain('AWS-ELB-006');
    expect(() => elb({ accessLogs: { bucketName: 'b', emitInterval: Duration.seconds(90) } })).toThrow(/accessLogs.emitInterval must be a whole number of minutes/);
  });

  test('a health-check timeout not below the interval fails synth', () => {
    expect(synthError(elb({ healthCheck: { interval: Duration.seconds(10), timeout: Duration.seconds(10) } }).chart)).toContain('AWS-ELB-007');
  });

  test('keys of the AWS Load Balancer Controller are refused: the scheme annotation would be ignored', () => {
    const error = synthError(elb({ annotations: { [`${P}scheme`]: 'internal' } }).chart);
    expect(error).toContain('AWS-LB-004');
  });

  test('session affinity fails synth (the in-tree provider refuses it)', () => {
    expect(synthError(elb({ sessionAffinity: SessionAffinity.CLIENT_IP }).chart)).toContain('AWS-ELB-001');
  });

  test('a typed scheme and a user annotation with another value fail synth naming both', () => {
    const error = synthError(elb({ scheme: LoadBalancerScheme.INTERNAL, annotations: { [`${P}internal`]: 'false' } }).chart);
    expect(error).toContain(`annotation ${P}internal is set to "false" by annotations, which asks for scheme: LoadBalancerScheme.INTERNET_FACING, `
      + 'while scheme is LoadBalancerScheme.INTERNAL. Remove the annotation from annotations; to get it, set the prop scheme: LoadBalancerScheme.INTERNET_FACING.');
  });

  test('an internet-facing ELB without source ranges warns', () => {
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      synthService(elb({ scheme: LoadBalancerScheme.INTERNET_FACING }).chart);
      expect(write.mock.calls.map((c) => String(c[0])).join('')).toContain('AWS-LB-010');
    } finally {
      write.mockRestore();
    }
  });

  test('malformed props throw with the prop name', () => {
    expect(() => elb({ tls: { certificateArn: '' } })).toThrow(/tls.certificateArn/);
    expect(() => elb({ accessLogs: { bucketName: ' ' } })).toThrow(/accessLogs.bucketName/);
    expect(() => elb({ connectionDraining: Duration.millis(500) })).toThrow(/connectionDraining must be a whole number of seconds/);
  });

  test('the default construct is clean on EKS without the AWS Load Balancer Controller: no finding at all', () => {
    expect(elb().service.lint()).toEqual([]);
  });

  test('without a profile, the one finding is the webhook that would make it an NLB, a warning for those clusters', () => {
    const findings = elb({}, null).service.lint();
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['AWS-LB-017', Severity.WARNING]]);
    expect(findings[0].onlyOn).toContain('Service mutator webhook');
    expect(findings[0].message).toContain('declare your cluster');
  });

  test('on EKS with the AWS Load Balancer Controller v2.5+ (webhook on by default) it is judged as that controller\'s NLB', () => {
    const findings = elb({}, ClusterProfile.eks({ awsLoadBalancerController: { version: 'v2.8.1' } })).service.lint();
    expect(findings.map((f) => [f.ruleId, f.severity, f.onlyOn])).toContainEqual(['AWS-LB-017', Severity.WARNING, undefined]);
    expect(findings.filter((f) => f.severity === Severity.ERROR || f.onlyOn !== undefined)).toEqual([]);
    expect(elb({}, ClusterProfile.eks({ awsLoadBalancerController: { version: 'v2.8.1', serviceMutatorWebhook: false } })).service.lint()).toEqual([]);
    expect(elb({}, ClusterProfile.eks({ awsLoadBalancerController: { version: 'v2.4.7' } })).service.lint()).toEqual([]);
  });

  test('an LBC key fails synth on EKS without the controller, and warns for clusters where its webhook may take the Service', () => {
    const findings = elb({ annotations: { [`${P}scheme`]: 'internal' } }, null).service.lint().filter((f) => f.ruleId === 'AWS-LB-004');
    expect(findings.map((f) => f.severity)).toEqual([Severity.WARNING]);
    expect(findings[0].onlyOn).toContain('does not run');
  });
});
