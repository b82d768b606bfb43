import * as fc from 'fast-check';
import * as ipaddr from 'ipaddr.js';
import { isIPv4, isIPv6 } from '../../src/rules/net';

describe('IP syntax: the cheap shape tests in front of ipaddr.js change no verdict', () => {
  const alphabet = fc.constantFrom('0', '1', '2', '5', '9', 'a', 'f', 'F', 'g', ':', '.', '%', '/', ' ', '-', 'x');
  const text = fc.oneof(
    fc.string({ unit: alphabet, maxLength: 24 }),
    fc.ipV4(), fc.ipV6(), fc.ipV4Extended(),
    fc.tuple(fc.ipV6(), fc.constantFrom('%eth0', '/64', ' ', '::')).map(([ip, tail]) => ip + tail),
  );

  test('isIPv4 agrees with ipaddr.IPv4.isValidFourPartDecimal', () => {
    fc.assert(fc.property(text, (value) => {
      expect(isIPv4(value)).toBe(ipaddr.IPv4.isValidFourPartDecimal(value));
    }), { seed: 20261122, numRuns: 5000 });
  });

  test('isIPv6 agrees with ipaddr.IPv6.isValid, zones refused', () => {
    fc.assert(fc.property(text, (value) => {
      expect(isIPv6(value)).toBe(value.includes(':') && !value.includes('%') && ipaddr.IPv6.isValid(value));
    }), { seed: 20261122, numRuns: 5000 });
  });

  test('examples', () => {
    expect([isIPv4('10.0.0.1'), isIPv4('010.0.0.1'), isIPv4('shop.contoso.com'), isIPv4('256.0.0.1')]).toEqual([true, false, false, false]);
    expect([isIPv6('fd00::1'), isIPv6('::ffff:10.0.0.1'), isIPv6('fe80::1%eth0'), isIPv6('TCP:80')]).toEqual([true, true, false, false]);
  });
});
