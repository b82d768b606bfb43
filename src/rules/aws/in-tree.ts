import { awsRule, CCM_DOCS, CCM_SOURCE } from './define';
import { hasUdpPort, keyName, portList, portsOf, protocolOfPort } from './facts';
import { ccmCreatedType, ccmList, ccmMap, ccmRawList, ccmScheme, statusHostname } from '../../aws/model/in-tree';
import { AwsKeys } from '../../aws/model/keys';
import { CCM } from '../../aws/model/ownership';
import { violation } from '../define';
import { parseGoInteger } from '../go';
import { annotationPath, annotationsOf, show, specOf } from '../manifest';
import { isIPv4 } from '../net';
import { RuleViolation, Severity } from '../rule';

const CCM_LB = 'https://github.com/kubernetes/cloud-provider-aws/blob/master/pkg/providers/v1/aws_loadbalancer.go';
const CCM_VALIDATIONS = 'https://github.com/kubernetes/cloud-provider-aws/blob/master/pkg/providers/v1/aws_validations.go';
const CLB_HEALTH_CHECK = 'https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_HealthCheck.html';

export const sessionAffinity = awsRule({
  id: 'AWS-ELB-001',
  severity: Severity.ERROR,
  title: 'no session affinity on the in-tree provider',
  description: 'The in-tree provider refuses to reconcile a Service whose sessionAffinity is not None ("unsupported load balancer affinity"), for the classic ELB and for type nlb; on a cluster profile where it runs without the AWS Load Balancer Controller\'s webhook, also a LoadBalancer Service without AWS annotations.',
  fix: 'Remove sessionAffinity (or set None); for stickiness use the AWS Load Balancer Controller and the target-group attribute stickiness.enabled=true.',
  docs: CCM_SOURCE,
}, CCM, (m) => {
  const value = specOf(m).sessionAffinity;
  if (value === undefined || value === null || value === 'None') return [];
  return [violation('spec.sessionAffinity', `${show(value)}: the in-tree provider fails with "unsupported load balancer affinity".`, 'Remove sessionAffinity, or use the AWS Load Balancer Controller with stickiness.enabled=true in its target-group attributes.')];
});

export const protocols = awsRule({
  id: 'AWS-ELB-002',
  severity: Severity.ERROR,
  title: 'in-tree ports share one protocol: TCP for a classic ELB, TCP or UDP for type nlb',
  description: 'The in-tree provider refuses mixed protocols ("mixed protocol is not supported for LoadBalancer") and protocols its load balancer cannot carry ("Protocol UDP not supported by LoadBalancer" on a classic ELB). On a cluster profile where it runs without the AWS Load Balancer Controller\'s webhook, a LoadBalancer Service without AWS annotations is its classic ELB too.',
  fix: 'Use TCP ports only on a classic ELB; split TCP and UDP into two Services, or use the AWS Load Balancer Controller.',
  docs: CCM_SOURCE,
}, CCM, (m, _annotations, controller) => {
  const ports = portsOf(m);
  const allowed = controller === 'ccm-clb' ? ['TCP'] : ['TCP', 'UDP'];
  const out: RuleViolation[] = [];
  ports.forEach((port, i) => {
    const protocol = protocolOfPort(port);
    if (!allowed.includes(protocol)) {
      out.push(violation(`spec.ports[${i}].protocol`, `${show(protocol)} is not supported by ${controller === 'ccm-clb' ? 'a classic ELB' : 'the in-tree NLB'} ("Protocol ${protocol} not supported by LoadBalancer").`,
        controller === 'ccm-clb' ? 'Use TCP, or an NLB (AWS Load Balancer Controller) for UDP.' : 'Use TCP or UDP.'));
    }
  });
  const distinct = [...new Set(ports.map(protocolOfPort))];
  if (out.length === 0 && distinct.length > 1) {
    out.push(violation('spec.ports', `the ports mix ${distinct.map((p) => show(p)).join(' and ')}: the in-tree provider fails with "mixed protocol is not supported for LoadBalancer".`, 'Put each protocol in its own Service, or use the AWS Load Balancer Controller.'));
  }
  return out;
});

