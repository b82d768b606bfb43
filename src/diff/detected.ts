import { ChangeEffect } from './change';

/**
 * What the catalogue says of one kind of change. It lives with the check that finds it (defineChange), and the
 * table of docs/cli.md is generated from it (`npx projen docgen:diff`).
 */
export interface ChangeMeta {
  /** Stable id, `DIFF-<AREA>-<WHAT>`. */
  readonly id: string;
  readonly effect: ChangeEffect;
  /** The controller whose behaviour this is, as a finding names it; a change of several controllers lists them. */
  readonly controller: string;
  /** What changes, in Markdown, for the catalogue. */
  readonly title: string;
  /** Where the behaviour is documented (controller source or docs); a finding may name a closer page. */
  readonly docs: string;
}

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

/** What a check finds in one pair of manifests; the id and the effect come from its metadata. */
export interface Found {
  readonly path: string;
  readonly oldValue?: unknown;
  readonly newValue?: unknown;
  readonly message: string;
  readonly procedure: string;
  /** The controller that reconciles this object, when the metadata names several. */
  readonly controller?: string;
  /** A closer page than the metadata's. */
  readonly docs?: string;
}

/** One kind of disruptive change: its metadata, and a pure function of the old and new manifest of one object. */
export interface ChangeCheck {
  readonly meta: ChangeMeta;
  readonly detect: (before: unknown, after: unknown) => DetectedChange[];
}

/** A finding of the change `meta`. */
export function detected(meta: ChangeMeta, found: Found): DetectedChange {
  return {
    changeId: meta.id,
    effect: meta.effect,
    controller: found.controller ?? meta.controller,
    path: found.path,
    oldValue: found.oldValue,
    newValue: found.newValue,
    message: found.message,
    procedure: found.procedure,
    docs: found.docs ?? meta.docs,
  };
}

/** A check whose every finding carries its own id and effect, so that the catalogue cannot disagree with the report. */
export function defineChange(meta: ChangeMeta, find: (before: unknown, after: unknown) => Found[]): ChangeCheck {
  return { meta, detect: (before, after) => find(before, after).map((found) => detected(meta, found)) };
}
