import { ClusterProfile } from '../profile/cluster-profile';
import { Finding } from '../rules/rule';

/**
 * Options for linting YAML.
 */
export interface LintOptions {
  /**
   * Rule ids to skip entirely, e.g. `['K8S-SVC-014']`.
   * @default - none
   * @see https://github.com/cdk8s-cloud-lb/cdk8s-cloud-lb/blob/main/docs/cli.md
   */
  readonly ignore?: string[];
  /**
   * The file name reported for YAML given as text.
   * @default '-'
   * @see https://github.com/cdk8s-cloud-lb/cdk8s-cloud-lb/blob/main/docs/cli.md
   */
  readonly fileName?: string;
  /**
   * The cluster the manifests are for.
   * @default - every cluster: a verdict that depends on the cluster is a warning that says where it breaks
   * @see https://github.com/cdk8s-cloud-lb/cdk8s-cloud-lb/blob/main/docs/cli.md
   */
  readonly profile?: ClusterProfile;
}

/**
 * A finding on a YAML file: the rule's finding, and where it is.
 */
export interface LintFinding extends Finding {
  /**
   * The file the object was read from (`-` for stdin).
   */
  readonly file: string;
  /**
   * 1-based line of the field the finding is about (or of the object when the field is absent).
   */
  readonly line: number;
}

/**
 * A document that could not be parsed, or an input that could not be read.
 */
export interface LintProblem {
  /**
   * The file.
   */
  readonly file: string;
  /**
   * 1-based line of the syntax error; 0 when the whole input is unreadable.
   */
  readonly line: number;
  /**
   * What is wrong.
   */
  readonly message: string;
}

/**
 * The result of linting YAML.
 */
export interface LintReport {
  /**
   * Every finding, acknowledged ones included (they carry `acknowledgedReason`).
   */
  readonly findings: LintFinding[];
  /**
   * Unparsable documents and unreadable inputs.
   */
  readonly problems: LintProblem[];
  /**
   * Number of YAML documents read.
   */
  readonly documentCount: number;
  /**
   * Number of objects judged (LoadBalancer Services and Ingresses).
   */
  readonly judgedCount: number;
}
