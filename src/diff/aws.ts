import { ChangeEffect } from './change';
import { ChangeCheck, ChangeMeta, defineChange, Found } from './detected';
import { targetGroupProcedure, twinProcedure } from './procedures';
import { code, listValue, nameOf, presentValue } from './values';
import { ccmScheme } from '../aws/model/in-tree';
import { AwsKeys } from '../aws/model/keys';
import { lbcTargetType } from '../aws/model/lbc';
import { AwsController, isAwsService } from '../aws/model/ownership';
import { lbcRequestedScheme, liveControllersOf } from '../rules/aws/controller';
import { LBC_DOCS } from '../rules/aws/define';
import { keyName, portsOf, protocolOfPort } from '../rules/aws/facts';
import { portEntries } from '../rules/kubernetes/ports';
import { annotationPath, annotationsOf, isLoadBalancerService, JsonObject, specOf } from '../rules/manifest';

/**
 * What re-creates an AWS load balancer or target group, per controller (catalogue: aws-annotations.md §0, §A.1, §B,
 * pitfall 4). The in-tree provider (CCM) and the AWS Load Balancer Controller (LBC) differ: a scheme change replaces an
 * LBC NLB but is ignored by the CCM, health-check changes replace a CCM NLB target group but are in place on the LBC.
 * Which controller reconciles a Service is the rules' answer, for the live object (liveControllersOf).
 */

const CCM_DOCS = 'https://github.com/kubernetes/cloud-provider-aws/blob/master/pkg/providers/v1/aws_loadbalancer.go';

/** How a finding names each controller of the rules' model (a Record: a new controller in the model needs a name here). */
const CONTROLLER_NAMES: Record<AwsController, string> = {
  'lbc': 'AWS Load Balancer Controller',
  'ccm-nlb': 'in-tree AWS provider (NLB)',
  'ccm-clb': 'in-tree AWS provider (classic ELB)',
  'none': 'no AWS controller',
  'foreign': 'a controller of another load balancer class',
};

/** Both versions are AWS LoadBalancer Services reconciled by the same controller, or undefined. */
function sameController(before: unknown, after: unknown): AwsController | undefined {
  if (!isLoadBalancerService(before) || !isLoadBalancerService(after)) return undefined;
  if (!isAwsService(before) && !isAwsService(after)) return undefined;
  const [from, to] = liveControllersOf(before, after);
  return from === to ? to : undefined;
}

interface AwsChangeMeta extends Omit<ChangeMeta, 'controller' | 'docs'> {
  /** The controllers whose Services the change is looked for on (both versions reconciled by the same one). */
  readonly controllers: readonly AwsController[];
  readonly docs?: string;
}

/**
 * A change looked for only on Services that one of `controllers` reconciles in both versions; each finding names that
 * controller and its docs.
 */
function awsChange(meta: AwsChangeMeta, find: (before: unknown, after: unknown, controller: AwsController) => Found[]): ChangeCheck {
  const { controllers, ...rest } = meta;
  return defineChange({
    ...rest,
    controller: controllers.map((c) => CONTROLLER_NAMES[c]).join(', '),
    docs: meta.docs ?? (controllers.includes('lbc') ? LBC_DOCS : CCM_DOCS),
  }, (before, after) => {
    const controller = sameController(before, after);
    if (controller === undefined || !controllers.includes(controller)) return [];
    const docs = meta.docs ?? (controller === 'lbc' ? LBC_DOCS : CCM_DOCS);
    return find(before, after, controller).map((found) => ({ controller: CONTROLLER_NAMES[controller], docs, ...found }));
  });
}

/** Another controller takes the Service over (the type or target type annotation edited): it builds a new LB. */
export const controllerChanged = defineChange({
  id: 'DIFF-AWS-CONTROLLER',
  effect: ChangeEffect.NEW_LOAD_BALANCER,
  // Named by the controller that takes the Service over: any but 'foreign' (a class change is DIFF-K8S-CLASS).
  controller: (['lbc', 'ccm-nlb', 'ccm-clb', 'none'] as const).map((c) => CONTROLLER_NAMES[c]).join(', '),
  title: `${code(AwsKeys.TYPE)} (or ${code(AwsKeys.TARGET_TYPE)}) moves the Service between the in-tree provider (CLB, NLB) and the LBC`,
  docs: LBC_DOCS,
}, (before, after) => {
  if (!isLoadBalancerService(before) || !isLoadBalancerService(after)) return [];
  if (!isAwsService(before) && !isAwsService(after)) return [];
  if (specOf(before).loadBalancerClass !== specOf(after).loadBalancerClass) return []; // reported as DIFF-K8S-CLASS
  const [from, to] = liveControllersOf(before, after);
  if (from === to) return [];
  return [{
    controller: CONTROLLER_NAMES[to],
    path: annotationPath(AwsKeys.TYPE),
    // As written: the controllers compare the type exactly.
    oldValue: annotationsOf(before)[AwsKeys.TYPE],
    newValue: annotationsOf(after)[AwsKeys.TYPE],
    message: `the Service moves from the ${CONTROLLER_NAMES[from]} to the ${CONTROLLER_NAMES[to]}: a new load balancer with a new DNS name `
      + 'is built (or none), and the old one is leaked or deleted; the in-tree provider v1.36+ refuses the change. '
      + 'The LBC docs: "Do not add or modify this annotation on an existing Service".',
    procedure: twinProcedure(nameOf(after)),
  }];
});

