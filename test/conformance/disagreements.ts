import { KnownDisagreement } from './case';

/** Cases of the corpus the rules judge otherwise than their test, each with the reason it is left so. */
export const DISAGREEMENTS: readonly KnownDisagreement[] = [
  {
    source: 'kubernetes-sigs/aws-load-balancer-controller pkg/service/model_build_target_group_test.go Test_defaultModelBuilderTask_buildTargetHealthCheck "With annotations"',
    reason: 'healthcheck-timeout 30 with healthcheck-interval 10: the controller only parses the two integers (buildTargetGroupHealthCheckConfig) and the unit test builds the model without AWS; AWS refuses a target-group health-check timeout greater than its interval (ValidationError on CreateTargetGroup/ModifyTargetGroup, also enforced for NLB target groups by aws-cdk since aws/aws-cdk#26031), so the reconcile fails there. AWS-NLB-008 keeps reporting it.',
  },
];
