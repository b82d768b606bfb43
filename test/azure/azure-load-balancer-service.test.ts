import { Duration, Testing } from 'cdk8s';
import { Protocol } from 'cdk8s-plus-28';
import { S, stderrOf } from './util';
import { build as defaultInternal } from '../../examples/azure/internal-load-balancer';
import { build as privateNetwork } from '../../examples/azure/private-network';
import { build as separateSubnet } from '../../examples/azure/separate-subnet';
import { build as staticIp } from '../../examples/azure/static-ip';
import {
  AzureHealthProbeProtocol, AzureInternalLoadBalancerService, AzureLoadBalancerService, AzureLoadBalancerServiceProps, ClusterProfile, IpFamily,
  IpFamilyPolicy, LoadBalancerScheme, PrivateLinkVisibility, Rules, TargetPort, PortReference,
} from '../../src';
import { newChart, synth, synthError, synthService } from '../helpers';

const ports = [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }];
const SUBSCRIPTION = '11111111-2222-3333-4444-555555555555';

function serviceOf(build: (app: any) => void): any {
  const app = Testing.app();
  build(app);
  const objects = app.charts.flatMap((chart) => synth(chart as any));
  return objects.find((o) => o.kind === 'Service');
}

describe('AzureLoadBalancerService', () => {
  test('is internal by default: the Service an AKS user would write by hand', () => {
    const chart = newChart();
    new AzureLoadBalancerService(chart, 'web', { metadata: { name: 'web' }, selectorLabels: { app: 'web' }, ports });
    expect(synthService(chart)).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', annotations: { [S('azure-load-balancer-internal')]: 'true' } },
      spec: { type: 'LoadBalancer', selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] },
    });
  });

  test('is public only when asked, with the public IP keys', () => {
    const chart = newChart();
    const lb = new AzureLoadBalancerService(chart, 'web', {
      selectorLabels: { app: 'web' },
      ports,
      scheme: LoadBalancerScheme.INTERNET_FACING,
      publicIpResourceGroup: 'rg-ips',
      publicIpName: 'web-pip',
      dnsLabelName: 'shop-web',
      publicIpTags: { env: 'prod', team: 'web' },
      allowedServiceTags: ['AzureFrontDoor.Backend'],
    });
    expect(lb.scheme).toBe(LoadBalancerScheme.INTERNET_FACING);
    expect(synthService(chart).metadata.annotations).toEqual({
      [S('azure-load-balancer-resource-group')]: 'rg-ips',
      [S('azure-pip-name')]: 'web-pip',
      [S('azure-dns-label-name')]: 'shop-web',
      [S('azure-pip-tags')]: 'env=prod,team=web',
      [S('azure-allowed-service-tags')]: 'AzureFrontDoor.Backend',
    });
  });

  test('a public IP prefix, dual-stack', () => {
    const chart = newChart();
    const prefix = (n: string) => `/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg/providers/Microsoft.Network/publicIPPrefixes/${n}`;
    new AzureLoadBalancerService(chart, 'web', {
      selectorLabels: { app: 'web' },
      ports,
      scheme: LoadBalancerScheme.INTERNET_FACING,
      ipFamilies: [IpFamily.IPV4, IpFamily.IPV6],
      ipFamilyPolicy: IpFamilyPolicy.REQUIRE_DUAL_STACK,
      publicIpPrefixId: prefix('v4'),
      publicIpPrefixIdIpv6: prefix('v6'),
      loadBalancerSourceRanges: ['203.0.113.0/24', '2001:db8::/32'],
    });
    expect(synthService(chart).metadata.annotations).toEqual({ [S('azure-pip-prefix-id')]: prefix('v4'), [S('azure-pip-prefix-id-ipv6')]: prefix('v6') });
  });

  test('every shared typed prop becomes its annotation, and the static IP never becomes spec.loadBalancerIP', () => {
    const chart = newChart();
    new AzureLoadBalancerService(chart, 'web', {
      selectorLabels: { app: 'web' },
      ports: [...ports, { name: 'health', port: 10256, targetPort: TargetPort.number(10256) }],
      ipFamilies: [IpFamily.IPV4, IpFamily.IPV6],
      ipFamilyPolicy: IpFamilyPolicy.REQUIRE_DUAL_STACK,
      subnet: 'apps',
      ipv4Address: '10.240.0.25',
      ipv6Address: 'fd00::25',
      healthProbe: { protocol: AzureHealthProbeProtocol.HTTP, path: '/healthz', interval: Duration.seconds(10), numberOfProbes: 3 },
      portSettings: [
        { port: 80, protocol: AzureHealthProbeProtocol.HTTPS, path: '/ready', interval: Duration.seconds(15), numberOfProbes: 4, probePort: PortReference.named('health') },
        { port: 10256, noLoadBalancerRule: true },
      ],
      tcpIdleTimeout: Duration.minutes(30),
      tcpReset: false,
      floatingIp: false,
      allowedIpRanges: ['10.0.0.0/8', '192.168.0.0/16'],
      denyAllExceptSourceRanges: true,
    });
    const service = synthService(chart);
    expect(service.spec.loadBalancerIP).toBeUndefined();
    expect(service.metadata.annotations).toEqual({
      [S('azure-load-balancer-internal')]: 'true',
      [S('azure-load-balancer-internal-subnet')]: 'apps',
      [S('azure-load-balancer-ipv4')]: '10.240.0.25',
      [S('azure-load-balancer-ipv6')]: 'fd00::25',
      [S('azure-load-balancer-health-probe-protocol')]: 'Http',
      [S('azure-load-balancer-health-probe-request-path')]: '/healthz',
      [S('azure-load-balancer-health-probe-interval')]: '10',
      [S('azure-load-balancer-health-probe-num-of-probe')]: '3',
      [S('port_80_health-probe_protocol')]: 'Https',
      [S('port_80_health-probe_request-path')]: '/ready',
      [S('port_80_health-probe_interval')]: '15',
      [S('port_80_health-probe_num-of-probe')]: '4',
      [S('port_80_health-probe_port')]: 'health',
      [S('port_10256_no_lb_rule')]: 'true',
      [S('azure-load-balancer-tcp-idle-timeout')]: '30',
      [S('azure-load-balancer-disable-tcp-reset')]: 'true',
      [S('azure-disable-load-balancer-floating-ip')]: 'true',
      [S('azure-allowed-ip-ranges')]: '10.0.0.0/8,192.168.0.0/16',
      [S('azure-deny-all-except-load-balancer-source-ranges')]: 'true',
    });
  });

  test('multi-SLB configurations, and their conflict with a pinned IP', () => {
    const chart = newChart();
    new AzureInternalLoadBalancerService(chart, 'web', { selectorLabels: { app: 'web' }, ports, loadBalancerConfigurations: ['lb-a', 'lb-b'] });
    expect(synthService(chart).metadata.annotations[S('azure-load-balancer-configurations')]).toBe('lb-a,lb-b');
    // getAzureLoadBalancerName refuses it from cloud-provider-azure v1.33.12, v1.34.9, v1.35.4 and v1.36 on: an error there, a warning for any cluster.
    const pinned = newChart();
    ClusterProfile.aks({ kubernetesVersion: '1.36' }).applyTo(pinned);
    new AzureInternalLoadBalancerService(pinned, 'web', { selectorLabels: { app: 'web' }, ports, loadBalancerConfigurations: ['lb-a'], ipv4Address: '10.0.0.5' });
    expect(synthError(pinned)).toContain('AZ-LB-017 (error)');
    const anyCluster = newChart();
    new AzureInternalLoadBalancerService(anyCluster, 'web', { selectorLabels: { app: 'web' }, ports, loadBalancerConfigurations: ['lb-a'], ipv4Address: '10.0.0.5' });
    expect(stderrOf(() => synth(anyCluster))).toContain('AZ-LB-017 (warning)');
  });

  test('multi-SLB configurations without a name (AZ-LB-030) or with an empty item (AZ-LB-031) are warned about', () => {
    // An empty list names no configuration: the annotation cannot say "none" (AZ-LB-030 judges "" in YAML).
    expect(() => new AzureInternalLoadBalancerService(newChart(), 'web', { selectorLabels: { app: 'web' }, ports, loadBalancerConfigurations: [] }))
      .toThrow('loadBalancerConfigurations: give at least one entry, or leave the prop out.');
    const gap = newChart();
    new AzureInternalLoadBalancerService(gap, 'web', { selectorLabels: { app: 'web' }, ports, loadBalancerConfigurations: ['lb-a', ' '] });
    expect(stderrOf(() => synth(gap))).toContain('AZ-LB-031 (warning)');
  });

  test('defaults (tcpReset, floatingIp true, HA ports false) write nothing', () => {
    const chart = newChart();
    new AzureInternalLoadBalancerService(chart, 'web', { selectorLabels: { app: 'web' }, ports, tcpReset: true, floatingIp: true, highAvailabilityPorts: false });
    expect(synthService(chart).metadata.annotations).toEqual({ [S('azure-load-balancer-internal')]: 'true' });
  });

  test('AzureInternalLoadBalancerService is always internal', () => {
    const chart = newChart();
    const props: AzureLoadBalancerServiceProps = { selectorLabels: { app: 'web' }, ports, scheme: LoadBalancerScheme.INTERNET_FACING };
    const ilb = new AzureInternalLoadBalancerService(chart, 'web', props);
    expect(ilb.scheme).toBe(LoadBalancerScheme.INTERNAL);
    expect(synthService(chart).metadata.annotations[S('azure-load-balancer-internal')]).toBe('true');
  });

  test('ports added later get their per-port checks', () => {
    const chart = newChart();
    const ilb = new AzureInternalLoadBalancerService(chart, 'web', { selectorLabels: { app: 'web' }, ports, portSettings: [{ port: 443, noProbeRule: true }] });
    expect(synthError(chart)).toContain('AZ-LB-008');
    ilb.addPort({ name: 'https', port: 443 });
    expect(synthError(chart)).toBeUndefined();
  });
});

