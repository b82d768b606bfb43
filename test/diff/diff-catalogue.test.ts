import * as fs from 'fs';
import * as path from 'path';
import { ChangeEffect, ManifestDiff } from '../../src';
import { CATALOGUE_BEGIN, CATALOGUE_END, renderChangeTable, withChangeTable } from '../../src/diff/catalogue';
import { CHANGE_CATALOGUE } from '../../src/diff/index';
import { lbService } from '../helpers';

const CLI_MD = path.join(__dirname, '..', '..', 'docs', 'cli.md');
const AWS = 'service.beta.kubernetes.io/aws-load-balancer-';
const AZ = 'service.beta.kubernetes.io/azure-';

const svc = (annotations: { [key: string]: string } = {}, spec: any = {}, name = 'web'): any =>
  lbService({ metadata: { name, annotations }, spec });
const lbc = (annotations: { [key: string]: string } = {}) => svc({ [`${AWS}type`]: 'external', [`${AWS}nlb-target-type`]: 'ip', ...annotations });
const ccmNlb = (annotations: { [key: string]: string } = {}, spec: any = {}) => svc({ [`${AWS}type`]: 'nlb', ...annotations }, spec);
const internal = (annotations: { [key: string]: string } = {}, spec: any = {}) => svc({ [`${AZ}load-balancer-internal`]: 'true', ...annotations }, spec);
const publicLb = (annotations: { [key: string]: string } = {}) => svc({ [`${AZ}dns-label-name`]: 'shop', ...annotations });
const ingress = (annotations: { [key: string]: string } = {}, spec: any = {}) => ({
  apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'shop', annotations }, spec: { rules: [], ...spec },
});
const tls = { [`${AWS}ssl-cert`]: 'arn:aws:acm:eu-west-1:1:certificate/x', [`${AWS}ssl-ports`]: '443' };
const pls = { [`${AZ}pls-create`]: 'true', [`${AZ}pls-name`]: 'web-pls' };

/** For every kind of change, one pair of manifest sets (old, new) that shows it: the catalogue lists nothing unreachable. */
const SCENARIOS: { [id: string]: [any[], any[]] } = {
  'DIFF-K8S-TYPE': [[svc()], [svc({}, { type: 'ClusterIP' })]],
  'DIFF-K8S-CLASS': [[svc({}, { loadBalancerClass: 'service.k8s.aws/nlb' })], [svc({}, { loadBalancerClass: 'example.com/lb' })]],
  'DIFF-K8S-REMOVED': [[svc()], []],
  'DIFF-K8S-RENAMED': [[svc({}, {}, 'web')], [svc({}, {}, 'web-v2')]],
  'DIFF-AWS-CONTROLLER': [[ccmNlb()], [lbc()]],
  'DIFF-AWS-SCHEME': [[lbc({ [`${AWS}scheme`]: 'internal' })], [lbc({ [`${AWS}scheme`]: 'internet-facing' })]],
  'DIFF-AWS-CCM-SCHEME': [[svc()], [svc({ [`${AWS}internal`]: 'true' })]],
  'DIFF-AWS-CCM-SUBNETS': [[ccmNlb({ [`${AWS}subnets`]: 'subnet-a' })], [ccmNlb({ [`${AWS}subnets`]: 'subnet-b' })]],
  'DIFF-AWS-ADDRESSES': [[lbc({ [`${AWS}private-ipv4-addresses`]: '10.0.0.5' })], [lbc({ [`${AWS}private-ipv4-addresses`]: '10.0.0.6' })]],
  'DIFF-AWS-TARGET-TYPE': [[lbc()], [lbc({ [`${AWS}nlb-target-type`]: 'instance' })]],
  'DIFF-AWS-TG-PROTOCOL': [[ccmNlb(tls, { ports: [{ port: 443 }] })], [ccmNlb({ ...tls, [`${AWS}backend-protocol`]: 'ssl' }, { ports: [{ port: 443 }] })]],
  'DIFF-AWS-CCM-HEALTHCHECK': [[ccmNlb()], [ccmNlb({ [`${AWS}healthcheck-protocol`]: 'HTTP' })]],
  'DIFF-AWS-CCM-NODEPORT': [[ccmNlb({}, { ports: [{ port: 80, nodePort: 30080 }] })], [ccmNlb({}, { ports: [{ port: 80, nodePort: 30081 }] })]],
  'DIFF-AZ-INTERNAL': [[internal()], [publicLb()]],
  'DIFF-AZ-SUBNET': [[internal({ [`${AZ}load-balancer-internal-subnet`]: 'a' })], [internal({ [`${AZ}load-balancer-internal-subnet`]: 'b' })]],
  'DIFF-AZ-PIP': [[publicLb({ [`${AZ}pip-name`]: 'a' })], [publicLb({ [`${AZ}pip-name`]: 'b' })]],
  'DIFF-AZ-PIP-IP-TAGS': [[publicLb()], [publicLb({ [`${AZ}pip-ip-tags`]: 'RoutingPreference=Internet' })]],
  'DIFF-AZ-IP': [[internal({ [`${AZ}load-balancer-ipv4`]: '10.0.0.10' })], [internal({ [`${AZ}load-balancer-ipv4`]: '10.0.0.11' })]],
  'DIFF-AZ-LB-CONFIG': [[internal({ [`${AZ}load-balancer-configurations`]: 'lb1' })], [internal({ [`${AZ}load-balancer-configurations`]: 'lb2' })]],
  'DIFF-AZ-PLS-DELETED': [[internal(pls, { loadBalancerIP: '10.0.0.10' })], [internal(pls, { loadBalancerIP: '10.0.0.11' })]],
  'DIFF-AZ-PLS': [[internal(pls)], [internal({ ...pls, [`${AZ}pls-name`]: 'other-pls' })]],
  'DIFF-ING-CLASS': [[ingress({}, { ingressClassName: 'nginx' })], [ingress({}, { ingressClassName: 'azure-application-gateway' })]],
  'DIFF-AGIC-PRIVATE-IP': [[ingress()], [ingress({ 'appgw.ingress.kubernetes.io/use-private-ip': 'true' })]],
  'DIFF-ALB-SCHEME': [[ingress()], [ingress({ 'alb.ingress.kubernetes.io/scheme': 'internet-facing' })]],
  'DIFF-ALB-GROUP': [[ingress()], [ingress({ 'alb.ingress.kubernetes.io/group.name': 'shared' })]],
};

