import { ChangeEffect } from './change';
import { ChangeCheck, DetectedChange } from './detected';
import { targetGroupProcedure, twinProcedure } from './procedures';
import { annotationPathOf, hasAnnotationPrefix, listValue, nameOf, portsOf, serviceAnnotation } from './values';
import { isLoadBalancerService, specOf } from '../../rules/manifest';

/**
 * What re-creates an AWS load balancer or target group, per controller (catalogue: aws-annotations.md §0, §A.1, §B,
 * pitfall 4). The in-tree provider (CCM) and the AWS Load Balancer Controller (LBC) differ: a scheme change replaces an
 * LBC NLB but is ignored by the CCM, health-check changes replace a CCM NLB target group but are in place on the LBC.
 */

export type AwsController = 'lbc' | 'ccm-nlb' | 'ccm-clb' | 'none';

const LBC_CLASS = 'service.k8s.aws/nlb';
const LBC_DOCS = 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/';
const CCM_DOCS = 'https://github.com/kubernetes/cloud-provider-aws/blob/master/pkg/providers/v1/aws_loadbalancer.go';

const CONTROLLER_NAMES: Record<AwsController, string> = {
  'lbc': 'AWS Load Balancer Controller',
  'ccm-nlb': 'in-tree AWS provider (NLB)',
  'ccm-clb': 'in-tree AWS provider (classic ELB)',
  'none': 'no AWS controller',
};

/** Whether a Service is meant for AWS: an aws-load-balancer-* annotation or the LBC class. */
export function isAwsService(manifest: unknown): boolean {
  return hasAnnotationPrefix(manifest, 'service.beta.kubernetes.io/aws-load-balancer-') || specOf(manifest).loadBalancerClass === LBC_CLASS;
}

/** Keys only the LBC reads: on a Service without class or type, they say that the LBC webhook gave it the LBC class. */
const LBC_ONLY_KEYS = [
  'aws-load-balancer-scheme', 'aws-load-balancer-nlb-target-type', 'aws-load-balancer-name', 'aws-load-balancer-ip-address-type',
  'aws-load-balancer-attributes', 'aws-load-balancer-alpn-policy', 'aws-load-balancer-ipv6-addresses',
];

/** Neither a class nor a type annotation: the manifest alone does not say which controller owns it. */
function unmarked(manifest: unknown): boolean {
  const lbClass = specOf(manifest).loadBalancerClass;
  return (lbClass === undefined || lbClass === null) && serviceAnnotation(manifest, 'aws-load-balancer-type') === undefined;
}

function hasLbcOnlyKeys(manifest: unknown): boolean {
  return LBC_ONLY_KEYS.some((key) => serviceAnnotation(manifest, key) !== undefined);
}

/**
 * Which controller reconciles the Service (aws-annotations.md §0). A Service with neither a class nor a type
 * annotation but with LBC-only keys is taken to be the LBC's: its webhook (on by default since v2.5) sets
 * `spec.loadBalancerClass` on the live object and copies it forward on every update, so the manifest never shows it.
 */
export function awsControllerOf(manifest: unknown): AwsController {
  const lbClass = specOf(manifest).loadBalancerClass;
  if (lbClass !== undefined && lbClass !== null) return lbClass === LBC_CLASS ? 'lbc' : 'none';
  const type = serviceAnnotation(manifest, 'aws-load-balancer-type');
  if (type === undefined && hasLbcOnlyKeys(manifest)) return 'lbc';
  if (type === 'nlb-ip') return 'lbc';
  if (type === 'external') {
    const targetType = serviceAnnotation(manifest, 'aws-load-balancer-nlb-target-type');
    return targetType === 'ip' || targetType === 'instance' ? 'lbc' : 'none';
  }
  return type === 'nlb' ? 'ccm-nlb' : 'ccm-clb';
}

/**
 * The controllers of both versions. When neither version names its controller and one has LBC-only keys, both are the
 * LBC's: in a cluster with the LBC webhook the class was set when the Service was created, whatever its annotations.
 */
