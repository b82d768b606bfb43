import * as fs from 'fs';
import * as path from 'path';
import { parseYamlDocument } from '../yaml/yaml';

/**
 * Whether the warnings of this synth are reported by the cdk8s-cli validation plugin (src/cli/plugin.ts), so that the
 * constructs do not print the same warnings a second time.
 *
 * `cdk8s synth` runs the app in the directory of its cdk8s.yaml and, when it will run validations afterwards (there
 * are some, and no --no-validate), sets CDK8S_RECORD_CONSTRUCT_METADATA=true for the app. When that cdk8s.yaml also
 * names the plugin's class, the plugin judges every manifest the app writes and reports each warning with its file,
 * line and construct path. Anywhere else (a plain `node main.js`, Testing.synth, other plugins only, validations given
 * as a URL), the constructs print their warnings as always.
 */

/** The class cdk8s.yaml names for this library's plugin. */
export const PLUGIN_CLASS = 'CloudLbValidation';

/** Whether a cdk8s.yaml text lists this library's plugin among its validations. */
export function configuresCloudLbPlugin(cdk8sYaml: string): boolean {
  let config: unknown;
  try {
    config = parseYamlDocument(cdk8sYaml);
  } catch {
    return false;
  }
  const validations = (config as { validations?: unknown } | null)?.validations;
  return Array.isArray(validations) && validations.some((v) => (v as { class?: unknown } | null)?.class === PLUGIN_CLASS);
}

const answers = new Map<string, boolean>();

/** Whether the plugin will report this synth's warnings (cdk8s.yaml is read once per directory). */
export function warningsReportedByPlugin(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): boolean {
  if (env.CDK8S_RECORD_CONSTRUCT_METADATA !== 'true') return false;
  let answer = answers.get(cwd);
  if (answer === undefined) {
    const file = path.join(cwd, 'cdk8s.yaml');
    answer = fs.existsSync(file) && configuresCloudLbPlugin(fs.readFileSync(file, 'utf8'));
    answers.set(cwd, answer);
  }
  return answer;
}