export const lbcSchemeChanged = awsChange({
  id: 'DIFF-AWS-SCHEME',
  effect: ChangeEffect.NEW_LOAD_BALANCER,
  controllers: ['lbc'],
  title: `${code(AwsKeys.SCHEME)} / deprecated ${code(AwsKeys.INTERNAL)} (absent or refused = keep current; new LBs internal)`,
}, (before, after) => {
  const next = lbcRequestedScheme(after);
  // The NLB keeps its scheme when no key asks for one; new NLBs default to internal (LBC v2.2+).
  const current = lbcRequestedScheme(before)?.scheme ?? 'internal';
  if (next === undefined || next.scheme === current) return [];
  return [{
    path: annotationPath(next.key),
    oldValue: current,
    newValue: next.scheme,
    message: `the scheme changes from ${current} to ${next.scheme}: the controller DELETES the NLB before creating the new one `
      + '(isSDKLoadBalancerRequiresReplacement): downtime, and a new DNS name that every client must resolve again.',
    procedure: twinProcedure(nameOf(after), 'its new NLB'),
  }];
});

export const ccmSchemeIgnored = awsChange({
  id: 'DIFF-AWS-CCM-SCHEME',
  effect: ChangeEffect.IGNORED_UNTIL_RECREATED,
  controllers: ['ccm-nlb', 'ccm-clb'],
  title: code(AwsKeys.INTERNAL),
}, (before, after) => {
  const [oldScheme, newScheme] = [ccmScheme(before), ccmScheme(after)];
  if (oldScheme === newScheme) return [];
  return [{
    path: annotationPath(AwsKeys.INTERNAL),
    oldValue: oldScheme,
    newValue: newScheme,
    message: 'the in-tree provider never syncs internal vs internet-facing on an existing load balancer (`// TODO: Sync internal vs '
      + 'non-internal`): the change is silently ignored, and only deleting and re-creating the Service applies it, with a new load '
      + `balancer and DNS name. (${keyName(AwsKeys.SCHEME)} is not read by this controller.)`,
    procedure: twinProcedure(nameOf(after)),
  }];
});

export const ccmNlbSubnetsIgnored = awsChange({
  id: 'DIFF-AWS-CCM-SUBNETS',
  effect: ChangeEffect.IGNORED_UNTIL_RECREATED,
  controllers: ['ccm-nlb'],
  title: code(AwsKeys.SUBNETS),
}, (before, after) => {
  const oldSubnets = listValue(presentValue(before, AwsKeys.SUBNETS));
  const newSubnets = listValue(presentValue(after, AwsKeys.SUBNETS));
  if (oldSubnets === newSubnets) return [];
  return [{
    path: annotationPath(AwsKeys.SUBNETS),
    oldValue: oldSubnets,
    newValue: newSubnets,
    message: 'the in-tree provider never changes the subnets of an existing NLB ("Subnets cannot be modified on NLBs"): the change is '
      + 'ignored, and only re-creating the Service applies it, with a new NLB and DNS name.',
    procedure: twinProcedure(nameOf(after)),
  }];
});

/** The addresses each NLB controller applies only when it creates the NLB. */
const CREATE_ONLY_ADDRESSES: ReadonlyArray<{ readonly key: string; readonly controllers: readonly AwsController[] }> = [
  { key: AwsKeys.EIP_ALLOCATIONS, controllers: ['lbc', 'ccm-nlb'] },
  { key: AwsKeys.PRIVATE_IPV4, controllers: ['lbc', 'ccm-nlb'] },
  { key: AwsKeys.IPV6, controllers: ['lbc'] },
];

