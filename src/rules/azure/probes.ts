import { CPA_PROBE_SOURCE, defineAzureServiceRule } from './define';
import { isLocalTrafficPolicy, servicePortNames, servicePortNumbers } from './facts';
import { isTrueLenient } from '../../azure/model/cloud-provider-azure';
import {
  AzureKeys, parsePortKey, PORT_KEY_PREFIX, PortSetting, portAnnotationsOf, portAnnotationsWith, portKey, PlsKeys, probeSettingKeys,
} from '../../azure/model/keys';
import { violation } from '../define';
import { parseGoInteger } from '../go';
import { annotationPath, arrayAt, isObject, show, specOf } from '../manifest';
import { RuleViolation, Severity } from '../rule';

const DEFAULT_INTERVAL = 5;
const DEFAULT_NUM_OF_PROBE = 2;
const PROBE_PROTOCOLS = ['tcp', 'http', 'https'];

/** The TCP ports of the Service (UDP and SCTP ports get no probe), with their appProtocol. */
function tcpPorts(manifest: unknown): Array<{ port: number; appProtocol?: string }> {
  return arrayAt(specOf(manifest), 'ports')
    .filter(isObject)
    .filter((p) => (p.protocol ?? 'TCP') === 'TCP' && typeof p.port === 'number')
    .map((p) => ({ port: p.port as number, appProtocol: typeof p.appProtocol === 'string' ? p.appProtocol : undefined }));
}

export const probeTotal = defineAzureServiceRule({
  id: 'AZ-LB-005',
  severity: Severity.ERROR,
  title: 'health probe interval × number of probes is below 120 seconds',
  description: 'After merging the per-port keys over the global ones (defaults: interval 5, probes 2), cloud-provider-azure refuses a product of 120 or more '
    + '("total probe should be less than 120, please adjust interval and number of probe accordingly") and the reconcile fails. Exactly 120 is refused too.',
  fix: 'Lower the interval or the number of probes so that their product is below 120.',
  docs: CPA_PROBE_SOURCE,
}, (m, annotations) => {
  const setByPort = portAnnotationsOf(m)
    .some((entry) => entry.setting === PortSetting.PROBE_INTERVAL || entry.setting === PortSetting.PROBE_NUM_OF_PROBE);
  const setGlobally = annotations[AzureKeys.PROBE_INTERVAL] !== undefined || annotations[AzureKeys.PROBE_NUM_OF_PROBE] !== undefined;
  if (!setByPort && !setGlobally) return []; // the defaults (5 x 2) pass
  const seen = new Set<string>();
  const out: RuleViolation[] = [];
  for (const { port } of tcpPorts(m)) {
    const intervalKey = [portKey(port, PortSetting.PROBE_INTERVAL), AzureKeys.PROBE_INTERVAL].find((k) => annotations[k] !== undefined);
    const countKey = [portKey(port, PortSetting.PROBE_NUM_OF_PROBE), AzureKeys.PROBE_NUM_OF_PROBE].find((k) => annotations[k] !== undefined);
    if (!intervalKey && !countKey) continue;
    const interval = intervalKey ? parseGoInteger(annotations[intervalKey], { bits: 32, trim: true }) : DEFAULT_INTERVAL;
    const count = countKey ? parseGoInteger(annotations[countKey], { bits: 32, trim: true }) : DEFAULT_NUM_OF_PROBE;
    if (interval === undefined || count === undefined || interval * count < 120) continue;
    const path = annotationPath(intervalKey ?? countKey!);
    const message = `interval ${show(String(interval))} × number of probes ${show(String(count))} = ${interval * count} seconds for port ${port}: `
      + 'cloud-provider-azure requires less than 120 and fails the reconcile.';
    if (seen.has(path + message)) continue;
    seen.add(path + message);
    out.push(violation(path, message, `Lower the interval or the number of probes, e.g. interval "${Math.floor(119 / count)}" with ${count} probes.`));
  }
  return out;
});

