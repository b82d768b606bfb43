import { awsRule, CCM_SOURCE, LBC_DOCS } from './define';
import { keyName, schemeOf, sourceRangesOf } from './facts';
import { ccmScheme } from '../../aws/model/in-tree';
import { AWS_KEY_PREFIX, AWS_KEY_STEM, AWS_PREFIX, AwsKeys, LBC_CLASS, SuffixTraits } from '../../aws/model/keys';
import { lbcScheme, lbcSchemeOfAnnotation } from '../../aws/model/lbc';
import {
  ALL_CONTROLLERS, AwsAnnotation, awsAnnotationsOf, AwsController, awsStemKeysOf, CCM, controllerName, controllerOf, hasLbcOnlyKey,
  isAwsService, KNOWN, LBC, namesNoClass, namesNoController,
} from '../../aws/model/ownership';
import { defineRule, onClusters, violation } from '../define';
import { annotationPath, annotationsOf, show, specOf } from '../manifest';
import { RuleViolation, Severity } from '../rule';

const SERVICE_UTILS = 'https://github.com/kubernetes-sigs/aws-load-balancer-controller/blob/main/pkg/service/service_utils.go';
const CCM_LB = 'https://github.com/kubernetes/cloud-provider-aws/blob/master/pkg/providers/v1/aws_loadbalancer.go';
const TYPE_VALUES = ['nlb', 'nlb-ip', 'external'];

/**
 * Spellings of "a classic ELB": the in-tree provider makes one for any value but "nlb" (`isNLB`), which is what a
 * Service written this way asks for.
 */
const CLASSIC_VALUES = ['elb', 'clb', 'classic'];

// ---- the live object: what the diff compares ----

/**
 * The controller of the live object, where controllerOf() judges the manifest as written. A Service that names no
 * controller but carries LBC-only keys was given the LBC's class by its webhook (on by default since v2.5) when it was
 * created, and the webhook copies the class forward on every update, so the manifest never shows it. The rules keep
 * the manifest's view: AWS-LB-004 tells the author that those keys need the class written out.
 */
export function liveControllerOf(manifest: unknown): AwsController {
  return namesNoController(manifest) && hasLbcOnlyKey(manifest) ? 'lbc' : controllerOf(manifest);
}

/**
 * The live controllers of two versions of one Service. When neither names its controller and either has LBC-only
 * keys, both are the LBC's: in a cluster with the webhook the class was set when the Service was created, whatever
 * its annotations were then.
 */
export function liveControllersOf(before: unknown, after: unknown): [AwsController, AwsController] {
  if (namesNoController(before) && namesNoController(after) && (hasLbcOnlyKey(before) || hasLbcOnlyKey(after))) return ['lbc', 'lbc'];
  return [liveControllerOf(before), liveControllerOf(after)];
}

/**
 * The scheme the annotations ask of an existing NLB, with the key that asks it (aws-load-balancer-scheme wins over the
 * deprecated internal flag, as in lbcScheme()). Undefined when no key asks, or the LBC refuses the value: unlike a new
 * NLB, which then gets the default, an existing one keeps its scheme.
 */
export function lbcRequestedScheme(manifest: unknown): { readonly key: string; readonly scheme: string } | undefined {
  const a = annotationsOf(manifest);
  const key = a[AwsKeys.SCHEME] !== undefined ? AwsKeys.SCHEME : AwsKeys.INTERNAL;
  const scheme = a[key] === undefined ? undefined : lbcSchemeOfAnnotation(key, a[key]);
  return scheme === undefined ? undefined : { key, scheme };
}

