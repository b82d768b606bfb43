import { AGIC_DOCS, AGIC_SOURCE, defineAgicRule } from './define';
import { isArmId, presentKeys } from './facts';
import {
  AGIC_BOOLEAN_KEYS, AGIC_CLASS_ANNOTATION_VALUE, AGIC_INGRESS_CLASS_NAME, AgicKeys, APPGW_PREFIX, INGRESS_CLASS_ANNOTATION,
} from '../../azure/model/keys';
import { violation } from '../define';
import { parseGoBool, parseGoInteger } from '../go';
import { annotationPath, arrayAt, isObject, objectAt, show, specOf } from '../manifest';
import { RuleViolation, Severity } from '../rule';

function agicTrue(value: string | undefined): boolean {
  return value !== undefined && parseGoBool(value) === true;
}

/** Go's strconv.Atoi (no trimming), or undefined. */
function atoi(value: string): number | undefined {
  return parseGoInteger(value, { bits: 32 });
}

const INTEGER_KEYS: readonly string[] = [
  AgicKeys.CONNECTION_DRAINING_TIMEOUT, AgicKeys.REQUEST_TIMEOUT, AgicKeys.OVERRIDE_FRONTEND_PORT, AgicKeys.PROBE_PORT,
  AgicKeys.PROBE_INTERVAL, AgicKeys.PROBE_TIMEOUT, AgicKeys.PROBE_UNHEALTHY_THRESHOLD, AgicKeys.RULE_PRIORITY,
];

/** Every backend `service` of the Ingress (default backend and rule paths), with its path in the manifest. */
function serviceBackends(manifest: unknown): Array<{ path: string; service: { [key: string]: unknown } }> {
  const spec = specOf(manifest);
  const out: Array<{ path: string; service: { [key: string]: unknown } }> = [];
  const service = objectAt(objectAt(spec, 'defaultBackend'), 'service');
  if (Object.keys(service).length > 0) out.push({ path: 'spec.defaultBackend.service', service });
  arrayAt(spec, 'rules').forEach((rule, r) => arrayAt(objectAt(rule, 'http'), 'paths').forEach((p, i) => {
    const s = objectAt(objectAt(p, 'backend'), 'service');
    if (Object.keys(s).length > 0) out.push({ path: `spec.rules[${r}].http.paths[${i}].backend.service`, service: s });
  }));
  return out;
}

function hasTls(manifest: unknown): boolean {
  return arrayAt(specOf(manifest), 'tls').some((t) => isObject(t) && typeof t.secretName === 'string' && t.secretName !== '');
}

export const ingressClassForm = defineAgicRule({
  id: 'AZ-AGIC-001',
  severity: Severity.ERROR,
  title: 'the AGIC class is azure/application-gateway in the annotation and azure-application-gateway in ingressClassName',
  description: 'The kubernetes.io/ingress.class annotation is compared with the controller name azure/application-gateway (exactly, case-sensitively); '
    + 'spec.ingressClassName names an IngressClass resource, azure-application-gateway by default, and cannot contain "/". Swapping the two forms makes AGIC ignore the Ingress.',
  fix: 'Use kubernetes.io/ingress.class: azure/application-gateway, or spec.ingressClassName: azure-application-gateway.',
  docs: 'https://github.com/Azure/application-gateway-kubernetes-ingress/issues/1637',
}, (m, annotations) => {
  const out: RuleViolation[] = [];
  if (annotations[INGRESS_CLASS_ANNOTATION] === AGIC_INGRESS_CLASS_NAME) {
    out.push(violation(annotationPath(INGRESS_CLASS_ANNOTATION), `${show(AGIC_INGRESS_CLASS_NAME)} is the IngressClass name, not the controller name the annotation is compared with: AGIC ignores the Ingress.`,
      `Write ${show(AGIC_CLASS_ANNOTATION_VALUE)} in the annotation, or use spec.ingressClassName: ${AGIC_INGRESS_CLASS_NAME} instead.`));
  }
  if (specOf(m).ingressClassName === AGIC_CLASS_ANNOTATION_VALUE) {
    out.push(violation('spec.ingressClassName', `${show(AGIC_CLASS_ANNOTATION_VALUE)} is the controller name, not an IngressClass name ("/" is not allowed in a name): the API server refuses it.`,
      `Use spec.ingressClassName: ${AGIC_INGRESS_CLASS_NAME}.`));
  }
  return out;
});

