import { ChangeEffect } from './change';
import { ChangeCheck, DetectedChange } from './detected';
import { privateLinkProcedure, twinProcedure } from './procedures';
import { annotation, annotationPathOf, hasAnnotationPrefix, listValue, nameOf, SERVICE_PREFIX, serviceAnnotation } from './values';
import { isLoadBalancerService, specOf } from '../../rules/manifest';
import { isIPv4, isIPv6 } from '../../rules/net';

/**
 * What re-creates an Azure load balancer frontend or Private Link Service (catalogue: azure-annotations.md §1a, §1b,
 * §2 and cross-annotation rule 12): the frontend is deleted and re-created, with a new IP address, when the Service
 * turns internal↔public, changes subnet, static IP, PIP name or prefix, PIP IP tags or multi-SLB configuration; a PLS
 * on that frontend is deleted with every private endpoint connection (safeDeletePLS).
 */

const CONTROLLER = 'cloud-provider-azure';
const CPA_DOCS = 'https://github.com/kubernetes-sigs/cloud-provider-azure/blob/master/pkg/provider/azure_loadbalancer.go';
const PLS_DOCS = 'https://cloud-provider-azure.sigs.k8s.io/topics/pls-integration/';

/** Whether a Service is meant for Azure: any azure-* Service annotation. */
export function isAzureService(manifest: unknown): boolean {
  return hasAnnotationPrefix(manifest, `${SERVICE_PREFIX}azure-`);
}

/** Internal as requiresInternalLoadBalancer reads it: exactly "true". */
export function azureInternal(manifest: unknown): boolean {
  return annotation(manifest, `${SERVICE_PREFIX}azure-load-balancer-internal`) === 'true';
}

/** A PLS is requested (trim + EqualFold, as serviceRequiresPLS reads it). */
export function azurePrivateLink(manifest: unknown): boolean {
  return serviceAnnotation(manifest, 'azure-pls-create')?.toLowerCase() === 'true';
}

/** The static IP of a family: the annotation wins over spec.loadBalancerIP (getServiceLoadBalancerIP). */
function staticIp(manifest: unknown, family: 4 | 6): string | undefined {
  const fromAnnotation = serviceAnnotation(manifest, family === 4 ? 'azure-load-balancer-ipv4' : 'azure-load-balancer-ipv6');
  if (fromAnnotation !== undefined) return fromAnnotation;
  const fromSpec = specOf(manifest).loadBalancerIP;
  if (typeof fromSpec !== 'string') return undefined;
  return (family === 4 ? isIPv4(fromSpec) : isIPv6(fromSpec)) ? fromSpec : undefined;
}

function bothAzureLoadBalancers(before: unknown, after: unknown): boolean {
  return isLoadBalancerService(before) && isLoadBalancerService(after) && (isAzureService(before) || isAzureService(after));
}

interface FrontendChange {
  readonly changeId: string;
  readonly path: string;
  readonly oldValue?: unknown;
  readonly newValue?: unknown;
  readonly why: string;
}

/** Each way the frontend IP configuration of a Service is deleted and re-created. */
function frontendChanges(before: unknown, after: unknown): FrontendChange[] {
  const out: FrontendChange[] = [];
  const wasInternal = azureInternal(before);
  const isInternal = azureInternal(after);
  if (wasInternal !== isInternal) {
    out.push({
      changeId: 'DIFF-AZ-INTERNAL',
      path: annotationPathOf('azure-load-balancer-internal'),
      oldValue: wasInternal ? 'internal' : 'public',
      newValue: isInternal ? 'internal' : 'public',
      why: `the Service turns ${isInternal ? 'internal' : 'public'}: the old frontend is deleted (a managed public IP is released) and a `
        + `new ${isInternal ? 'private' : 'public'} frontend IP is created`,
    });
    return out; // every other key is read differently on the other side: this one change says it all
  }
  const compare = (changeId: string, key: string, why: string, normalize: (v: string | undefined) => string | undefined = (v) => v) => {
    const oldValue = normalize(serviceAnnotation(before, key));
    const newValue = normalize(serviceAnnotation(after, key));
    if (oldValue !== newValue) out.push({ changeId, path: annotationPathOf(key), oldValue, newValue, why });
  };
  if (isInternal) {
    compare('DIFF-AZ-SUBNET', 'azure-load-balancer-internal-subnet',
      'the internal subnet changes: the frontend is deleted and re-created in the new subnet (isFrontendIPChanged), with a new private IP');
  } else {
    compare('DIFF-AZ-PIP', 'azure-pip-name', 'the public IP resource changes: the frontend moves to another public IP address');
    compare('DIFF-AZ-PIP', 'azure-pip-name-ipv6', 'the IPv6 public IP resource changes: the frontend moves to another public IP address');
    compare('DIFF-AZ-PIP', 'azure-pip-prefix-id',
      'the public IP prefix changes: the managed public IP is released and a new one, with a new address, is created');
    compare('DIFF-AZ-PIP', 'azure-pip-prefix-id-ipv6',
      'the IPv6 public IP prefix changes: the managed public IP is released and a new one is created');
    compare('DIFF-AZ-PIP-IP-TAGS', 'azure-pip-ip-tags',
      'the IP tags of the managed public IP change: unless enableIPTagMutationForExistingPublicIP is set in the cloud config, the public IP '
      + 'is deleted and re-created with a new address', (v) => listValue(v));
  }
  for (const family of [4, 6] as const) {
    const oldIp = staticIp(before, family);
    const newIp = staticIp(after, family);
    if (oldIp !== newIp) {
      const key = family === 4 ? 'azure-load-balancer-ipv4' : 'azure-load-balancer-ipv6';
      const inSpec = serviceAnnotation(after, key) === undefined && serviceAnnotation(before, key) === undefined;
      out.push({
        changeId: 'DIFF-AZ-IP',
        path: inSpec ? 'spec.loadBalancerIP' : annotationPathOf(key),
        oldValue: oldIp,
        newValue: newIp,
        why: `the static IPv${family} address changes: the frontend is re-created with `
          + (newIp === undefined ? 'a dynamic address' : `the address ${newIp}`)
          + (oldIp === undefined ? ' (unless it is the address the frontend already has)' : ''),
      });
    }
  }
  compare('DIFF-AZ-LB-CONFIG', 'azure-load-balancer-configurations',
    'the Service moves to another load balancer of the multi-SLB configuration: its frontend is deleted and re-created there',
    (v) => listValue(v?.toLowerCase()));
  return out;
}

