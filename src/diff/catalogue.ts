import { ChangeEffect } from './change';
import { ChangeMeta } from './detected';

/** How the text report and the catalogue name each effect. */
export const EFFECT_LABELS: Record<ChangeEffect, string> = {
  [ChangeEffect.NEW_LOAD_BALANCER]: 'new load balancer',
  [ChangeEffect.NEW_FRONTEND]: 'new frontend IP',
  [ChangeEffect.TARGET_GROUP_REPLACED]: 'target group replaced',
  [ChangeEffect.PRIVATE_LINK_SERVICE_DELETED]: 'Private Link Service deleted',
  [ChangeEffect.LOAD_BALANCER_DELETED]: 'load balancer deleted',
  [ChangeEffect.REJECTED]: 'refused, needs re-creation',
  [ChangeEffect.IGNORED_UNTIL_RECREATED]: 'ignored until re-created',
};

/** The markers of the generated region of docs/cli.md: the hand-written text around them stays as it is. */
export const CATALOGUE_BEGIN = '<!-- BEGIN GENERATED: the DIFF changes, from the checks\' metadata (npx projen docgen:diff) -->';
export const CATALOGUE_END = '<!-- END GENERATED: the DIFF changes -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** The Markdown table of every kind of change, one row per id, in the given order. */
export function renderChangeTable(catalogue: readonly ChangeMeta[]): string {
  const rows = catalogue.map((c) => `| [${c.id}](${c.docs}) | ${cell(c.controller)} | ${cell(c.title)} | ${EFFECT_LABELS[c.effect]} |`);
  return ['| change id | controller | change | effect |', '|---|---|---|---|', ...rows, '', `${catalogue.length} ${catalogue.length === 1 ? 'kind' : 'kinds'} of change.`].join('\n');
}

/** `doc` with the region between the markers replaced by the table; an error if the markers are missing or misplaced. */
export function withChangeTable(doc: string, catalogue: readonly ChangeMeta[]): string {
  const begin = doc.indexOf(CATALOGUE_BEGIN);
  const end = doc.indexOf(CATALOGUE_END);
  if (begin < 0 || end < begin || doc.indexOf(CATALOGUE_BEGIN, begin + 1) >= 0) {
    throw new Error(`expected one "${CATALOGUE_BEGIN}" followed by "${CATALOGUE_END}"`);
  }
  return `${doc.slice(0, begin + CATALOGUE_BEGIN.length)}\n${renderChangeTable(catalogue)}\n${doc.slice(end)}`;
}
