import { API_VERSION_RULES } from './api-versions';
import { IRule } from '../rule';
import { INGRESS_RULES } from './ingress';
import { METADATA_RULES } from './metadata';
import { PORT_RULES } from './ports';
import { SPEC_RULES } from './service-spec';

/** The Kubernetes API server's own Service and Ingress checks. */
export const KUBERNETES_RULES: IRule[] = [...METADATA_RULES, ...PORT_RULES, ...SPEC_RULES, ...INGRESS_RULES, ...API_VERSION_RULES];
