import { awsRule, LBC_DOCS } from './define';
import { hasUdpPort, keyName, portList, portNames, portNumbers, portsOf, sourceRangesOf } from './facts';
import { AwsKeys } from '../../aws/model/keys';
import { lbcList, lbcMap, lbcTargetType } from '../../aws/model/lbc';
import { awsAnnotationsOf, LBC } from '../../aws/model/ownership';
import { violation } from '../define';
import { parseGoBool, parseGoInteger } from '../go';
import { annotationPath, annotationsOf, show, specOf } from '../manifest';
import { RuleViolation, Severity } from '../rule';

const BUILD_TG = 'https://github.com/kubernetes-sigs/aws-load-balancer-controller/blob/main/pkg/service/model_build_target_group.go';
const BUILD_LISTENER = 'https://github.com/kubernetes-sigs/aws-load-balancer-controller/blob/main/pkg/service/model_build_listener.go';
const TG_HEALTH_CHECK = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html';

export const listenerPorts = awsRule({
  id: 'AWS-NLB-007',
  severity: Severity.ERROR,
  title: 'ssl-ports name ports of the Service; proxy-protocol-per-target-group lists port numbers',
  description: 'Since v2.5 the controller fails on an ssl-ports entry that matches no port ("Unused port in ssl-ports annotation"), so "*" is an error; proxy-protocol-per-target-group takes port numbers only ("invalid port number in proxy-protocol-per-target-group"), a name fails the reconcile.',
  fix: 'List port numbers or names of spec.ports in ssl-ports (omit it to make every port TLS), and port numbers in proxy-protocol-per-target-group.',
  docs: BUILD_LISTENER,
}, LBC, (m) => {
  const a = annotationsOf(m);
  const ports = portsOf(m);
  const names = portList(ports);
  const out: RuleViolation[] = [];
  if (a[AwsKeys.SSL_PORTS] !== undefined) {
    for (const entry of lbcList(a[AwsKeys.SSL_PORTS])) {
      const n = parseGoInteger(entry);
      const found = n !== undefined ? ports.some((p) => p.port === n) : ports.some((p) => p.name === entry);
      if (!found) {
        out.push(violation(annotationPath(AwsKeys.SSL_PORTS), `${show(entry)} names no port of the Service: the reconcile fails ("Unused port in ssl-ports annotation").`,
          entry === '*' ? 'Omit aws-load-balancer-ssl-ports to make every port TLS.' : `Use a port number or name of spec.ports (${names}).`));
      }
    }
  }
  if (a[AwsKeys.PROXY_PROTOCOL_PER_TG] !== undefined) {
    // buildTargetGroupAttributes: each entry must be an integer (strconv.Atoi), else the reconcile fails; a number
    // that is no port of the Service only enables nothing (AWS-NLB-016).
    for (const entry of lbcList(a[AwsKeys.PROXY_PROTOCOL_PER_TG])) {
      if (parseGoInteger(entry) !== undefined) continue;
      out.push(violation(annotationPath(AwsKeys.PROXY_PROTOCOL_PER_TG), `${show(entry)} is not a port number: the reconcile fails ("invalid port number in proxy-protocol-per-target-group").`,
        `Use port numbers of spec.ports (${portNumbers(ports).join(', ')}).`));
    }
  }
  return out;
});

export const unusedProxyProtocolPorts = awsRule({
  id: 'AWS-NLB-016',
  severity: Severity.WARNING,
  title: 'proxy-protocol-per-target-group ports are ports of the Service',
  description: 'The controller enables PROXY protocol v2 on the target group of each port whose number is listed, and on no other (buildTargetGroupAttributes). A number that is no port of the Service is accepted without a word and enables nothing: usually a targetPort or a port that was renamed or removed.',
  fix: 'List the numbers of spec.ports (the Service ports, not the targetPorts), or remove the entry.',
  docs: BUILD_TG,
}, LBC, (m) => {
  const value = annotationsOf(m)[AwsKeys.PROXY_PROTOCOL_PER_TG];
  if (value === undefined) return [];
  const ports = portsOf(m);
  return lbcList(value).filter((entry) => {
    const n = parseGoInteger(entry);
    return n !== undefined && !ports.some((p) => p.port === n);
  }).map((entry) => violation(annotationPath(AwsKeys.PROXY_PROTOCOL_PER_TG), `${show(entry)} is the number of no port of the Service: PROXY protocol is enabled on no target group for it.`,
    `Use port numbers of spec.ports (${portNumbers(ports).join(', ')}), or remove ${show(entry)}.`));
});

