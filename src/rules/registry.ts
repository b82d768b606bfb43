import { AWS_RULES } from './aws';
import { isAwsService } from './aws/aws';
import { AZURE_RULES } from './azure';
import { isAgicIngress, isAzureService } from './azure/util';
import { checkDecoded, formatFinding } from './engine';
import { GENERAL_RULES } from './general/tokens';
import { KUBERNETES_RULES } from './kubernetes';
import { kindOf, withDerivedFacts, withoutNullFields } from './manifest';
import { CheckOptions, Finding, IRule } from './rule';

const BUILT_IN: readonly IRule[] = [...KUBERNETES_RULES, ...GENERAL_RULES, ...AZURE_RULES, ...AWS_RULES];

/** The rules of these groups that judge this kind, in catalogue order. */
function ofKind(kind: string, groups: ReadonlyArray<readonly IRule[]>): readonly IRule[] {
  return groups.flat().filter((rule) => rule.kinds.includes(kind));
}

/** Per kind, the rule sets a manifest can need: every rule of the wrong kind or the other cloud is left out up front. */
const RULE_SETS = new Map(['Service', 'Ingress'].map((kind) => [kind, {
  kubernetes: ofKind(kind, [KUBERNETES_RULES, GENERAL_RULES]),
  azure: ofKind(kind, [KUBERNETES_RULES, GENERAL_RULES, AZURE_RULES]),
  aws: ofKind(kind, [KUBERNETES_RULES, GENERAL_RULES, AWS_RULES]),
  both: ofKind(kind, [KUBERNETES_RULES, GENERAL_RULES, AZURE_RULES, AWS_RULES]),
}]));

/**
 * The rules that can report anything on this manifest. Every cloud rule already returns nothing on an object that is
 * not its cloud's, and every rule on an object of another kind; skipping them up front only saves their calls (a third
 * of synthesis time).
 */
function applicableRules(manifest: unknown): readonly IRule[] {
  const sets = RULE_SETS.get(kindOf(manifest) ?? '');
  if (sets === undefined) return BUILT_IN; // not judged at all (checkDecoded returns nothing), or a kind a rule may add
  const azure = isAzureService(manifest) || isAgicIngress(manifest);
  const aws = isAwsService(manifest);
  if (azure && aws) return sets.both;
  if (azure) return sets.azure;
  if (aws) return sets.aws;
  return sets.kubernetes;
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
