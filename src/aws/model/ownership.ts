import { AWS_STEM_AFTER_SLASH, AwsKeys, LBC_CLASS, suffixOf, SuffixTraits, traitsOf } from './keys';
import { remember } from '../../rules/cache';
import { ScopeModel } from '../../rules/define';
import { annotationsOf, derived, isLoadBalancerService, specOf } from '../../rules/manifest';

/**
 * Which AWS controller reconciles a Service, as `pkg/service/service_utils.go` (LBC) and `aws_loadbalancer.go`
 * `isNLB` / `isLBExternal` (in-tree provider) decide it:
 * - `lbc`: the AWS Load Balancer Controller (NLB);
 * - `ccm-clb` / `ccm-nlb`: the in-tree provider / cloud-controller-manager, classic ELB or `type: nlb`;
 * - `none`: `type: external` without a valid target type, which neither picks up;
 * - `foreign`: a loadBalancerClass that neither AWS controller (with its default class) picks up.
 */
export type AwsController = 'lbc' | 'ccm-clb' | 'ccm-nlb' | 'none' | 'foreign';

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
 * The annotations the AWS controllers read, in manifest order. A derived fact: half a dozen rules look at every such key.
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
 * The suffix and traits by key, null for a key without the AWS prefix: every Service of an app repeats the same keys
 * (see remember()).
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
  const type = a[AwsKeys.TYPE];
  if (type === 'nlb-ip') return 'lbc';
  if (type === 'external') return ['ip', 'instance'].includes(a[AwsKeys.TARGET_TYPE]) ? 'lbc' : 'none';
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

export const ALL_CONTROLLERS: AwsController[] = ['lbc', 'ccm-clb', 'ccm-nlb', 'none', 'foreign'];

export const CCM: AwsController[] = ['ccm-clb', 'ccm-nlb'];

export const LBC: AwsController[] = ['lbc'];

export const KNOWN: AwsController[] = ['lbc', 'ccm-clb', 'ccm-nlb'];

export function isNlb(controller: AwsController): boolean {
  return controller === 'lbc' || controller === 'ccm-nlb';
}