/** Adds a violation to `out` when the value is an integer outside min-max (a non-integer is AWS-LB-016's). */
function checkRange(out: RuleViolation[], key: string, value: string | undefined, min: number, max: number, what: string): void {
  const n = value === undefined ? undefined : parseGoInteger(value, { bits: 32 });
  if (n === undefined || (n >= min && n <= max)) return;
  out.push(violation(annotationPath(key), `${show(value)} is outside ${min}–${max}: AWS refuses the ${what} at reconcile time.`, `Use ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} from ${min} to ${max}.`));
}

/** The health-check protocol the controller will use: the annotation, else HTTP for instance + Local, else TCP. */
function effectiveHealthCheckProtocol(m: unknown): string {
  const value = annotationsOf(m)[AwsKeys.HC_PROTOCOL];
  if (value !== undefined) return value.toLowerCase();
  return lbcTargetType(m) === 'instance' && specOf(m).externalTrafficPolicy === 'Local' ? 'http' : 'tcp';
}

/** The fix for a health-check port that names no port: the names there are, or that there are none. */
function healthCheckPortFix(names: string[]): string {
  return names.length === 0 ? 'Use "traffic-port" or a port number (no port has a name).'
    : `Use "traffic-port", a number, or one of ${names.map((n) => JSON.stringify(n)).join(', ')}.`;
}

const SUCCESS_CODES = /^[0-9]{3}(-[0-9]{3})?(,[0-9]{3}(-[0-9]{3})?)*$/;

export const healthCheck = awsRule({
  id: 'AWS-NLB-008',
  severity: Severity.ERROR,
  title: 'NLB health check: port, interval 5–300, timeout 2–120 and not above the interval, thresholds 2–10, success codes of three digits',
  description: 'The controller only parses these values; AWS refuses out-of-range values when it creates or modifies the target group, so the reconcile fails. A named health-check port must be a port of the Service ("failed to resolve healthCheckPort").',
  fix: 'Keep the values within the AWS ranges; use "traffic-port", a port number or a Service port name for the port.',
  docs: TG_HEALTH_CHECK,
}, LBC, (m) => {
  const a = annotationsOf(m);
  const out: RuleViolation[] = [];
  const port = a[AwsKeys.HC_PORT];
  if (port !== undefined && port !== 'traffic-port') {
    const n = parseGoInteger(port);
    if (n !== undefined && (n < 1 || n > 65535)) {
      out.push(violation(annotationPath(AwsKeys.HC_PORT), `${show(port)} is not a port number from 1 to 65535.`, 'Use "traffic-port", a port number or a port name.'));
    } else if (n === undefined && !portsOf(m).some((p) => p.name === port)) {
      out.push(violation(annotationPath(AwsKeys.HC_PORT), `${show(port)} is neither "traffic-port", a number, nor the name of a Service port: the reconcile fails ("failed to resolve healthCheckPort").`,
        healthCheckPortFix(portNames(portsOf(m)))));
    }
  }
  checkRange(out, AwsKeys.HC_INTERVAL, a[AwsKeys.HC_INTERVAL], 5, 300, 'interval');
  checkRange(out, AwsKeys.HC_TIMEOUT, a[AwsKeys.HC_TIMEOUT], 2, 120, 'timeout');
  checkRange(out, AwsKeys.HC_HEALTHY, a[AwsKeys.HC_HEALTHY], 2, 10, 'healthy threshold');
  checkRange(out, AwsKeys.HC_UNHEALTHY, a[AwsKeys.HC_UNHEALTHY], 2, 10, 'unhealthy threshold');
  const timeout = parseGoInteger(a[AwsKeys.HC_TIMEOUT] ?? '', { bits: 32 });
  const interval = parseGoInteger(a[AwsKeys.HC_INTERVAL] ?? '10', { bits: 32 }) ?? 10;
  if (timeout !== undefined && timeout >= 2 && timeout <= 120 && timeout > interval) {
    out.push(violation(annotationPath(AwsKeys.HC_TIMEOUT), `${show(a[AwsKeys.HC_TIMEOUT])} is above the interval (${interval} s${a[AwsKeys.HC_INTERVAL] === undefined ? ', the default' : ''}): AWS refuses a timeout longer than the interval.`,
      `Use a timeout of at most ${interval} seconds, or a longer interval.`));
  }
  const codes = a[AwsKeys.HC_SUCCESS_CODES];
  if (codes !== undefined && !SUCCESS_CODES.test(codes)) {
    out.push(violation(annotationPath(AwsKeys.HC_SUCCESS_CODES), `${show(codes)} is not a list or range of three-digit HTTP codes: AWS refuses it.`, 'Use e.g. "200", "200,204" or "200-399".'));
  }
  return out;
});

