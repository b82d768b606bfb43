import { lintLoaded } from './run';
import { LintOptions, LintReport } from './structs';
import { loadInputs } from '../yaml/files';
import { loadYaml } from '../yaml/load';

/**
 * Lints any YAML (Helm output, Kustomize output, hand-written files) with the built-in rules: the same verdict as the
 * constructs give at synth. Every LoadBalancer Service and Ingress is judged; other kinds are skipped.
 */
export class Linter {
  /**
   * Lints a multi-document YAML text.
   * @param yaml the YAML text
   */
  public static lintYaml(yaml: string, options: LintOptions = {}): LintReport {
    return lintLoaded(loadYaml(yaml, options.fileName ?? '-'), options);
  }

  /**
   * Lints YAML files and directories (their .yaml and .yml files, recursively).
   * @param paths files or directories
   */
  public static lintFiles(paths: string[], options: LintOptions = {}): LintReport {
    return lintLoaded(loadInputs(paths), options);
  }

  private constructor() {}
}
