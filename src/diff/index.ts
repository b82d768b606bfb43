import { AWS_CHECKS } from './aws';
import { AZURE_CHECKS } from './azure';
import { DisruptiveChange } from './change';
import { ChangeCheck, ChangeMeta, DetectedChange, detected } from './detected';
import { INGRESS_CHECKS } from './ingress';
import { KUBERNETES_CHECKS, OBJECT_REMOVED, OBJECT_RENAMED } from './kubernetes';
import { removalProcedure } from './procedures';
import { resourceOf } from '../rules/engine';
import { isLoadBalancerService, kindOf, metadataOf, show, specOf, stringAt } from '../rules/manifest';

/** Every check, in report order. */
export const CHANGE_CHECKS: readonly ChangeCheck[] = [...KUBERNETES_CHECKS, ...AWS_CHECKS, ...AZURE_CHECKS, ...INGRESS_CHECKS];

/** Every kind of change the diff reports, by area (the removals with the other Kubernetes changes): docs/cli.md's table. */
export const CHANGE_CATALOGUE: readonly ChangeMeta[] = [
  ...KUBERNETES_CHECKS.map((check) => check.meta), OBJECT_REMOVED, OBJECT_RENAMED,
  ...[...AWS_CHECKS, ...AZURE_CHECKS, ...INGRESS_CHECKS].map((check) => check.meta),
];

/** An object of a manifest set, with its location when it was read from a file. */
export interface DiffInput {
  readonly manifest: unknown;
  readonly file?: string;
  lineOf?(path: string): number;
}

/** Services of type LoadBalancer and Ingresses: what clients reach from outside the cluster. */
function isExposed(manifest: unknown): boolean {
  return isLoadBalancerService(manifest) || kindOf(manifest) === 'Ingress';
}

/** Objects are matched by kind, namespace and name. */
function identity(manifest: unknown): string | undefined {
  const name = stringAt(metadataOf(manifest), 'name');
  const kind = kindOf(manifest);
  if (name === undefined || kind === undefined) return undefined;
  return `${kind}/${stringAt(metadataOf(manifest), 'namespace') ?? ''}/${name}`;
}

function hasNamespace(manifest: unknown): boolean {
  return stringAt(metadataOf(manifest), 'namespace') !== undefined;
}

/**
 * The objects of a set by identity. An object without a namespace (applied with `kubectl apply -n X`) is also the
 * counterpart of the one object of the same kind and name that has a namespace in the other set.
 */
class ObjectIndex {
  private readonly byId = new Map<string, DiffInput>();
  private readonly byKindAndName = new Map<string, DiffInput[]>();

  constructor(inputs: readonly DiffInput[]) {
    for (const input of inputs) {
      const id = identity(input.manifest);
      if (id === undefined || this.byId.has(id)) continue;
      this.byId.set(id, input);
      const key = `${kindOf(input.manifest)}/${stringAt(metadataOf(input.manifest), 'name')}`;
      this.byKindAndName.set(key, [...(this.byKindAndName.get(key) ?? []), input]);
    }
  }

  public values(): DiffInput[] {
    return [...this.byId.values()];
  }

  /** The counterpart of an object of the other set (`otherSet`): exact, or the only one of its kind and name in both sets. */
  public counterpart(other: DiffInput, otherSet: ObjectIndex): DiffInput | undefined {
    const id = identity(other.manifest);
    if (id === undefined) return undefined;
    const exact = this.byId.get(id);
    if (exact) return exact;
    const candidates = this.sameKindAndName(other);
    if (candidates.length !== 1 || otherSet.sameKindAndName(other).length !== 1) return undefined;
    return hasNamespace(candidates[0].manifest) !== hasNamespace(other.manifest) ? candidates[0] : undefined;
  }

  private sameKindAndName(input: DiffInput): DiffInput[] {
    return this.byKindAndName.get(`${kindOf(input.manifest)}/${stringAt(metadataOf(input.manifest), 'name')}`) ?? [];
  }
}

