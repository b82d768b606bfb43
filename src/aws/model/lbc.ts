import { AwsKeys } from './keys';
import { remember } from '../../rules/cache';
import { parseGoBool } from '../../rules/go';
import { annotationsOf } from '../../rules/manifest';

/**
 * Parsed lists by annotation value, frozen: a pure function of the text, and the Services of one app repeat the same
 * subnets and security groups, which several rules split again for every Service. Bounded: cleared when full.
 */
const trimmedLists = new Map<string, readonly string[]>();

/** The LBC's list: split on ",", entries trimmed, empty entries dropped. Read-only. */
export function lbcList(value: string): readonly string[] {
  let list = trimmedLists.get(value);
  if (list === undefined) {
    list = Object.freeze(value.split(',').map((s) => s.trim()).filter((s) => s.length > 0));
    remember(trimmedLists, value, list);
  }
  return list;
}

export interface ParsedMap {
  readonly entries: ReadonlyArray<readonly [string, string]>;
  /** The first entry the LBC cannot parse (no "=", or an empty key). */
  readonly badEntry?: string;
  /** The entries by key, the last of equal keys winning, as the controller's map holds them. */
  readonly map: ReadonlyMap<string, string>;
}

/**
 * Parsed maps by annotation value. Parsing is a pure function of the text, and thousands of Services of one app carry
 * the same few values; several rules parse the same value of each Service. Bounded: cleared when full.
 */
const parsedMaps = new Map<string, ParsedMap>();

/** The LBC's `k=v` map (`ParseStringMapAnnotation`): entries trimmed, empty ones dropped, `\,` escapes a comma. Read-only. */
export function lbcMap(value: string): ParsedMap {
  const known = parsedMaps.get(value);
  if (known !== undefined) return known;
  // Frozen: every caller gets the same object.
  const { entries, badEntry } = parseLbcMap(value);
  const map: ReadonlyMap<string, string> = new Map(entries);
  const parsed: ParsedMap = Object.freeze({ entries: Object.freeze(entries.map((entry) => Object.freeze(entry))), badEntry, map });
  remember(parsedMaps, value, parsed);
  return parsed;
}

function parseLbcMap(value: string): { entries: Array<[string, string]>; badEntry?: string } {
  const entries: Array<[string, string]> = [];
  for (const raw of value.split(/(?<!\\),/)) {
    const pair = raw.replace(/\\,/g, ',').trim();
    if (pair.length === 0) continue;
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() === '') return { entries, badEntry: pair };
    entries.push([pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()]);
  }
  return { entries };
}

/** The LBC's target type: `nlb-ip` forces ip, `ip` means ip, anything else instance (`buildTargetType`). */
export function lbcTargetType(manifest: unknown): 'ip' | 'instance' {
  const a = annotationsOf(manifest);
  return a[AwsKeys.TYPE] === 'nlb-ip' || a[AwsKeys.TARGET_TYPE] === 'ip' ? 'ip' : 'instance';
}

/**
 * The LBC's scheme for a new load balancer: `scheme` wins, then the deprecated boolean `internal`, then the
 * controller's default, internal.
 */
export function lbcScheme(manifest: unknown): string {
  const a = annotationsOf(manifest);
  if (a[AwsKeys.SCHEME] !== undefined) return a[AwsKeys.SCHEME];
  if (a[AwsKeys.INTERNAL] !== undefined) {
    const internal = parseGoBool(a[AwsKeys.INTERNAL]);
    if (internal !== undefined) return internal ? 'internal' : 'internet-facing';
  }
  return 'internal';
}

/**
 * The scheme one annotation asks the LBC for (`buildLoadBalancerScheme`): `aws-load-balancer-scheme` exactly, or the
 * deprecated `aws-load-balancer-internal` as a Go bool; undefined for a value the controller refuses or another key.
 */
export function lbcSchemeOfAnnotation(key: string, value: string): string | undefined {
  if (key === AwsKeys.SCHEME) return value === 'internal' || value === 'internet-facing' ? value : undefined;
  if (key !== AwsKeys.INTERNAL) return undefined;
  const internal = parseGoBool(value);
  return internal === undefined ? undefined : internal ? 'internal' : 'internet-facing';
}

/** The target type the LBC reads from `aws-load-balancer-nlb-target-type` (exactly `ip` or `instance`), or undefined. */
export function lbcTargetTypeOf(value: string): string | undefined {
  return value === 'ip' || value === 'instance' ? value : undefined;
}

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

/** Target-group attributes as the controller would read them (LBC parsing, which is also what the CCM does). */
export function targetGroupAttributes(manifest: unknown): ReadonlyMap<string, string> {
  const raw = annotationsOf(manifest)[AwsKeys.TG_ATTRIBUTES];
  return raw === undefined ? NO_ATTRIBUTES : lbcMap(raw).map;
}
