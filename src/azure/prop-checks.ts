/** Checks of props that only exist on the construct (not in the manifest). Not exported from the package. */

/**
 * Items that would change meaning once joined with the annotation's separator: an item holding the separator is read
 * as several items, which nothing in the manifest can reveal. Empty items stay visible in the joined value, so the
 * rules judge them (an empty item of azure-allowed-ip-ranges is an AZ-LB-025 error, of azure-allowed-service-tags
 * an AZ-LB-026 warning), and synth and lint give the same verdict.
 */
export function listItemErrors(prop: string, items: readonly string[] | undefined, separator: string): string[] {
  const errors: string[] = [];
  if (items === undefined) return errors;
  // A loop, not a flatMap: this runs at every validation of every Azure Service, for each of its list props.
  for (let i = 0; i < items.length; i++) {
    if (!(i in items)) continue; // a hole of a sparse array (JavaScript only): join() writes it as an empty item
    const item = items[i];
    if (typeof item !== 'string') {
      errors.push(`${prop}[${i}] is ${JSON.stringify(item)}, not a string. Give one string per array element.`);
    } else if (item.trim() !== '' && (item.includes(separator) || (separator === ' ' && /\s/.test(item)))) {
      errors.push(`${prop}[${i}] is ${JSON.stringify(item)}, which contains the list separator "${separator}" of its annotation and would be read as several items. Give one item per array element.`);
    }
  }
  return errors;
}
