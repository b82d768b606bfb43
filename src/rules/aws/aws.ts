import { AWS_STEM_AFTER_SLASH, K, LBC_CLASS, suffixOf, SuffixTraits, traitsOf } from './keys';
import { remember } from '../cache';
import { defineScopedRule, RuleMeta, ScopeModel } from '../define';
import { parseGoBool, parseGoInteger } from '../go';
import { portEntries } from '../kubernetes/ports';
import { annotationsOf, derived, isInteger, isLoadBalancerService, JsonObject, show, specOf } from '../manifest';
import { IRule, RuleViolation } from '../rule';

/**
 * Which AWS controller reconciles a Service, as `pkg/service/service_utils.go` (LBC) and `aws_loadbalancer.go`
 * `isNLB` / `isLBExternal` (in-tree provider) decide it:
 * - `lbc`: the AWS Load Balancer Controller (NLB);
 * - `ccm-clb` / `ccm-nlb`: the in-tree provider / cloud-controller-manager, classic ELB or `type: nlb`;
 * - `none`: `type: external` without a valid target type, which neither picks up;
 * - `foreign`: a loadBalancerClass that neither AWS controller (with its default class) picks up.
 */
export type AwsController = 'lbc' | 'ccm-clb' | 'ccm-nlb' | 'none' | 'foreign';

export const LBC_DOCS = 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/';
export const LBC_NLB_DOCS = 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/nlb/';
export const CCM_DOCS = 'https://github.com/kubernetes/cloud-provider-aws/blob/master/docs/service_controller.md';
export const CCM_SOURCE = 'https://github.com/kubernetes/cloud-provider-aws/blob/master/pkg/providers/v1/aws.go';
export const LBC_SOURCE = 'https://github.com/kubernetes-sigs/aws-load-balancer-controller/tree/main/pkg/service';

/** Whether a manifest is AWS's: it carries an `aws-load-balancer-*` key (under any prefix) or the LBC's class. */
export function isAwsService(manifest: unknown): boolean {
  return derived('isAwsService', manifest, awsService);
}

function awsService(manifest: unknown): boolean {
  if (!isLoadBalancerService(manifest)) return false;
  if (specOf(manifest).loadBalancerClass === LBC_CLASS) return true;
  return awsStemKeysOf(manifest).length > 0;
}

/** An `aws-load-balancer-*` annotation under the prefix the controllers read. */
export interface AwsAnnotation {
  /** The whole key. */
  readonly key: string;
  /** The part after `service.beta.kubernetes.io/aws-load-balancer-`. */
  readonly suffix: string;
  readonly value: string;
  /** What the suffix is (known, of one controller only, a map...), classified once per key for all rules. */
  readonly traits: SuffixTraits;
}

/**
 * The annotations the AWS controllers read, in manifest order. A derived fact: half a dozen rules look at every such
 * key, and scanning all annotations for the prefix in each of them cost more than their checks.
 */
export function awsAnnotationsOf(manifest: unknown): readonly AwsAnnotation[] {
  return derived('awsAnnotations', manifest, awsAnnotations);
}

function awsAnnotations(manifest: unknown): AwsAnnotation[] {
  const a = annotationsOf(manifest);
  const result: AwsAnnotation[] = [];
  for (const key of Object.keys(a)) {
    const known = awsKeyOf(key);
    if (known !== null) result.push({ key, suffix: known.suffix, value: a[key], traits: known.traits });
  }
  return result;
}

/** The suffix of an AWS key and its traits. */
interface AwsKey {
  readonly suffix: string;
  readonly traits: SuffixTraits;
}

/**
 * The suffix and traits by key, null for a key without the AWS prefix. Every Service of an app repeats the same keys: one
 * lookup per key instead of a prefix test, a new string and a dozen set and pattern tests in the rules (see remember()).
 */
const awsKeys = new Map<string, AwsKey | null>();