export const typeValue = awsRule({
  id: 'AWS-LB-001',
  severity: Severity.ERROR,
  title: 'aws-load-balancer-type is exactly nlb, nlb-ip or external',
  description: 'The in-tree provider makes an NLB only for the exact value "nlb" and hands "nlb-ip" and "external" to the AWS Load Balancer Controller; any other value (a typo, "NLB", "nlb ") silently gives a classic ELB. "elb", "clb" and "classic" ask for the classic ELB they get, and are accepted. A Service of the AWS Load Balancer Controller\'s class (written, or given by its webhook) is its NLB whatever the type says: the controller reads only "nlb-ip" and "external" from it (buildTargetType) and the rule does not judge it.',
  fix: 'Use loadBalancerClass: service.k8s.aws/nlb for the AWS Load Balancer Controller, "nlb" for the in-tree NLB, or drop the annotation for a classic ELB.',
  docs: CCM_LB,
}, CCM, (m) => {
  const value = annotationsOf(m)[AwsKeys.TYPE];
  if (value === undefined || TYPE_VALUES.includes(value)) return [];
  const lower = value.trim().toLowerCase();
  if (CLASSIC_VALUES.includes(lower)) return [];
  const fix = TYPE_VALUES.includes(lower)
    ? `Write it exactly "${lower}" (lower case, no spaces).`
    : 'Use "external" with aws-load-balancer-nlb-target-type (or loadBalancerClass: service.k8s.aws/nlb), "nlb" for the in-tree NLB, or drop the annotation for a classic ELB.';
  return [violation(annotationPath(AwsKeys.TYPE), `${show(value)} is not a value any AWS controller knows: the in-tree provider silently makes a classic ELB.`, fix)];
});

export const externalNeedsTargetType = awsRule({
  id: 'AWS-LB-002',
  severity: Severity.ERROR,
  title: 'aws-load-balancer-type external comes with nlb-target-type ip or instance',
  description: 'Without a loadBalancerClass, the AWS Load Balancer Controller takes a Service with type "external" only when aws-load-balancer-nlb-target-type is exactly "ip" or "instance"; the in-tree provider steps aside for "external", so nobody creates the load balancer and the Service stays pending. Where the controller\'s Service mutator webhook runs (v2.5+, the default), the new Service gets its class and becomes its NLB: a warning for the clusters without the webhook.',
  fix: 'Set aws-load-balancer-nlb-target-type to "ip" or "instance", or use loadBalancerClass: service.k8s.aws/nlb.',
  docs: SERVICE_UTILS,
}, ['none'], (m) => {
  const target = annotationsOf(m)[AwsKeys.TARGET_TYPE];
  const path = annotationPath(target === undefined ? AwsKeys.TYPE : AwsKeys.TARGET_TYPE);
  const what = target === undefined ? 'type "external" has no aws-load-balancer-nlb-target-type' : `type "external" has aws-load-balancer-nlb-target-type ${show(target)}`;
  return [violation(path, `${what}: neither the AWS Load Balancer Controller nor the in-tree provider reconciles this Service, which stays pending.`,
    'Set aws-load-balancer-nlb-target-type: "ip" (or "instance"), or use loadBalancerClass: service.k8s.aws/nlb.')];
});

export const foreignClass = awsRule({
  id: 'AWS-LB-003',
  severity: Severity.WARNING,
  title: 'a Service with AWS annotations has the AWS Load Balancer Controller\'s class, or none',
  description: 'The in-tree provider skips every Service with a loadBalancerClass, and the AWS Load Balancer Controller takes only its own class (service.k8s.aws/nlb unless started with another --load-balancer-class): with another class, none of the aws-load-balancer-* annotations is read by them.',
  fix: 'Use loadBalancerClass: service.k8s.aws/nlb, or remove the class for the in-tree provider; acknowledge this warning if your controller runs with this class (a custom --load-balancer-class, EKS Auto Mode\'s eks.amazonaws.com/nlb).',
  docs: SERVICE_UTILS,
}, ['foreign'], (m) => [violation('spec.loadBalancerClass',
  `${show(specOf(m).loadBalancerClass)} is not ${LBC_CLASS}: the AWS Load Balancer Controller (default configuration) and the in-tree provider both ignore this Service and its aws-load-balancer-* annotations.`,
  `Set loadBalancerClass: ${LBC_CLASS}, or acknowledge if a controller of yours runs with this class. The class cannot be changed once set: re-create the Service.`)]);

