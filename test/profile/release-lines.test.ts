import { parseReleaseVersion } from '../../src/profile/controller-version';
import { firstReleaseReading, releaseLinesText, releaseReads, unreadBy } from '../../src/profile/release-lines';

const r = (text: string) => parseReleaseVersion(text, 'test');
/** A key cherry-picked into v1.33.14 and v1.34.11, on master for v1.35. */
const BACKPORTED = { since: ['1.33.14', '1.34.11', '1.35.0'] };

describe('releaseReads', () => {
  test.each([
    ['1.33.14', true], ['1.33.20', true], ['1.33.13', false], ['1.34.11', true], ['1.34.0', false], ['1.34.10', false],
    ['1.35.0', true], ['1.35', true], ['1.36', true], ['1.37.2', true], ['2', true],
    ['1.32.99', false], ['1.32', false], ['1.26', false], ['0.9', false],
    ['1.33', undefined], ['1.34', undefined], ['1', undefined],
  ] as const)('%s: %s', (release, expected) => {
    expect(releaseReads(r(release), BACKPORTED)).toBe(expected);
  });

  test('a release off its line\'s branch that has the key (cloud-provider-aws v1.34.0, tagged on master)', () => {
    const lines = { since: ['1.34.2', '1.35.0'], also: ['1.34.0'] };
    expect(releaseReads(r('1.34.0'), lines)).toBe(true);
    expect(releaseReads(r('1.34.1'), lines)).toBe(false);
    expect(releaseReads(r('1.34'), lines)).toBeUndefined();
  });

  test('a key of one release line (AGIC, the AWS Load Balancer Controller)', () => {
    expect(releaseReads(r('2.5.4'), { since: ['2.6.0'] })).toBe(false);
    expect(releaseReads(r('2.6'), { since: ['2.6.0'] })).toBe(true);
    expect(releaseReads(r('3.0.0'), { since: ['2.6.0'] })).toBe(true);
    expect(releaseReads(r('2.4'), { since: ['2.4.4'] })).toBeUndefined();
  });
});

describe('firstReleaseReading and unreadBy', () => {
  test('the first release at or after the declared line', () => {
    expect(firstReleaseReading(r('1.34.3'), BACKPORTED)).toBe('v1.34.11');
    expect(firstReleaseReading(r('1.29'), BACKPORTED)).toBe('v1.33.14');
    expect(firstReleaseReading(r('1.36'), BACKPORTED)).toBeUndefined();
  });

  test('only a release that certainly does not read the key, and only within the table', () => {
    expect(unreadBy(r('1.34.3'), BACKPORTED, '1.23.0')).toBe('v1.34.11');
    expect(unreadBy(r('1.34'), BACKPORTED, '1.23.0')).toBeUndefined();
    expect(unreadBy(r('1.35.1'), BACKPORTED, '1.23.0')).toBeUndefined();
    expect(unreadBy(r('1.1.30'), BACKPORTED, '1.23.0')).toBeUndefined();
    expect(unreadBy(undefined, BACKPORTED, '1.23.0')).toBeUndefined();
  });

  test('the lines as a table cell', () => {
    expect(releaseLinesText(BACKPORTED)).toBe('v1.33.14+, v1.34.11+, v1.35.0+');
  });
});
