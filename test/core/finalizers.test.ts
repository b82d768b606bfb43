import { ApplicationGatewayBackend, ApplicationGatewayIngress, LoadBalancerService, TargetPort } from '../../src';
import { newChart, synthError, synthService } from '../helpers';

const ports = [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }];

describe('metadata.finalizers through the cdk8s metadata (K8S-META-001)', () => {
  test('a bare finalizer name fails synth, naming the field, the value and the fix', () => {
    const chart = newChart();
    new LoadBalancerService(chart, 'lb', { metadata: { finalizers: ['protect'] }, selectorLabels: { app: 'web' }, ports });
    expect(synthError(chart)).toMatch(/\[test\/lb\] K8S-META-001 \(error\) metadata\.finalizers\[0\]: "protect" is neither a standard finalizer name .* Fix: Prefix it with a domain you own and "\/", e\.g\. "example\.com\/protect"\./);
  });

  test('finalizers added with metadata.addFinalizers() are judged too', () => {
    const chart = newChart();
    const svc = new LoadBalancerService(chart, 'lb', { selectorLabels: { app: 'web' }, ports });
    svc.metadata.addFinalizers('orphan', 'foregroundDeletion');
    expect(synthError(chart)).toContain('K8S-META-001 (error) metadata.finalizers: lists both "orphan" and "foregroundDeletion"');
  });

  test('a domain-qualified and a standard finalizer are written as given', () => {
    const chart = newChart();
    const svc = new LoadBalancerService(chart, 'lb', { metadata: { finalizers: ['example.com/cleanup'] }, selectorLabels: { app: 'web' }, ports });
    svc.metadata.addFinalizers('kubernetes');
    expect(synthService(chart).metadata.finalizers).toEqual(['example.com/cleanup', 'kubernetes']);
  });

  test('an Ingress with a bare finalizer fails synth', () => {
    const chart = newChart();
    const backend = new LoadBalancerService(chart, 'web', { selectorLabels: { app: 'web' }, ports });
    new ApplicationGatewayIngress(chart, 'ing', { metadata: { finalizers: ['cleanup'] }, rules: [{ host: 'shop.example.com', backend: ApplicationGatewayBackend.fromService(backend) }] });
    expect(synthError(chart)).toContain('[test/ing] K8S-META-001 (error) metadata.finalizers[0]: "cleanup" is neither');
  });
});