export const probeProtocol = defineAzureServiceRule({
  id: 'AZ-LB-006',
  severity: Severity.ERROR,
  title: 'health probe protocol is Tcp, Http or Https',
  description: 'cloud-provider-azure silently probes with Tcp when the protocol is anything else, so a request path is ignored and the probe checks only that the port is open.',
  fix: 'Use Tcp, Http or Https.',
  docs: CPA_PROBE_SOURCE,
}, (_m, annotations) => probeSettingKeys(annotations, AzureKeys.PROBE_PROTOCOL, PortSetting.PROBE_PROTOCOL)
  .filter((key) => !PROBE_PROTOCOLS.includes(annotations[key].trim().toLowerCase()))
  .map((key) => violation(annotationPath(key), `${show(annotations[key])} is not a probe protocol: cloud-provider-azure silently probes with Tcp instead.`, 'Use Tcp, Http or Https.')));

export const probePort = defineAzureServiceRule({
  id: 'AZ-LB-007',
  severity: Severity.ERROR,
  title: 'port_{port}_health-probe_port names a Service port or is a number from 0 to 65535',
  description: 'The value is either the name of a Service port (its nodePort is probed) or a port number; anything else fails the reconcile ("port %s not found in service", "port %d is out of range").',
  fix: 'Use the name of one of the Service ports, or a port number from 0 to 65535.',
  docs: CPA_PROBE_SOURCE,
}, (m, annotations) => {
  const keys = portAnnotationsWith(m, PortSetting.PROBE_PORT).map((entry) => entry.key);
  if (keys.length === 0) return [];
  const names = servicePortNames(m).map((n) => n.toLowerCase());
  return keys
    .flatMap((key) => {
      const value = annotations[key];
      if (names.includes(value.toLowerCase())) return [];
      const n = parseGoInteger(value, { bits: 32, trim: true });
      if (n !== undefined && n >= 0 && n <= 65535) return [];
      const why = n === undefined ? 'is neither a port name of this Service nor a number' : 'is out of the range 0-65535';
      return [violation(annotationPath(key), `${show(value)} ${why}: cloud-provider-azure fails the reconcile.`, `Use one of the Service port names (${names.join(', ') || 'none defined'}) or a port number.`)];
    });
});

const PORT_SETTINGS: string[] = Object.values(PortSetting);

export const perPortKeys = defineAzureServiceRule({
  id: 'AZ-LB-008',
  severity: Severity.ERROR,
  title: 'port_{port}_* keys name a port of the Service and a known setting',
  description: 'The {port} in service.beta.kubernetes.io/port_{port}_<setting> is a spec.ports[].port (not the targetPort or nodePort). A key naming a port the Service does not have, or a misspelt setting, is silently ignored.',
  fix: 'Use the Service port number (spec.ports[].port) and one of the settings health-probe_protocol, health-probe_port, health-probe_request-path, health-probe_interval, health-probe_num-of-probe, no_lb_rule, no_probe_rule.',
  docs: CPA_PROBE_SOURCE,
}, (m, annotations) => {
  const ports = servicePortNumbers(m);
  const out: RuleViolation[] = [];
  for (const key of Object.keys(annotations)) {
    if (!key.startsWith(PORT_KEY_PREFIX)) continue;
    const parsed = parsePortKey(key);
    if (!parsed || !/^[0-9]+$/.test(parsed.port)) {
      out.push(violation(annotationPath(key), `the key ${show(key)} does not have the form port_{port}_{setting}: cloud-provider-azure ignores it.`, 'Write service.beta.kubernetes.io/port_<service port>_<setting>, e.g. port_80_health-probe_request-path.'));
      continue;
    }
    if (!PORT_SETTINGS.includes(parsed.setting)) {
      out.push(violation(annotationPath(key), `${show(parsed.setting)} is not a per-port setting: cloud-provider-azure ignores the key.`, `Use one of ${PORT_SETTINGS.join(', ')}.`));
    }
    if (!ports.includes(Number(parsed.port))) {
      out.push(violation(annotationPath(key), `port ${show(parsed.port)} is not a port of this Service (its ports are ${ports.join(', ') || 'none'}): cloud-provider-azure ignores the key.`,
        'Use the Service port (spec.ports[].port), not the targetPort or nodePort.'));
    }
  }
  return out;
});

