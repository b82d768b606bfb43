import { BackendRef, backendsOf } from './ingress-backends';
import { ManifestSet, namespaceOf, PodTemplate, selectorOf } from './manifest-set';
import { defineSetRule, RelatedIndex, SetViolation } from './set-rule';
import { AGIC_INGRESSES, isAgicIngress } from '../../azure/model/agic';
import { AGIC_CLASS_ANNOTATION_VALUE, AGIC_INGRESS_CLASS_NAME, AgicKeys, INGRESS_CLASS_ANNOTATION } from '../../azure/model/keys';
import { Cluster } from '../../profile/cluster';
import { resourceLabel } from '../engine';
import { parseGoInteger } from '../go';
import { annotationPath, annotationsOf, arrayAt, isObject, objectAt, show, specOf, stringAt } from '../manifest';
import { Severity } from '../rule';

/**
 * The health probe AGIC builds for each path of an Ingress, from the pods behind it. generateHealthProbe
 * (pkg/appgw/health_probes.go) starts from the backend port (HTTPS for 443), copies the httpGet readiness (else liveness)
 * probe of the first container that serves the backend port in the first pod it lists (getProbeForServiceContainer),
 * then lets the Ingress's annotations override it. The backend's HTTP settings (generateHTTPSettings,
 * pkg/appgw/backendhttpsettings.go) speak HTTPS for a backend port 443, and backend-protocol overrides both.
 * Application Gateway refuses the whole gateway configuration for one bad probe, so AGIC then syncs no Ingress at all.
 */

const PROBES_DOCS = 'https://github.com/Azure/application-gateway-kubernetes-ingress/blob/master/docs/features/probes.md';
const GENERATE_PROBE = 'AGIC generateHealthProbe and getProbeForServiceContainer (pkg/appgw/health_probes.go)';
const WHERE_AGIC_RUNS = 'Judged for the Ingresses AGIC reconciles: on every cluster without a profile, and only where the profile says AGIC runs with one. The derivation followed is AGIC 1.6\'s and later (1.6 made a backend port 443 reached through a targetPort give an HTTPS probe, #1441).';

type AppGwProtocol = 'Http' | 'Https';

/** The httpGet probe AGIC copies from a container. */
interface CopiedProbe {
  readonly field: 'readinessProbe' | 'livenessProbe';
  readonly path?: string;
  /** As the API server defaults it: HTTP when absent. */
  readonly scheme: string;
  /** The port number (a name resolved among the container's ports); 0 for a name the container does not declare, as AGIC leaves it. */
  readonly port: number;
}

/** What AGIC reads from one workload's pods for one backend. */
interface PodProbe {
  readonly template: PodTemplate;
  /** The container AGIC picks: the first that declares a port the backend reaches. */
  readonly container?: { readonly index: number; readonly name: string };
  /** Its httpGet probe; none when it has no httpGet readiness or liveness probe. */
  readonly probe?: CopiedProbe;
}

/** A path of an AGIC Ingress, its Service in the set, and what AGIC derives from the selected pods of the set. */
interface AgicBackend {
  readonly ingress: number;
  readonly backend: BackendRef;
  /** The backend port as AGIC writes it (serviceBackendPortToStr): the name, else the number. */
  readonly port: string;
  readonly service: number;
  readonly annotations: { readonly [key: string]: string };
  /** The port of the backend HTTP settings: the smallest container port the Service port reaches (resolveBackendPort). */
  readonly settingsPort: number;
  readonly pods: readonly PodProbe[];
  /** The clusters where AGIC takes the Ingress, when not all: a classless Ingress is AGIC's where its class is the default. */
  readonly onlyOn?: string;
  /** The default backend: AGIC gives it its default probe, never one derived from the pods. */
  readonly isDefault: boolean;
}

/**
 * Whether AGIC takes the Ingress, as IsIngressClass (pkg/k8scontext/context.go) decides: a class annotation that is not
 * empty alone decides; else spec.ingressClassName names AGIC's IngressClass; an Ingress without either is AGIC's only
 * where AGIC's IngressClass is the cluster default. appgw.ingress.kubernetes.io keys play no part.
 */
