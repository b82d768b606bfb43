import { ProfileSource } from './config';
import { IpFamily } from '../core/enums';
import { ClusterProfile, ClusterProfileProps, ControllerRelease, LoadBalancerControllers } from '../profile/cluster-profile';
import { parseReleaseVersion } from '../profile/controller-version';
import { NEWEST_MINOR, OLDEST_MINOR, parseKubernetesVersion, versionText } from '../profile/kubernetes-version';
import { PROFILE_SPEC_SYNTAX, parseProfileSpec } from '../profile/profile-spec';

/**
 * The profile of the config file (a spec string or a mapping) and of `--profile`/`--kubernetes-version`: what each
 * platform's mapping takes, how it is checked (each wrong field on its own line), and how a version replaces the
 * profile's own.
 */

export const PLATFORMS = ['eks', 'aks', 'custom'] as const;
export type Platform = typeof PLATFORMS[number];

/** The controllers of `custom`'s `controllers`, and whether each takes `serviceMutatorWebhook`. */
export const CONTROLLER_KEYS: ReadonlyArray<readonly [keyof LoadBalancerControllers, boolean]> = [
  ['awsLoadBalancerController', true],
  ['cloudProviderAws', false],
  ['cloudProviderAzure', false],
  ['applicationGatewayIngressController', false],
];

/** The keys of each platform's mapping (besides `platform`), and the controller each platform takes directly. */
export const PLATFORM_KEYS: Readonly<Record<Platform, readonly string[]>> = {
  eks: ['name', 'kubernetesVersion', 'awsLoadBalancerController', 'ipFamilies'],
  aks: ['name', 'kubernetesVersion', 'applicationGatewayIngressController', 'ipFamilies'],
  custom: ['name', 'kubernetesVersion', 'controllers', 'nodePortRange', 'ipFamilies'],
};

export const IP_FAMILIES: readonly string[] = [IpFamily.IPV4, IpFamily.IPV6];

/** The Kubernetes versions judged, as a regular expression (the schema's pattern; the loader parses them). */
export function kubernetesVersionPattern(): string {
  return `^v?1\\.(?:${judgedMinors().join('|')})(?:\\.\\d{1,4})?(?:[-+][0-9A-Za-z.+-]*)?$`;
}

/** The Kubernetes minor versions judged: 26 to 37. */
export function judgedMinors(): number[] {
  const minors: number[] = [];
  for (let m = OLDEST_MINOR; m <= NEWEST_MINOR; m++) minors.push(m);
  return minors;
}

/** Receives the issues of a value at a path of the config file. */
export interface IssueSink {
  add(path: string, message: string, fix: string): void;
}

const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** How a non-string reads in a message; a number is most likely an unquoted version (YAML reads 1.30 as 1.3). */
function notAString(value: unknown, example: string): { message: string; fix: string } {
  if (typeof value === 'number') {
    return { message: `${value} is a number, not a string (YAML reads an unquoted 1.30 as the number 1.3).`, fix: `Quote it: "${example}".` };
  }
  return { message: `${JSON.stringify(value)} is not a string.`, fix: `Write a string, e.g. "${example}".` };
}

/** The spec with its Kubernetes version replaced (or added): `eks+lbc` with 1.31 is `eks-1.31+lbc`. */
export function specWithKubernetesVersion(spec: string, kubernetesVersion: string): string {
  const minor = parseKubernetesVersion(kubernetesVersion, '--kubernetes-version');
  const [head, ...rest] = spec.trim().split('+');
  const platform = head.trim().replace(/-.*$/, '');
  return [`${platform}-${versionText(minor)}`, ...rest].join('+');
}

/** A spec string as a profile source. @throws when the spec is not valid (the message names the part and the syntax) */
export function specSource(spec: string, where: string): ProfileSource {
  parseProfileSpec(spec, where);
  return {
    text: spec.trim(),
    build: (kubernetesVersion) => {
      return parseProfileSpec(kubernetesVersion === undefined ? spec : specWithKubernetesVersion(spec, kubernetesVersion), where);
    },
  };
}

/** `--kubernetes-version` alone: a custom profile with that version. */
export function versionOnlyProfile(kubernetesVersion: string): ClusterProfile {
  parseKubernetesVersion(kubernetesVersion, '--kubernetes-version');
  return ClusterProfile.custom({ kubernetesVersion });
}

function checkKeys(value: Record<string, unknown>, path: string, allowed: readonly string[], sink: IssueSink, what: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) sink.add(`${path}.${key}`, `${what} has no key "${key}".`, `Use ${allowed.join(', ')}.`);
  }
}

function stringAt(value: Record<string, unknown>, key: string, path: string, sink: IssueSink, example: string): string | undefined {
  const v = value[key];
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v;
  const { message, fix } = notAString(v, example);
  sink.add(`${path}.${key}`, `${key}: ${message}`, fix);
  return undefined;
}

