import { ACCESS_RULES, misplacedKeys } from './access';
import { AGIC_RULES } from './agic';
import { FRONTEND_RULES, MULTI_SLB_RULES } from './frontend';
import { PLS_RULES } from './pls';
import { appProtocolDefaultProbe, PROBE_RULES } from './probes';
import { RELEASE_RULES } from './releases';
import { VALUE_RULES } from './values';
import { IRule } from '../rule';

/**
 * Every rule the Azure controllers enforce: cloud-provider-azure for Services (AZ-LB, AZ-PLS) and AGIC for Ingresses (AZ-AGIC).
 * Each rule judges only objects that are Azure's (an azure-* or port_* key, or an AGIC class / appgw key).
 */
export const AZURE_RULES: IRule[] = [
  ...VALUE_RULES, ...PROBE_RULES, ...FRONTEND_RULES, ...ACCESS_RULES, ...MULTI_SLB_RULES, misplacedKeys, appProtocolDefaultProbe,
  ...PLS_RULES, ...AGIC_RULES, ...RELEASE_RULES,
];