function agicTakes(manifest: unknown): { takes: false } | { takes: true; onlyOn?: string } {
  const annotation = annotationsOf(manifest)[INGRESS_CLASS_ANNOTATION];
  if (annotation !== undefined && annotation !== '') return annotation === AGIC_CLASS_ANNOTATION_VALUE ? { takes: true } : { takes: false };
  const className = specOf(manifest).ingressClassName;
  if (className !== undefined && className !== null) return className === AGIC_INGRESS_CLASS_NAME ? { takes: true } : { takes: false };
  return { takes: true, onlyOn: 'clusters where AGIC\'s IngressClass is the default (the Ingress names no class)' };
}

/** The Service ports a backend names: TCP ports whose number, name or targetPort is the backend port. */
function servicePortsFor(service: unknown, port: string): Array<{ [key: string]: unknown }> {
  return arrayAt(specOf(service), 'ports').filter(isObject).filter((p) => (p.protocol ?? 'TCP') === 'TCP'
    && (String(p.port) === port || p.name === port || (p.targetPort !== undefined && String(p.targetPort) === port)));
}

/** The container ports a Service port reaches in one pod template, as the endpoints give them to AGIC. */
function targetPortsIn(template: PodTemplate, servicePort: { [key: string]: unknown }): number[] {
  const target = servicePort.targetPort === undefined || servicePort.targetPort === 0 ? servicePort.port : servicePort.targetPort;
  if (typeof target === 'number') return [target];
  if (typeof target !== 'string') return [];
  return template.containers.flatMap((c) => arrayAt(c, 'ports').filter(isObject)
    .filter((p) => p.name === target && (p.protocol ?? 'TCP') === 'TCP' && typeof p.containerPort === 'number')
    .map((p) => p.containerPort as number));
}

function copiedProbeOf(container: unknown): CopiedProbe | undefined {
  for (const field of ['readinessProbe', 'livenessProbe'] as const) {
    const httpGet = objectAt(container, field).httpGet;
    if (!isObject(httpGet)) continue;
    const port = typeof httpGet.port === 'number' ? httpGet.port
      : arrayAt(container, 'ports').filter(isObject).find((p) => p.name === httpGet.port)?.containerPort;
    return { field, path: stringAt(httpGet, 'path'), scheme: stringAt(httpGet, 'scheme') ?? 'HTTP', port: typeof port === 'number' ? port : 0 };
  }
  return undefined;
}

/** getProbeForServiceContainer for one pod: the first regular container with a port among the backend's. */
function podProbeOf(template: PodTemplate, ports: ReadonlySet<number>): PodProbe {
  const containers = arrayAt(template.podSpec, 'containers');
  const index = containers.findIndex((c) => arrayAt(c, 'ports').some((p) => isObject(p) && ports.has(p.containerPort as number)));
  if (index < 0) return { template };
  return { template, container: { index, name: stringAt(containers[index], 'name') ?? String(index) }, probe: copiedProbeOf(containers[index]) };
}

function backendPortText(backend: BackendRef): string | undefined {
  if (typeof backend.portName === 'string' && backend.portName !== '') return backend.portName;
  return typeof backend.portNumber === 'number' ? String(backend.portNumber) : undefined;
}

/**
 * Every path of the set's AGIC Ingresses whose Service, and pods selected by it, are in the set for sure (same
 * namespace): one per Ingress, Service and port, as AGIC builds the same probe for each.
 */
function agicBackends(set: ManifestSet): readonly AgicBackend[] {
  return set.derived('agicBackends', () => {
    const out: AgicBackend[] = [];
    for (const ingress of set.indexesOf('Ingress')) {
      const manifest = set.manifests[ingress];
      // Written for AGIC (its class, or its keys on a classless Ingress), and taken by AGIC.
      const taken = agicTakes(manifest);
      if (!isAgicIngress(manifest) || !taken.takes) continue;
      const namespace = namespaceOf(manifest);
      const seen = new Set<string>();
      for (const backend of backendsOf(manifest)) {
        const port = backendPortText(backend);
        const isDefault = backend.path === 'spec.defaultBackend';
        const key = `${isDefault}\u0000${backend.service}\u0000${port}`;
        if (port === undefined || seen.has(key)) continue;
        seen.add(key);
        const service = set.find('Service', namespace, backend.service);
        const selector = service === undefined ? undefined : selectorOf(set.manifests[service]);
        if (service === undefined || selector === undefined) continue;
        const templates = set.selected(namespace, selector);
        const servicePorts = servicePortsFor(set.manifests[service], port);
        const ports = new Set(servicePorts.flatMap((sp) => templates.flatMap((t) => targetPortsIn(t, sp))));
        if (templates.length === 0 || ports.size === 0) continue;
        out.push({
          ingress,
          backend,
          port,
          service,
          annotations: annotationsOf(manifest),
          settingsPort: Math.min(...ports),
          pods: templates.map((t) => podProbeOf(t, ports)),
          onlyOn: taken.onlyOn,
          isDefault,
        });
      }
    }
    return out;
  });
}

