/**
 * The releases of cloud-provider-azure and AGIC that read each annotation key, from the controllers' git history: a
 * key first read after the oldest release judged has an entry; a key without one is read by every release judged.
 *
 * cloud-provider-azure backports to several release lines, so a key lists the first patch of each line that has it
 * ({@link ReleaseLines}). Found by `git grep` of the key in `pkg/` (tests left out) at every `v*` tag of
 * kubernetes-sigs/cloud-provider-azure, checked against `git tag --contains` of the commit that added the key on master.
 * AGIC releases one line at a time: the first final tag of Azure/application-gateway-kubernetes-ingress whose
 * `pkg/annotations/ingress_annotations.go` defines the key (its reader is in the same tag).
 */

import { AgicKeys, AzureKeys, PlsKeys, PortSetting } from './keys';
import { ReleaseLines } from '../../profile/release-lines';

/**
 * The oldest cloud-provider-azure release the table covers: since v1.23.0 its minor is the Kubernetes minor. Older lines
 * (v0.7, v1.0, v1.1) are not judged.
 */
export const CPA_OLDEST_RELEASE = '1.23.0';

/** A key's releases and where that was read. */
export interface KeyReleases extends ReleaseLines {
  /** The tags and commit the releases were read from. */
  readonly source: string;
}

const PLS: KeyReleases = {
  // 2d1c673fa "Private Link Service Integration for k8s service" (2022-03); v1.23.12 (cherry-pick), v1.24.0.
  since: ['1.23.12', '1.24.0'],
  source: 'commit 2d1c673fa; tags v1.23.12, v1.24.0',
};

/** cloud-provider-azure: the Service keys first read after v1.23.0, by full key. */
export const CPA_KEY_RELEASES: ReadonlyMap<string, KeyReleases> = new Map<string, KeyReleases>([
  // 9665e6139 "add numOfProbe and probeInterval in health probe configuration" (2021-12).
  [AzureKeys.PROBE_INTERVAL, { since: ['1.23.4', '1.24.0'], source: 'commit 9665e6139; tags v1.23.4, v1.24.0' }],
  [AzureKeys.PROBE_NUM_OF_PROBE, { since: ['1.23.4', '1.24.0'], source: 'commit 9665e6139; tags v1.23.4, v1.24.0' }],
  // 355614cc6 "Generate PIP name by loadbalancer" (2022-06).
  [AzureKeys.PIP_PREFIX_ID, { since: ['1.23.14', '1.24.2', '1.25.0'], source: 'commit 355614cc6; tags v1.23.14, v1.24.2, v1.25.0' }],
  // 3606f44c6 "Add servie annotation to disable lb floating ip" (2022-05).
  [AzureKeys.DISABLE_FLOATING_IP, { since: ['1.23.15', '1.24.3', '1.25.0'], source: 'commit 3606f44c6; tags v1.23.15, v1.24.3, v1.25.0' }],
  // 22b2d4cea "Deprecate LoadBalancerIP with Servie LB IP annotation" (2022-09).
  [AzureKeys.IPV4, { since: ['1.23.22', '1.24.9', '1.25.3', '1.26.0'], source: 'commit 22b2d4cea; tags v1.23.22, v1.24.9, v1.25.3, v1.26.0' }],
  [AzureKeys.IPV6, { since: ['1.23.22', '1.24.9', '1.25.3', '1.26.0'], source: 'commit 22b2d4cea; tags v1.23.22, v1.24.9, v1.25.3, v1.26.0' }],
  // e97a04228 dual-stack Service annotations (2023-01).
  [AzureKeys.PIP_NAME_IPV6, { since: ['1.24.19', '1.25.13', '1.26.9', '1.27.0'], source: 'commit e97a04228; tags v1.24.19, v1.25.13, v1.26.9, v1.27.0' }],
  [AzureKeys.PIP_PREFIX_ID_IPV6, { since: ['1.24.19', '1.25.13', '1.26.9', '1.27.0'], source: 'commit e97a04228; tags v1.24.19, v1.25.13, v1.26.9, v1.27.0' }],
  // 9bee28db2 "feat: support load balancer choosing logic for multi-slb" (2023-06); no backport.
  [AzureKeys.CONFIGURATIONS, { since: ['1.28.0'], source: 'commit 9bee28db2; tag v1.28.0' }],
  // 821bc909a "feat: add support for disable tcp reset" (2023-08), re-adding the key removed in v1.0.1 (9832fad3f).
  [AzureKeys.DISABLE_TCP_RESET, { since: ['1.25.19', '1.26.15', '1.27.9', '1.28.1', '1.29.0'], source: 'commit 821bc909a; tags v1.25.19, v1.26.15, v1.27.9, v1.28.1, v1.29.0' }],
  // 8172dcf9c "Access control loadbalancer by both ip ranges and service tags" (2023-10).
  [AzureKeys.ALLOWED_IP_RANGES, { since: ['1.25.24', '1.26.19', '1.27.13', '1.28.5', '1.29.0'], source: 'commit 8172dcf9c; tags v1.25.24, v1.26.19, v1.27.13, v1.28.5, v1.29.0' }],
  // 5a7a7669c "service: add LoadBalancer NSG rule opt-out (#10508)" (2026-06), cherry-picked; on master for later lines.
  [AzureKeys.DISABLE_NSG_RULE, { since: ['1.35.6', '1.36.2'], source: 'commit 5a7a7669c (#10508); tags v1.35.6, v1.36.2' }],
  ...[PlsKeys.CREATE, PlsKeys.NAME, PlsKeys.SUBNET, PlsKeys.IP_ADDRESS_COUNT, PlsKeys.IP_ADDRESS, PlsKeys.FQDNS,
    PlsKeys.PROXY_PROTOCOL, PlsKeys.VISIBILITY, PlsKeys.AUTO_APPROVAL].map((key): [string, KeyReleases] => [key, PLS]),
  // 0d06005e7 "add annotation to control pls creation rg" (2023-09).
  [PlsKeys.RESOURCE_GROUP, { since: ['1.25.19', '1.26.15', '1.27.9', '1.28.1', '1.29.0'], source: 'commit 0d06005e7; tags v1.25.19, v1.26.15, v1.27.9, v1.28.1, v1.29.0' }],
]);