/** Keys the in-tree provider reads for one load balancer type and ignores (or refuses) for the other. */
const NLB_ONLY = [AwsKeys.TG_ATTRIBUTES, AwsKeys.EIP_ALLOCATIONS, AwsKeys.PRIVATE_IPV4];
const CLB_ONLY = [AwsKeys.PROXY_PROTOCOL, AwsKeys.EXTRA_SGS];

/**
 * Classic-ELB tuning keys that `EnsureLoadBalancer` never reads for an NLB (its isNLB branch returns before the classic
 * ELB's attributes): the NLB works, without the setting.
 */
const CLB_TUNING = [AwsKeys.DRAINING_ENABLED, AwsKeys.DRAINING_TIMEOUT, AwsKeys.IDLE_TIMEOUT, AwsKeys.ACCESS_LOG_INTERVAL];

export const keysOfOtherType = awsRule({
  id: 'AWS-ELB-003',
  severity: Severity.ERROR,
  title: 'in-tree keys match the load balancer type (classic ELB or type nlb)',
  description: 'The in-tree provider refuses target-group-attributes on a classic ELB and extra-security-groups on an NLB, and ignores the EIPs and private IPs of a classic ELB (which gets other addresses) and proxy-protocol on an NLB (the backends expect a PROXY header they never get).',
  fix: 'Remove the key, or choose the load balancer type that has the feature.',
  docs: CCM_VALIDATIONS,
}, CCM, (m, _annotations, controller) => {
  const a = annotationsOf(m);
  const foreign = controller === 'ccm-clb' ? NLB_ONLY : CLB_ONLY;
  return foreign.filter((key) => a[key] !== undefined).map((key) => {
    const effect = key === AwsKeys.TG_ATTRIBUTES ? 'fails ("target group attributes annotation is only supported for NLB")'
      : key === AwsKeys.EXTRA_SGS ? 'fails ("BYO extra security group annotation is not supported by NLB")' : 'ignores it';
    const fix = key === AwsKeys.PROXY_PROTOCOL ? 'On an NLB use aws-load-balancer-target-group-attributes: proxy_protocol_v2.enabled=true.'
      : `Remove ${keyName(key)}, or use a ${controller === 'ccm-clb' ? 'type nlb' : 'classic ELB'}.`;
    return violation(annotationPath(key), `${keyName(key)}=${show(a[key])} is for ${controller === 'ccm-clb' ? 'NLBs' : 'classic ELBs'}; on this ${controller === 'ccm-clb' ? 'classic ELB' : 'NLB'} the in-tree provider ${effect}.`, fix);
  });
});

export const classicTuningOnNlb = awsRule({
  id: 'AWS-ELB-013',
  severity: Severity.WARNING,
  title: 'no classic ELB tuning key on an in-tree NLB',
  description: 'For type nlb the in-tree provider never reads the classic ELB\'s connection draining, idle timeout and access-log interval keys (EnsureLoadBalancer returns from its NLB branch before them): the NLB works without the setting. Manifests written for both types (ingress-nginx\'s AWS manifests) carry them.',
  fix: 'Remove the key, or set the NLB equivalent in aws-load-balancer-target-group-attributes (deregistration_delay.timeout_seconds for draining); an in-tree NLB has a fixed TCP idle timeout of 350 seconds.',
  docs: CCM_SOURCE,
}, ['ccm-nlb'], (m) => {
  const a = annotationsOf(m);
  return CLB_TUNING.filter((key) => a[key] !== undefined).map((key) => violation(annotationPath(key),
    `${keyName(key)}=${show(a[key])} is a classic ELB setting; the in-tree provider ignores it on this NLB, which works without it.`,
    key === AwsKeys.DRAINING_ENABLED || key === AwsKeys.DRAINING_TIMEOUT
      ? 'Remove it; on an NLB set aws-load-balancer-target-group-attributes: deregistration_delay.timeout_seconds=<seconds>.'
      : `Remove ${keyName(key)}: an in-tree NLB has no such setting.`));
});

