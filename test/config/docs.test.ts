import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { ConfigError } from '../../src/config/config';
import { parseConfig } from '../../src/config/validate';
import { parseYamlDocument } from '../../src/yaml/yaml';

const ROOT = path.join(__dirname, '..', '..');
const CLI_MD = fs.readFileSync(path.join(ROOT, 'docs', 'cli.md'), 'utf8');

/** The first ```yaml block after a heading of docs/cli.md. */
function yamlBlockAfter(heading: string): string {
  const start = CLI_MD.indexOf(`\n${heading}\n`);
  expect(start).toBeGreaterThan(0);
  const match = /```yaml\n([\s\S]*?)```/.exec(CLI_MD.slice(start));
  return match![1];
}

describe('docs/cli.md: the config file', () => {
  test('the full example is valid for the loader and the schema, with every commented profile mapping too', () => {
    const example = yamlBlockAfter('## The config file');
    const config = parseConfig(example, '.cdk8s-cloud-lb.yaml');
    expect(config.profile?.build().name).toBe('eks-1.30+lbc-2.8.1');
    expect(config.overrides).toHaveLength(2);
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'cdk8s-cloud-lb.schema.json'), 'utf8'));
    const validate = new Ajv().compile(schema);
    expect(validate(parseYamlDocument(example))).toBe(true);
    // Each commented-out `# profile:` mapping, uncommented in place of the spec.
    const mappings = example.split(/\n(?=# profile:\n)/).slice(1).map((part) => part.split('\n').filter((l) => l.startsWith('#')).map((l) => l.replace(/^# ?/, '')).join('\n'));
    expect(mappings).toHaveLength(3);
    for (const mapping of mappings) {
      const text = `${mapping.split('\n').filter((l) => l === 'profile:' || l.startsWith('  ')).join('\n')}\n`;
      expect(parseConfig(text, 'c').profile).toBeDefined();
      expect(validate(parseYamlDocument(text))).toBe(true);
    }
  });

  test('the error example is what the loader says of test/fixtures/config/broken.yaml', () => {
    let message = '';
    try {
      parseConfig(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'config', 'broken.yaml'), 'utf8'), 'test/fixtures/config/broken.yaml');
    } catch (e) {
      message = (e as ConfigError).message;
    }
    expect(message.split('\n')).toHaveLength(3);
    expect(CLI_MD).toContain(`lint: the config file cannot be used:\n${message}\nexit code: 2\n`);
  });
});
