/**
 * `npm run bench`: synthesis speed and memory of our constructs against cdk8s-plus-28's Service with the same
 * annotations set by hand, and against plain ApiObjects, interleaved in one fresh process per construct (and one where
 * all six constructs share it), reported as ratios. A benchmark, not a test: it asserts nothing. `--quick` runs small
 * sizes only (a smoke run for CI); `--case=<name>` runs one case only.
 */
import { ApiObject, App, Chart, Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { benchCliProcesses, formatCliProcessBench } from './cli-process';
import { coldStart } from './cold-start';
import { compiled } from './library';
import { benchLint, benchLintSet, formatLintBench, formatLintSetBench } from './lint';
import { benchChild, childMain, synthesizeInFreshProcess } from './memory';
import type * as Library from '../src';

const {
  ApplicationGatewayBackend, ApplicationGatewayIngress, AwsClassicLoadBalancerService, AwsHealthCheckProtocol, AwsNlbService, AwsSubnets,
  AzureInternalLoadBalancerService, ClassicBackendProtocol, ClusterProfile, LoadBalancerService, PortReference, PrivateLinkVisibility, TargetPort,
} = compiled<typeof Library>('index');

/** One way of producing N LoadBalancer Services (or Ingresses) with the same manifest. */
export interface Variant {
  readonly name: string;
  /** Creates what every object of a chart shares (cdk8s-plus-28's Ingresses: their backend Service), once per chart. */
  readonly prepare?: (chart: Chart) => void;
  /** Creates object number `i`, with the id `svc${i}`. */
  readonly make: (chart: Chart, i: number) => void;
}

/** Creates `count` objects of a variant in the chart. */
export function build(variant: Variant, chart: Chart, count: number): void {
  variant.prepare?.(chart);
  for (let i = 0; i < count; i++) variant.make(chart, i);
}

/** One of our constructs, as the benchmark builds it: service number `i` in `chart`. */
export interface ConstructCase {
  readonly name: string;
  /** The kind of the object it renders and is compared with. @default Service */
  readonly kind?: 'Service' | 'Ingress';
  readonly make: (scope: Construct, id: string, i: number) => void;
}

export const ANNOTATIONS: { [key: string]: string } = {
  'example.com/team': 'shop',
  'example.com/cost-center': '42',
};

const SUBSCRIPTION = '11111111-2222-3333-4444-555555555555';

export const CONSTRUCT_CASES: ConstructCase[] = [
  {
    name: 'LoadBalancerService',
    make: (chart, id, i) => new LoadBalancerService(chart, id, {
      selectorLabels: { app: `web${i}` },
      ports: [
        { name: 'http', port: 80, targetPort: TargetPort.number(8080) },
        { name: 'https', port: 443, targetPort: TargetPort.number(8443) },
      ],
      annotations: ANNOTATIONS,
    }),
  },
  {
    name: 'AzureInternalLoadBalancerService',
    make: (chart, id, i) => new AzureInternalLoadBalancerService(chart, id, {
      selectorLabels: { app: `web${i}` },
      ports: [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }],
      subnet: 'apps-subnet',
      annotations: ANNOTATIONS,
    }),
  },
  {
    name: 'AzureInternalLoadBalancerService + PrivateLinkService',
    make: (chart, id, i) => new AzureInternalLoadBalancerService(chart, id, {
      selectorLabels: { app: `web${i}` },
      ports: [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }],
      subnet: 'apps-subnet',
      annotations: ANNOTATIONS,
    }).addPrivateLinkService({
      name: `pls-${i}`,
      ipAddressCount: 2,
      visibility: PrivateLinkVisibility.subscriptions([SUBSCRIPTION]),
      autoApprovalSubscriptions: [SUBSCRIPTION],
    }),
  },
  {
    name: 'AwsNlbService',
    make: (chart, id, i) => new AwsNlbService(chart, id, {
      selectorLabels: { app: `web${i}` },
      ports: [{ name: 'https', port: 443, targetPort: TargetPort.number(8443) }],
      subnets: AwsSubnets.ids(['subnet-0a1b2c3d4e5f60718', 'subnet-0f1e2d3c4b5a69788']),
      clientIpPreservation: false,
      healthCheck: { protocol: AwsHealthCheckProtocol.HTTP, path: '/healthz', interval: Duration.seconds(10) },
      annotations: ANNOTATIONS,
    }),
  },
  {
    name: 'AwsClassicLoadBalancerService',
    make: (chart, id, i) => new AwsClassicLoadBalancerService(chart, id, {
      selectorLabels: { app: `web${i}` },
      ports: [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }, { name: 'https', port: 443, targetPort: TargetPort.number(8080) }],
      tls: { certificateArn: 'arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789', ports: [PortReference.named('https')], backendProtocol: ClassicBackendProtocol.HTTP },
      connectionDraining: Duration.seconds(60),
      annotations: ANNOTATIONS,
    }),
  },
  {
    name: 'ApplicationGatewayIngress',
    kind: 'Ingress',
    make: (chart, id, i) => new ApplicationGatewayIngress(chart, id, {
      rules: [{ host: `shop${i}.contoso.com`, path: '/', backend: ApplicationGatewayBackend.fromServiceName('web', { port: 80 }) }],
      sslRedirect: false,
      requestTimeout: Duration.seconds(60),
      healthProbe: { path: '/healthz', interval: Duration.seconds(15) },
      annotations: ANNOTATIONS,
    }),
  },
];