const CLB_BACKEND_PROTOCOLS = ['http', 'https', 'ssl', 'tcp'];

export const clbValues = awsRule({
  id: 'AWS-ELB-004',
  severity: Severity.ERROR,
  title: 'classic ELB backend-protocol is http, https, ssl or tcp, and proxy-protocol is *',
  description: 'With a certificate, the in-tree provider fails on another backend protocol ("Invalid backend protocol"); proxy-protocol accepts only "*" ("the only value supported currently is \'*\'").',
  fix: 'Use backend-protocol http, https, ssl or tcp (lower case) and proxy-protocol "*".',
  docs: CCM_SOURCE,
}, ['ccm-clb'], (m) => {
  const a = annotationsOf(m);
  const out: RuleViolation[] = [];
  const backend = a[AwsKeys.BACKEND_PROTOCOL];
  if (backend !== undefined && !CLB_BACKEND_PROTOCOLS.includes(backend)) {
    out.push(violation(annotationPath(AwsKeys.BACKEND_PROTOCOL), `${show(backend)} is not http, https, ssl or tcp: the classic ELB listener cannot be built ("Invalid backend protocol").`,
      CLB_BACKEND_PROTOCOLS.includes(backend.trim().toLowerCase()) ? `Write "${backend.trim().toLowerCase()}".` : 'Use http, https, ssl or tcp.'));
  }
  const proxy = a[AwsKeys.PROXY_PROTOCOL];
  // EnsureLoadBalancer reads an empty value as "off".
  if (proxy !== undefined && proxy !== '' && proxy !== '*') {
    out.push(violation(annotationPath(AwsKeys.PROXY_PROTOCOL), `${show(proxy)}: the in-tree provider accepts only "*" (PROXY protocol on every backend port).`, 'Write "*", or remove the key.'));
  }
  return out;
});

/** Whether an ssl-ports entry (untrimmed) names one of the Service's ports by number or (lower-cased) name. */
function namesPort(entry: string, ports: ReadonlyArray<{ [key: string]: unknown }>): boolean {
  const asNumber = parseGoInteger(entry);
  if (asNumber !== undefined) return ports.some((p) => p.port === asNumber);
  return ports.some((p) => typeof p.name === 'string' && p.name.toLowerCase() === entry);
}

export const ccmSslPorts = awsRule({
  id: 'AWS-ELB-005',
  severity: Severity.ERROR,
  title: 'in-tree ssl-ports name existing ports, without spaces',
  description: 'The in-tree provider splits ssl-ports on "," without trimming and silently skips entries that match no port: "443, 8443" leaves 8443 in plain TCP, and a misspelt name leaves its port unencrypted.',
  fix: 'List port numbers or names of spec.ports, comma-separated without spaces, or "*" for all.',
  docs: CCM_SOURCE,
}, CCM, (m) => {
  const value = annotationsOf(m)[AwsKeys.SSL_PORTS];
  if (value === undefined || value === '' || value === '*') return [];
  const ports = portsOf(m);
  return ccmRawList(value).filter((entry) => !namesPort(entry, ports)).map((entry) => violation(annotationPath(AwsKeys.SSL_PORTS),
    `the entry ${show(entry)} names no port of the Service, so the in-tree provider silently leaves that port without TLS.`,
    entry !== entry.trim() ? `Remove the spaces: ${show(ccmRawList(value).map((e) => e.trim()).join(','))}.` : `Use a port number or name of spec.ports (${portList(ports)}).`));
});

