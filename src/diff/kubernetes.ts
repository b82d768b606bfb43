import { ChangeEffect } from './change';
import { ChangeCheck, ChangeMeta, defineChange } from './detected';
import { twinProcedure } from './procedures';
import { nameOf } from './values';
import { isLoadBalancerService, specOf } from '../rules/manifest';

const VALIDATION = 'https://github.com/kubernetes/kubernetes/blob/v1.28.0/pkg/apis/core/validation/validation.go';
const CONTROLLER = 'Kubernetes API server';
const LOAD_BALANCER_DOCS = 'https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer';

/** `type: LoadBalancer` → ClusterIP/NodePort: the cloud controller deletes the load balancer. */
export const typeNoLongerLoadBalancer = defineChange({
  id: 'DIFF-K8S-TYPE',
  effect: ChangeEffect.LOAD_BALANCER_DELETED,
  controller: CONTROLLER,
  title: '`type: LoadBalancer` → ClusterIP/NodePort',
  docs: LOAD_BALANCER_DOCS,
}, (before, after) => {
  if (!isLoadBalancerService(before) || isLoadBalancerService(after)) return [];
  return [{
    path: 'spec.type',
    oldValue: 'LoadBalancer',
    newValue: specOf(after).type ?? 'ClusterIP',
    message: 'the Service is no longer of type LoadBalancer: the cloud controller deletes its load balancer (and an Azure Private Link '
      + 'Service on it); clients of its address lose the service.',
    procedure: twinProcedure(nameOf(after), 'a replacement to receive the traffic'),
  }];
});

/**
 * `spec.loadBalancerClass` "may not change once set" while the type stays LoadBalancer: the apply is refused, and the
 * only way to another class is a new Service, served by another controller (a new load balancer).
 */
export const loadBalancerClassChanged = defineChange({
  id: 'DIFF-K8S-CLASS',
  effect: ChangeEffect.REJECTED,
  controller: CONTROLLER,
  title: '`spec.loadBalancerClass` changes ("may not change once set")',
  docs: VALIDATION,
}, (before, after) => {
  if (!isLoadBalancerService(before) || !isLoadBalancerService(after)) return [];
  const oldClass = specOf(before).loadBalancerClass;
  const newClass = specOf(after).loadBalancerClass;
  if (oldClass === newClass) return [];
  return [{
    path: 'spec.loadBalancerClass',
    oldValue: oldClass,
    newValue: newClass,
    message: 'the API server refuses to change spec.loadBalancerClass of a LoadBalancer Service ("may not change once set"); '
      + 'applying it needs a delete and re-create, and another controller then builds a new load balancer with a new address. '
      + 'With the AWS Load Balancer Controller webhook, a removed class is silently copied back instead.',
    procedure: twinProcedure(nameOf(after)),
  }];
});

export const KUBERNETES_CHECKS: ChangeCheck[] = [typeNoLongerLoadBalancer, loadBalancerClassChanged];

/** Changes of a whole manifest set rather than of one object's two versions: found by diffInputs itself. */
export const OBJECT_REMOVED: ChangeMeta = {
  id: 'DIFF-K8S-REMOVED',
  effect: ChangeEffect.LOAD_BALANCER_DELETED,
  controller: 'Kubernetes',
  title: 'a LoadBalancer Service or an Ingress disappears',
  docs: LOAD_BALANCER_DOCS,
};

export const OBJECT_RENAMED: ChangeMeta = {
  id: 'DIFF-K8S-RENAMED',
  effect: ChangeEffect.LOAD_BALANCER_DELETED,
  controller: 'Kubernetes',
  title: 'a LoadBalancer Service or an Ingress is renamed (a new one in its namespace has the same selector and ports)',
  docs: LOAD_BALANCER_DOCS,
};