export const ingressClassPresent = defineAgicRule({
  id: 'AZ-AGIC-002',
  severity: Severity.ERROR,
  title: 'an Ingress with appgw.ingress.kubernetes.io keys has the AGIC class',
  description: 'AGIC handles an Ingress only when its class is AGIC\'s (if the kubernetes.io/ingress.class annotation is present, it alone decides). '
    + 'appgw keys on an Ingress of another class are ignored; with no class at all it works only when AGIC\'s IngressClass is the cluster default.',
  fix: 'Set spec.ingressClassName: azure-application-gateway (or the annotation azure/application-gateway).',
  docs: AGIC_DOCS,
}, (m, annotations) => {
  const annotationClass = annotations[INGRESS_CLASS_ANNOTATION];
  const className = specOf(m).ingressClassName;
  const isAgicAnnotation = annotationClass === AGIC_CLASS_ANNOTATION_VALUE || annotationClass === AGIC_INGRESS_CLASS_NAME;
  const isAgicName = className === AGIC_INGRESS_CLASS_NAME || className === AGIC_CLASS_ANNOTATION_VALUE;
  // A non-empty annotation alone decides (AGIC's IsIngressClass); AZ-AGIC-001 reports the swapped forms.
  const decidedByAnnotation = annotationClass !== undefined && annotationClass !== '';
  if (decidedByAnnotation ? isAgicAnnotation : isAgicName) return [];
  const appgwKeys = Object.keys(annotations).filter((k) => k.startsWith(APPGW_PREFIX));
  if (appgwKeys.length === 0) return [];
  const other = decidedByAnnotation ? annotationClass : className;
  if (typeof other === 'string' && other !== '') {
    return [violation(decidedByAnnotation ? annotationPath(INGRESS_CLASS_ANNOTATION) : 'spec.ingressClassName',
      `the class ${show(other)} is not AGIC's, so its ${appgwKeys.length} appgw.ingress.kubernetes.io annotation(s) are ignored.`,
      `Use spec.ingressClassName: ${AGIC_INGRESS_CLASS_NAME}, or remove the appgw annotations.`)];
  }
  return [violation('spec.ingressClassName', 'the Ingress has appgw.ingress.kubernetes.io annotations but no class: AGIC takes it only if its IngressClass is the cluster default.',
    `Set spec.ingressClassName: ${AGIC_INGRESS_CLASS_NAME}.`)];
});

export const agicBooleans = defineAgicRule({
  id: 'AZ-AGIC-003',
  severity: Severity.ERROR,
  title: 'AGIC boolean annotations are "true" or "false"',
  description: 'AGIC reads booleans with Go\'s strconv.ParseBool; any other value ("yes", "enabled", " true") is an invalid annotation and the setting is silently off.',
  fix: 'Write "true" or "false".',
  docs: AGIC_DOCS,
}, (_m, annotations) => presentKeys(annotations, AGIC_BOOLEAN_KEYS)
  .filter((key) => parseGoBool(annotations[key]) === undefined)
  .map((key) => violation(annotationPath(key), `${show(annotations[key])} is not a boolean: AGIC ignores the setting.`, 'Write "true" or "false".')));

