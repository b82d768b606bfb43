import { DocumentLocator } from '../../src/yaml/locate';

/**
 * The locator's own matching of bare `-` entries, used when the loader keeps the text as is (the ` ~` it writes after
 * an empty entry is not read as a node): here the loader's rewrite is turned off, so that js-yaml reports no node for
 * the empty entries and the locator finds them from the `-` indicators between the entries it reports.
 */
jest.mock('../../src/yaml/yaml', () => {
  const actual = jest.requireActual('../../src/yaml/yaml');
  return { ...actual, parseAsKubernetes: (text: string) => ({ value: actual.parseYamlDocument(text, () => undefined), text }) };
});

function lineOf(yaml: string, path: string): number {
  return new DocumentLocator(yaml).lineOf(path) + 1;
}

test('bare `-` entries at the start, in the middle and at the end of a list, in nested lists, after comments', () => {
  const yaml = [
    'list:', //           1
    '  -', //             2
    '  - a: 1', //        3
    '  # - not an entry', // 4
    '  -   # empty', //   5
    '  - &anchor-', //    6
    '    b: 2', //        7
    '  - - x', //         8
    '    -', //           9
    '    - y', //        10
    '  -', //            11
    'after: z', //       12
  ].join('\n');
  expect([0, 1, 2, 3, 4, 5].map((i) => lineOf(yaml, `list[${i}]`))).toEqual([2, 3, 5, 6, 8, 11]);
  expect(lineOf(yaml, 'list[3].b')).toBe(7);
  expect([0, 1, 2].map((i) => lineOf(yaml, `list[4][${i}]`))).toEqual([8, 9, 10]);
  expect(lineOf(yaml, 'after')).toBe(12);
});

test('a top-level list and a list at the indentation of its key, ending the document with a bare `-`', () => {
  expect([0, 1, 2].map((i) => lineOf('-\n- a\n-', `[${i}]`))).toEqual([1, 2, 3]);
  expect([0, 1, 2, 3].map((i) => lineOf('ports:\n-\n- name: a\n-\n- name: b', `ports[${i}]`))).toEqual([2, 3, 4, 5]);
});
