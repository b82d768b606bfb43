import { ChangeEffect, ManifestDiff, Rules } from '../../src';
import { LBC_ONLY_SUFFIXES } from '../../src/aws/model/keys';
import { controllerOf } from '../../src/aws/model/ownership';
import { PortSetting, portKey } from '../../src/azure/model/keys';
import { liveControllerOf } from '../../src/rules/aws/controller';
import { lbService } from '../helpers';

const AWS = 'service.beta.kubernetes.io/aws-load-balancer-';
const AZ = 'service.beta.kubernetes.io/azure-';

/** A LoadBalancer Service with these annotations (and spec fields). */
function svc(annotations: { [key: string]: string } = {}, spec: any = {}, name = 'web'): any {
  return lbService({ metadata: { name, annotations }, spec });
}

/** The changes between two versions of one object: [changeId, effect, path]. */
function changes(before: any, after: any): Array<[string, ChangeEffect, string]> {
  return ManifestDiff.diffManifests([before], [after]).map((c) => [c.changeId, c.effect, c.path]);
}

const lbc = (annotations: { [key: string]: string } = {}, spec: any = {}) =>
  svc({ [`${AWS}type`]: 'external', [`${AWS}nlb-target-type`]: 'ip', ...annotations }, spec);
const ccmNlb = (annotations: { [key: string]: string } = {}, spec: any = {}) => svc({ [`${AWS}type`]: 'nlb', ...annotations }, spec);
const CERT = 'arn:aws:acm:eu-west-1:1:certificate/x';
const ccmClb = (annotations: { [key: string]: string } = {}, spec: any = {}) => svc({ [`${AWS}ssl-cert`]: CERT, ...annotations }, spec);
const ids = (list: Array<[string, ChangeEffect, string]>) => list.map((c) => c[0]);

