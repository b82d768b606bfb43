import { inTreeNlb, lbcNlb } from './fixtures';
import { annotationPath } from '../../helpers';
import { describeRule } from '../cases';

describeRule('AWS-NLB-020', {
  compliant: [
    { title: 'ip targets (AWS default: not preserved)', manifest: lbcNlb() },
    { title: 'instance with preservation off', manifest: lbcNlb({ 'nlb-target-type': 'instance', 'target-group-attributes': 'preserve_client_ip.enabled=false' }) },
    { title: 'an internet-facing instance NLB', manifest: lbcNlb({ 'scheme': 'internet-facing', 'nlb-target-type': 'instance' }, { loadBalancerSourceRanges: ['203.0.113.0/24'] }) },
    { title: 'in-tree NLB with preservation off', manifest: inTreeNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=false' }) },
  ],
  noncompliant: [
    { title: 'internal instance NLB', manifest: lbcNlb({ 'nlb-target-type': 'instance' }), path: annotationPath('aws-load-balancer-target-group-attributes'), message: ['instance targets preserve the client IP', 'martian'], fix: ['preserve_client_ip.enabled=false'] },
    { title: 'explicit preservation on ip', manifest: lbcNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=true' }), path: annotationPath('aws-load-balancer-target-group-attributes'), message: ['preserve_client_ip.enabled is "true"'], fix: ['preserve_client_ip.enabled=false to aws-load-balancer-target-group-attributes'] },
    { title: 'internal in-tree NLB', manifest: inTreeNlb(), path: annotationPath('aws-load-balancer-target-group-attributes'), message: ['in-tree NLB registers instance targets'], fix: ['acknowledge'] },
    { title: 'UDP on ip', manifest: lbcNlb({}, { ports: [{ port: 53, protocol: 'UDP' }] }), path: annotationPath('aws-load-balancer-target-group-attributes'), message: ['UDP'], fix: ['preserve_client_ip.enabled=false'] },
  ],
});

describeRule('AWS-NLB-021', {
  compliant: [
    { title: 'PROXY protocol with ip targets and Local', manifest: lbcNlb({ 'target-group-attributes': 'proxy_protocol_v2.enabled=true' }, { externalTrafficPolicy: 'Local' }) },
    { title: 'PROXY protocol with instance targets and Cluster', manifest: lbcNlb({ 'nlb-target-type': 'instance', 'proxy-protocol': '*' }) },
    { title: 'PROXY protocol with Local and an explicit health-check port', manifest: lbcNlb({ 'nlb-target-type': 'instance', 'proxy-protocol': '*', 'healthcheck-port': '8081' }, { externalTrafficPolicy: 'Local' }) },
  ],
  noncompliant: [
    { title: 'instance + Local + proxy-protocol', manifest: lbcNlb({ 'nlb-target-type': 'instance', 'proxy-protocol': '*' }, { externalTrafficPolicy: 'Local' }), path: 'spec.externalTrafficPolicy', message: ['"Local"', 'PROXY protocol v2', 'health check'], fix: ['aws-load-balancer-nlb-target-type: ip'] },
    { title: 'in-tree NLB + Local + PPv2 attribute', manifest: inTreeNlb({ 'target-group-attributes': 'proxy_protocol_v2.enabled=true' }, { externalTrafficPolicy: 'Local' }), path: 'spec.externalTrafficPolicy', message: ['"Local"', 'kube-proxy'], fix: ['externalTrafficPolicy: Cluster'] },
  ],
});

describeRule('AWS-NLB-022', {
  compliant: [
    { title: 'instance targets with the managed security group', manifest: lbcNlb({ 'nlb-target-type': 'instance' }) },
    { title: 'no SG with ranges', manifest: lbcNlb({ 'nlb-target-type': 'instance', 'disable-nlb-sg': 'true' }, { loadBalancerSourceRanges: ['10.0.0.0/8', '172.16.0.0/12'] }) },
    { title: 'own SG with backend rules', manifest: lbcNlb({ 'nlb-target-type': 'instance', 'security-groups': 'sg-01234567', 'manage-backend-security-group-rules': 'true' }) },
    { title: 'own SG, preservation off', manifest: lbcNlb({ 'nlb-target-type': 'instance', 'security-groups': 'sg-01234567', 'target-group-attributes': 'preserve_client_ip.enabled=false' }) },
  ],
  noncompliant: [
    { title: 'no SG, no ranges', manifest: lbcNlb({ 'nlb-target-type': 'instance', 'disable-nlb-sg': 'true' }), path: annotationPath('aws-load-balancer-disable-nlb-sg'), message: ['disable-nlb-sg="true"', 'VPC CIDRs only', 'peered'], fix: ['loadBalancerSourceRanges'] },
    { title: 'own SG without backend rules', manifest: lbcNlb({ 'nlb-target-type': 'instance', 'security-groups': 'sg-01234567' }), path: annotationPath('aws-load-balancer-security-groups'), message: ['your own security groups "sg-01234567"', 'writes no node rules'], fix: ['manage-backend-security-group-rules: "true"'] },
  ],
});
