import { Chart, Testing } from 'cdk8s';
import { AwsClassicLoadBalancerService, ClusterProfile, IpFamily, Rules, Severity, TargetPort } from '../../src';
import { Cluster } from '../../src/profile/cluster';
import { parseReleaseVersion } from '../../src/profile/controller-version';
import { NEWEST_MINOR, OLDEST_MINOR } from '../../src/profile/kubernetes-version';
import { releaseReads } from '../../src/profile/release-lines';
import { classicElb } from '../rules/aws/fixtures';

describe('ClusterProfile', () => {
  test('presets name the platform, the version and the controllers', () => {
    const eks = Cluster.of(ClusterProfile.eks({ kubernetesVersion: 'v1.30.4-eks-a737599', awsLoadBalancerController: { version: 'v2.8.1' } }));
    expect(eks.profileName).toBe('eks-1.30');
    expect(eks.kubernetesMinor).toBe(30);
    expect(eks.runs('cloud-provider-aws')).toBe(true);
    expect(eks.runs('aws-load-balancer-controller')).toBe(true);
    expect(eks.runs('cloud-provider-azure')).toBe(false);
    expect(eks.lbcMutatorWebhook).toBe(true);
    const aks = Cluster.of(ClusterProfile.aks({ kubernetesVersion: '1.29', applicationGatewayIngressController: {} }));
    expect(aks.profileName).toBe('aks-1.29');
    expect(aks.runs('cloud-provider-azure')).toBe(true);
    expect(aks.runs('agic')).toBe(true);
    expect(aks.runs('aws-load-balancer-controller')).toBe(false);
    // AKS runs cloud-provider-azure of its own line: a fix of v1.29.8 is unknown on "1.29", one of v1.28 is there.
    expect(aks.runsAtLeast('cloud-provider-azure', '1.29.8')).toBeUndefined();
    expect(aks.runsAtLeast('cloud-provider-azure', '1.28.0')).toBe(true);
    expect(aks.runsAtLeast('cloud-provider-azure', '1.30.0')).toBe(false);
  });

  test('the LBC webhook: on from v2.5 unless declared off, unknown without a version, absent without the controller', () => {
    const webhook = (lbc?: { version?: string; serviceMutatorWebhook?: boolean }) =>
      Cluster.of(ClusterProfile.eks({ awsLoadBalancerController: lbc })).lbcMutatorWebhook;
    expect(webhook({ version: '2.5.0' })).toBe(true);
    expect(webhook({ version: '2.4.7' })).toBe(false);
    expect(webhook({ version: '2.8.1', serviceMutatorWebhook: false })).toBe(false);
    expect(webhook({})).toBeUndefined();
    expect(webhook(undefined)).toBe(false);
    expect(Cluster.ANY.lbcMutatorWebhook).toBeUndefined();
  });

  test('without a profile every question about the cluster is open, except versions outside those judged', () => {
    expect(Cluster.ANY.kubernetesAtLeast(27)).toBeUndefined();
    expect(Cluster.ANY.kubernetesAtLeast(OLDEST_MINOR)).toBe(true);
    expect(Cluster.ANY.kubernetesAtLeast(NEWEST_MINOR + 1)).toBe(false);
    expect(Cluster.ANY.runs('agic')).toBeUndefined();
    expect(Cluster.ANY.declaresControllers).toBe(false);
  });

  test('a custom profile takes node port range and IP families', () => {
    const cluster = Cluster.of(ClusterProfile.custom({ name: 'lab', nodePortRange: '20000-22767', ipFamilies: [IpFamily.IPV6] }));
    expect(cluster.profileName).toBe('lab');
    expect(cluster.nodePortRange).toEqual([20000, 22767]);
    expect(Cluster.of(ClusterProfile.custom({ nodePortRange: '30000+2767' })).nodePortRange).toEqual([30000, 32767]);
    expect(cluster.ipFamilies).toEqual(['IPv6']);
    expect(cluster.declaresControllers).toBe(false);
  });

  test('bad values are refused with the value, the field and the way to write it', () => {
    expect(() => ClusterProfile.eks({ kubernetesVersion: '30' })).toThrow('"30" is not a Kubernetes version. Write the minor version');
    expect(() => ClusterProfile.custom({ kubernetesVersion: '1.12' })).toThrow('outside the versions this library judges');
    expect(() => ClusterProfile.custom({ nodePortRange: '32767-30000' })).toThrow('nodePortRange "32767-30000" is not a port range');
    expect(() => ClusterProfile.custom({ ipFamilies: [IpFamily.IPV4, IpFamily.IPV4] })).toThrow('ipFamilies [IPv4, IPv4]');
    expect(() => ClusterProfile.eks({ awsLoadBalancerController: { version: 'latest' } })).toThrow('controllers.awsLoadBalancerController.version: "latest" is not a release version');
  });

  test('fromSpec reads the one-line form of lint --profile', () => {
    const cluster = Cluster.of(ClusterProfile.fromSpec('eks-1.31+lbc-2.8.1'));
    expect([cluster.profileName, cluster.kubernetesMinor, cluster.lbcMutatorWebhook]).toEqual(['eks-1.31+lbc-2.8.1', 31, true]);
    expect(Cluster.of(ClusterProfile.fromSpec('eks+lbc-no-webhook')).lbcMutatorWebhook).toBe(false);
    expect(Cluster.of(ClusterProfile.fromSpec('aks-1.29+agic')).runs('agic')).toBe(true);
    expect(Cluster.of(ClusterProfile.fromSpec('aks')).runs('agic')).toBe(false);
    expect(() => ClusterProfile.fromSpec('gke-1.30')).toThrow('"gke-1.30" in profile "gke-1.30" is not a platform');
    expect(() => ClusterProfile.fromSpec('aks+lbc')).toThrow('"lbc" in profile "aks+lbc" is not a controller of aks (agic[-<version>])');
    expect(() => ClusterProfile.fromSpec('eks+agic')).toThrow('is not a controller of eks');
  });

  test('applyTo: the nearest scope wins, and one scope takes one profile', () => {
    const app = Testing.app();
    const outer = ClusterProfile.eks({ awsLoadBalancerController: { version: '2.8.1' } });
    outer.applyTo(app);
    const chart = new Chart(app, 'legacy');
    const inner = ClusterProfile.eks();
    inner.applyTo(chart);
    const other = new Chart(app, 'other');
    expect(ClusterProfile.of(chart)).toBe(inner);
    expect(ClusterProfile.of(other)).toBe(outer);
    outer.applyTo(app); // the same profile again is harmless
    expect(() => ClusterProfile.eks().applyTo(chart)).toThrow('legacy already has the cluster profile "eks"');
  });

  test('a construct judges as the profile of its scope says, at synth and in lint()', () => {
    const build = (profile?: ClusterProfile) => {
      const chart = Testing.chart();
      profile?.applyTo(chart);
      return new AwsClassicLoadBalancerService(chart, 'legacy', {
        selectorLabels: { app: 'legacy' },
        ports: [{ port: 80, targetPort: TargetPort.number(8080), name: 'http' }],
        annotations: { 'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internal' },
      });
    };
    // On EKS without the LBC the scheme key is ignored: an error. Unknown cluster: the LBC's webhook may take it.
    const severities = (profile?: ClusterProfile) => build(profile).lint().filter((f) => f.ruleId === 'AWS-LB-004').map((f) => f.severity);
    expect(severities(ClusterProfile.eks())).toEqual([Severity.ERROR]);
    expect(severities()).toEqual([Severity.WARNING]);
    expect(severities(ClusterProfile.eks({ awsLoadBalancerController: { version: '2.8.1' } }))).toEqual([]);
    expect(() => Testing.synth(build(ClusterProfile.eks()).node.scope as Chart)).toThrow('AWS-LB-004');
  });

  test('an AKS profile leaves AWS Services to nobody, and the reverse: no cloud rule of the other cloud runs', () => {
    const aws = classicElb({ 'connection-draining-timeout': 'x' });
    expect(Rules.check(aws, { profile: ClusterProfile.eks() }).some((f) => f.ruleId.startsWith('AWS-'))).toBe(true);
    expect(Rules.check(aws, { profile: ClusterProfile.aks() }).filter((f) => f.ruleId.startsWith('AWS-'))).toEqual([]);
  });
});

