import { ConformanceCase, ingress } from './case';

/**
 * More of the Kubernetes API server's own Ingress validation tests (kubernetes/kubernetes
 * pkg/apis/networking/validation/validation_test.go), beside those of kubernetes.cases.ts: each case names its test
 * and table key, its object is built as the test builds it, written as a networking.k8s.io/v1 Ingress, with the
 * verdict the test asserts. They are the cases behind the Ingress root causes of issue #14 that the test file has.
 *
 * Where they come from:
 * - TestValidateIngress and TestValidateIngressTLS as an earlier version of the file had them (the networking.k8s.io/v1beta1
 *   era, before the v1 Ingress of Kubernetes 1.19 and the table of kubernetes.cases.ts): a map keyed by the expected error ("spec.defaultBackend.serviceName:
 *   Required value"), over one valid Ingress with a default backend default-backend:80 and a Prefix path /foo on
 *   foo.bar.com. The objects are the internal type, which the v1 fields map onto one to one (serviceName is
 *   service.name, servicePort service.port); a servicePort left unset is the number 0, which validateIngressBackend
 *   reads as unset ("port name or number is required"). Its path without pathType is written with
 *   ImplementationSpecific, the v1beta1 default (SetDefaults_HTTPIngressPath); networking.k8s.io/v1 defaults none.
 *
 * Left out: TestValidateIngressClass (its cases are IngressClass objects, not Ingresses), the update tests (TestValidateIngressUpdate, TestValidateIngressClassUpdate, TestValidateIngressStatusUpdate:
 * the rules judge a create), the cases of the v1beta1-era tables that kubernetes.cases.ts already has under their newer
 * names (foobar:80, the unsupported pathType, no paths), and the IngressClass cases about the controller, the scope or
 * the namespace (fields an Ingress does not have).
 *
 * Not in the test file at all, so only in test/rules/kubernetes/ingress-rules.test.ts: an IPv4 address as a TLS host
 * (accepted), an empty TLS host, a leading-zero IPv4 rule host ("010.0.0.1", an IP to ParseIPSloppy), an empty
 * ingressClassName and an empty resource apiGroup.
 *
 * No profile: these checks of ValidateIngressCreate are the same on every Kubernetes version the library judges (1.26
 * on; only the class annotation check changed, in 1.27, and no case here sets it).
 */

const NETWORKING = 'kubernetes/kubernetes pkg/apis/networking/validation/validation_test.go';

type Tweak = (object: any) => void;

const serviceBackend = (name = 'default-backend', port: any = { number: 80 }) => ({ service: { name, port } });

function ing(test: string, name: string, expect: 'accepted' | 'rejected', base: () => any, tweak: Tweak, path?: string, rule?: string): ConformanceCase {
  const manifest = base();
  tweak(manifest);
  return { source: `${NETWORKING} ${test} "${name}"`, manifest, expect, ...(path === undefined ? {} : { path }), ...(rule === undefined ? {} : { rule }) };
}

/** newValid() of the v1beta1-era TestValidateIngress and TestValidateIngressTLS. */
function v1beta1EraIngress(): any {
  return ingress({}, {
    defaultBackend: serviceBackend(),
    rules: [{ host: 'foo.bar.com', http: { paths: [{ path: '/foo', pathType: 'Prefix', backend: serviceBackend() }] } }],
  }, 'foo');
}

const validate = (name: string, expect: 'accepted' | 'rejected', tweak: Tweak, path?: string, rule?: string) =>
  ing('TestValidateIngress', name, expect, v1beta1EraIngress, tweak, path, rule);

export const CASES: ConformanceCase[] = [
  // Service backends (validateIngressBackend).
  validate('spec.defaultBackend.serviceName: Required value', 'rejected', (m) => { m.spec.defaultBackend.service.name = ''; }, 'spec.defaultBackend.service.name', 'K8S-ING-005'),
  validate('spec.defaultBackend.serviceName: Invalid value', 'rejected', (m) => { m.spec.defaultBackend.service.name = 'defaultBackend'; }, 'spec.defaultBackend.service.name', 'K8S-ING-005'),
  validate('spec.defaultBackend.servicePort: Invalid value', 'rejected', (m) => { m.spec.defaultBackend = serviceBackend('default-backend', { number: 0 }); },
    'spec.defaultBackend.service.port', 'K8S-ING-005'),
  // Paths (validateHTTPIngressPath).
  validate('spec.rules[0].http.paths[0].path: Invalid value', 'rejected', (m) => {
    m.spec.rules[0].http.paths = [{ path: 'invalid', pathType: 'ImplementationSpecific', backend: serviceBackend() }];
  }, 'spec.rules[0].http.paths[0].path', 'K8S-ING-004'),
  // Rule hosts (validateIngressRules) and TLS hosts (validateIngressTLS).
  validate("spec.rules[0].host: Invalid value: '127.0.0.1'", 'rejected', (m) => { m.spec.rules[0].host = '127.0.0.1'; }, 'spec.rules[0].host', 'K8S-ING-003'),
  validate("spec.rules[0].host: Invalid value: 'foo.*.bar.com'", 'rejected', (m) => { m.spec.rules[0].host = 'foo.*.bar.com'; }, 'spec.rules[0].host', 'K8S-ING-003'),
  ing('TestValidateIngressTLS', "spec.tls[0].hosts: Invalid value: 'foo.*.bar.com'", 'rejected', v1beta1EraIngress, (m) => {
    m.spec.rules[0].host = '*.foo.bar.com';
    m.spec.tls = [{ hosts: ['foo.*.bar.com'] }];
  }, 'spec.tls[0].hosts[0]', 'K8S-ING-003'),
];
