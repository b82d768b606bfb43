import { ClusterProfile, Finding, Rules, Severity } from '../../src';

/**
 * One case of the conformance corpus: an object as a controller's (or the API server's) own unit test builds it, and
 * the verdict that test asserts. The corpus checks that the rules judge as the real code does.
 */
export interface ConformanceCase {
  /**
   * Where it comes from: repository, file, test function and the case's name in its table, e.g.
   * `kubernetes-sigs/aws-load-balancer-controller pkg/annotations/parser_test.go Test_serviceAnnotationParser_ParseStringSliceAnnotation "empty"`.
   */
  readonly source: string;
  /** The object the test builds, completed into a whole Service (type LoadBalancer) or Ingress that is valid otherwise. */
  readonly manifest: any;
  /** The cluster the test's code implies (its controller, its version); every cluster when absent. */
  readonly profile?: ClusterProfile;
  /**
   * What the test asserts: `accepted` when the code takes the object as the test expects (no error finding at all),
   * `rejected` when the code fails on it (an error finding, at `path` when given).
   */
  readonly expect: 'accepted' | 'rejected';
  /** The annotation key or field the case is about, as findings name it (e.g. `metadata.annotations[<key>]`). */
  readonly path?: string;
  /** The rule that must report a rejection, where one is meant to. */
  readonly rule?: string;
}

/** A case the rules do not judge as its test does, with the reason it is left so. */
export interface KnownDisagreement {
  /** The `source` of the case. */
  readonly source: string;
  readonly reason: string;
}

/** The findings of a case, judged for its profile. */
export function findingsOf(c: ConformanceCase): Finding[] {
  return Rules.check(c.manifest, { profile: c.profile });
}

/** Whether the rules judge the case as its test asserts. */
export function agrees(c: ConformanceCase): boolean {
  const errors = findingsOf(c).filter((f) => f.severity === Severity.ERROR);
  if (c.expect === 'accepted') return errors.length === 0;
  return errors.some((f) => (c.path === undefined || f.path === c.path || f.path.endsWith(`(${c.path})`)) && (c.rule === undefined || f.ruleId === c.rule));
}

/** A Service of type LoadBalancer with these annotations and spec fields, valid otherwise. */
export function service(annotations: { [key: string]: string } = {}, spec: any = {}, name = 'svc'): any {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'LoadBalancer', selector: { app: name }, ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }], ...spec },
  };
}

/** An Ingress with these annotations, one rule to a backend Service, and spec fields. */
export function ingress(annotations: { [key: string]: string } = {}, spec: any = {}, name = 'ing'): any {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name, namespace: 'default', annotations },
    spec: {
      rules: [{ host: 'shop.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } }],
      ...spec,
    },
  };
}

/** `metadata.annotations[<key>]`, as findings name an annotation. */
export function annotation(key: string): string {
  return `metadata.annotations[${key}]`;
}