describe('release versions', () => {
  test('compare as far as the profile names them (one minimum: the releases from it on)', () => {
    const releaseAtLeast = (release: ReturnType<typeof parseReleaseVersion>, minimum: string) => releaseReads(release, { since: [minimum] });
    expect(releaseAtLeast(parseReleaseVersion('v2.5', 'x'), '2.5.0')).toBe(true);
    expect(releaseAtLeast(parseReleaseVersion('v2', 'x'), '2.5.0')).toBeUndefined();
    expect(releaseAtLeast(parseReleaseVersion('1', 'x'), '1.0.5')).toBeUndefined();
    expect(releaseAtLeast(parseReleaseVersion('1.33.13', 'x'), '1.33.14')).toBe(false);
    expect(releaseAtLeast(parseReleaseVersion('1.34.0', 'x'), '1.33.14')).toBe(true);
  });
});

describe('acknowledging a finding that holds on some clusters only', () => {
  const build = (profile?: ClusterProfile) => {
    const chart = Testing.chart();
    profile?.applyTo(chart);
    const svc = new AwsClassicLoadBalancerService(chart, 'legacy', {
      selectorLabels: { app: 'legacy' },
      ports: [{ port: 80, targetPort: TargetPort.number(8080), name: 'http' }],
      annotations: { 'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internal' },
    });
    svc.acknowledge('AWS-LB-004', 'our clusters run the AWS Load Balancer Controller with its webhook');
    return svc;
  };
  test('an error rule that depends on the cluster can be acknowledged: its warnings are accepted, its errors stay', () => {
    const [unknown] = build().lint().filter((f) => f.ruleId === 'AWS-LB-004');
    expect([unknown.severity, unknown.acknowledgedReason]).toEqual([Severity.WARNING, 'our clusters run the AWS Load Balancer Controller with its webhook']);
    const [onEks] = build(ClusterProfile.eks()).lint().filter((f) => f.ruleId === 'AWS-LB-004');
    expect([onEks.severity, onEks.acknowledgedReason]).toEqual([Severity.ERROR, undefined]);
  });
  test('an error rule that does not depend on the cluster still cannot', () => {
    const chart = Testing.chart();
    const svc = new AwsClassicLoadBalancerService(chart, 'x', { selectorLabels: { app: 'x' }, ports: [{ port: 80, targetPort: TargetPort.number(8080), name: 'http' }] });
    expect(() => svc.acknowledge('AWS-ELB-001', 'no')).toThrow('AWS-ELB-001 is an error, not a warning');
  });
});
