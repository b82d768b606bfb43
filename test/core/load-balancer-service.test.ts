import * as fs from 'fs';
import * as path from 'path';
import { ApiObject, App, Chart, Duration, IResolver, JsonPatch, ResolutionContext, Testing, Yaml } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Protocol } from 'cdk8s-plus-28';
import {
  AzureInternalLoadBalancerService, ExternalTrafficPolicy, InternalTrafficPolicy, IpFamily, IpFamilyPolicy, LoadBalancerService,
  ManagedAnnotation, SessionAffinity, Severity, TargetPort,
} from '../../src';
import { newChart, synth, synthError, synthService } from '../helpers';

/** A subclass with one typed annotation, as the cloud constructs do. */
class TypedService extends LoadBalancerService {
  public internal = 'true';
  protected renderAnnotations(): ManagedAnnotation[] {
    return [...super.renderAnnotations(), { key: 'example.com/internal', value: this.internal, source: 'internal' }];
  }
}

const http = { name: 'http', port: 80, targetPort: TargetPort.number(8080) };

describe('LoadBalancerService', () => {
  let stderr: jest.SpyInstance;
  beforeEach(() => { stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true); });
  afterEach(() => stderr.mockRestore());
  const warnings = () => stderr.mock.calls.map((c) => String(c[0]));

  test('renders a Service of type LoadBalancer selecting a Deployment', () => {
    const chart = newChart('shop', 'prod');
    const web = new kplus.Deployment(chart, 'web', { containers: [{ image: 'nginx', portNumber: 8080 }] });
    const svc = new LoadBalancerService(chart, 'lb', { metadata: { name: 'web' }, selector: web, ports: [http] });
    const service = synthService(chart);
    expect(service).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', namespace: 'prod' },
      spec: { type: 'LoadBalancer', selector: web.matchLabels, ports: [{ name: 'http', port: 80, targetPort: 8080 }] },
    });
    expect(svc.name).toBe('web');
    expect(svc.apiObject.kind).toBe('Service');
    expect(svc.node.defaultChild).toBe(svc.apiObject);
    expect(svc.node.findChild('Resource')).toBe(svc.apiObject);
  });

  test('every Kubernetes 1.28 LoadBalancer spec field is reachable', () => {
    const chart = newChart();
    new LoadBalancerService(chart, 'lb', {
      selectorLabels: { app: 'web' },
      ports: [{ name: 'dns', port: 53, targetPort: TargetPort.named('dns'), protocol: Protocol.UDP, nodePort: 30053, appProtocol: 'dns' }],
      externalTrafficPolicy: ExternalTrafficPolicy.LOCAL,
      internalTrafficPolicy: InternalTrafficPolicy.LOCAL,
      loadBalancerSourceRanges: ['10.0.0.0/8'],
      loadBalancerClass: 'example.com/lb',
      ipFamilies: [IpFamily.IPV4, IpFamily.IPV6],
      ipFamilyPolicy: IpFamilyPolicy.PREFER_DUAL_STACK,
      allocateLoadBalancerNodePorts: false,
      healthCheckNodePort: 30100,
      sessionAffinity: SessionAffinity.CLIENT_IP,
      sessionAffinityTimeout: Duration.hours(1),
      publishNotReadyAddresses: true,
      clusterIP: '10.96.0.50',
      clusterIPs: ['10.96.0.50', 'fd00::50'],
      externalIPs: ['203.0.113.10'],
    });
    expect(synthService(chart).spec).toEqual({
      type: 'LoadBalancer',
      selector: { app: 'web' },
      ports: [{ name: 'dns', port: 53, targetPort: 'dns', protocol: 'UDP', nodePort: 30053, appProtocol: 'dns' }],
      externalTrafficPolicy: 'Local',
      internalTrafficPolicy: 'Local',
      loadBalancerSourceRanges: ['10.0.0.0/8'],
      loadBalancerClass: 'example.com/lb',
      ipFamilies: ['IPv4', 'IPv6'],
      ipFamilyPolicy: 'PreferDualStack',
      allocateLoadBalancerNodePorts: false,
      healthCheckNodePort: 30100,
      sessionAffinity: 'ClientIP',
      sessionAffinityConfig: { clientIP: { timeoutSeconds: 3600 } },
      publishNotReadyAddresses: true,
      clusterIP: '10.96.0.50',
      clusterIPs: ['10.96.0.50', 'fd00::50'],
      externalIPs: ['203.0.113.10'],
    });
  });

  test('ports, selectors and annotations added after construction count (lazy rendering)', () => {
    const chart = newChart();
    const svc = new LoadBalancerService(chart, 'lb', { selectorLabels: { app: 'web' } });
    svc.addPort(http);
    svc.addPort({ name: 'https', port: 443, targetPort: TargetPort.named('https') });
    svc.selectLabel('tier', 'front');
    svc.addAnnotation('example.com/owner', 'team-a');
    svc.metadata.addLabel('team', 'a');
    const service = synthService(chart);
    expect(service.spec.ports.map((p: any) => p.port)).toEqual([80, 443]);
    expect(service.spec.selector).toEqual({ app: 'web', tier: 'front' });
    expect(service.metadata.annotations).toEqual({ 'example.com/owner': 'team-a' });
    expect(service.metadata.labels).toEqual({ team: 'a' });
    expect(svc.ports.map((p) => p.name)).toEqual(['http', 'https']);
  });

  test('user annotations are kept verbatim, from every source', () => {
    const chart = newChart();
    const svc = new LoadBalancerService(chart, 'lb', {
      metadata: { annotations: { 'a.example.com/x': '1' } },
      annotations: { 'b.example.com/y': ' spaced value ' },
      selectorLabels: { app: 'web' },
      ports: [http],
    });
    svc.addAnnotation('c.example.com/z', '');
    expect(synthService(chart).metadata.annotations).toEqual({ 'a.example.com/x': '1', 'b.example.com/y': ' spaced value ', 'c.example.com/z': '' });
  });

  test('the same user annotation with two values fails synth naming both sources', () => {
    const chart = newChart();
    const svc = new LoadBalancerService(chart, 'lb', {
      metadata: { annotations: { 'example.com/x': '1' } }, annotations: { 'example.com/x': '2' }, selectorLabels: { app: 'web' }, ports: [http],
    });
    svc.addAnnotation('example.com/y', 'a');
    svc.addAnnotation('example.com/y', 'a');
    const error = synthError(chart);
    expect(error).toContain('[test/lb] annotation example.com/x is set to "1" by metadata.annotations and to "2" by annotations');
    expect(error).not.toContain('example.com/y');
  });

  test('addAnnotation() does not overwrite a value written through metadata directly: a conflict fails synth naming both', () => {
    const chart = newChart();
    const svc = new LoadBalancerService(chart, 'lb', { selectorLabels: { app: 'web' }, ports: [http] });
    svc.metadata.addAnnotation('example.com/x', '1');
    svc.addAnnotation('example.com/x', '2');
    expect(synthError(chart)).toContain('annotation example.com/x is set to "1" by metadata.addAnnotation() and to "2" by addAnnotation()');
    expect(svc.apiObject.toJson().metadata.annotations['example.com/x']).toBe('1');
  });

  test('a typed annotation never overrides a user annotation: a conflict fails synth naming both', () => {
    const chart = newChart();
    new TypedService(chart, 'lb', { annotations: { 'example.com/internal': 'false' }, selectorLabels: { app: 'web' }, ports: [http] });
    expect(synthError(chart)).toContain('annotation example.com/internal is set to "false" by annotations and to "true" by the typed prop internal');
  });

  test('an annotation added through metadata directly is a user annotation too', () => {
    const chart = newChart();
    const svc = new TypedService(chart, 'lb', { selectorLabels: { app: 'web' }, ports: [http] });
    svc.metadata.addAnnotation('example.com/internal', 'nope');
    expect(synthError(chart)).toContain('by metadata.addAnnotation() and to "true" by the typed prop internal');
  });

  test('a typed annotation equal to the user value is accepted, and typed values are read at synth', () => {
    const chart = newChart();
    const svc = new TypedService(chart, 'lb', { annotations: { 'example.com/internal': 'false' }, selectorLabels: { app: 'web' }, ports: [http] });
    svc.internal = 'false';
    expect(synthService(chart).metadata.annotations).toEqual({ 'example.com/internal': 'false' });
  });

  test('API-server errors fail synth with the construct path, rule, field, value and fix', () => {
    const chart = newChart();
    new LoadBalancerService(chart, 'lb', { selectorLabels: { app: 'web' }, ports: [{ port: 70000 }, { port: 80, name: 'Http' }] });
    const error = synthError(chart)!;
    expect(error).toContain('[test/lb] K8S-SVC-008 (error) spec.ports[0].port: 70000 is not an integer from 1 to 65535. Fix: Set port');
    expect(error).toContain('[test/lb] K8S-SVC-010 (error) spec.ports[1].name: "Http"');
    expect(error).toContain('K8S-SVC-010 (error) spec.ports[0].name: port 70000 has no name');
  });

  test('a Service without ports fails synth', () => {
    const chart = newChart();
    new LoadBalancerService(chart, 'lb', { selectorLabels: { app: 'web' } });
    expect(synthError(chart)).toContain('K8S-SVC-007 (error) spec.ports: the Service has no port.');
  });

  test('warnings are printed once to stderr and do not fail synth', () => {
    const chart = newChart();
    new LoadBalancerService(chart, 'lb', { ports: [http] });
    synth(chart);
    synth(chart);
    const printed = warnings().filter((w) => w.includes('K8S-SVC-024'));
    expect(printed).toEqual(['[test/lb] warning: K8S-SVC-024 (warning) spec.selector: the Service selects no pods, so it has no endpoints unless you manage them. Fix: Select the pods of a workload, e.g. selector: { app: web }.\n']);
  });

  test('acknowledge() silences a warning and records the reason in the manifest', () => {
    const chart = newChart();
    const svc = new LoadBalancerService(chart, 'lb', { ports: [http] });
    svc.acknowledge('K8S-SVC-024', 'endpoints are managed by our mesh');
    const service = synthService(chart);
    expect(service.metadata.annotations).toEqual({ 'acknowledge.cdk8s-cloud-lb.io/K8S-SVC-024': 'endpoints are managed by our mesh' });
    expect(warnings()).toEqual([]);
    const [finding] = svc.lint();
    expect(finding).toMatchObject({ ruleId: 'K8S-SVC-024', severity: Severity.WARNING, acknowledgedReason: 'endpoints are managed by our mesh' });
    expect(finding.resource.constructPath).toBe('test/lb');
  });

  test('acknowledge() refuses unknown rules, errors and empty reasons', () => {
    const svc = new LoadBalancerService(newChart(), 'lb');
    expect(() => svc.acknowledge('K8S-SVC-999', 'x')).toThrow('[test/lb] acknowledge(): there is no rule "K8S-SVC-999"');
    expect(() => svc.acknowledge('K8S-SVC-001', 'x')).toThrow('K8S-SVC-001 is an error, not a warning');
    expect(() => svc.acknowledge('K8S-SVC-024', ' ')).toThrow('give a reason');
  });

  test('selector labels from two sources with different values fail synth instead of one silently winning', () => {
    const chart = newChart();
    const web = new kplus.Deployment(chart, 'web', { containers: [{ image: 'nginx', portNumber: 8080 }] });
    const key = Object.keys(web.matchLabels)[0];
    const svc = new LoadBalancerService(chart, 'lb', { selector: web, selectorLabels: { [key]: 'other', tier: 'front' }, ports: [http] });
    svc.selectLabel('tier', 'back');
    const error = synthError(chart)!;
    expect(error).toContain(`[test/lb] the selector label ${key} is "${web.matchLabels[key]}" from the selector test/web and "other" from selectorLabels / selectLabel(): no pod can match both.`);
    expect(error).toContain('[test/lb] selectLabel(tier) sets "back" but the selector label already is "front"');
  });

  test('the same selector label from two sources with the same value is fine', () => {
    const chart = newChart();
    const web = new kplus.Deployment(chart, 'web', { containers: [{ image: 'nginx', portNumber: 8080 }] });
    const svc = new LoadBalancerService(chart, 'lb', { selector: web, selectorLabels: { ...web.matchLabels }, ports: [http] });
    svc.selectLabel('tier', 'front');
    svc.selectLabel('tier', 'front');
    expect(synthService(chart).spec.selector).toEqual({ ...web.matchLabels, tier: 'front' });
  });

  test('a session affinity timeout that is not whole seconds fails early, naming the prop', () => {
    expect(() => new LoadBalancerService(newChart(), 'lb', { sessionAffinityTimeout: Duration.millis(1500) }))
      .toThrow(/sessionAffinityTimeout must be a whole number of seconds, got 1 second 500 millis\. Use e\.g\. Duration\.seconds\(10\)\.$/);
  });

  test('a selector with matchExpressions fails synth instead of being silently dropped', () => {
    const chart = newChart();
    const pods = kplus.Pods.select(chart, 'pods', { expressions: [kplus.LabelExpression.in('tier', ['a', 'b'])] });
    new LoadBalancerService(chart, 'lb', { selector: pods, ports: [http] });
    expect(synthError(chart)).toContain('the selector has matchExpressions, which a Service cannot express');
  });

  test('NaN or fractional numbers never reach the YAML: synth fails first', () => {
    const chart = newChart();
    new LoadBalancerService(chart, 'lb', { selectorLabels: { app: 'web' }, ports: [{ port: NaN }], healthCheckNodePort: 1.5 });
    const error = synthError(chart)!;
    expect(error).toContain('spec.ports[0].port: null is not an integer');
    expect(error).toContain('spec.healthCheckNodePort');
  });

  test('full YAML of a typical Service', () => {
    const chart = newChart('shop', 'prod');
    new LoadBalancerService(chart, 'web', {
      metadata: { name: 'web', labels: { 'app.kubernetes.io/name': 'web' } },
      selectorLabels: { 'app.kubernetes.io/name': 'web' },
      ports: [http, { name: 'https', port: 443, targetPort: TargetPort.named('https') }],
      externalTrafficPolicy: ExternalTrafficPolicy.LOCAL,
      annotations: { 'example.com/team': 'shop' },
    });
    expect(Yaml.stringify(...synth(chart))).toMatchSnapshot();
  });

  test('the app synthesizes to files like any cdk8s chart', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'files');
    new LoadBalancerService(chart, 'web', { selectorLabels: { app: 'web' }, ports: [http] });
    app.synth();
    const yaml = fs.readFileSync(path.join(app.outdir, 'files.k8s.yaml'), 'utf-8');
    expect(yaml).toContain('kind: Service');
    expect(yaml).toContain('type: LoadBalancer');
  });
});

