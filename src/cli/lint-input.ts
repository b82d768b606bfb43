import { LintProblem } from '../lint/structs';

/**
 * The pseudo-rule of unreadable input (a document that does not parse, a file that cannot be read): every output
 * reports it like a rule's error, so that CI shows it where it is.
 */
export const LINT_INPUT = {
  id: 'LINT-INPUT',
  title: 'the YAML can be read',
  description: 'A document that does not parse (or a file that cannot be read) is not judged at all: none of its objects gets a verdict.',
  fix: 'Fix the YAML syntax (or the path) so that the document can be read.',
} as const;

/** "file:line" of a problem; a problem of the whole file (line 0) has no line. */
export function problemLocation(problem: LintProblem): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ''}`;
}