function awsKeyOf(key: string): AwsKey | null {
  let known = awsKeys.get(key);
  if (known === undefined) {
    const suffix = suffixOf(key);
    known = suffix === undefined ? null : { suffix, traits: traitsOf(suffix) };
    remember(awsKeys, key, known);
  }
  return known;
}

/** Every key naming an `aws-load-balancer-*` annotation under any prefix (a wrong prefix included), in manifest order. */
export function awsStemKeysOf(manifest: unknown): readonly string[] {
  return derived('awsStemKeys', manifest, awsStemKeys);
}

function awsStemKeys(manifest: unknown): string[] {
  return Object.keys(annotationsOf(manifest)).filter((key) => key.includes(AWS_STEM_AFTER_SLASH));
}

export function controllerOf(manifest: unknown): AwsController {
  return derived('awsController', manifest, awsController);
}

function awsController(manifest: unknown): AwsController {
  const cls = specOf(manifest).loadBalancerClass;
  const a = annotationsOf(manifest);
  if (cls !== undefined && cls !== null) return cls === LBC_CLASS ? 'lbc' : 'foreign';
  const type = a[K.TYPE];
  if (type === 'nlb-ip') return 'lbc';
  if (type === 'external') return ['ip', 'instance'].includes(a[K.TARGET_TYPE]) ? 'lbc' : 'none';
  if (type === 'nlb') return 'ccm-nlb';
  return 'ccm-clb';
}

export function isCcm(controller: AwsController): boolean {
  return controller === 'ccm-clb' || controller === 'ccm-nlb';
}

export function controllerName(controller: AwsController): string {
  switch (controller) {
    case 'lbc': return 'the AWS Load Balancer Controller';
    case 'ccm-clb': return 'the in-tree AWS provider (classic ELB)';
    case 'ccm-nlb': return 'the in-tree AWS provider (type: nlb)';
    default: return 'no AWS controller';
  }
}

/** AWS Services, and which AWS controller reconciles each. */
export const AWS_SERVICES: ScopeModel = { name: 'aws', owns: isAwsService, controllerOf };

/**
 * An AWS rule: it judges only AWS Services reconciled by one of `controllers`, so that it never fires on an Azure or
 * plain Service.
 */
export function awsRule(meta: RuleMeta, controllers: AwsController[], check: (m: any, controller: AwsController) => RuleViolation[]): IRule {
  return defineScopedRule(meta, { model: AWS_SERVICES, controllers }, (m, context) => check(m, context.controller as AwsController));
}

export const ALL_CONTROLLERS: AwsController[] = ['lbc', 'ccm-clb', 'ccm-nlb', 'none', 'foreign'];
export const CCM: AwsController[] = ['ccm-clb', 'ccm-nlb'];
export const LBC: AwsController[] = ['lbc'];
export const KNOWN: AwsController[] = ['lbc', 'ccm-clb', 'ccm-nlb'];

// ---- value parsing, as the controllers do it ----

/** Go's strconv.ParseInt(value, 10, bits). */
export function parseGoInt(value: string, bits: 32 | 64 = 64): number | undefined {
  return parseGoInteger(value, { bits });
}

/**
 * Parsed lists by annotation value, frozen: a pure function of the text, and the Services of one app repeat the same
 * subnets and security groups, which several rules split again for every Service. Bounded: cleared when full.
 */
const trimmedLists = new Map<string, readonly string[]>();

/** The LBC's list: split on ",", entries trimmed, empty entries dropped. Read-only. */
export function lbcList(value: string): readonly string[] {
  let list = trimmedLists.get(value);
  if (list === undefined) {
    list = Object.freeze(value.split(',').map((s) => s.trim()).filter((s) => s.length > 0));
    remember(trimmedLists, value, list);
  }
  return list;
}

/** The CCM's list for EIPs, private IPs and ssl-ports: split on "," and NOT trimmed. */
export function ccmRawList(value: string): string[] {
  return value.split(',');
}

