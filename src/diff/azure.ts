import { ChangeEffect } from './change';
import { ChangeCheck, defineChange, Found } from './detected';
import { privateLinkProcedure, twinProcedure } from './procedures';
import { code, listValue, nameOf, presentValue } from './values';
import { isAzureService, isInternal, plsRequested } from '../azure/model/cloud-provider-azure';
import { AzureKeys, PlsKeys } from '../azure/model/keys';
import { CPA_LB_SOURCE, CPA_PLS_DOCS } from '../rules/azure/define';
import { annotationPath, annotationsOf, isLoadBalancerService, specOf } from '../rules/manifest';
import { isIPv4, isIPv6 } from '../rules/net';

/**
 * What re-creates an Azure load balancer frontend or Private Link Service (catalogue: azure-annotations.md §1a, §1b,
 * §2 and cross-annotation rule 12): the frontend is deleted and re-created, with a new IP address, when the Service
 * turns internal↔public, changes subnet, static IP, PIP name or prefix, PIP IP tags or multi-SLB configuration; a PLS
 * on that frontend is deleted with every private endpoint connection (safeDeletePLS). Which Service is Azure's, internal
 * or has a PLS is the rules' answer.
 */

const CONTROLLER = 'cloud-provider-azure';

const internal = (manifest: unknown) => isInternal(annotationsOf(manifest));
const privateLink = (manifest: unknown) => plsRequested(annotationsOf(manifest));

/** The static IP of a family: the annotation wins over spec.loadBalancerIP (getServiceLoadBalancerIP). */
function staticIp(manifest: unknown, family: 4 | 6): string | undefined {
  const fromAnnotation = presentValue(manifest, family === 4 ? AzureKeys.IPV4 : AzureKeys.IPV6);
  if (fromAnnotation !== undefined) return fromAnnotation;
  const fromSpec = specOf(manifest).loadBalancerIP;
  if (typeof fromSpec !== 'string') return undefined;
  return (family === 4 ? isIPv4(fromSpec) : isIPv6(fromSpec)) ? fromSpec : undefined;
}

function bothAzureLoadBalancers(before: unknown, after: unknown): boolean {
  return isLoadBalancerService(before) && isLoadBalancerService(after) && (isAzureService(before) || isAzureService(after));
}

/** One way the frontend IP configuration is deleted and re-created, before the client-facing words are added. */
interface FrontendChange {
  readonly path: string;
  readonly oldValue?: unknown;
  readonly newValue?: unknown;
  readonly why: string;
}

/**
 * Where a frontend change is looked for: on a frontend that stays internal, stays public, either, or the switch between
 * them. Every other key is read differently on the other side of the switch, so the switch alone stands for them all.
 */
type Scope = 'internal' | 'public' | 'either' | 'switch';

/** A frontend change, with the bare changes for DIFF-AZ-PLS-DELETED, which every one of them causes. */
interface FrontendCheck extends ChangeCheck {
  readonly frontendChanges: (before: unknown, after: unknown) => FrontendChange[];
}

function inScope(scope: Scope, before: unknown, after: unknown): boolean {
  if (!bothAzureLoadBalancers(before, after)) return false;
  const switches = internal(before) !== internal(after);
  if (scope === 'switch') return switches;
  if (switches) return false;
  return scope === 'either' || (scope === 'internal') === internal(after);
}

/** A frontend re-creation: a new IP for every client; with a PLS on it, the procedure that keeps its consumers. */
function frontendChange(
  meta: { readonly id: string; readonly title: string }, scope: Scope, find: (before: unknown, after: unknown) => FrontendChange[],
): FrontendCheck {
  const frontendChanges = (before: unknown, after: unknown) => (inScope(scope, before, after) ? find(before, after) : []);
  const check = defineChange({ ...meta, effect: ChangeEffect.NEW_FRONTEND, controller: CONTROLLER, docs: CPA_LB_SOURCE },
    (before, after) => frontendChanges(before, after).map((c): Found => ({
      path: c.path,
      oldValue: c.oldValue,
      newValue: c.newValue,
      message: `${c.why}; clients of the old address lose the service until they use the new one.`,
      procedure: privateLink(before) ? privateLinkProcedure(nameOf(after)) : twinProcedure(nameOf(after), 'its new IP address'),
    })));
  return { ...check, frontendChanges };
}

