import { AWS_RULES } from './aws';
import { ALL_CONTROLLERS, AWS_RULE_PARTS, AwsController, controllerOf, isAwsService } from './aws/aws';
import { AZURE_RULES } from './azure';
import { AZURE_RULE_CHECKS, isAgicIngress, isAzureService } from './azure/util';
import { checkDecoded, formatFinding } from './engine';
import { GENERAL_RULES } from './general/tokens';
import { KUBERNETES_RULES } from './kubernetes';
import { annotationsOf, decode, kindOf, knownFact, MAY_HOLD_CDK_TOKEN, withDerivedFacts } from './manifest';
import { CheckOptions, Finding, IRule, RuleViolation } from './rule';

const BUILT_IN: readonly IRule[] = [...KUBERNETES_RULES, ...GENERAL_RULES, ...AZURE_RULES, ...AWS_RULES];

/** The rules of these groups that judge this kind, in catalogue order. */
function ofKind(kind: string, groups: ReadonlyArray<readonly IRule[]>): readonly IRule[] {
  return groups.flat().filter((rule) => rule.kinds.includes(kind));
}

/** The same rule with another check (id, severity and docs are what findings take from it). */
function withCheck(rule: IRule, check: (manifest: any) => RuleViolation[]): IRule {
  return Object.assign({}, rule, { check });
}

/** An Azure rule without its guard, for manifests known to be Azure's. */
function unguardedAzure(rule: IRule): IRule {
  const check = AZURE_RULE_CHECKS.get(rule);
  return check === undefined ? rule : withCheck(rule, (m) => check(m, annotationsOf(m)));
}

/** The AWS rules of one controller without their guards, for AWS Services that controller reconciles. */
function forController(rules: readonly IRule[], controller: AwsController): readonly IRule[] {
  return rules.flatMap((rule) => {
    const parts = AWS_RULE_PARTS.get(rule);
    if (parts === undefined) return [rule];
    return parts.controllers.includes(controller) ? [withCheck(rule, (m) => parts.check(m, controller))] : [];
  });
}

/**
 * Per kind, the rule sets a manifest can need: every rule of the wrong kind, the other cloud or another AWS controller is
 * left out up front, and the cloud rules run without asking their guards again (a third of a check's time went into
 * calls that found nothing to judge, and into guards that the registry had already answered).
 */
interface RuleSets {
  readonly kubernetes: readonly IRule[];
  readonly azure: readonly IRule[];
  readonly aws: ReadonlyMap<AwsController, readonly IRule[]>;
  readonly both: readonly IRule[];
}

const RULE_SETS = new Map<string, RuleSets>(['Service', 'Ingress'].map((kind) => {
  const aws = ofKind(kind, [KUBERNETES_RULES, GENERAL_RULES, AWS_RULES]);
  return [kind, {
    kubernetes: ofKind(kind, [KUBERNETES_RULES, GENERAL_RULES]),
    azure: ofKind(kind, [KUBERNETES_RULES, GENERAL_RULES, AZURE_RULES]).map(unguardedAzure),
    aws: new Map(ALL_CONTROLLERS.map((controller) => [controller, forController(aws, controller)])),
    both: ofKind(kind, [KUBERNETES_RULES, GENERAL_RULES, AZURE_RULES, AWS_RULES]),
  }];
}));

/** The rules that can report anything on this manifest. */
function applicableRules(manifest: unknown, sets: RuleSets | undefined): readonly IRule[] {
  if (sets === undefined) return BUILT_IN; // not judged at all (checkDecoded returns nothing), or a kind a rule may add
  const azure = isAzureService(manifest) || isAgicIngress(manifest);
  const aws = isAwsService(manifest);
  if (azure && aws) return sets.both; // rare: every rule with its own guard
  if (azure) return sets.azure;
  if (aws) return sets.aws.get(controllerOf(manifest)) ?? sets.both;
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
    const { decoded, mayHoldCdkToken } = decode(manifest);
    return withDerivedFacts(decoded, () => {
      knownFact(MAY_HOLD_CDK_TOKEN, decoded, mayHoldCdkToken);
      const sets = RULE_SETS.get(kindOf(decoded) ?? '');
      return checkDecoded(decoded, applicableRules(decoded, sets), options, sets !== undefined);
    });
  }

  /** One line for a finding: rule id, severity, path, message and fix. */
  public static format(finding: Finding): string {
    return formatFinding(finding);
  }

  private constructor() {}
}
