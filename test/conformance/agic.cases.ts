import { annotation, ConformanceCase, ingress } from './case';
import { ClusterProfile } from '../../src';

/*
 * Cases from the Application Gateway Ingress Controller's own Go tests (Azure/application-gateway-kubernetes-ingress,
 * master f42103d): each Ginkgo It (or Go test) that says whether AGIC takes an Ingress's annotation or spec, with the
 * verdict it asserts. `accepted`: AGIC parses the value, or keeps its default when the key is absent. `rejected`: AGIC
 * refuses the value (the parser returns ErrorInvalidContent and the setting is dropped), or leaves out the whole Ingress.
 *
 * How the manifests are completed:
 * - The fixtures' placeholder names (namespace "--namespace--", Service "--service-name--", secret
 *   "--the-name-of-the-secret--", subscription "--subscription--", Service ports "--service-http-port--" and
 *   "--service-https-port--") are not valid names; they become valid ones (the ports "http" and "https").
 * - A path without pathType (the fixtures leave it nil, which networking.k8s.io/v1 requires) becomes
 *   ImplementationSpecific, which AGIC's preparePathFromPathType treats as nil (the path is left as written).
 * - Where a test replaces all annotations (SetAnnotations) and so drops the class (the config builder does not filter
 *   on it), the Ingress keeps AGIC's class as spec.ingressClassName.
 * - The tests of pkg/annotations read one key each from a shared map; each case carries that key (and a key its reading
 *   depends on). The tests of the generic parsers (parseBool, parseInt32) use a key named "key"; their cases put the
 *   value under an AGIC key that parser reads (named in the source).
 *
 * Left out: tests whose verdict depends on the Application Gateway, not on the Ingress (pruneNoPrivateIP,
 * pruneNoPublicIP, pruneNoSslCertificate and the like removing an Ingress whose certificate, profile or frontend IP the
 * gateway lacks; the INGRESS_CLASS_RESOURCE_ENABLED switch), Ingresses of another class (not AGIC's), and the three tests
 * that attach a waf-policy-for-path stub that is no ARM id at all ("/sub/waf", "/some/policy/here"): they assert where
 * AGIC attaches the id, which it passes on unchecked; ARM refuses such an id (AZ-AGIC-020).
 */

const REPO = 'Azure/application-gateway-kubernetes-ingress';
const PROFILE = ClusterProfile.aks({ applicationGatewayIngressController: {} });
const CLASS_KEY = 'kubernetes.io/ingress.class';
const CLASS = 'azure/application-gateway';
const SUBSCRIPTION = '11111111-2222-3333-4444-555555555555';

const k = (name: string) => `appgw.ingress.kubernetes.io/${name}`;

type Annotations = { [key: string]: string };

interface Path { readonly path: string; readonly port: number | string; readonly pathType?: string; readonly service?: string }

function backend(service: string, port: number | string): any {
  return { service: { name: service, port: typeof port === 'number' ? { number: port } : { name: port } } };
}

function rule(host: string | undefined, paths: readonly Path[]): any {
  return {
    ...(host === undefined ? {} : { host }),
    http: { paths: paths.map((p) => ({ path: p.path, pathType: p.pathType ?? 'ImplementationSpecific', backend: backend(p.service ?? 'service-name', p.port) })) },
  };
}

const TLS = [{ hosts: ['bye.com'], secretName: 'the-name-of-the-secret' }];

/**
 * tests.NewIngressFixture(): the class annotation and ssl-redirect "true", host bye.com with /api1 to port 80 and /api2
 * to port 443, and spec.tls; `tls: false` for the tests that set Spec.TLS = nil.
 */
function newIngressFixture(extra: Annotations = {}, options: { tls?: boolean; paths?: readonly [string, string] } = {}): any {
  const [first, second] = options.paths ?? ['/api1', '/api2'];
  return ingress({ [CLASS_KEY]: CLASS, [k('ssl-redirect')]: 'true', ...extra }, {
    rules: [rule('bye.com', [{ path: first, port: 80 }]), rule('bye.com', [{ path: second, port: 443 }])],
    ...(options.tls === false ? {} : { tls: TLS }),
  });
}

/** tests.NewIngressFixture() whose annotations the test replaces with these (the class then given as ingressClassName). */
function fixtureWithAnnotations(annotations: Annotations, options: { tls?: boolean } = {}): any {
  return ingress(annotations, {
    ingressClassName: 'azure-application-gateway',
    rules: [rule('bye.com', [{ path: '/api1', port: 80 }]), rule('bye.com', [{ path: '/api2', port: 443 }])],
    ...(options.tls === false ? {} : { tls: TLS }),
  });
}

/** fixtures.GetIngress(): the class annotation and ssl-redirect "true", foo.baz/ to port 80, spec.tls. */
function getIngress(annotations: Annotations = { [CLASS_KEY]: CLASS, [k('ssl-redirect')]: 'true' }, spec: any = {}): any {
  return ingress(annotations, { rules: [rule('foo.baz', [{ path: '/', port: 80 }])], tls: [{ hosts: ['foo.baz'], secretName: 'the-name-of-the-secret' }], ...spec });
}