describe('AWS Load Balancer Controller', () => {
  test('a scheme change replaces the NLB', () => {
    const [change] = ManifestDiff.diffManifests([lbc({ [`${AWS}scheme`]: 'internal' })], [lbc({ [`${AWS}scheme`]: 'internet-facing' })]);
    expect(change).toMatchObject({
      changeId: 'DIFF-AWS-SCHEME',
      effect: ChangeEffect.NEW_LOAD_BALANCER,
      controller: 'AWS Load Balancer Controller',
      path: `metadata.annotations[${AWS}scheme]`,
      oldValue: '"internal"',
      newValue: '"internet-facing"',
      resource: { kind: 'Service', name: 'web', namespace: 'default' },
    });
    expect(change.message).toMatch(/DELETES the NLB before creating the new one/);
    expect(change.procedure).toMatch(/^Create a temporary twin Service \(e\.g\. web-twin\) with the new configuration/);
    expect(change.procedure).toMatch(/move DNS.*to the twin.*apply the change to web.*move DNS back.*delete the twin once .* drained\.$/);
  });

  test('the default scheme is internal; removing the annotation keeps the current scheme', () => {
    expect(changes(lbc(), lbc({ [`${AWS}scheme`]: 'internet-facing' }))).toEqual([
      ['DIFF-AWS-SCHEME', ChangeEffect.NEW_LOAD_BALANCER, `metadata.annotations[${AWS}scheme]`],
    ]);
    expect(changes(lbc({ [`${AWS}scheme`]: 'internet-facing' }), lbc())).toEqual([]);
    expect(changes(lbc(), lbc({ [`${AWS}scheme`]: 'internal' }))).toEqual([]);
  });

  test('the deprecated internal annotation counts as a scheme, and the class selects the controller', () => {
    const withClass = (annotations: any) => svc(annotations, { loadBalancerClass: 'service.k8s.aws/nlb' });
    expect(ids(changes(withClass({ [`${AWS}internal`]: 'true' }), withClass({ [`${AWS}scheme`]: 'internet-facing' })))).toEqual(['DIFF-AWS-SCHEME']);
  });

  test('LBC-only keys without class or type mean the LBC (its webhook set the class on the live object)', () => {
    const before = svc({ [`${AWS}scheme`]: 'internal' });
    const after = svc({ [`${AWS}scheme`]: 'internet-facing' });
    expect(changes(before, after).map((c) => c[0])).toEqual(['DIFF-AWS-SCHEME']);
  });

  test('a plain Service that gains LBC keys was already the LBC\'s (webhook): the scheme change is what replaces it', () => {
    expect(changes(svc(), svc({ [`${AWS}scheme`]: 'internet-facing' })).map((c) => c[0])).toEqual(['DIFF-AWS-SCHEME']);
    expect(changes(svc(), svc({ [`${AWS}scheme`]: 'internal', [`${AWS}nlb-target-type`]: 'ip' })).map((c) => c[0])).toEqual(['DIFF-AWS-TARGET-TYPE']);
  });

  test('a target type change replaces the target groups', () => {
    expect(changes(lbc(), lbc({ [`${AWS}nlb-target-type`]: 'instance' }))).toEqual([
      ['DIFF-AWS-TARGET-TYPE', ChangeEffect.TARGET_GROUP_REPLACED, `metadata.annotations[${AWS}nlb-target-type]`],
    ]);
  });

  test('a TLS backend replaces the target group of the TLS ports only', () => {
    const cert = { [`${AWS}ssl-cert`]: 'arn:aws:acm:eu-west-1:1:certificate/x', [`${AWS}ssl-ports`]: 'https' };
    const ports = { ports: [{ name: 'http', port: 80 }, { name: 'https', port: 443 }] };
    const diff = ManifestDiff.diffManifests([lbc(cert, ports)], [lbc({ ...cert, [`${AWS}backend-protocol`]: 'ssl' }, ports)]);
    expect(diff.map((c) => [c.changeId, c.path, c.oldValue, c.newValue])).toEqual([
      ['DIFF-AWS-TG-PROTOCOL', `metadata.annotations[${AWS}backend-protocol]`, '"443/TCP: TCP"', '"443/TCP: TLS"'],
    ]);
    // Moving TLS to another port replaces both target groups, and names the key that changed.
    const tls = { ...cert, [`${AWS}backend-protocol`]: 'ssl' };
    const moved = ManifestDiff.diffManifests([lbc(tls, ports)], [lbc({ ...tls, [`${AWS}ssl-ports`]: 'http' }, ports)]);
    expect(moved.map((c) => [c.path, c.newValue])).toEqual([
      [`metadata.annotations[${AWS}ssl-ports]`, '"80/TCP: TLS"'],
      [`metadata.annotations[${AWS}ssl-ports]`, '"443/TCP: TCP"'],
    ]);
  });

  test('static addresses are create-only: a change is ignored until the Service is re-created', () => {
    const before = lbc({ [`${AWS}scheme`]: 'internet-facing', [`${AWS}eip-allocations`]: 'eipalloc-1,eipalloc-2' });
    const after = lbc({ [`${AWS}scheme`]: 'internet-facing', [`${AWS}eip-allocations`]: 'eipalloc-1,eipalloc-3' });
    expect(changes(before, after)).toEqual([
      ['DIFF-AWS-ADDRESSES', ChangeEffect.IGNORED_UNTIL_RECREATED, `metadata.annotations[${AWS}eip-allocations]`],
    ]);
    // The same list in another order or with spaces is the same list.
    expect(changes(before, lbc({ [`${AWS}scheme`]: 'internet-facing', [`${AWS}eip-allocations`]: 'eipalloc-2, eipalloc-1' }))).toEqual([]);
  });

  test('in place on the LBC: subnets, health checks, tags, attributes, name', () => {
    const before = lbc({ [`${AWS}subnets`]: 'subnet-a,subnet-b', [`${AWS}healthcheck-protocol`]: 'tcp', [`${AWS}healthcheck-path`]: '/' });
    const after = lbc({
      [`${AWS}subnets`]: 'subnet-a,subnet-c',
      [`${AWS}healthcheck-protocol`]: 'http',
      [`${AWS}healthcheck-path`]: '/healthz',
      [`${AWS}healthcheck-interval`]: '5',
      [`${AWS}additional-resource-tags`]: 'team=shop',
      [`${AWS}attributes`]: 'load_balancing.cross_zone.enabled=true',
      [`${AWS}name`]: 'shop-web',
    });
    expect(changes(before, after)).toEqual([]);
  });
});

