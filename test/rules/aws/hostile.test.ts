import { classicElb, inTreeNlb, lbcNlb } from './fixtures';
import { AWS_RULES } from '../../../src/rules/aws';
import { checkManifest } from '../../../src/rules/engine';
import { key } from '../../helpers';

/**
 * Legal JSON (and YAML) whose implicit conversion to a string throws or lies: `{toString: 1}` makes String(x), `${x}`
 * and [x].join() throw "Cannot convert object to primitive value", as does a map without a prototype. Every AWS rule
 * must judge such a manifest without throwing (the engine would otherwise report "a bug in cdk8s-cloud-lb").
 */
function nullPrototypeMap(): object {
  const map = Object.create(null);
  map.a = 'b';
  return map;
}

const HOSTILE: Array<[string, () => unknown]> = [
  ['{toString: 1}', () => ({ toString: 1 })],
  ['{valueOf: 1}', () => ({ valueOf: 1 })],
  ['{toString: 1, valueOf: 1}', () => ({ toString: 1, valueOf: 1 })],
  ['{toJSON: 1}', () => ({ toJSON: 1 })],
  ['a list of {toString: 1}', () => [{ toString: 1 }]],
  ['an empty list', () => []],
  ['a map without prototype', nullPrototypeMap],
];

/** Annotations that make the rules read the ports (ssl-ports, health-check port, proxy protocol per port). */
const PORT_READERS = {
  'ssl-cert': 'arn:aws:acm:us-east-1:123456789012:certificate/a',
  'ssl-ports': 'nope, 8443',
  'healthcheck-port': 'metrics',
  'proxy-protocol-per-target-group': '9999',
};

const BASES: Array<[string, (a?: { [k: string]: string }, spec?: any) => any]> = [
  ['LBC NLB', lbcNlb],
  ['classic ELB', classicElb],
  ['in-tree NLB', inTreeNlb],
];

const PORT_FIELDS = ['name', 'port', 'protocol', 'targetPort', 'nodePort'];
const SPEC_FIELDS = [
  'sessionAffinity', 'loadBalancerIP', 'externalTrafficPolicy', 'loadBalancerSourceRanges', 'ipFamilies', 'allocateLoadBalancerNodePorts',
  'loadBalancerClass', 'ports',
];

function hostileManifests(base: (a?: { [k: string]: string }, spec?: any) => any, value: () => unknown): Array<[string, any]> {
  const out: Array<[string, any]> = [];
  for (const field of PORT_FIELDS) {
    out.push([`spec.ports[].${field}`, base(PORT_READERS, { ports: [{ name: 'http', port: 80 }, { name: 'x', port: 81, [field]: value() }] })]);
  }
  for (const field of SPEC_FIELDS) out.push([`spec.${field}`, base(PORT_READERS, { [field]: value() })]);
  const annotations = base(PORT_READERS);
  for (const k of Object.keys(annotations.metadata.annotations)) annotations.metadata.annotations[k] = value();
  annotations.metadata.annotations[key('aws-load-balancer-type')] = value();
  out.push(['every annotation value', annotations]);
  const whole = base(PORT_READERS);
  whole.metadata.annotations = value();
  out.push(['metadata.annotations', whole]);
  return out;
}

describe('no AWS rule throws on legal JSON that cannot be converted to a string', () => {
  const cases = BASES.flatMap(([baseName, base]) => HOSTILE.flatMap(([valueName, value]) =>
    hostileManifests(base, value).map(([where, m]) => [`${baseName}, ${where} = ${valueName}`, m] as [string, any])));

  test.each(cases)('%s', (_name, manifest) => {
    for (const rule of AWS_RULES) expect(() => rule.check(manifest)).not.toThrow();
    const bugs = checkManifest(manifest, AWS_RULES).filter((f) => f.message.includes('bug in cdk8s-cloud-lb'));
    expect(bugs).toEqual([]);
  });

  test('the port list in a fix shows the number of a port whose name is an object, and quotes a port number that is one', () => {
    const m = classicElb({ 'ssl-ports': 'nope' }, { ports: [{ name: { toString: 1 }, port: 443 }, { port: { valueOf: 1 } }, { name: 'http', port: 80 }] });
    const [v] = AWS_RULES.find((r) => r.id === 'AWS-ELB-005')!.check(m);
    expect(v.fix).toBe('Use a port number or name of spec.ports (443, {"valueOf":1}, http).');
  });
});
