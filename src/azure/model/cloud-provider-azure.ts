import { AZURE_PREFIX, AzureKeys, MISPLACED_AZURE_PREFIX, MISPLACED_PORT_PREFIX, PORT_KEY_PREFIX, PlsKeys } from './keys';
import { Cluster } from '../../profile/cluster';
import { remember } from '../../rules/cache';
import { Reconciler, ScopeModel, THE_CONTROLLER } from '../../rules/define';
import { annotationsOf, derived, isLoadBalancerService, specOf } from '../../rules/manifest';

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

/**
 * Whether cloud-provider-azure may reconcile a Service: a LoadBalancer Service with an Azure key (the rules judge it
 * on every cluster), or one without a loadBalancerClass (the cloud's Service controller takes every such Service: the
 * rules judge it where the profile says cloud-provider-azure runs), or one with an Azure key misspelt under
 * `service.kubernetes.io/` (meant for Azure, and ignored there).
 */
function cpaMayOwn(manifest: unknown): boolean {
  return isAzureService(manifest) || (isLoadBalancerService(manifest)
    && (specOf(manifest).loadBalancerClass === undefined || misplacedAzureKeys(annotationsOf(manifest)).length > 0));
}

/** The reconcilers of a Service cpaMayOwn admits: those with an Azure key on every cluster cloud-provider-azure may run on; the others only where it runs. */
function cpaReconcilers(manifest: unknown, cluster: Cluster): readonly Reconciler[] {
  const runs = cluster.runs('cloud-provider-azure');
  if (runs === false) return [];
  if (isAzureService(manifest) || misplacedAzureKeys(annotationsOf(manifest)).length > 0) return THE_CONTROLLER;
  return runs === true ? THE_CONTROLLER : [];
}

/**
 * The keys that spell a cloud-provider-azure key with `service.kubernetes.io/` (no `beta`): cloud-provider-azure reads
 * only `service.beta.kubernetes.io/`, so they are ignored.
 */
export function misplacedAzureKeys(annotations: { [key: string]: string }): string[] {
  return Object.keys(annotations).filter((key) => key.startsWith(MISPLACED_AZURE_PREFIX) || key.startsWith(MISPLACED_PORT_PREFIX));
}

/** Azure load balancer Services: cloud-provider-azure reconciles them. */
export const AZURE_SERVICES: ScopeModel = {
  name: 'cloud-provider-azure',
  reconcilesOnlyWith: 'cloud-provider-azure',
  owns: cpaMayOwn,
  reconcilersOf: cpaReconcilers,
};