/** EIPs and private IPs are applied only when the NLB is created: a later edit never reaches AWS. */
export const staticAddressesIgnored = awsChange({
  id: 'DIFF-AWS-ADDRESSES',
  effect: ChangeEffect.IGNORED_UNTIL_RECREATED,
  controllers: ['lbc', 'ccm-nlb'],
  title: `${CREATE_ONLY_ADDRESSES.map((a) => code(a.key)).join(', ')} (create-only; IPv6 on the LBC only)`,
}, (before, after, controller) => CREATE_ONLY_ADDRESSES.filter((a) => a.controllers.includes(controller)).flatMap(({ key }) => {
  const oldValue = listValue(presentValue(before, key));
  const newValue = listValue(presentValue(after, key));
  if (oldValue === newValue) return [];
  return [{
    path: annotationPath(key),
    oldValue,
    newValue,
    message: `${keyName(key)} is applied only when the NLB is created: on an existing NLB the change is ignored, and only re-creating the `
      + 'Service (a new NLB, new DNS name) gives it the new addresses.',
    procedure: twinProcedure(nameOf(after), 'its NLB with the new addresses'),
  }];
}));

export const lbcTargetTypeChanged = awsChange({
  id: 'DIFF-AWS-TARGET-TYPE',
  effect: ChangeEffect.TARGET_GROUP_REPLACED,
  controllers: ['lbc'],
  title: `${code(AwsKeys.TARGET_TYPE)} ip↔instance`,
}, (before, after) => {
  const oldType = lbcTargetType(before);
  const newType = lbcTargetType(after);
  if (oldType === newType) return [];
  return [{
    path: annotationPath(AwsKeys.TARGET_TYPE),
    oldValue: oldType,
    newValue: newType,
    message: `the target type changes from ${oldType} to ${newType}: every target group of the NLB is replaced `
      + '(isSDKTargetGroupRequiresReplacement compares TargetType); the DNS name stays.',
    procedure: targetGroupProcedure(nameOf(after)),
  }];
});

/** Whether a port is in a port list annotation (`*`, or numbers and names separated by commas); absent means every port. */
function portMatches(list: string | undefined, port: JsonObject): boolean {
  if (list === undefined || list === '*') return true;
  return list.split(',').map((v) => v.trim()).some((entry) => entry === String(port.port) || (typeof port.name === 'string' && entry === port.name));
}

/** The target-group protocol of each port (TCP, UDP, TLS or QUIC), keyed by port number and protocol. */
export function targetGroupProtocols(manifest: unknown, controller: AwsController): Map<string, string> {
  const cert = presentValue(manifest, AwsKeys.SSL_CERT);
  const sslBackend = presentValue(manifest, AwsKeys.BACKEND_PROTOCOL) === 'ssl';
  const sslPorts = presentValue(manifest, AwsKeys.SSL_PORTS);
  const quicPorts = controller === 'lbc' ? presentValue(manifest, AwsKeys.QUIC_PORTS) : undefined;
  const result = new Map<string, string>();
  for (const port of portsOf(manifest)) {
    const protocol = protocolOfPort(port);
    let tgProtocol = protocol;
    if (protocol === 'UDP' && quicPorts !== undefined && portMatches(quicPorts, port)) tgProtocol = 'QUIC';
    else if (protocol === 'TCP' && cert !== undefined && sslBackend && portMatches(sslPorts, port)) tgProtocol = 'TLS';
    result.set(`${String(port.port)}/${protocol}`, tgProtocol);
  }
  return result;
}

/** The keys that decide a target group's protocol, in the order a finding names them. */
const TG_PROTOCOL_KEYS = [AwsKeys.BACKEND_PROTOCOL, AwsKeys.SSL_CERT, AwsKeys.SSL_PORTS, AwsKeys.QUIC_PORTS];

export const targetGroupProtocolChanged = awsChange({
  id: 'DIFF-AWS-TG-PROTOCOL',
  effect: ChangeEffect.TARGET_GROUP_REPLACED,
  controllers: ['lbc', 'ccm-nlb'],
  title: `a port's target-group protocol (TCP↔TLS by ${code(AwsKeys.BACKEND_PROTOCOL)}: ssl + ${code(AwsKeys.SSL_CERT)} + ${code(AwsKeys.SSL_PORTS)}; `
    + `QUIC ports by ${code(AwsKeys.QUIC_PORTS)})`,
}, (before, after, controller) => {
  const oldProtocols = targetGroupProtocols(before, controller);
  const newProtocols = targetGroupProtocols(after, controller);
  const changed = [...newProtocols.keys()].filter((port) => oldProtocols.has(port) && oldProtocols.get(port) !== newProtocols.get(port));
  const cause = TG_PROTOCOL_KEYS.find((key) => presentValue(before, key) !== presentValue(after, key));
  return changed.map((port) => ({
    path: cause ? annotationPath(cause) : 'spec.ports',
    oldValue: `${port}: ${oldProtocols.get(port)}`,
    newValue: `${port}: ${newProtocols.get(port)}`,
    message: `the target group of port ${port} changes protocol from ${oldProtocols.get(port)} to ${newProtocols.get(port)} `
      + '(backend-protocol ssl, ssl-cert, ssl-ports or QUIC ports changed): the target group is replaced.',
    procedure: targetGroupProcedure(nameOf(after)),
  }));
});