/** tests.NewIngressTestFixture(ns, name): the class annotation, hello.com/hi to port 80. */
function newIngressTestFixture(annotations: Annotations = { [CLASS_KEY]: CLASS }, spec: any = {}): any {
  return ingress(annotations, { rules: [rule('hello.com', [{ path: '/hi', port: 80 }])], ...spec });
}

/** tests.NewIngressTestFixtureBasic(ns, name, false): the class annotation, hello.com/ to the port named http. */
function newIngressTestFixtureBasic(extra: Annotations = {}): any {
  return ingress({ [CLASS_KEY]: CLASS, ...extra }, { rules: [rule('hello.com', [{ path: '/', port: 'http' }])] });
}

/** An Ingress of the class annotation alone with this one key, as the pkg/annotations tests read it. */
function withKey(annotations: Annotations): any {
  return ingress({ [CLASS_KEY]: CLASS, ...annotations });
}

const ANNOTATIONS_TEST = `${REPO} pkg/annotations/ingress_annotations_test.go`;
const ANNOTATIONS_SUITE = `${ANNOTATIONS_TEST} TestIt`;
const APPGW = (file: string) => `${REPO} pkg/appgw/${file} TestAppgw`;
const PRUNE = `${REPO} pkg/controller/prune_test.go TestController`;
const K8SCONTEXT = (file: string) => `${REPO} pkg/k8scontext/${file} TestK8scontext`;
const FUNCTIONAL = `${REPO} functional_tests/functional_test.go TestFunctional`;

function accepted(source: string, manifest: any, path?: string): ConformanceCase {
  return { source, manifest, profile: PROFILE, expect: 'accepted', ...(path === undefined ? {} : { path }) };
}

/** A case AGIC refuses, with the rule that must say so. */
function rejected(source: string, manifest: any, path: string, ruleId: string): ConformanceCase {
  return { source, manifest, profile: PROFILE, expect: 'rejected', path, rule: ruleId };
}

/** The annotation map the Describe of ingress_annotations_test.go shares, by key (each It reads one). */
const SHARED: Annotations = {
  [k('use-private-ip')]: 'true',
  [k('override-frontend-port')]: '444',
  [k('connection-draining')]: 'true',
  [k('cookie-based-affinity')]: 'true',
  [k('cookie-based-affinity-distinct-name')]: 'true',
  [k('ssl-redirect')]: 'true',
  [k('request-timeout')]: '123456',
  [k('connection-draining-timeout')]: '3456',
  [k('backend-path-prefix')]: 'prefix-here',
  [k('backend-hostname')]: 'www.backend.com',
  [k('hostname-extension')]: 'www.bye.com, www.b*.com',
  [k('appgw-ssl-certificate')]: 'appgw-cert',
  [k('appgw-ssl-profile')]: 'legacy-tls',
  [k('appgw-trusted-root-certificate')]: 'appgw-root-cert1,appgw-root-cert2',
  [k('health-probe-hostname')]: 'myhost.mydomain.com',
  [k('health-probe-port')]: '8080',
  [k('health-probe-path')]: '/healthz',
  [k('health-probe-status-codes')]: '200-399, 401',
  [k('health-probe-interval')]: '15',
  [k('health-probe-timeout')]: '10',
  [k('health-probe-unhealthy-threshold')]: '3',
  [k('rewrite-rule-set')]: 'my-rewrite-rule-set',
  [k('rewrite-rule-set-custom-resource')]: 'my-rewrite-rule-set-cr',
};

/** The shared map's value of these keys. */
function shared(...names: string[]): Annotations {
  return Object.fromEntries(names.map((name) => [k(name), SHARED[k(name)]]));
}

