import { formatFinding } from '../rules/engine';
import { Rules } from '../rules/registry';
import { Finding, Severity } from '../rules/rule';

/**
 * The synth-time validation shared by every construct that renders a judged object (a Service, an Ingress):
 * acknowledgements of warnings, and turning the rule engine's findings into synth errors and printed warnings.
 * Not exported from the package: constructs call it from `acknowledge()` and `node.addValidation`.
 */

/**
 * Checks an `acknowledge(ruleId, reason)` call and returns the trimmed reason.
 * @throws when the rule does not exist, is an error, or the reason is empty
 */
export function acknowledgedReason(constructPath: string, ruleId: string, reason: string): string {
  const rule = Rules.find(ruleId);
  if (!rule) {
    throw new Error(`[${constructPath}] acknowledge(): there is no rule "${ruleId}". See RULES.md for the rule ids.`);
  }
  if (rule.severity !== Severity.WARNING) {
    throw new Error(`[${constructPath}] acknowledge(): ${ruleId} is an error, not a warning: errors mean the API server or the controller will not do what the manifest says, and cannot be acknowledged. ${rule.fix}`);
  }
  if (typeof reason !== 'string' || reason.trim() === '') {
    throw new Error(`[${constructPath}] acknowledge(${ruleId}): give a reason, so that the next reader knows why the warning was accepted.`);
  }
  return reason.trim();
}

/**
 * Turns the rule engine's findings into synth errors (one line per error finding) and prints the unacknowledged
 * warnings to stderr, each once per construct (`printed` remembers them).
 */
export function reportFindings(constructPath: string, findings: readonly Finding[], printed: Set<string>): string[] {
  const errors: string[] = [];
  for (const finding of findings) {
    if (finding.severity === Severity.ERROR) {
      errors.push(formatFinding(finding));
    } else if (finding.acknowledgedReason === undefined) {
      const text = formatFinding(finding);
      if (printed.has(text)) continue;
      printed.add(text);
      process.stderr.write(`[${constructPath}] warning: ${text}\n`);
    }
  }
  return errors;
}