export const successCodeRange = awsRule({
  id: 'AWS-NLB-015',
  severity: Severity.WARNING,
  title: 'NLB health-check success codes are within 200–599',
  description: 'The controller passes healthcheck-success-codes to AWS unchecked. AWS documents 200–599 as the range for NLB target groups, and is expected to refuse other codes when it creates or modifies the target group (this range is not verified against AWS, hence a warning).',
  fix: 'Use codes from 200 to 599, e.g. "200", "200,204" or "200-399"; acknowledge if AWS accepts your codes.',
  docs: TG_HEALTH_CHECK,
}, LBC, (m) => {
  const codes = annotationsOf(m)[AwsKeys.HC_SUCCESS_CODES];
  if (codes === undefined || !SUCCESS_CODES.test(codes)) return []; // a malformed list is AWS-NLB-008's
  const outside = codes.split(/[,-]/).filter((c) => Number(c) < 200 || Number(c) > 599);
  if (outside.length === 0) return [];
  return [violation(annotationPath(AwsKeys.HC_SUCCESS_CODES), `${show(codes)} has ${outside.map((c) => show(c)).join(', ')} outside 200–599, the range AWS documents for NLB health checks.`,
    'Use codes from 200 to 599, e.g. "200-399".')];
});

export const httpOnlyHealthCheckKeys = awsRule({
  id: 'AWS-NLB-009',
  severity: Severity.WARNING,
  title: 'health-check path and success codes come with an HTTP or HTTPS health check',
  description: 'With a TCP health check (the default, except for instance targets with externalTrafficPolicy Local) the controller ignores healthcheck-path and healthcheck-success-codes: the check only opens a connection.',
  fix: 'Set aws-load-balancer-healthcheck-protocol: http (or https), or remove the path and success codes.',
  docs: LBC_DOCS + '#healthcheck-path',
}, LBC, (m) => {
  if (effectiveHealthCheckProtocol(m) !== 'tcp') return [];
  const a = annotationsOf(m);
  return [AwsKeys.HC_PATH, AwsKeys.HC_SUCCESS_CODES].filter((key) => a[key] !== undefined).map((key) => violation(annotationPath(key),
    `${keyName(key)}=${show(a[key])} is ignored: the health check is TCP${a[AwsKeys.HC_PROTOCOL] === undefined ? ' (the default here)' : ''}.`,
    'Set aws-load-balancer-healthcheck-protocol: http, or remove this key.'));
});

const BOOLEAN_TG_ATTRIBUTES = ['preserve_client_ip.enabled', 'proxy_protocol_v2.enabled', 'deregistration_delay.connection_termination.enabled', 'stickiness.enabled'];