describe('AzureLoadBalancerService errors and warnings', () => {
  test('a typed prop and a user annotation with different values fail synth naming both', () => {
    const chart = newChart();
    new AzureInternalLoadBalancerService(chart, 'web', {
      selectorLabels: { app: 'web' }, ports, subnet: 'apps', annotations: { [S('azure-load-balancer-internal-subnet')]: 'other' },
    });
    const error = synthError(chart);
    expect(error).toContain(`annotation ${S('azure-load-balancer-internal-subnet')} is set to "other" by annotations and to "apps" by the typed prop subnet`);
  });

  test('the same value in a user annotation is accepted and kept once', () => {
    const chart = newChart();
    new AzureInternalLoadBalancerService(chart, 'web', { selectorLabels: { app: 'web' }, ports, subnet: 'apps', annotations: { [S('azure-load-balancer-internal-subnet')]: 'apps' } });
    expect(synthService(chart).metadata.annotations[S('azure-load-balancer-internal-subnet')]).toBe('apps');
  });

  test('a user annotation that contradicts the scheme fails synth naming the prop', () => {
    const chart = newChart();
    new AzureLoadBalancerService(chart, 'web', { selectorLabels: { app: 'web' }, ports, loadBalancerSourceRanges: ['203.0.113.0/24'], annotations: { [S('azure-load-balancer-internal')]: 'True' } });
    expect(synthError(chart)).toContain('annotation service.beta.kubernetes.io/azure-load-balancer-internal is set to "True" by annotations, which asks for '
      + 'scheme: LoadBalancerScheme.INTERNET_FACING, while scheme is LoadBalancerScheme.INTERNAL (the default). Remove the annotation from annotations; '
      + 'to get it, set the prop scheme: LoadBalancerScheme.INTERNET_FACING.');
  });

  test('a subnet on a public load balancer fails synth with AZ-LB-011', () => {
    const chart = newChart();
    new AzureLoadBalancerService(chart, 'web', { selectorLabels: { app: 'web' }, ports, loadBalancerSourceRanges: ['203.0.113.0/24'], scheme: LoadBalancerScheme.INTERNET_FACING, subnet: 'apps' });
    expect(synthError(chart)).toMatch(/AZ-LB-011 \(error\) subnet \(metadata\.annotations\[service\.beta\.kubernetes\.io\/azure-load-balancer-internal-subnet\]\): "apps" is ignored/);
  });

  test('a public IP name on the (default) internal load balancer fails synth with AZ-LB-012', () => {
    const chart = newChart();
    new AzureLoadBalancerService(chart, 'web', { selectorLabels: { app: 'web' }, ports, publicIpName: 'pip' });
    expect(synthError(chart)).toContain('AZ-LB-012 (error)');
  });

  test('SCTP and HA ports need internal', () => {
    const chart = newChart();
    new AzureLoadBalancerService(chart, 'web', {
      selectorLabels: { app: 'web' },
      scheme: LoadBalancerScheme.INTERNET_FACING,
      loadBalancerSourceRanges: ['203.0.113.0/24'],
      highAvailabilityPorts: true,
      ports: [{ name: 'sctp', port: 9000, protocol: Protocol.SCTP }],
    });
    const error = synthError(chart)!;
    expect(error).toContain('AZ-LB-018');
    expect(error).toContain('AZ-LB-019');
  });

  test('out-of-range numbers fail synth with the rule ids', () => {
    const chart = newChart();
    new AzureInternalLoadBalancerService(chart, 'web', {
      selectorLabels: { app: 'web' }, ports, tcpIdleTimeout: Duration.minutes(120), healthProbe: { interval: Duration.seconds(60), numberOfProbes: 2 },
    });
    const error = synthError(chart)!;
    expect(error).toContain('AZ-LB-002 (error)');
    expect(error).toContain('"120"');
    expect(error).toContain('AZ-LB-005 (error)');
  });

  test('a fractional idle timeout fails at construction', () => {
    expect(() => new AzureInternalLoadBalancerService(newChart(), 'web', { ports, tcpIdleTimeout: Duration.seconds(90) }))
      .toThrow(/tcpIdleTimeout must be a whole number of minutes, got 1 minute 30 seconds/);
  });

  test('list items holding the separator and bad tags throw at construction, naming the prop', () => {
    const make = (props: any) => () => new AzureLoadBalancerService(newChart(), 'web', { selectorLabels: { app: 'web' }, ports, ...props });
    expect(make({ allowedServiceTags: ['AzureCloud,Internet'] })).toThrow('allowedServiceTags[0] is "AzureCloud,Internet", which contains the list separator ","');
    expect(make({ publicIpTags: { 'a=b': 'c' } })).toThrow('publicIpTags has the tag "a=b"="c"');
  });

  test('props are read at construction: a list changed afterwards changes neither the annotation nor the verdict', () => {
    // As jsii passes props by value.
    const chart = newChart();
    const allowedIpRanges = ['10.0.0.0/8'];
    const visibility = [SUBSCRIPTION];
    const ilb = new AzureInternalLoadBalancerService(chart, 'web', { selectorLabels: { app: 'web' }, ports, allowedIpRanges });
    ilb.addPrivateLinkService({ visibility: PrivateLinkVisibility.subscriptions(visibility) });
    allowedIpRanges.push('192.168.0.0/16,172.16.0.0/12'); // an item with the separator: an error, had it been read
    visibility.push('not a guid');
    const annotations = synthService(chart).metadata.annotations;
    expect(annotations[S('azure-allowed-ip-ranges')]).toBe('10.0.0.0/8');
    expect(annotations[S('azure-pls-visibility')]).toBe(SUBSCRIPTION);
  });

  test('a hole in a props list (JavaScript only) is an empty item of the annotation, judged by the rules', () => {
    const chart = newChart();
    // eslint-disable-next-line no-sparse-arrays
    new AzureInternalLoadBalancerService(chart, 'web', { selectorLabels: { app: 'web' }, ports, allowedIpRanges: ['10.0.0.0/8', , '10.1.0.0/16'] as string[] });
    const error = synthError(chart)!;
    expect(error).toContain('AZ-LB-025');
    expect(error).not.toContain('allowedIpRanges[1]');
  });

  test('empty list items are judged by the rules only, so that synth and lint give one verdict', () => {
    // An empty item of azure-allowed-ip-ranges makes cloud-provider-azure deny everything: an AZ-LB-025 error, at synth as in lint.
    const ranges = newChart();
    const denied = new AzureInternalLoadBalancerService(ranges, 'web', { selectorLabels: { app: 'web' }, ports, allowedIpRanges: ['10.0.0.0/8', ''] });
    const error = synthError(ranges)!;
    expect(error).toContain(`AZ-LB-025 (error) allowedIpRanges (metadata.annotations[${S('azure-allowed-ip-ranges')}]): the item "" of "10.0.0.0/8," is empty`);
    expect(error).not.toContain('allowedIpRanges[1]');
    expect(denied.lint().map((f) => [f.ruleId, f.severity])).toEqual([['AZ-LB-025', 'error']]);

    // An empty service tag is an AZ-LB-026 warning: synth succeeds and warns, and linting its output reports the same.
    const tags = newChart();
    const tagged = new AzureInternalLoadBalancerService(tags, 'web', { selectorLabels: { app: 'web' }, ports, allowedServiceTags: ['AzureFrontDoor.Backend', ''] });
    let service: any;
    expect(stderrOf(() => { service = synthService(tags); })).toContain(`AZ-LB-026 (warning) allowedServiceTags (metadata.annotations[${S('azure-allowed-service-tags')}]): "AzureFrontDoor.Backend," has an empty item`);
    expect(service.metadata.annotations[S('azure-allowed-service-tags')]).toBe('AzureFrontDoor.Backend,');
    expect(Rules.check(service).map((f) => [f.ruleId, f.severity])).toEqual([['AZ-LB-026', 'warning']]);
    expect(tagged.lint().map((f) => [f.ruleId, f.severity])).toEqual([['AZ-LB-026', 'warning']]);
  });

  test('a public load balancer open to the whole internet is warned about (AZ-LB-029); source ranges or an acknowledgement silence it', () => {
    const open = newChart();
    const lb = new AzureLoadBalancerService(open, 'web', { selectorLabels: { app: 'web' }, ports, scheme: LoadBalancerScheme.INTERNET_FACING, dnsLabelName: 'shop-web' });
    expect(stderrOf(() => synth(open))).toContain(`AZ-LB-029 (warning) spec.loadBalancerSourceRanges: the load balancer is public (${S('azure-load-balancer-internal')} is not set)`);
    lb.acknowledge('AZ-LB-029', 'the public shop front');
    let service: any;
    expect(stderrOf(() => { service = synthService(open); })).toBe('');
    expect(service.metadata.annotations['acknowledge.cdk8s-cloud-lb.io/AZ-LB-029']).toBe('the public shop front');

    const restricted = newChart();
    new AzureLoadBalancerService(restricted, 'web', {
      selectorLabels: { app: 'web' }, ports, scheme: LoadBalancerScheme.INTERNET_FACING, dnsLabelName: 'shop-web', loadBalancerSourceRanges: ['203.0.113.0/24'],
    });
    expect(stderrOf(() => synth(restricted))).toBe('');

    const internal = newChart();
    new AzureLoadBalancerService(internal, 'web', { selectorLabels: { app: 'web' }, ports });
    expect(stderrOf(() => synth(internal))).toBe('');
  });

  test('spec.loadBalancerIP is accepted but warned about, and the warning can be acknowledged', () => {
    const chart = newChart();
    const ilb = new AzureInternalLoadBalancerService(chart, 'web', { selectorLabels: { app: 'web' }, ports, loadBalancerIP: '10.240.0.25' });
    expect(stderrOf(() => synth(chart))).toContain('AZ-LB-016 (warning) spec.loadBalancerIP: "10.240.0.25" uses the deprecated field');
    ilb.acknowledge('AZ-LB-016', 'migrating next release');
    let service: any;
    expect(stderrOf(() => { service = synthService(chart); })).toBe('');
    expect(service.metadata.annotations['acknowledge.cdk8s-cloud-lb.io/AZ-LB-016']).toBe('migrating next release');
  });

  test('an Azure error cannot be acknowledged', () => {
    const ilb = new AzureInternalLoadBalancerService(newChart(), 'web', { ports });
    expect(() => ilb.acknowledge('AZ-LB-002', 'because')).toThrow(/AZ-LB-002 is an error, not a warning/);
  });
});

