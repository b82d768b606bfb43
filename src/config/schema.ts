import { CONFIG_FILE_NAME, CONFIG_KEYS, OVERRIDE_KEYS } from './config';
import { CONTROLLER_KEYS, IP_FAMILIES, PLATFORM_KEYS, judgedMinors, kubernetesVersionPattern } from './profile';
import { PARENT_SEGMENT } from './validate';
import { Severity } from '../rules/rule';

/**
 * The JSON Schema of the config file (draft-07, which editors' YAML plugins read), written to
 * schema/cdk8s-cloud-lb.schema.json by scripts/config-schema.ts. It is built from the same key lists as the loader
 * (validate.ts, profile.ts), and the rule ids are an enum of `Rules.all()`. What it cannot say the loader still
 * checks (a release version's syntax in full, a node port range's bounds, a spec's duplicate controllers).
 */

export const SCHEMA_ID = 'https://raw.githubusercontent.com/cdk8s-cloud-lb/cdk8s-cloud-lb/main/schema/cdk8s-cloud-lb.schema.json';

/** A Kubernetes version in a spec: a minor that the library judges, and an optional patch. */
const SPEC_VERSION = `v?1\\.(?:${judgedMinors().join('|')})(?:\\.\\d+)?`;
const RELEASE = 'v?\\d+(?:\\.\\d+){0,2}';
/** The one-line profile spec (ClusterProfile.fromSpec) as a pattern. */
export function profileSpecPattern(): string {
  const sp = '\\s*';
  const eks = `eks(?:-${SPEC_VERSION})?(?:${sp}\\+${sp}lbc(?:-${RELEASE})?(?:-no-webhook)?)*`;
  const aks = `aks(?:-${SPEC_VERSION})?(?:${sp}\\+${sp}agic(?:-${RELEASE})?)*`;
  return `^${sp}(?:${eks}|${aks})${sp}$`;
}

const sameKeys = (object: object, keys: readonly string[]) => Object.keys(object).sort().join() === [...keys].sort().join();

export function configSchema(ruleIds: readonly string[]): object {
  const ruleId = { $ref: '#/definitions/ruleId' };
  const release = (withWebhook: boolean) => ({
    type: 'object',
    additionalProperties: false,
    properties: {
      version: { type: 'string', pattern: `^${RELEASE}(?:[-+][0-9A-Za-z.+-]*)?$`, description: 'The release, e.g. "v2.8.1" or "2.8" (a release line); left out: any release.' },
      ...(withWebhook ? { serviceMutatorWebhook: { type: 'boolean', description: 'Whether its Service mutator webhook runs (Helm value enableServiceMutatorWebhook); default: true from v2.5.' } } : {}),
    },
  });
  const common = {
    name: { type: 'string', description: 'A name for messages.' },
    kubernetesVersion: { type: 'string', pattern: kubernetesVersionPattern(), description: 'The Kubernetes minor version, quoted, e.g. "1.30".' },
    ipFamilies: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: IP_FAMILIES } },
  };
  const platform = (name: 'eks' | 'aks' | 'custom', extra: object) => {
    const properties: Record<string, unknown> = { platform: { const: name }, ...common, ...extra };
    const keys = ['platform', ...PLATFORM_KEYS[name]];
    if (!sameKeys(properties, keys)) throw new Error(`schema: the keys of ${name} differ from the loader's`);
    return { type: 'object', required: ['platform'], additionalProperties: false, properties };
  };
  const ruleSettings = {
    ignore: { type: 'array', items: ruleId, description: 'Rule ids whose findings are ignored.' },
    severity: {
      type: 'object',
      description: 'A rule\'s findings as errors (a warning raised) or warnings (an error lowered).',
      propertyNames: ruleId,
      additionalProperties: { enum: [Severity.ERROR, Severity.WARNING] },
    },
  };
  const override = {
    type: 'object',
    required: ['files'],
    anyOf: [{ required: ['ignore'] }, { required: ['severity'] }],
    additionalProperties: false,
    properties: {
      files: {
        type: 'array',
        minItems: 1,
        description: 'Path globs (*, ** and ?) of the linted files, relative to the directory of the config file.',
        items: { type: 'string', pattern: '\\S', not: { pattern: PARENT_SEGMENT.source } },
      },
      ...ruleSettings,
    },
  };
  if (!sameKeys(override.properties, OVERRIDE_KEYS)) throw new Error('schema: the override keys differ from the loader\'s');
  const properties = {
    profile: {
      description: 'The cluster the manifests are for: a spec such as "eks-1.30+lbc-2.8.1", or a mapping (docs/profiles.md).',
      oneOf: [
        { type: 'string', pattern: profileSpecPattern() },
        platform('eks', { awsLoadBalancerController: release(true) }),
        platform('aks', { applicationGatewayIngressController: release(false) }),
        platform('custom', {
          controllers: {
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(CONTROLLER_KEYS.map(([key, webhook]) => [key, release(webhook)])),
          },
          nodePortRange: { type: 'string', pattern: '^\\s*\\d{1,5}\\s*[-+]\\s*\\d{1,5}\\s*$', description: 'The API server\'s --service-node-port-range, e.g. "30000-32767".' },
        }),
      ],
    },
    ...ruleSettings,
    overrides: { type: 'array', items: override, description: 'Rules ignored or severities changed for some files.' },
  };
  if (!sameKeys(properties, CONFIG_KEYS)) throw new Error('schema: the top-level keys differ from the loader\'s');
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: `${CONFIG_FILE_NAME}: the cdk8s-cloud-lb lint config`,
    description: 'Read by `cdk8s-cloud-lb lint` and the cdk8s-cli plugin from the working directory up (docs/cli.md).',
    type: ['object', 'null'],
    additionalProperties: false,
    properties,
    definitions: { ruleId: { enum: [...ruleIds] } },
  };
}

/** The schema file's text. */
export function configSchemaText(ruleIds: readonly string[]): string {
  return JSON.stringify(configSchema(ruleIds), null, 2) + '\n';
}
