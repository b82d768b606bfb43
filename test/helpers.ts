import { App, Chart, Testing } from 'cdk8s';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { Service } from 'kubernetes-models/v1/Service';
import { ClusterProfile, IRule, Rules, RuleViolation } from '../src';
import { Cluster } from '../src/profile/cluster';
import { BuiltInRule } from '../src/rules/define';

/** A fresh chart in its own app, so that `Testing.synth(chart)` runs the validations of exactly this chart. */
export function newChart(id = 'test', namespace?: string): Chart {
  return new Chart(Testing.app(), id, { namespace });
}

/** Synthesizes a chart and returns its objects, schema-checking every Service and Ingress with kubernetes-models. */
export function synth(chart: Chart): any[] {
  const objects = Testing.synth(chart);
  for (const obj of objects) schemaCheck(obj);
  return objects;
}

/** The only Service of a chart (fails when there is not exactly one). */
export function synthService(chart: Chart): any {
  const services = synth(chart).filter((o) => o.kind === 'Service');
  if (services.length !== 1) throw new Error(`expected one Service, got ${services.length}`);
  return services[0];
}

/** Validates one object against the Kubernetes OpenAPI schema (kubernetes-models@4, Kubernetes 1.33). */
export function schemaCheck(obj: any): void {
  const { apiVersion, kind, ...rest } = obj;
  if (kind === 'Service' && apiVersion === 'v1') new Service(rest).validate();
  else if (kind === 'Ingress' && apiVersion === 'networking.k8s.io/v1') new Ingress(rest).validate();
}

/** The error message of `app.synth()` / `Testing.synth()`, or undefined when synth passes. */
export function synthError(chart: Chart): string | undefined {
  try {
    Testing.synth(chart);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** A minimal valid LoadBalancer Service manifest, with parts replaced by `overrides` (shallow per section). */
export function lbService(overrides: { metadata?: any; spec?: any } = {}): any {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web', namespace: 'default', ...overrides.metadata },
    spec: {
      type: 'LoadBalancer',
      selector: { app: 'web' },
      ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }],
      ...overrides.spec,
    },
  };
}

/** A minimal valid Ingress manifest, with parts replaced by `overrides` (shallow per section). */
export function ingressManifest(overrides: { metadata?: any; spec?: any } = {}): any {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'shop', namespace: 'default', ...overrides.metadata },
    spec: {
      ingressClassName: 'azure-application-gateway',
      rules: [{ host: 'shop.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } }],
      ...overrides.spec,
    },
  };
}

/**
 * An annotation key. A bare name is a `service.beta.kubernetes.io/` key (`key('azure-pip-name')`,
 * `key('aws-load-balancer-scheme')`); a name with a prefix (`kubernetes.io/ingress.class`) is kept as written.
 */
export function key(name: string): string {
  return name.includes('/') ? name : `service.beta.kubernetes.io/${name}`;
}

/** The path of a violation that points at an annotation: `metadata.annotations[<key(name)>]`. */
export function annotationPath(name: string): string {
  return `metadata.annotations[${key(name)}]`;
}

/** The violations of one rule on one manifest. */
export function violations(rule: IRule | string, manifest: any, profile?: ClusterProfile): RuleViolation[] {
  const r = typeof rule === 'string' ? Rules.find(rule) : rule;
  if (!r) throw new Error(`no rule ${rule}`);
  if (profile === undefined) return r.check(manifest);
  if (!(r instanceof BuiltInRule)) throw new Error(`${r.id} is not a built-in rule: it cannot be judged for a profile`);
  return r.checkFor(manifest, Cluster.of(profile));
}

/** The ids of the rules that report something on a manifest. */
export function firedRules(manifest: any): string[] {
  return [...new Set(Rules.check(manifest).map((f) => f.ruleId))].sort();
}

export { App };