function rangeViolation(key: string, value: string | undefined, min: number, max: number, unit: string, fix: string): RuleViolation[] {
  if (value === undefined) return [];
  const n = parseGoInteger(value);
  if (n === undefined || (n >= min && n <= max)) return []; // a non-integer is AWS-LB-016's
  return [violation(annotationPath(key), `${show(value)} is outside ${min}–${max} ${unit}, which AWS refuses at reconcile time.`, fix)];
}

export const clbTimeouts = awsRule({
  id: 'AWS-ELB-006',
  severity: Severity.ERROR,
  title: 'classic ELB emit interval is 5 or 60, draining timeout 1–3600, idle timeout 1–4000',
  description: 'The in-tree provider only parses these integers; AWS refuses other values when it modifies the load balancer attributes, and the reconcile fails.',
  fix: 'Use an emit interval of 5 or 60 minutes, a draining timeout of 1–3600 seconds and an idle timeout of 1–4000 seconds.',
  docs: 'https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_LoadBalancerAttributes.html',
}, ['ccm-clb'], (m) => {
  const a = annotationsOf(m);
  const out: RuleViolation[] = [];
  const interval = a[AwsKeys.ACCESS_LOG_INTERVAL];
  const n = interval === undefined ? undefined : parseGoInteger(interval);
  if (n !== undefined && n !== 5 && n !== 60) {
    out.push(violation(annotationPath(AwsKeys.ACCESS_LOG_INTERVAL), `${show(interval)} is not 5 or 60: AWS publishes classic ELB access logs every 5 or 60 minutes only.`, 'Use "5" or "60".',
      'Use accessLogs.emitInterval: Duration.minutes(5) or Duration.minutes(60).'));
  }
  out.push(...rangeViolation(AwsKeys.DRAINING_TIMEOUT, a[AwsKeys.DRAINING_TIMEOUT], 1, 3600, 'seconds', 'Use a draining timeout from 1 to 3600 seconds.'));
  out.push(...rangeViolation(AwsKeys.IDLE_TIMEOUT, a[AwsKeys.IDLE_TIMEOUT], 1, 4000, 'seconds', 'Use an idle timeout from 1 to 4000 seconds.'));
  return out;
});

export const ccmHealthCheck = awsRule({
  id: 'AWS-ELB-007',
  severity: Severity.ERROR,
  title: 'in-tree health check: protocol, port, interval 5–300, timeout 2–60 below the interval, thresholds 2–10',
  description: 'The in-tree provider checks only the minima (interval 5, timeout 2, thresholds 2) and the NLB protocol; AWS refuses the rest at reconcile time: intervals over 300, classic ELB timeouts over 60 or not below the interval, thresholds over 10.',
  fix: 'Keep the interval within 5–300 s, the classic ELB timeout within 2–60 s and below the interval, and both thresholds within 2–10.',
  docs: CLB_HEALTH_CHECK,
}, CCM, (m, _annotations, controller) => {
  const a = annotationsOf(m);
  const out: RuleViolation[] = [];
  const protocol = a[AwsKeys.HC_PROTOCOL];
  const allowedProtocols = controller === 'ccm-clb' ? ['TCP', 'HTTP', 'HTTPS', 'SSL'] : ['TCP', 'HTTP', 'HTTPS'];
  if (protocol !== undefined && !allowedProtocols.includes(protocol.toUpperCase())) {
    out.push(violation(annotationPath(AwsKeys.HC_PROTOCOL), `${show(protocol)} is not one of ${allowedProtocols.join(', ')}.`, `Use ${allowedProtocols.join(', ').toLowerCase()}.`));
  }
  const port = a[AwsKeys.HC_PORT];
  if (port !== undefined && port !== 'traffic-port') {
    const n = parseGoInteger(port);
    if (n === undefined || n < 1 || n > 65535) out.push(violation(annotationPath(AwsKeys.HC_PORT), `${show(port)} is neither "traffic-port" nor a port number (the in-tree provider fails: "Invalid health check port").`, 'Use "traffic-port" or a port number from 1 to 65535.'));
  }
  out.push(...rangeViolation(AwsKeys.HC_INTERVAL, a[AwsKeys.HC_INTERVAL], 5, 300, 'seconds', 'Use an interval from 5 to 300 seconds.'));
  out.push(...rangeViolation(AwsKeys.HC_HEALTHY, a[AwsKeys.HC_HEALTHY], 2, 10, '', 'Use a healthy threshold from 2 to 10.'));
  out.push(...rangeViolation(AwsKeys.HC_UNHEALTHY, a[AwsKeys.HC_UNHEALTHY], 2, 10, '', 'Use an unhealthy threshold from 2 to 10.'));
  if (controller === 'ccm-clb') {
    out.push(...rangeViolation(AwsKeys.HC_TIMEOUT, a[AwsKeys.HC_TIMEOUT], 2, 60, 'seconds', 'Use a timeout from 2 to 60 seconds.'));
    const timeout = parseGoInteger(a[AwsKeys.HC_TIMEOUT] ?? '');
    const interval = parseGoInteger(a[AwsKeys.HC_INTERVAL] ?? '10') ?? 10;
    if (timeout !== undefined && timeout >= 2 && timeout <= 60 && timeout >= interval) {
      out.push(violation(annotationPath(AwsKeys.HC_TIMEOUT), `${show(a[AwsKeys.HC_TIMEOUT])} is not below the interval (${interval} s${a[AwsKeys.HC_INTERVAL] === undefined ? ', the default' : ''}): AWS requires the classic ELB timeout to be less than the interval.`,
        `Use a timeout below ${interval} seconds, or a longer interval.`));
    }
  }
  return out;
});

