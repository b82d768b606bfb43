import * as ipaddr from 'ipaddr.js';

/**
 * IP and CIDR syntax as Kubernetes and the cloud controllers (Go's net package) accept it: IPv4 in dotted decimal
 * with four parts, IPv6 without a zone. Leading zeros are refused: Go reads them differently across versions.
 */

export type IpFamilyName = 'IPv4' | 'IPv6';

/** Four dot-separated decimal parts without leading zeros: the shape ipaddr.js's isValidFourPartDecimal also demands. */
const FOUR_PART_DECIMAL = /^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/;

export function isIPv4(value: string): boolean {
  // The shape first: on anything else (a host name, a subnet name) ipaddr.js throws and catches an error, which is slow.
  return FOUR_PART_DECIMAL.test(value) && ipaddr.IPv4.isValidFourPartDecimal(value);
}

/** Hex digits, colons, and dots of an embedded IPv4 address: the only characters an IPv6 address can have. */
const IPV6_CHARACTERS = /^[0-9A-Fa-f:.]+$/;

export function isIPv6(value: string): boolean {
  // The characters first, for the same reason as isIPv4 (a zone "%eth0" is refused, as Kubernetes does).
  return value.includes(':') && IPV6_CHARACTERS.test(value) && ipaddr.IPv6.isValid(value);
}

export function ipFamilyOf(value: string): IpFamilyName | undefined {
  if (isIPv4(value)) return 'IPv4';
  if (isIPv6(value)) return 'IPv6';
  return undefined;
}

export function isIp(value: string): boolean {
  return ipFamilyOf(value) !== undefined;
}

/** `addr/prefix` with a prefix length valid for the address family. */
export function cidrFamilyOf(value: string): IpFamilyName | undefined {
  const slash = value.indexOf('/');
  if (slash < 0 || slash !== value.lastIndexOf('/')) return undefined;
  const family = ipFamilyOf(value.slice(0, slash));
  const prefix = value.slice(slash + 1);
  if (!family || !/^(0|[1-9][0-9]{0,2})$/.test(prefix)) return undefined;
  return Number(prefix) <= (family === 'IPv4' ? 32 : 128) ? family : undefined;
}

export function isCidr(value: string): boolean {
  return cidrFamilyOf(value) !== undefined;
}

/** The ipaddr.js range name of an address (`private`, `loopback`, `unspecified`, `linkLocal`, `multicast`, …). */
export function ipRangeOf(value: string): string | undefined {
  if (!isIp(value)) return undefined;
  const parsed = ipaddr.parse(value);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (parsed as ipaddr.IPv6).toIPv4Address().range();
  }
  return parsed.range();
}
