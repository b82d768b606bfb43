import * as fc from 'fast-check';
import { compileGlob, globSegments, matchesAny } from '../../src/config/glob';

const matches = (glob: string, p: string) => compileGlob(glob).matches(p);

describe('path globs', () => {
  test('* matches within one segment, never across /', () => {
    expect(matches('*.yaml', 'a.yaml')).toBe(true);
    expect(matches('*.yaml', '.hidden.yaml')).toBe(true);
    expect(matches('*.yaml', 'dir/a.yaml')).toBe(false);
    expect(matches('charts/*/values.yaml', 'charts/web/values.yaml')).toBe(true);
    expect(matches('charts/*/values.yaml', 'charts/web/x/values.yaml')).toBe(false);
    expect(matches('a*b', 'ab')).toBe(true);
    expect(matches('a*b', 'a/b')).toBe(false);
  });

  test('? matches one character but /', () => {
    expect(matches('v?.yaml', 'v1.yaml')).toBe(true);
    expect(matches('v?.yaml', 'v12.yaml')).toBe(false);
    expect(matches('v?.yaml', 'v.yaml')).toBe(false);
    expect(matches('a?b', 'a/b')).toBe(false);
  });

  test('** as a segment matches any number of directories, none included', () => {
    expect(matches('charts/legacy/**', 'charts/legacy/a.yaml')).toBe(true);
    expect(matches('charts/legacy/**', 'charts/legacy/x/y/a.yaml')).toBe(true);
    expect(matches('charts/legacy/**', 'charts/legacy-2/a.yaml')).toBe(false);
    expect(matches('charts/legacy/**', 'other/charts/legacy/a.yaml')).toBe(false);
    expect(matches('**/*.yaml', 'a.yaml')).toBe(true);
    expect(matches('**/*.yaml', 'x/y/a.yaml')).toBe(true);
    expect(matches('**/*.yaml', 'x/y/a.yml')).toBe(false);
    expect(matches('a/**/b', 'a/b')).toBe(true);
    expect(matches('a/**/b', 'a/x/y/b')).toBe(true);
    expect(matches('a/**/b', 'a/x/y/c')).toBe(false);
    expect(matches('**', 'anything/at/all.yaml')).toBe(true);
    expect(matches('a/**/**/b', 'a/b')).toBe(true);
  });

  test('** inside a segment is *; other characters are literal (no regex, no braces, no classes)', () => {
    expect(globSegments('a**b/c')).toEqual(['a*b', 'c']);
    expect(matches('a**b', 'axxb')).toBe(true);
    expect(matches('a**b', 'a/b')).toBe(false);
    expect(matches('a.yaml', 'axyaml')).toBe(false);
    expect(matches('(x)+[y]{z}|$^.yaml', '(x)+[y]{z}|$^.yaml')).toBe(true);
    expect(matches('{a,b}.yaml', 'a.yaml')).toBe(false);
  });

  test('a leading ./ or /, a trailing / (a directory) and \\ separators', () => {
    expect(matches('./charts/*.yaml', 'charts/a.yaml')).toBe(true);
    expect(matches('/charts/*.yaml', 'charts/a.yaml')).toBe(true);
    expect(matches('charts/legacy/', 'charts/legacy/a/b.yaml')).toBe(true);
    expect(matches('charts\\*.yaml', 'charts/a.yaml')).toBe(true);
    expect(matches('charts/*.yaml', 'charts\\a.yaml')).toBe(true);
    expect(matches('charts/*.yaml', './charts/a.yaml')).toBe(true);
  });

  test('matchesAny', () => {
    const globs = ['a/**', 'b/*.yaml'].map(compileGlob);
    expect(matchesAny(globs, 'a/x.yaml')).toBe(true);
    expect(matchesAny(globs, 'b/x.yaml')).toBe(true);
    expect(matchesAny(globs, 'c/x.yaml')).toBe(false);
    expect(matchesAny([], 'a')).toBe(false);
  });

  test('a glob without wildcards matches exactly its path; ** matches every path under its prefix', () => {
    const segment = fc.stringMatching(/^[a-z0-9._-]{1,8}$/).filter((s) => s !== '.' && s !== '..');
    const pathArb = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));
    fc.assert(fc.property(pathArb, pathArb, (a, b) => {
      expect(matches(a, b)).toBe(a === b);
      expect(matches(`${a}/**`, `${a}/${b}`)).toBe(true);
      expect(matches(`**/${b}`, `${a}/${b}`)).toBe(true);
      expect(matches(a.replace(/[^/]/g, '?'), b)).toBe(a.replace(/[^/]/g, '?') === b.replace(/[^/]/g, '?'));
    }));
  });
});
