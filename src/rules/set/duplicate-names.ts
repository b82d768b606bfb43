import { ManifestSet } from './manifest-set';
import { defineSetRule, SetViolation } from './set-rule';
import { shareFrontend } from './shared-frontend';
import { AwsKeys } from '../../aws/model/keys';
import { AWS_SERVICES } from '../../aws/model/ownership';
import { AZURE_SERVICES, plsRequested } from '../../azure/model/cloud-provider-azure';
import { PlsKeys } from '../../azure/model/keys';
import { Cluster } from '../../profile/cluster';
import { annotationPath, annotationsOf, isLoadBalancerService, show } from '../manifest';
import { Severity } from '../rule';

/**
 * Two LoadBalancer Services of one cluster that ask a cloud for the same named resource: the controllers do not check
 * the name against the other Services, and the cloud's create is idempotent by name, so both Services get (and fight
 * over) one load balancer or one Private Link Service.
 */

interface Claim {
  readonly index: number;
  readonly key: string;
  /** The clusters where this Service claims the name, when not all of those judged. */
  readonly onlyOn?: string;
}

/** Each later Service that claims a name an earlier one claims, with the earlier ones. */
function duplicates(claims: readonly Claim[], path: string, describe: (name: string, others: string) => Omit<SetViolation, 'subject' | 'related' | 'path'>): SetViolation[] {
  const byKey = new Map<string, Claim[]>();
  for (const claim of claims) {
    const same = byKey.get(claim.key);
    if (same === undefined) byKey.set(claim.key, [claim]);
    else same.push(claim);
  }
  const out: SetViolation[] = [];
  for (const [key, same] of byKey) {
    if (same.length < 2) continue;
    for (const claim of same.slice(1)) {
      const others = same.filter((c) => c !== claim);
      const onlyOn = [claim, ...others].map((c) => c.onlyOn).find((o) => o !== undefined);
      const related = others.map((c) => ({ index: c.index, path }));
      out.push({ subject: claim.index, related, path, ...describe(key, String(others.length)), ...(onlyOn ? { onlyOn } : {}) });
    }
  }
  return out;
}

function lbcClaims(set: ManifestSet, cluster: Cluster): Claim[] {
  const claims: Claim[] = [];
  set.manifests.forEach((m, index) => {
    const name = (annotationsOf(m)[AwsKeys.NAME] ?? '').trim();
    if (name === '' || !isLoadBalancerService(m) || !AWS_SERVICES.owns(m)) return;
    const lbc = AWS_SERVICES.reconcilersOf(m, cluster).find((r) => r.controller === 'lbc');
    if (lbc !== undefined) claims.push({ index, key: name, onlyOn: lbc.onlyOn });
  });
  return claims;
}

export const uniqueLoadBalancerName = defineSetRule({
  id: 'AWS-LB-020',
  severity: Severity.ERROR,
  title: 'no two Services ask the AWS Load Balancer Controller for the same load balancer name',
  description: 'aws-load-balancer-name names the NLB that the AWS Load Balancer Controller creates. AWS load balancer names are unique per account and region, and the controller\'s CreateLoadBalancer is idempotent by name: a second Service with the same name gets the first Service\'s NLB, and the two controllers\' reconciles fight over its listeners and target groups (kubernetes-sigs/aws-load-balancer-controller#2533, #4472). '
    + 'Judged among the Services of the set that the controller reconciles (the in-tree provider ignores the key).',
  fix: 'Give each Service its own aws-load-balancer-name, or leave the annotation out to get a generated, unique name.',
  docs: 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#load-balancer-name',
  kinds: ['Service'],
  follows: 'buildLoadBalancerName (pkg/service/model_build_load_balancer.go), and the LoadBalancer deployer that finds or creates by that name (pkg/deploy/elbv2/load_balancer_manager.go)',
  dependsOnCluster: 'Only the Services the AWS Load Balancer Controller reconciles are judged: a Service without loadBalancerClass is its Service only where its Service mutator webhook runs (v2.5+, the default), so a finding on such a Service holds on those clusters only unless the profile says.',
}, ['Service'], (set, cluster) => duplicates(lbcClaims(set, cluster), annotationPath(AwsKeys.NAME), (name, others) => ({
  message: `${show(name)} is also the load balancer name of ${others === '1' ? 'another Service' : `${others} other Services`} of the set: the AWS Load Balancer Controller gives both one NLB (CreateLoadBalancer is idempotent by name), and their reconciles fight over it.`,
  fix: 'Give this Service its own aws-load-balancer-name (at most 32 characters), or remove the annotation.',
  propFix: 'Give this Service its own loadBalancerName, or leave it unset.',
})));