/**
 * The cluster each construct is judged for, as its users would declare it: the classic ELB on EKS without the AWS Load
 * Balancer Controller (without a profile each object would print warning AWS-LB-017), the NLB on EKS with it, the Azure
 * constructs on AKS; the cloud-neutral LoadBalancerService without a profile.
 */
const PROFILES: { readonly [caseName: string]: Library.ClusterProfile } = {
  'AzureInternalLoadBalancerService': ClusterProfile.aks({ kubernetesVersion: '1.30' }),
  'AzureInternalLoadBalancerService + PrivateLinkService': ClusterProfile.aks({ kubernetesVersion: '1.30' }),
  'AwsNlbService': ClusterProfile.eks({ kubernetesVersion: '1.30', awsLoadBalancerController: { version: 'v2.8.1' } }),
  'AwsClassicLoadBalancerService': ClusterProfile.eks({ kubernetesVersion: '1.30' }),
  'ApplicationGatewayIngress': ClusterProfile.aks({ kubernetesVersion: '1.30', applicationGatewayIngressController: {} }),
};

/**
 * The scope a case's objects are built in. A chart of one case carries the case's profile itself, as a user's chart
 * would (a child scope would lengthen every construct path and generated name, which costs cdk8s time the baselines
 * do not pay); in the app of all six cases, one child of the chart per case carries its profile.
 */
const SCOPES = new WeakMap<Chart, Map<string, Construct>>();
const PROFILED_CHARTS = new WeakSet<Chart>();

function scopeOf(chart: Chart, c: ConstructCase, ownChart: boolean): Construct {
  const profile = PROFILES[c.name];
  if (profile === undefined) return chart;
  if (ownChart) {
    if (!PROFILED_CHARTS.has(chart)) {
      profile.applyTo(chart);
      PROFILED_CHARTS.add(chart);
    }
    return chart;
  }
  let scopes = SCOPES.get(chart);
  if (scopes === undefined) SCOPES.set(chart, scopes = new Map());
  let scope = scopes.get(c.name);
  if (scope === undefined) {
    scope = new Construct(chart, `cluster${scopes.size}`);
    profile.applyTo(scope);
    scopes.set(c.name, scope);
  }
  return scope;
}

