import { defineRule, violation } from '../define';
import { metadataOf, show } from '../manifest';
import { RuleViolation, Severity } from '../rule';
import { qualifiedName } from './names';

/**
 * The finalizers the API server accepts without a domain: the namespace controller's and the garbage collector's
 * (core.FinalizerKubernetes, metav1.FinalizerOrphanDependents, metav1.FinalizerDeleteDependents).
 */
const STANDARD_FINALIZERS: readonly string[] = ['kubernetes', 'orphan', 'foregroundDeletion'];
const ORPHAN = 'orphan';
const FOREGROUND_DELETION = 'foregroundDeletion';

/** One finalizer as ValidateFinalizerName (apimachinery) and validateKubeFinalizerName (core) judge it. */
function finalizerViolation(path: string, finalizer: unknown): RuleViolation | undefined {
  if (typeof finalizer !== 'string') {
    return violation(path, `must be a string, got ${show(finalizer)}.`, 'Quote the finalizer, e.g. "example.com/cleanup".');
  }
  const error = qualifiedName(finalizer);
  if (error) return violation(path, `${show(finalizer)} is not a valid finalizer name: ${error}.`, 'Use a domain-qualified name such as "example.com/cleanup".');
  if (!finalizer.includes('/') && !STANDARD_FINALIZERS.includes(finalizer)) {
    return violation(path,
      `${show(finalizer)} is neither a standard finalizer name (${STANDARD_FINALIZERS.join(', ')}) nor fully qualified: the API server refuses the object ("name is neither a standard finalizer name nor is it fully qualified").`,
      `Prefix it with a domain you own and "/", e.g. "example.com/${finalizer}".`);
  }
  return undefined;
}

export const finalizerNames = defineRule({
  id: 'K8S-META-001',
  severity: Severity.ERROR,
  title: 'finalizers are standard or domain-qualified names',
  description: 'Every finalizer is a qualified name, and one without a "/" must be a standard finalizer (kubernetes, orphan, foregroundDeletion): the API server refuses a Service or Ingress with `finalizers: [protect]` ("name is neither a standard finalizer name nor is it fully qualified"), and one with both orphan and foregroundDeletion. (Custom resources get a warning instead, "prefer a domain-qualified finalizer name", since Kubernetes 1.29: not these kinds.)',
  fix: 'Use a domain-qualified finalizer such as "example.com/cleanup".',
  docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/finalizers/',
  kinds: ['Service', 'Ingress'],
  follows: 'ValidateObjectMeta: ValidateFinalizers and ValidateFinalizerName (k8s.io/apimachinery pkg/api/validation/objectmeta.go), then validateKubeFinalizerName with IsStandardFinalizerName (pkg/apis/core/validation/validation.go, pkg/apis/core/helper/helpers.go)',
}, (m) => {
  const finalizers = metadataOf(m).finalizers;
  if (finalizers === undefined) return [];
  if (!Array.isArray(finalizers)) {
    return [violation('metadata.finalizers', `must be a list of strings, got ${show(finalizers)}.`, 'Write the finalizers as a list, e.g. ["example.com/cleanup"].')];
  }
  const out: RuleViolation[] = [];
  finalizers.forEach((finalizer, i) => {
    const found = finalizerViolation(`metadata.finalizers[${i}]`, finalizer);
    if (found) out.push(found);
  });
  if (finalizers.includes(ORPHAN) && finalizers.includes(FOREGROUND_DELETION)) {
    out.push(violation('metadata.finalizers',
      `lists both ${show(ORPHAN)} and ${show(FOREGROUND_DELETION)}: the API server refuses the object ("finalizer orphan and foregroundDeletion cannot be both set").`,
      `Keep one: ${show(FOREGROUND_DELETION)} deletes the dependents first, ${show(ORPHAN)} leaves them.`));
  }
  return out;
});

export const FINALIZER_RULES = [finalizerNames];