export const agicIntegers = defineAgicRule({
  id: 'AZ-AGIC-004',
  severity: Severity.ERROR,
  title: 'AGIC integer annotations are whole numbers',
  description: 'AGIC reads numbers with strconv.Atoi (no spaces, no units): "30s" or " 30" is invalid and the default is silently kept.',
  fix: 'Write a plain whole number, e.g. "30".',
  docs: AGIC_DOCS,
}, (_m, annotations) => presentKeys(annotations, INTEGER_KEYS)
  .filter((key) => atoi(annotations[key]) === undefined)
  .map((key) => violation(annotationPath(key), `${show(annotations[key])} is not a whole number: AGIC ignores it and keeps the default.`, 'Write a plain whole number without unit or spaces.')));

function rangeRule(id: string, key: string, title: string, min: number, max: number, consequence: string) {
  return defineAgicRule({
    id,
    severity: Severity.ERROR,
    title,
    description: `AGIC accepts ${key} only from ${min} to ${max}; ${consequence}.`,
    fix: `Use a whole number from ${min} to ${max}.`,
    docs: AGIC_DOCS,
  }, (_m, annotations) => {
    const value = annotations[key];
    const n = value === undefined ? undefined : atoi(value);
    if (n === undefined || (n >= min && n <= max)) return [];
    return [violation(annotationPath(key), `${show(value)} is outside ${min}-${max}: ${consequence}.`, `Use a whole number from ${min} to ${max}.`)];
  });
}

export const rulePriority = rangeRule('AZ-AGIC-005', AgicKeys.RULE_PRIORITY, 'rule-priority is from 1 to 20000', 1, 20000,
  'Application Gateway refuses the routing rule ("Priority must be a value from 1 to 20000")');

export const frontendPort = rangeRule('AZ-AGIC-006', AgicKeys.OVERRIDE_FRONTEND_PORT, 'override-frontend-port is from 1 to 64999', 1, 64999,
  'AGIC silently falls back to port 80/443');

export const probeNumbers = defineAgicRule({
  id: 'AZ-AGIC-007',
  severity: Severity.ERROR,
  title: 'App Gateway probe port, interval, timeout and unhealthy threshold are in range',
  description: 'AGIC uses health-probe-port only from 1 to 65535 and interval, timeout and unhealthy threshold only when positive, silently keeping the defaults otherwise; '
    + 'Application Gateway accepts an unhealthy threshold of at most 20.',
  fix: 'Use a port from 1 to 65535, positive seconds, and a threshold from 1 to 20.',
  docs: `${AGIC_SOURCE}/appgw/health_probes.go`,
}, (_m, annotations) => {
  // Interval and timeout have no upper bound here: AGIC passes any positive value on (AZ-AGIC-022 warns above one day).
  const limits: Array<[string, number, number | undefined]> = [
    [AgicKeys.PROBE_PORT, 1, 65535], [AgicKeys.PROBE_INTERVAL, 1, undefined], [AgicKeys.PROBE_TIMEOUT, 1, undefined],
    [AgicKeys.PROBE_UNHEALTHY_THRESHOLD, 1, 20],
  ];
  return limits.flatMap(([key, min, max]) => {
    const value = annotations[key];
    const n = value === undefined ? undefined : atoi(value);
    if (n === undefined || (n >= min && (max === undefined || n <= max))) return [];
    if (max === undefined) {
      return [violation(annotationPath(key), `${show(value)} is not positive: AGIC ignores it and keeps the default.`, 'Use a whole number of seconds of at least 1.')];
    }
    return [violation(annotationPath(key), `${show(value)} is outside ${min}-${max}: ${n < min ? 'AGIC ignores it and keeps the default' : 'Application Gateway refuses the probe'}.`,
      `Use a whole number from ${min} to ${max}.`)];
  });
});

/** One day: the largest probe interval and timeout that the Application Gateway documentation gives. */
const MAX_PROBE_SECONDS = 86400;

