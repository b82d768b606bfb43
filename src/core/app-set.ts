import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';
import type { JudgedApiObject, Rendered } from './judged-api-object';
import { withoutNullFields } from '../rules/manifest';
import { Finding } from '../rules/rule';
import { SET_RULES } from '../rules/set';
import { ManifestSet } from '../rules/set/manifest-set';
import { checkSetRules } from '../rules/set/set-rule';

/**
 * The rules over a set at synth: every object of the cdk8s app (cdk8s-plus workloads and `Include`d Helm output too)
 * is one set, judged once per synthesis; each judged construct reports the findings whose subject is its object.
 * Not exported from the package.
 */

/**
 * The findings of one synthesis, by the ApiObject they are on. Synthesis validates every construct in one synchronous
 * pass, so the result lives until the next tick.
 */
const RESULTS = new WeakMap<IConstruct, AppJudgement>();

interface AppJudgement {
  readonly findings: Map<ApiObject, Finding[]>;
  /** Each judged construct's validation render, made for the set and handed to its own validation (rendered once). */
  readonly renders: Map<ApiObject, Rendered>;
}

function judgeApp(root: IConstruct): AppJudgement {
  const objects = root.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject);
  const byObject = new Map<ApiObject, Finding[]>();
  const renders = new Map<ApiObject, Rendered>();
  const manifests = objects.map((o) => renderedForSet(o, renders));
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
  return { findings: byObject, renders };
}

/**
 * An object as the set sees it: a judged construct's validation render (kept in `renders` for its own validation;
 * serialization reuses it too), another object's toJson(). One that cannot be rendered is left out (an empty
 * object): its own validation renders it again and reports why.
 */
function renderedForSet(o: ApiObject, renders: Map<ApiObject, Rendered>): unknown {
  try {
    const judged = o as Partial<Pick<JudgedApiObject, 'renderForValidation'>>;
    if (typeof judged.renderForValidation !== 'function') return withoutNullFields(o.toJson());
    const rendered = judged.renderForValidation();
    renders.set(o, rendered);
    return withoutNullFields(rendered.json);
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

function judgementOf(apiObject: ApiObject): AppJudgement {
  const root = apiObject.node.root;
  let result = RESULTS.get(root);
  if (result === undefined) {
    result = judgeApp(root);
    RESULTS.set(root, result);
    process.nextTick(() => RESULTS.delete(root));
  }
  return result;
}

/** The findings of the rules over the app's set whose subject is this object. */
export function setFindingsOf(apiObject: ApiObject): Finding[] {
  return judgementOf(apiObject).findings.get(apiObject) ?? [];
}

/**
 * The judged object's validation render of this synthesis: the one the app's set was judged on, taken once; a fresh
 * one when the set has none for it (its render failed, or it is validated a second time).
 */
export function validationRenderOf(apiObject: JudgedApiObject): Rendered {
  const renders = judgementOf(apiObject).renders;
  const rendered = renders.get(apiObject);
  if (rendered === undefined) return apiObject.renderForValidation();
  renders.delete(apiObject);
  return rendered;
}
