import { Testing } from 'cdk8s';
import { S, stderrOf } from './util';
import { build as plsExample } from '../../examples/azure/private-link-service';
import {
  AzureInternalLoadBalancerService, AzureLoadBalancerService, LoadBalancerScheme, PrivateLinkService, PrivateLinkVisibility, TargetPort,
} from '../../src';
import { newChart, synth, synthError, synthService } from '../helpers';

const ports = [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }];
const SUB_A = '11111111-2222-3333-4444-555555555555';
const SUB_B = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

function ilb(chart = newChart()) {
  return new AzureInternalLoadBalancerService(chart, 'web', { metadata: { name: 'web' }, selectorLabels: { app: 'web' }, ports });
}

describe('PrivateLinkService', () => {
  test('addPrivateLinkService writes every azure-pls-* key onto the Service it fronts', () => {
    const chart = newChart();
    const service = ilb(chart);
    const pls = service.addPrivateLinkService({
      name: 'web-pls',
      resourceGroup: 'rg-pls',
      subnet: 'pls-subnet',
      ipAddressCount: 4,
      staticIpAddresses: ['10.240.1.10', '10.240.1.11'],
      fqdns: ['web.contoso.com', 'web2.contoso.com'],
      proxyProtocol: true,
      visibility: PrivateLinkVisibility.subscriptions([SUB_A, SUB_B]),
      autoApprovalSubscriptions: [SUB_A],
    });
    expect(pls.name).toBe('web-pls');
    expect(pls.resourceGroup).toBe('rg-pls');
    expect(pls.service).toBe(service);
    expect(service.privateLinkService).toBe(pls);
    expect(synthService(chart).metadata.annotations).toEqual({
      [S('azure-load-balancer-internal')]: 'true',
      [S('azure-pls-create')]: 'true',
      [S('azure-pls-name')]: 'web-pls',
      [S('azure-pls-resource-group')]: 'rg-pls',
      [S('azure-pls-ip-configuration-subnet')]: 'pls-subnet',
      [S('azure-pls-ip-configuration-ip-address-count')]: '4',
      [S('azure-pls-ip-configuration-ip-address')]: '10.240.1.10 10.240.1.11',
      [S('azure-pls-fqdns')]: 'web.contoso.com web2.contoso.com',
      [S('azure-pls-proxy-protocol')]: 'true',
      [S('azure-pls-visibility')]: `${SUB_A} ${SUB_B}`,
      [S('azure-pls-auto-approval')]: SUB_A,
    });
  });

  test('the construct form attaches to the Service, and a second one is refused', () => {
    const chart = newChart();
    const service = ilb(chart);
    const pls = new PrivateLinkService(chart, 'pls', { service, name: 'web-pls', visibility: PrivateLinkVisibility.anyone() });
    expect(service.privateLinkService).toBe(pls);
    expect(synthService(chart).metadata.annotations).toEqual({
      [S('azure-load-balancer-internal')]: 'true',
      [S('azure-pls-create')]: 'true',
      [S('azure-pls-name')]: 'web-pls',
      [S('azure-pls-visibility')]: '*',
    });
    expect(() => service.addPrivateLinkService({ name: 'again' })).toThrow(/already has a Private Link Service \(test\/pls\)/);
  });

  test('a second addPrivateLinkService() gets the friendly message, not the constructs library\'s duplicate-name error', () => {
    const chart = newChart();
    const service = ilb(chart);
    const first = service.addPrivateLinkService({ name: 'web-pls' });
    let message = '';
    try {
      service.addPrivateLinkService({ name: 'again' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/already has a Private Link Service \(test\/.*\/PrivateLinkService\); a Service gets one/);
    expect(message).not.toContain('There is already a Construct');
    expect(service.privateLinkService).toBe(first);
    expect(synthService(chart).metadata.annotations[S('azure-pls-name')]).toBe('web-pls');
  });

  test('the IP configuration count follows the static addresses; no visibility means RBAC only', () => {
    const chart = newChart();
    ilb(chart).addPrivateLinkService({ name: 'p', staticIpAddresses: ['10.0.1.1', '10.0.1.2', '10.0.1.3'], visibility: PrivateLinkVisibility.subscriptions([]) });
    const annotations = synthService(chart).metadata.annotations;
    expect(annotations[S('azure-pls-ip-configuration-ip-address-count')]).toBe('3');
    expect(annotations[S('azure-pls-visibility')]).toBeUndefined();
    expect(PrivateLinkVisibility.anyone().isPublic).toBe(true);
    expect(PrivateLinkVisibility.subscriptions([SUB_A]).isPublic).toBe(false);
  });

  test('an empty static address is no address: it does not raise the count, and the rules judge the written list like lint does', () => {
    const chart = newChart();
    const service = ilb(chart);
    service.addPrivateLinkService({ name: 'p', staticIpAddresses: ['10.0.1.1', ''], fqdns: ['', 'a.contoso.com'] });
    const annotations = synthService(chart).metadata.annotations;
    expect(annotations[S('azure-pls-ip-configuration-ip-address-count')]).toBeUndefined();
    expect(annotations[S('azure-pls-ip-configuration-ip-address')]).toBe('10.0.1.1 ');
    expect(annotations[S('azure-pls-fqdns')]).toBe(' a.contoso.com');
    expect(service.lint()).toEqual([]);
  });

  test('too many static addresses for the count, and more than 8, fail synth', () => {
    const chart = newChart();
    ilb(chart).addPrivateLinkService({ name: 'p', ipAddressCount: 1, staticIpAddresses: ['10.0.1.1', '10.0.1.2'] });
    expect(synthError(chart)).toContain('AZ-PLS-006 (error)');
    const nine = newChart();
    ilb(nine).addPrivateLinkService({ name: 'p', ipAddressCount: 9 });
    expect(synthError(nine)).toContain('AZ-PLS-004 (error) privateLinkService.ipAddressCount (metadata.annotations[service.beta.kubernetes.io/azure-pls-ip-configuration-ip-address-count]): "9"');
    const nineStatic = newChart();
    ilb(nineStatic).addPrivateLinkService({ name: 'p', staticIpAddresses: Array.from({ length: 9 }, (_, i) => `10.0.1.${i + 1}`) });
    // The count was derived from the addresses: the finding names the prop the user wrote, and the fix is in props.
    expect(synthError(nineStatic)).toContain('AZ-PLS-004 (error) privateLinkService.staticIpAddresses (metadata.annotations[service.beta.kubernetes.io/azure-pls-ip-configuration-ip-address-count]): "9" is outside 1 to 8');
    expect(synthError(nineStatic)).toContain('Fix: Give the Private Link Service an ipAddressCount from 1 to 8, and at most 8 staticIpAddresses.');
  });

  test('an IPv6 static address and a subscription that is not a GUID fail synth', () => {
    const chart = newChart();
    ilb(chart).addPrivateLinkService({ name: 'p', staticIpAddresses: ['fd00::10'], visibility: PrivateLinkVisibility.subscriptions(['contoso-prod']) });
    const error = synthError(chart)!;
    expect(error).toContain('AZ-PLS-005 (error)');
    expect(error).toContain('AZ-PLS-007 (error)');
    expect(error).toContain('"contoso-prod"');
  });

  test('on a public load balancer it needs floating IP off', () => {
    const chart = newChart();
    const lb = new AzureLoadBalancerService(chart, 'web', { selectorLabels: { app: 'web' }, ports, scheme: LoadBalancerScheme.INTERNET_FACING, loadBalancerSourceRanges: ['203.0.113.0/24'] });
    lb.addPrivateLinkService({ name: 'p' });
    expect(synthError(chart)).toContain('AZ-PLS-002 (error)');
    const ok = newChart();
    new AzureLoadBalancerService(ok, 'web', {
      selectorLabels: { app: 'web' }, ports, scheme: LoadBalancerScheme.INTERNET_FACING, floatingIp: false, loadBalancerSourceRanges: ['203.0.113.0/24'],
    })
      .addPrivateLinkService({ name: 'p' });
    expect(synthService(ok).metadata.annotations).toEqual({
      [S('azure-disable-load-balancer-floating-ip')]: 'true', [S('azure-pls-create')]: 'true', [S('azure-pls-name')]: 'p',
    });
  });

  test('a user annotation that contradicts a PLS prop fails synth naming both', () => {
    const chart = newChart();
    const service = new AzureInternalLoadBalancerService(chart, 'web', { selectorLabels: { app: 'web' }, ports, annotations: { [S('azure-pls-name')]: 'old' } });
    service.addPrivateLinkService({ name: 'new' });
    expect(synthError(chart)).toContain(`annotation ${S('azure-pls-name')} is set to "old" by annotations and to "new" by the typed prop privateLinkService.name`);
  });

  test('list items containing the space separator throw at construction', () => {
    expect(() => ilb(newChart()).addPrivateLinkService({ name: 'p', fqdns: ['a.contoso.com b.contoso.com'] }))
      .toThrow('privateLinkService.fqdns[0] is "a.contoso.com b.contoso.com", which contains the list separator " "');
  });

  test('an auto-approved subscription that cannot see the service is warned about', () => {
    const chart = newChart();
    ilb(chart).addPrivateLinkService({ name: 'p', visibility: PrivateLinkVisibility.subscriptions([SUB_A]), autoApprovalSubscriptions: [SUB_B] });
    expect(stderrOf(() => synth(chart))).toContain(`AZ-PLS-008 (warning) privateLinkService.autoApprovalSubscriptions (metadata.annotations[${S('azure-pls-auto-approval')}]): "${SUB_B}" is auto-approved`);
  });

  test('without a name, the immutable generated name is warned about', () => {
    const chart = newChart();
    ilb(chart).addPrivateLinkService();
    expect(stderrOf(() => synth(chart))).toContain('AZ-PLS-012 (warning)');
  });

  test('the Private Link Service example has the full annotation set', () => {
    const app = Testing.app();
    plsExample(app);
    const service = app.charts.flatMap((c) => synth(c as any)).find((o) => o.kind === 'Service');
    expect(service.metadata.annotations).toEqual({
      [S('azure-load-balancer-internal')]: 'true',
      [S('azure-load-balancer-internal-subnet')]: 'apps-subnet',
      [S('azure-pls-create')]: 'true',
      [S('azure-pls-name')]: 'internal-app-pls',
      [S('azure-pls-resource-group')]: 'rg-private-link',
      [S('azure-pls-ip-configuration-subnet')]: 'pls-subnet',
      [S('azure-pls-ip-configuration-ip-address-count')]: '2',
      [S('azure-pls-ip-configuration-ip-address')]: '10.240.1.10 10.240.1.11',
      [S('azure-pls-fqdns')]: 'internal-app.contoso.com',
      [S('azure-pls-proxy-protocol')]: 'false',
      [S('azure-pls-visibility')]: SUB_A,
      [S('azure-pls-auto-approval')]: SUB_A,
    });
  });
});