describe('the catalogue of DIFF changes', () => {
  test('docs/cli.md has the table of the checks\' metadata (run `npx projen docgen:diff`)', () => {
    const committed = fs.readFileSync(CLI_MD, 'utf-8');
    expect(committed).toBe(withChangeTable(committed, CHANGE_CATALOGUE));
  });

  test('ids are unique and say their area', () => {
    const ids = CHANGE_CATALOGUE.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^DIFF-(K8S|AWS|AZ|ING|AGIC|ALB)(-[A-Z0-9]+)+$/);
  });

  test('every scenario names a catalogued change', () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual(CHANGE_CATALOGUE.map((c) => c.id).sort());
  });

  test.each(CHANGE_CATALOGUE.map((meta) => [meta.id, meta]))('%s is reported with the effect, controller and docs it declares', (id, meta) => {
    const [before, after] = SCENARIOS[id];
    const found = ManifestDiff.diffManifests(before, after).filter((c) => c.changeId === id);
    expect(found).not.toEqual([]);
    for (const change of found) {
      expect(change.effect).toBe(meta.effect);
      // A change of several controllers names the one that reconciles this object.
      expect(meta.controller.split(', ')).toContain(change.controller);
      expect(change.docs).toMatch(/^https:\/\//);
    }
  });
});

describe('rendering the table', () => {
  const meta = { id: 'DIFF-AZ-X', effect: ChangeEffect.REJECTED, controller: 'a | b', title: '`x`\nthen y', docs: 'https://example.com/x' };

  test('one row per change: the id links its docs, cells are escaped and on one line, the effect is in words', () => {
    expect(renderChangeTable([meta])).toBe([
      '| change id | controller | change | effect |',
      '|---|---|---|---|',
      '| [DIFF-AZ-X](https://example.com/x) | a \\| b | `x` then y | refused, needs re-creation |',
      '',
      '1 kind of change.',
    ].join('\n'));
  });

  test('only the region between the markers is replaced', () => {
    const doc = `intro\n${CATALOGUE_BEGIN}\nstale table\n${CATALOGUE_END}\noutro\n`;
    expect(withChangeTable(doc, [meta])).toBe(`intro\n${CATALOGUE_BEGIN}\n${renderChangeTable([meta])}\n${CATALOGUE_END}\noutro\n`);
  });

  test('missing, reversed or repeated markers are an error, not a silently unchanged file', () => {
    expect(() => withChangeTable('no markers', [meta])).toThrow(/expected one/);
    expect(() => withChangeTable(`${CATALOGUE_END}\n${CATALOGUE_BEGIN}`, [meta])).toThrow(/expected one/);
    expect(() => withChangeTable(`${CATALOGUE_BEGIN}\n${CATALOGUE_BEGIN}\n${CATALOGUE_END}`, [meta])).toThrow(/expected one/);
  });
});
