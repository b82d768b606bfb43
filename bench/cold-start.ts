/**
 * Cold start: the time for a fresh Node process to `require` the compiled library, against cdk8s-plus-28 alone and
 * against an empty process. Needs the compiled library (`npx projen compile` writes lib/).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');

function timeRequire(expression: string): number {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, ['-e', expression], { cwd: ROOT, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function coldStart(runs: number): void {
  if (!fs.existsSync(path.join(ROOT, 'lib', 'index.js'))) {
    console.log('\nCold start: skipped (run `npx projen compile` first to build lib/)');
    return;
  }
  const cases = [
    { name: 'empty node process', expression: '0' },
    { name: "require('cdk8s-plus-28')", expression: "require('cdk8s-plus-28')" },
    { name: "require('cdk8s-cloud-lb') (lib/)", expression: "require('./lib')" },
  ];
  const samples = cases.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) cases.forEach((c, j) => samples[j].push(timeRequire(c.expression)));
  const base = median(samples[1]);
  console.log(`\nCold start (median of ${runs} fresh processes each, interleaved)`);
  console.log('| what | ms | ratio to cdk8s-plus-28 |');
  console.log('| --- | ---: | ---: |');
  cases.forEach((c, j) => console.log(`| ${c.name} | ${median(samples[j]).toFixed(0)} | ${(median(samples[j]) / base).toFixed(2)}x |`));
}

if (require.main === module) coldStart(7);