describe('in-tree AWS provider', () => {
  test('a type change hands the Service to another controller: a new load balancer', () => {
    expect(changes(ccmNlb(), lbc())).toEqual([['DIFF-AWS-CONTROLLER', ChangeEffect.NEW_LOAD_BALANCER, `metadata.annotations[${AWS}type]`]]);
    expect(ids(changes(ccmClb(), ccmNlb({ [`${AWS}ssl-cert`]: CERT })))).toEqual(['DIFF-AWS-CONTROLLER']);
  });

  test('internal is never synced: the change is ignored until the Service is re-created', () => {
    expect(changes(ccmClb(), ccmClb({ [`${AWS}internal`]: 'true' }))).toEqual([
      ['DIFF-AWS-CCM-SCHEME', ChangeEffect.IGNORED_UNTIL_RECREATED, `metadata.annotations[${AWS}internal]`],
    ]);
    // "false" and absent both mean internet-facing; any other value means internal.
    expect(changes(ccmNlb({ [`${AWS}internal`]: 'false' }), ccmNlb())).toEqual([]);
    expect(changes(ccmNlb({ [`${AWS}internal`]: 'true' }), ccmNlb({ [`${AWS}internal`]: '0.0.0.0/0' }))).toEqual([]);
  });

  test('NLB subnets are never changed; classic ELB subnets are', () => {
    const subnets = (s: string) => ({ [`${AWS}subnets`]: s });
    expect(changes(ccmNlb(subnets('subnet-a')), ccmNlb(subnets('subnet-b')))).toEqual([
      ['DIFF-AWS-CCM-SUBNETS', ChangeEffect.IGNORED_UNTIL_RECREATED, `metadata.annotations[${AWS}subnets]`],
    ]);
    expect(changes(ccmClb(subnets('subnet-a')), ccmClb(subnets('subnet-b')))).toEqual([]);
  });

  test('NLB health-check protocol or interval changes replace the target group', () => {
    expect(changes(ccmNlb(), ccmNlb({ [`${AWS}healthcheck-protocol`]: 'http' }))).toEqual([
      ['DIFF-AWS-CCM-HEALTHCHECK', ChangeEffect.TARGET_GROUP_REPLACED, `metadata.annotations[${AWS}healthcheck-protocol]`],
    ]);
    expect(changes(ccmNlb(), ccmNlb({ [`${AWS}healthcheck-interval`]: '10' }))).toEqual([
      ['DIFF-AWS-CCM-HEALTHCHECK', ChangeEffect.TARGET_GROUP_REPLACED, `metadata.annotations[${AWS}healthcheck-interval]`],
    ]);
    // The default is already TCP every 30 s: writing it out changes nothing.
    expect(changes(ccmNlb(), ccmNlb({ [`${AWS}healthcheck-protocol`]: 'TCP', [`${AWS}healthcheck-interval`]: '30' }))).toEqual([]);
  });

  test('externalTrafficPolicy Cluster→Local flips the default health check (TCP/30 s → HTTP/10 s)', () => {
    expect(changes(ccmNlb(), ccmNlb({}, { externalTrafficPolicy: 'Local' }))).toEqual([
      ['DIFF-AWS-CCM-HEALTHCHECK', ChangeEffect.TARGET_GROUP_REPLACED, 'spec.externalTrafficPolicy'],
      ['DIFF-AWS-CCM-HEALTHCHECK', ChangeEffect.TARGET_GROUP_REPLACED, `metadata.annotations[${AWS}healthcheck-interval]`],
    ]);
  });

  test('a new nodePort replaces the NLB target group', () => {
    const ports = (nodePort: number) => ({ ports: [{ name: 'http', port: 80, nodePort }] });
    expect(changes(ccmNlb({}, ports(30080)), ccmNlb({}, ports(30081)))).toEqual([
      ['DIFF-AWS-CCM-NODEPORT', ChangeEffect.TARGET_GROUP_REPLACED, 'spec.ports[0].nodePort'],
    ]);
  });

  test('harmless: health-check path, thresholds, tags, access logs', () => {
    const after = ccmNlb({
      [`${AWS}healthcheck-path`]: '/ready',
      [`${AWS}healthcheck-healthy-threshold`]: '2',
      [`${AWS}additional-resource-tags`]: 'team=shop',
      [`${AWS}access-log-enabled`]: 'true',
    });
    expect(changes(ccmNlb(), after)).toEqual([]);
  });
});

