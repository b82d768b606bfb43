import { defineRule, violation } from '../define';
import { holdsCdkToken, isObject, mayHoldCdkToken, show } from '../manifest';
import { IRule, RuleViolation, Severity } from '../rule';

/** At most this many findings per object: one unresolved token usually comes with several more. */
const MAX_FINDINGS = 5;

/** A path segment as the linter's locator reads it: dots for plain field names, brackets for any other key. */
function segment(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? `.${key}` : `[${key}]`;
}

/** The paths of the string values that hold a token, in document order; each object or list is visited once. */
function tokenPaths(manifest: unknown): Array<{ path: string; value: string }> {
  const found: Array<{ path: string; value: string }> = [];
  // The quick pass every Service pays (Rules.check makes it together with the null check); the paths are built only
  // when it may have found one.
  if (!mayHoldCdkToken(manifest)) return found;
  const seen = new Set<object>();
  const visit = (value: unknown, path: string): void => {
    if (found.length >= MAX_FINDINGS) return;
    if (typeof value === 'string') {
      if (holdsCdkToken(value)) found.push({ path: path.replace(/^\./, ''), value });
      return;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${path}[${i}]`));
    else for (const key of Object.keys(value)) visit((value as { [key: string]: unknown })[key], `${path}${segment(key)}`);
  };
  if (isObject(manifest)) for (const key of Object.keys(manifest)) visit(manifest[key], segment(key));
  return found;
}

export const unresolvedCdkToken = defineRule({
  id: 'CDK8S-001',
  severity: Severity.ERROR,
  title: 'no unresolved AWS CDK token',
  description: 'A value such as ${Token[TOKEN.123]} is an AWS CDK token that was never resolved: the app has no resolver for it (the cdk8s AWS CDK '
    + 'resolver, @cdk8s/awscdk-resolver), so the placeholder itself reaches the manifest. The API server accepts it as any string; the cloud '
    + 'controller then looks for a subnet, certificate or security group of that name and fails, or silently ignores it.',
  fix: 'Add the AWS CDK resolver to the cdk8s app (new App({ resolvers: [new AwsCdkResolver()] })), or pass the value itself.',
  docs: 'https://cdk8s.io/docs/latest/basics/app/#resolvers',
  kinds: ['Service', 'Ingress'],
}, (m) => tokenPaths(m).map(({ path, value }): RuleViolation => violation(path,
  `${show(value)} holds an unresolved AWS CDK token: the placeholder, not the value, would reach the cloud controller.`,
  'Add the AWS CDK resolver to the cdk8s app (new App({ resolvers: [new AwsCdkResolver()] })), or pass the value itself.')));

/** Rules about the manifest as cdk8s writes it, whatever the cloud. */
export const GENERAL_RULES: IRule[] = [unresolvedCdkToken];
