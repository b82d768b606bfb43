import { API_VERSION_RULES } from './api-versions';
import { IRule } from '../rule';
import { FINALIZER_RULES } from './finalizers';
import { INGRESS_RULES } from './ingress';
import { METADATA_RULES } from './metadata';
import { PORT_RULES } from './ports';
import { SPEC_RULES } from './service-spec';

/** The Kubernetes API server's own Service and Ingress checks. */
export const KUBERNETES_RULES: IRule[] = [
  ...FINALIZER_RULES, ...METADATA_RULES, ...PORT_RULES, ...SPEC_RULES, ...INGRESS_RULES, ...API_VERSION_RULES,
];

/**
 * Ids of Kubernetes rules that were removed; they are never given to another rule, so that a configuration or an
 * acknowledgement naming one cannot silently start to mean something else.
 * K8S-SVC-025 (loadBalancerIP is an IP address): the API server does not validate spec.loadBalancerIP; the cloud
 * controllers' rules judge it (AZ-LB-013, AWS-LB-009).
 */
export const RETIRED_RULE_IDS: readonly string[] = ['K8S-SVC-025'];
