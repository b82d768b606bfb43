import { AGIC_INGRESSES } from '../../azure/model/agic';
import { AZURE_SERVICES } from '../../azure/model/cloud-provider-azure';
import { Cluster } from '../../profile/cluster';
import { defineScopedRule, RuleMeta, RuleScope } from '../define';
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

const AZURE_SERVICE_SCOPE: RuleScope = { model: AZURE_SERVICES };

const AGIC_SCOPE: RuleScope = { model: AGIC_INGRESSES };

/** A rule over Azure Services only: the check gets the manifest and its annotations as strings. */
export function defineAzureServiceRule(
  meta: RuleMeta,
  check: (manifest: any, annotations: { [key: string]: string }, controller: string | undefined, cluster: Cluster) => RuleViolation[],
): IRule {
  return defineScopedRule({ ...meta, kinds: ['Service'] }, AZURE_SERVICE_SCOPE, check);
}

/** A rule over AGIC Ingresses only. */
export function defineAgicRule(
  meta: RuleMeta,
  check: (manifest: any, annotations: { [key: string]: string }, controller: string | undefined, cluster: Cluster) => RuleViolation[],
): IRule {
  return defineScopedRule({ ...meta, kinds: ['Ingress'] }, AGIC_SCOPE, check);
}
