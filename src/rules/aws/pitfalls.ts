import { awsRule, LBC_NLB_DOCS } from './define';
import { clientIpPreserved, proxyProtocolV2, schemeOf, sourceRangesOf } from './facts';
import { AwsKeys } from '../../aws/model/keys';
import { lbcTargetType, targetGroupAttributes } from '../../aws/model/lbc';
import { LBC } from '../../aws/model/ownership';
import { violation } from '../define';
import { parseGoBool } from '../go';
import { annotationPath, annotationsOf, show, specOf } from '../manifest';
import { Severity } from '../rule';

export const hairpin = awsRule({
  id: 'AWS-NLB-020',
  severity: Severity.WARNING,
  title: 'an internal NLB reached from the cluster does not preserve the client IP (hairpin)',
  description: 'With client IP preservation (AWS\'s default for instance targets, and always for UDP), a connection from a pod or node that the NLB sends back to the same node arrives with its own address as source: the kernel drops it as a martian packet and the connection times out. "Internal load balancers do not support hairpinning" (kubernetes-sigs/aws-load-balancer-controller#1864, kubernetes/cloud-provider-aws#1160).',
  fix: 'Set the target-group attribute preserve_client_ip.enabled=false (clientIpPreservation: false), with proxy_protocol_v2.enabled=true if the backend needs the client IP; acknowledge if no pod of the cluster calls this load balancer.',
  docs: 'https://github.com/kubernetes-sigs/aws-load-balancer-controller/issues/1864',
}, ['lbc', 'ccm-nlb'], (m, _annotations, controller) => {
  if (schemeOf(m, controller) !== 'internal' || !clientIpPreserved(m, controller)) return [];
  const explicit = targetGroupAttributes(m).has('preserve_client_ip.enabled');
  const why = explicit ? `preserve_client_ip.enabled is ${show(targetGroupAttributes(m).get('preserve_client_ip.enabled'))}`
    : controller === 'ccm-nlb' ? 'the in-tree NLB registers instance targets, where AWS preserves the client IP by default'
      : lbcTargetType(m) === 'instance' ? 'instance targets preserve the client IP by default' : 'UDP target groups always preserve the client IP';
  return [violation(annotationPath(AwsKeys.TG_ATTRIBUTES), `this internal NLB preserves the client IP (${why}): pods of this cluster calling it time out whenever the NLB picks their own node (hairpin, "martian packets").`,
    'Add preserve_client_ip.enabled=false to aws-load-balancer-target-group-attributes, and proxy_protocol_v2.enabled=true if the backend needs the client IP; acknowledge if only clients outside the cluster use it.',
    'Set clientIpPreservation: false, and proxyProtocolV2: true if the backend needs the client IP; acknowledge if only clients outside the cluster use it.')];
});

export const proxyProtocolWithLocal = awsRule({
  id: 'AWS-NLB-021',
  severity: Severity.WARNING,
  title: 'no PROXY protocol v2 with externalTrafficPolicy Local on instance targets, unless the health check goes to a PROXY-aware port',
  description: 'AWS prepends the PROXY header to health checks too. With instance targets and externalTrafficPolicy Local the health check goes to spec.healthCheckNodePort, served by kube-proxy (or Cilium), which does not speak PROXY: every target is unhealthy. The controller docs: "you shouldn\'t configure proxy protocol v2 with NLB instance mode and externalTrafficPolicy set to Local".',
  fix: 'Use ip targets, or externalTrafficPolicy Cluster, or point aws-load-balancer-healthcheck-port (and -protocol, -path) at a PROXY-aware port of the backend.',
  docs: LBC_NLB_DOCS,
}, ['lbc', 'ccm-nlb'], (m, _annotations, controller) => {
  if (specOf(m).externalTrafficPolicy !== 'Local' || !proxyProtocolV2(m, controller)) return [];
  if (controller === 'lbc' && lbcTargetType(m) === 'ip') return [];
  if (annotationsOf(m)[AwsKeys.HC_PORT] !== undefined) return [];
  return [violation('spec.externalTrafficPolicy', '"Local" with PROXY protocol v2 on instance targets: the health checks to the health-check node port carry a PROXY header that kube-proxy does not understand, so every target fails its health check.',
    'Use aws-load-balancer-nlb-target-type: ip, externalTrafficPolicy: Cluster, or aws-load-balancer-healthcheck-port on a PROXY-aware listener of the backend.',
    'Use targetType: NlbTargetType.IP, externalTrafficPolicy: ExternalTrafficPolicy.CLUSTER, or healthCheck.port on a PROXY-aware listener of the backend.')];
});

export const preservedClientIpNeedsRules = awsRule({
  id: 'AWS-NLB-022',
  severity: Severity.WARNING,
  title: 'an internal NLB that preserves the client IP admits its clients in the node security groups',
  description: 'With the client IP preserved, targets see the real client addresses. An NLB without a security group (disable-nlb-sg) gets node rules for the VPC CIDRs only unless source ranges are set, so clients over peering, Transit Gateway or VPN are dropped; with your own security groups and manage-backend-security-group-rules not true, nobody writes node rules at all (kubernetes-sigs/aws-load-balancer-controller#4632).',
  fix: 'Set loadBalancerSourceRanges to every client CIDR (peered VPCs, VPN), or manage-backend-security-group-rules: "true", or clientIpPreservation: false; acknowledge if your node security groups already admit the clients.',
  docs: 'https://github.com/kubernetes-sigs/aws-load-balancer-controller/issues/4632',
}, LBC, (m, _annotations, controller) => {
  if (schemeOf(m, controller) !== 'internal' || !clientIpPreserved(m, controller)) return [];
  const a = annotationsOf(m);
  if (parseGoBool(a[AwsKeys.DISABLE_NLB_SG] ?? '') === true && sourceRangesOf(m).length === 0) {
    return [violation(annotationPath(AwsKeys.DISABLE_NLB_SG), `disable-nlb-sg=${show(a[AwsKeys.DISABLE_NLB_SG])}: an internal NLB without a security group that preserves the client IP: the controller opens the nodes to the VPC CIDRs only, so clients in peered VPCs, over Transit Gateway or VPN are dropped.`,
      'Set spec.loadBalancerSourceRanges to every client CIDR, or preserve_client_ip.enabled=false in aws-load-balancer-target-group-attributes; acknowledge if all clients are inside the VPC.',
      'Set loadBalancerSourceRanges to every client CIDR, or clientIpPreservation: false; acknowledge if all clients are inside the VPC.')];
  }
  if (a[AwsKeys.SECURITY_GROUPS] !== undefined && parseGoBool(a[AwsKeys.MANAGE_BACKEND_SG] ?? '') !== true) {
    return [violation(annotationPath(AwsKeys.SECURITY_GROUPS), `your own security groups ${show(a[AwsKeys.SECURITY_GROUPS])} without manage-backend-security-group-rules: "true", on an internal NLB that preserves the client IP: the controller writes no node rules, so the node security groups must admit every client CIDR themselves.`,
      'Set aws-load-balancer-manage-backend-security-group-rules: "true", or open the node security groups to the client CIDRs and acknowledge this warning.',
      'Set manageBackendSecurityGroupRules: true, or open the node security groups to the client CIDRs and acknowledge this warning.')];
  }
  return [];
});

export const PITFALL_RULES = [hairpin, proxyProtocolWithLocal, preservedClientIpNeedsRules];