const annotationCases: ConformanceCase[] = [
  accepted(`${ANNOTATIONS_SUITE} "test IsCookieBasedAffinity / returns true"`, withKey(shared('cookie-based-affinity')), annotation(k('cookie-based-affinity'))),
  accepted(`${ANNOTATIONS_SUITE} "test IsCookieBasedAffinityDistinctName / returns true"`, withKey(shared('cookie-based-affinity-distinct-name')), annotation(k('cookie-based-affinity-distinct-name'))),
  accepted(`${ANNOTATIONS_SUITE} "test appgwSslCertificate / returns true"`, withKey(shared('appgw-ssl-certificate')), annotation(k('appgw-ssl-certificate'))),
  accepted(`${ANNOTATIONS_SUITE} "test appgwSslProfile / returns true"`, withKey(shared('appgw-ssl-profile')), annotation(k('appgw-ssl-profile'))),
  accepted(`${ANNOTATIONS_SUITE} "test appgwTrustedRootCertificate / returns true"`, withKey(shared('appgw-trusted-root-certificate')), annotation(k('appgw-trusted-root-certificate'))),
  accepted(`${ANNOTATIONS_SUITE} "test health-probe-hostname / returns hostname"`, withKey(shared('health-probe-hostname')), annotation(k('health-probe-hostname'))),
  accepted(`${ANNOTATIONS_SUITE} "test health-probe-port / returns probe port"`, withKey(shared('health-probe-port')), annotation(k('health-probe-port'))),
  accepted(`${ANNOTATIONS_SUITE} "test health-probe-path / returns probe path"`, withKey(shared('health-probe-path')), annotation(k('health-probe-path'))),
  accepted(`${ANNOTATIONS_SUITE} "test health-probe-status-codes / returns expected status codes"`, withKey(shared('health-probe-status-codes')), annotation(k('health-probe-status-codes'))),
  accepted(`${ANNOTATIONS_SUITE} "test health-probe-interval / returns hostname"`, withKey(shared('health-probe-interval')), annotation(k('health-probe-interval'))),
  accepted(`${ANNOTATIONS_SUITE} "test health-probe-timeout / returns hostname"`, withKey(shared('health-probe-timeout')), annotation(k('health-probe-timeout'))),
  accepted(`${ANNOTATIONS_SUITE} "test health-probe-unhealthy-threshold / returns hostname"`, withKey(shared('health-probe-unhealthy-threshold')), annotation(k('health-probe-unhealthy-threshold'))),
  accepted(`${ANNOTATIONS_SUITE} "test rewrite-rule-set / returns rewrite rule set"`, withKey(shared('rewrite-rule-set')), annotation(k('rewrite-rule-set'))),
  accepted(`${ANNOTATIONS_SUITE} "test rewrite-rule-set-custom-resource / returns rewrite rule set"`, withKey(shared('rewrite-rule-set-custom-resource')), annotation(k('rewrite-rule-set-custom-resource'))),
  // The shared map sets connection-draining "true" too, without which AGIC does not read the timeout.
  accepted(`${ANNOTATIONS_SUITE} "test ConnectionDrainingTimeout / returns the timeout"`, withKey(shared('connection-draining', 'connection-draining-timeout')), annotation(k('connection-draining-timeout'))),
  accepted(`${ANNOTATIONS_SUITE} "test IsConnectionDraining / returns true"`, withKey(shared('connection-draining')), annotation(k('connection-draining'))),
  accepted(`${ANNOTATIONS_SUITE} "test RequestTimeout / returns the timeout"`, withKey(shared('request-timeout')), annotation(k('request-timeout'))),
  accepted(`${ANNOTATIONS_SUITE} "test BackendPathPrefix / returns the prefix"`, withKey(shared('backend-path-prefix')), annotation(k('backend-path-prefix'))),
  accepted(`${ANNOTATIONS_SUITE} "test BackendHostName / returns the hostname"`, withKey(shared('backend-hostname')), annotation(k('backend-hostname'))),
  // The shared map's appgw-ssl-certificate is what lets AGIC keep an ssl-redirect Ingress without spec.tls.
  accepted(`${ANNOTATIONS_SUITE} "test IsSslRedirect / returns true with correct annotation"`, withKey(shared('ssl-redirect', 'appgw-ssl-certificate')), annotation(k('ssl-redirect'))),
  accepted(`${ANNOTATIONS_SUITE} "test UsePrivateIP / returns true with correct annotation"`, withKey(shared('use-private-ip')), annotation(k('use-private-ip'))),
  accepted(`${ANNOTATIONS_SUITE} "test OverrideFrontendPort / returns true with correct annotation"`, withKey(shared('override-frontend-port')), annotation(k('override-frontend-port'))),
  accepted(`${ANNOTATIONS_SUITE} "test OverrideFrontendPort / returns error when ingress has no annotations"`, withKey({}), annotation(k('override-frontend-port'))),
  accepted(`${ANNOTATIONS_SUITE} "test GetRequestRoutingRulePriority / returns error when ingress has no annotations"`, withKey({}), annotation(k('rule-priority'))),
  accepted(`${ANNOTATIONS_SUITE} "test GetRequestRoutingRulePriority / returns value with correct annotation"`, withKey({ [k('rule-priority')]: '1' }), annotation(k('rule-priority'))),
  rejected(`${ANNOTATIONS_SUITE} "test GetRequestRoutingRulePriority / returns error with incorrect annotation"`, withKey({ [k('rule-priority')]: '0' }), annotation(k('rule-priority')), 'AZ-AGIC-005'),
  rejected(`${ANNOTATIONS_SUITE} "test GetRequestRoutingRulePriority / returns error with incorrect annotation value > 20000"`, withKey({ [k('rule-priority')]: '20001' }), annotation(k('rule-priority')), 'AZ-AGIC-005'),
  accepted(`${ANNOTATIONS_SUITE} "test GetHostNameExtensions / parses the hostname-extension correctly at correct delimiter"`, withKey({ [k('hostname-extension')]: ' www.bye.com ,  www.b*.com ' }), annotation(k('hostname-extension'))),
  accepted(`${ANNOTATIONS_SUITE} "test GetHostNameExtensions / returns correct hostnames"`, withKey(shared('hostname-extension')), annotation(k('hostname-extension'))),
  accepted(`${ANNOTATIONS_SUITE} "test BackendProtocol / returns error when ingress has no annotations"`, withKey({}), annotation(k('backend-protocol'))),
  accepted(`${ANNOTATIONS_SUITE} "test BackendProtocol / parses http protocol correctly"`, withKey({ [k('backend-protocol')]: 'http' }), annotation(k('backend-protocol'))),
  accepted(`${ANNOTATIONS_SUITE} "test BackendProtocol / parses https protocol correctly"`, withKey({ [k('backend-protocol')]: 'https' }), annotation(k('backend-protocol'))),
  rejected(`${ANNOTATIONS_SUITE} "test BackendProtocol / parses invalid and returns error"`, withKey({ [k('backend-protocol')]: 'invalid-protocol' }), annotation(k('backend-protocol')), 'AZ-AGIC-008'),
  accepted(`${ANNOTATIONS_SUITE} "test parseBol / returns true" (use-private-ip)`, withKey(shared('use-private-ip')), annotation(k('use-private-ip'))),
  // "errorKey" of the shared map, read by parseBool as every boolean key is; here under use-private-ip, the key "returns true" reads.
  rejected(`${ANNOTATIONS_SUITE} "test parseBol / returns an error" (errorKey "234error!!" as use-private-ip)`, withKey({ [k('use-private-ip')]: '234error!!' }), annotation(k('use-private-ip')), 'AZ-AGIC-003'),
  accepted(`${ANNOTATIONS_TEST} TestParseBoolTrue ("true" as cookie-based-affinity)`, withKey({ [k('cookie-based-affinity')]: 'true' }), annotation(k('cookie-based-affinity'))),
  accepted(`${ANNOTATIONS_TEST} TestParseBoolFalse ("false" as cookie-based-affinity)`, withKey({ [k('cookie-based-affinity')]: 'false' }), annotation(k('cookie-based-affinity'))),
  rejected(`${ANNOTATIONS_TEST} TestParseBoolInvalid ("nope" as cookie-based-affinity)`, withKey({ [k('cookie-based-affinity')]: 'nope' }), annotation(k('cookie-based-affinity')), 'AZ-AGIC-003'),
  accepted(`${ANNOTATIONS_TEST} TestParseInt32 ("20" as request-timeout)`, withKey({ [k('request-timeout')]: '20' }), annotation(k('request-timeout'))),
  rejected(`${ANNOTATIONS_TEST} TestParseInt32Invalid ("20asd" as request-timeout)`, withKey({ [k('request-timeout')]: '20asd' }), annotation(k('request-timeout')), 'AZ-AGIC-004'),
];