export const probeSecondsAtMostADay = defineAgicRule({
  id: 'AZ-AGIC-022',
  severity: Severity.WARNING,
  title: 'App Gateway probe interval and timeout are at most one day (86400 seconds)',
  description: 'AGIC passes any positive health-probe-interval and health-probe-timeout to Application Gateway, whose documentation gives 1 to 86400 seconds; '
    + 'a larger value may be refused by ARM (unverified), and a probe that rare or that slow does not detect a failed backend in time anyway.',
  fix: 'Use a few seconds to a few minutes (AGIC defaults to 30 seconds).',
  docs: 'https://learn.microsoft.com/azure/application-gateway/application-gateway-probe-overview',
}, (_m, annotations) => [AgicKeys.PROBE_INTERVAL, AgicKeys.PROBE_TIMEOUT].flatMap((key) => {
  const value = annotations[key];
  const n = value === undefined ? undefined : atoi(value);
  if (n === undefined || n <= MAX_PROBE_SECONDS) return [];
  return [violation(annotationPath(key), `${show(value)} seconds is more than one day (${MAX_PROBE_SECONDS}): the probe would not detect a failed backend in time, `
    + 'and Application Gateway documents 86400 as the maximum.', `Use at most ${MAX_PROBE_SECONDS} seconds, typically 5 to 60.`)];
}));

export const backendProtocol = defineAgicRule({
  id: 'AZ-AGIC-008',
  severity: Severity.ERROR,
  title: 'backend-protocol is http or https',
  description: 'Another value is an invalid annotation (InvalidAnnotation event) and AGIC keeps the default (http, or https for port 443).',
  fix: 'Use "http" or "https".',
  docs: `${AGIC_SOURCE}/appgw/backendhttpsettings.go`,
}, (_m, annotations) => {
  const value = annotations[AgicKeys.BACKEND_PROTOCOL];
  if (value === undefined || ['http', 'https'].includes(value.toLowerCase())) return [];
  return [violation(annotationPath(AgicKeys.BACKEND_PROTOCOL), `${show(value)} is not http or https: AGIC ignores it.`, 'Use "http" or "https".')];
});

export const sslRedirectNeedsTls = defineAgicRule({
  id: 'AZ-AGIC-009',
  severity: Severity.ERROR,
  title: 'ssl-redirect comes with TLS',
  description: 'AGIC ignores the WHOLE Ingress when ssl-redirect is true and there is neither spec.tls nor appgw-ssl-certificate ("missing a TLS secret").',
  fix: 'Add spec.tls with a secret, or appgw-ssl-certificate naming a certificate installed on the Application Gateway.',
  docs: `${AGIC_SOURCE}/controller/prune.go`,
}, (m, annotations) => {
  if (!agicTrue(annotations[AgicKeys.SSL_REDIRECT]) || hasTls(m) || (annotations[AgicKeys.SSL_CERTIFICATE] ?? '') !== '') return [];
  return [violation(annotationPath(AgicKeys.SSL_REDIRECT), `${show(annotations[AgicKeys.SSL_REDIRECT])} without spec.tls or appgw-ssl-certificate: AGIC ignores the whole Ingress.`,
    'Add spec.tls (hosts and secretName) or appgw.ingress.kubernetes.io/appgw-ssl-certificate.')];
});

export const trustedRootNeedsHttps = defineAgicRule({
  id: 'AZ-AGIC-010',
  severity: Severity.WARNING,
  title: 'appgw-trusted-root-certificate comes with backend-protocol: https',
  description: 'A trusted root certificate is used to verify an HTTPS backend; with an HTTP backend it has no use, but each name must still exist or the Ingress is ignored.',
  fix: 'Set backend-protocol: "https", or remove the trusted root certificate.',
  docs: AGIC_DOCS,
}, (m, annotations) => {
  const value = annotations[AgicKeys.TRUSTED_ROOT_CERTIFICATE];
  const protocol = annotations[AgicKeys.BACKEND_PROTOCOL];
  if (value === undefined || protocol?.toLowerCase() === 'https') return [];
  // Without backend-protocol, AGIC speaks HTTPS to a backend port 443, where the certificate is used.
  if (protocol === undefined && serviceBackends(m).some(({ service }) => objectAt(service, 'port').number === 443)) return [];
  return [violation(annotationPath(AgicKeys.TRUSTED_ROOT_CERTIFICATE), `${show(value)} is set but the backend protocol is ${show(annotations[AgicKeys.BACKEND_PROTOCOL] ?? 'http (default)')}: the certificate is not used.`,
    'Add appgw.ingress.kubernetes.io/backend-protocol: "https", or remove the certificate.')];
});

