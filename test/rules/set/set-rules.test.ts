import * as path from 'path';
import { ClusterProfile, Rules } from '../../../src';
import { Linter } from '../../../src/lint/linter';
import { SET_RULES } from '../../../src/rules/set';
import { ManifestSet } from '../../../src/rules/set/manifest-set';
import { checkSetRules } from '../../../src/rules/set/set-rule';

/** A Deployment whose pods carry `labels` and whose one container has `ports`. */
function deployment(name: string, labels: object, ports: object[] = [{ name: 'http', containerPort: 8080 }], namespace?: string): any {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace },
    spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'app', image: 'nginx', ports }] } } },
  };
}

function service(name: string, selector: object, ports: object[], namespace?: string, type = 'LoadBalancer'): any {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace }, spec: { type, selector, ports } };
}

function ingress(name: string, backends: Array<{ service: string; port: object }>, namespace?: string): any {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name, namespace },
    spec: { ingressClassName: 'nginx', rules: [{ host: 'a.example.com', http: { paths: backends.map((b, i) => ({ path: `/${i}`, pathType: 'Prefix', backend: { service: { name: b.service, port: b.port } } })) } }] },
  };
}

/** `rule-id subject path [related kinds]` of every finding of the set rules. */
function judged(manifests: any[]): string[] {
  return checkSetRules(new ManifestSet(manifests), SET_RULES).map(({ subject, finding, related }) =>
    `${finding.ruleId} ${subject} ${finding.path}${related.length > 0 ? ` [${related.map((r) => r.index).join(',')}]` : ''}`);
}

/** An NLB of the AWS Load Balancer Controller, with a load balancer name. */
function nlb(name: string, lbName: string | undefined, extra: object = {}): any {
  const svc = service(name, { app: name }, [{ name: 'https', port: 443, targetPort: 8443 }], 'shop');
  svc.spec.loadBalancerClass = 'service.k8s.aws/nlb';
  svc.metadata.annotations = { ...(lbName === undefined ? {} : { 'service.beta.kubernetes.io/aws-load-balancer-name': lbName }), ...extra };
  return svc;
}

/** An internal Azure load balancer Service with a Private Link Service of this name. */
function withPls(name: string, plsName: string, extra: object = {}): any {
  const svc = service(name, { app: name }, [{ name: 'http', port: 80, targetPort: 8080 }], 'shop');
  svc.metadata.annotations = {
    'service.beta.kubernetes.io/azure-load-balancer-internal': 'true',
    'service.beta.kubernetes.io/azure-pls-create': 'true',
    'service.beta.kubernetes.io/azure-pls-name': plsName,
    ...extra,
  };
  return svc;
}

const APPGW = 'appgw.ingress.kubernetes.io/';

/** An AGIC Ingress routing each path to a Service port. */
function agicIngress(backends: Array<{ service: string; port: object; path?: string }>, annotations: { [key: string]: string } = {}): any {
  const ing = ingress('agic', backends);
  ing.spec.ingressClassName = 'azure-application-gateway';
  ing.spec.rules[0].http.paths.forEach((p: any, i: number) => { p.path = backends[i].path ?? '/'; });
  ing.metadata.annotations = Object.fromEntries(Object.entries(annotations).map(([k, v]) => [`${APPGW}${k}`, v]));
  return ing;
}

/** A Deployment of pods `app: name` whose container serves `ports` and has this readiness (or liveness) httpGet probe. */
function probed(name: string, httpGet: object | undefined, ports: object[] = [{ name: 'http', containerPort: 8080 }], field = 'readinessProbe'): any {
  const d = deployment(name, { app: name }, ports);
  if (httpGet !== undefined) d.spec.template.spec.containers[0][field] = { httpGet };
  return d;
}

function clusterIp(name: string, ports: object[]): any {
  return service(name, { app: name }, ports, undefined, 'ClusterIP');
}

const AZ = 'service.beta.kubernetes.io/';

/** An Azure LoadBalancer Service of namespace shop with these annotations (short keys, without the prefix). */
function azure(name: string, annotations: { [key: string]: string }, ports: object[] = [{ name: 'https', port: 443, targetPort: 8443 }], spec: object = {}): any {
  const svc = service(name, { app: name }, ports, 'shop');
  Object.assign(svc.spec, spec);
  svc.metadata.annotations = Object.fromEntries(Object.entries(annotations).map(([k, v]) => [`${AZ}${k}`, v]));
  return svc;
}

const ILB = { 'azure-load-balancer-internal': 'true' };

interface SetCase { readonly title: string; readonly manifests: any[]; readonly expected: string[] }

