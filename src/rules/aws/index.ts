import { IRule } from '../rule';

/** Every rule the AWS controllers (in-tree provider, AWS Load Balancer Controller) enforce. Filled by the AWS issue. */
export const AWS_RULES: IRule[] = [];
