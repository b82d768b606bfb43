/**
 * Props with some fields replaced or added, as a new object: Object.assign, not a spread, whose copies are slower to
 * read (docs/performance.md). Not exported from the package.
 */
export function withProps<T extends object, U extends object>(props: T, fields: U): Omit<T, keyof U> & U {
  return Object.assign({}, props, fields);
}
