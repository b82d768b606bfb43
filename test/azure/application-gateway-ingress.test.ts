import { Duration, Testing } from 'cdk8s';
import { HttpIngressPathType } from 'cdk8s-plus-28';
import * as kplus from 'cdk8s-plus-28';
import { G, stderrOf } from './util';
import { build as seed } from '../../examples/azure/app-gateway-internal-service';
import {
  ApplicationGatewayBackend, ApplicationGatewayBackendProtocol, ApplicationGatewayIngress, ApplicationGatewayIngressClass,
  AzureInternalLoadBalancerService, LoadBalancerScheme, TargetPort,
} from '../../src';
import { newChart, synth, synthError } from '../helpers';

const WAF = '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg/providers/Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/waf';
const probe = { path: '/healthz' };

function ingressOf(chart: any): any {
  return synth(chart).find((o) => o.kind === 'Ingress');
}

function backendService(chart: any) {
  return new AzureInternalLoadBalancerService(chart, 'svc', { metadata: { name: 'internal-app' }, selectorLabels: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }] });
}

describe('ApplicationGatewayIngress', () => {
  test('the seed scenario: App Gateway on its private frontend in front of an internal service', () => {
    const app = Testing.app();
    seed(app);
    const objects = app.charts.flatMap((c) => synth(c as any));
    const ingress = objects.find((o) => o.kind === 'Ingress');
    expect(ingress).toEqual({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: {
        name: 'internal-app',
        namespace: 'shop',
        annotations: {
          [G('use-private-ip')]: 'true',
          [G('ssl-redirect')]: 'true',
          [G('request-timeout')]: '60',
          [G('connection-draining')]: 'true',
          [G('connection-draining-timeout')]: '30',
          [G('rule-priority')]: '100',
          [G('health-probe-path')]: '/healthz',
          [G('health-probe-status-codes')]: '200-399',
          [G('health-probe-interval')]: '15',
          [G('health-probe-timeout')]: '5',
          [G('health-probe-unhealthy-threshold')]: '3',
        },
      },
      spec: {
        ingressClassName: 'azure-application-gateway',
        rules: [{ host: 'shop.contoso.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'internal-app', port: { number: 80 } } } }] } }],
        tls: [{ hosts: ['shop.contoso.com'], secretName: 'shop-tls' }],
      },
    });
    const service = objects.find((o) => o.kind === 'Service');
    expect(service.metadata.annotations).toEqual({ 'service.beta.kubernetes.io/azure-load-balancer-internal': 'true' });
  });

  test('the legacy class annotation form, a public frontend and the remaining typed props', () => {
    const chart = newChart();
    const ingress = new ApplicationGatewayIngress(chart, 'web', {
      ingressClass: ApplicationGatewayIngressClass.ANNOTATION,
      scheme: LoadBalancerScheme.INTERNET_FACING,
      defaultBackend: ApplicationGatewayBackend.fromServiceName('web', { port: 443 }),
      sslCertificate: 'gw-cert',
      backendProtocol: ApplicationGatewayBackendProtocol.HTTPS,
      backendHostname: 'web.internal',
      backendPathPrefix: '/app/',
      trustedRootCertificates: ['root-a', 'root-b'],
      cookieBasedAffinity: true,
      wafPolicyForPath: WAF,
      healthProbe: { path: '/healthz', port: 8443, hostname: 'web.internal' },
    });
    expect(ingress.scheme).toBe(LoadBalancerScheme.INTERNET_FACING);
    const json = ingressOf(chart);
    expect(json.spec).toEqual({ defaultBackend: { service: { name: 'web', port: { number: 443 } } } });
    expect(json.metadata.annotations).toEqual({
      'kubernetes.io/ingress.class': 'azure/application-gateway',
      [G('appgw-ssl-certificate')]: 'gw-cert',
      [G('backend-protocol')]: 'https',
      [G('backend-hostname')]: 'web.internal',
      [G('backend-path-prefix')]: '/app/',
      [G('appgw-trusted-root-certificate')]: 'root-a,root-b',
      [G('cookie-based-affinity')]: 'true',
      [G('waf-policy-for-path')]: WAF,
      [G('health-probe-path')]: '/healthz',
      [G('health-probe-port')]: '8443',
      [G('health-probe-hostname')]: 'web.internal',
    });
  });

  test('backends: this library\'s Service (port added later), a cdk8s-plus Service, a named port; rules grouped by host', () => {
    const chart = newChart();
    const ilb = new AzureInternalLoadBalancerService(chart, 'api', { metadata: { name: 'api' }, selectorLabels: { app: 'api' } });
    const plus = new kplus.Service(chart, 'plus', { metadata: { name: 'plus' }, ports: [{ port: 8080 }] });
    const ingress = new ApplicationGatewayIngress(chart, 'web', { healthProbe: probe });
    ingress.addRule({ host: 'a.contoso.com', path: '/api', backend: ApplicationGatewayBackend.fromService(ilb) });
    ingress.addRule({ host: 'a.contoso.com', path: '/plus', pathType: HttpIngressPathType.EXACT, backend: ApplicationGatewayBackend.fromPlusService(plus) });
    ingress.addRule({ path: '/named', backend: ApplicationGatewayBackend.fromServiceName('other', { portName: 'http' }) });
    ilb.addPort({ name: 'http', port: 81 });
    expect(ingressOf(chart).spec.rules).toEqual([
      {
        host: 'a.contoso.com',
        http: {
          paths: [
            { path: '/api', pathType: 'Prefix', backend: { service: { name: 'api', port: { number: 81 } } } },
            { path: '/plus', pathType: 'Exact', backend: { service: { name: 'plus', port: { number: 8080 } } } },
          ],
        },
      },
      { http: { paths: [{ path: '/named', pathType: 'Prefix', backend: { service: { name: 'other', port: { name: 'http' } } } }] } },
    ]);
  });

  test('a TLS entry without hosts gets the rules\' hosts (also those added later), explicit hosts stay as given', () => {
    const chart = newChart();
    const backend = ApplicationGatewayBackend.fromServiceName('web', { port: 80 });
    const ingress = new ApplicationGatewayIngress(chart, 'web', {
      healthProbe: probe,
      rules: [{ host: 'a.contoso.com', backend }, { host: 'a.contoso.com', path: '/api', backend }, { path: '/any', backend }],
      tls: [{ secretName: 'rules-tls' }, { hosts: ['b.contoso.com'], secretName: 'b-tls' }],
    });
    ingress.addRule({ host: 'c.contoso.com', backend });
    expect(ingressOf(chart).spec.tls).toEqual([
      { hosts: ['a.contoso.com', 'c.contoso.com'], secretName: 'rules-tls' },
      { hosts: ['b.contoso.com'], secretName: 'b-tls' },
    ]);
  });

  test('a TLS entry without hosts stays without hosts when no rule names a host (the certificate serves every host)', () => {
    const chart = newChart();
    new ApplicationGatewayIngress(chart, 'web', {
      healthProbe: probe, rules: [{ backend: ApplicationGatewayBackend.fromServiceName('web', { port: 80 }) }], tls: [{ secretName: 'any-tls' }],
    });
    expect(ingressOf(chart).spec.tls).toEqual([{ secretName: 'any-tls' }]);
  });

  test('a backend without a port is refused clearly', () => {
    expect(() => ApplicationGatewayBackend.fromServiceName('web', {})).toThrow(/give the Service port/);
    expect(() => ApplicationGatewayBackend.fromServiceName('web', { port: 80, portName: 'http' })).toThrow(/either port \(80\) or portName \("http"\)/);
    const chart = newChart();
    const empty = new kplus.Service(chart, 'empty', {});
    const ingress = new ApplicationGatewayIngress(chart, 'web', { healthProbe: probe, rules: [{ backend: ApplicationGatewayBackend.fromPlusService(empty) }] });
    expect(synthError(chart)).toContain('K8S-ING-005 (error) spec.rules[0].http.paths[0].backend.service.port: has neither a number nor a name; the API server requires one ("port name or number is required"). Fix: Give the backend a port');
    // lint() returns the same finding instead of throwing (issue #18).
    expect(ingress.lint().map((f) => [f.ruleId, f.severity, f.path])).toContainEqual(['K8S-ING-005', 'error', 'spec.rules[0].http.paths[0].backend.service.port']);
  });

  test('ssl-redirect without TLS fails synth (AGIC would drop the whole Ingress)', () => {
    const chart = newChart();
    new ApplicationGatewayIngress(chart, 'web', { sslRedirect: true, healthProbe: probe, rules: [{ backend: ApplicationGatewayBackend.fromService(backendService(chart)) }] });
    expect(synthError(chart)).toContain(`AZ-AGIC-009 (error) sslRedirect (metadata.annotations[${G('ssl-redirect')}]): "true" without spec.tls`);
  });

  test('a draining timeout turns draining on, unless draining is explicitly off', () => {
    const chart = newChart();
    new ApplicationGatewayIngress(chart, 'web', { connectionDrainingTimeout: Duration.seconds(20), healthProbe: probe, rules: [{ backend: ApplicationGatewayBackend.fromService(backendService(chart)) }] });
    expect(ingressOf(chart).metadata.annotations[G('connection-draining')]).toBe('true');
    const off = newChart();
    new ApplicationGatewayIngress(off, 'web', {
      connectionDraining: false,
      connectionDrainingTimeout: Duration.seconds(20),
      healthProbe: probe,
      rules: [{ backend: ApplicationGatewayBackend.fromService(backendService(off)) }],
    });
    expect(synthError(off)).toContain('AZ-AGIC-013 (error)');
  });

  test('no probe path and backend pods without an httpGet readiness probe: warned, and the warning can be acknowledged', () => {
    const chart = newChart();
    const web = new kplus.Deployment(chart, 'web', { containers: [{ image: 'nginx', portNumber: 8080, securityContext: { ensureNonRoot: false } }] });
    const ilb = new AzureInternalLoadBalancerService(chart, 'svc', { metadata: { name: 'internal-app' }, selector: web, ports: [{ port: 80, targetPort: TargetPort.number(8080) }] });
    const ingress = new ApplicationGatewayIngress(chart, 'web-ingress', { rules: [{ backend: ApplicationGatewayBackend.fromService(ilb) }] });
    const printed = stderrOf(() => synth(chart));
    expect(printed).toMatch(/\[test\/web-ingress\] warning: AZ-AGIC-027 \(warning\) metadata\.annotations\[appgw\.ingress\.kubernetes\.io\/health-probe-path\]: health-probe-path is not set and Deployment test-web-c8\w+ \(container "main"\), behind Service "internal-app" port 80, has no httpGet readiness or liveness probe/);
    expect(printed).toMatch(/With: Service internal-app \[test\/svc\] spec\.selector; Deployment test-web-\w+ \[test\/web\] spec\.template\.spec\.containers\[0\]\./);
    expect(printed).toContain('Fix: Give the container an httpGet readiness probe, or set healthProbe.path to a path that answers 200.');
    ingress.acknowledge('AZ-AGIC-027', 'the app answers 200 on /');
    let json: any;
    expect(stderrOf(() => { json = ingressOf(chart); })).toBe('');
    expect(json.metadata.annotations['acknowledge.cdk8s-cloud-lb.io/AZ-AGIC-027']).toBe('the app answers 200 on /');
    expect(() => ingress.acknowledge('AZ-AGIC-009', 'no')).toThrow(/is an error, not a warning/);
    expect(() => ingress.acknowledge('AZ-AGIC-999', 'no')).toThrow(/there is no rule "AZ-AGIC-999"/);
    expect(() => ingress.acknowledge('AZ-AGIC-016', ' ')).toThrow(/give a reason/);
  });

  test('backend pods with an httpGet readiness probe need no probe path; pods the app does not hold are not guessed', () => {
    const chart = newChart();
    const web = new kplus.Deployment(chart, 'web', {
      containers: [{ image: 'nginx', portNumber: 8080, securityContext: { ensureNonRoot: false }, readiness: kplus.Probe.fromHttpGet('/ready') }],
    });
    const ilb = new AzureInternalLoadBalancerService(chart, 'svc', { selector: web, ports: [{ port: 80, targetPort: TargetPort.number(8080) }] });
    const external = new AzureInternalLoadBalancerService(chart, 'ext', { selectorLabels: { app: 'elsewhere' }, ports: [{ port: 80 }] });
    // The app holds no pods of it: a warning of the rules over the app (K8S-SVC-034), accepted here.
    external.acknowledge('K8S-SVC-034', 'its pods are deployed by another app');
    new ApplicationGatewayIngress(chart, 'web-ingress', {
      rules: [{ path: '/', backend: ApplicationGatewayBackend.fromService(ilb) }, { path: '/', host: 'b.contoso.com', backend: ApplicationGatewayBackend.fromService(external) }],
    });
    expect(stderrOf(() => synth(chart))).toBe('');
  });

  test('a non-root path without a probe path is warned about by the rule', () => {
    const chart = newChart();
    new ApplicationGatewayIngress(chart, 'web', { rules: [{ path: '/api', backend: ApplicationGatewayBackend.fromServiceName('api', { port: 80 }) }] });
    expect(stderrOf(() => synth(chart))).toContain('AZ-AGIC-014 (warning) metadata.annotations[appgw.ingress.kubernetes.io/health-probe-path]: health-probe-path is not set');
  });

  test('probes that will most likely fail are warned about: status codes without 200, HTTPS without a trusted root', () => {
    const chart = newChart();
    const ingress = new ApplicationGatewayIngress(chart, 'web', {
      backendProtocol: ApplicationGatewayBackendProtocol.HTTPS,
      healthProbe: { path: '/healthz', statusCodes: ['401'] },
      rules: [{ backend: ApplicationGatewayBackend.fromServiceName('web', { port: 443 }) }],
    });
    const printed = stderrOf(() => synth(chart));
    expect(printed).toContain(`AZ-AGIC-016 (warning) healthProbe.statusCodes (metadata.annotations[${G('health-probe-status-codes')}]): "401" does not include 200`);
    expect(printed).toContain('AZ-AGIC-017 (warning)');
    expect(ingress.lint().map((f) => f.ruleId)).toEqual(['AZ-AGIC-016', 'AZ-AGIC-017']);
  });

  test('user annotations: a conflict with a typed prop fails, both rewrite keys fail, other keys are kept', () => {
    const chart = newChart();
    const ingress = new ApplicationGatewayIngress(chart, 'web', {
      rulePriority: 10,
      healthProbe: probe,
      annotations: { [G('rule-priority')]: '20', [G('rewrite-rule-set')]: 'rs' },
      rules: [{ backend: ApplicationGatewayBackend.fromServiceName('web', { port: 80 }) }],
    });
    ingress.addAnnotation(G('rewrite-rule-set-custom-resource'), 'crd');
    const error = synthError(chart)!;
    expect(error).toContain(`annotation ${G('rule-priority')} is set to "20" by annotations and to "10" by the typed prop rulePriority`);
    expect(error).toContain('AZ-AGIC-012 (error)');
  });

  test('an out-of-range priority and an empty Ingress fail synth', () => {
    const chart = newChart();
    new ApplicationGatewayIngress(chart, 'web', { rulePriority: 20001, healthProbe: probe });
    const error = synthError(chart)!;
    expect(error).toContain('AZ-AGIC-005 (error)');
    expect(error).toContain('K8S-ING-002 (error)');
  });

  test('status codes and trusted roots that hold the separator throw at construction, naming the prop', () => {
    const make = (props: any) => () => new ApplicationGatewayIngress(newChart(), 'web', {
      backendProtocol: ApplicationGatewayBackendProtocol.HTTPS,
      rules: [{ backend: ApplicationGatewayBackend.fromServiceName('web', { port: 443 }) }],
      ...props,
    });
    expect(make({ trustedRootCertificates: ['a,b'] })).toThrow('trustedRootCertificates[0] is "a,b"');
    expect(make({ healthProbe: { path: '/healthz', statusCodes: ['200,401'] } })).toThrow('healthProbe.statusCodes[0] is "200,401"');
  });

  test('props are read at construction: a list changed afterwards changes neither the annotation nor the verdict', () => {
    const chart = newChart();
    const trustedRootCertificates = ['root-a'];
    new ApplicationGatewayIngress(chart, 'web', {
      backendProtocol: ApplicationGatewayBackendProtocol.HTTPS,
      trustedRootCertificates,
      rules: [{ backend: ApplicationGatewayBackend.fromServiceName('web', { port: 443 }) }],
    });
    trustedRootCertificates.push('b,c'); // an item with the separator: an error, had it been read
    expect(ingressOf(chart).metadata.annotations[G('appgw-trusted-root-certificate')]).toBe('root-a');
  });
});
