/** Checks of props that only exist on the construct (not in the manifest). Not exported from the package. */

/** Items that would change meaning once joined with the annotation's separator. */
export function listItemErrors(prop: string, items: readonly string[] | undefined, separator: string): string[] {
  return (items ?? []).flatMap((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') return [`${prop}[${i}] is empty (${JSON.stringify(item)}). Remove it.`];
    if (item.includes(separator) || (separator === ' ' && /\s/.test(item))) {
      return [`${prop}[${i}] is ${JSON.stringify(item)}, which contains the list separator "${separator}" of its annotation and would be read as several items. Give one item per array element.`];
    }
    return [];
  });
}

