import { internalSvc, plsSvc, publicSvc } from './fixtures';
import { ClusterProfile, Rules, Severity } from '../../../src';
import { annotationPath, key, lbService } from '../../helpers';
import { describeRule } from '../cases';

/**
 * What the conformance corpus of cloud-provider-azure's own unit tests showed the Azure rules had wrong: each case
 * names the controller function whose reading it follows.
 */

const AKS = ClusterProfile.aks({ kubernetesVersion: '1.30' });
const HA = 'azure-load-balancer-enable-high-availability-ports';

describeRule('AZ-LB-001', {
  compliant: [
    { title: 'HA ports "True" (IsK8sServiceHasHAModeEnabled compares with strings.EqualFold)', manifest: internalSvc({ [key(HA)]: 'True' }) },
    { title: 'azure-pls-create "TRUE" (IsPLSEnabled and serviceRequiresPLS both ignore case)', manifest: plsSvc({ [key('azure-pls-create')]: 'TRUE' }) },
    { title: 'azure-pls-proxy-protocol "False" (read as false by every parser)', manifest: plsSvc({ [key('azure-pls-proxy-protocol')]: 'False' }) },
    { title: 'internal "FALSE" (false for requiresInternalLoadBalancer and IsInternal alike)', manifest: publicSvc({ [key('azure-load-balancer-internal')]: 'FALSE' }) },
    { title: 'an empty HA ports value (expectAttributeInSvcAnnotationBeEqualTo: false, as if absent)', manifest: internalSvc({ [key(HA)]: '' }) },
    { title: 'a per-port switch "TRUE" (IsLBRuleOnK8sServicePortDisabled ignores case)', manifest: internalSvc({ [key('port_80_no_lb_rule')]: 'TRUE' }) },
  ],
  noncompliant: [
    {
      title: 'internal "True" (requiresInternalLoadBalancer compares case-sensitively)',
      manifest: publicSvc({ [key('azure-load-balancer-internal')]: 'True' }),
      path: annotationPath('azure-load-balancer-internal'),
      message: ['"True"', 'PUBLIC frontend'],
      fix: ['Write "true"'],
    },
    {
      title: 'HA ports " true" (strings.EqualFold without trimming: false)',
      manifest: internalSvc({ [key(HA)]: ' true' }),
      path: annotationPath(HA),
      message: ['" true"', 'does not trim'],
      fix: ['Write "true"'],
    },
    {
      title: 'azure-pls-create "true " (trimmed by getBoolValueFromServiceAnnotations, not by IsPLSEnabled)',
      manifest: plsSvc({ [key('azure-pls-create')]: 'true ' }),
      path: annotationPath('azure-pls-create'),
      message: ['"true "', 'Private Link Service'],
      fix: ['Write "true"'],
    },
    {
      title: 'HA ports "true1" (silently false)',
      manifest: internalSvc({ [key(HA)]: 'true1' }),
      path: annotationPath(HA),
      message: ['"true1"', 'not a boolean'],
      fix: ['"true" or "false"'],
    },
  ],
});

describeRule('AZ-LB-011', {
  compliant: [
    { title: 'an empty internal subnet (getInternalSubnet falls back to the default subnet)', manifest: internalSvc({ [key('azure-load-balancer-internal-subnet')]: '' }) },
    { title: 'a blank internal subnet on a public Service', manifest: publicSvc({ [key('azure-load-balancer-internal-subnet')]: ' ' }) },
  ],
  noncompliant: [{
    title: 'a subnet path on an internal Service',
    manifest: internalSvc({ [key('azure-load-balancer-internal-subnet')]: 'vnet/apps' }),
    path: annotationPath('azure-load-balancer-internal-subnet'),
    message: ['"vnet/apps"'],
    fix: ['subnet name'],
  }],
});

