/** AWS-only helpers of the typed props: the attribute maps that typed props and a free-form map both write into. */

/** Adds typed entries to a user map of extra entries; a key in both with different values is an error. */
export function mergeMap(prop: string, typed: Array<[string, string, string]>, extra: Array<[string, string]>): Array<[string, string]> {
  const result: Array<[string, string]> = typed.map(([k, v]) => [k, v]);
  for (const [key, value] of extra) {
    const clash = typed.find(([k]) => k === key);
    if (clash && clash[1] !== value) {
      throw new Error(`${prop}: ${key} is set to "${value}" there and to "${clash[1]}" by the typed prop ${clash[2]}. Set it in one place.`);
    }
    if (!clash) result.push([key, value]);
  }
  return result;
}

/** A non-empty list of non-empty entries that a comma-separated annotation can carry. */
export function checkedList(what: string, values: string[]): string[] {
  if (!Array.isArray(values) || values.length === 0) throw new Error(`${what}: give at least one entry.`);
  for (const value of values) {
    if (typeof value !== 'string' || value.trim() === '') throw new Error(`${what}: every entry must be a non-empty string, got ${JSON.stringify(value)}.`);
    if (value.includes(',')) throw new Error(`${what}: "${value}" contains ",", which separates entries in the annotation. Give one entry per list item.`);
  }
  return values.map((v) => v.trim());
}
