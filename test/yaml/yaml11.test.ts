import * as fs from 'fs';
import * as path from 'path';
import { plainScalarValue, resolvePlainScalar } from '../../src/yaml/yaml11';

/**
 * The plain-scalar cases of go-yaml v2's own tests (decode_test.go, unmarshalTests: the cases decoded into
 * map[string]interface{}), each `key: value` written as the scalar alone.
 * @see https://github.com/go-yaml/yaml/blob/v2/decode_test.go
 */
const GO_YAML_CASES: ReadonlyArray<[string, string | number | boolean | null]> = [
  ['hi', 'hi'], ['true', true], ['10', 10], ['0b10', 2], ['0xA', 10], ['4294967296', 4294967296], ['0.1', 0.1], ['.1', 0.1],
  ['.Inf', Infinity], ['-.Inf', -Infinity], ['-10', -10], ['-.1', -0.1],
  // Floats from the spec
  ['6.8523e+5', 6.8523e+5], ['685.230_15e+03', 685.23015e+03], ['685_230.15', 685230.15], ['-.inf', -Infinity],
  // Bools from the spec
  ['y', true], ['NO', false], ['True', true], ['on', true],
  // Ints from the spec
  ['685230', 685230], ['+685_230', 685230], ['02472256', 685230], ['0x_0A_74_AE', 685230], ['0b1010_0111_0100_1010_1110', 685230],
  ['-0b101010', -42], ['-0b1000000000000000000000000000000000000000000000000000000000000000', -9223372036854775808],
  // Nulls from the spec
  ['', null], ['~', null], ['null', null],
  // "Sexagesimal" and timestamps stay strings in an untyped value
  ['190:20:30', '190:20:30'], ['190:20:30.15', '190:20:30.15'], ['2015-01-01', '2015-01-01'], ['2015-02-24T18:19:39Z', '2015-02-24T18:19:39Z'],
  // Strings that start like numbers
  ['-b_c', '-b_c'], ['+b_c', '+b_c'], ['50cent_of_dollar', '50cent_of_dollar'],
];

interface Measured { s: string; type: string; value: unknown }

/**
 * 1,036 plain scalars (the forms above with signs, prefixes in both cases, underscores, exponents, and random
 * numeric-looking strings) as go-yaml v2 (branch v2, with Go 1.19's strconv) decodes `v: <scalar>` into
 * map[string]interface{}; the value of an integer and of a non-finite float is its Go text.
 */
function measured(): Measured[] {
  const text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'yaml', 'go-yaml-v2-plain-scalars.jsonl'), 'utf8');
  return text.trim().split('\n').map((line) => JSON.parse(line));
}

function goText(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

describe('resolvePlainScalar: a plain scalar as Kubernetes reads it (go-yaml v2)', () => {
  test.each(GO_YAML_CASES)('go-yaml decode_test: %p is %p', (text, expected) => {
    expect(plainScalarValue(text)).toEqual(expected);
  });

  test('.NaN is NaN (go-yaml leaves it out of its table: NaN equals nothing)', () => {
    for (const text of ['.nan', '.NaN', '.NAN']) expect(resolvePlainScalar(text)).toEqual({ type: 'float', value: NaN });
    // Only the infinities take a sign.
    expect(resolvePlainScalar('+.nan')).toEqual({ type: 'str' });
  });

  test('the forms a YAML 1.1 writer takes for strings are numbers to Kubernetes', () => {
    expect(plainScalarValue('0X1F')).toBe(31);
    expect(plainScalarValue('0o17')).toBe(15);
    expect(plainScalarValue('0O17')).toBe(15);
    expect(plainScalarValue('0B11')).toBe(3);
    expect(plainScalarValue('-_1')).toBe(-1);
    expect(plainScalarValue('1e_5')).toBe(100000);
    expect(plainScalarValue('0_x1F')).toBe(31);
  });

  test('what overflows a 64-bit integer or a float64 is a number, or a string where Go cannot parse it', () => {
    expect(resolvePlainScalar('18446744073709551615')).toEqual({ type: 'int', value: 18446744073709551615 });
    expect(resolvePlainScalar('18446744073709551616')).toEqual({ type: 'float', value: 18446744073709551616 });
    expect(resolvePlainScalar('0xFFFFFFFFFFFFFFFFFF')).toEqual({ type: 'str' });
    expect(resolvePlainScalar('1e999')).toEqual({ type: 'str' });
    expect(resolvePlainScalar('.5e999')).toEqual({ type: 'str' });
  });

  test('agrees with go-yaml v2 on 1,036 measured scalars', () => {
    const disagreements: string[] = [];
    const cases = measured();
    expect(cases.length).toBe(1036);
    for (const { s, type, value } of cases) {
      const got = resolvePlainScalar(s);
      const gotValue = got.type === 'int' || got.type === 'float' ? goText(got.value) : got.type === 'bool' ? got.value : null;
      // Integers beyond 2^53 are compared as numbers: the JavaScript value is the nearest double.
      const expected = type === 'int' ? goText(Number(value)) : type === 'float' && typeof value === 'number' ? goText(value) : value;
      if (got.type !== type || gotValue !== expected) disagreements.push(`${JSON.stringify(s)}: go-yaml ${type} ${value}, here ${got.type} ${gotValue}`);
    }
    expect(disagreements).toEqual([]);
  });
});