/** Whether the PROXY-protocol exception applies: then no /healthz probe is built and the per-port probes are used. */
function plsProxyException(annotations: { [key: string]: string }): boolean {
  return isTrueLenient(annotations[PlsKeys.CREATE]) && isTrueLenient(annotations[PlsKeys.PROXY_PROTOCOL]);
}

export const probesIgnoredWithLocal = defineAzureServiceRule({
  id: 'AZ-LB-009',
  severity: Severity.ERROR,
  title: 'probe annotations that externalTrafficPolicy: Local ignores are not set',
  description: 'With externalTrafficPolicy: Local, cloud-provider-azure probes healthCheckNodePort with HTTP /healthz and skips every port that has no '
    + 'port_{port}_health-probe_port: the global protocol and request path and the per-port protocol, path, interval and count of those ports are silently ignored '
    + '(only the global interval and number of probes apply). Exception: a Private Link Service with PROXY protocol.',
  fix: 'Remove the ignored keys, or set port_{port}_health-probe_port to probe that port yourself.',
  docs: 'https://github.com/Azure/AKS/issues/3679',
}, (m, annotations) => {
  if (!isLocalTrafficPolicy(m) || plsProxyException(annotations)) return [];
  const customPorts = new Set(portAnnotationsWith(m, PortSetting.PROBE_PORT).map((entry) => entry.port));
  const out: RuleViolation[] = [];
  if (customPorts.size === 0) {
    for (const key of [AzureKeys.PROBE_PROTOCOL, AzureKeys.PROBE_REQUEST_PATH]) {
      if (annotations[key] === undefined) continue;
      out.push(violation(annotationPath(key), `${show(annotations[key])} is ignored: with externalTrafficPolicy: Local the load balancer probes healthCheckNodePort at /healthz.`,
        'Remove it, or add port_{port}_health-probe_port to probe a port of your own.'));
    }
  }
  const ignoredSettings: string[] = [
    PortSetting.PROBE_PROTOCOL, PortSetting.PROBE_REQUEST_PATH, PortSetting.PROBE_INTERVAL, PortSetting.PROBE_NUM_OF_PROBE,
  ];
  for (const parsed of portAnnotationsOf(m)) {
    const key = parsed.key;
    if (!ignoredSettings.includes(parsed.setting) || customPorts.has(parsed.port)) continue;
    out.push(violation(annotationPath(key), `${show(annotations[key])} is ignored: with externalTrafficPolicy: Local port ${parsed.port} is covered by the /healthz probe of healthCheckNodePort.`,
      `Remove it, or add ${portKey(Number(parsed.port), PortSetting.PROBE_PORT)} to probe that port yourself.`));
  }
  return out;
});

export const requestPathNeedsHttp = defineAzureServiceRule({
  id: 'AZ-LB-010',
  severity: Severity.ERROR,
  title: 'a probe request path has an Http or Https probe to apply to',
  description: 'The request path is used only when the probe protocol resolves to Http or Https (port_{port}_health-probe_protocol, then the port appProtocol, then '
    + 'azure-load-balancer-health-probe-protocol, then Tcp). With a Tcp probe it is silently ignored.',
  fix: 'Set the probe protocol to Http or Https, or remove the request path.',
  docs: CPA_PROBE_SOURCE,
}, (m, annotations) => {
  if (isLocalTrafficPolicy(m) && !plsProxyException(annotations)) return []; // AZ-LB-009 reports the ignored keys
  const pathsByPort = portAnnotationsWith(m, PortSetting.PROBE_REQUEST_PATH);
  if (pathsByPort.length === 0 && annotations[AzureKeys.PROBE_REQUEST_PATH] === undefined) return [];
  const httpPorts = new Set(tcpPorts(m).filter(({ port, appProtocol }) => {
    const protocol = annotations[portKey(port, PortSetting.PROBE_PROTOCOL)] ?? appProtocol ?? annotations[AzureKeys.PROBE_PROTOCOL] ?? 'Tcp';
    return ['http', 'https'].includes(protocol.trim().toLowerCase());
  }).map(({ port }) => port));
  const out: RuleViolation[] = [];
  const globalPath = annotations[AzureKeys.PROBE_REQUEST_PATH];
  if (globalPath !== undefined && httpPorts.size === 0) {
    out.push(violation(annotationPath(AzureKeys.PROBE_REQUEST_PATH), `${show(globalPath)} is ignored: no port of this Service is probed with Http or Https.`,
      `Set ${AzureKeys.PROBE_PROTOCOL}: "Http" (or per port), or remove the request path.`));
  }
  for (const parsed of pathsByPort) {
    const key = parsed.key;
    if (!/^[0-9]+$/.test(parsed.port) || httpPorts.has(Number(parsed.port))) continue;
    if (!servicePortNumbers(m).includes(Number(parsed.port))) continue; // AZ-LB-008 reports it
    out.push(violation(annotationPath(key), `${show(annotations[key])} is ignored: port ${parsed.port} is probed with Tcp.`,
      `Set ${portKey(Number(parsed.port), PortSetting.PROBE_PROTOCOL)}: "Http", or remove the request path.`));
  }
  return out;
});

