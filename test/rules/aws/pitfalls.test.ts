import { annotationPathOf as ap, describeRule, inTreeNlb, lbcNlb } from './fixtures';

describeRule('AWS-NLB-020', [
  ['ip targets (AWS default: not preserved)', lbcNlb()],
  ['instance with preservation off', lbcNlb({ 'nlb-target-type': 'instance', 'target-group-attributes': 'preserve_client_ip.enabled=false' })],
  ['internet-facing', lbcNlb({ 'scheme': 'internet-facing', 'nlb-target-type': 'instance' }, { loadBalancerSourceRanges: ['203.0.113.0/24'] })],
  ['in-tree NLB with preservation off', inTreeNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=false' })],
], [
  { name: 'internal instance NLB', manifest: lbcNlb({ 'nlb-target-type': 'instance' }), path: ap('target-group-attributes'), message: ['instance targets preserve the client IP', 'martian'], fix: 'preserve_client_ip.enabled=false' },
  { name: 'explicit preservation on ip', manifest: lbcNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=true' }), path: ap('target-group-attributes'), message: ['preserve_client_ip.enabled is "true"'], fix: 'preserve_client_ip.enabled=false to aws-load-balancer-target-group-attributes' },
  { name: 'internal in-tree NLB', manifest: inTreeNlb(), path: ap('target-group-attributes'), message: ['in-tree NLB registers instance targets'], fix: 'acknowledge' },
  { name: 'UDP on ip', manifest: lbcNlb({}, { ports: [{ port: 53, protocol: 'UDP' }] }), path: ap('target-group-attributes'), message: ['UDP'], fix: 'preserve_client_ip.enabled=false' },
]);

describeRule('AWS-NLB-021', [
  ['ip targets', lbcNlb({ 'target-group-attributes': 'proxy_protocol_v2.enabled=true' }, { externalTrafficPolicy: 'Local' })],
  ['instance, Cluster', lbcNlb({ 'nlb-target-type': 'instance', 'proxy-protocol': '*' })],
  ['explicit health-check port', lbcNlb({ 'nlb-target-type': 'instance', 'proxy-protocol': '*', 'healthcheck-port': '8081' }, { externalTrafficPolicy: 'Local' })],
], [
  { name: 'instance + Local + proxy-protocol', manifest: lbcNlb({ 'nlb-target-type': 'instance', 'proxy-protocol': '*' }, { externalTrafficPolicy: 'Local' }), path: 'spec.externalTrafficPolicy', message: ['"Local"', 'PROXY protocol v2', 'health check'], fix: 'aws-load-balancer-nlb-target-type: ip' },
  { name: 'in-tree NLB + Local + PPv2 attribute', manifest: inTreeNlb({ 'target-group-attributes': 'proxy_protocol_v2.enabled=true' }, { externalTrafficPolicy: 'Local' }), path: 'spec.externalTrafficPolicy', message: ['"Local"', 'kube-proxy'], fix: 'externalTrafficPolicy: Cluster' },
]);

describeRule('AWS-NLB-022', [
  ['managed SG', lbcNlb({ 'nlb-target-type': 'instance' })],
  ['no SG with ranges', lbcNlb({ 'nlb-target-type': 'instance', 'disable-nlb-sg': 'true' }, { loadBalancerSourceRanges: ['10.0.0.0/8', '172.16.0.0/12'] })],
  ['own SG with backend rules', lbcNlb({ 'nlb-target-type': 'instance', 'security-groups': 'sg-01234567', 'manage-backend-security-group-rules': 'true' })],
  ['own SG, preservation off', lbcNlb({ 'nlb-target-type': 'instance', 'security-groups': 'sg-01234567', 'target-group-attributes': 'preserve_client_ip.enabled=false' })],
], [
  { name: 'no SG, no ranges', manifest: lbcNlb({ 'nlb-target-type': 'instance', 'disable-nlb-sg': 'true' }), path: ap('disable-nlb-sg'), message: ['disable-nlb-sg="true"', 'VPC CIDRs only', 'peered'], fix: 'loadBalancerSourceRanges' },
  { name: 'own SG without backend rules', manifest: lbcNlb({ 'nlb-target-type': 'instance', 'security-groups': 'sg-01234567' }), path: ap('security-groups'), message: ['your own security groups "sg-01234567"', 'writes no node rules'], fix: 'manage-backend-security-group-rules: "true"' },
]);