describe('cloud-provider-azure', () => {
  const internal = (more: any = {}, spec: any = {}) => svc({ [`${AZ}load-balancer-internal`]: 'true', ...more }, spec);
  const publicLb = (more: any = {}, spec: any = {}) => svc({ [`${AZ}dns-label-name`]: 'shop', ...more }, spec);
  const pls = { [`${AZ}pls-create`]: 'true', [`${AZ}pls-name`]: 'web-pls' };

  test('internal↔public re-creates the frontend', () => {
    const [change] = ManifestDiff.diffManifests([internal()], [publicLb()]);
    expect(change).toMatchObject({
      changeId: 'DIFF-AZ-INTERNAL',
      effect: ChangeEffect.NEW_FRONTEND,
      oldValue: '"internal"',
      newValue: '"public"',
      controller: 'cloud-provider-azure',
    });
    // Only exactly "true" is internal: "True" is a public LB to the frontend code.
    expect(changes(internal(), svc({ [`${AZ}load-balancer-internal`]: 'True' })).map((c) => c[0])).toEqual(['DIFF-AZ-INTERNAL']);
  });

  test('a subnet change re-creates the frontend, and deletes a Private Link Service on it with its endpoint connections', () => {
    const subnet = (name: string) => internal({ ...pls, [`${AZ}load-balancer-internal-subnet`]: name });
    const diff = ManifestDiff.diffManifests([subnet('apps')], [subnet('apps2')]);
    expect(diff.map((c) => [c.changeId, c.effect])).toEqual([
      ['DIFF-AZ-SUBNET', ChangeEffect.NEW_FRONTEND],
      ['DIFF-AZ-PLS-DELETED', ChangeEffect.PRIVATE_LINK_SERVICE_DELETED],
    ]);
    expect(diff[1].message).toMatch(/deletes every private endpoint connection and then the PLS/);
    expect(diff[1].procedure).toMatch(/cannot be moved: create a twin Service \(e\.g\. web-twin\) with its own Private Link Service/);
  });

  test('each frontend change deletes the PLS on it: the frontend changes come first, then one PLS deletion for each', () => {
    const before = internal({ ...pls, [`${AZ}load-balancer-internal-subnet`]: 'apps', [`${AZ}load-balancer-ipv4`]: '10.0.0.10' });
    const after = internal({ ...pls, [`${AZ}load-balancer-internal-subnet`]: 'apps2', [`${AZ}load-balancer-ipv4`]: '10.0.1.10' });
    expect(changes(before, after)).toEqual([
      ['DIFF-AZ-SUBNET', ChangeEffect.NEW_FRONTEND, `metadata.annotations[${AZ}load-balancer-internal-subnet]`],
      ['DIFF-AZ-IP', ChangeEffect.NEW_FRONTEND, `metadata.annotations[${AZ}load-balancer-ipv4]`],
      ['DIFF-AZ-PLS-DELETED', ChangeEffect.PRIVATE_LINK_SERVICE_DELETED, `metadata.annotations[${AZ}load-balancer-internal-subnet]`],
      ['DIFF-AZ-PLS-DELETED', ChangeEffect.PRIVATE_LINK_SERVICE_DELETED, `metadata.annotations[${AZ}load-balancer-ipv4]`],
    ]);
    // Turning public stands for every other frontend change: one change, and one PLS deletion.
    expect(ids(changes(before, svc({ ...pls, [`${AZ}load-balancer-ipv4`]: '20.0.0.1' })))).toEqual(['DIFF-AZ-INTERNAL', 'DIFF-AZ-PLS-DELETED']);
  });

  test('a static IP change re-creates the frontend; the annotation wins over spec.loadBalancerIP', () => {
    expect(changes(internal({ [`${AZ}load-balancer-ipv4`]: '10.0.0.10' }), internal({ [`${AZ}load-balancer-ipv4`]: '10.0.0.11' }))).toEqual([
      ['DIFF-AZ-IP', ChangeEffect.NEW_FRONTEND, `metadata.annotations[${AZ}load-balancer-ipv4]`],
    ]);
    expect(changes(internal({}, { loadBalancerIP: '10.0.0.10' }), internal({}, { loadBalancerIP: '10.0.0.12' }))).toEqual([
      ['DIFF-AZ-IP', ChangeEffect.NEW_FRONTEND, 'spec.loadBalancerIP'],
    ]);
    // Moving the same address from the deprecated field to the annotation is harmless.
    expect(changes(internal({}, { loadBalancerIP: '10.0.0.10' }), internal({ [`${AZ}load-balancer-ipv4`]: '10.0.0.10' }))).toEqual([]);
  });

  test('public IP name, prefix and IP tags re-create the frontend address; PIP tags do not', () => {
    expect(changes(publicLb({ [`${AZ}pip-name`]: 'a' }), publicLb({ [`${AZ}pip-name`]: 'b' })).map((c) => c[0])).toEqual(['DIFF-AZ-PIP']);
    const prefix = '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/publicIPPrefixes/p';
    expect(ids(changes(publicLb(), publicLb({ [`${AZ}pip-prefix-id`]: prefix })))).toEqual(['DIFF-AZ-PIP']);
    expect(changes(publicLb(), publicLb({ [`${AZ}pip-ip-tags`]: 'RoutingPreference=Internet' })).map((c) => c[0])).toEqual(['DIFF-AZ-PIP-IP-TAGS']);
    expect(changes(publicLb(), publicLb({ [`${AZ}pip-tags`]: 'team=shop,env=prod' }))).toEqual([]);
    // On an internal LB the public-IP keys are ignored.
    expect(changes(internal({ [`${AZ}pip-name`]: 'a' }), internal({ [`${AZ}pip-name`]: 'b' }))).toEqual([]);
  });

  test('another multi-SLB configuration moves the frontend', () => {
    const config = (name: string) => internal({ [`${AZ}load-balancer-configurations`]: name });
    expect(ids(changes(config('lb1'), config('lb2')))).toEqual(['DIFF-AZ-LB-CONFIG']);
  });

  test('PLS name, resource group and subnet cannot change in place', () => {
    for (const key of ['pls-name', 'pls-resource-group', 'pls-ip-configuration-subnet']) {
      const diff = changes(internal({ ...pls, [`${AZ}${key}`]: 'one' }), internal({ ...pls, [`${AZ}${key}`]: 'two' }));
      expect(diff).toEqual([['DIFF-AZ-PLS', ChangeEffect.PRIVATE_LINK_SERVICE_DELETED, `metadata.annotations[${AZ}${key}]`]]);
    }
  });

  test('harmless: probe path, idle timeout, PLS visibility and approval, tags, removing pls-create', () => {
    const after = internal({
      [`${AZ}pls-create`]: 'true',
      [`${AZ}pls-name`]: 'web-pls',
      [`${AZ}pls-visibility`]: '*',
      [`${AZ}pls-auto-approval`]: '00000000-0000-0000-0000-000000000000',
      [`${AZ}load-balancer-health-probe-request-path`]: '/healthz',
      [`${AZ}load-balancer-tcp-idle-timeout`]: '30',
    });
    expect(changes(internal(pls), after)).toEqual([]);
    expect(changes(internal(pls), internal())).toEqual([]);
  });
});