/** The changes of one annotation, compared after `normalize`. */
function keyChange(key: string, why: string, normalize: (v: string | undefined) => string | undefined = (v) => v) {
  return (before: unknown, after: unknown): FrontendChange[] => {
    const oldValue = normalize(presentValue(before, key));
    const newValue = normalize(presentValue(after, key));
    return oldValue === newValue ? [] : [{ path: annotationPath(key), oldValue, newValue, why }];
  };
}

export const internalChanged = frontendChange({
  id: 'DIFF-AZ-INTERNAL',
  title: `${code(AzureKeys.INTERNAL)} (only exactly \`"true"\` is internal)`,
}, 'switch', (before, after) => {
  const [wasInternal, isNowInternal] = [internal(before), internal(after)];
  return [{
    path: annotationPath(AzureKeys.INTERNAL),
    oldValue: wasInternal ? 'internal' : 'public',
    newValue: isNowInternal ? 'internal' : 'public',
    why: `the Service turns ${isNowInternal ? 'internal' : 'public'}: the old frontend is deleted (a managed public IP is released) and a `
      + `new ${isNowInternal ? 'private' : 'public'} frontend IP is created`,
  }];
});

export const subnetChanged = frontendChange({ id: 'DIFF-AZ-SUBNET', title: code(AzureKeys.INTERNAL_SUBNET) }, 'internal',
  keyChange(AzureKeys.INTERNAL_SUBNET,
    'the internal subnet changes: the frontend is deleted and re-created in the new subnet (isFrontendIPChanged), with a new private IP'));

const PUBLIC_IP_KEYS: ReadonlyArray<readonly [string, string]> = [
  [AzureKeys.PIP_NAME, 'the public IP resource changes: the frontend moves to another public IP address'],
  [AzureKeys.PIP_NAME_IPV6, 'the IPv6 public IP resource changes: the frontend moves to another public IP address'],
  [AzureKeys.PIP_PREFIX_ID, 'the public IP prefix changes: the managed public IP is released and a new one, with a new address, is created'],
  [AzureKeys.PIP_PREFIX_ID_IPV6, 'the IPv6 public IP prefix changes: the managed public IP is released and a new one is created'],
];

export const publicIpChanged = frontendChange({
  id: 'DIFF-AZ-PIP',
  title: `${PUBLIC_IP_KEYS.map(([key]) => code(key)).join(', ')} (public LB)`,
}, 'public', (before, after) => PUBLIC_IP_KEYS.flatMap(([key, why]) => keyChange(key, why)(before, after)));

export const publicIpTagsChanged = frontendChange({ id: 'DIFF-AZ-PIP-IP-TAGS', title: `${code(AzureKeys.PIP_IP_TAGS)} (public LB)` }, 'public',
  keyChange(AzureKeys.PIP_IP_TAGS,
    'the IP tags of the managed public IP change: unless enableIPTagMutationForExistingPublicIP is set in the cloud config, the public IP '
    + 'is deleted and re-created with a new address', listValue));

export const staticIpChanged = frontendChange({
  id: 'DIFF-AZ-IP',
  title: `${code(AzureKeys.IPV4)} / ${code(AzureKeys.IPV6)} / \`spec.loadBalancerIP\` (the annotation wins)`,
}, 'either', (before, after) => ([4, 6] as const).flatMap((family) => {
  const oldIp = staticIp(before, family);
  const newIp = staticIp(after, family);
  if (oldIp === newIp) return [];
  const key = family === 4 ? AzureKeys.IPV4 : AzureKeys.IPV6;
  const inSpec = presentValue(after, key) === undefined && presentValue(before, key) === undefined;
  return [{
    path: inSpec ? 'spec.loadBalancerIP' : annotationPath(key),
    oldValue: oldIp,
    newValue: newIp,
    why: `the static IPv${family} address changes: the frontend is re-created with `
      + (newIp === undefined ? 'a dynamic address' : `the address ${newIp}`)
      + (oldIp === undefined ? ' (unless it is the address the frontend already has)' : ''),
  }];
}));

