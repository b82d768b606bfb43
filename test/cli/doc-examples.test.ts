import * as fs from 'fs';
import * as path from 'path';
import { runCliIn } from './run-cli';

/**
 * Every `$ npx cdk8s-cloud-lb …` session shown in README.md and docs/cli.md is run from the repository root and must
 * print what the page shows: the same lines (a `...` line stands for any lines), and `exit code: N` when the command
 * ends with `; echo "exit code: $?"`. `| tail -1` compares the last line; a leading `cd DIR &&` runs in DIR.
 */
const ROOT = path.join(__dirname, '..', '..');
const PAGES = ['README.md', 'docs/cli.md'];
const PROMPT = '$ npx cdk8s-cloud-lb ';
const ECHO_EXIT = '; echo "exit code: $?"';

interface Session {
  readonly page: string;
  readonly line: number;
  readonly cwd: string;
  readonly argv: string[];
  readonly tail?: number;
  readonly echoExit: boolean;
  readonly expected: string[];
}

/** The sessions of one page: console blocks whose first line is a cdk8s-cloud-lb command. */
function sessionsOf(page: string): Session[] {
  const text = fs.readFileSync(path.join(ROOT, page), 'utf-8');
  const sessions: Session[] = [];
  for (const m of text.matchAll(/```console\n([\s\S]*?)```/g)) {
    const [first, ...rest] = m[1].replace(/\n$/, '').split('\n');
    let command = first;
    let cwd = ROOT;
    const cd = /^\$ cd (\S+) && npx cdk8s-cloud-lb /.exec(command);
    if (cd) {
      cwd = path.join(ROOT, cd[1]);
      command = PROMPT + command.slice(cd[0].length);
    }
    if (!command.startsWith(PROMPT)) continue;
    command = command.slice(PROMPT.length).trim();
    const echoExit = command.endsWith(ECHO_EXIT);
    if (echoExit) command = command.slice(0, -ECHO_EXIT.length).trim();
    let tail: number | undefined;
    const piped = /\s*\|\s*tail -(\d+)$/.exec(command);
    if (piped) {
      tail = Number(piped[1]);
      command = command.slice(0, piped.index);
    }
    const line = text.slice(0, m.index).split('\n').length + 1;
    sessions.push({ page, line, cwd, argv: command.split(/\s+/).filter((a) => a !== ''), tail, echoExit, expected: rest });
  }
  return sessions;
}

/** Whether the actual lines are the expected ones, where a `...` line of the expected stands for any lines. */
function matches(actual: readonly string[], expected: readonly string[]): boolean {
  const segments: string[][] = [[]];
  for (const e of expected) {
    if (e === '...') segments.push([]);
    else segments[segments.length - 1].push(e);
  }
  const same = (at: number, segment: readonly string[]) => segment.every((e, i) => actual[at + i] === e);
  if (segments.length === 1) return actual.length === expected.length && same(0, expected);
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!same(0, first) || !same(actual.length - last.length, last)) return false;
  let at = first.length;
  for (const segment of segments.slice(1, -1)) {
    while (at + segment.length <= actual.length - last.length && !same(at, segment)) at++;
    if (at + segment.length > actual.length - last.length) return false;
    at += segment.length;
  }
  return at <= actual.length - last.length;
}

const sessions = PAGES.flatMap(sessionsOf);

test('the pages show cdk8s-cloud-lb sessions to check', () => {
  expect(sessions.filter((s) => s.page === 'README.md').length).toBeGreaterThanOrEqual(2);
  expect(sessions.filter((s) => s.page === 'docs/cli.md').length).toBeGreaterThanOrEqual(6);
});

test.each(sessions.map((s) => [`${s.page}:${s.line} cdk8s-cloud-lb ${s.argv.join(' ')}`, s] as const))('%s', (_name, session) => {
  const run = runCliIn(session.cwd, session.argv);
  // A terminal shows both streams; the pages show stderr where the command writes it.
  let lines = (run.stderr + run.stdout).replace(/\n$/, '').split('\n');
  if (session.tail !== undefined) lines = lines.slice(-session.tail);
  if (session.echoExit) lines.push(`exit code: ${run.code}`);
  if (!matches(lines, session.expected)) expect(lines.join('\n')).toBe(session.expected.join('\n'));
});

test('the comparison: exact lines, or the lines around "..." in order', () => {
  expect(matches(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(true);
  expect(matches(['a', 'b', 'c'], ['a', 'c'])).toBe(false);
  expect(matches(['a', 'b', 'c', 'd'], ['a', '...', 'd'])).toBe(true);
  expect(matches(['a', 'b', 'c', 'd'], ['a', '...', 'c', '...', 'd'])).toBe(true);
  expect(matches(['a', 'b', 'd'], ['a', '...', 'c', '...', 'd'])).toBe(false);
  expect(matches(['a', 'd'], ['a', '...', 'x'])).toBe(false);
});