describe('Kubernetes', () => {
  test('changing loadBalancerClass is refused by the API server', () => {
    const withClass = (loadBalancerClass: string) => svc({}, { loadBalancerClass });
    const [change] = ManifestDiff.diffManifests([withClass('service.k8s.aws/nlb')], [withClass('example.com/lb')]);
    expect(change).toMatchObject({ changeId: 'DIFF-K8S-CLASS', effect: ChangeEffect.REJECTED, path: 'spec.loadBalancerClass' });
    expect(change.message).toMatch(/may not change once set/);
  });

  test('type LoadBalancer → ClusterIP deletes the load balancer', () => {
    expect(changes(svc(), svc({}, { type: 'ClusterIP' }))).toEqual([['DIFF-K8S-TYPE', ChangeEffect.LOAD_BALANCER_DELETED, 'spec.type']]);
  });

  test('a removed Service deletes its load balancer; a rename is recognised by selector and ports', () => {
    const removed = ManifestDiff.diffManifests([svc({}, {}, 'web'), svc({}, { selector: { app: 'api' } }, 'api')], [svc({}, {}, 'web-v2')]);
    expect(removed.map((c) => [c.changeId, c.resource.name, c.newValue])).toEqual([
      ['DIFF-K8S-RENAMED', 'web', '"web-v2"'],
      ['DIFF-K8S-REMOVED', 'api', undefined],
    ]);
    expect(removed[0].message).toMatch(/a rename is a delete and a create/);
  });

  test('objects are matched by kind, namespace and name; ClusterIP Services and other kinds are not reported when removed', () => {
    const other = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'web' } };
    const clusterIp = svc({}, { type: 'ClusterIP' }, 'internal');
    expect(ManifestDiff.diffManifests([other, clusterIp], [])).toEqual([]);
    const inOtherNamespace = lbService({ metadata: { name: 'web', namespace: 'prod' } });
    expect(ManifestDiff.diffManifests([svc()], [inOtherNamespace]).map((c) => c.changeId)).toEqual(['DIFF-K8S-REMOVED']);
  });

  test('an object without a namespace matches the one object of that kind and name with a namespace', () => {
    const withNamespace = lbService({ metadata: { name: 'web', namespace: 'shop', annotations: { [`${AWS}scheme`]: 'internal' } } });
    const without = lbService({ metadata: { name: 'web', annotations: { [`${AWS}scheme`]: 'internet-facing' } } });
    delete without.metadata.namespace;
    expect(ManifestDiff.diffManifests([withNamespace], [without]).map((c) => c.changeId)).toEqual(['DIFF-AWS-SCHEME']);
    // Two candidates: no guess, the namespaced ones are removed.
    const other = lbService({ metadata: { name: 'web', namespace: 'prod' } });
    expect(ManifestDiff.diffManifests([withNamespace, other], [without]).map((c) => c.changeId)).toEqual(['DIFF-K8S-REMOVED', 'DIFF-K8S-REMOVED']);
  });

  test('identical manifests and malformed objects give nothing, and never throw', () => {
    expect(ManifestDiff.diffManifests([svc(), lbc()], [svc(), lbc()])).toEqual([]);
    const weird = {
      kind: 'Service', metadata: { name: 'x', annotations: ['not', 'a', 'map'] }, spec: { type: 'LoadBalancer', ports: 'nope', loadBalancerIP: 42 },
    };
    expect(() => ManifestDiff.diffManifests([weird, null, 42, 'text'], [weird, { kind: 'Service' }])).not.toThrow();
  });
});