export const lbcKeysOnCcm = awsRule({
  id: 'AWS-LB-004',
  severity: Severity.ERROR,
  title: 'no AWS Load Balancer Controller key on a Service of the in-tree provider',
  description: 'A Service without loadBalancerClass and without type external/nlb-ip is reconciled by the in-tree provider, which silently ignores the AWS Load Balancer Controller\'s keys. The worst case is aws-load-balancer-scheme: internal, which the in-tree provider ignores, creating an internet-facing load balancer.',
  fix: 'Select the AWS Load Balancer Controller (loadBalancerClass: service.k8s.aws/nlb), or use the in-tree provider\'s keys (aws-load-balancer-internal: "true" instead of -scheme).',
  docs: 'https://github.com/kubernetes-sigs/aws-load-balancer-controller/issues/4539',
  dependsOnCluster: 'The AWS Load Balancer Controller\'s Service mutator webhook (v2.5+, on by default) gives a Service without a class the controller\'s class: there its keys are read. An error on clusters without the webhook (EKS without the controller, the controller before v2.5 or with enableServiceMutatorWebhook: false), a warning when the profile does not say.',
}, CCM, (m, _annotations, controller) => {
  const out: RuleViolation[] = [];
  for (const { key, suffix, value, traits } of awsAnnotationsOf(m)) {
    if (!traits.lbcOnly) continue;
    const scheme = suffix === 'scheme'
      ? ` The load balancer will be ${ccmScheme(m)}, whatever this says.`
      : '';
    const fix = suffix === 'scheme'
      ? `Select the AWS Load Balancer Controller with loadBalancerClass: ${LBC_CLASS}, or use aws-load-balancer-internal: "${value === 'internet-facing' ? 'false' : 'true'}".`
      : `Select the AWS Load Balancer Controller with loadBalancerClass: ${LBC_CLASS}, or remove ${keyName(key)}.`;
    out.push(violation(annotationPath(key), `${keyName(key)}=${show(value)} is read only by the AWS Load Balancer Controller, but this Service goes to ${controllerName(controller)}, which ignores it.${scheme}`, fix));
  }
  return out;
});

/** What to use on an NLB instead of each classic-ELB-only key. */
const CCM_KEY_REPLACEMENTS: { readonly [suffix: string]: string } = {
  'extra-security-groups': 'list every group in aws-load-balancer-security-groups',
  'connection-draining-enabled': 'use deregistration_delay.timeout_seconds in aws-load-balancer-target-group-attributes',
  'connection-draining-timeout': 'use deregistration_delay.timeout_seconds in aws-load-balancer-target-group-attributes',
  'connection-idle-timeout': 'use tcp.idle_timeout.seconds in aws-load-balancer-listener-attributes.TCP-<port>',
  'access-log-emit-interval': 'remove it: NLB access logs have no emit interval',
};

/** One violation per AWS annotation whose key suffix fails `accepted`. */
function awsKeyViolations(
  manifest: unknown,
  accepted: (traits: SuffixTraits) => boolean,
  report: (annotation: AwsAnnotation) => RuleViolation,
): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const annotation of awsAnnotationsOf(manifest)) if (!accepted(annotation.traits)) out.push(report(annotation));
  return out;
}

export const ccmKeysOnLbc = awsRule({
  id: 'AWS-LB-005',
  severity: Severity.ERROR,
  title: 'no in-tree-only key on a Service of the AWS Load Balancer Controller',
  description: 'The AWS Load Balancer Controller creates NLBs and ignores the classic-ELB keys of the in-tree provider: extra-security-groups, connection-draining-*, connection-idle-timeout and access-log-emit-interval.',
  fix: 'Remove the key; on an NLB use aws-load-balancer-security-groups, target-group attribute deregistration_delay.timeout_seconds, or the listener attribute tcp.idle_timeout.seconds.',
  docs: LBC_DOCS,
}, LBC, (m) => awsKeyViolations(m, (traits) => !traits.ccmOnly, ({ key, suffix, value }) => violation(annotationPath(key),
  `${keyName(key)}=${show(value)} is a classic-ELB key of the in-tree provider; the AWS Load Balancer Controller, which reconciles this Service, ignores it.`,
  `${CCM_KEY_REPLACEMENTS[suffix]}, or drop the key.`),
));

export const wrongPrefix = defineRule({
  id: 'AWS-LB-006',
  severity: Severity.ERROR,
  title: 'aws-load-balancer-* keys use the prefix service.beta.kubernetes.io/',
  description: 'Both AWS controllers read only service.beta.kubernetes.io/aws-load-balancer-*; the same name under service.kubernetes.io/ or another prefix is silently ignored.',
  fix: 'Write the key as service.beta.kubernetes.io/aws-load-balancer-<name>.',
  docs: LBC_DOCS,
}, (m) => {
  if (!isAwsService(m)) return [];
  const stemKeys = awsStemKeysOf(m);
  if (stemKeys.length === awsAnnotationsOf(m).length) return []; // every key with the stem has the right prefix
  return stemKeys
    .filter((key) => !key.startsWith(AWS_KEY_PREFIX))
    .map((key) => violation(annotationPath(key), `the key ${show(key)} has a prefix neither AWS controller reads: it is ignored.`,
      `Rename it to ${AWS_PREFIX}${key.slice(key.indexOf(AWS_KEY_STEM))}.`));
});

