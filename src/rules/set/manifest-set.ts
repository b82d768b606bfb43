import { arrayAt, isObject, kindOf, metadataOf, objectAt, specOf, stringAt } from '../manifest';

/**
 * The objects of one set (every document of a `lint` run, every object of a cdk8s app), indexed so that a rule over
 * the set asks "which workloads does this selector select" or "is there a Service web in shop" without comparing all
 * pairs: by kind, namespace and name, and the pod templates by namespace and label.
 */

/**
 * The namespace of an object written without one: the namespace it is applied to (`kubectl apply -n`, `helm install
 * -n`), the same for every such object of the set, and unknown. Helm output mixes the two (`helm template -n shop`
 * writes the namespace only where a template does), so an object without one may be in the namespace another object
 * names: a rule that reports something missing asks `possibly`, a rule that reports an error asks the sure matches.
 */
export const APPLY_NAMESPACE = '';

/** The kinds whose objects run pods, and where each keeps its pod template. */
const POD_TEMPLATE_PATHS: { readonly [kind: string]: readonly string[] } = {
  Pod: [],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

/** The kinds whose objects run pods. */
export const WORKLOAD_KINDS: readonly string[] = Object.keys(POD_TEMPLATE_PATHS);

/** A workload's pod template, as the selectors and the endpoints controller see it. */
export interface PodTemplate {
  /** The index of the workload in the set. */
  readonly index: number;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  readonly labels: { readonly [key: string]: string };
  /** The containers that serve traffic: the regular ones and the sidecars (init containers with restartPolicy Always). */
  readonly containers: readonly unknown[];
  /** Where the pod template is in the workload, e.g. `spec.template`. */
  readonly path: string;
  /** The pod spec itself, for rules that read more than the containers that serve traffic. */
  readonly podSpec: { readonly [key: string]: unknown };
}

/** The object's namespace, or APPLY_NAMESPACE when it names none. */
export function namespaceOf(manifest: unknown): string {
  return stringAt(metadataOf(manifest), 'namespace') || APPLY_NAMESPACE;
}

/** The namespaces an object of this namespace may share: its own, and the apply namespace (or, for that one, all). */
function mayShare(namespace: string, other: string): boolean {
  return namespace === other || namespace === APPLY_NAMESPACE || other === APPLY_NAMESPACE;
}

function podTemplateOf(manifest: unknown, index: number): PodTemplate | undefined {
  const kind = kindOf(manifest);
  const steps = kind === undefined ? undefined : POD_TEMPLATE_PATHS[kind];
  if (steps === undefined) return undefined;
  let template: unknown = manifest;
  for (const step of steps) template = objectAt(template, step);
  const labels: { [key: string]: string } = {};
  const raw = objectAt(metadataOf(template), 'labels');
  for (const key of Object.keys(raw)) if (typeof raw[key] === 'string') labels[key] = raw[key] as string;
  const podSpec = objectAt(template, 'spec');
  const sidecars = arrayAt(podSpec, 'initContainers').filter((c) => isObject(c) && c.restartPolicy === 'Always');
  return {
    index,
    kind: kind!,
    name: stringAt(metadataOf(manifest), 'name') ?? '',
    namespace: namespaceOf(manifest),
    labels,
    containers: [...arrayAt(podSpec, 'containers'), ...sidecars],
    path: steps.join('.'),
    podSpec,
  };
}

export class ManifestSet {
  /** The pod templates of the set's workloads. */
  public readonly podTemplates: readonly PodTemplate[];
  private readonly byName = new Map<string, number>();
  /** The objects of each kind and name, whatever their namespace. */
  private readonly byKindName = new Map<string, number[]>();
  /** Pod templates by namespace, then by `key=value` of each label. */
  private readonly byLabel = new Map<string, Map<string, PodTemplate[]>>();
  private readonly memo = new Map<string, unknown>();

  constructor(public readonly manifests: readonly unknown[]) {
    const templates: PodTemplate[] = [];
    manifests.forEach((manifest, index) => {
      const kind = kindOf(manifest);
      const name = stringAt(metadataOf(manifest), 'name');
      if (kind !== undefined && name !== undefined) {
        this.byName.set(nameKey(kind, namespaceOf(manifest), name), index);
        const same = this.byKindName.get(`${kind}\u0000${name}`);
        if (same === undefined) this.byKindName.set(`${kind}\u0000${name}`, [index]);
        else same.push(index);
      }
      const template = podTemplateOf(manifest, index);
      if (template === undefined) return;
      templates.push(template);
      let labels = this.byLabel.get(template.namespace);
      if (labels === undefined) this.byLabel.set(template.namespace, labels = new Map());
      for (const key of Object.keys(template.labels)) {
        const entry = `${key}=${template.labels[key]}`;
        const list = labels.get(entry);
        if (list === undefined) labels.set(entry, [template]);
        else list.push(template);
      }
    });
    this.podTemplates = templates;
  }

  /** The index of the object of this kind, namespace and name, if the set has it. */
  public find(kind: string, namespace: string, name: string): number | undefined {
    return this.byName.get(nameKey(kind, namespace, name));
  }

  /**
   * The object of this kind and name in this namespace, else the objects of that name that may be in it
   * (APPLY_NAMESPACE on either side): one index when it is sure or the only candidate, several when it is ambiguous.
   */
  public candidates(kind: string, namespace: string, name: string): number[] {
    const sure = this.find(kind, namespace, name);
    if (sure !== undefined) return [sure];
    const same = this.byKindName.get(`${kind}\u0000${name}`) ?? [];
    return same.filter((i) => mayShare(namespace, namespaceOf(this.manifests[i])));
  }

  /** The pod templates a selector may select: in its namespace, or where either namespace is the apply namespace. */
  public possiblySelected(namespace: string, selector: { readonly [key: string]: unknown }): PodTemplate[] {
    const keys = Object.keys(selector);
    if (keys.length === 0) return [];
    const result: PodTemplate[] = [];
    for (const ns of this.byLabel.keys()) {
      if (mayShare(namespace, ns)) result.push(...this.selected(ns, selector));
    }
    return result;
  }

  /**
   * The pod templates a Service selector selects in its namespace: every label of the selector, with its value.
   * Looks only at the templates that carry the selector's rarest label.
   */
  public selected(namespace: string, selector: { readonly [key: string]: unknown }): PodTemplate[] {
    const labels = this.byLabel.get(namespace);
    const keys = Object.keys(selector);
    if (labels === undefined || keys.length === 0) return [];
    let candidates: PodTemplate[] | undefined;
    for (const key of keys) {
      const list = labels.get(`${key}=${String(selector[key])}`);
      if (list === undefined) return [];
      if (candidates === undefined || list.length < candidates.length) candidates = list;
    }
    return candidates!.filter((t) => keys.every((key) => t.labels[key] === selector[key]));
  }

  /** A fact about the set that several rules ask for, computed once. */
  public derived<T>(name: string, compute: () => T): T {
    if (!this.memo.has(name)) this.memo.set(name, compute());
    return this.memo.get(name) as T;
  }

  /** The indexes of the objects of one kind. */
  public indexesOf(kind: string): number[] {
    const result: number[] = [];
    this.manifests.forEach((m, i) => { if (kindOf(m) === kind) result.push(i); });
    return result;
  }
}

function nameKey(kind: string, namespace: string, name: string): string {
  return `${kind}\u0000${namespace}\u0000${name}`;
}

/** A Service's selector as a map, or undefined when it has none (its endpoints are managed by hand). */
export function selectorOf(service: unknown): { [key: string]: unknown } | undefined {
  const selector = specOf(service).selector;
  return isObject(selector) && Object.keys(selector).length > 0 ? selector : undefined;
}
