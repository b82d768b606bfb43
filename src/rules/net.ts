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

/**
 * Four dot-separated decimal parts, leading zeros allowed: the IPv4 form the API server's lenient parser
 * (ParseIPSloppy, k8s.io/utils/net) accepts for Service fields, each part read as decimal ("010" is 10).
 */
const SLOPPY_FOUR_PART = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/;

/**
 * The standard form of an IPv4 address written with leading zeros ("010.1.2.3" -> "10.1.2.3"); undefined for any
 * other value, a standard IPv4 address included.
 */
export function leadingZeroIPv4(value: string): string | undefined {
  if (isIPv4(value)) return undefined;
  const match = SLOPPY_FOUR_PART.exec(value);
  if (match === null) return undefined;
  const parts = match.slice(1).map((part) => (part.length > 10 ? 256 : Number(part)));
  return parts.every((n) => n <= 255) ? parts.join('.') : undefined;
}

/**
 * The family of an address as the API server parses a Service's clusterIP, clusterIPs and externalIPs: leniently, so
 * that an IPv4 address with leading zeros is an IPv4 address (the StrictIPCIDRValidation feature gate, alpha and off
 * by default since Kubernetes 1.33, would refuse it).
 */
export function lenientIpFamilyOf(value: string): IpFamilyName | undefined {
  return ipFamilyOf(value) ?? (leadingZeroIPv4(value) === undefined ? undefined : 'IPv4');
}

/** The address in its standard form, for a lenient IPv4 address; the value itself otherwise. */
export function standardIp(value: string): string {
  return leadingZeroIPv4(value) ?? value;
}

/** A CIDR as the API server parses loadBalancerSourceRanges (ParseCIDRSloppy): leading zeros in the address or the prefix. */
export function lenientCidrFamilyOf(value: string): IpFamilyName | undefined {
  const strict = cidrFamilyOf(value);
  if (strict !== undefined) return strict;
  const slash = value.indexOf('/');
  if (slash < 0 || slash !== value.lastIndexOf('/')) return undefined;
  const family = lenientIpFamilyOf(value.slice(0, slash));
  const prefix = value.slice(slash + 1);
  if (family === undefined || !/^\d{1,10}$/.test(prefix)) return undefined;
  return Number(prefix) <= (family === 'IPv4' ? 32 : 128) ? family : undefined;
}

/** The CIDR in its standard form (no leading zeros in the IPv4 address or the prefix); undefined when it already is one or is no CIDR. */
export function leadingZeroCidr(value: string): string | undefined {
  if (isCidr(value) || lenientCidrFamilyOf(value) === undefined) return undefined;
  const slash = value.indexOf('/');
  return `${standardIp(value.slice(0, slash))}/${Number(value.slice(slash + 1))}`;
}

/**
 * Why the API server refuses an address as an external IP (ValidateNonSpecialIP, pkg/apis/core/validation): Go's
 * IsUnspecified, IsLoopback, IsLinkLocalUnicast and IsLinkLocalMulticast; other multicast addresses are accepted.
 */
export function specialIpReason(value: string): string | undefined {
  const standard = standardIp(value);
  if (!isIp(standard)) return undefined;
  let parsed = ipaddr.parse(standard);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  if (parsed.kind() === 'ipv4') {
    const [a, b, c, d] = (parsed as ipaddr.IPv4).octets;
    if (a === 0 && b === 0 && c === 0 && d === 0) return 'the unspecified address (0.0.0.0)';
    if (a === 127) return 'in the loopback range (127.0.0.0/8)';
    if (a === 169 && b === 254) return 'in the link-local range (169.254.0.0/16)';
    if (a === 224 && b === 0 && c === 0) return 'in the link-local multicast range (224.0.0.0/24)';
    return undefined;
  }
  const bytes = (parsed as ipaddr.IPv6).toByteArray();
  if (bytes.every((byte) => byte === 0)) return 'the unspecified address (::)';
  if (bytes.slice(0, 15).every((byte) => byte === 0) && bytes[15] === 1) return 'the loopback address (::1)';
  if (bytes[0] === 0xfe && bytes[1] >= 0x80 && bytes[1] <= 0xbf) return 'in the link-local range (fe80::/10)';
  // Any flags, scope 2 (ff02::, ff12::, ...), as Go's IsLinkLocalMulticast.
  if (bytes[0] === 0xff && bytes[1] % 16 === 2) return 'in the link-local multicast range (ff02::/16)';
  return undefined;
}

/** The RFC 5952 form of an IPv6 address written otherwise (the API server warns: "may cause controller apply-loops"); undefined otherwise. */
export function nonCanonicalIPv6(value: string): string | undefined {
  if (!isIPv6(value) || value.includes('.')) return undefined;
  const canonical = ipaddr.IPv6.parse(value).toRFC5952String();
  return canonical === value ? undefined : canonical;
}