describe('LoadBalancerService rendering after validation', () => {
  let stderr: jest.SpyInstance;
  beforeEach(() => { stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true); });
  afterEach(() => stderr.mockRestore());

  /** Synthesizing another chart of the same app validates this one without serializing it. */
  function validateOnly(chart: Chart): void {
    Testing.synth(new Chart(chart.node.scope as App, `other${chart.node.scope!.node.children.length}`));
  }

  test('changes made after a validation are rendered, through every path', () => {
    const chart = newChart();
    const svc = new LoadBalancerService(chart, 'lb', { selectorLabels: { app: 'web' }, ports: [http] });
    validateOnly(chart);
    svc.addPort({ name: 'https', port: 443 });
    expect(svc.apiObject.toJson().spec.ports).toHaveLength(2);

    validateOnly(chart);
    svc.metadata.addLabel('team', 'a');
    expect(svc.apiObject.toJson().metadata.labels).toEqual({ team: 'a' });

    validateOnly(chart);
    svc.apiObject.addJsonPatch(JsonPatch.add('/spec/publishNotReadyAddresses', true));
    expect(svc.apiObject.toJson().spec.publishNotReadyAddresses).toBe(true);

    validateOnly(chart);
    svc.acknowledge('K8S-SVC-024', 'endpoints managed by hand');
    expect(svc.apiObject.toJson().metadata.annotations).toEqual({ 'acknowledge.cdk8s-cloud-lb.io/K8S-SVC-024': 'endpoints managed by hand' });
  });

  test('a list of the props changed in place after a validation is rendered (compared with the kept manifest, not with itself)', () => {
    const chart = newChart();
    const ranges = ['10.0.0.0/8'];
    const svc = new LoadBalancerService(chart, 'lb', { selectorLabels: { app: 'web' }, ports: [http], loadBalancerSourceRanges: ranges });
    validateOnly(chart);
    ranges.push('192.168.0.0/16');
    expect(svc.apiObject.toJson().spec.loadBalancerSourceRanges).toEqual(['10.0.0.0/8', '192.168.0.0/16']);
  });

  test('with a resolver of its own, an app serializes a fresh render: the resolver may answer otherwise by then', () => {
    // A resolver that depends on state outside the manifest (here a switch; in real apps e.g. a lookup): the kept render
    // is reused only in apps with cdk8s's own resolvers, which change no plain value.
    let moved = false;
    const relocate: IResolver = {
      resolve(context: ResolutionContext): void {
        if (moved && context.value === '10.0.0.0/8') context.replaceValue('10.1.0.0/16');
      },
    };
    const chart = new Chart(Testing.app({ resolvers: [relocate] }), 'test');
    const svc = new LoadBalancerService(chart, 'lb', { selectorLabels: { app: 'web' }, ports: [http], loadBalancerSourceRanges: ['10.0.0.0/8'] });
    validateOnly(chart);
    moved = true;
    expect(svc.apiObject.toJson().spec.loadBalancerSourceRanges).toEqual(['10.1.0.0/16']);
  });

  test('without changes, the render of the validation is what gets serialized', () => {
    const chart = newChart();
    const svc = new LoadBalancerService(chart, 'lb', { selectorLabels: { app: 'web' }, ports: [http] });
    validateOnly(chart);
    const render = jest.spyOn(ApiObject.prototype, 'toJson');
    const json = svc.apiObject.toJson();
    expect(render).not.toHaveBeenCalled();
    render.mockRestore();
    expect(json.spec.ports).toEqual([{ name: 'http', port: 80, targetPort: 8080 }]);
  });

  test('with a JSON patch, a change after validation is serialized as the patch applies to it, not as the kept render', () => {
    const chart = newChart();
    const svc = new LoadBalancerService(chart, 'lb', { selectorLabels: { app: 'web' }, ports: [http] });
    const metrics = { name: 'metrics', port: 9090 };
    svc.apiObject.addJsonPatch(JsonPatch.add('/spec/ports/-', metrics));
    validateOnly(chart);
    svc.addPort(metrics); // the fresh spec now equals the kept, patched one; patching it again adds a third port
    expect(svc.apiObject.toJson().spec.ports.map((p: any) => p.name)).toEqual(['http', 'metrics', 'metrics']);
  });

  test('JSON patches are validated too: an escape hatch cannot smuggle an invalid value past synth', () => {
    const chart = newChart();
    const svc = new LoadBalancerService(chart, 'lb', { selectorLabels: { app: 'web' }, ports: [http] });
    svc.apiObject.addJsonPatch(JsonPatch.replace('/spec/ports/0/port', 0));
    expect(synthError(chart)).toContain('K8S-SVC-008 (error) spec.ports[0].port: 0 is not an integer from 1 to 65535.');
  });

  test('ApiObject.of() finds the Service', () => {
    const svc = new LoadBalancerService(newChart(), 'lb');
    expect(ApiObject.of(svc)).toBe(svc.apiObject);
  });
});

