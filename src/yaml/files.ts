import * as fs from 'fs';
import * as path from 'path';
import { LoadProblem, LoadResult, loadYaml } from './load';

const YAML_FILE = /\.ya?ml$/i;

/** The YAML files under a directory, recursively, sorted; hidden directories and node_modules are skipped. */
export function yamlFilesUnder(dir: string): string[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') || entry.name === 'node_modules' ? [] : yamlFilesUnder(full);
    return entry.isFile() && YAML_FILE.test(entry.name) ? [full] : [];
  });
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'ENOENT';
}

/** The inputs that do not exist (`-`, stdin, always does), relative ones resolved against `cwd`. */
export function missingInputs(inputs: readonly string[], cwd: string = process.cwd()): string[] {
  return inputs.filter((input) => input !== '-' && !fs.existsSync(path.resolve(cwd, input)));
}

/**
 * Reads files, directories (their .yaml/.yml files, recursively) and `-` (the given stdin text).
 * @param cwd what relative inputs are relative to (default: the process's working directory); files are still named
 *   as given (a file found under a directory: the directory as given, joined with its path below it)
 */
export function loadInputs(inputs: readonly string[], readStdin: () => string = () => fs.readFileSync(0, 'utf8'), cwd?: string): LoadResult {
  const at = (p: string) => (cwd === undefined ? p : path.resolve(cwd, p));
  const results: LoadResult[] = [];
  const unreadable: LoadProblem[] = [];
  for (const input of inputs) {
    if (input === '-') {
      results.push(loadYaml(readStdin(), '-'));
      continue;
    }
    let files: string[];
    try {
      files = fs.statSync(at(input)).isDirectory() ? yamlFilesUnder(at(input)).map((f) => path.join(input, path.relative(at(input), f))) : [input];
    } catch (e) {
      unreadable.push({ file: input, line: 0, message: isMissing(e) ? 'no such file or directory' : `cannot read: ${(e as Error).message}` });
      continue;
    }
    if (files.length === 0) unreadable.push({ file: input, line: 0, message: 'the directory has no .yaml or .yml file' });
    for (const file of files) {
      let text: string;
      try {
        text = fs.readFileSync(at(file), 'utf8');
      } catch (e) {
        unreadable.push({ file, line: 0, message: `cannot read: ${(e as Error).message}` });
        continue;
      }
      results.push(loadYaml(text, file));
    }
  }
  return {
    objects: results.flatMap((r) => r.objects),
    problems: [...unreadable, ...results.flatMap((r) => r.problems)],
    documents: results.reduce((sum, r) => sum + r.documents, 0),
  };
}
