import { App, Chart } from 'cdk8s';
import { AzureInternalLoadBalancerService, TargetPort } from '../../src';

/**
 * AKS docs "Use private networks": an internal LB in a custom VNet subnet with a static address, reachable only from
 * the listed ranges (deny-all-except closes the default "allow VNet" rule), HA ports for a network appliance.
 */
export function build(app: App): void {
  const chart = new Chart(app, 'azure-private-network', { namespace: 'network' });
  new AzureInternalLoadBalancerService(chart, 'appliance', {
    metadata: { name: 'appliance' },
    selectorLabels: { app: 'appliance' },
    ports: [
      { name: 'https', port: 443, targetPort: TargetPort.number(8443) },
      { name: 'health', port: 10256, targetPort: TargetPort.number(10256) },
    ],
    subnet: 'appliance-subnet',
    ipv4Address: '10.240.2.10',
    loadBalancerSourceRanges: ['10.0.0.0/8', '192.168.0.0/16'],
    denyAllExceptSourceRanges: true,
    highAvailabilityPorts: true,
    portSettings: [{ port: 10256, noProbeRule: true }],
  });
}
