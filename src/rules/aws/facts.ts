import { ccmList, ccmScheme } from '../../aws/model/in-tree';
import { AWS_PREFIX, AwsKeys } from '../../aws/model/keys';
import { lbcList, lbcScheme, lbcTargetType, targetGroupAttributes } from '../../aws/model/lbc';
import { AwsController } from '../../aws/model/ownership';
import { parseGoBool } from '../go';
import { portEntries } from '../kubernetes/ports';
import { annotationsOf, derived, isInteger, JsonObject, show, specOf } from '../manifest';

/** The ports that are objects, in order. A derived fact (read-only): a dozen AWS rules ask for them. */
export function portsOf(manifest: unknown): readonly JsonObject[] {
  return derived('awsPorts', manifest, objectPorts);
}

function objectPorts(manifest: unknown): JsonObject[] {
  return portEntries(manifest).map((entry) => entry.port);
}

/**
 * The ports of the Service for a fix text: each by its name, else its number, with any other value quoted by show()
 * (a port field may be any JSON; converting an object to a string implicitly can throw).
 */
export function portList(ports: readonly JsonObject[]): string {
  return ports.map((p) => typeof p.name === 'string' ? p.name : isInteger(p.port) ? `${p.port}` : show(p.name ?? p.port)).join(', ');
}

/** The numbers of the Service's ports, ignoring ports whose number is not an integer. */
export function portNumbers(ports: readonly JsonObject[]): number[] {
  return ports.map((p) => p.port).filter(isInteger);
}

/** The names of the Service's named ports. */
export function portNames(ports: readonly JsonObject[]): string[] {
  return ports.map((p) => p.name).filter((n): n is string => typeof n === 'string' && n !== '');
}

export function protocolOfPort(port: JsonObject): string {
  return typeof port.protocol === 'string' ? port.protocol : 'TCP';
}

export function hasUdpPort(manifest: unknown): boolean {
  return portsOf(manifest).some((p) => protocolOfPort(p) === 'UDP');
}

export function schemeOf(manifest: unknown, controller: AwsController): string {
  return controller === 'lbc' ? lbcScheme(manifest) : ccmScheme(manifest);
}

/**
 * Whether the NLB's targets see the client's own IP: the attribute when set, else AWS's default (on for instance
 * targets, off for ip targets; always on for UDP).
 */
export function clientIpPreserved(manifest: unknown, controller: AwsController): boolean {
  const attr = targetGroupAttributes(manifest).get('preserve_client_ip.enabled');
  const parsed = attr === undefined ? undefined : parseGoBool(attr);
  if (parsed !== undefined) return parsed;
  if (hasUdpPort(manifest)) return true;
  return controller === 'ccm-nlb' || lbcTargetType(manifest) === 'instance';
}

export function proxyProtocolV2(manifest: unknown, controller: AwsController): boolean {
  const a = annotationsOf(manifest);
  if (controller === 'lbc' && a[AwsKeys.PROXY_PROTOCOL] === '*') return true;
  if (controller === 'lbc' && a[AwsKeys.PROXY_PROTOCOL_PER_TG] !== undefined && lbcList(a[AwsKeys.PROXY_PROTOCOL_PER_TG]).length > 0) return true;
  return parseGoBool(targetGroupAttributes(manifest).get('proxy_protocol_v2.enabled') ?? '') === true;
}

export function sourceRangesOf(manifest: unknown): readonly string[] {
  const spec = specOf(manifest);
  if (Array.isArray(spec.loadBalancerSourceRanges) && spec.loadBalancerSourceRanges.length > 0) {
    return spec.loadBalancerSourceRanges.filter((s): s is string => typeof s === 'string');
  }
  const annotation = annotationsOf(manifest)[AwsKeys.SOURCE_RANGES];
  return annotation === undefined ? [] : ccmList(annotation);
}

/** "the key X" for messages. */
export function keyName(key: string): string {
  return key.replace(AWS_PREFIX, '');
}