export const targetGroupAttributeValues = awsRule({
  id: 'AWS-NLB-010',
  severity: Severity.ERROR,
  title: 'target-group attributes have values AWS accepts',
  description: 'The controller parses only preserve_client_ip.enabled and passes the rest to AWS, which refuses non-boolean switches, a deregistration delay outside 0–3600 s, a stickiness type other than source_ip on an NLB, and disabling client IP preservation for UDP.',
  fix: 'Use true/false for the switches, deregistration_delay.timeout_seconds 0–3600, stickiness.type=source_ip, and keep client IP preservation on for UDP.',
  docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/edit-target-group-attributes.html',
}, LBC, (m) => {
  const out: RuleViolation[] = [];
  for (const { key, value, traits } of awsAnnotationsOf(m)) {
    if (!traits.targetGroupAttributes) continue;
    const path = annotationPath(key);
    const perPort = key !== AwsKeys.TG_ATTRIBUTES;
    for (const [attr, attrValue] of lbcMap(value).entries) {
      // buildPortSpecificTargetGroupAttributes: an empty value of the per-port key keeps the Service-wide value
      // (preserve_client_ip.enabled is parsed as a bool before that, so "" still fails there).
      if (perPort && attrValue === '' && attr !== 'preserve_client_ip.enabled') continue;
      if (BOOLEAN_TG_ATTRIBUTES.includes(attr) && attrValue !== 'true' && attrValue !== 'false') {
        out.push(violation(path, `${attr}=${show(attrValue)}: the value must be "true" or "false"${attr === 'preserve_client_ip.enabled' ? ' (the controller fails: "failed to parse attribute")' : ''}.`,
          `Write ${attr}=${parseGoBool(attrValue) === false ? 'false' : 'true'}.`));
      }
      if (attr === 'deregistration_delay.timeout_seconds') {
        const n = parseGoInteger(attrValue);
        if (n === undefined || n < 0 || n > 3600) out.push(violation(path, `deregistration_delay.timeout_seconds=${show(attrValue)} is not 0–3600 seconds.`, 'Use a whole number of seconds from 0 to 3600.'));
      }
      if (attr === 'stickiness.type' && attrValue !== 'source_ip') {
        out.push(violation(path, `stickiness.type=${show(attrValue)}: an NLB supports only source_ip.`, 'Write stickiness.type=source_ip.'));
      }
      if (attr === 'load_balancing.cross_zone.enabled' && !['true', 'false', 'use_load_balancer_configuration'].includes(attrValue)) {
        out.push(violation(path, `load_balancing.cross_zone.enabled=${show(attrValue)} is not true, false or use_load_balancer_configuration.`, 'Use true, false or use_load_balancer_configuration.'));
      }
      if (attr === 'preserve_client_ip.enabled' && attrValue === 'false' && hasUdpPort(m)) {
        out.push(violation(path, `preserve_client_ip.enabled=${show(attrValue)} with a UDP port: AWS refuses to disable client IP preservation for UDP target groups.`, 'Keep it on for UDP, or move the UDP ports to another Service.'));
      }
    }
  }
  return out;
});

export const targetTypeRequirements = awsRule({
  id: 'AWS-NLB-011',
  severity: Severity.ERROR,
  title: 'instance targets have node ports; a named health-check port with ip targets needs a numeric targetPort',
  description: 'Instance targets receive traffic on node ports: with allocateLoadBalancerNodePorts false and no nodePort the controller fails ("unable to support instance target type with an unallocated NodePort"). With ip targets a named health-check port resolves to its targetPort, which must then be a number.',
  fix: 'Use ip targets, or allocate node ports; give the health-check port\'s Service port a numeric targetPort.',
  docs: BUILD_TG,
}, LBC, (m) => {
  const out: RuleViolation[] = [];
  const ports = portsOf(m);
  if (lbcTargetType(m) === 'instance' && specOf(m).allocateLoadBalancerNodePorts === false) {
    ports.forEach((port, i) => {
      if (port.nodePort === undefined) {
        out.push(violation(`spec.ports[${i}].nodePort`, 'instance targets with allocateLoadBalancerNodePorts: false and no nodePort: the reconcile fails ("unable to support instance target type with an unallocated NodePort").',
          'Use aws-load-balancer-nlb-target-type: ip, or remove allocateLoadBalancerNodePorts: false.'));
      }
    });
  }
  const hcPort = annotationsOf(m)[AwsKeys.HC_PORT];
  if (lbcTargetType(m) === 'ip' && hcPort !== undefined && hcPort !== 'traffic-port' && parseGoInteger(hcPort) === undefined) {
    const port = ports.find((p) => p.name === hcPort);
    if (port && typeof port.targetPort === 'string') {
      out.push(violation(annotationPath(AwsKeys.HC_PORT), `${show(hcPort)} names a port whose targetPort is the name ${show(port.targetPort)}: the reconcile fails ("cannot use named healthCheckPort for IP TargetType when service's targetPort is a named port").`,
        'Give that port a numeric targetPort, or use a port number as the health-check port.'));
    }
  }
  return out;
});