/** The manifest our construct produces for object `i`, as the baselines reproduce it by hand. */
function sampleManifest(c: ConstructCase): any {
  const chart = new Chart(new App({ outdir: '/tmp/cdk8s-cloud-lb-bench' }), 'sample');
  c.make(scopeOf(chart, c, true), 'svc', 0);
  return chart.toJson().find((o: any) => o.kind === (c.kind ?? 'Service'));
}

/** cdk8s-plus-28's Service (or Ingress) with the same ports or rules, selector and annotations set by hand. */
export function handAnnotatedKplus(c: ConstructCase): Variant {
  const sample = sampleManifest(c);
  const annotations: { [key: string]: string } = sample.metadata.annotations ?? {};
  if (c.kind === 'Ingress') return handAnnotatedKplusIngress(sample, annotations);
  const ports = sample.spec.ports.map((p: any) => ({ name: p.name, port: p.port, targetPort: typeof p.targetPort === 'number' ? p.targetPort : undefined }));
  return {
    name: 'cdk8s-plus-28 Service + hand-set annotations',
    make: (chart, i) => {
      const svc = new kplus.Service(chart, `svc${i}`, { type: kplus.ServiceType.LOAD_BALANCER, ports });
      svc.selectLabel('app', `web${i}`);
      for (const [k, v] of Object.entries(annotations)) svc.metadata.addAnnotation(k, v);
    },
  };
}

/** cdk8s-plus-28's Ingress: the same host rules, to one backend Service shared by all of them (built once per chart). */
function handAnnotatedKplusIngress(sample: any, annotations: { [key: string]: string }): Variant {
  const path = sample.spec.rules[0].http.paths[0];
  const className: string | undefined = sample.spec.ingressClassName;
  const backends = new WeakMap<Chart, kplus.IngressBackend>();
  return {
    name: 'cdk8s-plus-28 Ingress + hand-set annotations',
    prepare: (chart) => {
      const web = new kplus.Service(chart, 'web', { ports: [{ port: path.backend.service.port.number }] });
      backends.set(chart, kplus.IngressBackend.fromService(web));
    },
    make: (chart, i) => {
      const ingress = new kplus.Ingress(chart, `svc${i}`, { className, rules: [{ host: `shop${i}.contoso.com`, path: path.path, backend: backends.get(chart)! }] });
      for (const [k, v] of Object.entries(annotations)) ingress.metadata.addAnnotation(k, v);
    },
  };
}

/** Plain ApiObjects with the same manifest. */
export function plainApiObject(c: ConstructCase): Variant {
  const sample = sampleManifest(c);
  return {
    name: 'plain ApiObject',
    make: (chart, i) => {
      new ApiObject(chart, `svc${i}`, {
        apiVersion: sample.apiVersion,
        kind: sample.kind,
        metadata: { annotations: { ...sample.metadata.annotations } },
        spec: c.kind === 'Ingress'
          ? { ...sample.spec, rules: [{ ...sample.spec.rules[0], host: `shop${i}.contoso.com` }] }
          : { ...sample.spec, selector: { app: `web${i}` } },
      });
    },
  };
}

export function ours(c: ConstructCase, ownChart = true): Variant {
  return {
    name: `${c.name} (validated)`,
    make: (chart, i) => c.make(scopeOf(chart, c, ownChart), `svc${i}`, i),
  };
}

function gc(): void {
  (globalThis as any).gc?.();
}

/** Builds and synthesizes (validation included) `count` Services; returns the CPU time it took. */
function timedRun(variant: Variant, count: number): number {
  // No forced GC before a timed run: a full GC from global.gc() throws away compiled code and inline caches, and
  // the run after it paid for recompiling (2-3x the time at 1,000 Services, 1.3x at 10,000, for every variant).
  // CPU time of this process, not wall time: the machine that runs this may be busy with other work.
  const start = process.cpuUsage();
  const app = new App({ outdir: '/tmp/cdk8s-cloud-lb-bench' });
  const chart = new Chart(app, 'bench');
  build(variant, chart, count);
  const objects = chart.toJson();
  const used = process.cpuUsage(start);
  if (objects.length < count) throw new Error(`${variant.name} produced ${objects.length} objects, expected ${count}`);
  return (used.user + used.system) / 1000;
}

