import { ccmCreatedType } from './in-tree';
import { AWS_STEM_AFTER_SLASH, AwsKeys, LBC_CLASS, suffixOf, SuffixTraits, traitsOf } from './keys';
import { Cluster } from '../../profile/cluster';
import { remember } from '../../rules/cache';
import { Reconciler, ScopeModel } from '../../rules/define';
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

const ALL: AwsController[] = ['lbc', 'ccm-clb', 'ccm-nlb', 'none', 'foreign'];

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
  const a = annotationsOf(manifest);
  if (!namesNoClass(manifest)) return specOf(manifest).loadBalancerClass === LBC_CLASS ? 'lbc' : 'foreign';
  const type = a[AwsKeys.TYPE];
  if (type === 'nlb-ip') return 'lbc';
  if (type === 'external') return ['ip', 'instance'].includes(a[AwsKeys.TARGET_TYPE]) ? 'lbc' : 'none';
  if (type === 'nlb') return 'ccm-nlb';
  return 'ccm-clb';
}

/** No spec.loadBalancerClass (absent or null): the Service is for whichever controller takes class-less Services. */
export function namesNoClass(manifest: unknown): boolean {
  const cls = specOf(manifest).loadBalancerClass;
  return cls === undefined || cls === null;
}

/** Neither a class nor a type annotation: the manifest alone does not say which controller owns the Service. */
export function namesNoController(manifest: unknown): boolean {
  return namesNoClass(manifest) && annotationsOf(manifest)[AwsKeys.TYPE] === undefined;
}

/** A key only the AWS Load Balancer Controller reads: the author wrote the Service for it. */
export function hasLbcOnlyKey(manifest: unknown): boolean {
  return awsAnnotationsOf(manifest).some((a) => a.traits.lbcOnly);
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

/**
 * The AWS controllers that reconcile an AWS Service on the clusters judged. A Service without a loadBalancerClass is
 * the in-tree provider's as written, but the AWS Load Balancer Controller's Service mutator webhook (v2.5+, on by
 * default) gives it `service.k8s.aws/nlb` at creation (`MutateCreate`, `webhooks/core/service_mutator.go`): which
 * of the two reconciles it depends on the cluster. Without a profile that says, a Service with keys only the LBC reads
 * is judged for both (a finding of one holds on its clusters only); one without such keys is judged as written.
 */
export function reconcilersOf(manifest: unknown, cluster: Cluster): readonly Reconciler[] {
  if (cluster.runs('cloud-provider-aws') === false && cluster.runs('aws-load-balancer-controller') === false) return NONE;
  if (!isAwsService(manifest)) return plainReconcilers(manifest, cluster);
  const written = controllerOf(manifest);
  if (!namesNoClass(manifest) || written === 'lbc') return AS_WRITTEN[written];
  const webhook = cluster.lbcMutatorWebhook;
  if (webhook === true) return AS_WRITTEN.lbc;
  // Without LBC-only keys the Service was written for the in-tree provider: it is judged as that, and AWS-LB-017
  // warns that on a cluster with the webhook it becomes the LBC's NLB, which is wrong for it there too. Type
  // "external" without a valid target type ('none') asks for the LBC: the webhook's class makes it the LBC's NLB
  // (IsServiceSupported takes any Service of its class), so it is pending only where the webhook does not run.
  if (webhook === false || (written !== 'none' && !hasLbcOnlyKey(manifest))) return AS_WRITTEN[written];
  return WEBHOOK_OR_NOT[written];
}

const NONE: readonly Reconciler[] = [];

/**
 * A LoadBalancer Service without AWS keys or class is the in-tree provider's classic ELB where that is sure: its
 * status shows the load balancer the provider made (an AWS ELB hostname), or the profile says the provider runs and no
 * Service mutator webhook of the AWS Load Balancer Controller takes the Service over. Otherwise it may be another
 * cloud's, and no AWS rule judges it.
 */
function plainReconcilers(manifest: unknown, cluster: Cluster): readonly Reconciler[] {
  if (!isLoadBalancerService(manifest) || !namesNoController(manifest)) return NONE;
  if (ccmCreatedType(manifest) !== undefined) return AS_WRITTEN[controllerOf(manifest)];
  return cluster.runs('cloud-provider-aws') === true && cluster.lbcMutatorWebhook === false ? AS_WRITTEN['ccm-clb'] : NONE;
}

/** The Services the AWS rules may judge: AWS Services, and the LoadBalancer Services without a class (plainReconcilers). */
function awsOwned(manifest: unknown): boolean {
  return isAwsService(manifest) || (isLoadBalancerService(manifest) && namesNoController(manifest));
}

const WITHOUT_WEBHOOK = "clusters where the AWS Load Balancer Controller's Service mutator webhook does not run (the controller not installed, older than v2.5, or enableServiceMutatorWebhook: false)";

const WITH_WEBHOOK = 'clusters where the AWS Load Balancer Controller v2.5+ runs its Service mutator webhook (the Helm chart\'s default), which sets spec.loadBalancerClass: service.k8s.aws/nlb on the new Service';

const AS_WRITTEN = byController((c) => [{ controller: c }]);

const WEBHOOK_OR_NOT = byController((c) => [{ controller: c, onlyOn: WITHOUT_WEBHOOK }, { controller: 'lbc', onlyOn: WITH_WEBHOOK }]);

function byController(reconcilers: (controller: AwsController) => readonly Reconciler[]): Record<AwsController, readonly Reconciler[]> {
  const result: Partial<Record<AwsController, readonly Reconciler[]>> = {};
  for (const controller of ALL) result[controller] = reconcilers(controller);
  return result as Record<AwsController, readonly Reconciler[]>;
}

/** AWS Services (and plain LoadBalancer Services where the in-tree provider surely has them), and which AWS controllers reconcile each. */
export const AWS_SERVICES: ScopeModel = { name: 'aws', owns: awsOwned, reconcilersOf };

export const ALL_CONTROLLERS: AwsController[] = ALL;

export const CCM: AwsController[] = ['ccm-clb', 'ccm-nlb'];

export const LBC: AwsController[] = ['lbc'];

export const KNOWN: AwsController[] = ['lbc', 'ccm-clb', 'ccm-nlb'];

export function isNlb(controller: AwsController): boolean {
  return controller === 'lbc' || controller === 'ccm-nlb';
}
