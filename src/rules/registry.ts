import { AWS_RULES } from './aws';
import { AZURE_RULES } from './azure';
import { acrossReconcilers, BuiltInRule, inControllers, Reconciler, ScopeModel } from './define';
import { checkDecoded, formatFinding, ScopedRuns } from './engine';
import { GENERAL_RULES } from './general/tokens';
import { KUBERNETES_RULES } from './kubernetes';
import { annotationsOf, decode, kindOf, knownFact, MAY_HOLD_CDK_TOKEN, withDerivedFacts } from './manifest';
import { CheckOptions, Finding, IRule } from './rule';
import { SET_RULES } from './set';
import { AWS_SERVICES } from '../aws/model/ownership';
import { AGIC_INGRESSES } from '../azure/model/agic';
import { AZURE_SERVICES } from '../azure/model/cloud-provider-azure';
import { Cluster } from '../profile/cluster';

/** The controller families the built-in rules declare in their scopes. */
const MODELS: readonly ScopeModel[] = [AZURE_SERVICES, AGIC_INGRESSES, AWS_SERVICES];

/** Every built-in rule: the Kubernetes rules, the general ones, then each cloud's, each group in id order. */
/** The groups of rules over one object, in the order they are listed and run: Kubernetes, general, each cloud. */
const FAMILIES: ReadonlyArray<{ readonly prefix: string; readonly rules: readonly IRule[] }> = [
  { prefix: 'K8S-', rules: KUBERNETES_RULES },
  { prefix: 'CDK8S-', rules: GENERAL_RULES },
  { prefix: 'AZ-', rules: AZURE_RULES },
  { prefix: 'AWS-', rules: AWS_RULES },
];

const BUILT_IN: readonly IRule[] = FAMILIES.flatMap((family) => inIdOrder(family.rules));

/** Every rule, over one object or over a set: each rule over a set among the rules of its family, by id. */
const ALL: readonly IRule[] = FAMILIES.flatMap((family) => inIdOrder([...family.rules, ...SET_RULES.filter((r) => r.id.startsWith(family.prefix))]));

if (ALL.length !== BUILT_IN.length + SET_RULES.length) throw new Error('a rule over a set has an id outside the families K8S-, CDK8S-, AZ-, AWS-');

/** Rules by id, numbers compared as numbers (AZ-LB-9 before AZ-LB-10). */
function inIdOrder(rules: readonly IRule[]): IRule[] {
  return [...rules].sort((a, b) => compareIds(a.id, b.id));
}

/**
 * Rule ids compared by their prefix, then by their number. Not `localeCompare` with `numeric`: that loads ICU's
 * collation data, which cost every start of the CLI about 20 ms.
 */
export function compareIds(a: string, b: string): number {
  const [, prefixA, numberA] = /^(.*?)(\d*)$/.exec(a)!;
  const [, prefixB, numberB] = /^(.*?)(\d*)$/.exec(b)!;
  if (prefixA !== prefixB) return prefixA < prefixB ? -1 : 1;
  return Number(numberA || -1) - Number(numberB || -1) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The models that own a manifest on the clusters judged, each with the controllers that may reconcile it there (one,
 * unless the verdict depends on the cluster).
 */
interface Owners {
  readonly key: string;
  readonly reconcilers: ReadonlyMap<ScopeModel, readonly Reconciler[]>;
}

function ownersOf(manifest: unknown, kind: string, cluster: Cluster): Owners {
  const reconcilers = new Map<ScopeModel, readonly Reconciler[]>();
  let key = kind;
  for (const model of MODELS) {
    if (model.reconcilesOnlyWith !== undefined && cluster.runs(model.reconcilesOnlyWith) === false) continue;
    if (!model.owns(manifest)) continue;
    const found = model.reconcilersOf(manifest, cluster);
    if (found.length === 0) continue;
    reconcilers.set(model, found);
    key += `|${model.name}:${found.map((r) => r.controller ?? '').join('/')}`;
  }
  return { key, reconcilers };
}

/**
 * The rules that can report anything on a manifest of these owners: of its kind, unscoped or scoped to an owner and
 * one of its controllers. Built from the rules' declared scopes, once per combination met.
 */
const PREPARED = new Map<string, readonly IRule[]>();

function preparedRules(kind: string, owners: Owners): readonly IRule[] {
  let rules = PREPARED.get(owners.key);
  if (rules === undefined) {
    rules = BUILT_IN.filter((rule) => rule.kinds.includes(kind) && inScopeOf(rule, owners));
    PREPARED.set(owners.key, rules);
  }
  return rules;
}

function inScopeOf(rule: IRule, owners: Owners): boolean {
  const scope = rule instanceof BuiltInRule ? rule.scope : undefined;
  if (scope === undefined) return true;
  return owners.reconcilers.get(scope.model)?.some((r) => inControllers(scope, r.controller)) ?? false;
}

/** Runs the prepared rules without asking their scopes again: the registry has answered them for this manifest. */
function scopedRuns(manifest: unknown, owners: Owners, cluster: Cluster): ScopedRuns {
  const annotations = annotationsOf(manifest);
  return (rule, m) => {
    if (!(rule instanceof BuiltInRule)) return rule.check(m);
    const scope = rule.scope;
    if (scope === undefined) return rule.checkInScope(m, annotations, undefined, cluster);
    const reconcilers = owners.reconcilers.get(scope.model)!;
    if (reconcilers.length === 1) return rule.checkInScope(m, annotations, reconcilers[0].controller, cluster);
    return acrossReconcilers(reconcilers, (r) => (inControllers(scope, r.controller)
      ? rule.checkInScope(m, annotations, r.controller, cluster)
      : []));
  };
}

/**
 * The built-in rule set: the single source of truth used by the constructs at synth, by the CLI and by the
 * cdk8s-cli validation plugin.
 */
export class Rules {
  /** Every built-in rule: the Kubernetes rules, the general ones, then each cloud's, each group in id order. */
  public static all(): IRule[] {
    return [...ALL];
  }

  /**
   * The built-in rule with this id.
   * @returns undefined when there is no such rule
   */
  public static find(ruleId: string): IRule | undefined {
    return ALL.find((rule) => rule.id === ruleId);
  }

  /**
   * Judges one manifest (the plain JSON of a Service or Ingress) with every built-in rule.
   * Objects that are neither a LoadBalancer Service nor an Ingress yield no finding.
   */
  public static check(manifest: any, options?: CheckOptions): Finding[] {
    const { decoded, mayHoldCdkToken } = decode(manifest);
    return withDerivedFacts(decoded, () => {
      knownFact(MAY_HOLD_CDK_TOKEN, decoded, mayHoldCdkToken);
      const kind = kindOf(decoded);
      if (kind !== 'Service' && kind !== 'Ingress') return checkDecoded(decoded, BUILT_IN, options);
      const cluster = Cluster.of(options?.profile);
      const owners = ownersOf(decoded, kind, cluster);
      return checkDecoded(decoded, preparedRules(kind, owners), options, scopedRuns(decoded, owners, cluster));
    });
  }

  /** One line for a finding: rule id, severity, path, message and fix. */
  public static format(finding: Finding): string {
    return formatFinding(finding);
  }

  private constructor() {}
}