/** The backends that get a probe derived from the pods: the paths of the rules, not the default backend. */
function pathBackends(set: ManifestSet, cluster: Cluster): readonly AgicBackend[] {
  return judgedAgicBackends(set, cluster).filter((b) => !b.isDefault);
}

/** The backends of the Ingresses that AGIC reconciles on the judged clusters. */
function judgedAgicBackends(set: ManifestSet, cluster: Cluster): readonly AgicBackend[] {
  return agicBackends(set).filter((b) => AGIC_INGRESSES.reconcilersOf(set.manifests[b.ingress], cluster).length > 0);
}

function containerPath(pod: PodProbe, rest: string): string {
  const containers = `${pod.template.path === '' ? '' : `${pod.template.path}.`}spec.containers`;
  return pod.container === undefined ? containers : `${containers}[${pod.container.index}]${rest}`;
}

function podsText(pods: readonly PodProbe[]): string {
  return pods.map((p) => (p.container === undefined ? resourceLabel(p.template) : `${resourceLabel(p.template)} (container ${show(p.container.name)})`)).join(', ');
}

function serviceText(b: AgicBackend): string {
  return `Service ${show(b.backend.service)} port ${/^\d+$/.test(b.port) ? b.port : show(b.port)}`;
}

/** A workload written with no pods (replicas: 0): AGIC lists no pod of it until it is scaled up. */
function scaledToZero(set: ManifestSet, pod: PodProbe): boolean {
  return specOf(set.manifests[pod.template.index]).replicas === 0;
}

/**
 * A violation on some of the pods: an error only when AGIC meets it whichever pod it lists first, and when the pods
 * run (a workload with replicas: 0 has none to list yet).
 */
function onPods(
  set: ManifestSet, b: AgicBackend, pods: readonly PodProbe[], violation: Omit<SetViolation, 'subject' | 'related' | 'severity'>, relatedPath: (p: PodProbe) => string,
): SetViolation {
  const related: RelatedIndex[] = [{ index: b.service, path: 'spec.selector' }, ...pods.map((p) => ({ index: p.template.index, path: relatedPath(p) }))];
  const some = pods.length < b.pods.length;
  const idle = !some && pods.every((p) => scaledToZero(set, p));
  const note = some ? ' (Only some of the selected workloads: AGIC copies the probe of the first pod it lists.)'
    : idle ? ' (The workloads have replicas: 0: AGIC meets it when they are scaled up.)' : '';
  return {
    subject: b.ingress,
    related,
    ...violation,
    message: `${violation.message}${note}`,
    ...(some || idle ? { severity: Severity.WARNING } : {}),
    ...(b.onlyOn !== undefined ? { onlyOn: b.onlyOn } : {}),
  };
}

const APPGW_REFUSES = 'Application Gateway refuses the whole gateway configuration, and AGIC applies no change for any Ingress of the cluster until it is fixed';