export const ccmNlbTimeoutIgnored = awsRule({
  id: 'AWS-ELB-008',
  severity: Severity.WARNING,
  title: 'healthcheck-timeout has no effect on the in-tree NLB',
  description: 'The in-tree provider parses healthcheck-timeout for type nlb but never sends it ("Currently not configurable, 6 seconds for HTTP, 10 for TCP/HTTPS").',
  fix: 'Remove the key, or use the AWS Load Balancer Controller, which applies it.',
  docs: CCM_LB,
}, ['ccm-nlb'], (m) => {
  const value = annotationsOf(m)[AwsKeys.HC_TIMEOUT];
  return value === undefined ? [] : [violation(annotationPath(AwsKeys.HC_TIMEOUT), `${show(value)} is ignored: the in-tree NLB always uses 6 s (HTTP) or 10 s (TCP, HTTPS).`, 'Remove it, or use the AWS Load Balancer Controller (loadBalancerClass: service.k8s.aws/nlb).')];
});

const CCM_TG_ATTRIBUTES = ['preserve_client_ip.enabled', 'proxy_protocol_v2.enabled'];

export const ccmTargetGroupAttributes = awsRule({
  id: 'AWS-ELB-009',
  severity: Severity.ERROR,
  title: 'in-tree NLB target-group attributes: preserve_client_ip.enabled and proxy_protocol_v2.enabled, true or false',
  description: 'The in-tree provider (v1.34+) accepts only these two attributes, each exactly "true" or "false" (no spaces around "=": it trims the entries, not the key and value), and refuses to disable client IP preservation on UDP ports.',
  fix: 'Use preserve_client_ip.enabled=true|false and proxy_protocol_v2.enabled=true|false only, without spaces around "=".',
  docs: CCM_VALIDATIONS,
}, ['ccm-nlb'], (m) => {
  const value = annotationsOf(m)[AwsKeys.TG_ATTRIBUTES];
  if (value === undefined) return [];
  const path = annotationPath(AwsKeys.TG_ATTRIBUTES);
  const out: RuleViolation[] = [];
  // Read as validateServiceAnnotationTargetGroupAttributes reads it (getKeyValuePropertiesFromAnnotation).
  for (const [key, attr] of ccmMap(value)) {
    const spaced = key !== key.trim() || attr !== attr.trim();
    if (!CCM_TG_ATTRIBUTES.includes(key)) {
      out.push(violation(path, CCM_TG_ATTRIBUTES.includes(key.trim())
        ? `the attribute ${show(key)} has spaces before "=", which the in-tree provider keeps: it refuses the attribute ("not supported by the controller or is invalid").`
        : `the attribute ${show(key)} is not supported by the in-tree provider ("not supported by the controller or is invalid").`,
      CCM_TG_ATTRIBUTES.includes(key.trim()) ? `Write ${key.trim()}=${attr.trim() === '' ? 'true' : attr.trim()} without spaces.`
        : 'Keep preserve_client_ip.enabled and proxy_protocol_v2.enabled only, or use the AWS Load Balancer Controller for other attributes.'));
    } else if (attr === '') {
      out.push(violation(path, `${show(key)} has no value: the in-tree provider fails ("attribute value is empty").`, `Write ${key}=true or ${key}=false.`));
    } else if (attr !== 'true' && attr !== 'false') {
      out.push(violation(path, `${show(`${key}=${attr}`)}: the value must be exactly "true" or "false"${spaced ? ' (the in-tree provider does not trim spaces around "=")' : ''}; the provider fails ("invalid attribute value").`,
        ['true', 'false'].includes(attr.trim().toLowerCase()) ? `Write ${key}=${attr.trim().toLowerCase()}.` : `Write ${key}=true or ${key}=false.`));
    } else if (key === 'preserve_client_ip.enabled' && attr === 'false' && hasUdpPort(m)) {
      out.push(violation(path, '"preserve_client_ip.enabled=false" with a UDP port: the in-tree provider refuses it ("client IP preservation can\'t be disabled for UDP ports").', 'Keep client IP preservation on for UDP, or move the UDP ports to another Service.'));
    }
  }
  return out;
});

