import { classicElb, inTreeNlb, lbcNlb } from './fixtures';
import { ClusterProfile } from '../../../src';
import { annotationPath, key } from '../../helpers';
import { describeRule } from '../cases';

const lbc = (version?: string) => ClusterProfile.eks({ kubernetesVersion: '1.30', awsLoadBalancerController: { version } });
/** cloud-provider-aws of a given patch release (EKS names only the line). */
const ccm = (version: string) => ClusterProfile.custom({ controllers: { cloudProviderAws: { version } } });
const k = (suffix: string) => key(`aws-load-balancer-${suffix}`);

describeRule('AWS-LB-019', {
  compliant: [
    { title: 'security groups on an LBC NLB without a profile', manifest: lbcNlb({ 'security-groups': 'sg-0123456789abcdef0' }) },
    { title: 'security groups on an LBC NLB of no declared release', profile: lbc(), manifest: lbcNlb({ 'security-groups': 'sg-0123456789abcdef0' }) },
    { title: 'security groups on the LBC v2.6.0, which reads them', profile: lbc('2.6.0'), manifest: lbcNlb({ 'security-groups': 'sg-0123456789abcdef0' }) },
    { title: 'IPv6 addresses on the LBC v2.4: the patch that decides (v2.4.4) is not declared', profile: lbc('2.4'), manifest: lbcNlb({ 'ipv6-addresses': '2600::1', 'ip-address-type': 'dualstack' }) },
    { title: 'IPv6 addresses on the LBC v2.4.4', profile: lbc('2.4.4'), manifest: lbcNlb({ 'ipv6-addresses': '2600::1', 'ip-address-type': 'dualstack' }) },
    { title: 'per-port target-group attributes on the LBC v2.14.0', profile: lbc('2.14.0'), manifest: lbcNlb({ 'target-group-attributes.443': 'stickiness.enabled=true' }) },
    { title: 'target-group attributes on the in-tree NLB of EKS 1.33: v1.33.3 reads them, the patch is not declared', profile: ClusterProfile.eks({ kubernetesVersion: '1.33' }), manifest: inTreeNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=true' }) },
    { title: 'target-group attributes on cloud-provider-aws v1.34.0, tagged on master', profile: ccm('1.34.0'), manifest: inTreeNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=true' }) },
    { title: 'private IPv4 addresses on the in-tree NLB of EKS 1.35', profile: ClusterProfile.eks({ kubernetesVersion: '1.35' }), manifest: inTreeNlb({ 'private-ipv4-addresses': '10.0.1.10' }) },
    { title: 'a classic ELB on EKS 1.30 (only the in-tree NLB\'s keys are dated)', profile: ClusterProfile.eks({ kubernetesVersion: '1.30' }), manifest: classicElb({ 'connection-idle-timeout': '60' }) },
  ],
  noncompliant: [
    { title: 'security groups on the LBC v2.5.4', profile: lbc('2.5.4'), manifest: lbcNlb({ 'security-groups': 'sg-0123456789abcdef0' }), path: annotationPath(k('security-groups')), message: [`${k('security-groups')}="sg-0123456789abcdef0"`, 'AWS Load Balancer Controller v2.5.4', 'v2.6.0 is the first release'], fix: ['Upgrade the AWS Load Balancer Controller to v2.6.0', 'remove the key'] },
    { title: 'IPv6 addresses on the LBC v2.4.3', profile: lbc('2.4.3'), manifest: lbcNlb({ 'ipv6-addresses': '2600::1', 'ip-address-type': 'dualstack' }), path: annotationPath(k('ipv6-addresses')), message: ['v2.4.4 is the first release'] },
    { title: 'per-port target-group attributes on the LBC v2.13.4', profile: lbc('2.13.4'), manifest: lbcNlb({ 'target-group-attributes.443': 'stickiness.enabled=true' }), path: annotationPath(k('target-group-attributes.443')), message: ['v2.14.0 is the first release'] },
    { title: 'target-group attributes on the in-tree NLB of EKS 1.30', profile: ClusterProfile.eks({ kubernetesVersion: '1.30' }), manifest: inTreeNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=true' }), path: annotationPath(k('target-group-attributes')), message: ['in-tree AWS provider v1.30', 'v1.32.6 is the first release'], fix: ['Upgrade cloud-provider-aws', 'Kubernetes version'] },
    { title: 'target-group attributes on cloud-provider-aws v1.34.1, tagged before the cherry-pick', profile: ccm('1.34.1'), manifest: inTreeNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=true' }), path: annotationPath(k('target-group-attributes')), message: ['v1.34.2 is the first release'] },
    { title: 'private IPv4 addresses on the in-tree NLB of EKS 1.34', profile: ClusterProfile.eks({ kubernetesVersion: '1.34' }), manifest: inTreeNlb({ 'private-ipv4-addresses': '10.0.1.10' }), path: annotationPath(k('private-ipv4-addresses')), message: ['"10.0.1.10"', 'v1.35.0 is the first release'] },
  ],
});