export const copiedProbePathAbsolute = defineSetRule({
  id: 'AZ-AGIC-024',
  severity: Severity.ERROR,
  title: 'the readiness probe path AGIC copies into the Application Gateway starts with "/"',
  description: 'Without health-probe-path, AGIC copies the httpGet path of the readiness (else liveness) probe of the backend pods into the Application Gateway probe, unchecked. '
    + 'Kubernetes accepts a path without a leading "/" (healthz), and the kubelet probes it; Application Gateway refuses it (ApplicationGatewayProbePathIsInvalid: "Path must start with a forward slash"), '
    + 'and as AGIC writes the whole gateway in one request, no Ingress of the cluster is synced any more (Azure/application-gateway-kubernetes-ingress#1167). '
    + 'An error when every selected workload of the set has such a path; a warning when only some do (AGIC copies the probe of the first pod it lists).',
  fix: 'Start the readiness probe path with "/" (readinessProbe.httpGet.path: /healthz), or set appgw.ingress.kubernetes.io/health-probe-path.',
  docs: 'https://github.com/Azure/application-gateway-kubernetes-ingress/issues/1167',
  kinds: ['Ingress'],
  follows: GENERATE_PROBE,
  dependsOnCluster: WHERE_AGIC_RUNS,
}, ['Service'], (set, cluster) => pathBackends(set, cluster).flatMap((b) => {
  if ((b.annotations[AgicKeys.PROBE_PATH] ?? '') !== '') return [];
  const bad = b.pods.filter((p) => p.probe?.path !== undefined && p.probe.path !== '' && !p.probe.path.replace(/\*+$/, '').startsWith('/'));
  if (bad.length === 0) return [];
  const paths = [...new Set(bad.map((p) => p.probe!.path!))];
  return [onPods(set, b, bad, {
    path: annotationPath(AgicKeys.PROBE_PATH),
    message: `health-probe-path is not set, so AGIC copies the probe path ${paths.map((p) => show(p)).join(', ')} of ${podsText(bad)}, behind ${serviceText(b)}: it does not start with "/", so ${APPGW_REFUSES} (ApplicationGatewayProbePathIsInvalid).`,
    fix: `Write the probe path with a leading "/" (${paths.map((p) => show(`/${p}`)).join(', ')}) in readinessProbe.httpGet.path, or set appgw.ingress.kubernetes.io/health-probe-path.`,
    propFix: `Write the probe path with a leading "/" (${paths.map((p) => show(`/${p}`)).join(', ')}) in the pods' readiness probe, or set healthProbe.path.`,
  }, (p) => containerPath(p, `.${p.probe!.field}.httpGet.path`))];
}));

/** The protocol of the backend HTTP settings without backend-protocol: HTTPS for a backend port 443. */
function settingsProtocol(b: AgicBackend): AppGwProtocol {
  return b.settingsPort === 443 ? 'Https' : 'Http';
}

/** The probe's protocol without backend-protocol, and why. */
function probeProtocol(b: AgicBackend, pod: PodProbe): { protocol: AppGwProtocol; why: string } {
  const probe = pod.probe;
  if (probe !== undefined && probe.scheme === 'HTTPS') return { protocol: 'Https', why: `the ${probe.field} of ${podsText([pod])} has scheme HTTPS` };
  if (probe !== undefined && probe.scheme === 'HTTP') {
    return probe.port === 443
      ? { protocol: 'Https', why: `the ${probe.field} of ${podsText([pod])} is on port 443` }
      : { protocol: 'Http', why: `the ${probe.field} of ${podsText([pod])} has scheme HTTP on port ${probe.port}` };
  }
  if (b.port === '443' || b.settingsPort === 443) return { protocol: 'Https', why: 'the backend port is 443' };
  return { protocol: 'Http', why: 'the backend port is not 443' };
}

/** backend-protocol as AGIC reads it (BackendProtocol: http or https in any case), else undefined. */
function backendProtocolOf(b: AgicBackend): AppGwProtocol | undefined {
  const value = (b.annotations[AgicKeys.BACKEND_PROTOCOL] ?? '').toLowerCase();
  return value === 'https' ? 'Https' : value === 'http' ? 'Http' : undefined;
}

