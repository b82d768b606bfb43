import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdk8s';
import * as ts from 'typescript';
import {
  AnnotationCatalogue, buildCatalogue, CONTROL_KEY, Fixture, FIXTURES, fixtureManifest, generalise, propOf, renderAnnotationsMarkdown,
  rulesByKey, sourceInConflict,
} from '../../scripts/annotation-catalogue';
import { readSources } from '../../scripts/rule-sources';
import { AwsNlbService, AzureInternalLoadBalancerService, ClusterProfile, HealthCheckPort, LoadBalancerService, Rules, TargetPort } from '../../src';
import * as lib from '../../src';
import { lbService } from '../helpers';

const ROOT = path.join(__dirname, '..', '..');
const NLB = 'service.beta.kubernetes.io/aws-load-balancer-';
const ports = [{ name: 'main', port: 443, targetPort: TargetPort.number(8443) }];

// Building the catalogue synthesizes every fixture once per key and runs the rules some 50 000 times: a few seconds.
jest.setTimeout(60_000);

let catalogue: AnnotationCatalogue;
beforeAll(() => {
  catalogue = buildCatalogue();
});

describe('ANNOTATIONS.md', () => {
  test('is up to date with the constructs and the rules (run `npx projen docgen:annotations`)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'ANNOTATIONS.md'), 'utf-8')).toBe(renderAnnotationsMarkdown(catalogue));
  });

  test('covers every construct that writes annotations, each fixture a Service or Ingress that passes synth without a warning', () => {
    expect(catalogue.constructs).toEqual([
      'LoadBalancerService', 'AwsNlbService', 'AwsClassicLoadBalancerService', 'AzureLoadBalancerService', 'AzureInternalLoadBalancerService',
      'PrivateLinkService', 'ApplicationGatewayIngress',
    ]);
    for (const fixture of FIXTURES) {
      const chart = Testing.chart();
      const built = fixture.build(chart);
      expect(() => Testing.synth(chart)).not.toThrow();
      // Judged as the fixture's chart declares (the classic ELB on EKS without the LBC's webhook).
      const findings = Rules.check(built.apiObject.toJson(), { profile: ClusterProfile.of(chart) });
      expect(findings.filter((f) => f.acknowledgedReason === undefined).map((f) => f.ruleId)).toEqual([]);
    }
  });

  test('has a row for every key every fixture writes, and names only rules that exist', () => {
    for (const fixture of FIXTURES) {
      const keys = Object.keys(fixtureManifest(fixture).metadata.annotations).map((key) => generalise(key, fixture.placeholders));
      for (const key of keys) expect(catalogue.rows.some((row) => row.key === key)).toBe(true);
    }
    const ids = new Set(Rules.all().map((r) => r.id));
    for (const row of catalogue.rows) for (const id of row.rules) expect(ids.has(id)).toBe(true);
    for (const id of catalogue.everyKeyRules) expect(ids.has(id)).toBe(true);
  });

  test('sets every prop of every construct that can write an annotation in some fixture', () => {
    // The props that shape the spec or carry the user's own annotations, not a typed annotation.
    const notAnnotations: { [construct: string]: readonly string[] } = {
      ApplicationGatewayIngress: ['metadata', 'annotations', 'rules', 'defaultBackend', 'tls'],
    };
    const lbProps = propsOfInterface('LoadBalancerServiceProps');
    for (const construct of catalogue.constructs) {
      if (construct === 'LoadBalancerService') continue; // its props are the spec, and the user's annotations
      const declared = propsOfInterface(construct === 'PrivateLinkService' ? 'PrivateLinkServiceOptions' : `${construct}Props`);
      const set = new Set(FIXTURES.filter((f) => f.construct === construct)
        .flatMap((f) => Object.entries(f.props ?? {}).filter(([, v]) => v !== undefined).map(([k]) => k)));
      const unset = declared.filter((p) => !set.has(p) && !lbProps.includes(p) && !(notAnnotations[construct] ?? []).includes(p));
      expect({ construct, unset }).toEqual({ construct, unset: [] });
    }
  });

  test('names as the base of a construct its base class, or for the Private Link Service the Service it writes onto', () => {
    const classOf = (name: string): any => (lib as any)[name];
    for (const [construct, base] of catalogue.bases) {
      if (construct === 'PrivateLinkService') {
        const service = FIXTURES.find((f) => f.construct === construct)!.build(Testing.chart());
        expect(service).toBeInstanceOf(classOf(base));
        expect((service as lib.AzureLoadBalancerService).privateLinkService).toBeInstanceOf(lib.PrivateLinkService);
      } else {
        expect(classOf(construct).prototype).toBeInstanceOf(classOf(base));
      }
    }
  });

  test('is sorted by construct, then key, and renders the same twice', () => {
    const order = catalogue.rows.map((r) => `${catalogue.constructs.indexOf(r.construct).toString().padStart(2, '0')} ${r.key} ${r.prop}`);
    expect(order).toEqual([...order].sort());
    expect(renderAnnotationsMarkdown(buildCatalogue(FIXTURES.slice(0, 2)))).toBe(renderAnnotationsMarkdown(buildCatalogue(FIXTURES.slice(0, 2))));
  });

  test('rows name the prop and the rules one would look up', () => {
    const row = (construct: string, key: string) => catalogue.rows.find((r) => r.construct === construct && r.key === key);
    expect(row('AwsNlbService', `${NLB}healthcheck-port`)).toMatchObject({ prop: 'healthCheck.port' });
    expect(row('AwsNlbService', `${NLB}healthcheck-port`)!.rules.has('AWS-NLB-008')).toBe(true);
    expect(row('AzureLoadBalancerService', 'service.beta.kubernetes.io/port_{port}_health-probe_protocol')).toMatchObject({ prop: 'portSettings[i].protocol' });
    expect(row('PrivateLinkService', 'service.beta.kubernetes.io/azure-pls-create')).toMatchObject({ prop: 'the Private Link Service' });
    expect(row('LoadBalancerService', 'acknowledge.cdk8s-cloud-lb.io/{ruleId}')).toMatchObject({ prop: 'acknowledge({ruleId})' });
  });

  test('rows have the rules that judge a key only next to a key of another fixture', () => {
    const row = (construct: string, key: string) => catalogue.rows.find((r) => r.construct === construct && r.key === key)!;
    // appgw-ssl-certificate (public fixture) is shadowed by spec.tls (private fixture).
    expect(row('ApplicationGatewayIngress', 'appgw.ingress.kubernetes.io/appgw-ssl-certificate').rules.has('AZ-AGIC-021')).toBe(true);
    // A per-port no_lb_rule (every-shared-prop fixture) is ignored with HA ports (HA fixture).
    expect(row('AzureLoadBalancerService', 'service.beta.kubernetes.io/port_{port}_no_lb_rule').rules.has('AZ-LB-019')).toBe(true);
  });
});

