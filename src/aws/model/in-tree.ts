import { AwsKeys } from './keys';
import { lbcList } from './lbc';
import { annotationsOf, arrayAt, objectAt, stringAt } from '../../rules/manifest';

/** The CCM's list for EIPs, private IPs and ssl-ports: split on "," and NOT trimmed. */
export function ccmRawList(value: string): string[] {
  return value.split(',');
}

/** The CCM's trimmed list (subnets, security groups): the same parsing as the LBC's today. Read-only. */
export function ccmList(value: string): readonly string[] {
  return lbcList(value);
}

/** The in-tree provider's scheme: `internal` absent, empty or exactly "false" means internet-facing. */
export function ccmScheme(manifest: unknown): string {
  const value = annotationsOf(manifest)[AwsKeys.INTERNAL];
  return value === undefined || value === '' || value === 'false' ? 'internet-facing' : 'internal';
}

/**
 * The in-tree provider's `k=v` map (target-group attributes, additional tags, target-node labels), as
 * getKeyValuePropertiesFromAnnotation reads it: the value and each comma-separated entry are trimmed, but not the
 * key and the value around "="; a value is cut at a second "=", a bare key has the value "", an entry with an empty
 * key is dropped, and a repeated key keeps its last value.
 */
export function ccmMap(value: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const entry of value.trim().split(',')) {
    const parts = entry.trim().split('=');
    if (parts[0] !== '') result.set(parts[0], parts.length >= 2 ? parts[1] : '');
  }
  return result;
}

/**
 * The load balancer type a Service's load balancer already has, from its status hostname as the provider's
 * validateServiceAnnotations tells them apart (v1.36+): a classic ELB's ends in ".elb.amazonaws.com", an NLB's in
 * ".elb.<region>.amazonaws.com". Undefined when the Service has no AWS load balancer hostname yet.
 */
export function ccmCreatedType(manifest: unknown): 'clb' | 'nlb' | undefined {
  const hostname = statusHostname(manifest);
  if (hostname === undefined) return undefined;
  if (hostname.endsWith('.elb.amazonaws.com')) return 'clb';
  return NLB_HOSTNAME.test(hostname) ? 'nlb' : undefined;
}

const NLB_HOSTNAME = /\.elb\.[a-z]{2}(-[a-z]+)+-[0-9]+\.amazonaws\.com$/;

/** The hostname of the first `status.loadBalancer.ingress` entry, the one the provider compares. */
export function statusHostname(manifest: unknown): string | undefined {
  const ingress = arrayAt(objectAt(objectAt(manifest, 'status'), 'loadBalancer'), 'ingress');
  return ingress.length === 0 ? undefined : stringAt(ingress[0], 'hostname');
}
