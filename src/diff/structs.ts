import { DisruptiveChange } from './change';

/**
 * The result of comparing two manifest sets.
 */
export interface ManifestDiffReport {
  /**
   * Every disruptive change.
   */
  readonly changes: DisruptiveChange[];
  /**
   * Unparsable documents and unreadable inputs, in the old and the new set (`file:line: message`).
   */
  readonly problems: string[];
}