describe('the catalogue', () => {
  test('names the typed prop from the conflict error of a hand-written value', () => {
    const fixture: Fixture = {
      construct: 'AwsNlbService',
      variant: 'a health-check port',
      build: (chart) => new AwsNlbService(chart, 'svc', { ports, healthCheck: { port: HealthCheckPort.number(8443) } }),
    };
    expect(propOf(fixture, `${NLB}healthcheck-port`)).toBe('healthCheck.port');
  });

  test('names the prop of a choice the construct holds, its default included', () => {
    const fixture: Fixture = { construct: 'AwsNlbService', variant: 'defaults', build: (chart) => new AwsNlbService(chart, 'svc', { ports }) };
    expect(propOf(fixture, `${NLB}scheme`)).toBe('scheme (default)');
    expect(propOf({ ...fixture, build: (chart) => new AwsNlbService(chart, 'svc', { ports, scheme: lib.LoadBalancerScheme.INTERNAL }) }, `${NLB}scheme`)).toBe('scheme');
  });

  test('refuses to name a prop for a key the fixture writes by hand', () => {
    const fixture: Fixture = {
      construct: 'LoadBalancerService',
      variant: 'a hand-written annotation only',
      build: (chart) => {
        const service = new LoadBalancerService(chart, 'svc', { ports });
        service.addAnnotation('example.com/by-hand', 'v');
        return service;
      },
    };
    expect(() => propOf(fixture, 'example.com/by-hand')).toThrow(/example.com\/by-hand is written by hand in the fixture, not by a prop/);
  });

  test('reads the prop of the key asked for, among several conflicts', () => {
    const errors = [
      'annotation a/b is set to "1" by addAnnotation() and to "2" by the typed prop first. Remove it from addAnnotation() and keep the typed prop, or drop the prop.',
      'annotation a/c is set to "x. y" by addAnnotation() and to "z" by the typed prop tls.ports. Remove it from addAnnotation() and keep the typed prop, or drop the prop.',
    ];
    expect(sourceInConflict(errors, 'a/c')).toBe('tls.ports');
    expect(sourceInConflict(errors, 'a/d')).toBeUndefined();
    const guarded = ['annotation a/e is set to "x" by annotations, which the controller does not read as a choice of targetType; targetType is NlbTargetType.IP (the default). '
      + 'Remove the annotation from annotations; the prop targetType makes this choice.'];
    expect(sourceInConflict(guarded, 'a/e')).toBe('targetType (default)');
  });

  test('finds the rules that report a key on some value, and those that report any key', () => {
    const manifest = { ...lbService(), metadata: { name: 'web', annotations: { 'service.beta.kubernetes.io/azure-load-balancer-internal': 'true', 'service.beta.kubernetes.io/azure-load-balancer-tcp-idle-timeout': '30', [CONTROL_KEY]: 'x' } } };
    const found = rulesByKey(manifest, ['service.beta.kubernetes.io/azure-load-balancer-tcp-idle-timeout', CONTROL_KEY]);
    expect(found.get('service.beta.kubernetes.io/azure-load-balancer-tcp-idle-timeout')!.has('AZ-LB-002')).toBe(true);
    expect([...found.get(CONTROL_KEY)!].every((id) => !id.startsWith('AZ-'))).toBe(true);
  });

  test('lists a key a construct shares with its base once, under the base, with the rules found in both', () => {
    const ilb = (id: string, base?: string): Fixture => ({
      construct: id,
      variant: 'internal',
      base,
      build: (chart) => new AzureInternalLoadBalancerService(chart, 'svc', { ports, tcpIdleTimeout: undefined, subnet: 'apps' }),
    });
    const merged = buildCatalogue([ilb('Base'), ilb('Derived', 'Base')]);
    expect(merged.rows.map((r) => r.construct)).toEqual(['Base', 'Base']);
    expect(merged.rows.map((r) => r.key)).toEqual(['service.beta.kubernetes.io/azure-load-balancer-internal', 'service.beta.kubernetes.io/azure-load-balancer-internal-subnet']);
    expect(renderAnnotationsMarkdown(merged)).toContain('Derived: no key of its own beyond the construct it builds on.');
  });

  test('replaces the literal parts of a fixture by their placeholders', () => {
    expect(generalise('service.beta.kubernetes.io/port_80_no_lb_rule', [['port_80_', 'port_{port}_']])).toBe('service.beta.kubernetes.io/port_{port}_no_lb_rule');
    expect(generalise('portSettings[1].path', [['portSettings[1]', 'portSettings[i]']])).toBe('portSettings[i].path');
  });
});

/**
 * The props of an interface of src, with those of the interfaces it extends: read from the syntax alone (the type
 * checker would take seconds), which the flat prop interfaces of a jsii library allow.
 */
function propsOfInterface(name: string): string[] {
  const interfaces = new Map<string, { members: string[]; bases: string[] }>();
  for (const file of readSources('src')) {
    const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.ES2020);
    ts.forEachChild(source, (node) => {
      if (!ts.isInterfaceDeclaration(node)) return;
      const members = node.members.filter(ts.isPropertySignature).map((m) => m.name.getText(source));
      const bases = (node.heritageClauses ?? []).flatMap((h) => h.types.map((t) => t.expression.getText(source).split('.').pop()!));
      interfaces.set(node.name.text, { members, bases });
    });
  }
  const collect = (n: string): string[] => {
    const found = interfaces.get(n);
    if (!found) throw new Error(`no interface ${n} in src`);
    return [...found.members, ...found.bases.flatMap(collect)];
  };
  return [...new Set(collect(name))];
}