describe('Ingress', () => {
  const ingress = (annotations: any = {}, spec: any = {}) => ({
    apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'shop', annotations }, spec: { rules: [], ...spec },
  });

  test('class, AGIC private IP, ALB scheme and group move the routes to another address', () => {
    const withClass = (ingressClassName: string) => ingress({}, { ingressClassName });
    expect(ids(changes(withClass('nginx'), withClass('azure-application-gateway')))).toEqual(['DIFF-ING-CLASS']);
    expect(changes(ingress(), ingress({ 'appgw.ingress.kubernetes.io/use-private-ip': 'true' })).map((c) => c[0])).toEqual(['DIFF-AGIC-PRIVATE-IP']);
    expect(changes(ingress(), ingress({ 'alb.ingress.kubernetes.io/scheme': 'internet-facing' })).map((c) => c[0])).toEqual(['DIFF-ALB-SCHEME']);
    expect(changes(ingress(), ingress({ 'alb.ingress.kubernetes.io/group.name': 'shared' })).map((c) => c[0])).toEqual(['DIFF-ALB-GROUP']);
  });

  test('defaults written out and other annotations are harmless', () => {
    const after = ingress({
      'appgw.ingress.kubernetes.io/use-private-ip': 'false',
      'alb.ingress.kubernetes.io/scheme': 'internal',
      'appgw.ingress.kubernetes.io/health-probe-path': '/healthz',
    });
    expect(changes(ingress(), after)).toEqual([]);
  });

  test('a removed Ingress is reported', () => {
    const [change] = ManifestDiff.diffManifests([ingress()], []);
    expect(change).toMatchObject({ changeId: 'DIFF-K8S-REMOVED', effect: ChangeEffect.LOAD_BALANCER_DELETED });
    expect(change.message).toMatch(/its routes are removed from the ingress controller/);
  });
});

