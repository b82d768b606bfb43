import { checkedList } from './render';
import { holdsCdkToken } from '../rules/manifest';

/**
 * The subnets of an AWS load balancer: subnet ids or `Name` tag values (`aws-load-balancer-subnets`).
 * At most one subnet per Availability Zone. Per-subnet addresses (EIPs, private IPv4/IPv6) follow this order.
 * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#subnets
 */
export class AwsSubnets {
  /**
   * Subnets by id, e.g. `subnet-0123456789abcdef0`. An AWS CDK token (`vpc.privateSubnets[0].subnetId` in an app with
   * the cdk8s AWS CDK resolver) is accepted as it is: the resolver replaces it at synth, and rule AWS-LB-013 then
   * judges the id it resolved to.
   */
  public static ids(subnetIds: string[]): AwsSubnets {
    const values = checkedList('AwsSubnets.ids()', subnetIds);
    const bad = values.find((v) => !v.startsWith('subnet-') && !holdsCdkToken(v));
    if (bad !== undefined) {
      throw new Error(`AwsSubnets.ids(): "${bad}" is not a subnet id (subnet-…). For a Name tag use AwsSubnets.names().`);
    }
    return new AwsSubnets(values);
  }

  /**
   * Subnets by the value of their `Name` tag (resolved in the cluster's VPC).
   */
  public static names(subnetNames: string[]): AwsSubnets {
    const values = checkedList('AwsSubnets.names()', subnetNames);
    const bad = values.find((v) => v.startsWith('subnet-'));
    if (bad !== undefined) {
      throw new Error(`AwsSubnets.names(): "${bad}" looks like a subnet id, and the controllers read it as one. Use AwsSubnets.ids().`);
    }
    return new AwsSubnets(values);
  }

  /**
   * The ids or names, in order.
   */
  public readonly values: string[];

  private constructor(values: string[]) {
    this.values = values;
  }
}