const pruneCases: ConformanceCase[] = [
  // pruneRedirectWithNoTLS: the Ingress with ssl-redirect "true" and no TLS is left out, the two others kept.
  rejected(`${PRUNE} "ensure pruneRedirectNoTLS prunes ingress / removes the invalid ingresses" (ingressInvalid)`, newIngressFixture({}, { tls: false }), annotation(k('ssl-redirect')), 'AZ-AGIC-009'),
  accepted(`${PRUNE} "ensure pruneRedirectNoTLS prunes ingress / removes the invalid ingresses" (ingressValid1)`, newIngressFixture(), annotation(k('ssl-redirect'))),
  accepted(`${PRUNE} "ensure pruneRedirectNoTLS prunes ingress / removes the invalid ingresses" (ingressValid2)`, newIngressFixture({ [k('ssl-redirect')]: 'false' }, { tls: false }), annotation(k('ssl-redirect'))),
  accepted(`${PRUNE} "ensure pruneNoPrivateIP prunes ingress / keeps the ingress using private ipAddress when private ipAddress is present"`,
    fixtureWithAnnotations({ [k('use-private-ip')]: 'true' }), annotation(k('use-private-ip'))),
  accepted(`${PRUNE} "ensure pruneNoSslCertificate prunes ingress / keeps the ingress using appgw-ssl-certificate when annotated ssl cert is pre-installed"`,
    fixtureWithAnnotations({ [k('appgw-ssl-certificate')]: 'Certificate-1' }), annotation(k('appgw-ssl-certificate'))),
  accepted(`${PRUNE} "ensure pruneNoSslProfile prunes ingress / keeps the ingress using appgw-ssl-certificate when annotated ssl profile is pre-installed"`,
    fixtureWithAnnotations({ [k('appgw-ssl-profile')]: 'hardend-tls' }), annotation(k('appgw-ssl-profile'))),
  accepted(`${PRUNE} "ensure pruneNoTrustedRootCertificate prunes ingress / keeps the ingress using appgw-trusted-root-certificate when annotated root cert is pre-installed"`,
    fixtureWithAnnotations({ [k('appgw-trusted-root-certificate')]: 'RootCertificate-1,RootCertificate-2,RootCertificate-3' }), annotation(k('appgw-trusted-root-certificate'))),
];

