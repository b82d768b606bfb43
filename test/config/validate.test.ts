import { ConfigError } from '../../src/config/config';
import { parseConfig } from '../../src/config/validate';
import { Severity } from '../../src/rules/rule';

/** The issues of a config text, as "line: message | fix". */
function issues(text: string): string[] {
  try {
    parseConfig(text, 'cfg.yaml');
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return e.issues.map((i) => `${i.line}: ${i.message} | ${i.fix}`);
  }
  return [];
}

describe('parseConfig: a valid file', () => {
  test('the example of docs/cli.md', () => {
    const config = parseConfig([
      '# yaml-language-server: $schema=./node_modules/cdk8s-cloud-lb/schema/cdk8s-cloud-lb.schema.json',
      'profile: eks-1.30+lbc-2.8.1',
      'ignore: [K8S-SVC-024]',
      'overrides:',
      '  - files: ["charts/legacy/**", "*.yaml"]',
      '    ignore: [AWS-LB-017]',
      '    severity: { K8S-SVC-010: warning }',
      'severity:',
      '  AWS-LB-010: error',
      '  K8S-SVC-014: warning',
      '',
    ].join('\n'), 'cfg.yaml');
    expect(config.file).toBe('cfg.yaml');
    expect(config.profile?.text).toBe('eks-1.30+lbc-2.8.1');
    expect(config.profile?.build().name).toBe('eks-1.30+lbc-2.8.1');
    expect(config.ignore).toEqual(['K8S-SVC-024']);
    expect([...config.severity]).toEqual([['AWS-LB-010', Severity.ERROR], ['K8S-SVC-014', Severity.WARNING]]);
    expect(config.overrides).toHaveLength(1);
    expect(config.overrides[0].files.map((g) => g.glob)).toEqual(['charts/legacy/**', '*.yaml']);
    expect(config.overrides[0].ignore).toEqual(['AWS-LB-017']);
    expect([...config.overrides[0].severity]).toEqual([['K8S-SVC-010', Severity.WARNING]]);
  });

  test('an empty file, or only comments, is an empty config', () => {
    for (const text of ['', '# nothing yet\n', '---\n']) {
      expect(parseConfig(text, 'cfg.yaml')).toEqual({ file: 'cfg.yaml', profile: undefined, ignore: [], severity: new Map(), overrides: [] });
    }
  });

  test('profile mappings: eks, aks, custom', () => {
    const eks = parseConfig('profile: { platform: eks, kubernetesVersion: "1.30", awsLoadBalancerController: { version: v2.8.1, serviceMutatorWebhook: true } }\n', 'c');
    expect(eks.profile?.build().name).toBe('eks-1.30');
    expect(eks.profile?.build('1.31').name).toBe('eks-1.31');
    const aks = parseConfig('profile:\n  platform: aks\n  name: prod-aks\n  applicationGatewayIngressController: {}\n', 'c');
    expect(aks.profile?.build().name).toBe('prod-aks');
    const custom = parseConfig([
      'profile:',
      '  platform: custom',
      '  kubernetesVersion: "1.29"',
      '  controllers:',
      '    cloudProviderAws: { version: "1.29" }',
      '    awsLoadBalancerController: { version: "2.7", serviceMutatorWebhook: no }',
      '  nodePortRange: "30000-32767"',
      '  ipFamilies: [IPv4, IPv6]',
      '',
    ].join('\n'), 'c');
    const profile = custom.profile!.build();
    expect(profile.name).toBe('custom-1.29');
    expect(profile.kubernetesVersion).toBe('1.29');
  });
});

