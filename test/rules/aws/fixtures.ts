import { key, lbService } from '../../helpers';

/** The annotations of a fixture: a bare suffix is an `aws-load-balancer-` key, a key with a prefix is kept. */
function annotations(a: { [suffix: string]: string }): { [key: string]: string } {
  return Object.fromEntries(Object.entries(a).map(([k, v]) => [k.includes('/') ? k : key(`aws-load-balancer-${k}`), v]));
}

/** An NLB of the AWS Load Balancer Controller (class), internal and with ip targets unless overridden. */
export function lbcNlb(a: { [suffix: string]: string } = {}, spec: any = {}): any {
  return lbService({
    metadata: { annotations: annotations({ 'scheme': 'internal', 'nlb-target-type': 'ip', ...a }) },
    spec: { loadBalancerClass: 'service.k8s.aws/nlb', ...spec },
  });
}

/** A classic ELB of the in-tree provider, internal unless overridden. */
export function classicElb(a: { [suffix: string]: string } = {}, spec: any = {}): any {
  return lbService({ metadata: { annotations: annotations({ internal: 'true', ...a }) }, spec });
}

/** An NLB of the in-tree provider (`type: nlb`), internal unless overridden. */
export function inTreeNlb(a: { [suffix: string]: string } = {}, spec: any = {}): any {
  return lbService({ metadata: { annotations: annotations({ type: 'nlb', internal: 'true', ...a }) }, spec });
}