const ROUTING = APPGW('requestroutingrules_test.go');
const INGRESS_RULES = APPGW('ingress_rules_test.go');
const REDIRECTS = APPGW('redirects_test.go');
const SETTINGS = APPGW('backendhttpsettings_test.go');
const PROBES = APPGW('health_probes_test.go');
const LISTENERS = APPGW('frontend_listeners_test.go');

/** tests.NewIngressTestWithVariousPathTypeFixture: hello.com with ten paths of each pathType (nil as ImplementationSpecific). */
const VARIOUS_PATH_TYPES = ingress({ [CLASS_KEY]: CLASS }, {
  rules: [rule('hello.com', [
    { path: '/prefix0*', pathType: 'Prefix', port: 80 }, { path: '/prefix1', pathType: 'Prefix', port: 80 },
    { path: '/exact2*', pathType: 'Exact', port: 80 }, { path: '/exact3', pathType: 'ImplementationSpecific', port: 80 },
    { path: '/ims4*', pathType: 'ImplementationSpecific', port: 80 }, { path: '/ims5', pathType: 'ImplementationSpecific', port: 80 },
    { path: '/nil6*', port: 80 }, { path: '/nil7', port: 80 },
    { path: '/', pathType: 'Prefix', port: 80 }, { path: '/*', pathType: 'Exact', port: 80 },
  ])],
});

const WAF = (name: string) => `/subscriptions/${SUBSCRIPTION}/resourceGroups/resource-group/providers/Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies/${name}`;
const WAF_CONTEXT = 'create a new App Gateway with annotated waf policy';
const SLASH_PATHS: readonly [string, string] = ['/', '/*'];

