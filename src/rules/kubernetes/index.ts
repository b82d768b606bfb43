import { API_VERSION_RULES } from './api-versions';
import { IRule } from '../rule';
import { FIELD_TYPE_RULES } from './field-types';
import { FINALIZER_RULES } from './finalizers';
import { INGRESS_RULES } from './ingress';
import { METADATA_RULES } from './metadata';
import { PORT_RULES } from './ports';
import { SPEC_RULES } from './service-spec';
import { WRITTEN_YAML_RULES } from './written-yaml';

/** The Kubernetes API server's own Service and Ingress checks. */
export const KUBERNETES_RULES: IRule[] = [
  ...FIELD_TYPE_RULES, ...FINALIZER_RULES, ...METADATA_RULES, ...PORT_RULES, ...SPEC_RULES, ...INGRESS_RULES, ...API_VERSION_RULES,
  ...WRITTEN_YAML_RULES,
];

/** A rule that was removed: its id is never given to another rule. */
export interface RetiredRule {
  readonly id: string;
  /** Why it was removed. */
  readonly reason: string;
  /** The rules that judge what it judged, if any. */
  readonly replacedBy: readonly string[];
}

/**
 * Kubernetes rules that were removed; their ids are never given to another rule, so that a configuration or an
 * acknowledgement naming one cannot silently start to mean something else.
 */
export const RETIRED_RULES: readonly RetiredRule[] = [{
  id: 'K8S-SVC-025',
  reason: 'it judged spec.loadBalancerIP as an IP address, but the API server does not validate spec.loadBalancerIP (it only warns about leading zeros, K8S-SVC-029): the cloud controllers judge it',
  replacedBy: ['AZ-LB-013', 'AWS-LB-009'],
}];

export const RETIRED_RULE_IDS: readonly string[] = RETIRED_RULES.map((rule) => rule.id);
