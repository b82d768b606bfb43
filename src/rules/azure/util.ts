import { APPGW_PREFIX, AZURE_PREFIX, AzureKeys, INGRESS_CLASS_ANNOTATION, AGIC_CLASS_ANNOTATION_VALUE, AGIC_INGRESS_CLASS_NAME, PORT_KEY_PREFIX, PlsKeys } from './keys';
import { remember } from '../cache';
import { defineScopedRule, RuleMeta, RuleScope, ScopeModel } from '../define';
import { parseGoInteger } from '../go';
import { annotationsOf, arrayAt, derived, isLoadBalancerService, kindOf, specOf, stringAt, hasPrefix } from '../manifest';
import { IRule, RuleViolation } from '../rule';

/** Where the rules come from: the controller code is the truth, the docs pages explain it. */
export const CPA_LB_SOURCE = 'https://github.com/kubernetes-sigs/cloud-provider-azure/blob/master/pkg/provider/azure_loadbalancer.go';
export const CPA_PROBE_SOURCE = 'https://github.com/kubernetes-sigs/cloud-provider-azure/blob/master/pkg/provider/azure_loadbalancer_healthprobe.go';
export const CPA_ACCESS_SOURCE = 'https://github.com/kubernetes-sigs/cloud-provider-azure/blob/master/pkg/provider/loadbalancer/accesscontrol.go';
export const CPA_PLS_SOURCE = 'https://github.com/kubernetes-sigs/cloud-provider-azure/blob/master/pkg/provider/azure_privatelinkservice.go';
export const CPA_DOCS = 'https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/';
export const CPA_PLS_DOCS = 'https://cloud-provider-azure.sigs.k8s.io/topics/pls-integration/';
export const AGIC_DOCS = 'https://github.com/Azure/application-gateway-kubernetes-ingress/blob/master/docs/annotations.md';
export const AGIC_SOURCE = 'https://github.com/Azure/application-gateway-kubernetes-ingress/blob/master/pkg';

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
  return Object.keys(annotationsOf(manifest)).some((key) => hasPrefix(key, AZURE_PREFIX) || hasPrefix(key, PORT_KEY_PREFIX));
}

/** Whether an Ingress is AGIC's: it names the AGIC class in either form, or carries an `appgw.ingress.kubernetes.io/` key. */
export function isAgicIngress(manifest: unknown): boolean {
  return derived('isAgicIngress', manifest, agicIngress);
}

function agicIngress(manifest: unknown): boolean {
  if (kindOf(manifest) !== 'Ingress') return false;
  const annotations = annotationsOf(manifest);
  const className = specOf(manifest).ingressClassName;
  return Object.keys(annotations).some((key) => hasPrefix(key, APPGW_PREFIX))
    || [AGIC_CLASS_ANNOTATION_VALUE, AGIC_INGRESS_CLASS_NAME].includes(annotations[INGRESS_CLASS_ANNOTATION] ?? '')
    || className === AGIC_CLASS_ANNOTATION_VALUE || className === AGIC_INGRESS_CLASS_NAME;
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

/** An int32 as Go's `strconv.ParseInt(strings.TrimSpace(v), 10, 32)` reads it, or undefined when it fails. */
export function parseGoInt(value: string, trim = true): number | undefined {
  return parseGoInteger(value, { bits: 32, trim });
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export function isGuid(value: string): boolean {
  return GUID.test(value);
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

/** The numbers of `spec.ports[].port` (integers only; other values are reported by the Kubernetes rules). */
export function servicePortNumbers(manifest: unknown): number[] {
  return arrayAt(specOf(manifest), 'ports')
    .map((port) => (port as { port?: unknown })?.port)
    .filter((port): port is number => typeof port === 'number' && Number.isInteger(port));
}

export function servicePortNames(manifest: unknown): string[] {
  return arrayAt(specOf(manifest), 'ports')
    .map((port) => stringAt(port, 'name'))
    .filter((name): name is string => name !== undefined);
}

/** `spec.externalTrafficPolicy` is `Local`. */
export function isLocalTrafficPolicy(manifest: unknown): boolean {
  return specOf(manifest).externalTrafficPolicy === 'Local';
}

/** The IP families the Service declares, or undefined when it leaves them to the cluster. */
export function declaredIpFamilies(manifest: unknown): string[] | undefined {
  const families = arrayAt(specOf(manifest), 'ipFamilies').filter((f): f is string => typeof f === 'string');
  return families.length > 0 ? families : undefined;
}

/** An ARM resource id of one provider type, e.g. `Microsoft.Network/publicIPPrefixes`. */
export function isArmId(value: string, resourceType: string): boolean {
  let pattern = ARM_ID_PATTERNS.get(resourceType);
  if (pattern === undefined) {
    pattern = new RegExp(
      '^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]+/providers/' + resourceType.replace('.', '\\.') + '/[-\\w._]+$', 'i');
    ARM_ID_PATTERNS.set(resourceType, pattern);
  }
  return pattern.test(value);
}

/** One pattern per resource type (two today), compiled on first use instead of at every call. */
const ARM_ID_PATTERNS = new Map<string, RegExp>();

/** Azure load balancer Services: cloud-provider-azure reconciles them. */
export const AZURE_SERVICES: ScopeModel = { name: 'cloud-provider-azure', owns: isAzureService };

/** Ingresses for the Application Gateway Ingress Controller. */
export const AGIC_INGRESSES: ScopeModel = { name: 'agic', owns: isAgicIngress };

const AZURE_SERVICE_SCOPE: RuleScope = { model: AZURE_SERVICES };
const AGIC_SCOPE: RuleScope = { model: AGIC_INGRESSES };

/** A rule over Azure Services only: the check gets the manifest and its annotations as strings. */
export function defineAzureServiceRule(
  meta: RuleMeta,
  check: (manifest: any, annotations: { [key: string]: string }) => RuleViolation[],
): IRule {
  return defineScopedRule({ ...meta, kinds: ['Service'] }, AZURE_SERVICE_SCOPE, (m, context) => check(m, context.annotations));
}

/** A rule over AGIC Ingresses only. */
export function defineAgicRule(
  meta: RuleMeta,
  check: (manifest: any, annotations: { [key: string]: string }) => RuleViolation[],
): IRule {
  return defineScopedRule({ ...meta, kinds: ['Ingress'] }, AGIC_SCOPE, (m, context) => check(m, context.annotations));
}

/** The keys of `annotations` that are present, in the order given. */
export function presentKeys(annotations: { [key: string]: string }, keys: readonly string[]): string[] {
  return keys.filter((key) => annotations[key] !== undefined);
}