const appgwCases: ConformanceCase[] = [
  accepted(`${ROUTING} "test override frontend port / frontend port is default to 80 when no annotation"`, newIngressFixture(), annotation(k('override-frontend-port'))),
  accepted(`${ROUTING} "test override frontend port / frontend port is overridden in annotation"`, newIngressFixture({ [k('override-frontend-port')]: '777' }), annotation(k('override-frontend-port'))),
  // generateListenerID uses the port only when 0 < port < 65000, and falls back to 80 otherwise.
  rejected(`${ROUTING} "test override frontend port / frontend port is out of range" ("65000")`, newIngressFixture({ [k('override-frontend-port')]: '65000' }), annotation(k('override-frontend-port')), 'AZ-AGIC-006'),
  rejected(`${ROUTING} "test override frontend port / frontend port is out of range" ("0")`, newIngressFixture({ [k('override-frontend-port')]: '0' }), annotation(k('override-frontend-port')), 'AZ-AGIC-006'),
  accepted(`${ROUTING} "test ssl redirect is configured correctly when a path based rule is created / should have ingress with TLS and redirect"`, newIngressFixture(), annotation(k('ssl-redirect'))),
  accepted(`${ROUTING} "test ingress rewrite rule set in basic ingress / has rewrite rule set"`, newIngressTestFixtureBasic({ [k('rewrite-rule-set')]: 'custom-response-header' }), annotation(k('rewrite-rule-set'))),
  accepted(`${ROUTING} "test ingress rewrite rule set custom resource in basic ingress / has rewrite rule set"`,
    newIngressTestFixtureBasic({ [k('rewrite-rule-set-custom-resource')]: 'test-rewrite-cr' }), annotation(k('rewrite-rule-set-custom-resource'))),
  accepted(`${ROUTING} "test pathType in ingress / should add * to paths with pathType:prefix"`, VARIOUS_PATH_TYPES),
  accepted(`${ROUTING} "test pathType in ingress / should trim * from paths with pathType:exact"`, VARIOUS_PATH_TYPES),
  accepted(`${ROUTING} "test pathType in ingress / should not modify paths with pathType:implementationSpecific"`, VARIOUS_PATH_TYPES),
  accepted(`${ROUTING} "test pathType in ingress / should not modify paths with pathType:nil"`, VARIOUS_PATH_TYPES),
  accepted(`${ROUTING} "test pathType in ingress / should have default matching /*"`, VARIOUS_PATH_TYPES),

  // getListenerConfigs: with ssl-redirect "true" and no TLS, no redirect is configured.
  rejected(`${INGRESS_RULES} "ingress rules without certificates / should construct the App Gateway listeners correctly without SSL"`, newIngressFixture({}, { tls: false }), annotation(k('ssl-redirect')), 'AZ-AGIC-009'),
  accepted(`${INGRESS_RULES} "ingress rules with no TLS spec but annotated certificates / should configure App Gateway listeners correctly with SSL"`,
    fixtureWithAnnotations({ [k('appgw-ssl-certificate')]: 'appgw-installed-cert' }, { tls: false }), annotation(k('appgw-ssl-certificate'))),
  accepted(`${INGRESS_RULES} "ingress rules with TLS Spec, ssl redirection and annotated certificate / should configure App Gateway listeners correctly with SSL"`,
    ingress({ [k('appgw-ssl-certificate')]: 'appgw-installed-cert', [CLASS_KEY]: CLASS, [k('ssl-redirect')]: 'true' }, newIngressFixture().spec), annotation(k('appgw-ssl-certificate'))),
  accepted(`${INGRESS_RULES} "ingress rules with TLS Spec, ssl profile / should configure App Gateway listeners correctly with SSL"`,
    ingress({ [k('appgw-ssl-profile')]: 'legacy-tls', [CLASS_KEY]: CLASS }, newIngressFixture().spec), annotation(k('appgw-ssl-profile'))),
  accepted(`${INGRESS_RULES} "ingress rules with certificates / should configure App Gateway listeners correctly with SSL"`, newIngressFixture()),
  // ssl-redirect "one/two/three" is no boolean: AGIC configures no redirect.
  rejected(`${INGRESS_RULES} "with attached certificates / should configure App Gateway listeners correctly"`, newIngressFixture({ [k('ssl-redirect')]: 'one/two/three' }), annotation(k('ssl-redirect')), 'AZ-AGIC-003'),

  accepted(`${REDIRECTS} "Test RequestRoutingRules with TLS and with SSL Redirect Annotation / should have created correct ApplicationGatewayRedirectConfiguration struct"`,
    newIngressFixture(), annotation(k('ssl-redirect'))),
  rejected(`${REDIRECTS} "Test RequestRoutingRules without TLS but with SSL Redirect Annotation / should have created correct ApplicationGatewayRedirectConfiguration struct"`,
    newIngressFixture({}, { tls: false }), annotation(k('ssl-redirect')), 'AZ-AGIC-009'),
  accepted(`${REDIRECTS} "Test RequestRoutingRules with TLS but without SSL Redirect Annotation / should have created correct ApplicationGatewayRedirectConfiguration struct"`,
    ingress({ [CLASS_KEY]: CLASS }, newIngressFixture().spec)),

  accepted(`${SETTINGS} "test backend protocol annotation configures protocol on httpsettings and probes when no readiness probe on the pods / should have all but default backend http settings with https"`,
    newIngressFixture({ [k('backend-protocol')]: 'HttPS' }), annotation(k('backend-protocol'))),
  accepted(`${SETTINGS} "test backend protocol annotation configures protocol on httpsettings and probes when no readiness probe on the pods / should have all backend http settings with http"`,
    newIngressFixture({ [k('backend-protocol')]: 'HttP' }), annotation(k('backend-protocol'))),
  accepted(`${SETTINGS} "test appgw trusted root certificate annotation configures trusted root certificate(s) on httpsettings / should have all but default backend http settings with https and trusted root certificates"`,
    newIngressFixture({ [k('backend-protocol')]: 'Https', [k('appgw-trusted-root-certificate')]: 'rootcert1,rootcert2' }), annotation(k('appgw-trusted-root-certificate'))),
  accepted(`${SETTINGS} "test backend port referenced with name / correct backend port is chosen in case of target port is resolved to multiple ports"`,
    ingress({ [CLASS_KEY]: CLASS, [k('ssl-redirect')]: 'true' }, {
      rules: [rule('bye.com', [{ path: '/api1', port: 'http' }]), rule('bye.com', [{ path: '/api2', port: 'https' }])], tls: TLS,
    })),

  accepted(`${PROBES} "create probes / should have created 1 probe for Host"`, newIngressFixture()),
  ...([
    ['probe hostname must match annotation', 'health-probe-hostname'], ['probe port must match annotation', 'health-probe-port'],
    ['probe path must match annotation', 'health-probe-path'], ['probe status codes must match annotation', 'health-probe-status-codes'],
    ['probe interval must match annotation', 'health-probe-interval'], ['probe timeout must match annotation', 'health-probe-timeout'],
    ['probe threshold must match annotation', 'health-probe-unhealthy-threshold'],
  ] as const).map(([it, name]) => accepted(`${PROBES} "ensure that annotation overrides defaults for health probe / ${it}"`, getIngress({
    [CLASS_KEY]: CLASS,
    [k('health-probe-hostname')]: 'myhost.mydomain.com',
    [k('health-probe-port')]: '8080',
    [k('health-probe-path')]: '/healthz',
    [k('health-probe-status-codes')]: '200-399,401',
    [k('health-probe-interval')]: '15',
    [k('health-probe-timeout')]: '10',
    [k('health-probe-unhealthy-threshold')]: '3',
  }), annotation(k(name)))),

  accepted(`${LISTENERS} "create a new App Gateway with annotated certificate / should create listener with certificate"`,
    newIngressFixture({ [k('appgw-ssl-certificate')]: 'appgw-installed-cert' }, { tls: false }), annotation(k('appgw-ssl-certificate'))),
  accepted(`${LISTENERS} "create a new App Gateway HTTP Listener with Private IP when usePrivateIP annotation is present / should create a App Gwy listener with private IP" (annotation "true")`,
    newIngressFixture({ [k('use-private-ip')]: 'true' }), annotation(k('use-private-ip'))),
  accepted(`${LISTENERS} "${WAF_CONTEXT} / should create listener without waf policy attached when TLS is enabled by ingress TLS Spec"`,
    newIngressFixture({ [k('waf-policy-for-path')]: WAF('testwafpolicy1') }), annotation(k('waf-policy-for-path'))),
  accepted(`${LISTENERS} "${WAF_CONTEXT} / should create listener without waf policy attached when TLS is enabled by annotation"`,
    newIngressFixture({ [k('appgw-ssl-certificate')]: 'appgw-installed-cert', [k('waf-policy-for-path')]: WAF('testwafpolicy2') }, { tls: false }), annotation(k('waf-policy-for-path'))),
  // The two "TLS is disabled" tests set Spec.TLS = nil on a fixture whose ssl-redirect "true" stays: AGIC would leave that
  // Ingress out (pruneRedirectWithNoTLS) before building listeners, which these tests call directly. The cases are the
  // HTTP-only Ingress the tests mean, without ssl-redirect.
  accepted(`${LISTENERS} "${WAF_CONTEXT} / should create listener without waf policy attached when TLS is disabled"`,
    ingress({ [CLASS_KEY]: CLASS, [k('waf-policy-for-path')]: WAF('testwafpolicy2') }, newIngressFixture({}, { tls: false }).spec), annotation(k('waf-policy-for-path'))),
  accepted(`${LISTENERS} "${WAF_CONTEXT} / should create listener with waf policy attached when TLS is enabled by ingress TLS spec"`,
    newIngressFixture({ [k('waf-policy-for-path')]: WAF('testwafpolicy3') }, { paths: SLASH_PATHS }), annotation(k('waf-policy-for-path'))),
  accepted(`${LISTENERS} "${WAF_CONTEXT} / should create listener with waf policy attached when TLS is enabled by annotation"`,
    newIngressFixture({ [k('appgw-ssl-certificate')]: 'appgw-installed-cert', [k('waf-policy-for-path')]: WAF('testwafpolicy3') }, { tls: false, paths: SLASH_PATHS }), annotation(k('waf-policy-for-path'))),
  accepted(`${LISTENERS} "${WAF_CONTEXT} / should create listener with waf policy attached when TLS is disabled"`,
    ingress({ [CLASS_KEY]: CLASS, [k('waf-policy-for-path')]: WAF('testwafpolicy3') }, newIngressFixture({}, { tls: false, paths: SLASH_PATHS }).spec), annotation(k('waf-policy-for-path'))),

  accepted(`${APPGW('appgw_test.go')} "Tests Ingress Controller Annotations / Should be able to create Application Gateway Configuration from Ingress with all annotations."`,
    newIngressTestFixture({
      [CLASS_KEY]: CLASS,
      [k('backend-path-prefix')]: '/test',
      [k('backend-hostname')]: 'www.backend.com',
      [k('connection-draining')]: 'true',
      [k('connection-draining-timeout')]: '10',
      [k('cookie-based-affinity')]: 'true',
      [k('request-timeout')]: '10',
    })),
];