export const appProtocolDefaultProbe = defineAzureServiceRule({
  id: 'AZ-LB-034',
  severity: Severity.WARNING,
  title: 'a port with appProtocol http or https has a probe request path',
  description: 'Since cloud-provider-azure v1.24 (so on every AKS release this library judges), a TCP port whose appProtocol is http or https, without port_{port}_health-probe_protocol, is probed '
    + 'with that protocol (buildHealthProbeRulesForPort), and without port_{port}_health-probe_request-path or azure-load-balancer-health-probe-request-path '
    + 'the probe requests "/". Azure Load Balancer counts only a 200 as healthy: a backend that answers "/" with 404, a redirect or 401 (ingress-nginx, '
    + 'most APIs) is marked down on every node and the load balancer drops all traffic (Azure/AKS#2903, #3210). With externalTrafficPolicy: Local the '
    + 'port is covered by the /healthz probe of healthCheckNodePort instead.',
  fix: 'Set port_{port}_health-probe_request-path to a path that answers 200 (ingress-nginx: /healthz), or port_{port}_health-probe_protocol: "Tcp".',
  docs: 'https://github.com/Azure/AKS/issues/2903',
}, (m, annotations) => {
  if (annotations[AzureKeys.PROBE_REQUEST_PATH] !== undefined) return [];
  const localProbe = isLocalTrafficPolicy(m) && !plsProxyException(annotations);
  const out: RuleViolation[] = [];
  arrayAt(specOf(m), 'ports').forEach((entry, index) => {
    if (!isObject(entry) || (entry.protocol ?? 'TCP') !== 'TCP' || typeof entry.port !== 'number' || typeof entry.appProtocol !== 'string') return;
    const port = entry.port;
    const appProtocol = entry.appProtocol.trim().toLowerCase();
    if (appProtocol !== 'http' && appProtocol !== 'https') return;
    const own = (setting: PortSetting) => annotations[portKey(port, setting)];
    if (own(PortSetting.PROBE_PROTOCOL) !== undefined || own(PortSetting.PROBE_REQUEST_PATH) !== undefined) return;
    if (isTrueLenient(own(PortSetting.NO_PROBE_RULE)) || isTrueLenient(own(PortSetting.NO_LB_RULE))) return;
    if (localProbe && own(PortSetting.PROBE_PORT) === undefined) return;
    out.push(violation(`spec.ports[${index}].appProtocol`, `${show(entry.appProtocol)} makes the load balancer probe port ${port} with ${appProtocol.toUpperCase()} GET "/": `
      + 'a backend that does not answer "/" with 200 is marked unhealthy and gets no traffic.',
    `Add ${portKey(port, PortSetting.PROBE_REQUEST_PATH)}: "<a path that answers 200>", or ${portKey(port, PortSetting.PROBE_PROTOCOL)}: "Tcp".`));
  });
  return out;
});

export const PROBE_RULES = [probeTotal, probeProtocol, probePort, perPortKeys, probesIgnoredWithLocal, requestPathNeedsHttp];