export const trustedRootFormat = defineAgicRule({
  id: 'AZ-AGIC-011',
  severity: Severity.ERROR,
  title: 'appgw-trusted-root-certificate is a comma-separated list of names without spaces',
  description: 'AGIC splits the list on "," without trimming; a name with a space is not found on the Application Gateway and the whole Ingress is ignored.',
  fix: 'Separate the certificate names with "," only.',
  docs: AGIC_DOCS,
}, (_m, annotations) => {
  const value = annotations[AgicKeys.TRUSTED_ROOT_CERTIFICATE];
  if (value === undefined) return [];
  const bad = value.replace(/,+$/, '').split(',').filter((item) => item === '' || /\s/.test(item));
  return bad.length === 0 ? [] : [violation(annotationPath(AgicKeys.TRUSTED_ROOT_CERTIFICATE),
    `${show(value)} has names with spaces or empty names (${bad.map((b) => show(b)).join(', ')}): AGIC does not find them and ignores the Ingress.`,
    'Separate the certificate names with "," only, e.g. "root-a,root-b".')];
});

export const rewriteRuleSets = defineAgicRule({
  id: 'AZ-AGIC-012',
  severity: Severity.ERROR,
  title: 'rewrite-rule-set and rewrite-rule-set-custom-resource are not both set',
  description: 'When both are set AGIC logs an error and applies NEITHER.',
  fix: 'Keep one of them.',
  docs: `${AGIC_SOURCE}/appgw/requestroutingrules.go`,
}, (_m, annotations) => {
  if (annotations[AgicKeys.REWRITE_RULE_SET] === undefined || annotations[AgicKeys.REWRITE_RULE_SET_CUSTOM_RESOURCE] === undefined) return [];
  return [violation(annotationPath(AgicKeys.REWRITE_RULE_SET_CUSTOM_RESOURCE),
    `${show(annotations[AgicKeys.REWRITE_RULE_SET_CUSTOM_RESOURCE])} is set together with rewrite-rule-set ${show(annotations[AgicKeys.REWRITE_RULE_SET])}: AGIC applies neither.`,
    'Remove one of the two annotations.')];
});

export const drainingTimeoutNeedsDraining = defineAgicRule({
  id: 'AZ-AGIC-013',
  severity: Severity.ERROR,
  title: 'connection-draining-timeout comes with connection-draining: "true"',
  description: 'AGIC reads the draining timeout only when connection-draining is true; otherwise it is silently ignored and connections are cut at once.',
  fix: 'Add appgw.ingress.kubernetes.io/connection-draining: "true".',
  docs: AGIC_DOCS,
}, (_m, annotations) => {
  const value = annotations[AgicKeys.CONNECTION_DRAINING_TIMEOUT];
  if (value === undefined || agicTrue(annotations[AgicKeys.CONNECTION_DRAINING])) return [];
  const draining = annotations[AgicKeys.CONNECTION_DRAINING];
  const why = draining === undefined ? 'connection-draining is not set' : `connection-draining is ${show(draining)}, not "true"`;
  return [violation(annotationPath(AgicKeys.CONNECTION_DRAINING_TIMEOUT), `${show(value)} is ignored: ${why}.`,
    'Add appgw.ingress.kubernetes.io/connection-draining: "true", or remove the timeout.')];
});

/** The Ingress paths that AGIC would turn into a probe path: every path except the catch-all ones. */
function nonRootPaths(manifest: unknown): string[] {
  const paths = arrayAt(specOf(manifest), 'rules').flatMap((rule) => arrayAt(objectAt(rule, 'http'), 'paths'))
    .map((p) => (isObject(p) && typeof p.path === 'string' ? p.path : '/'));
  return [...new Set(paths.filter((p) => !['', '/', '/*'].includes(p)))];
}

