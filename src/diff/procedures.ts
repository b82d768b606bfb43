import { PlsKeys } from '../azure/model/keys';
import { keyName } from '../rules/aws/facts';

/** The safe procedures, worded once: each finding says what to do instead of applying the change in place. */

export function twinProcedure(name: string, what = 'its new address'): string {
  return `Create a temporary twin Service (e.g. ${name}-twin) with the new configuration and wait for ${what}; `
    + `move DNS (or the clients) to the twin; apply the change to ${name} (delete and re-create it if the change is refused or ignored) `
    + 'and wait for its new address; move DNS back to it; delete the twin once its connections have drained.';
}

export function privateLinkProcedure(name: string): string {
  return `Private endpoint connections cannot be moved: create a twin Service (e.g. ${name}-twin) with its own Private Link Service `
    + `(another ${keyName(PlsKeys.NAME)}) and the new configuration; have every consumer create a private endpoint to the twin's PLS and `
    + `approve it (or list the consumer subscriptions in ${keyName(PlsKeys.AUTO_APPROVAL)}); move the consumers over; then apply the change `
    + `to ${name}, let the consumers re-create their endpoints to its new PLS, and delete the twin once drained.`;
}

export function targetGroupProcedure(name: string): string {
  return 'The new target group starts empty: targets register and must pass health checks before the listener forwards to '
    + 'them, and connections through the old target group are closed when it is deleted. Apply it in a maintenance window, or: '
    + twinProcedure(name);
}

export function removalProcedure(name: string): string {
  return `If clients still use ${name}, create its replacement first (a rename is a delete plus a create: create the Service under `
    + 'its new name), wait for its address, move DNS to it, and delete the old object only once its connections have drained.';
}