describe('the rules decide who reconciles an object and how a value reads', () => {
  // Each case is a verdict that changed when the diff stopped keeping its own model: before, it decided otherwise.

  test.each([...LBC_ONLY_SUFFIXES.filter((suffix) => suffix !== 'scheme'), 'target-group-attributes.80', 'listener-attributes.TCP-80'])(
    'an LBC-only key (%s) on a Service that names no controller means the LBC (its webhook set the class)', (suffix) => {
      const marked = (internal: string) => svc({ [`${AWS}${suffix}`]: 'x', [`${AWS}internal`]: internal });
      expect(ids(changes(marked('true'), marked('false')))).toEqual(['DIFF-AWS-SCHEME']);
      // The same edit without it is the in-tree provider's, which ignores it.
      expect(ids(changes(svc({ [`${AWS}internal`]: 'true' }), svc({ [`${AWS}internal`]: 'false' })))).toEqual(['DIFF-AWS-CCM-SCHEME']);
    });

  test('the live view differs from the rules\' only for a Service that names no controller and has an LBC-only key', () => {
    const disagreements: string[] = [];
    for (const loadBalancerClass of [undefined, 'service.k8s.aws/nlb', 'example.com/lb']) {
      for (const type of [undefined, '', 'nlb', 'nlb-ip', 'external']) {
        const extras: Array<{ [key: string]: string }> = [{}, { [`${AWS}nlb-target-type`]: 'ip' }, { [`${AWS}quic-enabled-ports`]: '443' }, { [`${AWS}ssl-cert`]: CERT }];
        for (const extra of extras) {
          const m = svc({ ...(type === undefined ? {} : { [`${AWS}type`]: type }), ...extra }, { loadBalancerClass });
          if (liveControllerOf(m) !== controllerOf(m)) disagreements.push(`${loadBalancerClass}/${type}/${Object.keys(extra)}: ${liveControllerOf(m)}`);
        }
      }
    }
    expect(disagreements).toEqual([
      `undefined/undefined/${AWS}nlb-target-type: lbc`,
      `undefined/undefined/${AWS}quic-enabled-ports: lbc`,
    ]);
  });

  test('the rules judge the same Service as written: the in-tree provider\'s, with an LBC key it ignores (AWS-LB-004)', () => {
    const found = Rules.check(svc({ [`${AWS}quic-enabled-ports`]: '443' })).map((f) => [f.ruleId, f.path]);
    expect(found).toContainEqual(['AWS-LB-004', `metadata.annotations[${AWS}quic-enabled-ports]`]);
  });

  test('an internal flag the LBC cannot parse changes no scheme: the reconcile fails, and the lint says so (AWS-LB-015)', () => {
    expect(changes(lbc({ [`${AWS}internal`]: 'true' }), lbc({ [`${AWS}internal`]: 'yes' }))).toEqual([]);
    expect(Rules.check(lbc({ [`${AWS}internal`]: 'yes' })).map((f) => f.ruleId)).toContain('AWS-LB-015');
    // Every spelling of Go's ParseBool counts.
    expect(ids(changes(lbc(), lbc({ [`${AWS}internal`]: 'F' })))).toEqual(['DIFF-AWS-SCHEME']);
    expect(changes(lbc(), lbc({ [`${AWS}internal`]: 'T' }))).toEqual([]);
  });

  test('the in-tree provider reads the type exactly: " nlb" is a classic ELB, so the edit hands the Service to another controller', () => {
    const [change] = ManifestDiff.diffManifests([ccmNlb()], [svc({ [`${AWS}type`]: ' nlb' })]);
    expect(change).toMatchObject({ changeId: 'DIFF-AWS-CONTROLLER', oldValue: '"nlb"', newValue: '" nlb"', controller: 'in-tree AWS provider (classic ELB)' });
  });

  test('the nodePort finding points at the port by its index in spec.ports, malformed entries included', () => {
    const ports = (nodePort: number) => ({ ports: ['junk', { name: 'http', port: 80, nodePort }] });
    expect(changes(ccmNlb({}, ports(30080)), ccmNlb({}, ports(30081)))).toEqual([
      ['DIFF-AWS-CCM-NODEPORT', ChangeEffect.TARGET_GROUP_REPLACED, 'spec.ports[1].nodePort'],
    ]);
  });

  test('a per-port Azure key makes a Service Azure\'s, as it does for the rules', () => {
    const perPort = (loadBalancerIP: string) => svc({ [portKey(80, PortSetting.PROBE_REQUEST_PATH)]: '/healthz' }, { loadBalancerIP });
    expect(changes(perPort('10.0.0.10'), perPort('10.0.0.11'))).toEqual([['DIFF-AZ-IP', ChangeEffect.NEW_FRONTEND, 'spec.loadBalancerIP']]);
    expect(Rules.check(perPort('10.0.0.10')).map((f) => f.ruleId)).toContain('AZ-LB-016'); // spec.loadBalancerIP is replaced by the annotation
  });

  test('AGIC reads use-private-ip with Go\'s ParseBool: "True" and "1" are the private frontend too', () => {
    const ingress = (value: string) => ({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'shop', annotations: { 'appgw.ingress.kubernetes.io/use-private-ip': value } },
      spec: { rules: [] },
    });
    expect(changes(ingress('true'), ingress('True'))).toEqual([]);
    expect(changes(ingress('true'), ingress('1'))).toEqual([]);
    expect(ids(changes(ingress('true'), ingress('yes')))).toEqual(['DIFF-AGIC-PRIVATE-IP']);
  });
});