/** The heap that `count` Services still hold after synthesis (an untimed run between two full GCs). */
function heapHeldMb(variant: Variant, count: number): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const chart = new Chart(new App({ outdir: '/tmp/cdk8s-cloud-lb-bench' }), 'bench');
  build(variant, chart, count);
  chart.toJson();
  gc();
  const held = process.memoryUsage().heapUsed - before;
  if (chart.node.children.length === 0 && count > 0) throw new Error('unreachable: keeps the chart alive until the measure');
  return held / (1024 * 1024);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export interface Result { readonly variant: string; readonly count: number; readonly usPerService: number; readonly heapMb: number }

/** Runs the variants interleaved (round-robin) so that machine noise hits them alike; medians of `rounds` runs. */
export function compare(variants: readonly Variant[], count: number, rounds: number): Result[] {
  const samples = variants.map(() => [] as number[]);
  // Warm up the JIT (and its compiler threads) for every variant: at least 10,000 objects each. Ours run far more
  // distinct code per object (seventy rules) and reach their steady speed only after about 8,000 objects; the cold
  // speed, which is what one `cdk8s synth` sees, is measured apart (coldSynthesis).
  for (const v of variants) for (let done = 0; done < 10_000; done += count) timedRun(v, count);
  for (let round = 0; round < rounds; round++) {
    variants.forEach((v, i) => samples[i].push(timedRun(v, count)));
  }
  // Heap after the timings: the full GCs it needs would slow down the timed runs that follow them.
  const heaps = variants.map((v) => heapHeldMb(v, count));
  return variants.map((v, i) => ({
    variant: v.name,
    count,
    usPerService: (median(samples[i]) * 1000) / count,
    heapMb: heaps[i],
  }));
}

/**
 * One table per case and size: the median over the processes of each variant's time per object, its ratio to the
 * baseline's median, and the range of the ratios measured within each process (runs on a shared VM differ by 10-20%).
 */
export function printTable(title: string, perProcess: ReadonlyArray<readonly Result[]>, baseline: string): void {
  const variants = perProcess[0].map((r) => r.variant);
  const of = (results: readonly Result[], variant: string) => results.find((r) => r.variant === variant)!;
  const baseUs = median(perProcess.map((results) => of(results, baseline).usPerService));
  console.log(`\n${title}`);
  console.log('| variant | objects | CPU µs per object | ratio to baseline | ratio per process | heap held (MB) |');
  console.log('| --- | ---: | ---: | ---: | --- | ---: |');
  for (const variant of variants) {
    const us = median(perProcess.map((results) => of(results, variant).usPerService));
    const ratios = perProcess.map((results) => of(results, variant).usPerService / of(results, baseline).usPerService);
    const range = `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}x`;
    const heap = median(perProcess.map((results) => of(results, variant).heapMb));
    console.log(`| ${variant} | ${perProcess[0][0].count} | ${us.toFixed(1)} | ${(us / baseUs).toFixed(2)}x | ${range} | ${heap.toFixed(1)} |`);
  }
}

/** The name of the case that builds all six constructs in turn in one chart (and their baselines likewise). */
export const MIXED_CASE = 'all six constructs in turn, in one app';

/** The name of the case whose every Service selects a cdk8s-plus-28 Deployment of the app: the app judged as a set. */
export const WITH_WORKLOADS_CASE = 'LoadBalancerService + the cdk8s-plus-28 Deployment it selects';

