import { DisruptiveChange } from './change';

/**
 * The result of comparing two manifest sets.
 */
export interface ManifestDiffReport {
  /**
   * Every disruptive change.
   * @see https://github.com/cdk8s-cloud-lb/cdk8s-cloud-lb/blob/main/docs/cli.md
   */
  readonly changes: DisruptiveChange[];
  /**
   * Unparsable documents and unreadable inputs, in the old and the new set (`file:line: message`).
   * @see https://github.com/cdk8s-cloud-lb/cdk8s-cloud-lb/blob/main/docs/cli.md
   */
  readonly problems: string[];
}
