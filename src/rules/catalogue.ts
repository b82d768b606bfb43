import { IRule } from './rule';

/** The rule groups, by id prefix, in the order RULES.md lists them. */
const GROUPS: ReadonlyArray<{ prefix: string; title: string }> = [
  { prefix: 'K8S-META-', title: 'Kubernetes API server: every kind (metadata, and the object as the API server reads it)' },
  { prefix: 'K8S-SVC-', title: 'Kubernetes API server: Service' },
  { prefix: 'K8S-ING-', title: 'Kubernetes API server: Ingress' },
  { prefix: 'CDK8S-', title: 'cdk8s: values the app left unresolved' },
  { prefix: 'AZ-LB-', title: 'Azure load balancer (cloud-provider-azure)' },
  { prefix: 'AZ-PLS-', title: 'Azure Private Link Service (cloud-provider-azure)' },
  { prefix: 'AZ-AGIC-', title: 'Azure Application Gateway Ingress Controller' },
  { prefix: 'AWS-LB-', title: 'AWS: which controller reconciles the Service, and checks common to both controllers' },
  { prefix: 'AWS-NLB-', title: 'AWS Load Balancer Controller: NLB (the pitfalls AWS-NLB-020/021 also judge the in-tree type nlb)' },
  { prefix: 'AWS-ELB-', title: 'AWS in-tree provider: classic ELB and type nlb' },
];

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A link to the file that defines a rule, relative to RULES.md at the repository root. */
function sourceCell(file: string | undefined): string {
  return file === undefined ? '' : `[${file.replace(/^src\/rules\//, '')}](${file})`;
}

/** How verdicts depend on the cluster: the general part, then each rule that says how its own does. */
function clusterSection(rules: readonly IRule[]): string[] {
  const dependent = rules.filter((rule) => rule.dependsOnCluster !== undefined);
  return [
    '## Verdicts that depend on the cluster',
    '',
    'Rules judge for the cluster profile given ([docs/profiles.md](docs/profiles.md)): `ClusterProfile.applyTo()` in an app,',
    '`lint --profile` or `.cdk8s-cloud-lb.yaml`. Without one, they judge for every cluster: a finding that holds on some clusters',
    'only is a **warning** whose `onlyOn` names those clusters, whatever the rule\'s severity. Besides the rules below:',
    '',
    '- every cloud rule runs only where its controller may run: with a profile that names the controllers, the rules of a',
    '  controller that does not run there stay silent (AZ-* without cloud-provider-azure or AGIC, AWS-* on a cluster without an',
    '  AWS controller);',
    '- an AWS Service without `loadBalancerClass` whose annotations include a key only the AWS Load Balancer Controller reads is',
    '  judged for both AWS controllers when the profile does not say whether that controller\'s Service mutator webhook runs',
    '  (AWS-ELB rules for the in-tree provider, AWS-NLB rules for the controller, each finding for its clusters).',
    '',
    '| id | severity | how the verdict depends on the cluster |',
    '| --- | --- | --- |',
    ...dependent.map((rule) => `| ${rule.id} | ${rule.severity} | ${cell(rule.dependsOnCluster!)} |`),
    '',
  ];
}

/**
 * RULES.md, generated from the rule metadata (`npx projen docgen:rules`; a test fails when the file is stale).
 *
 * @param sources the file that defines each rule, by id (scripts/rule-sources.ts reads it from the sources, so that
 * the rules record nothing at runtime); a rule missing from it gets an empty cell
 */
export function renderRulesMarkdown(rules: readonly IRule[], sources: ReadonlyMap<string, string> = new Map()): string {
  const lines: string[] = [
    '# Rules',
    '',
    '<!-- Generated from the rule metadata by `npx projen docgen:rules`. Do not edit. -->',
    '',
    'Every rule runs at synth in the constructs and in `cdk8s-cloud-lb lint` on any YAML. An **error** means the API server or the',
    'cloud controller refuses the object or silently does something else: synth and lint fail. A **warning** is a known pitfall:',
    'accept it on purpose with `acknowledge(ruleId, reason)` on a construct, or the annotation',
    '`acknowledge.cdk8s-cloud-lb.io/<RULE-ID>: "<reason>"` in YAML. The last column is the file under `src/rules` that defines',
    'the rule; [ANNOTATIONS.md](ANNOTATIONS.md) lists, for each annotation a construct writes, the rules that judge it.',
    '',
    ...clusterSection(rules),
  ];
  const known = new Set<IRule>();
  const groups = [...GROUPS, { prefix: '', title: 'Other rules' }];
  for (const group of groups) {
    const members = rules.filter((rule) => !known.has(rule) && rule.id.startsWith(group.prefix));
    if (members.length === 0) continue;
    members.forEach((rule) => known.add(rule));
    lines.push(`## ${group.title}`, '', '| id | severity | rule | why | fix | source |', '| --- | --- | --- | --- | --- | --- |');
    for (const rule of members) {
      const why = rule.follows === undefined ? rule.description : `${rule.description} Follows: ${rule.follows}.`;
      lines.push(`| [${rule.id}](${rule.docs}) | ${rule.severity} | ${cell(rule.title)} | ${cell(why)} | ${cell(rule.fix)} | ${sourceCell(sources.get(rule.id))} |`);
    }
    lines.push('');
  }
  lines.push(`${rules.length} rules.`, '');
  return lines.join('\n');
}
