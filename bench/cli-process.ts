/**
 * The CLI as its users run it: whole processes, wall time, interleaved runs, medians. `lint --format json` of a
 * 10,000-Service file against a process that only parses the same file with js-yaml (target: within 1.5x), and of a
 * 20-document file against `node -e 0` (target: within 40 ms). Needs the compiled CLI (`npx projen compile` writes lib/ and the bundle of the bin).
 * Run alone with `npx ts-node --transpile-only --project tsconfig.dev.json bench/cli-process.ts [runs]`.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateServices } from './lint';

const ROOT = path.join(__dirname, '..');
/** The executable that `npx cdk8s-cloud-lb` runs: package.json's bin. */
const CLI = path.join(ROOT, JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf-8')).bin['cdk8s-cloud-lb']);

export interface ProcessCase {
  readonly name: string;
  readonly args: string[];
}

export interface ProcessBenchResult {
  readonly runs: number;
  /** Median wall ms per case name. */
  readonly medianMs: { [name: string]: number };
}

function wallMs(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // lint exits 1 on errors, which these files have on purpose; anything else is a broken benchmark.
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')}: exit ${run.status}: ${run.stderr}`);
  return ms;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The cases, each a node command line; files written to a temp directory that the caller removes. */
function casesIn(dir: string, services: number): ProcessCase[] {
  const big = path.join(dir, `services-${services}.yaml`);
  const small = path.join(dir, 'services-20.yaml');
  fs.writeFileSync(big, generateServices(services));
  fs.writeFileSync(small, generateServices(20));
  const jsYaml = require.resolve('js-yaml', { paths: [ROOT] });
  const parseOnly = (file: string) => `require(${JSON.stringify(jsYaml)}).loadAll(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`;
  return [
    { name: 'node -e 0', args: ['-e', '0'] },
    { name: 'js-yaml parse only, 20 documents', args: ['-e', parseOnly(small)] },
    { name: 'lint --format json, 20 documents', args: [CLI, 'lint', small, '--format', 'json', '--no-config'] },
    { name: `js-yaml parse only, ${services.toLocaleString('en-US')} Services`, args: ['-e', parseOnly(big)] },
    { name: `lint --format json, ${services.toLocaleString('en-US')} Services`, args: [CLI, 'lint', big, '--format', 'json', '--no-config'] },
  ];
}

export function benchCliProcesses(services = 10_000, runs = 7): ProcessBenchResult | undefined {
  if (!fs.existsSync(CLI)) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-cloud-lb-bench-'));
  try {
    const cases = casesIn(dir, services);
    cases.forEach((c) => wallMs(c.args)); // warm the file system cache
    const samples = cases.map(() => [] as number[]);
    for (let i = 0; i < runs; i++) cases.forEach((c, j) => samples[j].push(wallMs(c.args)));
    return { runs, medianMs: Object.fromEntries(cases.map((c, j) => [c.name, Math.round(median(samples[j]))])) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function formatCliProcessBench(r: ProcessBenchResult | undefined, services = 10_000): string {
  if (r === undefined) return 'CLI, whole processes: skipped (run `npx projen compile` first to build lib/)';
  const n = services.toLocaleString('en-US');
  const ms = r.medianMs;
  const lintBig = ms[`lint --format json, ${n} Services`];
  const parseBig = ms[`js-yaml parse only, ${n} Services`];
  const lintSmall = ms['lint --format json, 20 documents'];
  const empty = ms['node -e 0'];
  return [
    `CLI, whole processes (wall ms, median of ${r.runs} interleaved runs each)`,
    '| process | ms |',
    '| --- | ---: |',
    ...Object.entries(ms).map(([name, value]) => `| ${name} | ${value} |`),
    `- ${n} Services: lint ${lintBig} ms = ${(lintBig / parseBig).toFixed(2)}x the js-yaml parse alone (target ≤ 1.50x); `
      + `${Math.round(services / (lintBig / 1000)).toLocaleString('en-US')} Services/s end to end`,
    `- 20 documents: lint ${lintSmall} ms = node -e 0 + ${lintSmall - empty} ms (target ≤ 40 ms)`,
  ].join('\n');
}

if (require.main === module) {
  const runs = Number(process.argv[2] ?? 7);
  console.log(formatCliProcessBench(benchCliProcesses(10_000, runs)));
}
