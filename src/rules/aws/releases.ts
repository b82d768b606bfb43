import { awsRule, LBC_DOCS } from './define';
import {
  CCM_NLB_KEY_RELEASES, CCM_OLDEST_RELEASE, KeyReleases, LBC_KEY_PATTERN_RELEASES, LBC_KEY_RELEASES, LBC_OLDEST_RELEASE,
} from '../../aws/model/key-releases';
import { suffixOf } from '../../aws/model/keys';
import { keysNewerThanRelease } from '../key-releases';
import { Severity } from '../rule';

function lbcReleasesOf(key: string): KeyReleases | undefined {
  const suffix = suffixOf(key);
  if (suffix === undefined) return undefined;
  return LBC_KEY_RELEASES.get(suffix) ?? LBC_KEY_PATTERN_RELEASES.find((p) => p.pattern.test(suffix))?.releases;
}

export const keyNewerThanRelease = awsRule({
  id: 'AWS-LB-019',
  severity: Severity.ERROR,
  title: 'no key newer than the declared release of the controller that reconciles the Service',
  description: 'The AWS controllers ignore the annotation keys they do not know: a key of the AWS Load Balancer Controller added in a later release '
    + '(security-groups in v2.6.0, security-group-prefix-lists in v2.8.0, disable-nlb-sg in v2.14.0), or a key of the in-tree NLB added to '
    + 'cloud-provider-aws after Kubernetes 1.26 (target-group-attributes in v1.32.6, v1.33.3, v1.34.2; private-ipv4-addresses in v1.35.0), '
    + 'does nothing on an older release: the load balancer is not what the manifest says.',
  fix: 'Upgrade the controller (for cloud-provider-aws: the cluster\'s Kubernetes version) to the first release that reads the key, or remove the key.',
  docs: LBC_DOCS,
  dependsOnCluster: 'Reported only with a cluster profile that declares the release of the controller that reconciles the Service '
    + '(ClusterProfile.eks({ kubernetesVersion, awsLoadBalancerController: { version } }), lint --profile eks-1.30+lbc-2.7.2) and only when that '
    + 'release certainly does not read the key: nothing without a profile or a release, nor when the key came in a patch of the line and the '
    + 'profile names the line only (EKS names the cloud-provider-aws line, "1.33").',
}, ['lbc', 'ccm-nlb'], (_m, annotations, controller, cluster) => (controller === 'lbc'
  ? keysNewerThanRelease(annotations, cluster, 'aws-load-balancer-controller', LBC_OLDEST_RELEASE, lbcReleasesOf,
    'Upgrade the AWS Load Balancer Controller')
  : keysNewerThanRelease(annotations, cluster, 'cloud-provider-aws', CCM_OLDEST_RELEASE, (key) => CCM_NLB_KEY_RELEASES.get(key),
    'Upgrade cloud-provider-aws (on EKS: the Kubernetes version)')));

export const RELEASE_RULES = [keyNewerThanRelease];
