/**
 * Writes the table "Keys newer than the declared release" of docs/profiles.md from the key-release tables
 * (src/azure/model/key-releases.ts, src/aws/model/key-releases.ts): `npx ts-node --project tsconfig.dev.json scripts/key-releases-md.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CCM_NLB_KEY_RELEASES, LBC_KEY_PATTERN_RELEASES, LBC_KEY_RELEASES } from '../src/aws/model/key-releases';
import { AWS_KEY_PREFIX } from '../src/aws/model/keys';
import { AGIC_KEY_RELEASES, CPA_KEY_RELEASES, CPA_PORT_KEY_RELEASES, KeyReleases } from '../src/azure/model/key-releases';
import { APPGW_PREFIX, SERVICE_PREFIX } from '../src/azure/model/keys';
import { releaseLinesText } from '../src/profile/release-lines';

export const PROFILES_MD = path.join(__dirname, '..', 'docs', 'profiles.md');
export const START = '<!-- key-releases:start (scripts/key-releases-md.ts) -->';
export const END = '<!-- key-releases:end -->';

function rows(controller: string, entries: Iterable<[string, KeyReleases]>, prefix: string): string[] {
  return [...entries].map(([key, releases]) => {
    const shown = key.startsWith(prefix) ? key.slice(prefix.length) : key;
    const also = releases.also === undefined ? '' : ` (also ${releases.also.map((a) => `v${a}`).join(', ')})`;
    return `| ${controller} | \`${shown}\` | ${releaseLinesText(releases)}${also} | ${releases.source} |`;
  });
}

/** The table, between its markers. */
export function renderKeyReleases(): string {
  return [
    START,
    '| controller | key | first releases that read it | source |',
    '| --- | --- | --- | --- |',
    ...rows('cloud-provider-azure', CPA_KEY_RELEASES, SERVICE_PREFIX),
    ...rows('cloud-provider-azure', [...CPA_PORT_KEY_RELEASES].map(([setting, r]): [string, KeyReleases] => [`port_{port}_${setting}`, r]), SERVICE_PREFIX),
    ...rows('AGIC', AGIC_KEY_RELEASES, APPGW_PREFIX),
    ...rows('AWS Load Balancer Controller', [...LBC_KEY_RELEASES].map(([suffix, r]): [string, KeyReleases] => [`aws-load-balancer-${suffix}`, r]), AWS_KEY_PREFIX),
    ...rows('AWS Load Balancer Controller', LBC_KEY_PATTERN_RELEASES.map((p): [string, KeyReleases] => [`aws-load-balancer-${p.name}`, p.releases]), AWS_KEY_PREFIX),
    ...rows('cloud-provider-aws (type: nlb)', CCM_NLB_KEY_RELEASES, SERVICE_PREFIX),
    END,
  ].join('\n');
}

/** The document with its table replaced by the current one. */
export function withKeyReleases(doc: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${PROFILES_MD}: the markers ${START} ... ${END} are missing`);
  return doc.slice(0, start) + renderKeyReleases() + doc.slice(end + END.length);
}

if (require.main === module) {
  fs.writeFileSync(PROFILES_MD, withKeyReleases(fs.readFileSync(PROFILES_MD, 'utf8')));
}