describeRule('AZ-PLS-010', {
  compliant: [
    { title: 'an empty PLS subnet (getPLSSubnetName falls back to the internal subnet)', manifest: plsSvc({ [key('azure-pls-ip-configuration-subnet')]: '', [key('azure-load-balancer-internal-subnet')]: 'lb-subnet' }) },
  ],
  noncompliant: [{
    title: 'a PLS subnet resource id',
    manifest: plsSvc({ [key('azure-pls-ip-configuration-subnet')]: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/pls' }),
    path: annotationPath('azure-pls-ip-configuration-subnet'),
    message: ['resource id'],
    fix: ['subnet name'],
  }],
});

describeRule('AZ-LB-014', {
  compliant: [{ title: 'a public IPv6 address', manifest: publicSvc({ [key('azure-load-balancer-ipv6')]: '2001:4860:4860::8888' }, { ipFamilies: ['IPv6'] }) }],
  noncompliant: [{
    title: 'the platform address IPv4-mapped (validatePublicIPCandidate unmaps it)',
    manifest: publicSvc({ [key('azure-load-balancer-ipv6')]: '::ffff:168.63.129.16' }, { ipFamilies: ['IPv6'] }),
    path: annotationPath('azure-load-balancer-ipv6'),
    message: ['"::ffff:168.63.129.16"', 'platform address'],
    fix: ['internal'],
  }],
});

describeRule('AZ-LB-022', {
  compliant: [{ title: 'a list with spaces around it (AdditionalPublicIPs trims the whole value)', manifest: publicSvc({ [key('azure-additional-public-ips')]: ' 20.1.2.3,20.1.2.4 ' }) }],
  noncompliant: [{
    title: 'an empty value (one empty item)',
    manifest: publicSvc({ [key('azure-additional-public-ips')]: '' }),
    path: annotationPath('azure-additional-public-ips'),
    message: ['""'],
    fix: ['no empty item'],
  }],
});

describeRule('AZ-LB-023', {
  compliant: [
    { title: 'an IP tag with a blank key (getIPTagMap keeps it)', manifest: publicSvc({ [key('azure-pip-ip-tags')]: 'RoutingPreference=Internet,=tag2value' }) },
    { title: 'padded IP tags (getIPTagMap trims keys and values)', manifest: publicSvc({ [key('azure-pip-ip-tags')]: ' tag1 = tagvalue1 ' }) },
  ],
  noncompliant: [{
    title: 'a public IP tag with a blank key (parseTags drops it)',
    manifest: publicSvc({ [key('azure-pip-tags')]: 'env=prod,=orphan' }),
    path: annotationPath('azure-pip-tags'),
    message: ['"=orphan"'],
    fix: ['key=value'],
  }],
});

describeRule('AZ-LB-025', {
  compliant: [
    { title: 'masked source ranges of both families', manifest: internalSvc({}, { loadBalancerSourceRanges: ['10.10.0.0/24', '2001:db8::/32'] }) },
    { title: 'a range with spaces (SourceRanges trims each item)', manifest: internalSvc({}, { loadBalancerSourceRanges: [' 10.10.0.0/24 '] }) },
  ],
  noncompliant: [
    {
      title: 'spec.loadBalancerSourceRanges with host bits (iputil.ParsePrefix: not properly masked)',
      manifest: internalSvc({}, { loadBalancerSourceRanges: ['10.10.0.0/16', '10.0.0.1/24'] }),
      path: 'spec.loadBalancerSourceRanges[1]',
      message: ['"10.0.0.1/24"', 'deny-all'],
      fix: ['"10.0.0.0/24"'],
    },
    {
      title: 'an IPv6 source range with host bits',
      manifest: internalSvc({}, { loadBalancerSourceRanges: ['fe80:1234:abcd::1c2d:3e4f/64'] }),
      path: 'spec.loadBalancerSourceRanges[0]',
      message: ['"fe80:1234:abcd::1c2d:3e4f/64"'],
      fix: ['"fe80:1234:abcd::/64"'],
    },
    {
      title: 'an empty azure-allowed-ip-ranges (AllowedIPRanges parses one empty item)',
      manifest: internalSvc({ [key('azure-allowed-ip-ranges')]: '' }),
      path: annotationPath('azure-allowed-ip-ranges'),
      message: ['is empty'],
      fix: ['without an empty item'],
    },
  ],
});

describeRule('AZ-LB-028', {
  compliant: [{
    title: 'azure-disable-load-balancer-nsg-rule on v1.36.2',
    manifest: publicSvc({ [key('azure-disable-load-balancer-nsg-rule')]: 'true' }),
    profile: ClusterProfile.custom({ kubernetesVersion: '1.36', controllers: { cloudProviderAzure: { version: 'v1.36.2' } } }),
  }],
  noncompliant: [
    {
      title: 'azure-disable-load-balancer-nsg-rule on AKS 1.34 (read from v1.35.6 and v1.36.2 on)',
      manifest: publicSvc({ [key('azure-disable-load-balancer-nsg-rule')]: 'true' }),
      profile: ClusterProfile.aks({ kubernetesVersion: '1.34' }),
      path: annotationPath('azure-disable-load-balancer-nsg-rule'),
      message: ['is ignored', 'v1.35.6'],
      fix: ['Upgrade'],
    },
    {
      title: 'azure-disable-load-balancer-nsg-rule for any cluster',
      manifest: publicSvc({ [key('azure-disable-load-balancer-nsg-rule')]: 'true' }),
      path: annotationPath('azure-disable-load-balancer-nsg-rule'),
      message: ['is ignored'],
      fix: ['Upgrade'],
      onlyOn: 'before v1.35.6',
    },
  ],
});

describeRule('AZ-LB-018', {
  compliant: [{ title: 'SCTP without Azure keys on EKS (not cloud-provider-azure\'s)', manifest: lbService({ spec: { ports: [{ name: 's', port: 9000, protocol: 'SCTP' }] } }), profile: ClusterProfile.eks({ kubernetesVersion: '1.30' }) }],
  noncompliant: [{
    title: 'SCTP without Azure keys on AKS (the cloud\'s Service controller reconciles every LoadBalancer Service without a class)',
    manifest: lbService({ spec: { ports: [{ name: 's', port: 9000, protocol: 'SCTP' }] } }),
    profile: AKS,
    path: 'spec.ports[0].protocol',
    message: ['"SCTP"'],
    fix: ['internal'],
  }],
});

describe('cloud-provider-azure owns the LoadBalancer Services of an AKS cluster', () => {
  const sctp = (spec: any = {}) => lbService({ spec: { ports: [{ name: 's', port: 9000, protocol: 'SCTP' }], ...spec } });
  const azureErrors = (manifest: any, profile?: ClusterProfile) => Rules.check(manifest, { profile })
    .filter((f) => f.ruleId.startsWith('AZ-') && f.severity === Severity.ERROR).map((f) => f.ruleId);

  test('without a profile, a Service without Azure keys is not judged as Azure\'s', () => {
    expect(azureErrors(sctp())).toEqual([]);
  });

  test('on AKS, one with a loadBalancerClass is not cloud-provider-azure\'s', () => {
    expect(azureErrors(sctp({ loadBalancerClass: 'example.com/lb' }), AKS)).toEqual([]);
    expect(azureErrors(sctp(), AKS)).toEqual(['AZ-LB-018']);
  });
});