/** The variants of a case, in the order of the tables: the baseline first. */
export function variantsOf(caseName: string): Variant[] {
  if (caseName === MIXED_CASE) return mixedVariants();
  if (caseName === WITH_WORKLOADS_CASE) return withWorkloadsVariants();
  const c = CONSTRUCT_CASES.find((x) => x.name === caseName);
  if (c === undefined) throw new Error(`no benchmark case named ${caseName}; the cases: ${[...CONSTRUCT_CASES.map((x) => x.name), MIXED_CASE].join(', ')}`);
  return [handAnnotatedKplus(c), plainApiObject(c), ours(c)];
}

/**
 * Object `i` is made by case `i % 6`: an app that uses every construct, where the code the constructs share (the
 * rule engine, rendering) sees every shape. The baselines cycle through their own variants likewise.
 */
function mixedVariants(): Variant[] {
  const perCase = CONSTRUCT_CASES.map((c) => [handAnnotatedKplus(c), plainApiObject(c), ours(c, false)]);
  const names = ['cdk8s-plus-28 Service or Ingress + hand-set annotations', 'plain ApiObject', 'our six constructs in turn (validated)'];
  return names.map((name, k) => ({
    name,
    prepare: (chart: Chart) => perCase.forEach((variants) => variants[k].prepare?.(chart)),
    make: (chart: Chart, i: number) => perCase[i % perCase.length][k].make(chart, i),
  }));
}

/** Object `i` is a Service and the Deployment it selects (its container declares the Service's target ports). */
function withWorkloadsVariants(): Variant[] {
  const service = CONSTRUCT_CASES.find((c) => c.name === 'LoadBalancerService')!;
  const deployment = (chart: Chart, i: number) => new kplus.Deployment(chart, `web${i}`, {
    containers: [{ image: 'web', ports: [{ number: 8080 }, { number: 8443 }], securityContext: { ensureNonRoot: false } }],
  });
  const kplusService = handAnnotatedKplus(service);
  const plain = plainApiObject(service);
  return [
    { name: `${kplusService.name} + its Deployment`, make: (chart, i) => { kplusService.make(chart, i); deployment(chart, i); } },
    { name: `${plain.name} + a cdk8s-plus-28 Deployment`, make: (chart, i) => { plain.make(chart, i); deployment(chart, i); } },
    {
      name: 'LoadBalancerService (validated, the app judged as a set) + its Deployment',
      make: (chart, i) => new LoadBalancerService(chart, `svc${i}`, {
        selector: deployment(chart, i),
        ports: [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }, { name: 'https', port: 443, targetPort: TargetPort.number(8443) }],
        annotations: ANNOTATIONS,
      }),
    },
  ];
}

/** Runs in a fresh process per case: the timings of every size, as JSON on the last line. */
function timingChild(args: string[]): void {
  const [caseName, rounds, ...sizes] = args;
  const variants = variantsOf(caseName);
  console.log(JSON.stringify(sizes.map((size) => compare(variants, Number(size), Number(rounds)))));
}