export const probeProtocolMatchesSettings = defineSetRule({
  id: 'AZ-AGIC-025',
  severity: Severity.ERROR,
  title: 'the probe AGIC derives speaks the protocol of the backend HTTP settings',
  description: 'Without backend-protocol, AGIC gives the backend HTTP settings HTTPS only when the backend (container) port is 443, and the probe HTTPS when the Ingress names port 443 or the backend port is 443, '
    + 'then takes the scheme of the pods\' httpGet readiness (else liveness) probe: HTTPS, or HTTP (HTTPS again on port 443). '
    + 'When the two differ (a readiness probe with scheme HTTPS on a container port other than 443; a Service port 443 whose targetPort is another port), Application Gateway refuses the pair '
    + '(ApplicationGatewayProbeProtocolMustMatchBackendHttpSettinsProtocol) and, as AGIC writes the whole gateway in one request, no Ingress of the cluster is synced any more. '
    + 'backend-protocol sets both, and removes the conflict. An error when every selected workload of the set makes them differ; a warning when only some do.',
  fix: 'Set appgw.ingress.kubernetes.io/backend-protocol to the protocol the pods serve on the backend port ("https" or "http").',
  docs: PROBES_DOCS,
  kinds: ['Ingress'],
  follows: `${GENERATE_PROBE} and generateHTTPSettings (pkg/appgw/backendhttpsettings.go)`,
  dependsOnCluster: WHERE_AGIC_RUNS,
}, ['Service'], (set, cluster) => judgedAgicBackends(set, cluster).flatMap((b) => {
  if (backendProtocolOf(b) !== undefined) return [];
  const settings = settingsProtocol(b);
  if (b.isDefault) {
    // newProbesMap: the default backend gets AGIC's default probe, HTTP without backend-protocol.
    if (settings === 'Http') return [];
    return [{
      subject: b.ingress,
      related: [{ index: b.service, path: 'spec.ports' }],
      path: annotationPath(AgicKeys.BACKEND_PROTOCOL),
      message: `backend-protocol is not set: the default backend, ${serviceText(b)}, reaches container port 443, so its HTTP settings speak HTTPS, while AGIC gives a default backend its default probe, in HTTP; so ${APPGW_REFUSES} (ApplicationGatewayProbeProtocolMustMatchBackendHttpSettinsProtocol).`,
      fix: 'Set appgw.ingress.kubernetes.io/backend-protocol: "https" (the probe and the HTTP settings then both speak HTTPS).',
      propFix: 'Set backendProtocol: ApplicationGatewayBackendProtocol.HTTPS.',
      ...(b.onlyOn !== undefined ? { onlyOn: b.onlyOn } : {}),
    }];
  }
  const mismatched = b.pods.filter((p) => probeProtocol(b, p).protocol !== settings);
  if (mismatched.length === 0) return [];
  const { protocol, why } = probeProtocol(b, mismatched[0]);
  return [onPods(set, b, mismatched, {
    path: annotationPath(AgicKeys.BACKEND_PROTOCOL),
    message: `backend-protocol is not set: the probe AGIC builds for ${serviceText(b)} speaks ${protocol.toUpperCase()} (${why}) but the backend HTTP settings speak ${settings.toUpperCase()} (backend port ${b.settingsPort}), so ${APPGW_REFUSES} (ApplicationGatewayProbeProtocolMustMatchBackendHttpSettinsProtocol).`,
    fix: `Set appgw.ingress.kubernetes.io/backend-protocol to the protocol the pods serve on port ${b.settingsPort} ("https" or "http").`,
    propFix: `Set backendProtocol to the protocol the pods serve on port ${b.settingsPort} (ApplicationGatewayBackendProtocol.HTTPS or .HTTP).`,
  }, (p) => (p.probe !== undefined ? containerPath(p, `.${p.probe.field}.httpGet.scheme`) : containerPath(p, '.ports')))];
}));

/** health-probe-port as AGIC takes it (HealthProbePort: an Atoi in 1-65535), else undefined. */
function probePortAnnotation(b: AgicBackend): number | undefined {
  const value = b.annotations[AgicKeys.PROBE_PORT];
  const port = value === undefined ? undefined : parseGoInteger(value, { bits: 32 });
  return port !== undefined && port > 0 && port < 65536 ? port : undefined;
}

export const probeSchemeMatchesBackendProtocol = defineSetRule({
  id: 'AZ-AGIC-026',
  severity: Severity.WARNING,
  title: 'the readiness probe AGIC copies speaks the backend-protocol',
  description: 'With backend-protocol, AGIC gives the Application Gateway probe that protocol whatever the scheme of the readiness probe it copies, and keeps the readiness probe\'s port and path '
    + '(Azure/application-gateway-kubernetes-ingress#789, #1216). When the readiness probe speaks the other protocol (HTTP on a management port of an HTTPS backend, as Istio\'s gateway and Spring Boot often do), '
    + 'the gateway\'s probe fails there, every backend is unhealthy and Application Gateway answers 502 Bad Gateway. '
    + 'A warning: on Application Gateway v1 SKUs (Standard, WAF) AGIC drops the probe port and probes the backend port instead.',
  fix: 'Set appgw.ingress.kubernetes.io/health-probe-port to a port that serves the backend-protocol, or give the pods a readiness probe with that scheme.',
  docs: PROBES_DOCS,
  kinds: ['Ingress'],
  follows: GENERATE_PROBE,
  dependsOnCluster: WHERE_AGIC_RUNS,
}, ['Service'], (set, cluster) => pathBackends(set, cluster).flatMap((b) => {
  const protocol = backendProtocolOf(b);
  if (protocol === undefined || probePortAnnotation(b) !== undefined) return [];
  const other = b.pods.filter((p) => p.probe !== undefined && p.probe.port !== 0 && p.probe.scheme.toLowerCase() !== protocol.toLowerCase());
  if (other.length === 0) return [];
  const probe = other[0].probe!;
  const value = b.annotations[AgicKeys.BACKEND_PROTOCOL];
  return [{
    subject: b.ingress,
    related: [{ index: b.service, path: 'spec.selector' }, ...other.map((p) => ({ index: p.template.index, path: containerPath(p, `.${p.probe!.field}.httpGet`) }))],
    path: annotationPath(AgicKeys.BACKEND_PROTOCOL),
    message: `backend-protocol ${show(value)}: AGIC probes ${podsText(other)}, behind ${serviceText(b)}, with ${protocol.toUpperCase()} on port ${probe.port} of their ${probe.field}, which the kubelet probes with ${probe.scheme}: the probe fails, and Application Gateway answers 502.`,
    fix: `Set appgw.ingress.kubernetes.io/health-probe-port to a port that serves ${protocol.toUpperCase()}, or give the pods a readiness probe with scheme ${protocol.toUpperCase()}.`,
    propFix: `Set healthProbe.port to a port that serves ${protocol.toUpperCase()}, or give the pods a readiness probe with scheme ${protocol.toUpperCase()}.`,
    onlyOn: [b.onlyOn, 'Application Gateway v2 SKUs (Standard_v2, WAF_v2), where AGIC keeps the readiness probe\'s port'].filter((o) => o !== undefined).join(', on '),
  }];
}));