describe('ManifestDiff.diffYaml and diffFiles', () => {
  test('changes carry the file and the line of the changed field', () => {
    const before = `kind: Service
metadata:
  name: api
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-scheme: internal
spec: {type: LoadBalancer, selector: {app: api}, ports: [{port: 443}]}
`;
    const report = ManifestDiff.diffYaml(before, `# new\n${before.replace('scheme: internal', 'scheme: internet-facing')}`);
    expect(report.problems).toEqual([]);
    expect(report.changes.map((c) => [c.changeId, c.file, c.line])).toEqual([['DIFF-AWS-SCHEME', 'new', 6]]);
  });

  test('broken YAML is a problem, not a crash', () => {
    expect(ManifestDiff.diffYaml('a: [', 'kind: Service').problems).toEqual([expect.stringMatching(/^old:1: YAML syntax error/)]);
  });

  test('the fixture directories: scheme, subnet with PLS and a rename; tags and health-check path are not reported', () => {
    const report = ManifestDiff.diffFiles([`${__dirname}/../fixtures/diff/old`], [`${__dirname}/../fixtures/diff/new`]);
    expect(report.changes.map((c) => `${c.resource.name} ${c.changeId}`)).toEqual([
      'api DIFF-AWS-SCHEME', 'orders DIFF-AZ-SUBNET', 'orders DIFF-AZ-PLS-DELETED', 'legacy DIFF-K8S-RENAMED',
    ]);
  });
});
