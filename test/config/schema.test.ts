import * as fs from 'fs';
import * as path from 'path';
// ajv 6 (draft-07, the draft editors' YAML plugins read) comes with eslint; no dependency is added for this test.
import Ajv from 'ajv';
import { ConfigError } from '../../src/config/config';
import { configSchemaText } from '../../src/config/schema';
import { parseConfig } from '../../src/config/validate';
import { Rules } from '../../src/rules/registry';
import { parseYamlDocument } from '../../src/yaml/yaml';

const SCHEMA_FILE = path.join(__dirname, '..', '..', 'schema', 'cdk8s-cloud-lb.schema.json');

describe('the JSON Schema of the config file', () => {
  test('the committed schema is up to date (regenerate: npx ts-node --project tsconfig.dev.json scripts/config-schema.ts)', () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(configSchemaText(Rules.all().map((r) => r.id)));
  });

  test('its rule ids are every rule of Rules.all()', () => {
    const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    expect(schema.definitions.ruleId.enum).toEqual(Rules.all().map((r) => r.id));
  });

  const validate = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')));
  const loaderAccepts = (text: string) => {
    try {
      parseConfig(text, 'c');
      return true;
    } catch (e) {
      if (e instanceof ConfigError) return false;
      throw e;
    }
  };
  const schemaAccepts = (text: string) => validate(parseYamlDocument(text) ?? null) === true;

  const VALID = [
    '',
    'profile: eks-1.30+lbc-2.8.1\n',
    'profile: " aks-1.29 + agic "\n',
    'profile: eks+lbc-no-webhook\nignore: [K8S-SVC-024]\n',
    'profile: { platform: eks, kubernetesVersion: "1.30", awsLoadBalancerController: { version: v2.8.1, serviceMutatorWebhook: true } }\n',
    'profile: { platform: aks, name: prod, applicationGatewayIngressController: {}, ipFamilies: [IPv4] }\n',
    'profile:\n  platform: custom\n  kubernetesVersion: v1.33.2-eks-1a2b\n  controllers: { cloudProviderAzure: { version: "1.33" } }\n  nodePortRange: "80-32767"\n',
    'ignore: [K8S-SVC-024]\noverrides:\n  - files: ["charts/legacy/**"]\n    ignore: [AWS-LB-017]\nseverity:\n  AWS-LB-010: error\n  K8S-SVC-014: warning\n',
    'overrides:\n  - files: ["*.yaml", "./a/?/b/"]\n    severity: { K8S-SVC-024: error }\n',
  ];
  const INVALID = [
    'bogus: 1\n',
    'profile: gke\n',
    'profile: eks+agic\n',
    'profile: aks+lbc\n',
    'profile: eks-1.25\n',
    'profile: eks-1.38\n',
    'profile: 3\n',
    'profile: { platform: gke }\n',
    'profile: { kubernetesVersion: "1.30" }\n',
    'profile: { platform: eks, kubernetesVersion: 1.30 }\n',
    'profile: { platform: eks, kubernetesVersion: "1.99" }\n',
    'profile: { platform: eks, nodePortRange: "30000-32767" }\n',
    'profile: { platform: eks, awsLoadBalancerController: { version: latest } }\n',
    'profile: { platform: eks, awsLoadBalancerController: { serviceMutatorWebhook: "yes" } }\n',
    'profile: { platform: aks, applicationGatewayIngressController: { serviceMutatorWebhook: true } }\n',
    'profile: { platform: custom, controllers: { agic: {} } }\n',
    'profile: { platform: custom, ipFamilies: [IPv4, IPv4] }\n',
    'profile: { platform: custom, ipFamilies: [] }\n',
    'ignore: K8S-SVC-024\n',
    'ignore: [K8S-SVC-999]\n',
    'ignore: [k8s-svc-024]\n',
    'severity: { AWS-LB-010: fatal }\n',
    'severity: { NOPE: error }\n',
    'overrides: { files: [a], ignore: [K8S-SVC-024] }\n',
    'overrides:\n  - files: [a, 3]\n    ignore: [K8S-SVC-024]\n',
    'overrides:\n  - files: ["../a/**"]\n    ignore: [K8S-SVC-024]\n',
    'overrides:\n  - files: []\n    ignore: [K8S-SVC-024]\n',
    'overrides:\n  - files: "a/**"\n    ignore: [K8S-SVC-024]\n',
    'overrides:\n  - ignore: [K8S-SVC-024]\n',
    'overrides:\n  - files: [a]\n',
    'overrides:\n  - files: [a]\n    ignore: [K8S-SVC-024]\n    other: 1\n',
    '- a\n',
  ];

  test.each(VALID)('both accept %j', (text) => {
    expect(loaderAccepts(text)).toBe(true);
    expect(schemaAccepts(text)).toBe(true);
  });

  test.each(INVALID)('both refuse %j', (text) => {
    expect(loaderAccepts(text)).toBe(false);
    expect(schemaAccepts(text)).toBe(false);
  });
});