describe('parseConfig: every issue with its line and fix', () => {
  test('an unknown key, an unknown rule id, a bad severity', () => {
    expect(issues('profile: eks\nignored: [K8S-SVC-024]\nignore:\n  - K8S-SVC-024\n  - K8S-SVC-999\n  - k8s-svc-014\nseverity:\n  AWS-LB-010: fatal\n  NOPE-1: error\n')).toEqual([
      '2: unknown key "ignored". | Use profile, ignore, overrides, severity (docs/cli.md#the-config-file).',
      '5: ignore[1]: "K8S-SVC-999" is not a rule id. | Use a rule id listed in RULES.md, e.g. K8S-SVC-024.',
      '6: ignore[2]: "k8s-svc-014" is not a rule id. | Write it as "K8S-SVC-014".',
      '8: severity of AWS-LB-010: "fatal" is not a severity. | Write error (raise a warning) or warning (lower an error).',
      '9: severity: "NOPE-1" is not a rule id. | Use a rule id listed in RULES.md, e.g. K8S-SVC-024.',
    ]);
    expect(issues('ignore: [K8S-SVC-025]\n')).toEqual([
      '1: ignore[0]: "K8S-SVC-025" is a retired rule id (cdk8s-cloud-lb explain K8S-SVC-025). | Remove it; AZ-LB-013 and AWS-LB-009 judge what it judged.',
    ]);
  });

  test('a bad profile spec names the part and the syntax', () => {
    const [issue] = issues('\n\nprofile: eks-1.30+agic\n');
    expect(issue).toMatch(/^3: profile: "agic" in profile "eks-1.30\+agic" is not a controller of eks \(lbc\[-<version>\]\[-no-webhook\]\)\. \| Write the profile as <platform>/);
    expect(issues('profile: eks-1.20\n')).toEqual([expect.stringMatching(/^1: .*outside the versions this library judges \(1\.26 to 1\.37\)/)]);
    expect(issues('profile: 3\n')).toEqual([expect.stringMatching(/^1: profile 3 is neither a spec nor a mapping\. \| Write profile: eks-1.30\+lbc-2.8.1/)]);
  });

  test('a bad profile mapping: each field on its line', () => {
    expect(issues([
      'profile:',
      '  platform: eks',
      '  kubernetesVersion: 1.30',
      '  awsLoadBalancerController:',
      '    version: latest',
      '    serviceMutatorWebhook: "yes"',
      '  nodePortRange: "1-2"',
      '  ipFamilies: [IPv5]',
      '',
    ].join('\n'))).toEqual([
      '3: kubernetesVersion: 1.3 is a number, not a string (YAML reads an unquoted 1.30 as the number 1.3). | Quote it: "1.35".',
      '5: awsLoadBalancerController.version: "latest" is not a release version. | Write a release, e.g. "v2.8.1" or "2.8".',
      '6: serviceMutatorWebhook: "yes" is not a boolean. | Write true or false (the Helm value enableServiceMutatorWebhook).',
      '7: the eks profile mapping has no key "nodePortRange". | Use platform, name, kubernetesVersion, awsLoadBalancerController, ipFamilies.',
      '8: ipFamilies ["IPv5"] is not a list of IP families. | Write [IPv4], [IPv6] or [IPv4, IPv6].',
    ]);
    expect(issues('profile: { platform: gke }\n')).toEqual([expect.stringMatching(/^1: platform "gke" is not a platform\. \| Set platform: eks, aks, custom/)]);
    expect(issues('profile: { kubernetesVersion: "1.30" }\n')).toEqual([expect.stringMatching(/^1: the profile mapping has no platform\./)]);
    expect(issues('profile:\n  platform: custom\n  kubernetesVersion: "1.99"\n')).toEqual([expect.stringMatching(/^3: kubernetesVersion: Kubernetes "1.99" is outside .* \| Write a minor version from 1.26 to 1.37/)]);
    expect(issues('profile:\n  platform: custom\n  nodePortRange: "40000-30000"\n')).toEqual([expect.stringMatching(/^3: ClusterProfile: nodePortRange "40000-30000" is not a port range/)]);
    expect(issues('profile:\n  platform: custom\n  controllers:\n    agic: {}\n    cloudProviderAzure: true\n')).toEqual([
      '4: controllers has no key "agic". | Use awsLoadBalancerController, cloudProviderAws, cloudProviderAzure, applicationGatewayIngressController.',
      '5: cloudProviderAzure must be a mapping (version), not true. | Write cloudProviderAzure: {} for any release, or cloudProviderAzure: { version: "v2.8.1" }.',
    ]);
  });

  test('overrides: a glob that is not a string, a glob out of the directory, no files, nothing to change', () => {
    expect(issues([
      'overrides:',
      '  - files: ["charts/**", 42]',
      '    ignore: [AWS-LB-017]',
      '  - files: ["../other/**"]',
      '    severity: { K8S-SVC-014: warning }',
      '  - ignore: [AWS-LB-017]',
      '  - files: "charts/**"',
      '    ignore: [AWS-LB-017]',
      '  - files: [a]',
      '    bogus: 1',
      '  - just a string',
      '',
    ].join('\n'))).toEqual([
      '2: overrides[0].files[1]: 42 is not a path glob. | Write the glob as a string, e.g. "charts/legacy/**" (quote it when it starts with * or contains ": ").',
      '4: overrides[1].files[0]: "../other/**" leaves the directory of the config file, so it matches no file. | Write the glob relative to the directory of the config file, without "..", or put a config file higher up.',
      '6: overrides[2].files must be a non-empty list of path globs. | Write files: ["charts/legacy/**"] (relative to the directory of the config file).',
      '7: overrides[3].files must be a non-empty list of path globs, not "charts/**". | Write files: ["charts/legacy/**"] (relative to the directory of the config file).',
      '9: overrides[4] has neither ignore nor severity: it changes nothing. | Add ignore: [RULE-ID] or severity: { RULE-ID: warning }, or remove the entry.',
      '10: overrides[4] has no key "bogus". | Use files, ignore, severity.',
      '11: overrides[5] must be a mapping with files and ignore or severity, not "just a string". | Write - files: ["charts/legacy/**"]\n    ignore: [AWS-LB-017].',
    ]);
    expect(issues('overrides: {files: [a]}\n')).toEqual([expect.stringMatching(/^1: overrides must be a list/)]);
    expect(issues('overrides:\n  - files: [a]\n    ignore: [NOPE]\n')).toEqual([expect.stringMatching(/^3: overrides\[0\]\.ignore\[0\]: "NOPE" is not a rule id/)]);
  });

  test('ignore and severity of the wrong shape', () => {
    expect(issues('ignore: K8S-SVC-024\nseverity: [K8S-SVC-024]\n')).toEqual([
      '1: ignore must be a list of rule ids, not "K8S-SVC-024". | Write ignore: [K8S-SVC-024, AWS-LB-017].',
      '2: severity must map rule ids to error or warning, not ["K8S-SVC-024"]. | Write severity: { AWS-LB-010: error, K8S-SVC-014: warning }.',
    ]);
  });

  test('YAML that is not one mapping', () => {
    expect(issues('ignore: [a\n')).toEqual([expect.stringMatching(/^1: YAML syntax error: .* \| Correct the YAML syntax\.$/)]);
    expect(issues('- profile: eks\n')).toEqual(['1: the file is not a mapping. | Write keys at the top level: profile, ignore, overrides, severity.']);
    expect(issues('profile: eks\n---\nprofile: aks\n')).toEqual(['1: the file has 2 YAML documents. | Keep one document (remove the --- separators).']);
  });

  test('the error message names the file, each line and the fix', () => {
    expect(() => parseConfig('\nbogus: 1\n', '/repo/.cdk8s-cloud-lb.yaml')).toThrow(
      '/repo/.cdk8s-cloud-lb.yaml:2: unknown key "bogus". Fix: Use profile, ignore, overrides, severity (docs/cli.md#the-config-file).',
    );
  });
});
