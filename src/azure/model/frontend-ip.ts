import { isInternal } from './cloud-provider-azure';
import { AzureKeys } from './keys';
import { annotationPath, annotationsOf, specOf } from '../../rules/manifest';
import { ipFamilyOf } from '../../rules/net';

/**
 * The frontend IP configuration a Service pins, as cloud-provider-azure picks it: two Services that pin one address (or,
 * public, one public IP by name) share one frontend of the load balancer, each with its own rules
 * (kubernetes-sigs/cloud-provider-azure docs, "Multiple Services Sharing One IP Address"). A Service that pins nothing
 * gets a frontend of its own.
 */
export interface PinnedFrontend {
  /** Equal for the Services that share the frontend. */
  readonly key: string;
  readonly family: 'IPv4' | 'IPv6';
  /** Where the Service pins it: the annotation or spec.loadBalancerIP. */
  readonly path: string;
  /** The address or the public IP's name, for messages. */
  readonly text: string;
}

/** The IP families of the Service's frontends (getIPFamiliesEnabled: IPv4 when it names none). */
function familiesOf(manifest: unknown): Array<'IPv4' | 'IPv6'> {
  const declared = specOf(manifest).ipFamilies;
  const families = Array.isArray(declared) ? declared.filter((f): f is 'IPv4' | 'IPv6' => f === 'IPv4' || f === 'IPv6') : [];
  return families.length > 0 ? [...new Set(families)] : ['IPv4'];
}

/** getServiceLoadBalancerIP: the family's annotation when not empty, else spec.loadBalancerIP when of that family. */
function pinnedAddress(manifest: unknown, family: 'IPv4' | 'IPv6'): { value: string; path: string } | undefined {
  const key = family === 'IPv4' ? AzureKeys.IPV4 : AzureKeys.IPV6;
  const annotation = annotationsOf(manifest)[key];
  if (annotation !== undefined && annotation !== '') return { value: annotation, path: annotationPath(key) };
  const field = specOf(manifest).loadBalancerIP;
  return typeof field === 'string' && ipFamilyOf(field) === family ? { value: field, path: 'spec.loadBalancerIP' } : undefined;
}

/** The public IP's name for the family (getServicePIPName: a single-stack IPv6 Service falls back to azure-pip-name). */
function pipNameOf(annotations: { [key: string]: string }, family: 'IPv4' | 'IPv6', dualStack: boolean): { value: string; key: string } | undefined {
  const keys = family === 'IPv4' ? [AzureKeys.PIP_NAME] : dualStack ? [AzureKeys.PIP_NAME_IPV6] : [AzureKeys.PIP_NAME_IPV6, AzureKeys.PIP_NAME];
  const key = keys.find((k) => (annotations[k] ?? '') !== '');
  return key === undefined ? undefined : { value: annotations[key], key };
}

/** The frontends the Service pins, one per IP family at most. */
export function pinnedFrontendsOf(manifest: unknown): PinnedFrontend[] {
  const annotations = annotationsOf(manifest);
  const internal = isInternal(annotations);
  const families = familiesOf(manifest);
  const out: PinnedFrontend[] = [];
  for (const family of families) {
    if (!internal) {
      // determinePublicIPName: the name first, then the prefix (a new IP of its own), then the address.
      const pip = pipNameOf(annotations, family, families.length > 1);
      const resourceGroup = (annotations[AzureKeys.RESOURCE_GROUP] ?? '').trim();
      if (pip !== undefined) {
        out.push({ key: `public-ip\u0000${resourceGroup}\u0000${pip.value}`, family, path: annotationPath(pip.key), text: `public IP ${pip.value}` });
        continue;
      }
      if ((annotations[family === 'IPv4' ? AzureKeys.PIP_PREFIX_ID : AzureKeys.PIP_PREFIX_ID_IPV6] ?? '') !== '') continue;
    }
    const pinned = pinnedAddress(manifest, family);
    if (pinned === undefined || ipFamilyOf(pinned.value) === undefined) continue;
    // cloud-provider-azure finds the frontend by the address as written (strings.EqualFold, serviceOwnsFrontendIP), and
    // a public address in the public IPs of the resource group (findMatchedPIP).
    const where = internal ? 'internal' : `public\u0000${(annotations[AzureKeys.RESOURCE_GROUP] ?? '').trim()}`;
    out.push({ key: `${where}\u0000${pinned.value.toLowerCase()}`, family, path: pinned.path, text: `${internal ? 'private' : 'public'} address ${pinned.value}` });
  }
  return out;
}
