/**
 * Cold synthesis and peak memory: each variant synthesizes `count` Services once in a fresh Node process of its own,
 * as one `cdk8s synth` does, and reports the CPU time that took and its peak resident set size
 * (process.resourceUsage().maxRSS). In-process heap figures cannot give a peak: synthesis is one synchronous call, and
 * the heap is shared by every variant of the run. Also the runner of the per-case timing processes.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import { App, Chart } from 'cdk8s';

const ROOT = path.join(__dirname, '..');

/** Runs in the child: builds and synthesizes once, then prints the peak RSS in MB and the CPU time it took. */
export function childMain(
  args: string[],
  variants: (caseName: string) => Array<{ name: string }>,
  build: (variant: any, chart: Chart, count: number) => void,
): void {
  const [caseName, variantIndex, count] = [args[0], Number(args[1]), Number(args[2])];
  const variant = variants(caseName)[variantIndex];
  const baseline = process.resourceUsage().maxRSS;
  const start = process.cpuUsage();
  const chart = new Chart(new App({ outdir: '/tmp/cdk8s-cloud-lb-bench' }), 'bench');
  build(variant, chart, count);
  chart.toJson();
  const cpu = process.cpuUsage(start);
  console.log(JSON.stringify({ peakMb: process.resourceUsage().maxRSS / 1024, startMb: baseline / 1024, cpuMs: (cpu.user + cpu.system) / 1000 }));
}

/** One synthesis of a variant in a child process (the same entry point, with `--memory-child`): its peak RSS and CPU time. */
export function synthesizeInFreshProcess(
  caseName: string,
  variantIndex: number,
  count: number,
): { peakMb: number; startMb: number; cpuMs: number } {
  return benchChild(['--memory-child', caseName, String(variantIndex), String(count)]);
}

/** Runs bench/main.ts in a fresh Node process with `args` and returns the JSON of the last line it prints. */
export function benchChild(args: string[]): any {
  const out = execFileSync(process.execPath, ['--expose-gc', '-r', 'ts-node/register/transpile-only', path.join(__dirname, 'main.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.dev.json' },
    encoding: 'utf-8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}
