/**
 * Which file under src/rules defines each rule, found by reading the sources: nothing is recorded at runtime, so the
 * rules cost nothing more to build or run, and the answer follows a rule when it moves to another file.
 */
import * as fs from 'fs';
import * as path from 'path';
import { IRule } from '../src';

/** A source file: its path relative to the repository root, with "/" separators, and its text. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** The root of the repository (scripts/ sits directly under it). */
export const REPO_ROOT = path.join(__dirname, '..');

/** Every .ts file under a directory of the repository, sorted by path so that the scan is deterministic. */
export function readSources(dir: string, root = REPO_ROOT): SourceFile[] {
  const out: SourceFile[] = [];
  const visit = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) visit(child);
      else if (entry.name.endsWith('.ts')) out.push({ path: child, text: fs.readFileSync(path.join(root, child), 'utf-8') });
    }
  };
  visit(dir);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function quoted(id: string): RegExp {
  return new RegExp(`['"\`]${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`);
}

/**
 * The file that defines a rule. Most rules are literals (`id: 'K8S-SVC-001'`), and other files may name the id in a
 * message, so a file with that literal wins. A few rules are built by a helper that takes the id as an argument
 * (`rangeRule('AZ-AGIC-005', ...)`): then the only file that quotes the id is the one. Anything else throws, so that a
 * stale or ambiguous answer never reaches RULES.md.
 */
export function definingFile(id: string, files: readonly SourceFile[]): string {
  const literal = new RegExp(`\\bid:\\s*${quoted(id).source}`);
  const defining = files.filter((f) => literal.test(f.text));
  if (defining.length === 1) return defining[0].path;
  if (defining.length > 1) throw new Error(`${id} has an id literal in several files: ${defining.map((f) => f.path).join(', ')}`);
  const naming = files.filter((f) => quoted(id).test(f.text));
  if (naming.length === 1) return naming[0].path;
  throw new Error(`cannot tell which file defines ${id}: it is quoted in ${naming.length === 0 ? 'no file' : naming.map((f) => f.path).join(', ')}`);
}

/** The defining file of every rule, by id. */
export function ruleSourceFiles(rules: readonly IRule[], files: readonly SourceFile[] = readSources('src/rules')): Map<string, string> {
  return new Map(rules.map((rule) => [rule.id, definingFile(rule.id, files)]));
}