export const unknownKey = awsRule({
  id: 'AWS-LB-007',
  severity: Severity.WARNING,
  title: 'aws-load-balancer-* keys are keys an AWS controller reads',
  description: 'A misspelt key (aws-load-balancer-schema, -healthcheck-intervall) is ignored without a word by both controllers.',
  fix: 'Correct the key against the controller\'s annotation list; acknowledge if it is a key newer than this library knows.',
  docs: LBC_DOCS,
}, ALL_CONTROLLERS, (m) => awsKeyViolations(m, (traits) => traits.known, ({ key }) => violation(annotationPath(key),
  `${show(key)} is not a key that the AWS Load Balancer Controller or the in-tree provider reads: it is ignored.`,
  'Correct the spelling (see the annotation list of the controller), or acknowledge if your controller version has this key.'),
));

/** The deprecated specific keys of the LBC, and the aws-load-balancer-attributes entry each overrides. */
const DEPRECATED_ATTRIBUTE_KEYS: ReadonlyArray<[string, string]> = [
  [AwsKeys.ACCESS_LOG_ENABLED, 'access_logs.s3.enabled'],
  [AwsKeys.ACCESS_LOG_BUCKET, 'access_logs.s3.bucket'],
  [AwsKeys.ACCESS_LOG_PREFIX, 'access_logs.s3.prefix'],
  [AwsKeys.CROSS_ZONE, 'load_balancing.cross_zone.enabled'],
];

export const deprecatedForms = awsRule({
  id: 'AWS-LB-008',
  severity: Severity.WARNING,
  title: 'no deprecated AWS Load Balancer Controller forms',
  description: 'type "nlb-ip", the boolean aws-load-balancer-internal and the access-log-*/cross-zone-load-balancing-enabled keys are deprecated in the AWS Load Balancer Controller since v2.2/v2.3. The specific access-log and cross-zone keys also win over aws-load-balancer-attributes, which hides a value set there.',
  fix: 'Use loadBalancerClass: service.k8s.aws/nlb with nlb-target-type: ip, aws-load-balancer-scheme, and aws-load-balancer-attributes.',
  docs: LBC_DOCS,
}, LBC, (m) => {
  const a = annotationsOf(m);
  const out: RuleViolation[] = [];
  if (a[AwsKeys.TYPE] === 'nlb-ip') {
    out.push(violation(annotationPath(AwsKeys.TYPE), '"nlb-ip" is deprecated.', `Use loadBalancerClass: ${LBC_CLASS} and aws-load-balancer-nlb-target-type: "ip" (on a new Service: the type annotation must not change on an existing one).`));
  }
  if (a[AwsKeys.INTERNAL] !== undefined) {
    out.push(violation(annotationPath(AwsKeys.INTERNAL), `${show(a[AwsKeys.INTERNAL])}: aws-load-balancer-internal is deprecated in the AWS Load Balancer Controller.`,
      `Use aws-load-balancer-scheme: "${lbcScheme(m)}" instead.`));
  }
  for (const [key, attribute] of DEPRECATED_ATTRIBUTE_KEYS) {
    if (a[key] === undefined) continue;
    out.push(violation(annotationPath(key), `${keyName(key)}=${show(a[key])} is deprecated, and it overrides ${attribute} in aws-load-balancer-attributes.`,
      `Write ${attribute}=${a[key]} in aws-load-balancer-attributes instead.`));
  }
  return out;
});

