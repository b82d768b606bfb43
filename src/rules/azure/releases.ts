import { AGIC_DOCS, CPA_DOCS, defineAgicRule, defineAzureServiceRule } from './define';
import { AGIC_KEY_RELEASES, AGIC_OLDEST_RELEASE, CPA_KEY_RELEASES, CPA_OLDEST_RELEASE, CPA_PORT_KEY_RELEASES, KeyReleases } from '../../azure/model/key-releases';
import { parsePortKey } from '../../azure/model/keys';
import { keysNewerThanRelease } from '../key-releases';
import { Severity } from '../rule';

function cpaReleasesOf(key: string): KeyReleases | undefined {
  const direct = CPA_KEY_RELEASES.get(key);
  if (direct !== undefined) return direct;
  const port = parsePortKey(key);
  return port === undefined ? undefined : CPA_PORT_KEY_RELEASES.get(port.setting);
}

export const cpaKeyNewerThanRelease = defineAzureServiceRule({
  id: 'AZ-LB-032',
  severity: Severity.ERROR,
  title: 'no key newer than the declared cloud-provider-azure release',
  description: 'cloud-provider-azure ignores the annotation keys it does not know: a key added in a later release (many came in a patch of each '
    + 'release line, e.g. azure-allowed-ip-ranges in v1.25.24, v1.26.19, v1.27.13, v1.28.5 and v1.29.0) does nothing on an older one, so the '
    + 'load balancer is not what the manifest says (no IP allow-list, TCP reset still on, the NSG rule still written).',
  fix: 'Upgrade the cluster (on AKS the cloud-provider-azure line is the Kubernetes version) to the first release that reads the key, or remove the key.',
  docs: CPA_DOCS,
  dependsOnCluster: 'Reported only with a cluster profile that declares the cloud-provider-azure release (ClusterProfile.aks({ kubernetesVersion }), lint --profile aks-1.29) '
    + 'and only when that release certainly does not read the key: nothing without a profile, nor when the key came in a patch release of the line '
    + 'and the profile names the line only ("1.34").',
}, (_m, annotations, _controller, cluster) => keysNewerThanRelease(annotations, cluster, 'cloud-provider-azure', CPA_OLDEST_RELEASE, cpaReleasesOf,
  'Upgrade cloud-provider-azure (on AKS: the Kubernetes version)'));

export const agicKeyNewerThanRelease = defineAgicRule({
  id: 'AZ-AGIC-023',
  severity: Severity.ERROR,
  title: 'no key newer than the declared AGIC release',
  description: 'AGIC ignores the appgw.ingress.kubernetes.io keys it does not know: a key added in a later release (health-probe-* in 1.4.0, '
    + 'rewrite-rule-set in 1.5.0, appgw-ssl-profile in 1.6.0, rule-priority in 1.7.0) does nothing on an older one.',
  fix: 'Upgrade AGIC to the first release that reads the key, or remove the key.',
  docs: AGIC_DOCS,
  dependsOnCluster: 'Reported only with a cluster profile that declares the AGIC release (applicationGatewayIngressController: { version }, lint --profile aks+agic-1.5.0) '
    + 'older than the first release that reads the key; nothing without a profile or without the AGIC release.',
}, (_m, annotations, _controller, cluster) => keysNewerThanRelease(annotations, cluster, 'agic', AGIC_OLDEST_RELEASE, (key) => AGIC_KEY_RELEASES.get(key),
  'Upgrade AGIC'));

export const RELEASE_RULES = [cpaKeyNewerThanRelease, agicKeyNewerThanRelease];
