/**
 * Caches of parse results by annotation value or key, for the rules: parsing is a pure function of the text, and the
 * objects of one app repeat the same keys and values (subnets, subscription lists, attribute maps), which several rules
 * parse again for every object. Not exported from the package.
 */

/**
 * Adds a parse result to a cache: at most 1,000 texts of at most 2,000 characters each, so that linting many long
 * values or keys (hostile or generated input) cannot grow a cache without bound. Cleared when full.
 */
export function remember<T>(cache: Map<string, T>, value: string, result: T): void {
  if (value.length > 2000) return;
  if (cache.size >= 1000) cache.clear();
  cache.set(value, result);
}
