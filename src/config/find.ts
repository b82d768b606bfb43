import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAME, ConfigError, LintConfig } from './config';
import { parseConfig } from './validate';

/** The file system as the loader uses it; a test passes its own. */
export interface ConfigFileSystem {
  /** Whether a regular file exists at the path. */
  isFile(file: string): boolean;
  read(file: string): string;
}

export const NODE_FILE_SYSTEM: ConfigFileSystem = {
  isFile: (file) => {
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  },
  read: (file) => fs.readFileSync(file, 'utf8'),
};

/**
 * The first `.cdk8s-cloud-lb.yaml` from `startDir` up to the filesystem root.
 * @returns its absolute path, or undefined when there is none
 */
export function findConfigFile(startDir: string, files: ConfigFileSystem = NODE_FILE_SYSTEM): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (files.isFile(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Reads and checks a config file.
 * @param file absolute, or relative to `cwd`
 * @throws ConfigError when it cannot be read or is not valid
 */
export function loadConfigFile(file: string, cwd: string, files: ConfigFileSystem = NODE_FILE_SYSTEM): LintConfig {
  const absolute = path.resolve(cwd, file);
  let text: string;
  try {
    text = files.read(absolute);
  } catch (e) {
    throw new ConfigError(file, [{ line: 0, message: `cannot read the config file (${(e as Error).message}).`, fix: 'Give the path of an existing file to --config, or leave --config out to use the .cdk8s-cloud-lb.yaml found from the working directory up.' }]);
  }
  const config = parseConfig(text, file);
  return { ...config, file: absolute };
}

/**
 * The config that applies: the file given (it must exist), or else the one found upward from `cwd`, or none.
 * @throws ConfigError
 */
export function configFor(
  options: { readonly cwd: string; readonly file?: string; readonly disabled?: boolean }, files: ConfigFileSystem = NODE_FILE_SYSTEM,
): LintConfig | undefined {
  if (options.file !== undefined) return loadConfigFile(options.file, options.cwd, files);
  if (options.disabled) return undefined;
  const found = findConfigFile(options.cwd, files);
  return found === undefined ? undefined : loadConfigFile(found, options.cwd, files);
}
