import { lbService } from '../../helpers';
import { expectCompliant, expectViolation } from '../cases';

export const P = 'service.beta.kubernetes.io/aws-load-balancer-';
export const LBC_CLASS = 'service.k8s.aws/nlb';

/** A key of the AWS annotation family. */
export function key(suffix: string): string {
  return P + suffix;
}

function annotations(a: { [suffix: string]: string }): { [key: string]: string } {
  return Object.fromEntries(Object.entries(a).map(([k, v]) => [k.includes('/') ? k : key(k), v]));
}

/** An NLB of the AWS Load Balancer Controller (class), internal and with ip targets unless overridden. */
export function lbcNlb(a: { [suffix: string]: string } = {}, spec: any = {}): any {
  return lbService({
    metadata: { annotations: annotations({ 'scheme': 'internal', 'nlb-target-type': 'ip', ...a }) },
    spec: { loadBalancerClass: LBC_CLASS, ...spec },
  });
}

/** A classic ELB of the in-tree provider, internal unless overridden. */
export function classicElb(a: { [suffix: string]: string } = {}, spec: any = {}): any {
  return lbService({ metadata: { annotations: annotations({ internal: 'true', ...a }) }, spec });
}

/** An NLB of the in-tree provider (`type: nlb`), internal unless overridden. */
export function inTreeNlb(a: { [suffix: string]: string } = {}, spec: any = {}): any {
  return lbService({ metadata: { annotations: annotations({ type: 'nlb', internal: 'true', ...a }) }, spec });
}

export interface RuleCase {
  /** What the case is about. */
  readonly name: string;
  readonly manifest: any;
  /** The path of the (first) violation. */
  readonly path: string;
  /** Texts the message must contain (the bad value, the reason). */
  readonly message: string[];
  /** A text the fix must contain. */
  readonly fix: string;
}

/** Runs the compliant and non-compliant cases of one rule. */
export function describeRule(ruleId: string, compliant: Array<[string, any]>, cases: RuleCase[]): void {
  describe(ruleId, () => {
    test.each(compliant)('compliant: %s', (_name, manifest) => expectCompliant(ruleId, manifest));
    test.each(cases.map((c) => [c.name, c] as [string, RuleCase]))('non-compliant: %s', (_name, c) => {
      expectViolation(ruleId, c.manifest, { path: c.path, message: c.message, fix: [c.fix] });
    });
  });
}

export function annotationPathOf(suffix: string): string {
  return `metadata.annotations[${key(suffix)}]`;
}