const PORT_PROBE_TARGET: KeyReleases = {
  // ad38bedc5 "Add port and protocol probe annotations" (2022-04) and da1ff20c0 port_%d_no_lb_rule (2022-11).
  since: ['1.24.12', '1.25.6', '1.26.0'],
  source: 'commits ad38bedc5, da1ff20c0; tags v1.24.12, v1.25.6, v1.26.0',
};

const PORT_PROBE_TIMING: KeyReleases = {
  // 9665e6139: port_%d_health-probe_interval, _num-of-probe, _request-path (2021-12).
  since: ['1.23.4', '1.24.0'],
  source: 'commit 9665e6139; tags v1.23.4, v1.24.0',
};

/** cloud-provider-azure: the per-port keys `service.beta.kubernetes.io/port_{port}_{setting}`, by setting. */
export const CPA_PORT_KEY_RELEASES: ReadonlyMap<string, KeyReleases> = new Map<string, KeyReleases>([
  [PortSetting.PROBE_PROTOCOL, PORT_PROBE_TARGET],
  [PortSetting.PROBE_PORT, PORT_PROBE_TARGET],
  [PortSetting.NO_LB_RULE, PORT_PROBE_TARGET],
  [PortSetting.NO_PROBE_RULE, PORT_PROBE_TARGET],
  [PortSetting.PROBE_INTERVAL, PORT_PROBE_TIMING],
  [PortSetting.PROBE_NUM_OF_PROBE, PORT_PROBE_TIMING],
  [PortSetting.PROBE_REQUEST_PATH, PORT_PROBE_TIMING],
]);

/** The oldest AGIC release the table covers. */
export const AGIC_OLDEST_RELEASE = '1.0.0';

const agic = (release: string, commit: string): KeyReleases => ({ since: [release], source: `commit ${commit}; tag ${release}` });

/** AGIC: the Ingress keys first read after 1.0.0. */
export const AGIC_KEY_RELEASES: ReadonlyMap<string, KeyReleases> = new Map<string, KeyReleases>([
  [AgicKeys.HOSTNAME_EXTENSION, agic('1.2.0', '2105e9e7')],
  [AgicKeys.BACKEND_HOSTNAME, agic('1.2.0', '1c6e7458')],
  [AgicKeys.SSL_CERTIFICATE, agic('1.2.0', '83af14b0')],
  [AgicKeys.TRUSTED_ROOT_CERTIFICATE, agic('1.2.0', 'c944ea8e')],
  [AgicKeys.OVERRIDE_FRONTEND_PORT, agic('1.3.0', 'd73b16e2')],
  // 6bc8764e "annotations: Expands list of health-probe related ingress annotations" (first in 1.4.0-rc1).
  [AgicKeys.PROBE_HOSTNAME, agic('1.4.0', '6bc8764e')],
  [AgicKeys.PROBE_PORT, agic('1.4.0', '6bc8764e')],
  [AgicKeys.PROBE_PATH, agic('1.4.0', '6bc8764e')],
  [AgicKeys.PROBE_STATUS_CODES, agic('1.4.0', '6bc8764e')],
  [AgicKeys.PROBE_INTERVAL, agic('1.4.0', '6bc8764e')],
  [AgicKeys.PROBE_TIMEOUT, agic('1.4.0', '6bc8764e')],
  [AgicKeys.PROBE_UNHEALTHY_THRESHOLD, agic('1.4.0', '6bc8764e')],
  [AgicKeys.COOKIE_BASED_AFFINITY_DISTINCT_NAME, agic('1.5.0', '2b919430 (#1280)')],
  [AgicKeys.REWRITE_RULE_SET, agic('1.5.0', '84e9ae00 (#1287)')],
  [AgicKeys.SSL_PROFILE, agic('1.6.0', '50ff9815')],
  [AgicKeys.REWRITE_RULE_SET_CUSTOM_RESOURCE, agic('1.6.0', '45e25f5d (#1399)')],
  [AgicKeys.RULE_PRIORITY, agic('1.7.0', '94162a7b (#1343)')],
]);