export function awsControllersOf(before: unknown, after: unknown): [AwsController, AwsController] {
  if (unmarked(before) && unmarked(after) && (hasLbcOnlyKeys(before) || hasLbcOnlyKeys(after))) return ['lbc', 'lbc'];
  return [awsControllerOf(before), awsControllerOf(after)];
}

function change(controller: AwsController, fields: Omit<DetectedChange, 'controller' | 'docs'> & { docs?: string }): DetectedChange {
  return { ...fields, controller: CONTROLLER_NAMES[controller], docs: fields.docs ?? (controller === 'lbc' ? LBC_DOCS : CCM_DOCS) };
}

/** Both versions are AWS LoadBalancer Services reconciled by the same controller, or undefined. */
function sameController(before: unknown, after: unknown): AwsController | undefined {
  if (!isLoadBalancerService(before) || !isLoadBalancerService(after)) return undefined;
  if (!isAwsService(before) && !isAwsService(after)) return undefined;
  const [from, to] = awsControllersOf(before, after);
  return from === to ? to : undefined;
}

/** Another controller takes the Service over (aws-load-balancer-type or target type edited): it builds a new LB. */
export const controllerChanged: ChangeCheck = (before, after) => {
  if (!isLoadBalancerService(before) || !isLoadBalancerService(after)) return [];
  if (!isAwsService(before) && !isAwsService(after)) return [];
  if (specOf(before).loadBalancerClass !== specOf(after).loadBalancerClass) return []; // reported as DIFF-K8S-CLASS
  const [from, to] = awsControllersOf(before, after);
  if (from === to) return [];
  return [change(to, {
    changeId: 'DIFF-AWS-CONTROLLER',
    effect: ChangeEffect.NEW_LOAD_BALANCER,
    path: annotationPathOf('aws-load-balancer-type'),
    oldValue: serviceAnnotation(before, 'aws-load-balancer-type'),
    newValue: serviceAnnotation(after, 'aws-load-balancer-type'),
    message: `the Service moves from the ${CONTROLLER_NAMES[from]} to the ${CONTROLLER_NAMES[to]}: a new load balancer with a new DNS name `
      + 'is built (or none), and the old one is leaked or deleted; the in-tree provider v1.36+ refuses the change. '
      + 'The LBC docs: "Do not add or modify this annotation on an existing Service".',
    procedure: twinProcedure(nameOf(after)),
    docs: LBC_DOCS,
  })];
};

/** The LBC scheme: explicit scheme, else the deprecated internal bool; an absent annotation keeps the current scheme. */
function lbcExplicitScheme(manifest: unknown): string | undefined {
  const scheme = serviceAnnotation(manifest, 'aws-load-balancer-scheme');
  if (scheme !== undefined) return scheme;
  const internal = serviceAnnotation(manifest, 'aws-load-balancer-internal');
  if (internal === undefined) return undefined;
  return ['true', '1', 't', 'TRUE', 'True', 'T'].includes(internal) ? 'internal' : 'internet-facing';
}

const SCHEME_KEYS = ['aws-load-balancer-scheme', 'aws-load-balancer-internal'];

export const lbcSchemeChanged: ChangeCheck = (before, after) => {
  if (sameController(before, after) !== 'lbc') return [];
  const next = lbcExplicitScheme(after);
  // The LB keeps its scheme when the annotation is removed; new LBs default to internal (LBC v2.2+).
  const current = lbcExplicitScheme(before) ?? 'internal';
  if (next === undefined || next === current) return [];
  return [change('lbc', {
    changeId: 'DIFF-AWS-SCHEME',
    effect: ChangeEffect.NEW_LOAD_BALANCER,
    path: annotationPathOf(SCHEME_KEYS.find((key) => serviceAnnotation(after, key) !== undefined) ?? 'aws-load-balancer-scheme'),
    oldValue: current,
    newValue: next,
    message: `the scheme changes from ${current} to ${next}: the controller DELETES the NLB before creating the new one `
      + '(isSDKLoadBalancerRequiresReplacement): downtime, and a new DNS name that every client must resolve again.',
    procedure: twinProcedure(nameOf(after), 'its new NLB'),
  })];
};

