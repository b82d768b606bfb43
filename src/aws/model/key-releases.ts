/**
 * The releases of the AWS Load Balancer Controller and of cloud-provider-aws that read each Service annotation key, from
 * the controllers' git history: a key first read after the oldest release judged has an entry; a key without one is
 * read by every release judged.
 *
 * AWS Load Balancer Controller: the first `v*` tag of kubernetes-sigs/aws-load-balancer-controller whose
 * `pkg/annotations/constants.go` defines the key, checked against `git tag --contains` of the commit that added it.
 * cloud-provider-aws: `git grep` of the key in `pkg/providers/v1` (tests left out) at every `v*` tag of
 * kubernetes/cloud-provider-aws; it backports to several release lines ({@link ReleaseLines}).
 */

import { awsKey } from './keys';
import { ReleaseLines } from '../../profile/release-lines';

/** A key's releases and where that was read. */
export interface KeyReleases extends ReleaseLines {
  /** The tags and commit the releases were read from. */
  readonly source: string;
}

/** The oldest AWS Load Balancer Controller release the table covers: v2.0.0, the first that reconciles Services. */
export const LBC_OLDEST_RELEASE = '2.0.0';

const lbc = (since: string, commit: string): KeyReleases => ({ since: [since], source: `commit ${commit}; tag v${since}` });

/** The AWS Load Balancer Controller: the Service keys first read after v2.0.0, by key suffix (after aws-load-balancer-). */
export const LBC_KEY_RELEASES: ReadonlyMap<string, KeyReleases> = new Map<string, KeyReleases>([
  ['target-group-attributes', lbc('2.1.0', '1ae0d1b05 (#1632)')],
  ['subnets', lbc('2.1.0', '72cef4c09 (#1667)')],
  ['alpn-policy', lbc('2.1.0', '2642d28c4 (#1669)')],
  ['ip-address-type', lbc('2.1.0', '9e7d1724f (#1677)')],
  ['private-ipv4-addresses', lbc('2.2.0', 'dd8f8c61e (#1762)')],
  ['target-node-labels', lbc('2.2.0', '04c9bf5fd (#1832)')],
  ['name', lbc('2.2.0', '0fac2009e')],
  ['nlb-target-type', lbc('2.2.0', '72950b190 (#1894)')],
  ['scheme', lbc('2.2.0', '1dc9d8888 (#1964)')],
  ['attributes', lbc('2.3.0', '98d954828 (#2057)')],
  ['manage-backend-security-group-rules', lbc('2.4.0', '6f4cbbfb1 (#2481)')],
  // A patch of the v2.4 line, and every later line.
  ['ipv6-addresses', lbc('2.4.4', '67a02b9ea (#2790)')],
  ['healthcheck-success-codes', lbc('2.4.6', '1d584abf3 (#2967)')],
  ['security-groups', lbc('2.6.0', '8664ad4fc')],
  ['inbound-sg-rules-on-private-link-traffic', lbc('2.8.0', '30a15d5af')],
  ['security-group-prefix-lists', lbc('2.8.0', '7d34a0d82 (#3584)')],
  ['multi-cluster-target-group', lbc('2.10.0', '75b579322 (#3853)')],
  ['enable-prefix-for-ipv6-source-nat', lbc('2.10.0', '73b1f0e01')],
  ['source-nat-ipv6-prefixes', lbc('2.10.0', '73b1f0e01')],
  ['minimum-load-balancer-capacity', lbc('2.11.0', '616e39b05 (#3950)')],
  ['enable-icmp-for-path-mtu-discovery', lbc('2.12.0', '64e498fd7')],
  ['proxy-protocol-per-target-group', lbc('2.13.0', 'c80b61cb7')],
  ['enable-tcp-udp-listener', lbc('2.13.0', 'ce478b376')],
  ['disable-nlb-sg', lbc('2.14.0', '6b8e85bba (#4295)')],
  ['quic-enabled-ports', lbc('2.15.0', 'b657107e0 (#4447)')],
]);

/** The AWS Load Balancer Controller's per-port and per-listener key forms, with their releases. */
export const LBC_KEY_PATTERN_RELEASES: ReadonlyArray<{ readonly pattern: RegExp; readonly name: string; readonly releases: KeyReleases }> = [
  // listener-attributes.<PROTOCOL>-<port>: 174ad832d "Support listener attributes".
  { pattern: /^listener-attributes\.[A-Z_]+-\d+$/, name: 'listener-attributes.<PROTOCOL>-<port>', releases: lbc('2.9.0', '174ad832d') },
  // target-group-attributes.<port>: f587f697e (#4326), model_build_target_group.go.
  { pattern: /^target-group-attributes\.\d+$/, name: 'target-group-attributes.<port>', releases: lbc('2.14.0', 'f587f697e (#4326)') },
];

/** The oldest cloud-provider-aws release the table covers (the in-tree provider of Kubernetes 1.26 has neither key below). */
export const CCM_OLDEST_RELEASE = '1.26.0';

/** cloud-provider-aws: the keys of its NLB (`type: nlb`) first read after v1.26, by full key. */
export const CCM_NLB_KEY_RELEASES: ReadonlyMap<string, KeyReleases> = new Map<string, KeyReleases>([
  // 73428cd2 "feat/tg-attr: support target group attrib annotation on NLB" (2025-08), in v1.34.0 (tagged on master);
  // cherry-picks 0b4f6332 (v1.32.6), 07f68c1d (v1.33.3), 396ab55a (v1.34.2). v1.34.1 was tagged on release-1.34 before
  // the cherry-pick and lacks it; the release-1.31 cherry-pick (2871ca8e) is in no tag.
  [awsKey('target-group-attributes'), {
    since: ['1.32.6', '1.33.3', '1.34.2', '1.35.0'],
    also: ['1.34.0'],
    source: 'commits 73428cd2, 0b4f6332, 07f68c1d, 396ab55a; tags v1.32.6, v1.33.3, v1.34.0, v1.34.2, v1.35.0',
  }],
  // 1ffc6681 "Add support private ipv4 addresses annotation for NLB" (2025-08); no backport.
  [awsKey('private-ipv4-addresses'), { since: ['1.35.0'], source: 'commit 1ffc6681; tag v1.35.0' }],
]);
