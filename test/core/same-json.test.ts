import * as fc from 'fast-check';
import { sameJson } from '../../src/core/judged-api-object';

/**
 * The reference: JSON text equality, where undefined object fields are dropped (as in YAML), undefined list items and
 * NaN are kept apart from null, and no generated string collides with the markers.
 */
function reference(a: unknown, b: unknown): boolean {
  const text = (v: unknown) => JSON.stringify(v, function (this: unknown, _k, x) {
    if (typeof x === 'number' && Number.isNaN(x)) return '<NaN>';
    if (x === undefined && Array.isArray(this)) return '<undefined>';
    return x;
  });
  return text(a) === text(b);
}

const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' },
    fc.constantFrom(undefined, null, 0, 1, NaN, '', 'a', true, false),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 })),
})).value;

describe('sameJson (the change check between validation and serialization)', () => {
  test('agrees with JSON text equality, absent keys equal to undefined ones', () => {
    fc.assert(fc.property(json, json, (a, b) => {
      expect(sameJson(a, b)).toBe(reference(a, b));
      expect(sameJson(a, a)).toBe(true);
    }), { seed: 20261122, numRuns: 2000 });
  });

  test('examples', () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson({ a: [{ b: 'x' }] }, { a: [{ b: 'y' }] })).toBe(false);
    expect(sameJson(NaN, NaN)).toBe(true);
  });
});