export const probePathExplicit = defineAgicRule({
  id: 'AZ-AGIC-014',
  severity: Severity.WARNING,
  title: 'the App Gateway probe path is explicit when it would be guessed from a non-root path',
  description: 'Without health-probe-path, AGIC probes the path of the backend pods\' httpGet readiness (or liveness) probe; without one, backend-path-prefix '
    + '(in place of every Ingress path: a prefix of "/" probes the root) or the Ingress path. '
    + 'A path such as /api rarely answers 200-399 itself (404, 401, a redirect to a login page): every backend is then unhealthy and Application Gateway answers 502 Bad Gateway. '
    + '(For the catch-all path "/", AZ-AGIC-027 judges the backend pods when the set holds them.)',
  fix: 'Set health-probe-path to a path that answers 200 (e.g. "/healthz"); or acknowledge the warning when every backend pod has an httpGet readiness probe.',
  docs: 'https://github.com/Azure/application-gateway-kubernetes-ingress/blob/master/docs/features/probes.md',
}, (m, annotations) => {
  if ((annotations[AgicKeys.PROBE_PATH] ?? '') !== '') return [];
  const prefix = annotations[AgicKeys.BACKEND_PATH_PREFIX];
  // AGIC's generateHealthProbe takes backend-path-prefix, when present, as the probe path instead of every Ingress
  // path, and trims a trailing "*": a prefix of "/" (or "/*") probes the root, the path this rule leaves alone.
  if (prefix !== undefined && prefix.replace(/\*+$/, '') === '/') return [];
  const paths = prefix === undefined ? nonRootPaths(m) : [];
  if (prefix === undefined && paths.length === 0) return [];
  const guess = prefix !== undefined ? `backend-path-prefix ${show(prefix)}` : `the Ingress path${paths.length > 1 ? 's' : ''} ${paths.map((p) => show(p)).join(', ')}`;
  const value = annotations[AgicKeys.PROBE_PATH];
  const unset = value === undefined ? 'health-probe-path is not set' : 'health-probe-path is empty';
  return [violation(annotationPath(AgicKeys.PROBE_PATH), `${unset}: unless the backend pods have an httpGet readiness or liveness probe, `
    + `Application Gateway probes ${guess}, and a non-2xx/3xx answer there turns into 502s.`,
  'Set appgw.ingress.kubernetes.io/health-probe-path, or give the pods an httpGet readiness probe (or a liveness probe) and acknowledge this warning.')];
});

/** Each item of a status-code list, `200` or `200-399`, as a range; undefined when malformed. */
function statusRanges(value: string): Array<{ item: string; range?: [number, number] }> {
  return value.split(',').map((raw) => raw.trim()).map((item) => {
    const match = /^([1-5][0-9]{2})(?:-([1-5][0-9]{2}))?$/.exec(item);
    if (!match) return { item };
    const low = Number(match[1]);
    const high = match[2] ? Number(match[2]) : low;
    return low <= high ? { item, range: [low, high] as [number, number] } : { item };
  });
}

export const statusCodesFormat = defineAgicRule({
  id: 'AZ-AGIC-015',
  severity: Severity.ERROR,
  title: 'health-probe-status-codes lists codes or ranges from 100 to 599',
  description: 'AGIC passes the list to Application Gateway unchecked; an item that is not a code or a low-high range makes ARM refuse the gateway configuration, '
    + 'which blocks every Ingress of that gateway.',
  fix: 'Write codes and ranges separated by commas, e.g. "200-399,401".',
  docs: AGIC_DOCS,
}, (_m, annotations) => {
  const value = annotations[AgicKeys.PROBE_STATUS_CODES];
  if (value === undefined) return [];
  return statusRanges(value).filter((r) => !r.range).map(({ item }) => violation(annotationPath(AgicKeys.PROBE_STATUS_CODES),
    `the item ${show(item)} of ${show(value)} is not a status code or a low-high range from 100 to 599: Application Gateway refuses the probe.`,
    'Write codes and ranges separated by commas, e.g. "200-399,401".'));
});

