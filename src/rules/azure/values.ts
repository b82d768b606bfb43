import { CPA_LB_SOURCE, CPA_PROBE_SOURCE, defineAzureServiceRule } from './define';
import { AZURE_BOOLEAN_KEYS, AzureKeys, parsePortKey, PlsKeys, portAnnotationsOf, PortSetting, probeSettingKeys } from '../../azure/model/keys';
import { violation } from '../define';
import { parseGoInteger } from '../go';
import { annotationPath, show } from '../manifest';
import { RuleViolation, Severity } from '../rule';

/** The boolean keys present, in manifest order: the fixed ones and the per-port `no_lb_rule` / `no_probe_rule`. */
function booleanKeysOf(manifest: unknown, annotations: { [key: string]: string }): string[] {
  const keys: string[] = [];
  const portKeys = portAnnotationsOf(manifest).length > 0; // most Services have none: no key is parsed then
  for (const key in annotations) {
    if (AZURE_BOOLEAN_KEYS.has(key)) keys.push(key);
    else if (portKeys && isPortSwitch(parsePortKey(key)?.setting)) keys.push(key);
  }
  return keys;
}

function isPortSwitch(setting: string | undefined): boolean {
  return setting === PortSetting.NO_LB_RULE || setting === PortSetting.NO_PROBE_RULE;
}

export const exactBooleans = defineAzureServiceRule({
  id: 'AZ-LB-001',
  severity: Severity.ERROR,
  title: 'Azure boolean annotations are read as the value says',
  description: 'cloud-provider-azure reads booleans with several parsers: azure-load-balancer-internal is compared with "true" case-sensitively where the '
    + 'frontend is built (requiresInternalLoadBalancer) and case-insensitively elsewhere, so "True" gives a PUBLIC frontend while HA ports, SCTP and access '
    + 'control treat the Service as internal. The other switches are compared with strings.EqualFold (expectAttributeInSvcAnnotationBeEqualTo), so "True" '
    + 'and "FALSE" work; azure-pls-create and azure-pls-proxy-protocol are also read trimmed (getBoolValueFromServiceAnnotations), so " true" is true in one '
    + 'place and false in the other. Any other value ("yes", "1", "true1", " true") is silently false. An empty value is false, as if the key were absent.',
  fix: 'Write "true" or "false" (or leave the annotation out).',
  docs: 'https://github.com/kubernetes-sigs/cloud-provider-azure/blob/master/pkg/consts/helpers.go',
}, (m, annotations) => {
  const out: RuleViolation[] = [];
  for (const key of booleanKeysOf(m, annotations)) {
    const value = annotations[key];
    if (!readAsWritten(key, value)) out.push(misreadBoolean(key, value));
  }
  return out;
});

/**
 * Whether every parser of the key reads the value as the boolean it spells: any case of "true" for the keys compared
 * with strings.EqualFold, exactly "true" for azure-load-balancer-internal; any case of "false", or "", is false for all.
 */
function readAsWritten(key: string, value: string): boolean {
  if (value === '' || value.trim().toLowerCase() === 'false') return true;
  return key === AzureKeys.INTERNAL ? value === 'true' : value.toLowerCase() === 'true';
}

function misreadBoolean(key: string, value: string): RuleViolation {
  const truthy = value.trim().toLowerCase() === 'true';
  let why: string;
  if (!truthy) {
    why = 'it is not a boolean; cloud-provider-azure silently reads every value other than "true" (in any case) as false.';
  } else if (key === AzureKeys.INTERNAL && value.trim() === value) {
    why = 'the code that builds the frontend compares with "true" case-sensitively, so the load balancer gets a PUBLIC frontend while other code paths treat it as internal.';
  } else if (key === PlsKeys.CREATE || key === PlsKeys.PROXY_PROTOCOL) {
    why = 'the spaces make it true where the Private Link Service is reconciled (the value is trimmed) and false where the load balancer is (it is not).';
  } else {
    why = 'cloud-provider-azure does not trim the value, so it reads it as false.';
  }
  return violation(annotationPath(key), `${show(value)} is not read as ${truthy ? 'true' : 'a boolean'}: ${why}`, `Write ${truthy ? '"true"' : '"true" or "false"'} exactly.`);
}

export const idleTimeout = defineAzureServiceRule({
  id: 'AZ-LB-002',
  severity: Severity.ERROR,
  title: 'TCP idle timeout is a whole number of minutes from 4 to 100',
  description: 'getExpectedLoadBalancingRulePropertiesForPort rejects an idle timeout that is not an integer between 4 and 100 minutes, and the whole load balancer reconcile fails (SyncLoadBalancerFailed).',
  fix: 'Use a whole number of minutes from 4 to 100, e.g. "30".',
  docs: CPA_LB_SOURCE,
}, (_m, annotations) => {
  const value = annotations[AzureKeys.TCP_IDLE_TIMEOUT];
  if (value === undefined) return [];
  const n = parseGoInteger(value, { bits: 32, trim: true });
  if (n !== undefined && n >= 4 && n <= 100) return [];
  const why = n === undefined ? 'is not a whole number of minutes' : 'is outside 4 to 100 minutes';
  return [violation(annotationPath(AzureKeys.TCP_IDLE_TIMEOUT), `${show(value)} ${why}: cloud-provider-azure fails the reconcile ("idle timeout value must be a whole number representing minutes between 4 and 100").`, 'Use a whole number of minutes from 4 to 100, e.g. "30".')];
});

function minimumIntegerRule(id: string, globalKey: string, setting: PortSetting, what: string, minimum: number, controllerText: string) {
  return defineAzureServiceRule({
    id,
    severity: Severity.ERROR,
    title: `the health probe ${what.replace(/^an? /, '')} is a whole number of at least ${minimum}`,
    description: `cloud-provider-azure refuses ${what} that is not an integer or is below ${minimum} ("${controllerText}") and fails the whole reconcile. The same check applies to the per-port key port_{port}_${setting}.`,
    fix: `Use a whole number of at least ${minimum}.`,
    docs: CPA_PROBE_SOURCE,
  }, (_m, annotations) => probeSettingKeys(annotations, globalKey, setting).flatMap((key): RuleViolation[] => {
    const n = parseGoInteger(annotations[key], { bits: 32, trim: true });
    if (n !== undefined && n >= minimum) return [];
    const why = n === undefined ? 'is not a whole number' : `is below the minimum of ${minimum}`;
    return [violation(annotationPath(key), `${show(annotations[key])} ${why}: cloud-provider-azure fails the reconcile ("${controllerText}").`, `Use a whole number of at least ${minimum}.`)];
  }));
}

export const probeInterval = minimumIntegerRule('AZ-LB-003', AzureKeys.PROBE_INTERVAL, PortSetting.PROBE_INTERVAL,
  'an interval (seconds)', 5, 'the minimum value of interval is 5');

export const probeCount = minimumIntegerRule('AZ-LB-004', AzureKeys.PROBE_NUM_OF_PROBE, PortSetting.PROBE_NUM_OF_PROBE,
  'a number of probes', 2, 'the minimum value of num-of-probe is 2');

export const VALUE_RULES = [exactBooleans, idleTimeout, probeInterval, probeCount];
