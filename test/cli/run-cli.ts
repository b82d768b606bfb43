import { runCli } from '../../src/cli/cli';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in process, in `cwd`, without colour; stdin is `stdin`. */
export function runCliIn(cwd: string, argv: readonly string[], stdin = ''): CliRun {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readStdin: () => stdin, color: false, cwd });
  return { code, stdout, stderr };
}