export const statusCodesCoverOk = defineAgicRule({
  id: 'AZ-AGIC-016',
  severity: Severity.WARNING,
  title: 'health-probe-status-codes include 200',
  description: 'The codes replace Application Gateway\'s default 200-399. A list that leaves out 200, what a healthy backend answers, marks healthy pods down: 502 Bad Gateway.',
  fix: 'Include 200 (e.g. "200-399,401").',
  docs: AGIC_DOCS,
}, (_m, annotations) => {
  const value = annotations[AgicKeys.PROBE_STATUS_CODES];
  if (value === undefined) return [];
  const ranges = statusRanges(value);
  if (ranges.some((r) => !r.range) || ranges.some((r) => r.range![0] <= 200 && r.range![1] >= 200)) return [];
  return [violation(annotationPath(AgicKeys.PROBE_STATUS_CODES), `${show(value)} does not include 200: a backend that answers 200 is marked unhealthy.`,
    `Include 200, e.g. "200-399,${value}".`)];
});

export const httpsBackendTrust = defineAgicRule({
  id: 'AZ-AGIC-017',
  severity: Severity.WARNING,
  title: 'an HTTPS backend has a trusted root certificate',
  description: 'With backend-protocol https, Application Gateway v2 trusts only certificates from well-known CAs unless appgw-trusted-root-certificate names the root: '
    + 'a self-signed or private-CA backend certificate makes the probe fail, and every request gets 502.',
  fix: 'Upload the backend\'s root CA to the Application Gateway and name it in appgw-trusted-root-certificate; acknowledge when the backend uses a public CA.',
  docs: 'https://github.com/Azure/application-gateway-kubernetes-ingress/issues/875',
}, (m, annotations) => {
  if ((annotations[AgicKeys.TRUSTED_ROOT_CERTIFICATE] ?? '') !== '') return [];
  const value = annotations[AgicKeys.BACKEND_PROTOCOL];
  const fix = 'Add appgw.ingress.kubernetes.io/appgw-trusted-root-certificate, or acknowledge when the backend certificate comes from a public CA.';
  if (value !== undefined) {
    return value.toLowerCase() !== 'https' ? [] : [violation(annotationPath(AgicKeys.BACKEND_PROTOCOL),
      `${show(value)} without appgw-trusted-root-certificate: a backend certificate that is not from a well-known CA fails the probe (502).`, fix)];
  }
  // Without backend-protocol, AGIC speaks HTTPS to a backend port 443.
  return serviceBackends(m).filter(({ service }) => objectAt(service, 'port').number === 443).map(({ path }) => violation(`${path}.port.number`,
    `port ${show(443)} gets HTTPS by default and there is no appgw-trusted-root-certificate: a backend certificate that is not from a well-known CA fails the probe (502).`, fix));
});

export const protocolMatchesPort = defineAgicRule({
  id: 'AZ-AGIC-018',
  severity: Severity.WARNING,
  title: 'backend-protocol matches the backend port',
  description: 'HTTPS to port 80 or HTTP to port 443 is almost always a mistake: the handshake or the request fails, the probe fails, and Application Gateway answers 502.',
  fix: 'Use https for port 443 and http for port 80, or check the backend port.',
  docs: AGIC_DOCS,
}, (m, annotations) => {
  const protocol = (annotations[AgicKeys.BACKEND_PROTOCOL] ?? '').toLowerCase();
  if (protocol !== 'http' && protocol !== 'https') return [];
  const wrongPort = protocol === 'https' ? 80 : 443;
  return serviceBackends(m).filter(({ service }) => objectAt(service, 'port').number === wrongPort).map(({ path }) => violation(`${path}.port.number`,
    `backend-protocol ${show(annotations[AgicKeys.BACKEND_PROTOCOL])} to port ${wrongPort}: the backend most likely speaks ${protocol === 'https' ? 'plain HTTP' : 'TLS'} there.`,
    `Use backend-protocol "${protocol === 'https' ? 'http' : 'https'}", or point the backend at the right port.`));
});

