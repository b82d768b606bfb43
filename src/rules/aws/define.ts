import { AWS_SERVICES, AwsController } from '../../aws/model/ownership';
import { Cluster } from '../../profile/cluster';
import { defineScopedRule, RuleCheck, RuleMeta } from '../define';
import { IRule, RuleViolation } from '../rule';

export const LBC_DOCS = 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/';
export const LBC_NLB_DOCS = 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/nlb/';
export const CCM_DOCS = 'https://github.com/kubernetes/cloud-provider-aws/blob/master/docs/service_controller.md';
export const CCM_SOURCE = 'https://github.com/kubernetes/cloud-provider-aws/blob/master/pkg/providers/v1/aws.go';
export const LBC_SOURCE = 'https://github.com/kubernetes-sigs/aws-load-balancer-controller/tree/main/pkg/service';

/**
 * An AWS rule: it judges only AWS Services reconciled by one of `controllers`, so that it never fires on an Azure or
 * plain Service.
 */
export function awsRule(
  meta: RuleMeta,
  controllers: AwsController[],
  check: (m: any, annotations: { [key: string]: string }, controller: AwsController, cluster: Cluster) => RuleViolation[],
): IRule {
  // The registry gives a rule of AWS_SERVICES the controller AWS_SERVICES.controllerOf names, an AwsController.
  return defineScopedRule(meta, { model: AWS_SERVICES, controllers }, check as RuleCheck);
}
