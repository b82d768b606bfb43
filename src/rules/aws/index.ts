import { CONTROLLER_RULES } from './controller';
import { FORMAT_RULES } from './formats';
import { IN_TREE_RULES } from './in-tree';
import { NLB_ADDRESSING_RULES } from './nlb-addressing';
import { NLB_TARGET_GROUP_RULES, successCodeRange } from './nlb-target-group';
import { minimumCapacity, NLB_VALUE_RULES } from './nlb-values';
import { PITFALL_RULES } from './pitfalls';
import { RELEASE_RULES } from './releases';
import { IRule } from '../rule';

/**
 * Every rule the AWS controllers (in-tree provider, AWS Load Balancer Controller) enforce, and the known pitfalls.
 * AWS-LB: controller selection and checks shared by both; AWS-ELB: the in-tree provider (classic ELB, type nlb);
 * AWS-NLB: the AWS Load Balancer Controller's NLB (the pitfalls AWS-NLB-020/021 also cover the in-tree NLB).
 */
export const AWS_RULES: IRule[] = [
  ...CONTROLLER_RULES, ...FORMAT_RULES, ...IN_TREE_RULES, ...NLB_VALUE_RULES, ...NLB_ADDRESSING_RULES, ...NLB_TARGET_GROUP_RULES,
  minimumCapacity, successCodeRange, ...PITFALL_RULES,
  ...RELEASE_RULES,
];