const KNOWN_AGIC_KEYS: string[] = Object.values(AgicKeys);

export const unknownAgicKeys = defineAgicRule({
  id: 'AZ-AGIC-019',
  severity: Severity.WARNING,
  title: 'appgw.ingress.kubernetes.io keys are keys AGIC reads',
  description: 'A misspelt key is silently ignored. Microsoft Learn names the status-code key health-probe-status-code (singular), which AGIC does not read: the key is health-probe-status-codes.',
  fix: 'Correct the key.',
  docs: AGIC_DOCS,
}, (_m, annotations) => Object.keys(annotations).filter((key) => key.startsWith(APPGW_PREFIX) && !KNOWN_AGIC_KEYS.includes(key)).map((key) => {
  const singular = key === `${APPGW_PREFIX}health-probe-status-code`;
  return violation(annotationPath(key), `the key ${show(key)} (value ${show(annotations[key])}) is not read by AGIC, so it is ignored${singular ? ' (the documentation\'s singular form)' : ''}.`,
    singular ? `Rename it to ${AgicKeys.PROBE_STATUS_CODES}.` : 'Check the spelling against the AGIC annotation list.');
}));

export const wafPolicyId = defineAgicRule({
  id: 'AZ-AGIC-020',
  severity: Severity.ERROR,
  title: 'waf-policy-for-path is the ARM id of a WAF policy',
  description: 'AGIC passes the id to Application Gateway unchecked; a wrong id makes ARM refuse the gateway configuration.',
  fix: 'Use /subscriptions/<sub>/resourceGroups/<group>/providers/Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/<name>.',
  docs: AGIC_DOCS,
}, (_m, annotations) => {
  const value = annotations[AgicKeys.WAF_POLICY_FOR_PATH];
  if (value === undefined || isArmId(value, 'Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies')) return [];
  return [violation(annotationPath(AgicKeys.WAF_POLICY_FOR_PATH), `${show(value)} is not the ARM id of an Application Gateway WAF policy: ARM refuses the configuration.`,
    'Use /subscriptions/<sub>/resourceGroups/<group>/providers/Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/<name>.')];
});

export const sslCertificateShadowed = defineAgicRule({
  id: 'AZ-AGIC-021',
  severity: Severity.WARNING,
  title: 'appgw-ssl-certificate is not shadowed by spec.tls',
  description: 'AGIC ignores appgw-ssl-certificate for the hosts that spec.tls gives a certificate for.',
  fix: 'Use either spec.tls or appgw-ssl-certificate.',
  docs: `${AGIC_SOURCE}/appgw/ingress_rules.go`,
}, (m, annotations) => {
  const value = annotations[AgicKeys.SSL_CERTIFICATE];
  if (value === undefined || !hasTls(m)) return [];
  return [violation(annotationPath(AgicKeys.SSL_CERTIFICATE), `${show(value)} is ignored for the hosts of spec.tls, which supplies its own certificate.`,
    'Remove spec.tls to use the gateway certificate, or remove the annotation.')];
});

export const AGIC_RULES = [
  ingressClassForm, ingressClassPresent, agicBooleans, agicIntegers, rulePriority, frontendPort, probeNumbers, backendProtocol,
  sslRedirectNeedsTls, trustedRootNeedsHttps, trustedRootFormat, rewriteRuleSets, drainingTimeoutNeedsDraining, probePathExplicit,
  statusCodesFormat, statusCodesCoverOk, httpsBackendTrust, protocolMatchesPort, unknownAgicKeys, wafPolicyId, sslCertificateShadowed,
  probeSecondsAtMostADay,
];