function releaseAt(value: unknown, path: string, sink: IssueSink, withWebhook: boolean, name: string): ControllerRelease | undefined {
  const keys = withWebhook ? ['version', 'serviceMutatorWebhook'] : ['version'];
  if (!isMapping(value)) {
    sink.add(path, `${name} must be a mapping (${keys.join(', ')}), not ${JSON.stringify(value)}.`, `Write ${name}: {} for any release, or ${name}: { version: "v2.8.1" }.`);
    return undefined;
  }
  checkKeys(value, path, keys, sink, name);
  const version = stringAt(value, 'version', path, sink, 'v2.8.1');
  if (version !== undefined) {
    try {
      parseReleaseVersion(version, `${name}.version`);
    } catch (e) {
      sink.add(`${path}.version`, (e as Error).message.replace(/ Write it as .*$/, ''), 'Write a release, e.g. "v2.8.1" or "2.8".');
    }
  }
  const webhook = value.serviceMutatorWebhook;
  if (withWebhook && webhook !== undefined && typeof webhook !== 'boolean') {
    sink.add(`${path}.serviceMutatorWebhook`, `serviceMutatorWebhook: ${JSON.stringify(webhook)} is not a boolean.`, 'Write true or false (the Helm value enableServiceMutatorWebhook).');
  }
  return withWebhook ? { version, serviceMutatorWebhook: typeof webhook === 'boolean' ? webhook : undefined } as ControllerRelease : { version };
}

/**
 * The profile mapping at `path`, checked field by field.
 * @returns undefined when an issue was reported
 */
export function mappingSource(value: Record<string, unknown>, path: string, sink: IssueSink): ProfileSource | undefined {
  let issues = 0;
  const counting: IssueSink = { add: (p, m, f) => { issues++; sink.add(p, m, f); } };
  const platform = value.platform;
  if (!PLATFORMS.includes(platform as Platform)) {
    counting.add(platform === undefined ? path : `${path}.platform`,
      platform === undefined ? 'the profile mapping has no platform.' : `platform ${JSON.stringify(platform)} is not a platform.`,
      `Set platform: ${PLATFORMS.join(', ')} (or write the profile on one line: ${PROFILE_SPEC_SYNTAX}).`);
    return undefined;
  }
  const p = platform as Platform;
  checkKeys(value, path, ['platform', ...PLATFORM_KEYS[p]], counting, `the ${p} profile mapping`);
  const name = stringAt(value, 'name', path, counting, 'prod-eks');
  const kubernetesVersion = stringAt(value, 'kubernetesVersion', path, counting, `1.${NEWEST_MINOR - 2}`);
  if (kubernetesVersion !== undefined) {
    try {
      parseKubernetesVersion(kubernetesVersion, 'kubernetesVersion');
    } catch (e) {
      counting.add(`${path}.kubernetesVersion`, (e as Error).message.replace(/ Write the minor version.*$/, ''), `Write a minor version from 1.${OLDEST_MINOR} to 1.${NEWEST_MINOR}, quoted, e.g. "1.${NEWEST_MINOR - 2}".`);
    }
  }
  let ipFamilies: IpFamily[] | undefined;
  if (value.ipFamilies !== undefined) {
    const families = value.ipFamilies;
    const valid = Array.isArray(families) && families.length > 0 && new Set(families).size === families.length;
    if (!valid || families.some((f: unknown) => !IP_FAMILIES.includes(f as string))) {
      counting.add(`${path}.ipFamilies`, `ipFamilies ${JSON.stringify(families)} is not a list of IP families.`, 'Write [IPv4], [IPv6] or [IPv4, IPv6].');
    } else {
      ipFamilies = families as IpFamily[];
    }
  }
  let nodePortRange: string | undefined;
  const props: Record<string, unknown> = { name, kubernetesVersion, ipFamilies };
  if (p === 'eks' && value.awsLoadBalancerController !== undefined) {
    props.awsLoadBalancerController = releaseAt(value.awsLoadBalancerController, `${path}.awsLoadBalancerController`, counting, true, 'awsLoadBalancerController');
  }
  if (p === 'aks' && value.applicationGatewayIngressController !== undefined) {
    props.applicationGatewayIngressController = releaseAt(value.applicationGatewayIngressController, `${path}.applicationGatewayIngressController`, counting, false, 'applicationGatewayIngressController');
  }
  if (p === 'custom') {
    nodePortRange = stringAt(value, 'nodePortRange', path, counting, '30000-32767');
    props.nodePortRange = nodePortRange;
    const controllers = value.controllers;
    if (controllers !== undefined) {
      if (!isMapping(controllers)) {
        counting.add(`${path}.controllers`, `controllers must be a mapping, not ${JSON.stringify(controllers)}.`, `Name the controllers that run: ${CONTROLLER_KEYS.map(([k]) => k).join(', ')} (each {} or { version: ... }); {} for none.`);
      } else {
        checkKeys(controllers, `${path}.controllers`, CONTROLLER_KEYS.map(([k]) => k), counting, 'controllers');
        const declared: Record<string, unknown> = {};
        for (const [key, webhook] of CONTROLLER_KEYS) {
          if (controllers[key] !== undefined) declared[key] = releaseAt(controllers[key], `${path}.controllers.${key}`, counting, webhook, key);
        }
        props.controllers = declared;
      }
    }
  }
  if (issues > 0) return undefined;
  const build = (version?: string): ClusterProfile => {
    const withVersion = { ...props, kubernetesVersion: version ?? kubernetesVersion };
    if (p === 'eks') return ClusterProfile.eks(withVersion);
    if (p === 'aks') return ClusterProfile.aks(withVersion);
    return ClusterProfile.custom(withVersion as ClusterProfileProps);
  };
  try {
    build();
  } catch (e) {
    const fieldPath = nodePortRange !== undefined && /nodePortRange/.test((e as Error).message) ? `${path}.nodePortRange` : path;
    sink.add(fieldPath, (e as Error).message, 'Correct the profile as the message says (docs/profiles.md).');
    return undefined;
  }
  return { text: `the ${p} profile mapping`, build };
}
