import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as kplus from 'cdk8s-plus-28';
import { ApplicationGatewayBackend, ApplicationGatewayIngress, AzureInternalLoadBalancerService, LoadBalancerService, TargetPort } from '../../src';
import { CloudLbValidation } from '../../src/cli/plugin';
import { configuresCloudLbPlugin, PLUGIN_CLASS, warningsReportedByPlugin } from '../../src/core/plugin-reports';
import { stderrOf } from '../azure/util';
import { newChart, synth } from '../helpers';

const WITH_PLUGIN = 'language: typescript\napp: node main.js\nvalidations:\n  - package: ./plugin.js\n    class: CloudLbValidation\n    version: 0.0.0\n';

describe('whether the cdk8s-cli plugin reports the warnings of this synth', () => {
  let withPlugin: string;
  let otherPlugin: string;
  beforeAll(() => {
    withPlugin = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-cloud-lb-with-plugin-'));
    otherPlugin = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-cloud-lb-other-plugin-'));
    fs.writeFileSync(path.join(withPlugin, 'cdk8s.yaml'), WITH_PLUGIN);
    fs.writeFileSync(path.join(otherPlugin, 'cdk8s.yaml'), WITH_PLUGIN.replace('CloudLbValidation', 'KubeconformValidation'));
  });
  afterAll(() => [withPlugin, otherPlugin].forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  test('the class name is the plugin\'s', () => {
    expect(CloudLbValidation.name).toBe(PLUGIN_CLASS);
  });

  test('cdk8s.yaml names the plugin among its validations', () => {
    expect(configuresCloudLbPlugin(WITH_PLUGIN)).toBe(true);
    expect(configuresCloudLbPlugin('validations:\n  - { package: x, class: Other, version: 1.0.0 }\n  - { package: ./p.js, class: CloudLbValidation, version: 0.0.0 }\n')).toBe(true);
    expect(configuresCloudLbPlugin('validations: https://example.com/validations.yaml\n')).toBe(false);
    expect(configuresCloudLbPlugin('language: typescript\n')).toBe(false);
    expect(configuresCloudLbPlugin('validations: [\n')).toBe(false);
    expect(configuresCloudLbPlugin('')).toBe(false);
  });

  test('only when cdk8s-cli runs validations after the synth (CDK8S_RECORD_CONSTRUCT_METADATA=true) and cdk8s.yaml names the plugin', () => {
    const validating = { CDK8S_RECORD_CONSTRUCT_METADATA: 'true' };
    expect(warningsReportedByPlugin(validating, withPlugin)).toBe(true);
    expect(warningsReportedByPlugin({ CDK8S_RECORD_CONSTRUCT_METADATA: 'false' }, withPlugin)).toBe(false); // cdk8s synth --no-validate
    expect(warningsReportedByPlugin({}, withPlugin)).toBe(false); // node main.js
    expect(warningsReportedByPlugin(validating, otherPlugin)).toBe(false);
    expect(warningsReportedByPlugin(validating, os.tmpdir())).toBe(false); // no cdk8s.yaml
  });

  describe('constructs', () => {
    const saved = { cwd: process.cwd(), env: process.env.CDK8S_RECORD_CONSTRUCT_METADATA };
    afterEach(() => {
      process.chdir(saved.cwd);
      if (saved.env === undefined) delete process.env.CDK8S_RECORD_CONSTRUCT_METADATA;
      else process.env.CDK8S_RECORD_CONSTRUCT_METADATA = saved.env;
    });
    const underPlugin = () => {
      process.chdir(withPlugin);
      process.env.CDK8S_RECORD_CONSTRUCT_METADATA = 'true';
    };
    const nodePortWarning = () => {
      const chart = newChart('shop');
      new LoadBalancerService(chart, 'web-lb', { selectorLabels: { app: 'web' }, ports: [{ name: 'http', port: 80, nodePort: 8080 }] });
      return chart;
    };

    test('leave the rules\' warnings to the plugin under it, and print them otherwise', () => {
      expect(stderrOf(() => synth(nodePortWarning()))).toContain('[shop/web-lb] warning: K8S-SVC-014 (warning)');
      underPlugin();
      expect(stderrOf(() => synth(nodePortWarning()))).toBe('');
    });

    test('errors still fail the synth under the plugin', () => {
      underPlugin();
      const chart = newChart('shop');
      new LoadBalancerService(chart, 'web-lb', { selectorLabels: { app: 'web' }, ports: [{ name: 'http', port: 80 }, { port: 81 }] });
      expect(() => synth(chart)).toThrow(/K8S-SVC-010 \(error\)/);
    });

    test('a warning of the rules over the app (AZ-AGIC-027, from the backend pods) is printed, and left to the plugin under it: it judges the same set', () => {
      const app = () => {
        const chart = newChart();
        const web = new kplus.Deployment(chart, 'web', { containers: [{ image: 'nginx', portNumber: 8080, securityContext: { ensureNonRoot: false } }] });
        const ilb = new AzureInternalLoadBalancerService(chart, 'svc', { metadata: { name: 'internal-app' }, selector: web, ports: [{ port: 80, targetPort: TargetPort.number(8080) }] });
        new ApplicationGatewayIngress(chart, 'web-ingress', { rules: [{ backend: ApplicationGatewayBackend.fromService(ilb) }] });
        return chart;
      };
      expect(stderrOf(() => synth(app()))).toContain('AZ-AGIC-027 (warning)');
      underPlugin();
      expect(stderrOf(() => synth(app()))).not.toContain('AZ-AGIC-027');
    });
  });
});
