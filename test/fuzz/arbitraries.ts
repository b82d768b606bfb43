import * as fc from 'fast-check';

/**
 * Shared generators for property-based tests: valid values, invalid ones and odd ones (Unicode, huge and negative
 * numbers, NaN, empty strings and lists), so that every run explores both sides of each rule.
 */

export const FUZZ_SEED = 20261122;

/** A number a user could pass for a port: mostly valid, often not. */
export const portNumber = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 65535 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 65536, 70000, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER, -0, Infinity) },
  { weight: 1, arbitrary: fc.integer() },
);

/** Strings that look like names: valid DNS labels, near misses, Unicode, empties, very long ones. */
export const nameLike = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z]([-a-z0-9]{0,10}[a-z0-9])?$/) },
  { weight: 1, arbitrary: fc.constantFrom('', 'Http', 'a_b', '-a', 'a-', 'ünï', 'x'.repeat(64), '80', 'a b', 'a/b', '🙂') },
  // Strings that Kubernetes's YAML reader takes for numbers or booleans when they are written without quotes.
  { weight: 1, arbitrary: fc.constantFrom('0X1F', '0o17', '0B1', 'yes', 'on', 'y', '017', '1_000', '0x1f', '1e5') },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.fullUnicodeString({ maxLength: 8 }) },
);

/** Annotation keys: valid qualified names and junk. */
export const annotationKey = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('example.com/', 'team.io/', ''), fc.stringMatching(/^[a-zA-Z0-9]([-a-zA-Z0-9_.]{0,20}[a-zA-Z0-9])?$/)).map(([p, n]) => p + n) },
  { weight: 1, arbitrary: fc.constantFrom('a/b/c', ' x', 'UPPER.com/x', '/x', 'x/', 'ключ', 'acknowledge.cdk8s-cloud-lb.io/K8S-SVC-024') },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

/** Annotation values: anything a string can hold, including very long ones. */
export const annotationValue = fc.oneof(
  { weight: 5, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.fullUnicodeString({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('true', 'false', '', ' ', 'null', 'NaN', '{}', 'x'.repeat(5000), '0X1F', '0o17', '-0B1', 'yes', 'off', '~') },
);

export const cidrLike = fc.oneof(
  fc.constantFrom('10.0.0.0/8', '192.168.1.0/24', '2001:db8::/32', '0.0.0.0/0', '203.0.113.7', '10.0.0.0/33', 'office', '', ' 10.0.0.0/8 ', '010.0.0.0/8'),
  fc.ipV4().map((ip) => `${ip}/32`),
  fc.ipV6().map((ip) => `${ip}/128`),
);

export const ipLike = fc.oneof(fc.ipV4(), fc.ipV6(), fc.constantFrom('None', '', 'web.local', '10.0.0.1/32', '127.0.0.1', '::1', '0.0.0.0'));

/** Picks from an enum's values, plus values outside it (as a jsii user in another language could pass). */
export function enumLike<T extends string>(values: readonly T[]): fc.Arbitrary<T> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...values) },
    { weight: 1, arbitrary: fc.constantFrom('', 'bogus', 'local', 'CLUSTER') as fc.Arbitrary<any> },
  );
}

/** Every string in an object tree, to check that no `undefined` or `NaN` leaked into the manifest. */
export function leaves(value: unknown, path = ''): Array<{ path: string; value: unknown }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [{ path, value }];
}