/** The Ingress without spec.rules (tests.GetVerySimpleIngress has only a default backend). */
function withoutRules(manifest: any): any {
  delete manifest.spec.rules;
  return manifest;
}

const K8S = K8SCONTEXT('k8scontext_test.go');
const CLASS_RESOURCE = 'Check Ingress Class Resource is used correctly for filtering ingress';

const classCases: ConformanceCase[] = [
  accepted(`${K8S} "Check IsApplicationGatewayIngress / returns true with correct annotation"`, newIngressTestFixture(), annotation(CLASS_KEY)),
  accepted(`${K8S} "Checking if we are able to listen to Ingress Resources / Should be following Ingress Resource with Application Gateway specific annotations only." (the AGIC Ingress)`,
    newIngressTestFixture(), annotation(CLASS_KEY)),
  accepted(`${K8S} "${CLASS_RESOURCE} / (backward compatibility) Should filter both Ingress with annotation or matching Ingress Class resource" (ingressClassName)`,
    newIngressTestFixture({}, { ingressClassName: 'azure-application-gateway' }), 'spec.ingressClassName'),
  accepted(`${K8S} "${CLASS_RESOURCE} / (backward compatibility) Should filter both Ingress with annotation or matching Ingress Class resource" (annotation)`,
    newIngressTestFixture(), annotation(CLASS_KEY)),
  // Without any class, AGIC takes the Ingress when its IngressClass is the cluster default; no rule may call it wrong.
  accepted(`${K8S} "${CLASS_RESOURCE} / should match ingress without ingressClass if AGIC is marked as default"`, newIngressTestFixture({}), 'spec.ingressClassName'),
  accepted(`${K8S} "Filtering Ingress Resources / keep ingress, which does not have rules, but has a default backend"`,
    withoutRules(ingress({ [CLASS_KEY]: CLASS }, { defaultBackend: backend('websocket-service', 80) }, 'websocket-ingress'))),
  // An empty class annotation does not decide (IsIngressClass); spec.ingressClassName does.
  accepted(`${K8SCONTEXT('ingress_handlers_test.go')} "Test ingress handlers / using ingress class / add, delete, update ingress from cache for allowed namespace ns"`,
    getIngress({ [CLASS_KEY]: '', [k('ssl-redirect')]: 'true' }, { ingressClassName: 'azure-application-gateway' }), 'spec.ingressClassName'),
];