/** The parts of a Service that say what it serves: used to recognise a rename (same selector and ports, new name). */
function fingerprint(manifest: unknown): string {
  const spec = specOf(manifest);
  const body = kindOf(manifest) === 'Ingress' ? spec : { selector: spec.selector, ports: spec.ports, type: spec.type };
  return `${kindOf(manifest)}/${stringAt(metadataOf(manifest), 'namespace') ?? ''}/${stableJson(body)}`;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as { [key: string]: unknown };
    return `{${Object.keys(obj).sort().map((k) => `${JSON.stringify(k)}:${stableJson(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function located(input: DiffInput, change: DetectedChange): DisruptiveChange {
  return {
    changeId: change.changeId,
    effect: change.effect,
    resource: resourceOf(input.manifest),
    controller: change.controller,
    path: change.path,
    oldValue: change.oldValue === undefined ? undefined : show(change.oldValue),
    newValue: change.newValue === undefined ? undefined : show(change.newValue),
    message: change.message,
    procedure: change.procedure,
    docs: change.docs,
    file: input.file,
    line: input.lineOf ? input.lineOf(change.path) : undefined,
  };
}

function removal(before: DiffInput, renamedTo: DiffInput | undefined): DetectedChange {
  const name = stringAt(metadataOf(before.manifest), 'name') ?? '(unnamed)';
  const isIngress = kindOf(before.manifest) === 'Ingress';
  const newName = renamedTo ? stringAt(metadataOf(renamedTo.manifest), 'name') : undefined;
  const what = isIngress
    ? 'its routes are removed from the ingress controller'
    : 'the cloud controller deletes its load balancer (and an Azure Private Link Service on it, with every private endpoint connection)';
  return detected(renamedTo ? OBJECT_RENAMED : OBJECT_REMOVED, {
    path: 'metadata.name',
    oldValue: name,
    newValue: newName,
    message: renamedTo
      ? `${kindOf(before.manifest)} ${name} is renamed to ${newName}: a rename is a delete and a create, so ${what}, `
        + `and ${newName} gets a new one with a new address.`
      : `${kindOf(before.manifest)} ${name} is removed: ${what}; its clients lose the service.`,
    procedure: removalProcedure(name),
  });
}

/** A change as reported, and the values it compares as they are in the manifests (`show` quotes and cuts them for reading). */
export interface ChangeWithValues {
  readonly change: DisruptiveChange;
  readonly oldValue?: unknown;
  readonly newValue?: unknown;
}

/**
 * The disruptive changes between two manifest sets: every check on each object present in both, then the exposed
 * objects that disappear (renamed when a new object of the same kind and namespace serves the same selector and ports).
 */
export function diffInputs(before: readonly DiffInput[], after: readonly DiffInput[]): DisruptiveChange[] {
  return diffInputsWithValues(before, after).map((c) => c.change);
}

/** diffInputs, with each change's values as values (for `diff --format json`). */
export function diffInputsWithValues(before: readonly DiffInput[], after: readonly DiffInput[]): ChangeWithValues[] {
  const oldIndex = new ObjectIndex(before);
  const newIndex = new ObjectIndex(after);
  const changes: ChangeWithValues[] = [];
  const add = (input: DiffInput, change: DetectedChange) => {
    changes.push({ change: located(input, change), oldValue: change.oldValue, newValue: change.newValue });
  };
  const added = new Map<string, DiffInput>();
  for (const next of newIndex.values()) {
    const previous = oldIndex.counterpart(next, newIndex);
    if (!previous) {
      if (isExposed(next.manifest)) added.set(fingerprint(next.manifest), next);
      continue;
    }
    for (const check of CHANGE_CHECKS) {
      for (const change of check.detect(previous.manifest, next.manifest)) add(next, change);
    }
  }
  for (const previous of oldIndex.values()) {
    if (newIndex.counterpart(previous, oldIndex) || !isExposed(previous.manifest)) continue;
    add(previous, removal(previous, added.get(fingerprint(previous.manifest))));
  }
  return changes;
}
