/**
 * Lint speed: lints a generated multi-document file of Helm-like LoadBalancer Services and reports Services per
 * second, and how long each YAML parser takes to parse the same text (js-yaml, which the linter uses, and `yaml`).
 * Run alone with `npx ts-node --transpile-only --project tsconfig.dev.json bench/lint.ts [count]`; `benchLint()` is
 * what `npm run bench` calls. Target: ≥ 20,000 Services/s on a 2-core machine.
 */
import * as path from 'path';
import { compiled } from './library';
import type * as Run from '../src/lint/run';
import type * as SetRules from '../src/rules/set/index';
import type * as SetIndex from '../src/rules/set/manifest-set';
import type * as SetRuleModule from '../src/rules/set/set-rule';
import type * as Load from '../src/yaml/load';

const { loadYaml } = compiled<typeof Load>('yaml/load');
const { lintLoaded } = compiled<typeof Run>('lint/run');

export interface LintBenchResult {
  readonly services: number;
  readonly bytes: number;
  /** Full lint (split, parse, every rule, line numbers for every finding), best of the runs. */
  readonly lintMs: number;
  readonly servicesPerSecond: number;
  readonly findings: number;
  /** Parsing alone, best of the runs: js-yaml load per document (what the linter does) and `yaml` parseAllDocuments. */
  readonly jsYamlMs: number;
  readonly yamlMs?: number;
}

/** One Service as `helm template` prints it; every tenth one has a nodePort outside the default range (a warning). */
function serviceYaml(i: number): string {
  return `---
# Source: shop/templates/service-${i}.yaml
apiVersion: v1
kind: Service
metadata:
  name: web-${i}
  namespace: team-${i % 7}
  labels:
    app.kubernetes.io/name: web
    app.kubernetes.io/instance: release-${i}
    app.kubernetes.io/managed-by: Helm
  annotations:
    service.beta.kubernetes.io/azure-load-balancer-internal: "true"
    service.beta.kubernetes.io/azure-load-balancer-internal-subnet: apps
spec:
  type: LoadBalancer
  externalTrafficPolicy: Local
  selector:
    app.kubernetes.io/name: web
    app.kubernetes.io/instance: release-${i}
  ports:
    - name: http
      port: 80
      targetPort: 8080
      protocol: TCP
    - name: https
      port: 443
      targetPort: 8443
      protocol: TCP${i % 10 === 0 ? '\n      nodePort: 8443' : ''}
`;
}

export function generateServices(count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(serviceYaml(i));
  return parts.join('');
}

/** Best wall time of `runs` runs, after one warm-up run. */
function bestMs(runs: number, fn: () => void): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

