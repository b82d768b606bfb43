import { ChangeEffect } from './change';

/** A change found by one check, before the resource and location are attached. */
export interface DetectedChange {
  readonly changeId: string;
  readonly effect: ChangeEffect;
  readonly controller: string;
  readonly path: string;
  readonly oldValue?: unknown;
  readonly newValue?: unknown;
  readonly message: string;
  readonly procedure: string;
  readonly docs: string;
}

/** One kind of disruptive change: a pure function of the old and new manifest of the same object. */
export type ChangeCheck = (before: unknown, after: unknown) => DetectedChange[];
