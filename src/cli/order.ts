/** The order every lint and diff output shares: by object, in input order, and within an object by line. */

interface Located {
  readonly file?: string;
  readonly resource: { readonly kind: string; readonly namespace?: string; readonly name?: string };
}

import { resourceLabel } from '../rules/engine';

export { resourceLabel };

/** Items grouped by object (file and resource), the groups in the order of their first item. */
export function groupByResource<T extends Located>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = `${item.file ?? ''}\u0000${resourceLabel(item.resource)}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Findings in report order: grouped by object (in the order the objects were read), each object's by line (a stable
 * sort: findings on one line keep the rules' order). The text, JSON, SARIF, JUnit and GitHub outputs all use it.
 */
export function inReportOrder<T extends Located & { readonly line: number }>(findings: readonly T[]): T[] {
  return [...groupByResource(findings).values()].flatMap((group) => [...group].sort((a, b) => a.line - b.line));
}