/** A frontend re-creation: a new IP for every client, and the loss of a PLS that sat on it. */
export const frontendRecreated: ChangeCheck = (before, after) => {
  if (!bothAzureLoadBalancers(before, after)) return [];
  const hadPrivateLink = azurePrivateLink(before);
  const out: DetectedChange[] = [];
  for (const c of frontendChanges(before, after)) {
    out.push({
      changeId: c.changeId,
      effect: ChangeEffect.NEW_FRONTEND,
      controller: CONTROLLER,
      path: c.path,
      oldValue: c.oldValue,
      newValue: c.newValue,
      message: `${c.why}; clients of the old address lose the service until they use the new one.`,
      procedure: hadPrivateLink ? privateLinkProcedure(nameOf(after)) : twinProcedure(nameOf(after), 'its new IP address'),
      docs: CPA_DOCS,
    });
    if (hadPrivateLink) {
      out.push({
        changeId: 'DIFF-AZ-PLS-DELETED',
        effect: ChangeEffect.PRIVATE_LINK_SERVICE_DELETED,
        controller: CONTROLLER,
        path: c.path,
        oldValue: c.oldValue,
        newValue: c.newValue,
        message: 'the Private Link Service sits on the frontend that is re-created: cloud-provider-azure deletes every private endpoint '
          + 'connection and then the PLS (safeDeletePLS); consumers lose the service until they create and approve new private endpoints.',
        procedure: privateLinkProcedure(nameOf(after)),
        docs: PLS_DOCS,
      });
    }
  }
  return out;
};

const IMMUTABLE_PLS_KEYS: Array<{ key: string; why: string }> = [
  {
    key: 'azure-pls-name',
    why: 'the name of an existing Private Link Service cannot change ("cannot change existing private link service name"): the sync fails, '
      + 'and only deleting the PLS (and every private endpoint connection) applies it',
  },
  {
    key: 'azure-pls-resource-group',
    why: 'the PLS is looked up by resource group and frontend, so another resource group means a second PLS on the same frontend, which '
      + 'Azure refuses; applying it needs the PLS (and every private endpoint connection) deleted first',
  },
  {
    key: 'azure-pls-ip-configuration-subnet',
    why: 'the NAT IP configurations of the PLS move to another subnet; the private endpoint connections are established through them and are '
      + 'expected to break (not verified against Azure: treat it as a re-creation)',
  },
];

/** PLS keys that cannot change in place while the PLS exists. */
export const privateLinkServiceReplaced: ChangeCheck = (before, after) => {
  if (!bothAzureLoadBalancers(before, after) || !azurePrivateLink(before) || !azurePrivateLink(after)) return [];
  return IMMUTABLE_PLS_KEYS.flatMap(({ key, why }) => {
    const oldValue = serviceAnnotation(before, key);
    const newValue = serviceAnnotation(after, key);
    if (oldValue === newValue) return [];
    return [{
      changeId: 'DIFF-AZ-PLS',
      effect: ChangeEffect.PRIVATE_LINK_SERVICE_DELETED,
      controller: CONTROLLER,
      path: annotationPathOf(key),
      oldValue,
      newValue,
      message: `${why}; consumers lose the service until they create and approve new private endpoints.`,
      procedure: privateLinkProcedure(nameOf(after)),
      docs: PLS_DOCS,
    }];
  });
};

export const AZURE_CHECKS: ChangeCheck[] = [frontendRecreated, privateLinkServiceReplaced];