/** The CCM's trimmed list (subnets, security groups): the same parsing as the LBC's today. Read-only. */
export function ccmList(value: string): readonly string[] {
  return lbcList(value);
}

export interface ParsedMap {
  readonly entries: ReadonlyArray<readonly [string, string]>;
  /** The first entry the LBC cannot parse (no "=", or an empty key). */
  readonly badEntry?: string;
  /** The entries by key, the last of equal keys winning, as the controller's map holds them. */
  readonly map: ReadonlyMap<string, string>;
}

/**
 * Parsed maps by annotation value. Parsing is a pure function of the text, and thousands of Services of one app carry
 * the same few values; several rules parse the same value of each Service. Bounded: cleared when full.
 */
const parsedMaps = new Map<string, ParsedMap>();

/** The LBC's `k=v` map (`ParseStringMapAnnotation`): entries trimmed, empty ones dropped, `\,` escapes a comma. Read-only. */
export function lbcMap(value: string): ParsedMap {
  const known = parsedMaps.get(value);
  if (known !== undefined) return known;
  // Frozen: every caller gets the same object.
  const { entries, badEntry } = parseLbcMap(value);
  const map: ReadonlyMap<string, string> = new Map(entries);
  const parsed: ParsedMap = Object.freeze({ entries: Object.freeze(entries.map((entry) => Object.freeze(entry))), badEntry, map });
  remember(parsedMaps, value, parsed);
  return parsed;
}

function parseLbcMap(value: string): { entries: Array<[string, string]>; badEntry?: string } {
  const entries: Array<[string, string]> = [];
  for (const raw of value.split(/(?<!\\),/)) {
    const pair = raw.replace(/\\,/g, ',').trim();
    if (pair.length === 0) continue;
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() === '') return { entries, badEntry: pair };
    entries.push([pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()]);
  }
  return { entries };
}

// ---- facts about the Service ----

/** The ports that are objects, in order. A derived fact (read-only): a dozen AWS rules ask for them. */
export function portsOf(manifest: unknown): readonly JsonObject[] {
  return derived('awsPorts', manifest, objectPorts);
}

function objectPorts(manifest: unknown): JsonObject[] {
  return portEntries(manifest).map((entry) => entry.port);
}

/**
 * The ports of the Service for a fix text: each by its name, else its number, with any other value quoted by show()
 * (a port field may be any JSON; converting an object to a string implicitly can throw).
 */
export function portList(ports: readonly JsonObject[]): string {
  return ports.map((p) => typeof p.name === 'string' ? p.name : isInteger(p.port) ? `${p.port}` : show(p.name ?? p.port)).join(', ');
}

/** The numbers of the Service's ports, ignoring ports whose number is not an integer. */
export function portNumbers(ports: readonly JsonObject[]): number[] {
  return ports.map((p) => p.port).filter(isInteger);
}

/** The names of the Service's named ports. */
export function portNames(ports: readonly JsonObject[]): string[] {
  return ports.map((p) => p.name).filter((n): n is string => typeof n === 'string' && n !== '');
}

export function protocolOfPort(port: JsonObject): string {
  return typeof port.protocol === 'string' ? port.protocol : 'TCP';
}

export function hasUdpPort(manifest: unknown): boolean {
  return portsOf(manifest).some((p) => protocolOfPort(p) === 'UDP');
}

/** The LBC's target type: `nlb-ip` forces ip, `ip` means ip, anything else instance (`buildTargetType`). */
export function lbcTargetType(manifest: unknown): 'ip' | 'instance' {
  const a = annotationsOf(manifest);
  return a[K.TYPE] === 'nlb-ip' || a[K.TARGET_TYPE] === 'ip' ? 'ip' : 'instance';
}

/**
 * The LBC's scheme for a new load balancer: `scheme` wins, then the deprecated boolean `internal`, then the
 * controller's default, internal.
 */
