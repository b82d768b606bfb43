import { lbcList, lbcMap } from '../../src/aws/model/lbc';
import { spaceList } from '../../src/azure/model/cloud-provider-azure';
import { remember } from '../../src/rules/cache';

describe('parse caches by annotation value', () => {
  test('remember() keeps values of up to 2,000 characters, at most 1,000 of them', () => {
    const cache = new Map<string, number>();
    remember(cache, 'x'.repeat(2000), 1);
    remember(cache, 'y'.repeat(2001), 2);
    expect([...cache.values()]).toEqual([1]);
    for (let i = 0; i < 999; i++) remember(cache, `v${i}`, i);
    expect(cache.size).toBe(1000);
    remember(cache, 'one more', 7);
    expect([...cache.entries()]).toEqual([['one more', 7]]); // cleared when full
  });

  test('a parsed list or map is shared and frozen: no caller can change what the next one gets', () => {
    expect(lbcList(' subnet-a, subnet-b ,')).toBe(lbcList(' subnet-a, subnet-b ,'));
    expect(lbcList(' subnet-a, subnet-b ,')).toEqual(['subnet-a', 'subnet-b']);
    expect(() => (lbcList('a,b') as string[]).push('c')).toThrow(TypeError);
    expect(() => (spaceList('s1 s2') as string[]).push('s3')).toThrow(TypeError);
    expect(Object.isFrozen(lbcMap('k=v').entries)).toBe(true);
  });

  test('long values are parsed every time, not kept', () => {
    const long = Array.from({ length: 400 }, (_, i) => `subnet-${i}`).join(',');
    expect(long.length).toBeGreaterThan(2000);
    expect(lbcList(long)).not.toBe(lbcList(long));
    expect(lbcList(long)).toHaveLength(400);
  });
});
