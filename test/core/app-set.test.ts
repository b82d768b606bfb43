import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, Chart, Include, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { ApplicationGatewayBackend, ApplicationGatewayIngress, AwsNlbService, AzureInternalLoadBalancerService, LoadBalancerService, TargetPort } from '../../src';
import { synthError } from '../helpers';

/** The rules over a set at synth: the whole cdk8s app is one set (issue #15). */
describe('rules over the app at synth', () => {
  let stderr: jest.SpyInstance;
  beforeEach(() => { stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true); });
  afterEach(() => stderr.mockRestore());

  function shop(ports: kplus.ContainerPort[]): { chart: Chart; web: kplus.Deployment } {
    const chart = new Chart(Testing.app(), 'shop', { namespace: 'shop' });
    return { chart, web: new kplus.Deployment(chart, 'web', { containers: [{ image: 'nginx', ports }] }) };
  }

  test('a named targetPort that the cdk8s-plus Deployment\'s containers lack fails synth, naming both constructs', () => {
    const { chart, web } = shop([{ number: 8080 }]);
    new LoadBalancerService(chart, 'lb', { selector: web, ports: [{ name: 'http', port: 80, targetPort: TargetPort.named('http') }] });
    expect(synthError(chart)).toMatch(/\[shop\/lb\] K8S-SVC-032 \(error\) spec\.ports\[0\]\.targetPort: "http" is not the name of a TCP container port of Deployment shop\/shop-web-\w+, .* With: Deployment shop\/shop-web-\w+ \[shop\/web\] spec\.template\.spec\.containers\. Fix: Add \{ name: http, containerPort: <port> \}/);
  });

  test('compliant: the container port carries the name', () => {
    const { chart, web } = shop([{ number: 8080, name: 'http' }]);
    new LoadBalancerService(chart, 'lb', { selector: web, ports: [{ name: 'http', port: 80, targetPort: TargetPort.named('http') }] });
    expect(synthError(chart)).toBeUndefined();
  });

  test('a warning (undeclared numeric targetPort) is printed, not an error; acknowledged, it is silent', () => {
    const { chart, web } = shop([{ number: 8080 }]);
    const lb = new LoadBalancerService(chart, 'lb', { selector: web, ports: [{ name: 'http', port: 80, targetPort: TargetPort.number(9090) }] });
    expect(synthError(chart)).toBeUndefined();
    expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toContain('[shop/lb] warning: K8S-SVC-033 (warning) spec.ports[0].targetPort: 9090/TCP is not a container port of Deployment');
    stderr.mockClear();
    lb.acknowledge('K8S-SVC-033', 'the image listens on 9090 without declaring it');
    expect(synthError(chart)).toBeUndefined();
    expect(stderr.mock.calls.map((c) => String(c[0])).join('')).not.toContain('K8S-SVC-033');
  });

  test('Helm output Included in the app is in the set: its Deployment lacks the ILB\'s named targetPort (with an AGIC Ingress in the app)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-cloud-lb-include-'));
    try {
      const chart = new Chart(Testing.app(), 'app', { namespace: 'shop' });
      const file = path.join(dir, 'helm.yaml');
      fs.writeFileSync(file, 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api, namespace: shop}\nspec:\n  template:\n    metadata: {labels: {app: api}}\n    spec:\n      containers: [{name: api, image: api, ports: [{name: grpc, containerPort: 9000}]}]\n');
      new Include(chart, 'helm', { url: file });
      const ilb = new AzureInternalLoadBalancerService(chart, 'api', { metadata: { name: 'api' }, selectorLabels: { app: 'api' }, ports: [{ name: 'http', port: 80, targetPort: TargetPort.named('http') }] });
      const ingress = new ApplicationGatewayIngress(chart, 'agic', { rules: [{ host: 'a.contoso.com', backend: ApplicationGatewayBackend.fromService(ilb) }] });
      const error = synthError(chart)!;
      expect(error).toMatch(/\[app\/api\] K8S-SVC-032 \(error\) spec\.ports\[0\]\.targetPort: "http" is not the name of a TCP container port of Deployment shop\/api/);
      expect(ApiObject.of(ingress).kind).toBe('Ingress');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('AGIC copies the readiness probe of the cdk8s-plus Deployment: a path without "/" fails synth on the Ingress, naming the Deployment', () => {
    const app = (probePath: string) => {
      const chart = new Chart(Testing.app(), 'shop', { namespace: 'shop' });
      const web = new kplus.Deployment(chart, 'web', { containers: [{ image: 'nginx', ports: [{ number: 8080 }], readiness: kplus.Probe.fromHttpGet(probePath, { port: 8080 }) }] });
      const svc = new kplus.Service(chart, 'svc', { selector: web, ports: [{ port: 80, targetPort: 8080 }] });
      new ApplicationGatewayIngress(chart, 'agic', { rules: [{ backend: ApplicationGatewayBackend.fromPlusService(svc) }] });
      return chart;
    };
    expect(synthError(app('healthz'))).toMatch(/\[shop\/agic\] AZ-AGIC-024 \(error\) metadata\.annotations\[appgw\.ingress\.kubernetes\.io\/health-probe-path\]: health-probe-path is not set, so AGIC copies the probe path "healthz" of Deployment shop\/shop-web-\w+ .* With: Service shop\/shop-svc-\w+ \[shop\/svc\] spec\.selector; Deployment shop\/shop-web-\w+ \[shop\/web\] spec\.template\.spec\.containers\[0\]\.readinessProbe\.httpGet\.path\. Fix: .*or set healthProbe\.path/);
    expect(synthError(app('/healthz'))).toBeUndefined();
  });

  test('an app of Services alone is judged as a set too (each object rendered once): two NLBs with one name fail synth', () => {
    const chart = new Chart(Testing.app(), 'only');
    const ports = [{ name: 'https', port: 443, targetPort: TargetPort.number(8443) }];
    new AwsNlbService(chart, 'api', { selectorLabels: { app: 'api' }, ports, loadBalancerName: 'shop-api' });
    expect(synthError(chart)).toBeUndefined();
    new AwsNlbService(chart, 'api-v2', { selectorLabels: { app: 'api-v2' }, ports, loadBalancerName: 'shop-api' });
    expect(synthError(chart)).toMatch(/\[only\/api-v2\] AWS-LB-020 \(error\) metadata\.annotations\[service\.beta\.kubernetes\.io\/aws-load-balancer-name\]: "shop-api" is also the load balancer name of another Service .* With: Service only-api-\w+ \[only\/api\] .* Fix: Give this Service its own loadBalancerName/);
  });

  test('two internal load balancers that share one address on one port fail synth; on different ports they share it', () => {
    const app = (secondPort: number) => {
      const chart = new Chart(Testing.app(), 'shop', { namespace: 'shop' });
      new AzureInternalLoadBalancerService(chart, 'web', { ipv4Address: '10.240.0.25', selectorLabels: { app: 'web' }, ports: [{ name: 'https', port: 443, targetPort: TargetPort.number(8443) }] });
      new AzureInternalLoadBalancerService(chart, 'api', { ipv4Address: '10.240.0.25', selectorLabels: { app: 'api' }, ports: [{ name: 'https', port: secondPort, targetPort: TargetPort.number(8443) }] });
      return chart;
    };
    expect(synthError(app(443))).toMatch(/\[shop\/api\] AZ-LB-035 \(error\) spec\.ports\[0\]\.port: 443\/TCP is also a port of Service shop\/shop-web-\w+, which pins the same private address 10\.240\.0\.25 .* With: Service shop\/shop-web-\w+ \[shop\/web\] spec\.ports\[0\]\.port\./);
    expect(synthError(app(8443))).toBeUndefined();
  });
});