export const loadBalancerConfigChanged = frontendChange({ id: 'DIFF-AZ-LB-CONFIG', title: code(AzureKeys.CONFIGURATIONS) }, 'either',
  keyChange(AzureKeys.CONFIGURATIONS,
    'the Service moves to another load balancer of the multi-SLB configuration: its frontend is deleted and re-created there',
    (v) => listValue(v?.toLowerCase())));

/** In report order: the internal↔public switch first, since it stands for every other change. */
const FRONTEND_CHECKS: readonly FrontendCheck[] = [
  internalChanged, subnetChanged, publicIpChanged, publicIpTagsChanged, staticIpChanged, loadBalancerConfigChanged,
];

/** The PLS sits on the frontend: every re-creation above deletes it, with every private endpoint connection. */
export const privateLinkServiceDeleted = defineChange({
  id: 'DIFF-AZ-PLS-DELETED',
  effect: ChangeEffect.PRIVATE_LINK_SERVICE_DELETED,
  controller: CONTROLLER,
  title: `any frontend change above on a Service with ${code(PlsKeys.CREATE)}`,
  docs: CPA_PLS_DOCS,
}, (before, after) => {
  if (!privateLink(before)) return [];
  return FRONTEND_CHECKS.flatMap((check) => check.frontendChanges(before, after)).map((c) => ({
    path: c.path,
    oldValue: c.oldValue,
    newValue: c.newValue,
    message: 'the Private Link Service sits on the frontend that is re-created: cloud-provider-azure deletes every private endpoint '
      + 'connection and then the PLS (safeDeletePLS); consumers lose the service until they create and approve new private endpoints.',
    procedure: privateLinkProcedure(nameOf(after)),
  }));
});

const IMMUTABLE_PLS_KEYS: ReadonlyArray<{ readonly key: string; readonly why: string }> = [
  {
    key: PlsKeys.NAME,
    why: 'the name of an existing Private Link Service cannot change ("cannot change existing private link service name"): the sync fails, '
      + 'and only deleting the PLS (and every private endpoint connection) applies it',
  },
  {
    key: PlsKeys.RESOURCE_GROUP,
    why: 'the PLS is looked up by resource group and frontend, so another resource group means a second PLS on the same frontend, which '
      + 'Azure refuses; applying it needs the PLS (and every private endpoint connection) deleted first',
  },
  {
    key: PlsKeys.SUBNET,
    why: 'the NAT IP configurations of the PLS move to another subnet; the private endpoint connections are established through them and are '
      + 'expected to break (not verified against Azure: treat it as a re-creation)',
  },
];

/** PLS keys that cannot change in place while the PLS exists. */
export const privateLinkServiceReplaced = defineChange({
  id: 'DIFF-AZ-PLS',
  effect: ChangeEffect.PRIVATE_LINK_SERVICE_DELETED,
  controller: CONTROLLER,
  title: IMMUTABLE_PLS_KEYS.map(({ key }) => code(key)).join(', '),
  docs: CPA_PLS_DOCS,
}, (before, after) => {
  if (!bothAzureLoadBalancers(before, after) || !privateLink(before) || !privateLink(after)) return [];
  return IMMUTABLE_PLS_KEYS.flatMap(({ key, why }) => {
    const oldValue = presentValue(before, key);
    const newValue = presentValue(after, key);
    if (oldValue === newValue) return [];
    return [{
      path: annotationPath(key),
      oldValue,
      newValue,
      message: `${why}; consumers lose the service until they create and approve new private endpoints.`,
      procedure: privateLinkProcedure(nameOf(after)),
    }];
  });
});

export const AZURE_CHECKS: ChangeCheck[] = [...FRONTEND_CHECKS, privateLinkServiceDeleted, privateLinkServiceReplaced];