export const ccmAddresses = awsRule({
  id: 'AWS-ELB-010',
  severity: Severity.ERROR,
  title: 'in-tree NLB EIPs (internet-facing) and private IPv4 addresses (internal): one per listed subnet',
  description: 'The in-tree provider fails to create the NLB unless there are as many EIP allocations or private IPv4 addresses as subnets; AWS refuses EIPs on an internal NLB and private addresses outside the subnets. The values are split on "," without trimming, and mapped to subnets by index in an order the user does not control.',
  fix: 'List the subnets explicitly and give one address per subnet, comma-separated without spaces; EIPs only when internet-facing, private IPv4 addresses only when internal.',
  docs: CCM_DOCS,
}, ['ccm-nlb'], (m) => {
  const a = annotationsOf(m);
  const out: RuleViolation[] = [];
  const subnets = a[AwsKeys.SUBNETS] === undefined ? undefined : ccmList(a[AwsKeys.SUBNETS]);
  const scheme = ccmScheme(m);
  for (const [key, needed, what] of [[AwsKeys.EIP_ALLOCATIONS, 'internet-facing', 'EIP allocations'], [AwsKeys.PRIVATE_IPV4, 'internal', 'private IPv4 addresses']]) {
    const value = a[key];
    if (value === undefined) continue;
    const entries = ccmRawList(value);
    const path = annotationPath(key);
    if (scheme !== needed) {
      out.push(violation(path, `${what} ${show(value)} on an ${scheme} NLB: AWS refuses them; they need an ${needed} load balancer.`,
        needed === 'internal' ? 'Set aws-load-balancer-internal: "true", or remove the addresses.' : 'Remove aws-load-balancer-internal (internet-facing), or remove the EIPs.'));
    }
    if (subnets === undefined) {
      out.push(violation(path, `${what} ${show(value)} without aws-load-balancer-subnets: their count must equal the number of subnets, which discovery decides.`, 'List the subnets in aws-load-balancer-subnets, one per address.'));
    } else if (subnets.length !== entries.length) {
      out.push(violation(path, `${show(value)} has ${entries.length} ${what} for ${subnets.length} subnets: the in-tree provider fails ("Must have same number of ... and SubnetIDs").`, 'Give exactly one per subnet.'));
    }
    if (key === AwsKeys.PRIVATE_IPV4) {
      for (const entry of entries.filter((e) => !isIPv4(e))) {
        out.push(violation(path, `${show(entry)} is not an IPv4 address${entry !== entry.trim() ? ' (the in-tree provider does not trim spaces)' : ''}.`, 'Write IPv4 addresses comma-separated without spaces.'));
      }
    }
  }
  return out;
});