const CASES: { [ruleId: string]: { compliant: SetCase[]; noncompliant: SetCase[] } } = {
  'K8S-SVC-032': {
    compliant: [
      { title: 'the named targetPort is a container port of the selected pods', manifests: [deployment('web', { app: 'web' }), service('web', { app: 'web' }, [{ name: 'a', port: 80, targetPort: 'http' }])], expected: [] },
      { title: 'a sidecar (init container with restartPolicy Always) carries the port', manifests: [(() => { const d = deployment('web', { app: 'web' }, []); d.spec.template.spec.initContainers = [{ name: 'proxy', image: 'envoy', restartPolicy: 'Always', ports: [{ name: 'mesh', containerPort: 15001 }] }]; return d; })(), service('web', { app: 'web' }, [{ name: 'a', port: 80, targetPort: 'mesh' }])], expected: [] },
      { title: 'no selected workload in the set: nothing to judge', manifests: [deployment('api', { app: 'api' }), service('web', { app: 'web' }, [{ name: 'a', port: 80, targetPort: 'http' }])], expected: ['K8S-SVC-034 1 spec.selector'] },
    ],
    noncompliant: [
      { title: 'the name is not a container port', manifests: [deployment('web', { app: 'web' }), service('web', { app: 'web' }, [{ name: 'a', port: 80, targetPort: 'web-http' }])], expected: ['K8S-SVC-032 1 spec.ports[0].targetPort [0]'] },
      { title: 'the name matches, the protocol does not (UDP port, TCP Service port)', manifests: [deployment('dns', { app: 'dns' }, [{ name: 'dns', containerPort: 53, protocol: 'UDP' }]), service('dns', { app: 'dns' }, [{ name: 'dns', port: 53, targetPort: 'dns' }])], expected: ['K8S-SVC-032 1 spec.ports[0].targetPort [0]'] },
    ],
  },
  'K8S-SVC-033': {
    compliant: [
      { title: 'the number is a declared container port', manifests: [deployment('web', { app: 'web' }), service('web', { app: 'web' }, [{ name: 'a', port: 80, targetPort: 8080 }])], expected: [] },
      { title: 'the workload declares no port at all (declaring is optional)', manifests: [deployment('web', { app: 'web' }, []), service('web', { app: 'web' }, [{ name: 'a', port: 80, targetPort: 9090 }])], expected: [] },
    ],
    noncompliant: [
      { title: 'the number is not declared', manifests: [deployment('web', { app: 'web' }), service('web', { app: 'web' }, [{ name: 'a', port: 80, targetPort: 8443 }])], expected: ['K8S-SVC-033 1 spec.ports[0].targetPort [0]'] },
      { title: 'no targetPort: the port number, 80, is not declared', manifests: [deployment('web', { app: 'web' }), service('web', { app: 'web' }, [{ name: 'a', port: 80 }])], expected: ['K8S-SVC-033 1 spec.ports[0].targetPort [0]'] },
    ],
  },
  'K8S-SVC-034': {
    compliant: [
      { title: 'a set without workloads is not judged', manifests: [service('web', { app: 'web' }, [{ name: 'a', port: 80 }])], expected: [] },
      { title: 'a workload without a namespace may be in the Service\'s (helm template -n)', manifests: [deployment('web', { app: 'web' }), service('web', { app: 'web' }, [{ name: 'a', port: 80, targetPort: 8080 }], 'shop')], expected: [] },
      { title: 'a ClusterIP Service is not judged', manifests: [deployment('api', { app: 'api' }), service('web', { app: 'web' }, [{ name: 'a', port: 80 }], undefined, 'ClusterIP')], expected: [] },
    ],
    noncompliant: [
      { title: 'one label off', manifests: [deployment('web', { app: 'web' }), service('web', { app: 'website' }, [{ name: 'a', port: 80 }])], expected: ['K8S-SVC-034 1 spec.selector'] },
      { title: 'the workload is in another namespace (named on both)', manifests: [deployment('web', { app: 'web' }, undefined, 'shop'), service('web', { app: 'web' }, [{ name: 'a', port: 80 }], 'prod')], expected: ['K8S-SVC-034 1 spec.selector [0]'] },
    ],
  },
  'K8S-ING-011': {
    compliant: [
      { title: 'every backend Service is in the set', manifests: [service('web', { app: 'web' }, [{ port: 80 }], 'shop', 'ClusterIP'), ingress('shop', [{ service: 'web', port: { number: 80 } }], 'shop')], expected: [] },
      { title: 'no Service in the Ingress\'s namespace: the set is not the whole app', manifests: [service('web', { app: 'web' }, [{ port: 80 }], 'other', 'ClusterIP'), ingress('shop', [{ service: 'api', port: { number: 80 } }], 'shop')], expected: [] },
    ],
    noncompliant: [
      { title: 'a backend Service that is not in the set', manifests: [service('web', { app: 'web' }, [{ port: 80 }], 'shop', 'ClusterIP'), ingress('shop', [{ service: 'web', port: { number: 80 } }, { service: 'api', port: { number: 80 } }], 'shop')], expected: ['K8S-ING-011 1 spec.rules[0].http.paths[1].backend.service.name'] },
    ],
  },
  'AWS-LB-020': {
    compliant: [
      { title: 'two NLBs, two names', manifests: [nlb('a', 'shop-a'), nlb('b', 'shop-b')], expected: [] },
      { title: 'two NLBs without a name (generated, unique)', manifests: [nlb('a', undefined), nlb('b', undefined)], expected: [] },
    ],
    noncompliant: [
      { title: 'two NLBs of the controller with one name', manifests: [nlb('a', 'shop-api'), nlb('b', 'shop-api')], expected: ['AWS-LB-020 1 metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-name] [0]'] },
      { title: 'three with one name: the second and the third are reported', manifests: [nlb('a', 'x'), nlb('b', 'x'), nlb('c', 'x')], expected: ['AWS-LB-020 1 metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-name] [0,2]', 'AWS-LB-020 2 metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-name] [0,1]'] },
    ],
  },
  'AZ-PLS-013': {
    compliant: [
      { title: 'two Private Link Services, two names', manifests: [withPls('a', 'pls-a'), withPls('b', 'pls-b')], expected: [] },
      { title: 'one name in two resource groups', manifests: [withPls('a', 'pls', { 'service.beta.kubernetes.io/azure-pls-resource-group': 'rg-a' }), withPls('b', 'pls')], expected: [] },
      { title: 'a name on a Service that asks for no Private Link Service', manifests: [withPls('a', 'pls'), withPls('b', 'pls', { 'service.beta.kubernetes.io/azure-pls-create': 'false' })], expected: [] },
    ],
    noncompliant: [
      { title: 'two Services, one PLS name', manifests: [withPls('a', 'shop-pls'), withPls('b', 'shop-pls')], expected: ['AZ-PLS-013 1 metadata.annotations[service.beta.kubernetes.io/azure-pls-name] [0]'] },
    ],
  },
  'AZ-AGIC-024': {
    compliant: [
      { title: 'the readiness probe path starts with "/"', manifests: [probed('web', { path: '/healthz', port: 8080 }), clusterIp('web', [{ port: 80, targetPort: 8080 }]), agicIngress([{ service: 'web', port: { number: 80 } }])], expected: [] },
      { title: 'health-probe-path overrides the copied path', manifests: [probed('web', { path: 'healthz', port: 8080 }), clusterIp('web', [{ port: 80, targetPort: 8080 }]), agicIngress([{ service: 'web', port: { number: 80 } }], { 'health-probe-path': '/healthz' })], expected: [] },
      { title: 'the probe is on a container that does not serve the backend port: AGIC copies nothing', manifests: [(() => { const d = probed('web', undefined); d.spec.template.spec.containers.push({ name: 'metrics', image: 'm', ports: [{ containerPort: 9090 }], readinessProbe: { httpGet: { path: 'ready', port: 9090 } } }); d.spec.template.spec.containers[0].readinessProbe = { tcpSocket: { port: 8080 } }; return d; })(), clusterIp('web', [{ port: 80, targetPort: 8080 }]), agicIngress([{ service: 'web', port: { number: 80 }, path: '/web' }])], expected: [] },
      { title: 'an nginx Ingress: AGIC builds no probe', manifests: [probed('web', { path: 'healthz', port: 8080 }), clusterIp('web', [{ port: 80, targetPort: 8080 }]), ingress('shop', [{ service: 'web', port: { number: 80 } }])], expected: [] },
      { title: 'an nginx Ingress with an appgw key: AGIC decides by the class alone (IsIngressClass)', manifests: [probed('web', { path: 'healthz', port: 8080 }), clusterIp('web', [{ port: 80, targetPort: 8080 }]), (() => { const i = agicIngress([{ service: 'web', port: { number: 80 } }], { 'request-timeout': '30' }); i.spec.ingressClassName = 'nginx'; return i; })()], expected: [] },
      { title: 'the class annotation of another controller decides even beside AGIC\'s ingressClassName', manifests: [probed('web', { path: 'healthz', port: 8080 }), clusterIp('web', [{ port: 80, targetPort: 8080 }]), (() => { const i = agicIngress([{ service: 'web', port: { number: 80 } }]); i.metadata.annotations['kubernetes.io/ingress.class'] = 'nginx'; return i; })()], expected: [] },
    ],
    noncompliant: [
      { title: 'a readiness path without "/" (AGIC#1167)', manifests: [probed('web', { path: 'healthz', port: 8080 }), clusterIp('web', [{ port: 80, targetPort: 8080 }]), agicIngress([{ service: 'web', port: { number: 80 } }])], expected: [`AZ-AGIC-024 2 metadata.annotations[${APPGW}health-probe-path] [1,0]`] },
      { title: 'a path without path: (ImplementationSpecific) gets the pods\' probe too', manifests: [probed('web', { path: 'healthz', port: 8080 }), clusterIp('web', [{ port: 80, targetPort: 8080 }]), (() => { const i = agicIngress([{ service: 'web', port: { number: 80 } }]); delete i.spec.rules[0].http.paths[0].path; i.spec.rules[0].http.paths[0].pathType = 'ImplementationSpecific'; return i; })()], expected: [`AZ-AGIC-024 2 metadata.annotations[${APPGW}health-probe-path] [1,0]`] },
      { title: 'the liveness probe when the readiness probe is not httpGet, through a named targetPort and the backend port name', manifests: [probed('web', { path: 'live', port: 'http' }, undefined, 'livenessProbe'), clusterIp('web', [{ name: 'web', port: 80, targetPort: 'http' }]), agicIngress([{ service: 'web', port: { name: 'web' } }])], expected: [`AZ-AGIC-024 2 metadata.annotations[${APPGW}health-probe-path] [1,0]`] },
    ],
  },
  'AZ-AGIC-025': {
    compliant: [
      { title: 'an HTTP readiness probe on an HTTP backend', manifests: [probed('web', { path: '/ready', port: 8080, scheme: 'HTTP' }), clusterIp('web', [{ port: 80, targetPort: 8080 }]), agicIngress([{ service: 'web', port: { number: 80 } }, { service: 'web', port: { number: 80 }, path: '/b' }])], expected: [] },
      { title: 'backend-protocol sets both', manifests: [probed('web', { path: '/ready', port: 8443, scheme: 'HTTPS' }, [{ containerPort: 8443 }]), clusterIp('web', [{ port: 443, targetPort: 8443 }]), agicIngress([{ service: 'web', port: { number: 443 } }], { 'backend-protocol': 'HTTPS', 'appgw-trusted-root-certificate': 'ca' })], expected: [] },
      { title: 'HTTPS on container port 443 needs no annotation', manifests: [probed('web', { path: '/ready', port: 443, scheme: 'HTTPS' }, [{ containerPort: 443 }]), clusterIp('web', [{ port: 443 }]), agicIngress([{ service: 'web', port: { number: 443 } }])], expected: [] },
    ],
    noncompliant: [
      { title: 'a readiness probe with scheme HTTPS on container port 8443', manifests: [probed('web', { path: '/ready', port: 8443, scheme: 'HTTPS' }, [{ containerPort: 8443 }]), clusterIp('web', [{ port: 8443 }]), agicIngress([{ service: 'web', port: { number: 8443 } }])], expected: [`AZ-AGIC-025 2 metadata.annotations[${APPGW}backend-protocol] [1,0]`] },
      { title: 'the default backend reaches container port 443: HTTPS settings, AGIC\'s default probe in HTTP', manifests: [probed('web', undefined, [{ containerPort: 443 }]), clusterIp('web', [{ port: 443 }]), (() => { const i = agicIngress([{ service: 'web', port: { number: 443 } }], { 'backend-protocol': 'https', 'appgw-trusted-root-certificate': 'ca' }); i.spec.defaultBackend = { service: { name: 'web', port: { number: 443 } } }; delete i.metadata.annotations[`${APPGW}backend-protocol`]; i.spec.rules[0].http.paths[0].backend.service.port.number = 443; return i; })()], expected: [`AZ-AGIC-025 2 metadata.annotations[${APPGW}backend-protocol] [1]`] },
      { title: 'Service port 443 to container port 8443, pods without an httpGet probe', manifests: [probed('web', undefined, [{ containerPort: 8443 }]), clusterIp('web', [{ port: 443, targetPort: 8443 }]), agicIngress([{ service: 'web', port: { number: 443 } }], { 'health-probe-path': '/healthz' })], expected: [`AZ-AGIC-025 2 metadata.annotations[${APPGW}backend-protocol] [1,0]`] },
    ],
  },
  'AZ-AGIC-026': {
    compliant: [
      { title: 'the readiness probe speaks the backend-protocol', manifests: [probed('web', { path: '/ready', port: 8443, scheme: 'HTTPS' }, [{ containerPort: 8443 }]), clusterIp('web', [{ port: 443, targetPort: 8443 }]), agicIngress([{ service: 'web', port: { number: 443 } }], { 'backend-protocol': 'https', 'appgw-trusted-root-certificate': 'ca' })], expected: [] },
      { title: 'health-probe-port names the port to probe', manifests: [probed('web', { path: '/ready', port: 15021 }, [{ containerPort: 8443 }, { containerPort: 15021 }]), clusterIp('web', [{ port: 443, targetPort: 8443 }]), agicIngress([{ service: 'web', port: { number: 443 } }], { 'backend-protocol': 'https', 'appgw-trusted-root-certificate': 'ca', 'health-probe-port': '8443' })], expected: [] },
    ],
    noncompliant: [
      { title: 'HTTPS backend, readiness probe in HTTP on a management port (AGIC#1216)', manifests: [probed('web', { path: '/actuator/health', port: 8080, scheme: 'HTTP' }, [{ containerPort: 8443 }, { containerPort: 8080 }]), clusterIp('web', [{ port: 443, targetPort: 8443 }]), agicIngress([{ service: 'web', port: { number: 443 } }], { 'backend-protocol': 'https', 'appgw-trusted-root-certificate': 'ca' })], expected: [`AZ-AGIC-026 2 metadata.annotations[${APPGW}backend-protocol] [1,0]`] },
    ],
  },
  'AZ-AGIC-027': {
    compliant: [
      { title: 'the pods have an httpGet readiness probe', manifests: [probed('web', { path: '/ready', port: 8080 }), clusterIp('web', [{ port: 80, targetPort: 8080 }]), agicIngress([{ service: 'web', port: { number: 80 } }])], expected: [] },
      { title: 'a non-root path is AZ-AGIC-014\'s', manifests: [probed('web', undefined), clusterIp('web', [{ port: 80, targetPort: 8080 }]), agicIngress([{ service: 'web', port: { number: 80 }, path: '/api' }])], expected: [] },
      { title: 'the pods are not in the set', manifests: [probed('api', undefined), clusterIp('web', [{ port: 80, targetPort: 8080 }]), agicIngress([{ service: 'web', port: { number: 80 } }])], expected: [] },
    ],
    noncompliant: [
      { title: 'root path, pods without an httpGet probe', manifests: [probed('web', undefined), clusterIp('web', [{ port: 80, targetPort: 8080 }]), agicIngress([{ service: 'web', port: { number: 80 } }])], expected: [`AZ-AGIC-027 2 metadata.annotations[${APPGW}health-probe-path] [1,0]`] },
      { title: 'pods that declare no container port: AGIC finds no container to copy a probe from', manifests: [probed('web', { path: '/ready', port: 8080 }, []), clusterIp('web', [{ port: 80, targetPort: 8080 }]), agicIngress([{ service: 'web', port: { number: 80 } }])], expected: [`AZ-AGIC-027 2 metadata.annotations[${APPGW}health-probe-path] [1,0]`] },
      { title: 'backend-path-prefix "/" probes the root', manifests: [probed('web', undefined), clusterIp('web', [{ port: 80, targetPort: 8080 }]), agicIngress([{ service: 'web', port: { number: 80 }, path: '/shop' }], { 'backend-path-prefix': '/' })], expected: [`AZ-AGIC-027 2 metadata.annotations[${APPGW}health-probe-path] [1,0]`] },
    ],
  },
  'AZ-LB-035': {
    compliant: [
      { title: 'two Services share an address on different ports (the documented sharing)', manifests: [azure('a', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5' }, [{ port: 80 }]), azure('b', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5' })], expected: [] },
      { title: 'one port, two protocols', manifests: [azure('dns-tcp', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5' }, [{ port: 53 }]), azure('dns-udp', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5' }, [{ port: 53, protocol: 'UDP' }])], expected: [] },
      { title: 'the same address, internal on one and public on the other: two load balancers', manifests: [azure('a', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5' }), azure('b', { 'azure-load-balancer-ipv4': '10.0.0.5' })], expected: [] },
      { title: 'a port with port_443_no_lb_rule holds no rule: the other Service\'s 443 is not refused by it', manifests: [azure('a', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5', 'port_443_no_lb_rule': 'true' }, [{ name: 'health', port: 443 }, { name: 'web', port: 80 }]), azure('b', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5' }, [{ name: 'other', port: 8443 }])], expected: [] },
      { title: 'the same address in two resource groups of public IPs is two addresses', manifests: [azure('a', { 'azure-load-balancer-ipv4': '20.1.2.3', 'azure-load-balancer-resource-group': 'rg-a' }), azure('b', { 'azure-load-balancer-ipv4': '20.1.2.3', 'azure-load-balancer-resource-group': 'rg-b' })], expected: [] },
      { title: 'no pinned address: each Service gets its own frontend', manifests: [azure('a', ILB), azure('b', ILB)], expected: [] },
    ],
    noncompliant: [
      { title: 'two internal Services on 10.0.0.5, both on 443/TCP', manifests: [azure('a', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5' }), azure('b', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5' })], expected: ['AZ-LB-035 1 spec.ports[0].port [0]'] },
      { title: 'the annotation on one, spec.loadBalancerIP on the other', manifests: [azure('a', { 'azure-load-balancer-ipv4': '20.1.2.3' }), azure('b', { 'azure-load-balancer-mode': '__auto__' }, undefined, { loadBalancerIP: '20.1.2.3' })], expected: ['AZ-LB-035 1 spec.ports[0].port [0]'] },
      { title: 'one public IP by name, in one resource group', manifests: [azure('a', { 'azure-pip-name': 'shop-ip' }), azure('b', { 'azure-pip-name': 'shop-ip' })], expected: ['AZ-LB-035 1 spec.ports[0].port [0]'] },
      { title: 'one IPv6 address, its case aside (compared with EqualFold)', manifests: [azure('a', { ...ILB, 'azure-load-balancer-ipv6': 'fd00::5' }, undefined, { ipFamilies: ['IPv6'] }), azure('b', { ...ILB, 'azure-load-balancer-ipv6': 'FD00::5' }, undefined, { ipFamilies: ['IPv6'] })], expected: ['AZ-LB-035 1 spec.ports[0].port [0]'] },
      { title: 'port_443_no_lb_rule does not exempt a port from the check: the first Service is refused by the second\'s rule', manifests: [azure('a', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5', 'port_443_no_lb_rule': 'true' }), azure('b', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5' })], expected: ['AZ-LB-035 0 spec.ports[0].port [1]'] },
      { title: 'high-availability ports: checked against the other\'s rules, holding none of its own', manifests: [azure('a', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5' }), azure('b', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5', 'azure-load-balancer-enable-high-availability-ports': 'true' })], expected: ['AZ-LB-035 1 spec.ports[0].port [0]'] },
    ],
  },
  'AZ-LB-036': {
    compliant: [
      { title: 'one Service of the public IP sets the label', manifests: [azure('a', { 'azure-pip-name': 'shop-ip', 'azure-dns-label-name': 'shop' }, [{ port: 80 }]), azure('b', { 'azure-pip-name': 'shop-ip' })], expected: [] },
      { title: 'both set the same label', manifests: [azure('a', { 'azure-pip-name': 'shop-ip', 'azure-dns-label-name': 'shop' }, [{ port: 80 }]), azure('b', { 'azure-pip-name': 'shop-ip', 'azure-dns-label-name': 'Shop' })], expected: [] },
    ],
    noncompliant: [
      { title: 'two labels on one public IP', manifests: [azure('a', { 'azure-pip-name': 'shop-ip', 'azure-dns-label-name': 'shop' }, [{ port: 80 }]), azure('b', { 'azure-pip-name': 'shop-ip', 'azure-dns-label-name': 'shop-api' })], expected: [`AZ-LB-036 1 metadata.annotations[${AZ}azure-dns-label-name] [0]`] },
      { title: 'an empty label asks to remove the other\'s', manifests: [azure('a', { 'azure-load-balancer-ipv4': '20.1.2.3', 'azure-dns-label-name': 'shop' }, [{ port: 80 }]), azure('b', { 'azure-load-balancer-ipv4': '20.1.2.3', 'azure-dns-label-name': '' })], expected: [`AZ-LB-036 1 metadata.annotations[${AZ}azure-dns-label-name] [0]`] },
    ],
  },
  'AZ-PLS-014': {
    compliant: [
      { title: 'both ask for the PLS with azure-pls-create alone (its default settings)', manifests: [azure('a', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5', 'azure-pls-create': 'true' }, [{ port: 80 }]), azure('b', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5', 'azure-pls-create': 'true' })], expected: [] },
      { title: 'dual-stack Services that share only their IPv6 frontend: each PLS is on its own IPv4 frontend', manifests: [azure('a', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5', 'azure-load-balancer-ipv6': 'fd00::5', 'azure-pls-create': 'true', 'azure-pls-name': 'a-pls' }, [{ port: 80 }], { ipFamilies: ['IPv4', 'IPv6'] }), azure('b', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.6', 'azure-load-balancer-ipv6': 'fd00::5', 'azure-pls-create': 'true', 'azure-pls-name': 'b-pls' }, undefined, { ipFamilies: ['IPv4', 'IPv6'] })], expected: [] },
      { title: 'only one Service of the frontend asks for a PLS', manifests: [azure('a', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5', 'azure-pls-create': 'true', 'azure-pls-name': 'shop-pls' }, [{ port: 80 }]), azure('b', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5' })], expected: [] },
    ],
    noncompliant: [
      { title: 'one sets the PLS, the other asks with azure-pls-create alone: a warning on the first (refused if the other creates it first)', manifests: [azure('a', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5', 'azure-pls-create': 'true', 'azure-pls-name': 'shop-pls' }, [{ port: 80 }]), azure('b', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5', 'azure-pls-create': 'true' })], expected: [`AZ-PLS-014 0 metadata.annotations[${AZ}azure-pls-name] [1]`] },
      { title: 'both set PLS settings (and the same name: not AZ-PLS-013\'s, one frontend has one PLS)', manifests: [azure('a', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5', 'azure-pls-create': 'true', 'azure-pls-name': 'shop-pls' }, [{ port: 80 }]), azure('b', { ...ILB, 'azure-load-balancer-ipv4': '10.0.0.5', 'azure-pls-create': 'true', 'azure-pls-name': 'shop-pls', 'azure-pls-proxy-protocol': 'true' })], expected: [`AZ-PLS-014 1 metadata.annotations[${AZ}azure-pls-name] [0]`] },
    ],
  },
  'K8S-ING-012': {
    compliant: [
      { title: 'the port by number, and by name', manifests: [service('web', { app: 'web' }, [{ name: 'http', port: 80 }], undefined, 'ClusterIP'), ingress('shop', [{ service: 'web', port: { number: 80 } }, { service: 'web', port: { name: 'http' } }])], expected: [] },
      { title: 'the targetPort, as AGIC\'s own e2e manifests write it', manifests: [service('web', { app: 'web' }, [{ port: 80, targetPort: 8080 }], undefined, 'ClusterIP'), ingress('shop', [{ service: 'web', port: { number: 8080 } }])], expected: [] },
      { title: 'two Services of that name that may both be meant (no namespace on one): not judged', manifests: [service('web', {}, [{ port: 80 }], 'a', 'ClusterIP'), service('web', {}, [{ port: 81 }], 'b', 'ClusterIP'), ingress('shop', [{ service: 'web', port: { number: 9 } }])], expected: [] },
    ],
    noncompliant: [
      { title: 'a port the Service does not have', manifests: [service('web', { app: 'web' }, [{ name: 'http', port: 80, targetPort: 8080 }], undefined, 'ClusterIP'), ingress('shop', [{ service: 'web', port: { number: 443 } }])], expected: ['K8S-ING-012 1 spec.rules[0].http.paths[0].backend.service.port.number [0]'] },
      { title: 'a port name the Service does not have', manifests: [service('web', { app: 'web' }, [{ name: 'http', port: 80 }], undefined, 'ClusterIP'), ingress('shop', [{ service: 'web', port: { name: 'https' } }])], expected: ['K8S-ING-012 1 spec.rules[0].http.paths[0].backend.service.port.name [0]'] },
    ],
  },
};