export const noLoadBalancerIp = awsRule({
  id: 'AWS-LB-009',
  severity: Severity.ERROR,
  title: 'no spec.loadBalancerIP on AWS',
  description: 'The in-tree provider fails with "LoadBalancerIP cannot be specified for AWS ELB"; the AWS Load Balancer Controller ignores the field. AWS load balancers get addresses per subnet.',
  fix: 'Remove loadBalancerIP; for fixed addresses use aws-load-balancer-eip-allocations (internet-facing) or aws-load-balancer-private-ipv4-addresses (internal), one per subnet.',
  docs: CCM_SOURCE,
}, ALL_CONTROLLERS, (m, _annotations, controller) => {
  const value = specOf(m).loadBalancerIP;
  if (value === undefined || value === null || value === '') return [];
  const effect = controller === 'lbc' ? 'the AWS Load Balancer Controller ignores it' : 'the in-tree provider fails: "LoadBalancerIP cannot be specified for AWS ELB"';
  return [violation('spec.loadBalancerIP', `${show(value)}: ${effect}.`, 'Remove it; use EIP allocations (internet-facing) or private IPv4 addresses (internal), one per subnet.')];
});

export const publicNeedsSourceRanges = awsRule({
  id: 'AWS-LB-010',
  severity: Severity.WARNING,
  title: 'an internet-facing load balancer restricts its clients with loadBalancerSourceRanges',
  description: 'Without source ranges, both AWS controllers open the listener ports to 0.0.0.0/0 (and ::/0 for dual-stack): the service is reachable from the whole internet.',
  fix: 'Set loadBalancerSourceRanges to the client CIDRs, or make it internal; acknowledge if it is meant for everyone.',
  docs: 'https://kubernetes.io/docs/tasks/access-application-cluster/configure-cloud-provider-firewall/',
}, KNOWN, (m, _annotations, controller) => {
  if (schemeOf(m, controller) !== 'internet-facing' || sourceRangesOf(m).length > 0) return [];
  // With its own security groups the LBC ignores source ranges: AWS-NLB-012 reports that case.
  if (controller === 'lbc' && annotationsOf(m)[AwsKeys.SECURITY_GROUPS] !== undefined) return [];
  const key = controller === 'lbc' ? (annotationsOf(m)[AwsKeys.SCHEME] !== undefined ? AwsKeys.SCHEME : AwsKeys.INTERNAL) : AwsKeys.INTERNAL;
  const what = annotationsOf(m)[key] === undefined ? 'by default' : `(${keyName(key)}: ${show(annotationsOf(m)[key])})`;
  return [violation('spec.loadBalancerSourceRanges', `the load balancer is internet-facing ${what} and has no source ranges, so it accepts clients from 0.0.0.0/0.`,
    'Set loadBalancerSourceRanges to the CIDRs of your clients, or make the load balancer internal; acknowledge this warning for a truly public service.')];
});

const TLS_KEYS = [AwsKeys.SSL_PORTS, AwsKeys.SSL_POLICY, AwsKeys.ALPN];

export const tlsWithoutCertificate = awsRule({
  id: 'AWS-LB-011',
  severity: Severity.WARNING,
  title: 'TLS settings come with aws-load-balancer-ssl-cert',
  description: 'Without a certificate no listener is TLS: ssl-ports, ssl-negotiation-policy, alpn-policy and (on an NLB) backend-protocol ssl are ignored.',
  fix: 'Add aws-load-balancer-ssl-cert with the certificate ARN, or remove the TLS settings.',
  docs: LBC_DOCS + '#ssl-cert',
}, KNOWN, (m, _annotations, controller) => {
  const a = annotationsOf(m);
  if (a[AwsKeys.SSL_CERT] !== undefined && a[AwsKeys.SSL_CERT].trim() !== '') return [];
  const keys = TLS_KEYS.filter((key) => a[key] !== undefined);
  if (controller !== 'ccm-clb' && a[AwsKeys.BACKEND_PROTOCOL] === 'ssl') keys.push(AwsKeys.BACKEND_PROTOCOL);
  return keys.map((key) => violation(annotationPath(key), `${keyName(key)}=${show(a[key])} has no effect: there is no aws-load-balancer-ssl-cert, so no listener is TLS.`,
    'Add aws-load-balancer-ssl-cert (the certificate ARN), or remove this key.'));
});

const WITH_WEBHOOK = "clusters where the AWS Load Balancer Controller v2.5+ runs its Service mutator webhook (the Helm chart's default)";

