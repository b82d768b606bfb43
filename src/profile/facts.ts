import { ReleaseVersion } from './controller-version';
import { Minor } from './kubernetes-version';

/** The parsed facts of a profile, for the rules. */
export interface ProfileFacts {
  readonly name: string;
  readonly kubernetesMinor?: Minor;
  /** undefined: the controllers are not declared. */
  readonly controllers?: ReadonlyMap<ControllerId, ReleaseVersion | undefined>;
  readonly lbcMutatorWebhook?: boolean;
  readonly nodePortRange?: readonly [number, number];
  readonly ipFamilies?: readonly string[];
}

/** The controllers a profile can name. */
export type ControllerId = 'aws-load-balancer-controller' | 'cloud-provider-aws' | 'cloud-provider-azure' | 'agic';

