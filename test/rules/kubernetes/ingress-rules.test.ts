import { ClusterProfile, Rules } from '../../../src';
import { KUBERNETES_RULES } from '../../../src/rules/kubernetes';
import { describeRuleCases, RuleCases } from '../cases';

function ingress(spec: any = {}, metadata: any = {}): any {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'shop', namespace: 'default', ...metadata },
    spec: {
      ingressClassName: 'azure-application-gateway',
      rules: [{ host: 'shop.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } }],
      ...spec,
    },
  };
}

const k8s = (version: string) => ClusterProfile.custom({ kubernetesVersion: version });
const sameClass = ingress({}, { annotations: { 'kubernetes.io/ingress.class': 'azure-application-gateway' } });
const withPath = (path: any) => ingress({ rules: [{ http: { paths: [path] } }] });
const withBackend = (backend: any) => withPath({ path: '/', pathType: 'Prefix', backend });

const CASES: RuleCases = {
  'K8S-ING-008': {
    compliant: [
      { title: 'networking.k8s.io/v1', manifest: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web', namespace: 'shop' }, spec: { defaultBackend: { service: { name: 'web', port: { number: 80 } } } } } },
    ],
    noncompliant: [
      { title: 'extensions/v1beta1 (removed in 1.22)', manifest: { apiVersion: 'extensions/v1beta1', kind: 'Ingress', metadata: { name: 'web', namespace: 'shop' }, spec: { backend: { serviceName: 'web', servicePort: 80 } } }, path: 'apiVersion', message: ['"extensions/v1beta1"', 'from 1.22'], fix: ['networking.k8s.io/v1', 'pathType'] },
      { title: 'networking.k8s.io/v1beta1', manifest: { apiVersion: 'networking.k8s.io/v1beta1', kind: 'Ingress', metadata: { name: 'web', namespace: 'shop' }, spec: { backend: { serviceName: 'web', servicePort: 80 } } }, path: 'apiVersion', message: ['"networking.k8s.io/v1beta1"'] },
    ],
  },
  'K8S-ING-001': {
    compliant: [{ title: 'a dotted name', manifest: ingress({}, { name: 'shop.v2' }) }],
    noncompliant: [
      { title: 'an upper-case name', manifest: ingress({}, { name: 'Shop' }), path: 'metadata.name', anywhere: ['"Shop"'] },
      { title: 'an upper-case generateName', manifest: ingress({}, { name: undefined, generateName: 'Shop-' }), path: 'metadata.generateName', anywhere: ['"Shop-"', 'name prefix', 'DNS-1123 subdomain'] },
    ],
  },
  'K8S-ING-002': {
    compliant: [
      { title: 'only a default backend', manifest: ingress({ rules: undefined, defaultBackend: { service: { name: 'web', port: { number: 80 } } } }) },
      { title: 'a host-only rule (no http) beside a default backend', manifest: ingress({ rules: [{ host: 'shop.example.com' }], defaultBackend: { service: { name: 'web', port: { number: 80 } } } }) },
    ],
    noncompliant: [
      { title: 'nothing to route', manifest: ingress({ rules: [] }), path: 'spec.rules', anywhere: ['neither rules nor a defaultBackend'] },
      { title: 'a rule with http but no paths', manifest: ingress({ rules: [{ host: 'shop.example.com', http: { paths: [] } }] }), path: 'spec.rules[0].http.paths', anywhere: ['"shop.example.com"', 'no paths', 'remove http'] },
      { title: 'a rule with an empty http', manifest: ingress({ rules: [{ http: {} }] }), path: 'spec.rules[0].http.paths', anywhere: ['no paths'] },
    ],
  },
  'K8S-ING-003': {
    compliant: [{ title: 'a wildcard host', manifest: ingress({ rules: [{ host: '*.example.com' }], tls: [{ hosts: ['shop.example.com'] }] }) }],
    noncompliant: [
      { title: 'an IP', manifest: ingress({ rules: [{ host: '10.0.0.1' }] }), path: 'spec.rules[0].host', anywhere: ['"10.0.0.1"', 'DNS name'] },
      { title: 'a wildcard in the middle', manifest: ingress({ rules: [{ host: 'shop.*.example.com' }] }), path: 'spec.rules[0].host', anywhere: ['wildcard'] },
      { title: 'a TLS host in upper case', manifest: ingress({ tls: [{ hosts: ['Shop.example.com'] }] }), path: 'spec.tls[0].hosts[0]', anywhere: ['"Shop.example.com"'] },
    ],
  },
  'K8S-ING-004': {
    compliant: [
      { title: 'an implementation-specific regex', manifest: withPath({ path: '/api/.*', pathType: 'ImplementationSpecific', backend: {} }) },
      { title: 'an empty implementation-specific path', manifest: withPath({ pathType: 'ImplementationSpecific', backend: {} }) },
      { title: 'repeated slashes in an implementation-specific path', manifest: withPath({ path: '/api//v1', pathType: 'ImplementationSpecific', backend: {} }) },
    ],
    noncompliant: [
      { title: 'a relative implementation-specific path', manifest: withPath({ path: 'api/.*', pathType: 'ImplementationSpecific', backend: {} }), path: 'spec.rules[0].http.paths[0].path', anywhere: ['"api/.*"', 'absolute', '"/api/.*"'] },
      { title: 'repeated slashes in a Prefix path', manifest: withPath({ path: '/api//v1', pathType: 'Prefix', backend: {} }), path: 'spec.rules[0].http.paths[0].path', anywhere: ['"/api//v1"', 'must not contain "//"', '"/api/v1"'] },
      { title: 'an Exact path ending in "/."', manifest: withPath({ path: '/api/.', pathType: 'Exact', backend: {} }), path: 'spec.rules[0].http.paths[0].path', anywhere: ['cannot end with "/."', '"/api"'] },
      { title: 'an encoded slash in a Prefix path', manifest: withPath({ path: '/a%2Fb', pathType: 'Prefix', backend: {} }), path: 'spec.rules[0].http.paths[0].path', anywhere: ['must not contain "%2F"', '"/a/b"'] },
      { title: '"/../" in an Exact path', manifest: withPath({ path: '/a/../b', pathType: 'Exact', backend: {} }), path: 'spec.rules[0].http.paths[0].path', anywhere: ['must not contain "/../"'] },
      { title: 'a Prefix path without path', manifest: withPath({ pathType: 'Prefix', backend: {} }), path: 'spec.rules[0].http.paths[0].path', anywhere: ['is missing; pathType Prefix requires an absolute path', 'Start the path with "/"'] },
      { title: 'no pathType', manifest: withPath({ path: '/', backend: {} }), path: 'spec.rules[0].http.paths[0].pathType', anywhere: ['missing'] },
      { title: 'a relative Prefix path', manifest: withPath({ path: 'api', pathType: 'Prefix', backend: {} }), path: 'spec.rules[0].http.paths[0].path', anywhere: ['"api"', '"/api"'] },
      { title: 'a lower-case pathType', manifest: withPath({ path: '/', pathType: 'prefix', backend: {} }), path: 'spec.rules[0].http.paths[0].pathType', anywhere: ['"prefix"'] },
    ],
  },
  'K8S-ING-005': {
    compliant: [{ title: 'a named port', manifest: withBackend({ service: { name: 'web', port: { name: 'http' } } }) }],
    noncompliant: [
      { title: 'a backend port with both number and name', manifest: withBackend({ service: { name: 'web', port: { number: 80, name: 'http' } } }), path: 'spec.rules[0].http.paths[0].backend.service.port', anywhere: ['both'] },
      { title: 'backend port 0', manifest: withBackend({ service: { name: 'web', port: { number: 0 } } }), path: 'spec.rules[0].http.paths[0].backend.service.port.number', anywhere: ['0'] },
      { title: 'a dotted service name', manifest: withBackend({ service: { name: 'web.default', port: { number: 80 } } }), path: 'spec.rules[0].http.paths[0].backend.service.name', anywhere: ['"web.default"'] },
      { title: 'no backend', manifest: withPath({ path: '/', pathType: 'Prefix' }), path: 'spec.rules[0].http.paths[0].backend', anywhere: ['(not set)', 'must be a map with a service'] },
    ],
  },
  'K8S-ING-006': {
    compliant: [
      { title: 'only the class annotation', manifest: ingress({ ingressClassName: undefined }, { annotations: { 'kubernetes.io/ingress.class': 'azure/application-gateway' } }) },
      { title: 'an equal class annotation on Kubernetes 1.27 (kubernetes#115447)', manifest: sameClass, profile: k8s('1.27') },
    ],
    noncompliant: [
      { title: 'a class annotation other than ingressClassName', manifest: ingress({}, { annotations: { 'kubernetes.io/ingress.class': 'azure/application-gateway' } }), path: 'metadata.annotations[kubernetes.io/ingress.class]', anywhere: ['"azure/application-gateway"', '"azure-application-gateway"', 'does not match'] },
      { title: 'a different class annotation on Kubernetes 1.27', manifest: ingress({}, { annotations: { 'kubernetes.io/ingress.class': 'nginx' } }), profile: k8s('1.27'), path: 'metadata.annotations[kubernetes.io/ingress.class]', anywhere: ['"nginx"', 'does not match'] },
      { title: 'an equal class annotation, no profile', manifest: sameClass, path: 'metadata.annotations[kubernetes.io/ingress.class]', anywhere: ['"azure-application-gateway"', 'before Kubernetes 1.27'], onlyOn: 'Kubernetes before 1.27' },
      { title: 'an equal class annotation on Kubernetes 1.26', manifest: sameClass, profile: k8s('1.26'), path: 'metadata.annotations[kubernetes.io/ingress.class]', anywhere: ['both "azure-application-gateway"', 'Remove the annotation'] },
    ],
  },
  'K8S-ING-007': {
    compliant: [{ title: 'a DNS-subdomain secret name', manifest: ingress({ tls: [{ hosts: ['shop.example.com'], secretName: 'shop-tls' }] }) }],
    noncompliant: [{ title: 'a secret name with an underscore', manifest: ingress({ tls: [{ secretName: 'shop_tls' }] }), path: 'spec.tls[0].secretName', anywhere: ['"shop_tls"'] }],
  },
};

describe('Kubernetes Ingress rules', () => {
  test('every Kubernetes Ingress rule has cases here', () => {
    for (const rule of KUBERNETES_RULES.filter((r) => r.id.startsWith('K8S-ING-'))) expect(CASES[rule.id]).toBeDefined();
  });

  test('a well-formed Ingress is clean for every rule', () => {
    expect(Rules.check(ingress())).toEqual([]);
  });

  describeRuleCases(CASES);
});
