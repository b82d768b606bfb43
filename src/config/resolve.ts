import { LintConfig } from './config';
import { ConfigFileSystem, NODE_FILE_SYSTEM, configFor } from './find';
import { specSource, versionOnlyProfile } from './profile';
import { ClusterProfile } from '../profile/cluster-profile';

/** What the CLI's flags (or the plugin's properties) say about the config and the profile. */
export interface SettingsRequest {
  /** The directory the config file is looked for from, and relative paths are read from. */
  readonly cwd: string;
  /** `--config FILE`: this file, which must exist. */
  readonly configFile?: string;
  /** `--no-config`: no config file. */
  readonly noConfig?: boolean;
  /** `--profile SPEC`: wins over the config file's profile. */
  readonly profile?: string;
  /** `--kubernetes-version`: replaces the version of the profile (of the flag or the config file); alone, a custom profile with it. */
  readonly kubernetesVersion?: string;
  /** How messages name the profile's origin. Default: "--profile". */
  readonly profileOrigin?: string;
}

/** The config file (if any) and the profile to judge for (if any). */
export interface LintSettings {
  readonly config?: LintConfig;
  readonly profile?: ClusterProfile;
}

/** A flag (or plugin property) that cannot be used: a usage error. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

/**
 * The settings of a lint run: the flags win over the config file.
 * @throws ConfigError for the config file, SettingsError for a flag
 */
export function resolveSettings(request: SettingsRequest, files: ConfigFileSystem = NODE_FILE_SYSTEM): LintSettings {
  if (request.configFile !== undefined && request.noConfig) throw new SettingsError('--config and --no-config exclude each other.');
  const config = configFor({ cwd: request.cwd, file: request.configFile, disabled: request.noConfig }, files);
  let source = config?.profile;
  if (request.profile !== undefined) {
    try {
      source = specSource(request.profile, request.profileOrigin ?? '--profile');
    } catch (e) {
      throw new SettingsError((e as Error).message);
    }
  }
  try {
    if (source !== undefined) return { config, profile: source.build(request.kubernetesVersion) };
    if (request.kubernetesVersion !== undefined) return { config, profile: versionOnlyProfile(request.kubernetesVersion) };
  } catch (e) {
    throw new SettingsError((e as Error).message);
  }
  return { config };
}
