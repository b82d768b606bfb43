import * as fs from 'fs';
import { ruleSourceFiles } from '../../scripts/rule-sources';
import { Rules } from '../../src';

/**
 * RULES.md lists how each verdict depends on the cluster from the rules' `dependsOnCluster`: a rule whose check reads
 * the cluster (its `cluster` argument) must say how, or users could not tell why its finding changes with a profile.
 */
describe('rules that read the cluster say how their verdict depends on it', () => {
  const sources = ruleSourceFiles(Rules.all());
  const definition = (id: string): string => {
    const text = fs.readFileSync(sources.get(id)!, 'utf-8');
    const start = text.indexOf(`id: '${id}'`);
    const next = text.indexOf("id: '", start + 5);
    return start < 0 ? '' : text.slice(start, next < 0 ? undefined : next);
  };
  const readers = Rules.all().filter((rule) => /[(,]\s*cluster\s*\)\s*=>/.test(definition(rule.id)));

  test('the scan finds the rules that read the cluster', () => {
    expect(readers.map((r) => r.id)).toEqual(expect.arrayContaining(['K8S-ING-006', 'K8S-SVC-008', 'AWS-LB-017', 'AZ-LB-017']));
  });

  test.each(readers.map((r) => [r.id, r]))('%s has dependsOnCluster', (_id, rule) => {
    expect(rule.dependsOnCluster?.trim().length ?? 0).toBeGreaterThan(40);
  });
});