/** The in-tree NLB health check: protocol and interval are part of the target group (its name hash). */
function ccmHealthCheck(manifest: unknown): { protocol: string; interval: string } {
  const local = specOf(manifest).externalTrafficPolicy === 'Local';
  const protocol = presentValue(manifest, AwsKeys.HC_PROTOCOL)?.toUpperCase() ?? (local ? 'HTTP' : 'TCP');
  const interval = presentValue(manifest, AwsKeys.HC_INTERVAL) ?? (local ? '10' : '30');
  return { protocol, interval };
}

export const ccmNlbHealthCheckChanged = awsChange({
  id: 'DIFF-AWS-CCM-HEALTHCHECK',
  effect: ChangeEffect.TARGET_GROUP_REPLACED,
  controllers: ['ccm-nlb'],
  title: `health-check protocol or interval (${code(AwsKeys.HC_PROTOCOL)}, ${code(AwsKeys.HC_INTERVAL)}), also through \`externalTrafficPolicy\` `
    + '(default TCP/30 s ↔ HTTP/10 s)',
}, (before, after) => {
  const oldCheck = ccmHealthCheck(before);
  const newCheck = ccmHealthCheck(after);
  const out: Found[] = [];
  if (oldCheck.protocol !== newCheck.protocol) {
    const viaPolicy = presentValue(after, AwsKeys.HC_PROTOCOL) === undefined
      && specOf(before).externalTrafficPolicy !== specOf(after).externalTrafficPolicy;
    out.push({
      path: viaPolicy ? 'spec.externalTrafficPolicy' : annotationPath(AwsKeys.HC_PROTOCOL),
      oldValue: oldCheck.protocol,
      newValue: newCheck.protocol,
      message: `the health-check protocol changes from ${oldCheck.protocol} to ${newCheck.protocol}`
        + (viaPolicy ? ' (externalTrafficPolicy Cluster↔Local flips the default)' : '')
        + ': the in-tree provider creates a new target group, switches the listener and deletes the old one.',
      procedure: targetGroupProcedure(nameOf(after)),
    });
  }
  if (oldCheck.interval !== newCheck.interval) {
    out.push({
      path: annotationPath(AwsKeys.HC_INTERVAL),
      oldValue: oldCheck.interval,
      newValue: newCheck.interval,
      message: `the health-check interval changes from ${oldCheck.interval}s to ${newCheck.interval}s: the in-tree provider creates a `
        + 'new target group (the interval is part of its name hash), switches the listener and deletes the old one.',
      procedure: targetGroupProcedure(nameOf(after)),
    });
  }
  return out;
});

/** A port's identity across versions: its number and protocol (the name may change freely). */
function portIdentity(port: JsonObject): string {
  return `${String(port.port)}/${String(port.protocol ?? 'TCP')}`;
}

export const ccmNlbNodePortChanged = awsChange({
  id: 'DIFF-AWS-CCM-NODEPORT',
  effect: ChangeEffect.TARGET_GROUP_REPLACED,
  controllers: ['ccm-nlb'],
  title: 'an explicit `nodePort`',
}, (before, after) => {
  const oldPorts = new Map(portsOf(before).map((p) => [portIdentity(p), p.nodePort]));
  return portEntries(after).flatMap(({ port, index }) => {
    const key = portIdentity(port);
    const oldNodePort = oldPorts.get(key);
    if (oldNodePort === undefined || port.nodePort === undefined || oldNodePort === port.nodePort) return [];
    return [{
      path: `spec.ports[${index}].nodePort`,
      oldValue: oldNodePort,
      newValue: port.nodePort,
      message: `the nodePort of port ${key} changes: the in-tree provider creates a new target group (the node port cannot be modified `
        + 'on an existing target group), switches the listener and deletes the old one.',
      procedure: targetGroupProcedure(nameOf(after)),
    }];
  });
});

export const AWS_CHECKS: ChangeCheck[] = [
  controllerChanged, lbcSchemeChanged, ccmSchemeIgnored, ccmNlbSubnetsIgnored, staticAddressesIgnored,
  lbcTargetTypeChanged, targetGroupProtocolChanged, ccmNlbHealthCheckChanged, ccmNlbNodePortChanged,
];