/** The probe path AGIC falls back to without a pod probe: backend-path-prefix, else the Ingress path, else "/". */
function fallbackProbePath(b: AgicBackend): string {
  const prefix = b.annotations[AgicKeys.BACKEND_PATH_PREFIX];
  const path = prefix !== undefined ? prefix : typeof b.backend.httpPath === 'string' && b.backend.httpPath !== '' ? b.backend.httpPath : '/';
  return path.replace(/\*+$/, '');
}

export const podsHaveCopiedProbe = defineSetRule({
  id: 'AZ-AGIC-027',
  severity: Severity.WARNING,
  title: 'the backend pods of a root path have an httpGet probe AGIC can copy, or the probe path is explicit',
  description: 'Without health-probe-path, and without an httpGet readiness (or liveness) probe on the container that serves the backend port, AGIC probes the backend-path-prefix or the Ingress path, here "/": '
    + 'Application Gateway then counts a backend healthy only if "/" answers 200-399, and answers 502 Bad Gateway when none does (a login redirect to another host, a 404 at the root, an API without a root). '
    + 'Non-root paths are judged by AZ-AGIC-014 on the Ingress alone.',
  fix: 'Give the container that serves the backend port an httpGet readiness probe, or set appgw.ingress.kubernetes.io/health-probe-path to a path that answers 200.',
  docs: PROBES_DOCS,
  kinds: ['Ingress'],
  follows: GENERATE_PROBE,
  dependsOnCluster: WHERE_AGIC_RUNS,
}, ['Service'], (set, cluster) => pathBackends(set, cluster).flatMap((b) => {
  if ((b.annotations[AgicKeys.PROBE_PATH] ?? '') !== '' || fallbackProbePath(b) !== '/') return [];
  // No container that declares the backend port (declaring ports is optional) gives no probe to copy either.
  const without = b.pods.filter((p) => p.probe === undefined);
  if (without.length === 0) return [];
  const undeclared = without.some((p) => p.container === undefined);
  return [{
    subject: b.ingress,
    related: [{ index: b.service, path: 'spec.selector' }, ...without.map((p) => ({ index: p.template.index, path: containerPath(p, '') }))],
    path: annotationPath(AgicKeys.PROBE_PATH),
    message: `health-probe-path is not set and ${podsText(without)}, behind ${serviceText(b)}, ${without.length === 1 ? 'has' : 'have'} no httpGet readiness or liveness probe`
      + `${undeclared ? ` on a container that declares port ${b.settingsPort}` : ''}: Application Gateway probes "/" and answers 502 unless "/" returns 200-399.`,
    fix: 'Give the container an httpGet readiness probe, or set appgw.ingress.kubernetes.io/health-probe-path to a path that answers 200.',
    propFix: 'Give the container an httpGet readiness probe, or set healthProbe.path to a path that answers 200.',
    ...(b.onlyOn !== undefined ? { onlyOn: b.onlyOn } : {}),
  }];
}));
