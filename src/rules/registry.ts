import { AWS_RULES } from './aws';
import { AZURE_RULES } from './azure';
import { checkManifest, formatFinding } from './engine';
import { KUBERNETES_RULES } from './kubernetes';
import { CheckOptions, Finding, IRule } from './rule';

const BUILT_IN: readonly IRule[] = [...KUBERNETES_RULES, ...AZURE_RULES, ...AWS_RULES];

/**
 * The built-in rule set: the single source of truth used by the constructs at synth, by the CLI and by the
 * cdk8s-cli validation plugin.
 */
export class Rules {
  /** Every built-in rule, in id order within each group. */
  public static all(): IRule[] {
    return [...BUILT_IN];
  }

  /**
   * The built-in rule with this id.
   * @returns undefined when there is no such rule
   */
  public static find(ruleId: string): IRule | undefined {
    return BUILT_IN.find((rule) => rule.id === ruleId);
  }

  /**
   * Judges one manifest (the plain JSON of a Service or Ingress) with every built-in rule.
   * Objects that are neither a LoadBalancer Service nor an Ingress yield no finding.
   */
  public static check(manifest: any, options?: CheckOptions): Finding[] {
    return checkManifest(manifest, BUILT_IN, options);
  }

  /** One line for a finding: rule id, severity, path, message and fix. */
  public static format(finding: Finding): string {
    return formatFinding(finding);
  }

  private constructor() {}
}