describe('Azure scenarios (examples) synthesize to the annotations of the AKS docs', () => {
  test('default internal load balancer', () => {
    expect(serviceOf(defaultInternal).metadata.annotations).toEqual({ [S('azure-load-balancer-internal')]: 'true' });
  });

  test('static IP', () => {
    const service = serviceOf(staticIp);
    expect(service.metadata.annotations).toEqual({ [S('azure-load-balancer-internal')]: 'true', [S('azure-load-balancer-ipv4')]: '10.224.0.25' });
    expect(service.spec.loadBalancerIP).toBeUndefined();
  });

  test('separate subnet', () => {
    expect(serviceOf(separateSubnet).metadata.annotations).toEqual({
      [S('azure-load-balancer-internal')]: 'true',
      [S('azure-load-balancer-internal-subnet')]: 'apps-subnet',
      [S('azure-load-balancer-health-probe-protocol')]: 'Http',
      [S('azure-load-balancer-health-probe-request-path')]: '/healthz',
      [S('azure-load-balancer-health-probe-interval')]: '10',
      [S('azure-load-balancer-health-probe-num-of-probe')]: '3',
      [S('azure-load-balancer-tcp-idle-timeout')]: '30',
    });
  });

  test('private network', () => {
    const service = serviceOf(privateNetwork);
    expect(service.metadata.annotations).toEqual({
      [S('azure-load-balancer-internal')]: 'true',
      [S('azure-load-balancer-internal-subnet')]: 'appliance-subnet',
      [S('azure-load-balancer-ipv4')]: '10.240.2.10',
      [S('azure-deny-all-except-load-balancer-source-ranges')]: 'true',
      [S('azure-load-balancer-enable-high-availability-ports')]: 'true',
      [S('port_10256_no_probe_rule')]: 'true',
    });
    expect(service.spec.loadBalancerSourceRanges).toEqual(['10.0.0.0/8', '192.168.0.0/16']);
  });
});

