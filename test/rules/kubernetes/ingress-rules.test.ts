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
  'K8S-ING-010': {
    compliant: [
      { title: 'spec.ingressClassName (GetWarningsForIngress: no warning)', manifest: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web', namespace: 'shop' }, spec: { ingressClassName: 'nginx', defaultBackend: { service: { name: 'web', port: { number: 80 } } } } } },
    ],
    noncompliant: [
      { title: 'the class annotation', manifest: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web', namespace: 'shop', annotations: { 'kubernetes.io/ingress.class': 'nginx' } }, spec: { defaultBackend: { service: { name: 'web', port: { number: 80 } } } } }, path: 'metadata.annotations[kubernetes.io/ingress.class]', message: ['"nginx"', 'deprecated'], fix: ['spec.ingressClassName'] },
    ],
  },
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
      { title: 'a null default backend and no rules (null is no backend)', manifest: ingress({ rules: [], defaultBackend: null }), path: 'spec.rules', anywhere: ['neither rules nor a defaultBackend'] },
    ],
  },
  'K8S-ING-003': {
    compliant: [
      { title: 'a wildcard host', manifest: ingress({ rules: [{ host: '*.example.com' }], tls: [{ hosts: ['shop.example.com'] }] }) },
      { title: 'an empty rule host (every host)', manifest: ingress({ rules: [{ host: '' }] }) },
      // validateIngressTLS checks TLS hosts as DNS-1123 subdomains only, which an IPv4 address is.
      { title: 'an IPv4 address as a TLS host', manifest: ingress({ tls: [{ hosts: ['10.0.0.1'] }] }) },
      { title: 'a wildcard host of 253 characters', manifest: ingress({ rules: [{ host: `*.${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(59)}` }] }) },
      { title: 'a host whose labels look like an IP but are five', manifest: ingress({ rules: [{ host: '10.0.0.1.5' }] }) },
    ],
    noncompliant: [
      { title: 'an IP', manifest: ingress({ rules: [{ host: '10.0.0.1' }] }), path: 'spec.rules[0].host', anywhere: ['"10.0.0.1"', 'DNS name'] },
      { title: 'a leading-zero IPv4 rule host (parsed leniently: an IP)', manifest: ingress({ rules: [{ host: '010.0.0.1' }] }), path: 'spec.rules[0].host', message: ['"010.0.0.1" is an IP address', 'reads it as 10.0.0.1', 'leading zeros'] },
      { title: 'an IPv6 rule host', manifest: ingress({ rules: [{ host: '::1' }] }), path: 'spec.rules[0].host', message: ['"::1" is an IP address'] },
      { title: 'an IPv6 TLS host (no DNS-1123 subdomain)', manifest: ingress({ tls: [{ hosts: ['::1'] }] }), path: 'spec.tls[0].hosts[0]', message: ['"::1"', 'DNS-1123 subdomain'] },
      { title: 'an empty TLS host', manifest: ingress({ tls: [{ hosts: ['shop.example.com', ''] }] }), path: 'spec.tls[0].hosts[1]', message: ['empty string', 'refuses an empty TLS host'], fix: ['Remove the empty entry'] },
      { title: 'a null TLS host (decoded as "")', manifest: ingress({ tls: [{ hosts: [null] }] }), path: 'spec.tls[0].hosts[0]', message: ['is null', 'empty TLS host'] },
      { title: 'a wildcard host of 254 characters', manifest: ingress({ rules: [{ host: `*.${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(60)}` }] }), path: 'spec.rules[0].host', message: ['no more than 253 characters (it has 254)'] },
      { title: 'a wildcard TLS host in the middle', manifest: ingress({ tls: [{ hosts: ['foo.*.example.com'] }] }), path: 'spec.tls[0].hosts[0]', message: ['"foo.*.example.com"', "must start with '*.'"] },
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
    compliant: [
      { title: 'a named port', manifest: withBackend({ service: { name: 'web', port: { name: 'http' } } }) },
      { title: 'a named port with number 0 (0 means unset)', manifest: withBackend({ service: { name: 'web', port: { number: 0, name: 'http' } } }) },
      { title: 'a numbered port with an empty name', manifest: withBackend({ service: { name: 'web', port: { number: 80, name: '' } } }) },
      { title: 'a resource backend', manifest: withBackend({ resource: { apiGroup: 'k8s.example.com', kind: 'StorageBucket', name: 'static-assets' } }) },
      { title: 'a resource backend of the core group (no apiGroup)', manifest: withBackend({ resource: { kind: 'ConfigMap', name: 'static' } }) },
      { title: 'a resource backend beside service: null (null is absent)', manifest: withBackend({ service: null, resource: { apiGroup: 'k8s.example.com', kind: 'StorageBucket', name: 'static-assets' } }) },
      { title: 'a null default backend beside rules', manifest: ingress({ defaultBackend: null }) },
    ],
    noncompliant: [
      { title: 'a backend port with both number and name', manifest: withBackend({ service: { name: 'web', port: { number: 80, name: 'http' } } }), path: 'spec.rules[0].http.paths[0].backend.service.port', anywhere: ['both number 80 and name "http"'] },
      { title: 'backend port 0', manifest: withBackend({ service: { name: 'web', port: { number: 0 } } }), path: 'spec.rules[0].http.paths[0].backend.service.port', message: ['neither a number nor a name', 'number 0 means unset'] },
      { title: 'backend port 70000', manifest: withBackend({ service: { name: 'web', port: { number: 70000 } } }), path: 'spec.rules[0].http.paths[0].backend.service.port.number', message: ['70000', '1 to 65535'] },
      { title: 'a dotted service name', manifest: withBackend({ service: { name: 'web.default', port: { number: 80 } } }), path: 'spec.rules[0].http.paths[0].backend.service.name', anywhere: ['"web.default"'] },
      { title: 'an empty service name', manifest: withBackend({ service: { name: '', port: { number: 80 } } }), path: 'spec.rules[0].http.paths[0].backend.service.name', message: ['is missing'] },
      { title: 'no backend', manifest: withPath({ path: '/', pathType: 'Prefix' }), path: 'spec.rules[0].http.paths[0].backend', message: ['is missing', 'resource or service backend is required'] },
      { title: 'an empty backend', manifest: withBackend({}), path: 'spec.rules[0].http.paths[0].backend', message: ['neither service nor resource'] },
      { title: 'a service and a resource', manifest: withBackend({ service: { name: 'web', port: { number: 80 } }, resource: { kind: 'ConfigMap', name: 'static' } }), path: 'spec.rules[0].http.paths[0].backend', message: ['both service and resource'] },
      { title: 'a resource backend without kind', manifest: withBackend({ resource: { apiGroup: 'k8s.example.com', name: 'static-assets' } }), path: 'spec.rules[0].http.paths[0].backend.resource.kind', message: ['is missing', 'kind is required'] },
      { title: 'a resource backend with an empty name', manifest: withBackend({ resource: { kind: 'StorageBucket', name: '' } }), path: 'spec.rules[0].http.paths[0].backend.resource.name', message: ['name is required'] },
      { title: 'a resource backend with an empty apiGroup', manifest: withBackend({ resource: { apiGroup: '', kind: 'StorageBucket', name: 'static-assets' } }), path: 'spec.rules[0].http.paths[0].backend.resource.apiGroup', message: ['empty string'], fix: ['Leave apiGroup out'] },
      { title: 'a resource apiGroup with a version', manifest: withBackend({ resource: { apiGroup: 'k8s.example.com/v1', kind: 'StorageBucket', name: 'static-assets' } }), path: 'spec.rules[0].http.paths[0].backend.resource.apiGroup', message: ['"k8s.example.com/v1"', 'DNS-1123 subdomain'], fix: ['no version'] },
      { title: 'a resource kind with a "/"', manifest: withBackend({ resource: { kind: 'foo/', name: 'bar' } }), path: 'spec.rules[0].http.paths[0].backend.resource.kind', message: ['"foo/"', "may not contain '/'"] },
      { title: 'a resource name ".."', manifest: withBackend({ resource: { kind: 'StorageBucket', name: '..' } }), path: 'spec.rules[0].http.paths[0].backend.resource.name', message: ['".."', "may not be '..'"] },
      { title: 'a resource that is no map', manifest: withBackend({ resource: 'bucket' }), path: 'spec.rules[0].http.paths[0].backend.resource', message: ['"bucket"'] },
      { title: 'a default backend without a port', manifest: ingress({ defaultBackend: { service: { name: 'web' } } }), path: 'spec.defaultBackend.service.port', message: ['neither a number nor a name'] },
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
    compliant: [
      { title: 'a DNS-subdomain secret name', manifest: ingress({ tls: [{ hosts: ['shop.example.com'], secretName: 'shop-tls' }] }) },
      { title: 'an empty secret name (the controller\'s default certificate)', manifest: ingress({ tls: [{ hosts: ['shop.example.com'], secretName: '' }] }) },
      { title: 'a null secret name (decoded as "")', manifest: ingress({ tls: [{ hosts: ['shop.example.com'], secretName: null }] }) },
    ],
    noncompliant: [{ title: 'a secret name with an underscore', manifest: ingress({ tls: [{ secretName: 'shop_tls' }] }), path: 'spec.tls[0].secretName', anywhere: ['"shop_tls"'] }],
  },
  'K8S-ING-009': {
    compliant: [
      { title: 'a class name', manifest: ingress({ ingressClassName: 'nginx' }) },
      { title: 'a dotted class name', manifest: ingress({ ingressClassName: 'internal.nginx' }) },
      { title: 'no class name', manifest: ingress({ ingressClassName: undefined }) },
      { title: 'a null class name (null is absent)', manifest: ingress({ ingressClassName: null }) },
    ],
    noncompliant: [
      { title: 'an underscore', manifest: ingress({ ingressClassName: 'nginx_internal' }), path: 'spec.ingressClassName', message: ['"nginx_internal"', 'DNS-1123 subdomain'], fix: ['"nginx-internal"'] },
      { title: 'upper case', manifest: ingress({ ingressClassName: 'Nginx' }), path: 'spec.ingressClassName', message: ['"Nginx"'], fix: ['"nginx"', 'kubectl get ingressclass'] },
      { title: 'an empty class name', manifest: ingress({ ingressClassName: '' }), path: 'spec.ingressClassName', message: ['empty string', 'does not read it as unset'], fix: ['Leave ingressClassName out'] },
      { title: 'the AGIC controller name', manifest: ingress({ ingressClassName: 'azure/application-gateway' }), path: 'spec.ingressClassName', message: ['"azure/application-gateway"'], fix: ['"azure-application-gateway"'] },
      { title: 'a number', manifest: ingress({ ingressClassName: 5 }), path: 'spec.ingressClassName', message: ['must be a string'] },
    ],
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