/** The `yaml` package, when it can be found (cdk8s bundles it); undefined otherwise. */
function yamlPackage(): { parseAllDocuments(text: string): unknown[] } | undefined {
  try {
    const cdk8sDir = path.dirname(require.resolve('cdk8s/package.json'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(require.resolve('yaml', { paths: [cdk8sDir] }));
  } catch {
    return undefined;
  }
}

export function benchLint(count = 10_000, runs = 5): LintBenchResult {
  const text = generateServices(count);
  let findings = 0;
  const lintMs = bestMs(runs, () => {
    const report = lintLoaded(loadYaml(text, 'bench.yaml'));
    if (report.judgedCount !== count) throw new Error(`expected ${count} judged Services, got ${report.judgedCount}`);
    findings = report.findings.length;
  });
  const jsYamlMs = bestMs(runs, () => loadYaml(text, 'bench.yaml'));
  const yaml = yamlPackage();
  const yamlMs = yaml ? bestMs(runs, () => yaml.parseAllDocuments(text)) : undefined;
  return {
    services: count,
    bytes: Buffer.byteLength(text),
    lintMs: Math.round(lintMs),
    servicesPerSecond: Math.round(count / (lintMs / 1000)),
    findings,
    jsYamlMs: Math.round(jsYamlMs),
    yamlMs: yamlMs === undefined ? undefined : Math.round(yamlMs),
  };
}

export function formatLintBench(r: LintBenchResult): string {
  const perSecond = (ms: number) => Math.round(r.services / (ms / 1000)).toLocaleString('en-US');
  return [
    `lint: ${r.services.toLocaleString('en-US')} Services (${(r.bytes / 1e6).toFixed(1)} MB) in ${r.lintMs} ms = `
      + `${r.servicesPerSecond.toLocaleString('en-US')} Services/s (${r.findings} findings, each with its line)`,
    `parse only, js-yaml (used): ${r.jsYamlMs} ms = ${perSecond(r.jsYamlMs)} documents/s`,
    r.yamlMs === undefined
      ? 'parse only, yaml: not installed'
      : `parse only, yaml parseAllDocuments: ${r.yamlMs} ms = ${perSecond(r.yamlMs)} documents/s`,
  ].join('\n');
}


/** A Deployment whose pods the Service `web-${i}` selects, with the ports its targetPorts name. */
function deploymentYaml(i: number): string {
  return `---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-${i}
  namespace: team-${i % 7}
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: web, app.kubernetes.io/instance: release-${i}}
  template:
    metadata:
      labels: {app.kubernetes.io/name: web, app.kubernetes.io/instance: release-${i}}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports: [{name: http, containerPort: 8080}, {name: https, containerPort: 8443}]
`;
}

export interface LintSetBenchRow {
  readonly services: number;
  /** With as many Deployments as Services, or Services alone. */
  readonly workloads: boolean;
  readonly lintMs: number;
  /** The rules over the set alone. */
  readonly setMs: number;
  readonly usPerObject: number;
}

export interface LintSetBenchResult {
  readonly rows: readonly LintSetBenchRow[];
}

/**
 * The rules over the set: lint of N Services with N Deployments at two sizes (the cost per object must stay flat:
 * linear), and of N Services alone, where the set phase must cost next to nothing.
 */
export function benchLintSet(sizes: readonly number[] = [5_000, 10_000], runs = 3): LintSetBenchResult {
  const { ManifestSet } = compiled<typeof SetIndex>('rules/set/manifest-set');
  const { checkSetRules } = compiled<typeof SetRuleModule>('rules/set/set-rule');
  const { SET_RULES } = compiled<typeof SetRules>('rules/set/index');
  const rows: LintSetBenchRow[] = [];
  for (const workloads of [true, false]) {
    for (const count of sizes) {
      const parts: string[] = [];
      for (let i = 0; i < count; i++) {
        parts.push(serviceYaml(i));
        if (workloads) parts.push(deploymentYaml(i));
      }
      const loaded = loadYaml(parts.join(''), 'bench.yaml');
      const lintMs = bestMs(runs, () => lintLoaded(loaded));
      const manifests = loaded.objects.map((o) => o.manifest);
      const setMs = bestMs(runs, () => checkSetRules(new ManifestSet(manifests), SET_RULES));
      const objects = workloads ? 2 * count : count;
      const usPerObject = Math.round((lintMs * 1000) / objects);
      rows.push({ services: count, workloads, lintMs: Math.round(lintMs), setMs: Math.round(setMs), usPerObject });
    }
  }
  return { rows };
}

export function formatLintSetBench(r: LintSetBenchResult): string {
  return [
    'lint, the rules over the set (best of the runs; the YAML already parsed)',
    '| Services | Deployments | lint ms | of it, the set rules ms | µs per object |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...r.rows.map((row) => `| ${row.services.toLocaleString('en-US')} | ${row.workloads ? row.services.toLocaleString('en-US') : 0} | ${row.lintMs} | ${row.setMs} | ${row.usPerObject} |`),
  ].join('\n');
}

if (require.main === module) {
  const count = Number(process.argv[2] ?? 10_000);
  console.log(formatLintBench(benchLint(count)));
  console.log(formatLintSetBench(benchLintSet()));
}
