import { PathGlob } from './glob';
import { ClusterProfile } from '../profile/cluster-profile';
import { Severity } from '../rules/rule';

/** The config file's name, looked for from the working directory up to the filesystem root. */
export const CONFIG_FILE_NAME = '.cdk8s-cloud-lb.yaml';

/** The top-level keys of the config file. */
export const CONFIG_KEYS = ['profile', 'ignore', 'overrides', 'severity'] as const;
/** The keys of one entry of `overrides`. */
export const OVERRIDE_KEYS = ['files', 'ignore', 'severity'] as const;

/** The profile the config file declares, built on demand: `--kubernetes-version` can replace its version. */
export interface ProfileSource {
  /** The spec or "the mapping", for messages. */
  readonly text: string;
  /** @throws when the profile (with that version) is not valid */
  build(kubernetesVersion?: string): ClusterProfile;
}

/** Rules ignored and severities changed, everywhere or for the files of an override. */
export interface RuleSettings {
  readonly ignore: readonly string[];
  readonly severity: ReadonlyMap<string, Severity>;
}

export interface ConfigOverride extends RuleSettings {
  readonly files: readonly PathGlob[];
}

/** A validated config file. */
export interface LintConfig extends RuleSettings {
  /** Absolute path of the file; `overrides[].files` are relative to its directory. */
  readonly file: string;
  readonly profile?: ProfileSource;
  readonly overrides: readonly ConfigOverride[];
}

/** One thing wrong in a config file, on a line, with its fix. */
export interface ConfigIssue {
  /** 1-based; 0 when the whole file is unreadable. */
  readonly line: number;
  readonly message: string;
  readonly fix: string;
}

/** A config file that cannot be used: every issue, each with the file, its line and the fix. */
export class ConfigError extends Error {
  constructor(public readonly file: string, public readonly issues: readonly ConfigIssue[]) {
    super(issues.map((i) => `${file}${i.line > 0 ? `:${i.line}` : ''}: ${i.message} Fix: ${i.fix}`).join('\n'));
    this.name = 'ConfigError';
  }
}