describe('rules over a set of objects', () => {
  test('every set rule has compliant and non-compliant cases here, is listed by Rules.all() and names what it follows', () => {
    for (const rule of SET_RULES) {
      expect(CASES[rule.id]?.compliant.length).toBeGreaterThan(0);
      expect(CASES[rule.id]?.noncompliant.length).toBeGreaterThan(0);
      expect(Rules.find(rule.id)).toBe(rule);
      expect(rule.follows ?? '').toMatch(/\.go/);
      // One object alone: nothing to judge.
      expect(rule.check(service('web', { app: 'web' }, [{ port: 80, targetPort: 'nope' }]))).toEqual([]);
    }
  });

  for (const [ruleId, { compliant, noncompliant }] of Object.entries(CASES)) {
    describe(ruleId, () => {
      test.each(compliant.map((c) => [c.title, c] as const))('compliant: %s', (_t, c) => {
        expect(judged(c.manifests).filter((line) => line.startsWith(ruleId))).toEqual([]);
        expect(judged(c.manifests)).toEqual(c.expected);
      });
      test.each(noncompliant.map((c) => [c.title, c] as const))('non-compliant: %s', (_t, c) => {
        expect(judged(c.manifests).filter((line) => line.startsWith(ruleId))).toEqual(c.expected.filter((line) => line.startsWith(ruleId)));
      });
    });
  }

  test('the messages name the value, the other object and the fix', () => {
    const [finding] = checkSetRules(new ManifestSet([deployment('web', { app: 'web' }, undefined, 'shop'), service('web', { app: 'web' }, [{ name: 'a', port: 80, targetPort: 'web-http' }], 'shop')]), SET_RULES)
      .map((f) => f.finding);
    expect(finding.message).toContain('"web-http" is not the name of a TCP container port of Deployment shop/web');
    expect(finding.fix).toContain('Add { name: web-http, containerPort: <port> } to the container ports of Deployment shop/web');
    expect(finding.related).toEqual([{ resource: { kind: 'Deployment', name: 'web', namespace: 'shop', constructPath: undefined }, path: 'spec.template.spec.containers' }]);
  });

  test('AGIC: an error only when every selected workload has the bad probe; the message names the path, the pods and the fix', () => {
    const bad = probed('web', { path: 'healthz', port: 8080 });
    const good = probed('web-canary', { path: '/healthz', port: 8080 });
    good.spec.template.metadata.labels = { app: 'web', track: 'canary' };
    const set = (workloads: any[]) => checkSetRules(new ManifestSet([...workloads, clusterIp('web', [{ port: 80, targetPort: 8080 }]), agicIngress([{ service: 'web', port: { number: 80 } }])]), SET_RULES)
      .map((f) => f.finding).filter((f) => f.ruleId === 'AZ-AGIC-024');
    const [error] = set([bad]);
    expect(error.severity).toBe('error');
    expect(error.message).toContain('health-probe-path is not set, so AGIC copies the probe path "healthz" of Deployment web (container "app"), behind Service "web" port 80: it does not start with "/"');
    expect(error.message).toContain('(ApplicationGatewayProbePathIsInvalid)');
    expect(error.fix).toContain('"/healthz"');
    expect(error.related?.map((r) => r.path)).toEqual(['spec.selector', 'spec.template.spec.containers[0].readinessProbe.httpGet.path']);
    const [warning] = set([bad, good]);
    expect(warning.severity).toBe('warning');
    expect(warning.message).toContain('Only some of the selected workloads');
    // No pods to list yet (replicas: 0): a warning until it is scaled up.
    const idle = probed('web', { path: 'healthz', port: 8080 });
    idle.spec.replicas = 0;
    expect(set([idle]).map((f) => [f.severity, f.message.includes('replicas: 0')])).toEqual([['warning', true]]);
    // An Ingress with AGIC's keys and no class is AGIC's only where its IngressClass is the default.
    const classless = checkSetRules(new ManifestSet([bad, clusterIp('web', [{ port: 80, targetPort: 8080 }]), (() => { const i = agicIngress([{ service: 'web', port: { number: 80 } }], { 'request-timeout': '30' }); delete i.spec.ingressClassName; return i; })()]), SET_RULES)
      .map((f) => f.finding).filter((f) => f.ruleId === 'AZ-AGIC-024');
    expect(classless.map((f) => [f.severity, f.onlyOn])).toEqual([['warning', 'clusters where AGIC\'s IngressClass is the default (the Ingress names no class)']]);
    // The Application Gateway v1 caveat of AZ-AGIC-026 makes it a warning that says where it holds.
    const https = checkSetRules(new ManifestSet(CASES['AZ-AGIC-026'].noncompliant[0].manifests), SET_RULES).map((f) => f.finding).find((f) => f.ruleId === 'AZ-AGIC-026')!;
    expect(https.message).toContain('AGIC probes Deployment web (container "app"), behind Service "web" port 443, with HTTPS on port 8080 of their readinessProbe, which the kubelet probes with HTTP');
    expect(https.onlyOn).toContain('v2 SKUs');
  });

  test('Azure shared frontends: the messages name the address, the other Service and what cloud-provider-azure does; one PLS owner is a warning', () => {
    const findings = (manifests: any[]) => checkSetRules(new ManifestSet(manifests), SET_RULES).map((f) => f.finding);
    const [ports] = findings(CASES['AZ-LB-035'].noncompliant[0].manifests);
    expect(ports.message).toBe('443/TCP is also a port of Service shop/a, which pins the same private address 10.0.0.5 (service.beta.kubernetes.io/azure-load-balancer-ipv4): the Services share one frontend, which holds one load-balancing rule per port and protocol, so cloud-provider-azure refuses one of them ("checkLoadBalancerResourcesConflicts") and it never gets its load balancer.');
    expect(ports.severity).toBe('error');
    const [owner] = findings(CASES['AZ-PLS-014'].noncompliant[0].manifests);
    expect(owner.severity).toBe('warning');
    expect(owner.message).toContain('which this one does not if another Service of the frontend creates the Private Link Service first');
    const [both] = findings(CASES['AZ-PLS-014'].noncompliant[1].manifests);
    expect(both.severity).toBe('error');
    expect(both.message).toContain('this Service sets azure-pls-name, azure-pls-proxy-protocol and shares the private address 10.0.0.5');
    // Without an Azure key, a Service is cloud-provider-azure's only where the profile says it runs.
    const plain = [service('a', {}, [{ port: 443 }], 'shop'), service('b', {}, [{ port: 443 }], 'shop')].map((m) => ({ ...m, spec: { ...m.spec, loadBalancerIP: '10.0.0.5' } }));
    expect(findings(plain).map((f) => f.ruleId)).not.toContain('AZ-LB-035');
    expect(checkSetRules(new ManifestSet(plain), SET_RULES, { profile: ClusterProfile.fromSpec('aks') }).map((f) => f.finding.ruleId)).toContain('AZ-LB-035');
  });

  test('lint: several files are one set; the finding points at both objects with file and line', () => {
    const workload = path.join(__dirname, '..', '..', 'fixtures', 'set', 'deployment.yaml');
    const svc = path.join(__dirname, '..', '..', 'fixtures', 'set', 'service.yaml');
    const [finding] = Linter.lintFiles([workload, svc]).findings.filter((f) => f.ruleId === 'K8S-SVC-032');
    expect(finding).toMatchObject({ file: svc, line: 11, related: [{ file: workload, line: 8, path: 'spec.template.spec.containers' }] });
    // Each file alone: the Service has no workload to judge against.
    expect(Linter.lintFiles([svc]).findings.map((f) => f.ruleId)).not.toContain('K8S-SVC-032');
  });
});