/** The CCM reads internal as: absent, "" or exactly "false" → internet-facing; anything else → internal. */
function ccmInternal(manifest: unknown): boolean {
  const value = serviceAnnotation(manifest, 'aws-load-balancer-internal');
  return value !== undefined && value !== 'false';
}

export const ccmSchemeIgnored: ChangeCheck = (before, after) => {
  const controller = sameController(before, after);
  if (controller !== 'ccm-nlb' && controller !== 'ccm-clb') return [];
  if (ccmInternal(before) === ccmInternal(after)) return [];
  return [change(controller, {
    changeId: 'DIFF-AWS-CCM-SCHEME',
    effect: ChangeEffect.IGNORED_UNTIL_RECREATED,
    path: annotationPathOf('aws-load-balancer-internal'),
    oldValue: ccmInternal(before) ? 'internal' : 'internet-facing',
    newValue: ccmInternal(after) ? 'internal' : 'internet-facing',
    message: 'the in-tree provider never syncs internal vs internet-facing on an existing load balancer (`// TODO: Sync internal vs '
      + 'non-internal`): the change is silently ignored, and only deleting and re-creating the Service applies it, with a new load '
      + 'balancer and DNS name. (aws-load-balancer-scheme is not read by this controller.)',
    procedure: twinProcedure(nameOf(after)),
  })];
};

export const ccmNlbSubnetsIgnored: ChangeCheck = (before, after) => {
  if (sameController(before, after) !== 'ccm-nlb') return [];
  const oldSubnets = listValue(serviceAnnotation(before, 'aws-load-balancer-subnets'));
  const newSubnets = listValue(serviceAnnotation(after, 'aws-load-balancer-subnets'));
  if (oldSubnets === newSubnets) return [];
  return [change('ccm-nlb', {
    changeId: 'DIFF-AWS-CCM-SUBNETS',
    effect: ChangeEffect.IGNORED_UNTIL_RECREATED,
    path: annotationPathOf('aws-load-balancer-subnets'),
    oldValue: oldSubnets,
    newValue: newSubnets,
    message: 'the in-tree provider never changes the subnets of an existing NLB ("Subnets cannot be modified on NLBs"): the change is '
      + 'ignored, and only re-creating the Service applies it, with a new NLB and DNS name.',
    procedure: twinProcedure(nameOf(after)),
  })];
};

const CREATE_ONLY_ADDRESSES: Array<{ key: string; controllers: AwsController[] }> = [
  { key: 'aws-load-balancer-eip-allocations', controllers: ['lbc', 'ccm-nlb'] },
  { key: 'aws-load-balancer-private-ipv4-addresses', controllers: ['lbc', 'ccm-nlb'] },
  { key: 'aws-load-balancer-ipv6-addresses', controllers: ['lbc'] },
];

/** EIPs and private IPs are applied only when the NLB is created: a later edit never reaches AWS. */
export const staticAddressesIgnored: ChangeCheck = (before, after) => {
  const controller = sameController(before, after);
  if (!controller) return [];
  return CREATE_ONLY_ADDRESSES.filter((a) => a.controllers.includes(controller)).flatMap(({ key }) => {
    const oldValue = listValue(serviceAnnotation(before, key));
    const newValue = listValue(serviceAnnotation(after, key));
    if (oldValue === newValue) return [];
    return [change(controller, {
      changeId: 'DIFF-AWS-ADDRESSES',
      effect: ChangeEffect.IGNORED_UNTIL_RECREATED,
      path: annotationPathOf(key),
      oldValue,
      newValue,
      message: `${key} is applied only when the NLB is created: on an existing NLB the change is ignored, and only re-creating the `
        + 'Service (a new NLB, new DNS name) gives it the new addresses.',
      procedure: twinProcedure(nameOf(after), 'its NLB with the new addresses'),
    })];
  });
};

/** LBC target type: `nlb-ip` forces ip; otherwise anything but `ip` is instance. */
function lbcTargetType(manifest: unknown): string {
  if (serviceAnnotation(manifest, 'aws-load-balancer-type') === 'nlb-ip') return 'ip';
  return serviceAnnotation(manifest, 'aws-load-balancer-nlb-target-type') === 'ip' ? 'ip' : 'instance';
}