export const internalValue = awsRule({
  id: 'AWS-ELB-011',
  severity: Severity.WARNING,
  title: 'in-tree aws-load-balancer-internal is "true" or "false"',
  description: 'The in-tree provider treats an absent, empty or exactly "false" value as internet-facing and ANY other value as internal: "False", "0" or "no" give an internal load balancer, and the scheme cannot be changed later without re-creating the Service.',
  fix: 'Write "true" for internal; remove the key (or write exactly "false") for internet-facing.',
  docs: CCM_SOURCE,
}, CCM, (m) => {
  const value = annotationsOf(m)[AwsKeys.INTERNAL];
  if (value === undefined || value === 'true' || value === 'false' || value === '') return [];
  return [violation(annotationPath(AwsKeys.INTERNAL), `${show(value)} makes the load balancer internal (the in-tree provider reads any value other than "false" as internal).`,
    ['false', '0', 'no', 'off', 'f'].includes(value.trim().toLowerCase()) ? 'For internet-facing write exactly "false" or remove the key.' : 'Write "true".')];
});

export const typeOfCreatedLoadBalancer = awsRule({
  id: 'AWS-ELB-012',
  severity: Severity.ERROR,
  title: 'aws-load-balancer-type keeps the type of the load balancer the in-tree provider created',
  description: 'The in-tree provider tells the load balancer it created by its status hostname (a classic ELB\'s ends in .elb.amazonaws.com, an NLB\'s in .elb.<region>.amazonaws.com). From v1.36 it refuses a Service whose aws-load-balancer-type asks for the other type ("cannot update Load Balancer Type annotation ... after creation", validateServiceAnnotations); older releases create a second load balancer and leave the first one behind (kubernetes/kubernetes#66306).',
  fix: 'Restore the type the load balancer was created with ("nlb" for an NLB, no annotation for a classic ELB); to change it, delete the Service and create it again.',
  docs: CCM_VALIDATIONS,
}, CCM, (m, _annotations, controller) => {
  const type = annotationsOf(m)[AwsKeys.TYPE];
  const created = ccmCreatedType(m);
  const wanted = controller === 'ccm-nlb' ? 'nlb' : 'clb';
  if (created === undefined || created === wanted) return [];
  const asked = type === undefined ? 'no aws-load-balancer-type (a classic ELB)' : `aws-load-balancer-type ${show(type)} (${wanted === 'nlb' ? 'an NLB' : 'a classic ELB'})`;
  return [violation(annotationPath(AwsKeys.TYPE),
    `the Service asks for ${asked}, but its load balancer ${show(statusHostname(m))} is ${created === 'nlb' ? 'an NLB' : 'a classic ELB'}: the in-tree provider v1.36+ fails ("cannot update Load Balancer Type annotation after creation"), older releases create a second load balancer and leak the first.`,
    created === 'nlb' ? 'Restore aws-load-balancer-type: "nlb", or delete and re-create the Service for a classic ELB.' : 'Remove aws-load-balancer-type (a classic ELB), or delete and re-create the Service for an NLB.')];
});

export const IN_TREE_RULES = [
  sessionAffinity, protocols, keysOfOtherType, classicTuningOnNlb, clbValues, ccmSslPorts, clbTimeouts, ccmHealthCheck, ccmNlbTimeoutIgnored,
  ccmTargetGroupAttributes, ccmAddresses, internalValue, typeOfCreatedLoadBalancer,
];