function plsClaims(set: ManifestSet, cluster: Cluster): Claim[] {
  const claims: Claim[] = [];
  set.manifests.forEach((m, index) => {
    const annotations = annotationsOf(m);
    const name = (annotations[PlsKeys.NAME] ?? '').trim();
    if (name === '' || !plsRequested(annotations)) return;
    if (!isLoadBalancerService(m) || (cluster.runs('cloud-provider-azure') === false) || !AZURE_SERVICES.owns(m)) return;
    // The name is unique per resource group: the key's own, or the cloud config's default (the same for all).
    claims.push({ index, key: `${(annotations[PlsKeys.RESOURCE_GROUP] ?? '').trim()}/${name}` });
  });
  return claims;
}

export const uniquePrivateLinkServiceName = defineSetRule({
  id: 'AZ-PLS-013',
  severity: Severity.ERROR,
  title: 'no two Services ask cloud-provider-azure for the same Private Link Service name',
  description: 'azure-pls-name names the Private Link Service that cloud-provider-azure creates in front of the Service\'s frontend, in the resource group of azure-pls-resource-group (or the cloud config\'s). cloud-provider-azure looks the PLS up by frontend, not by name: a second Service with the same name repoints the existing PLS to its own frontend, and the first Service\'s consumers reach the second Service (releases since kubernetes-sigs/cloud-provider-azure#10943 refuse it instead). Either way one of the two has no Private Link Service. Services that share one frontend share its one Private Link Service (AZ-PLS-014 judges them).',
  fix: 'Give each Service its own azure-pls-name, or set them in different azure-pls-resource-group.',
  docs: 'https://cloud-provider-azure.sigs.k8s.io/topics/pls-integration/',
  kinds: ['Service'],
  follows: 'getPrivateLinkServiceName and reconcilePrivateLinkService (pkg/provider/azure_privatelinkservice.go), whose lookup is keyed by the frontend IP configuration (pkg/provider/privatelinkservice/repo.go)',
  dependsOnCluster: 'Judged where cloud-provider-azure may run (every cluster without a profile, AKS with one); the release decides only whether the duplicate repoints the first Private Link Service (before kubernetes-sigs/cloud-provider-azure#10943) or is refused (since): an error either way.',
}, ['Service'], (set, cluster) => duplicates(plsClaims(set, cluster), annotationPath(PlsKeys.NAME), (key, others) => {
  const name = key.slice(key.indexOf('/') + 1);
  return {
    message: `${show(name)} is also the Private Link Service name of ${others === '1' ? 'another Service' : `${others} other Services`} of the set, in the same resource group: cloud-provider-azure repoints that PLS to this Service's frontend (or, since #10943, refuses it), so one of them has no Private Link Service.`,
    fix: 'Give this Service its own azure-pls-name.',
    propFix: 'Give this Service\'s Private Link Service its own name (addPrivateLinkService({ name })).',
  };
  // Services of one frontend have one Private Link Service: AZ-PLS-014 judges their settings.
}).filter((v) => !v.related.every((r) => shareFrontend(set.manifests[v.subject], set.manifests[r.index]))));