export const nodeLabelsNeedInstanceTargets = awsRule({
  id: 'AWS-NLB-012',
  severity: Severity.WARNING,
  title: 'target-node-labels come with instance targets',
  description: 'aws-load-balancer-target-node-labels selects the nodes registered as instance targets; with ip targets the pods are registered and the labels are ignored.',
  fix: 'Use instance targets, or remove the labels (schedule the pods with a nodeSelector instead).',
  docs: LBC_DOCS + '#target-node-labels',
}, LBC, (m) => {
  const value = annotationsOf(m)[AwsKeys.TARGET_NODE_LABELS];
  if (value === undefined || lbcTargetType(m) !== 'ip') return [];
  return [violation(annotationPath(AwsKeys.TARGET_NODE_LABELS), `${show(value)} is ignored: the targets are pod IPs (nlb-target-type ip).`, 'Remove it, or use nlb-target-type instance.')];
});

export const securityGroupOverrides = awsRule({
  id: 'AWS-NLB-013',
  severity: Severity.ERROR,
  title: 'no source ranges or prefix lists beside explicit security groups, no security-group keys on an NLB without them',
  description: 'With aws-load-balancer-security-groups the controller leaves the frontend rules to you and ignores loadBalancerSourceRanges and security-group-prefix-lists; with disable-nlb-sg=true the NLB has no security group, and aws-load-balancer-security-groups and security-group-prefix-lists are ignored.',
  fix: 'Put the client CIDRs into your own security group\'s rules, or drop aws-load-balancer-security-groups to let the controller manage them.',
  docs: 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/deploy/security_groups/',
}, LBC, (m) => {
  const a = annotationsOf(m);
  const out: RuleViolation[] = [];
  if (parseGoBool(a[AwsKeys.DISABLE_NLB_SG] ?? '') === true) {
    // Not inbound-sg-rules-on-private-link-traffic: the controller still sends it (buildSecurityGroupsInboundRulesOnPrivateLink
    // ignores disable-nlb-sg), and its Build test accepts the two together.
    for (const key of [AwsKeys.SECURITY_GROUPS, AwsKeys.SG_PREFIX_LISTS]) {
      if (a[key] !== undefined) out.push(violation(annotationPath(key), `${keyName(key)}=${show(a[key])} is ignored: disable-nlb-sg is true, so the NLB has no security group.`, `Remove ${keyName(key)} or disable-nlb-sg.`));
    }
    return out;
  }
  if (a[AwsKeys.SECURITY_GROUPS] === undefined) return [];
  if (sourceRangesOf(m).length > 0) {
    const path = Array.isArray(specOf(m).loadBalancerSourceRanges) ? 'spec.loadBalancerSourceRanges' : annotationPath(AwsKeys.SOURCE_RANGES);
    out.push(violation(path, `${show(sourceRangesOf(m))} is ignored: with aws-load-balancer-security-groups the controller does not write frontend rules.`,
      'Allow these CIDRs in the rules of your security groups and remove the source ranges, or drop aws-load-balancer-security-groups.'));
  }
  if (a[AwsKeys.SG_PREFIX_LISTS] !== undefined) {
    out.push(violation(annotationPath(AwsKeys.SG_PREFIX_LISTS), `${show(a[AwsKeys.SG_PREFIX_LISTS])} is ignored beside aws-load-balancer-security-groups.`, 'Reference the prefix lists in your own security groups, and remove this key.'));
  }
  return out;
});

export const NLB_TARGET_GROUP_RULES = [
  listenerPorts, healthCheck, httpOnlyHealthCheckKeys, targetGroupAttributeValues, targetTypeRequirements, nodeLabelsNeedInstanceTargets,
  securityGroupOverrides, unusedProxyProtocolPorts,
];