describe('AzureLoadBalancerService IP families', () => {
  test('static addresses of both families make the Service dual-stack, IPv4 first', () => {
    const chart = newChart();
    new AzureInternalLoadBalancerService(chart, 'web', { selectorLabels: { app: 'web' }, ports, ipv4Address: '10.0.0.5', ipv6Address: 'fd00::5' });
    const service = synthService(chart);
    expect(service.spec.ipFamilies).toEqual(['IPv4', 'IPv6']);
    expect(service.spec.ipFamilyPolicy).toBe('RequireDualStack');
  });

  test('an IPv6 address alone makes the Service IPv6; an explicit choice is kept and judged', () => {
    const chart = newChart();
    new AzureInternalLoadBalancerService(chart, 'web', { selectorLabels: { app: 'web' }, ports, ipv6Address: 'fd00::5' });
    expect(synthService(chart).spec.ipFamilies).toEqual(['IPv6']);
    const explicit = newChart();
    new AzureInternalLoadBalancerService(explicit, 'web', { selectorLabels: { app: 'web' }, ports, ipv6Address: 'fd00::5', ipFamilies: [IpFamily.IPV4] });
    expect(synthError(explicit)).toContain('AZ-LB-013 (error) ipv6Address (metadata.annotations[service.beta.kubernetes.io/azure-load-balancer-ipv6]): "fd00::5" is ignored');
  });
});
