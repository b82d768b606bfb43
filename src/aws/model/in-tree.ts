import { AwsKeys } from './keys';
import { lbcList } from './lbc';
import { annotationsOf } from '../../rules/manifest';

/** The CCM's list for EIPs, private IPs and ssl-ports: split on "," and NOT trimmed. */
export function ccmRawList(value: string): string[] {
  return value.split(',');
}

/** The CCM's trimmed list (subnets, security groups): the same parsing as the LBC's today. Read-only. */
export function ccmList(value: string): readonly string[] {
  return lbcList(value);
}

/** The in-tree provider's scheme: `internal` absent, empty or exactly "false" means internet-facing. */
export function ccmScheme(manifest: unknown): string {
  const value = annotationsOf(manifest)[AwsKeys.INTERNAL];
  return value === undefined || value === '' || value === 'false' ? 'internet-facing' : 'internal';
}