export function lbcScheme(manifest: unknown): string {
  const a = annotationsOf(manifest);
  if (a[K.SCHEME] !== undefined) return a[K.SCHEME];
  if (a[K.INTERNAL] !== undefined) {
    const internal = parseGoBool(a[K.INTERNAL]);
    if (internal !== undefined) return internal ? 'internal' : 'internet-facing';
  }
  return 'internal';
}

/**
 * The scheme one annotation asks the LBC for (`buildLoadBalancerScheme`): `aws-load-balancer-scheme` exactly, or the
 * deprecated `aws-load-balancer-internal` as a Go bool; undefined for a value the controller refuses or another key.
 */
export function lbcSchemeOfAnnotation(key: string, value: string): string | undefined {
  if (key === K.SCHEME) return value === 'internal' || value === 'internet-facing' ? value : undefined;
  if (key !== K.INTERNAL) return undefined;
  const internal = parseGoBool(value);
  return internal === undefined ? undefined : internal ? 'internal' : 'internet-facing';
}

/** The target type the LBC reads from `aws-load-balancer-nlb-target-type` (exactly `ip` or `instance`), or undefined. */
export function lbcTargetTypeOf(value: string): string | undefined {
  return value === 'ip' || value === 'instance' ? value : undefined;
}

/** The in-tree provider's scheme: `internal` absent, empty or exactly "false" means internet-facing. */
export function ccmScheme(manifest: unknown): string {
  const value = annotationsOf(manifest)[K.INTERNAL];
  return value === undefined || value === '' || value === 'false' ? 'internet-facing' : 'internal';
}

export function schemeOf(manifest: unknown, controller: AwsController): string {
  return controller === 'lbc' ? lbcScheme(manifest) : ccmScheme(manifest);
}

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

/** Target-group attributes as the controller would read them (LBC parsing, which is also what the CCM does). */
export function targetGroupAttributes(manifest: unknown): ReadonlyMap<string, string> {
  const raw = annotationsOf(manifest)[K.TG_ATTRIBUTES];
  return raw === undefined ? NO_ATTRIBUTES : lbcMap(raw).map;
}

/**
 * Whether the NLB's targets see the client's own IP: the attribute when set, else AWS's default (on for instance
 * targets, off for ip targets; always on for UDP).
 */
export function clientIpPreserved(manifest: unknown, controller: AwsController): boolean {
  const attr = targetGroupAttributes(manifest).get('preserve_client_ip.enabled');
  const parsed = attr === undefined ? undefined : parseGoBool(attr);
  if (parsed !== undefined) return parsed;
  if (hasUdpPort(manifest)) return true;
  return controller === 'ccm-nlb' || lbcTargetType(manifest) === 'instance';
}

export function proxyProtocolV2(manifest: unknown, controller: AwsController): boolean {
  const a = annotationsOf(manifest);
  if (controller === 'lbc' && a[K.PROXY_PROTOCOL] === '*') return true;
  if (controller === 'lbc' && a[K.PROXY_PROTOCOL_PER_TG] !== undefined && lbcList(a[K.PROXY_PROTOCOL_PER_TG]).length > 0) return true;
  return parseGoBool(targetGroupAttributes(manifest).get('proxy_protocol_v2.enabled') ?? '') === true;
}

export function sourceRangesOf(manifest: unknown): readonly string[] {
  const spec = specOf(manifest);
  if (Array.isArray(spec.loadBalancerSourceRanges) && spec.loadBalancerSourceRanges.length > 0) {
    return spec.loadBalancerSourceRanges.filter((s): s is string => typeof s === 'string');
  }
  const annotation = annotationsOf(manifest)[K.SOURCE_RANGES];
  return annotation === undefined ? [] : ccmList(annotation);
}

export function isNlb(controller: AwsController): boolean {
  return controller === 'lbc' || controller === 'ccm-nlb';
}

/** "the key X" for messages. */
export function keyName(key: string): string {
  return key.replace('service.beta.kubernetes.io/', '');
}
