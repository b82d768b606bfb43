import { agicIngress, internalSvc, plsSvc, publicSvc } from './fixtures';
import { ClusterProfile } from '../../../src';
import { annotationPath, key } from '../../helpers';
import { RuleCases } from '../cases';

const AKS_128 = ClusterProfile.aks({ kubernetesVersion: '1.28' });
const AKS_129 = ClusterProfile.aks({ kubernetesVersion: '1.29' });
const AKS_135 = ClusterProfile.aks({ kubernetesVersion: '1.35' });
const AKS_137 = ClusterProfile.aks({ kubernetesVersion: '1.37' });
/** cloud-provider-azure of a given patch release: the declared release decides a key that came in a patch. */
const cpa = (version: string) => ClusterProfile.custom({ controllers: { cloudProviderAzure: { version } } });
const agic = (version?: string) => ClusterProfile.aks({ kubernetesVersion: '1.30', applicationGatewayIngressController: { version } });

const NSG = key('azure-disable-load-balancer-nsg-rule');
const RANGES = key('azure-allowed-ip-ranges');
const TCP_RESET = key('azure-load-balancer-disable-tcp-reset');

/** The rules of keys newer than the declared release (AZ-LB-032, AZ-AGIC-023). */
export const RELEASE_CASES: RuleCases = {
  'AZ-LB-032': {
    compliant: [
      { title: 'the NSG-rule opt-out without a profile (every release judged: no noise)', manifest: publicSvc({ [NSG]: 'true' }) },
      { title: 'the NSG-rule opt-out on v1.35.6, the cherry-pick', profile: cpa('1.35.6'), manifest: publicSvc({ [NSG]: 'true' }) },
      { title: 'the NSG-rule opt-out on AKS 1.37, a line after the key landed on master', profile: AKS_137, manifest: publicSvc({ [NSG]: 'true' }) },
      { title: 'the NSG-rule opt-out on AKS 1.35: the patch that decides is not declared', profile: AKS_135, manifest: publicSvc({ [NSG]: 'true' }) },
      { title: 'allowed IP ranges on AKS 1.29, where the line has them from v1.29.0', profile: AKS_129, manifest: publicSvc({ [RANGES]: '10.0.0.0/8' }) },
      { title: 'allowed IP ranges on AKS 1.28: v1.28.5 has them, the patch is not declared', profile: AKS_128, manifest: publicSvc({ [RANGES]: '10.0.0.0/8' }) },
      { title: 'allowed IP ranges on v1.28.5, the cherry-pick', profile: cpa('1.28.5'), manifest: publicSvc({ [RANGES]: '10.0.0.0/8' }) },
      { title: 'a key every release reads, on an old patch', profile: cpa('1.26.0'), manifest: internalSvc({ [key('azure-load-balancer-internal-subnet')]: 'lb' }) },
      { title: 'a release older than the table (v1.1), not judged', profile: ClusterProfile.custom({ controllers: { cloudProviderAzure: { version: '1.1.10' } } }), manifest: publicSvc({ [RANGES]: '10.0.0.0/8' }) },
      { title: 'the NSG-rule opt-out on EKS, where cloud-provider-azure does not run', profile: ClusterProfile.eks({ kubernetesVersion: '1.30' }), manifest: publicSvc({ [NSG]: 'true' }) },
    ],
    noncompliant: [
      { title: 'the NSG-rule opt-out on AKS 1.29', profile: AKS_129, manifest: publicSvc({ [NSG]: 'true' }), path: annotationPath(NSG), message: [`${NSG}="true"`, 'cloud-provider-azure v1.29', 'v1.35.6 is the first release'], fix: ['Upgrade cloud-provider-azure', 'v1.35.6 or later', 'remove the key'] },
      { title: 'the NSG-rule opt-out on v1.35.5, the patch before the cherry-pick', profile: cpa('1.35.5'), manifest: publicSvc({ [NSG]: 'true' }), path: annotationPath(NSG), message: ['v1.35.5', 'v1.35.6 is the first release'] },
      { title: 'the NSG-rule opt-out on v1.36.1, before the v1.36 cherry-pick', profile: cpa('1.36.1'), manifest: publicSvc({ [NSG]: 'true' }), path: annotationPath(NSG), message: ['v1.36.2 is the first release'] },
      { title: 'allowed IP ranges on v1.28.4', profile: cpa('1.28.4'), manifest: publicSvc({ [RANGES]: '10.0.0.0/8' }), path: annotationPath(RANGES), message: ['"10.0.0.0/8"', 'v1.28.4', 'v1.28.5 is the first release'] },
      { title: 'TCP reset opt-out on v1.26.14, the patch before the cherry-pick', profile: cpa('1.26.14'), manifest: publicSvc({ [TCP_RESET]: 'true' }), path: annotationPath(TCP_RESET), message: ['v1.26.15 is the first release'] },
      { title: 'a per-port probe protocol on v1.25.5', profile: cpa('1.25.5'), manifest: publicSvc({ [key('port_80_health-probe_protocol')]: 'Http' }), path: annotationPath(key('port_80_health-probe_protocol')), message: ['"Http"', 'v1.25.6 is the first release'] },
      { title: 'the PLS resource group on v1.27.8', profile: cpa('1.27.8'), manifest: plsSvc({ [key('azure-pls-resource-group')]: 'rg' }), path: annotationPath(key('azure-pls-resource-group')), message: ['"rg"', 'v1.27.9'] },
    ],
  },
  'AZ-AGIC-023': {
    compliant: [
      { title: 'rule-priority without a profile', manifest: agicIngress({ 'appgw.ingress.kubernetes.io/rule-priority': '10' }) },
      { title: 'rule-priority with AGIC of no declared release', profile: agic(), manifest: agicIngress({ 'appgw.ingress.kubernetes.io/rule-priority': '10' }) },
      { title: 'rule-priority on AGIC 1.7.0, which reads it', profile: agic('1.7.0'), manifest: agicIngress({ 'appgw.ingress.kubernetes.io/rule-priority': '10' }) },
      { title: 'request-timeout, which every release judged reads, on AGIC 1.2.0', profile: agic('1.2.0'), manifest: agicIngress({ 'appgw.ingress.kubernetes.io/request-timeout': '30' }) },
    ],
    noncompliant: [
      { title: 'rule-priority on AGIC 1.6.0', profile: agic('1.6.0'), manifest: agicIngress({ 'appgw.ingress.kubernetes.io/rule-priority': '10' }), path: annotationPath('appgw.ingress.kubernetes.io/rule-priority'), message: ['rule-priority="10"', 'AGIC v1.6.0', 'v1.7.0 is the first release'], fix: ['Upgrade AGIC to v1.7.0', 'remove the key'] },
      { title: 'health-probe-path on AGIC 1.3', profile: agic('1.3'), manifest: agicIngress({ 'appgw.ingress.kubernetes.io/health-probe-path': '/healthz' }), path: annotationPath('appgw.ingress.kubernetes.io/health-probe-path'), message: ['"/healthz"', 'v1.4.0 is the first release'] },
    ],
  },
};
