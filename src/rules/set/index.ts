import { copiedProbePathAbsolute, podsHaveCopiedProbe, probeProtocolMatchesSettings, probeSchemeMatchesBackendProtocol } from './agic-probes';
import { uniqueLoadBalancerName, uniquePrivateLinkServiceName } from './duplicate-names';
import { backendPortOnService, backendServiceInSet } from './ingress-backends';
import { namedTargetPortOnPods, numericTargetPortDeclared, selectorSelectsWorkload } from './service-endpoints';
import { SetRule } from './set-rule';
import { sharedFrontendPlsSettings, sharedFrontendPortsDistinct, sharedPublicIpDnsLabel } from './shared-frontend';

/** The rules over a set of objects: a Service and its workloads, an Ingress and its Services. */
export const SET_RULES: readonly SetRule[] = [
  namedTargetPortOnPods, numericTargetPortDeclared, selectorSelectsWorkload, backendServiceInSet, backendPortOnService,
  uniqueLoadBalancerName, uniquePrivateLinkServiceName,
  copiedProbePathAbsolute, probeProtocolMatchesSettings, probeSchemeMatchesBackendProtocol, podsHaveCopiedProbe,
  sharedFrontendPortsDistinct, sharedPublicIpDnsLabel, sharedFrontendPlsSettings,
];