export const inTreeServiceTakenByWebhook = awsRule({
  id: 'AWS-LB-017',
  severity: Severity.WARNING,
  title: 'a Service written for the in-tree provider is not given to the AWS Load Balancer Controller by its webhook',
  description: 'The AWS Load Balancer Controller\'s Service mutator webhook (v2.5+, on by default) sets spec.loadBalancerClass: service.k8s.aws/nlb on every new LoadBalancer Service without a class (MutateCreate, webhooks/core/service_mutator.go). A Service written for the in-tree provider (a classic ELB, or type nlb) then becomes an NLB of that controller, which reads its annotations its own way and ignores the classic ELB\'s.',
  fix: 'Write the Service for the controller that reconciles it: loadBalancerClass: service.k8s.aws/nlb and its annotations for the AWS Load Balancer Controller; to keep the in-tree provider, exclude the Service from the webhook (Helm value serviceMutatorWebhookConfig.objectSelector) or run the controller with enableServiceMutatorWebhook: false, and declare that in the cluster profile.',
  docs: 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/deploy/configurations/',
  dependsOnCluster: 'Reported only where the AWS Load Balancer Controller v2.5+ runs its Service mutator webhook: with a profile that says so, or (as a warning for those clusters) without a profile; nothing on EKS without the controller.',
}, ALL_CONTROLLERS, (m, _annotations, _controller, cluster) => {
  if (!namesNoClass(m) || hasLbcOnlyKey(m)) return [];
  const written = controllerOf(m);
  // 'none' (type external without a valid target type) was written for the AWS Load Balancer Controller.
  if (written === 'lbc' || written === 'foreign' || written === 'none') return [];
  return onClusters(cluster.lbcMutatorWebhook, WITH_WEBHOOK, violation('spec.loadBalancerClass',
    `this Service has no loadBalancerClass and is written for ${controllerName(written)}, but the AWS Load Balancer Controller's Service mutator webhook gives it ${LBC_CLASS} when it is created: it becomes that controller's NLB, not what its annotations describe.`,
    'Set loadBalancerClass: service.k8s.aws/nlb with the AWS Load Balancer Controller\'s annotations, or keep the in-tree provider by excluding the Service from the webhook (serviceMutatorWebhookConfig.objectSelector) or disabling it (enableServiceMutatorWebhook: false), and declare that in your cluster profile.'));
});

export const lbcServiceWithoutLbc = awsRule({
  id: 'AWS-LB-018',
  severity: Severity.ERROR,
  title: 'a Service for the AWS Load Balancer Controller is on a cluster that runs it',
  description: 'A Service with loadBalancerClass service.k8s.aws/nlb (or type external / nlb-ip) is skipped by the in-tree provider; on a cluster without the AWS Load Balancer Controller nobody creates its load balancer and it stays pending.',
  fix: 'Install the AWS Load Balancer Controller (and declare it in the cluster profile), or write the Service for the in-tree provider.',
  docs: 'https://docs.aws.amazon.com/eks/latest/userguide/aws-load-balancer-controller.html',
  dependsOnCluster: 'Reported only with a cluster profile that declares the controllers that run and leaves out the AWS Load Balancer Controller (ClusterProfile.eks() without awsLoadBalancerController, lint --profile eks).',
}, LBC, (m, annotations, _controller, cluster) => {
  if (cluster.runs('aws-load-balancer-controller') !== false) return [];
  const byType = namesNoClass(m);
  const path = byType ? annotationPath(AwsKeys.TYPE) : 'spec.loadBalancerClass';
  const what = byType ? `aws-load-balancer-type=${show(annotations[AwsKeys.TYPE])}` : `loadBalancerClass ${show(specOf(m).loadBalancerClass)}`;
  return [violation(path, `${what} gives this Service to the AWS Load Balancer Controller, which ${cluster.describe()} does not run: the in-tree provider skips it and the Service stays pending.`,
    'Install the AWS Load Balancer Controller and add it to the cluster profile (awsLoadBalancerController: { version }), or remove the class for the in-tree provider.')];
});

export const CONTROLLER_RULES = [
  typeValue, externalNeedsTargetType, foreignClass, lbcKeysOnCcm, ccmKeysOnLbc, wrongPrefix, unknownKey, deprecatedForms,
  noLoadBalancerIp, publicNeedsSourceRanges, tlsWithoutCertificate, inTreeServiceTakenByWebhook, lbcServiceWithoutLbc,
];

