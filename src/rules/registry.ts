import { AWS_RULES } from './aws';
import { isAwsService } from './aws/aws';
import { AZURE_RULES } from './azure';
import { isAgicIngress, isAzureService } from './azure/util';
import { checkDecoded, formatFinding } from './engine';
import { KUBERNETES_RULES } from './kubernetes';
import { withDerivedFacts, withoutNullFields } from './manifest';
import { CheckOptions, Finding, IRule } from './rule';

const BUILT_IN: readonly IRule[] = [...KUBERNETES_RULES, ...AZURE_RULES, ...AWS_RULES];
const KUBERNETES_AND_AZURE: readonly IRule[] = [...KUBERNETES_RULES, ...AZURE_RULES];
const KUBERNETES_AND_AWS: readonly IRule[] = [...KUBERNETES_RULES, ...AWS_RULES];
const KUBERNETES_AZURE_AND_AWS: readonly IRule[] = BUILT_IN;

/**
 * The rules that can report anything on this manifest. Every cloud rule already returns nothing on an object that is
 * not its cloud's; skipping the other cloud's rules up front only saves their calls (a third of synthesis time).
 */
function applicableRules(manifest: unknown): readonly IRule[] {
  const azure = isAzureService(manifest) || isAgicIngress(manifest);
  const aws = isAwsService(manifest);
  if (azure && aws) return KUBERNETES_AZURE_AND_AWS;
  if (azure) return KUBERNETES_AND_AZURE;
  if (aws) return KUBERNETES_AND_AWS;
  return KUBERNETES_RULES;
}

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
    const decoded = withoutNullFields(manifest);
    return withDerivedFacts(decoded, () => checkDecoded(decoded, applicableRules(decoded), options));
  }

  /** One line for a finding: rule id, severity, path, message and fix. */
  public static format(finding: Finding): string {
    return formatFinding(finding);
  }

  private constructor() {}
}