export const lbcTargetTypeChanged: ChangeCheck = (before, after) => {
  if (sameController(before, after) !== 'lbc') return [];
  const oldType = lbcTargetType(before);
  const newType = lbcTargetType(after);
  if (oldType === newType) return [];
  return [change('lbc', {
    changeId: 'DIFF-AWS-TARGET-TYPE',
    effect: ChangeEffect.TARGET_GROUP_REPLACED,
    path: annotationPathOf('aws-load-balancer-nlb-target-type'),
    oldValue: oldType,
    newValue: newType,
    message: `the target type changes from ${oldType} to ${newType}: every target group of the NLB is replaced `
      + '(isSDKTargetGroupRequiresReplacement compares TargetType); the DNS name stays.',
    procedure: targetGroupProcedure(nameOf(after)),
  })];
};

function portMatches(list: string | undefined, port: { [key: string]: unknown }): boolean {
  if (list === undefined || list === '*') return true;
  return list.split(',').map((v) => v.trim()).some((entry) => entry === String(port.port) || (typeof port.name === 'string' && entry === port.name));
}

/** The target-group protocol of each port (TCP, UDP, TLS or QUIC), keyed by port number and protocol. */
export function targetGroupProtocols(manifest: unknown, controller: AwsController): Map<string, string> {
  const cert = serviceAnnotation(manifest, 'aws-load-balancer-ssl-cert');
  const sslBackend = serviceAnnotation(manifest, 'aws-load-balancer-backend-protocol') === 'ssl';
  const sslPorts = serviceAnnotation(manifest, 'aws-load-balancer-ssl-ports');
  const quicPorts = controller === 'lbc' ? serviceAnnotation(manifest, 'aws-load-balancer-quic-enabled-ports') : undefined;
  const result = new Map<string, string>();
  for (const port of portsOf(manifest)) {
    const protocol = typeof port.protocol === 'string' ? port.protocol : 'TCP';
    let tgProtocol = protocol;
    if (protocol === 'UDP' && quicPorts !== undefined && portMatches(quicPorts, port)) tgProtocol = 'QUIC';
    else if (protocol === 'TCP' && cert !== undefined && sslBackend && portMatches(sslPorts, port)) tgProtocol = 'TLS';
    result.set(`${String(port.port)}/${protocol}`, tgProtocol);
  }
  return result;
}

/** The keys that decide a target group's protocol, in the order a finding names them. */
const TG_PROTOCOL_KEYS = [
  'aws-load-balancer-backend-protocol', 'aws-load-balancer-ssl-cert', 'aws-load-balancer-ssl-ports', 'aws-load-balancer-quic-enabled-ports',
];

export const targetGroupProtocolChanged: ChangeCheck = (before, after) => {
  const controller = sameController(before, after);
  if (controller !== 'lbc' && controller !== 'ccm-nlb') return [];
  const oldProtocols = targetGroupProtocols(before, controller);
  const newProtocols = targetGroupProtocols(after, controller);
  const changed = [...newProtocols.keys()].filter((port) => oldProtocols.has(port) && oldProtocols.get(port) !== newProtocols.get(port));
  const cause = TG_PROTOCOL_KEYS.find((key) => serviceAnnotation(before, key) !== serviceAnnotation(after, key));
  return changed.map((port) => change(controller, {
    changeId: 'DIFF-AWS-TG-PROTOCOL',
    effect: ChangeEffect.TARGET_GROUP_REPLACED,
    path: cause ? annotationPathOf(cause) : 'spec.ports',
    oldValue: `${port}: ${oldProtocols.get(port)}`,
    newValue: `${port}: ${newProtocols.get(port)}`,
    message: `the target group of port ${port} changes protocol from ${oldProtocols.get(port)} to ${newProtocols.get(port)} `
      + '(backend-protocol ssl, ssl-cert, ssl-ports or QUIC ports changed): the target group is replaced.',
    procedure: targetGroupProcedure(nameOf(after)),
  }));
};

