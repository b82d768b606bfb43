/**
 * Props with some fields replaced or added, as a new object. Not a spread (`{ ...props, scheme }`): V8 gives an object built
 * that way a hidden class of its own that no other object shares, and every read of a field from it, above all of an
 * absent one, then takes the slow path; constructors read twenty such fields per Service. Not exported from the package.
 */
export function withProps<T extends object, U extends object>(props: T, fields: U): Omit<T, keyof U> & U {
  return Object.assign({}, props, fields);
}
