import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';
import type { JudgedApiObject } from './judged-api-object';
import { withoutNullFields } from '../rules/manifest';
import { Finding } from '../rules/rule';
import { SET_RULES } from '../rules/set';
import { ManifestSet, WORKLOAD_KINDS } from '../rules/set/manifest-set';
import { checkSetRules } from '../rules/set/set-rule';

/**
 * The rules over a set at synth: every object of the cdk8s app (cdk8s-plus workloads and `Include`d Helm output too)
 * is one set, judged once per synthesis; each judged construct reports the findings whose subject is its object.
 * Not exported from the package.
 */

/** The kinds that make an app worth judging as a set at synth: workloads and Ingresses. */
const KINDS_JUDGED_TOGETHER = new Set(['Ingress', ...WORKLOAD_KINDS]);

/**
 * The findings of one synthesis, by the ApiObject they are on. Synthesis validates every construct in one synchronous
 * pass, so the result lives until the next tick.
 */
const RESULTS = new WeakMap<IConstruct, Map<ApiObject, Finding[]>>();

function judgeApp(root: IConstruct): Map<ApiObject, Finding[]> {
  const objects = root.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject);
  const byObject = new Map<ApiObject, Finding[]>();
  // Judging the set renders every object a second time (a quarter of a cold synthesis of 10,000 NLBs): an app without
  // workloads or Ingresses is left to lint and the plugin, where the YAML is read once.
  if (!objects.some((o) => KINDS_JUDGED_TOGETHER.has(o.kind))) return byObject;
  const manifests = objects.map(renderedForSet);
  const constructPathOf = (i: number) => {
    const scope = objects[i].node.scope;
    // A judged construct's object is its child `Resource`: findings name the construct the user wrote.
    return scope !== undefined && objects[i].node.id === 'Resource' ? scope.node.path : objects[i].node.path;
  };
  for (const { subject, finding } of checkSetRules(new ManifestSet(manifests), SET_RULES, { constructPathOf })) {
    const list = byObject.get(objects[subject]);
    if (list === undefined) byObject.set(objects[subject], [finding]);
    else list.push(finding);
  }
  return byObject;
}

/**
 * An object as the set sees it: a judged construct's validation render (which serialization reuses), another
 * object's toJson(). One that cannot be rendered is left out (an empty object): its own validation reports why.
 */
function renderedForSet(o: ApiObject): unknown {
  try {
    const judged = o as Partial<Pick<JudgedApiObject, 'renderForValidation'>>;
    return withoutNullFields(typeof judged.renderForValidation === 'function' ? judged.renderForValidation().json : o.toJson());
  } catch {
    return {};
  }
}

const RESETTING = new WeakSet<IConstruct>();

/**
 * Makes each synthesis judge the app afresh: the root's validation runs first (cdk8s validates in pre-order), and
 * forgets the previous synthesis's findings. Called when a judged construct is created.
 */
export function judgeWithApp(scope: IConstruct): void {
  const root = scope.node.root;
  if (RESETTING.has(root)) return;
  RESETTING.add(root);
  root.node.addValidation({ validate: () => { RESULTS.delete(root); return []; } });
}

/** The findings of the rules over the app's set whose subject is this object. */
export function setFindingsOf(apiObject: ApiObject): Finding[] {
  const root = apiObject.node.root;
  let result = RESULTS.get(root);
  if (result === undefined) {
    result = judgeApp(root);
    RESULTS.set(root, result);
    process.nextTick(() => RESULTS.delete(root));
  }
  return result.get(apiObject) ?? [];
}