/** The in-tree NLB health check: protocol and interval are part of the target group (its name hash). */
function ccmHealthCheck(manifest: unknown): { protocol: string; interval: string } {
  const local = specOf(manifest).externalTrafficPolicy === 'Local';
  const protocol = serviceAnnotation(manifest, 'aws-load-balancer-healthcheck-protocol')?.toUpperCase() ?? (local ? 'HTTP' : 'TCP');
  const interval = serviceAnnotation(manifest, 'aws-load-balancer-healthcheck-interval') ?? (local ? '10' : '30');
  return { protocol, interval };
}

export const ccmNlbHealthCheckChanged: ChangeCheck = (before, after) => {
  if (sameController(before, after) !== 'ccm-nlb') return [];
  const oldCheck = ccmHealthCheck(before);
  const newCheck = ccmHealthCheck(after);
  const out: DetectedChange[] = [];
  if (oldCheck.protocol !== newCheck.protocol) {
    const viaPolicy = serviceAnnotation(after, 'aws-load-balancer-healthcheck-protocol') === undefined
      && specOf(before).externalTrafficPolicy !== specOf(after).externalTrafficPolicy;
    out.push(change('ccm-nlb', {
      changeId: 'DIFF-AWS-CCM-HEALTHCHECK',
      effect: ChangeEffect.TARGET_GROUP_REPLACED,
      path: viaPolicy ? 'spec.externalTrafficPolicy' : annotationPathOf('aws-load-balancer-healthcheck-protocol'),
      oldValue: oldCheck.protocol,
      newValue: newCheck.protocol,
      message: `the health-check protocol changes from ${oldCheck.protocol} to ${newCheck.protocol}`
        + (viaPolicy ? ' (externalTrafficPolicy Cluster↔Local flips the default)' : '')
        + ': the in-tree provider creates a new target group, switches the listener and deletes the old one.',
      procedure: targetGroupProcedure(nameOf(after)),
    }));
  }
  if (oldCheck.interval !== newCheck.interval) {
    out.push(change('ccm-nlb', {
      changeId: 'DIFF-AWS-CCM-HEALTHCHECK',
      effect: ChangeEffect.TARGET_GROUP_REPLACED,
      path: annotationPathOf('aws-load-balancer-healthcheck-interval'),
      oldValue: oldCheck.interval,
      newValue: newCheck.interval,
      message: `the health-check interval changes from ${oldCheck.interval}s to ${newCheck.interval}s: the in-tree provider creates a `
        + 'new target group (the interval is part of its name hash), switches the listener and deletes the old one.',
      procedure: targetGroupProcedure(nameOf(after)),
    }));
  }
  return out;
};

export const ccmNlbNodePortChanged: ChangeCheck = (before, after) => {
  if (sameController(before, after) !== 'ccm-nlb') return [];
  const oldPorts = new Map(portsOf(before).map((p) => [`${String(p.port)}/${String(p.protocol ?? 'TCP')}`, p.nodePort]));
  return portsOf(after).flatMap((port, index) => {
    const key = `${String(port.port)}/${String(port.protocol ?? 'TCP')}`;
    const oldNodePort = oldPorts.get(key);
    if (oldNodePort === undefined || port.nodePort === undefined || oldNodePort === port.nodePort) return [];
    return [change('ccm-nlb', {
      changeId: 'DIFF-AWS-CCM-NODEPORT',
      effect: ChangeEffect.TARGET_GROUP_REPLACED,
      path: `spec.ports[${index}].nodePort`,
      oldValue: oldNodePort,
      newValue: port.nodePort,
      message: `the nodePort of port ${key} changes: the in-tree provider creates a new target group (the node port cannot be modified `
        + 'on an existing target group), switches the listener and deletes the old one.',
      procedure: targetGroupProcedure(nameOf(after)),
    })];
  });
};

export const AWS_CHECKS: ChangeCheck[] = [
  controllerChanged, lbcSchemeChanged, ccmSchemeIgnored, ccmNlbSubnetsIgnored, staticAddressesIgnored,
  lbcTargetTypeChanged, targetGroupProtocolChanged, ccmNlbHealthCheckChanged, ccmNlbNodePortChanged,
];