describe('typed annotations go through the app resolvers; JSON patches cannot drop them', () => {
  /** A resolver such as a user would write: `ENV:<name>` strings replaced by the environment's values. */
  const environment: IResolver = {
    resolve(context: ResolutionContext): void {
      const values: { [key: string]: string } = { 'ENV:subnet': 'apps-v2', 'ENV:bad-timeout': '3' };
      if (typeof context.value === 'string' && context.value in values) context.replaceValue(values[context.value]);
    },
  };
  const ports = [http];

  function chartWithResolver(): Chart {
    return new Chart(Testing.app({ resolvers: [environment] }), 'test');
  }

  test('a resolver replaces a typed annotation value, and the rules judge the resolved value', () => {
    const chart = chartWithResolver();
    new AzureInternalLoadBalancerService(chart, 'lb', { selectorLabels: { app: 'web' }, ports, subnet: 'ENV:subnet' });
    expect(synthService(chart).metadata.annotations['service.beta.kubernetes.io/azure-load-balancer-internal-subnet']).toBe('apps-v2');

    const bad = chartWithResolver();
    new AzureInternalLoadBalancerService(bad, 'lb', {
      selectorLabels: { app: 'web' }, ports, annotations: { 'service.beta.kubernetes.io/azure-load-balancer-tcp-idle-timeout': 'ENV:bad-timeout' },
    });
    expect(synthError(bad)).toContain('AZ-LB-002 (error) metadata.annotations[service.beta.kubernetes.io/azure-load-balancer-tcp-idle-timeout]: "3"');
  });

  test('a JSON patch cannot drop a typed annotation: a whole new annotations map keeps them, a patch on a typed key fails synth', () => {
    const internal = { 'service.beta.kubernetes.io/azure-load-balancer-internal': 'true', 'service.beta.kubernetes.io/azure-load-balancer-internal-subnet': 'apps' };
    // The usual way to add annotations when the map may not exist yet: it must not turn the internal LB public.
    const whole = newChart();
    const svc = new AzureInternalLoadBalancerService(whole, 'lb', { selectorLabels: { app: 'web' }, ports, subnet: 'apps' });
    svc.apiObject.addJsonPatch(JsonPatch.add('/metadata/annotations', { 'example.com/team': 'shop' }));
    expect(synthService(whole).metadata.annotations).toEqual({ ...internal, 'example.com/team': 'shop' });

    const typedKey = newChart();
    const lb = new AzureInternalLoadBalancerService(typedKey, 'lb', { selectorLabels: { app: 'web' }, ports, subnet: 'apps' });
    lb.apiObject.addJsonPatch(JsonPatch.remove('/metadata/annotations/service.beta.kubernetes.io~1azure-load-balancer-internal'));
    expect(synthError(typedKey)).toContain('the Service could not be rendered');
  });

  test('the metadata keeps the key order of earlier releases (typed-only annotations last): an upgrade does not reorder GitOps diffs', () => {
    const chart = newChart();
    new AzureInternalLoadBalancerService(chart, 'lb', { metadata: { name: 'web', labels: { team: 'shop' } }, selectorLabels: { app: 'web' }, ports });
    expect(Object.keys(synthService(chart).metadata)).toEqual(['labels', 'name', 'annotations']);
  });

  test('the metadata keeps only the user annotations after a synth (the typed ones are merged for each render only)', () => {
    const chart = newChart();
    const svc = new AzureInternalLoadBalancerService(chart, 'lb', { selectorLabels: { app: 'web' }, ports, annotations: { team: 'shop' } });
    synth(chart);
    // metadata.toJson() resolves the metadata alone, as a user or another construct reading it would.
    expect(svc.metadata.toJson().annotations).toEqual({ team: 'shop' });
    expect(synthService(chart).metadata.annotations).toEqual({ 'team': 'shop', 'service.beta.kubernetes.io/azure-load-balancer-internal': 'true' });
  });
});
