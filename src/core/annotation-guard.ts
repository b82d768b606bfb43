import { LoadBalancerScheme } from './enums';
import { show } from '../rules/manifest';

/**
 * A choice a construct makes through annotations, such as internal or internet-facing, held against the user's own
 * annotations. The construct writes its choice whether the user set the prop or took the default, and a user
 * annotation that the controller reads as another choice fails synth naming the prop to set instead. Without it, a
 * hand-written `aws-load-balancer-scheme: internet-facing` would silently turn the library's internal default public.
 * Internal to the package (its members are functions, which jsii cannot carry).
 */
export interface AnnotationGuard {
  /** The prop that makes the choice, in the construct user's words, e.g. `scheme`. */
  readonly prop: string;
  /** The choice, as a value of the prop's type, e.g. `LoadBalancerScheme.INTERNAL`. */
  readonly choice: string;
  /** Whether the choice is the construct's default (the prop was not set). */
  readonly byDefault: boolean;
  /** Every key the controller reads for this choice: the one the construct writes, and older or shorter forms. */
  readonly keys: readonly string[];
  /**
   * The choice a user's value of one of `keys` makes, as the controller reads it, in the prop's type; undefined for
   * a value the controller does not read as a choice.
   */
  readonly choiceOf: (key: string, value: string) => string | undefined;
  /** What to write instead of the annotation to get `wanted` (undefined: the annotation chose nothing). */
  readonly instead: (wanted: string | undefined) => string;
}

/** The keys of user annotations that a guard covers and whose value agrees with the construct's choice. */
export function agrees(guard: AnnotationGuard, key: string, value: string): boolean {
  return guard.choiceOf(key, value) === guard.choice;
}

/**
 * One sentence per user annotation that contradicts a guarded choice.
 *
 * @param user the user's annotations (resolved)
 * @param userSource where the user wrote a key
 */
export function guardConflicts(
  guards: readonly AnnotationGuard[],
  user: { [key: string]: string },
  userSource: (key: string) => string,
): string[] {
  const conflicts: string[] = [];
  for (const guard of guards) {
    for (const key of guard.keys) {
      if (!Object.prototype.hasOwnProperty.call(user, key)) continue;
      const value = user[key];
      if (agrees(guard, key, value)) continue;
      const wanted = guard.choiceOf(key, value);
      const reading = wanted === undefined ? 'which the controller does not read as a choice of' : `which asks for ${guard.prop}: ${wanted}, while`;
      const ours = `${guard.prop} is ${guard.choice}${guard.byDefault ? ' (the default)' : ''}`;
      conflicts.push(`annotation ${key} is set to ${show(value)} by ${userSource(key)}, ${wanted === undefined ? `${reading} ${guard.prop}; ${ours}` : `${reading} ${ours}`}. `
        + `Remove the annotation from ${userSource(key)}; ${guard.instead(wanted)}`);
    }
  }
  return conflicts;
}

/** The guard of a choice made by a prop whose type is an enum: its choices are written `Enum.MEMBER`. */
export function enumGuard(options: {
  readonly prop: string;
  readonly enumName: string;
  readonly members: { [member: string]: string };
  /** The chosen enum value (the annotation value). */
  readonly value: string;
  readonly byDefault: boolean;
  readonly keys: readonly string[];
  /** The enum value a user's annotation value means to the controller, or undefined. */
  readonly read: (key: string, value: string) => string | undefined;
  /** How to ask for a choice, when setting the prop is not the way (a construct without the prop). */
  readonly instead?: (wanted: string | undefined) => string;
}): AnnotationGuard {
  const spell = (value: string | undefined) => {
    if (value === undefined) return undefined;
    const member = Object.keys(options.members).find((name) => options.members[name] === value);
    return member === undefined ? undefined : `${options.enumName}.${member}`;
  };
  return {
    prop: options.prop,
    choice: spell(options.value) ?? show(options.value),
    byDefault: options.byDefault,
    keys: options.keys,
    choiceOf: (key, value) => spell(options.read(key, value)),
    instead: options.instead ?? ((wanted) => (wanted === undefined
      ? `the prop ${options.prop} makes this choice.`
      : `to get it, set the prop ${options.prop}: ${wanted}.`)),
  };
}

/**
 * The guard of the scheme: the `scheme` prop, internal when it is not set.
 *
 * @param scheme the prop as the user gave it
 * @param keys the keys the controller reads for the scheme
 * @param read the scheme (`internal`, `internet-facing`) a user's value of a key asks the controller for
 */
export function schemeGuard(
  scheme: LoadBalancerScheme | undefined,
  keys: readonly string[],
  read: (key: string, value: string) => string | undefined,
  instead?: (wanted: string | undefined) => string,
): AnnotationGuard {
  return enumGuard({
    prop: 'scheme',
    enumName: 'LoadBalancerScheme',
    members: LoadBalancerScheme,
    value: scheme ?? LoadBalancerScheme.INTERNAL,
    byDefault: scheme === undefined,
    keys,
    read,
    instead,
  });
}