/** The functional tests' Ingresses (no host): one rule with these paths, to service-name. */
function hostless(annotations: Annotations, paths: readonly Path[]): any {
  return ingress({ [CLASS_KEY]: CLASS, ...annotations }, { rules: [rule(undefined, paths)] });
}

const SLASH_NOTHING_SLASH_SOMETHING: readonly Path[] = [{ path: '/', port: 80, service: 'service-b' }, { path: '/A', port: 80, service: 'service-a' }];

/** newIngress of the functional tests: foo.baz/ to port 80, spec.tls, ssl-redirect "true". */
function functionalIngress(extra: Annotations = {}): any {
  return getIngress({ [CLASS_KEY]: CLASS, [k('ssl-redirect')]: 'true', ...extra });
}

const functionalCases: ConformanceCase[] = [
  accepted(`${FUNCTIONAL} "Tests Application Gateway config creation / Https Backend Ingress Resources"`, hostless({
    [k('appgw-ssl-certificate')]: 'ssl-certificate',
    [k('backend-protocol')]: 'https',
    [k('appgw-trusted-root-certificate')]: 'root-certificate',
    [k('ssl-redirect')]: 'true',
  }, [{ path: '/A/', port: 443, service: 'service-https' }])),
  // SetAnnotations replaces the annotations: backend port 443, so HTTPS by default.
  accepted(`${FUNCTIONAL} "Tests Application Gateway config creation / Https Backend Ingress Resources without backend-protocol specified"`,
    hostless({ [k('appgw-ssl-certificate')]: 'ssl-certificate' }, [{ path: '/A/', port: 443, service: 'service-https' }]), annotation(k('backend-protocol'))),
  accepted(`${FUNCTIONAL} "Tests Application Gateway config creation / ONE Ingress Resources with / (nothing) path"`, hostless({}, [{ path: '/', port: 80, service: 'service-b' }])),
  accepted(`${FUNCTIONAL} "Tests Application Gateway config creation / ONE Ingress Resources with multiple paths rules"`, ingress({ [CLASS_KEY]: CLASS }, {
    rules: [rule(undefined, [{ path: '/A/', port: 80, service: 'service-a' }]), rule(undefined, [{ path: '/B/', port: 80, service: 'service-b' }, { path: '/index/', port: 80 }])],
  })),
  accepted(`${FUNCTIONAL} "Tests Application Gateway config creation / TWO Ingress Resources with same path but one with extended hostname and one without" (newIngressBWithExtendedHostName)`,
    hostless({ [k('hostname-extension')]: 'test.com, t*.com' }, [{ path: '/B/', port: 80, service: 'service-b' }]), annotation(k('hostname-extension'))),
  accepted(`${FUNCTIONAL} "Tests Application Gateway config creation / TWO Ingress Resources same path and hostname but one has host in ingress rule and other has annotation" (newIngressFooBazNoTLSHostNameFromAnnotation)`,
    hostless({ [k('hostname-extension')]: 'foo.baz' }, [{ path: '/.well-known/acme-challenge/blahBlahBBLLAAHH', port: 80, service: 'service-b' }]), annotation(k('hostname-extension'))),
  accepted(`${FUNCTIONAL} "Tests Application Gateway config creation / Rule Priority Annotation"`,
    hostless({ [k('rule-priority')]: '100' }, SLASH_NOTHING_SLASH_SOMETHING), annotation(k('rule-priority'))),
  accepted(`${FUNCTIONAL} "Tests Application Gateway config creation / Cookie Name"`,
    hostless({ [k('cookie-based-affinity')]: 'true', [k('cookie-based-affinity-distinct-name')]: 'true' }, SLASH_NOTHING_SLASH_SOMETHING), annotation(k('cookie-based-affinity-distinct-name'))),
  accepted(`${FUNCTIONAL} "Tests Application Gateway config creation / Rewrite Rule Set CRD in 1 ingress slashnothing"`,
    hostless({ [k('rewrite-rule-set-custom-resource')]: 'my-rewrite-rule-set-custom-resource' }, [{ path: '/', port: 80, service: 'service-b' }]), annotation(k('rewrite-rule-set-custom-resource'))),
  accepted(`${FUNCTIONAL} "Tests Application Gateway config creation / Application Gateway has private IP only; Should use private IP for all rules"`,
    functionalIngress({ [k('use-private-ip')]: 'true' }), annotation(k('use-private-ip'))),
];

export const CASES: ConformanceCase[] = [...annotationCases, ...pruneCases, ...appgwCases, ...classCases, ...functionalCases];
