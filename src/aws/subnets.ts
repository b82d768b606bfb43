import { checkedList } from './render';
import { holdsCdkToken } from '../rules/manifest';

/**
 * The subnets of an AWS load balancer: subnet ids or `Name` tag values (`aws-load-balancer-subnets`), at most one
 * subnet per Availability Zone. The controllers tell an id from a name by the `subnet-` prefix.
 *
 * Per-subnet addresses (EIPs, private IPv4/IPv6) are matched to the subnets by position in the order the controller
 * resolves them, which depends on its version: the AWS Load Balancer Controller keeps the order given here since
 * v3.0.0; v2.10.1 to v2.x put ids before names; v2.1.0 to v2.10.0 sort the subnets by id, and the in-tree provider
 * puts ids before names in the order AWS returns them. Listing subnet ids in ascending order, with the addresses in
 * the same order, maps the same on every version.
 * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#subnets
 */
export class AwsSubnets {
  /**
   * Subnet ids and `Name` tag values, mixed, in order: each entry that starts with `subnet-` is an id, any other a
   * name, as the controllers classify them (`listSubnetsByNameOrIDs`). AWS CDK tokens are accepted as ids.
   */
  public static of(idsOrNames: string[]): AwsSubnets {
    return new AwsSubnets(checkedList('AwsSubnets.of()', idsOrNames));
  }

  /**
   * Subnets by id, e.g. `subnet-0123456789abcdef0`. An AWS CDK token (`vpc.privateSubnets[0].subnetId` in an app with
   * the cdk8s AWS CDK resolver) is accepted as it is: the resolver replaces it at synth, and rule AWS-LB-013 then
   * judges the id it resolved to.
   */
  public static ids(subnetIds: string[]): AwsSubnets {
    const values = checkedList('AwsSubnets.ids()', subnetIds);
    const bad = values.find((v) => !v.startsWith('subnet-') && !holdsCdkToken(v));
    if (bad !== undefined) {
      throw new Error(`AwsSubnets.ids(): "${bad}" is not a subnet id (subnet-…). For a Name tag use AwsSubnets.names(), for ids and names mixed AwsSubnets.of().`);
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
      throw new Error(`AwsSubnets.names(): "${bad}" looks like a subnet id, and the controllers read it as one. Use AwsSubnets.ids(), or AwsSubnets.of() for ids and names mixed.`);
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
