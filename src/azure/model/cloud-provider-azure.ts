import { AZURE_PREFIX, AzureKeys, PORT_KEY_PREFIX, PlsKeys } from './keys';
import { remember } from '../../rules/cache';
import { ScopeModel, THE_CONTROLLER } from '../../rules/define';
import { annotationsOf, derived, isLoadBalancerService } from '../../rules/manifest';

/**
 * Whether a Service is Azure's: a LoadBalancer Service that carries a cloud-provider-azure key
 * (`service.beta.kubernetes.io/azure-*` or `service.beta.kubernetes.io/port_{port}_*`). Azure rules judge nothing else,
 * so an AWS or plain Service never gets an Azure finding.
 */
export function isAzureService(manifest: unknown): boolean {
  return derived('isAzureService', manifest, azureService);
}

function azureService(manifest: unknown): boolean {
  if (!isLoadBalancerService(manifest)) return false;
  return Object.keys(annotationsOf(manifest)).some((key) => key.startsWith(AZURE_PREFIX) || key.startsWith(PORT_KEY_PREFIX));
}

/**
 * The internal flag as `requiresInternalLoadBalancer` reads it when it builds the frontend: exactly `"true"`.
 * Any other spelling gives a public frontend (rule AZ-LB-001 reports it).
 */
export function isInternal(annotations: { [key: string]: string }): boolean {
  return annotations[AzureKeys.INTERNAL] === 'true';
}

/** The scheme the internal flag asks for, as `requiresInternalLoadBalancer` reads any value of it. */
export function azureSchemeOf(value: string): 'internal' | 'internet-facing' {
  return value === 'true' ? 'internal' : 'internet-facing';
}

/** A boolean as cloud-provider-azure's lenient parsers read it (`strings.EqualFold(strings.TrimSpace(v), "true")`). */
export function isTrueLenient(value: string | undefined): boolean {
  return value !== undefined && value.trim().toLowerCase() === 'true';
}

export function plsRequested(annotations: { [key: string]: string }): boolean {
  return isTrueLenient(annotations[PlsKeys.CREATE]);
}

/** Space-separated lists by value, frozen: the Private Link Services of one app repeat the same subscription lists. */
const spaceLists = new Map<string, readonly string[]>();

/**
 * A space-separated list as `strings.Split(v, " ")` with empty items skipped, as every `azure-pls-*` list is read.
 * Read-only: parsed once per value (see remember()).
 */
export function spaceList(value: string): readonly string[] {
  let list = spaceLists.get(value);
  if (list === undefined) {
    list = Object.freeze(value.split(' ').map((item) => item.trim()).filter((item) => item !== ''));
    remember(spaceLists, value, list);
  }
  return list;
}

/** Azure load balancer Services: cloud-provider-azure reconciles them. */
export const AZURE_SERVICES: ScopeModel = {
  name: 'cloud-provider-azure',
  owns: isAzureService,
  reconcilersOf: (_manifest, cluster) => (cluster.runs('cloud-provider-azure') === false ? [] : THE_CONTROLLER),
};