function main(): void {
  const quick = process.argv.includes('--quick');
  const sizes = quick ? [100] : [1000, 10000];
  const rounds = quick ? 1 : 5;
  const processes = quick ? 1 : 5;
  console.log(`cdk8s-cloud-lb synthesis benchmark: node ${process.version}, ${processes} fresh process(es) per case, ${rounds} interleaved rounds in each, medians`);
  const only = process.argv.find((a) => a.startsWith('--case='))?.slice('--case='.length);
  const caseNames = [...CONSTRUCT_CASES.map((c) => c.name), MIXED_CASE].filter((name) => only === undefined || name === only);
  if (caseNames.length === 0) variantsOf(only!); // throws with the list of cases
  for (const caseName of caseNames) {
    // A fresh process per case: in a shared one, each case ran with the inline caches and optimized code that the
    // cases before it had shaped (the fourth case paid up to 1.5x for the three before it). The mixed case measures
    // that sharing on purpose.
    // Several processes: the same code measured 1.13-1.42x in six processes in a row (JIT and GC decisions, a shared VM).
    const runs: Result[][][] = [];
    for (let p = 0; p < processes; p++) runs.push(benchChild(['--timing-child', caseName, String(rounds), ...sizes.map(String)]));
    const baseline = runs[0][0][0].variant;
    sizes.forEach((size, i) => printTable(`${caseName}: ${size} objects (baseline: ${baseline})`, runs.map((perSize) => perSize[i]), baseline));
    if (sizes.length === 2) {
      console.log('\nGrowth of the time per Service from the first to the second size (1.00 = linear; medians over the processes):');
      runs[0][0].forEach((r, v) => {
        const growth = median(runs.map((perSize) => perSize[1][v].usPerService / perSize[0][v].usPerService));
        console.log(`- ${r.variant}: ${growth.toFixed(2)}`);
      });
    }
  }
  coldSynthesis(only === undefined ? [...caseNames, WITH_WORKLOADS_CASE] : caseNames, quick ? [100] : [1000, 10_000], quick ? 1 : 3);
  if (only === undefined) {
    console.log(`\n${formatLintBench(benchLint(quick ? 500 : 10_000, quick ? 1 : 5))}`);
    console.log(`\n${formatLintSetBench(benchLintSet(quick ? [250, 500] : [5_000, 10_000], quick ? 1 : 3))}`);
    coldStart(quick ? 1 : 7);
    const cliServices = quick ? 500 : 10_000;
    console.log(`\n${formatCliProcessBench(benchCliProcesses(cliServices, quick ? 1 : 9), cliServices)}`);
  }
}

/**
 * What one `cdk8s synth` sees: a fresh process per variant synthesizes N objects once (CPU time from the first object
 * to the serialized manifests, the require of the libraries excluded), and its peak memory at 10,000 objects.
 */
function coldSynthesis(caseNames: readonly string[], sizes: readonly number[], repeats: number): void {
  console.log(`\nCold synthesis: each variant synthesizes N objects once in a fresh process (median of ${repeats} processes)`);
  console.log('(CPU µs per object; peak memory: MB of peak RSS above the RSS the process had before building them, at 10,000 objects)');
  const sizeColumns = sizes.map((n) => `${n.toLocaleString('en-US')}: cdk8s-plus-28 | ${n.toLocaleString('en-US')}: ours | ratio`);
  console.log(`| case | ${sizeColumns.join(' | ')} | peak MB cdk8s-plus-28 | peak MB ours | ratio |`);
  console.log(`| --- | ${sizes.map(() => '---: | ---: | ---:').join(' | ')} | ---: | ---: | ---: |`);
  for (const caseName of caseNames) {
    const cells: string[] = [];
    let memory: string[] = [];
    for (const count of sizes) {
      // Variant 0 is cdk8s-plus-28, 2 is ours (1, plain ApiObjects, is left out here).
      const runs = [0, 2].map((variant) => Array.from({ length: repeats }, () => synthesizeInFreshProcess(caseName, variant, count)));
      const us = runs.map((r) => median(r.map((m) => (m.cpuMs * 1000) / count)));
      cells.push(us[0].toFixed(0), us[1].toFixed(0), `${(us[1] / us[0]).toFixed(2)}x`);
      if (count === 10_000) {
        const mb = runs.map((r) => median(r.map((m) => m.peakMb - m.startMb)));
        memory = [mb[0].toFixed(0), mb[1].toFixed(0), `${(mb[1] / mb[0]).toFixed(2)}x`];
      }
    }
    console.log(`| ${caseName} | ${cells.join(' | ')} | ${(memory.length > 0 ? memory : ['-', '-', '-']).join(' | ')} |`);
  }
}

if (require.main === module) {
  const memory = process.argv.indexOf('--memory-child');
  const timing = process.argv.indexOf('--timing-child');
  if (memory >= 0) childMain(process.argv.slice(memory + 1), variantsOf, build);
  else if (timing >= 0) timingChild(process.argv.slice(timing + 1));
  else main();
}
