import * as fs from 'fs';
import * as path from 'path';
import { App, Chart, Testing } from 'cdk8s';
import { IConstruct } from 'constructs';
import {
  ApplicationGatewayBackend, ApplicationGatewayIngress, AwsNlbService, ClusterProfile, AzureInternalLoadBalancerService, Finding, LintFinding,
  Linter, LoadBalancerScheme, LoadBalancerService, TargetPort,
} from '../src';

/**
 * Round trip: what a construct says about itself (`lint()`, the findings it prints or fails on at synth) is what the
 * linter says about its synthesized YAML. Each construct's findings are matched with the linter's findings on the
 * object of the same kind, namespace and name.
 */

type Judged = LoadBalancerService | ApplicationGatewayIngress;

/** The part of a finding that both sides must agree on (the construct path is known only to the construct). */
function comparable(f: Finding | LintFinding) {
  return { ruleId: f.ruleId, severity: f.severity, path: f.path, message: f.message, fix: f.fix, acknowledgedReason: f.acknowledgedReason };
}

const sortKey = (f: ReturnType<typeof comparable>) => `${f.ruleId} ${f.path} ${f.message}`;
const sorted = (findings: Array<Finding | LintFinding>) => findings.map(comparable).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));

function resourceKey(kind: string, namespace: string | undefined, name: string | undefined): string {
  return `${kind}/${namespace ?? ''}/${name ?? ''}`;
}

function judgedConstructs(app: App): Judged[] {
  return app.node.findAll().filter((c: IConstruct): c is Judged => c instanceof LoadBalancerService || c instanceof ApplicationGatewayIngress);
}

interface RoundTrip {
  /** Per construct resource: the construct's own findings and the linter's. */
  readonly pairs: Array<{ resource: string; own: ReturnType<typeof sorted>; linted: ReturnType<typeof sorted> }>;
  /** Linted findings on resources that no construct owns. */
  readonly unowned: LintFinding[];
  readonly yaml: string;
}

/** Synthesizes an app (warnings printed at synth are silenced), lints its YAML and pairs the findings by resource. */
function roundTrip(app: App): RoundTrip {
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  let yaml: string;
  try {
    yaml = app.synthYaml();
  } finally {
    stderr.mockRestore();
  }
  // The linter judges the YAML for the cluster each construct's chart declares (lint --profile), one run per profile.
  const reports = new Map<ClusterProfile | undefined, Map<string, LintFinding[]>>();
  const findingsFor = (profile: ClusterProfile | undefined): Map<string, LintFinding[]> => {
    let byResource = reports.get(profile);
    if (byResource === undefined) {
      const report = Linter.lintYaml(yaml, { fileName: 'app.k8s.yaml', profile });
      expect(report.problems).toEqual([]);
      byResource = new Map<string, LintFinding[]>();
      for (const f of report.findings) {
        const key = resourceKey(f.resource.kind, f.resource.namespace, f.resource.name);
        byResource.set(key, [...(byResource.get(key) ?? []), f]);
      }
      reports.set(profile, byResource);
    }
    return byResource;
  };
  const owned = new Set<string>();
  const pairs = judgedConstructs(app).map((construct) => {
    const own = construct.lint();
    const object = construct.apiObject;
    const key = resourceKey(object.kind, object.metadata.namespace, object.name);
    const linted = findingsFor(ClusterProfile.of(construct)).get(key) ?? [];
    owned.add(key);
    // Each own finding names the same resource as the linter (kind, namespace, name).
    for (const f of own) expect(resourceKey(f.resource.kind, f.resource.namespace, f.resource.name)).toBe(key);
    return { resource: key, own: sorted(own), linted: sorted(linted) };
  });
  const unowned = [...findingsFor(undefined)].filter(([key]) => !owned.has(key)).flatMap(([, findings]) => findings);
  return { pairs, unowned, yaml };
}

function exampleFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'dist' ? [] : exampleFiles(full);
    return entry.isFile() && entry.name.endsWith('.ts') && entry.name !== 'main.ts' ? [full] : [];
  }).sort();
}

const EXAMPLES = path.join(__dirname, '..', 'examples');
const examples = exampleFiles(EXAMPLES).map((file) => path.relative(EXAMPLES, file));

describe('round trip: the linter on synthesized YAML agrees with each construct\'s lint()', () => {
  test('there are example apps to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
  });

  test.each(examples)('example %s', (file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const example = require(path.join(EXAMPLES, file));
    expect(typeof example.build).toBe('function');
    const app = Testing.app();
    example.build(app);
    const { pairs, unowned } = roundTrip(app);
    expect(pairs.length).toBeGreaterThan(0);
    for (const { resource, own, linted } of pairs) expect({ resource, findings: linted }).toEqual({ resource, findings: own });
    expect(unowned).toEqual([]);
  });

  describe('constructs with warnings on purpose', () => {
    function build(populate: (chart: Chart) => void): RoundTrip {
      const app = Testing.app();
      populate(new Chart(app, 'warnings', { namespace: 'shop' }));
      return roundTrip(app);
    }

    function expectAgreement(trip: RoundTrip): void {
      for (const { resource, own, linted } of trip.pairs) expect({ resource, findings: linted }).toEqual({ resource, findings: own });
      expect(trip.unowned).toEqual([]);
    }

    test('an internet-facing AwsNlbService without loadBalancerSourceRanges (AWS-LB-010)', () => {
      const trip = build((chart) => {
        new AwsNlbService(chart, 'public', {
          metadata: { name: 'public' },
          scheme: LoadBalancerScheme.INTERNET_FACING,
          selectorLabels: { app: 'web' },
          ports: [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }],
        });
      });
      expect(trip.pairs.map((p) => p.own.map((f) => f.ruleId))).toEqual([['AWS-LB-010']]);
      expectAgreement(trip);
    });

    test('a LoadBalancerService without a selector (K8S-SVC-024), and one with a nodePort outside the default range (K8S-SVC-014)', () => {
      const trip = build((chart) => {
        new LoadBalancerService(chart, 'no-selector', {
          metadata: { name: 'no-selector' },
          ports: [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }],
          loadBalancerSourceRanges: ['10.0.0.0/8'],
        });
        new LoadBalancerService(chart, 'node-port', {
          metadata: { name: 'node-port' },
          selectorLabels: { app: 'web' },
          ports: [{ name: 'http', port: 80, targetPort: TargetPort.number(8080), nodePort: 8080 }],
          loadBalancerSourceRanges: ['10.0.0.0/8'],
        });
      });
      expect(trip.pairs.map((p) => [p.resource, p.own.map((f) => f.ruleId)])).toEqual([
        ['Service/shop/no-selector', ['K8S-SVC-024']],
        ['Service/shop/node-port', ['K8S-SVC-014']],
      ]);
      expectAgreement(trip);
    });

    test('an AzureInternalLoadBalancerService with an acknowledged warning and an unacknowledged one', () => {
      const trip = build((chart) => {
        const ilb = new AzureInternalLoadBalancerService(chart, 'ilb', {
          metadata: { name: 'ilb' },
          ports: [{ name: 'http', port: 80, targetPort: TargetPort.number(8080) }],
        });
        ilb.acknowledge('K8S-SVC-024', 'the endpoints are managed by hand');
        ilb.addAnnotation('service.beta.kubernetes.io/azure-load-balancer-no-such-key', 'x');
      });
      const [{ own }] = trip.pairs;
      expect(own.map((f) => [f.ruleId, f.acknowledgedReason])).toEqual([
        ['AZ-LB-028', undefined],
        ['K8S-SVC-024', 'the endpoints are managed by hand'],
      ]);
      expectAgreement(trip);
    });

    test('an ApplicationGatewayIngress with warnings (one acknowledged), in front of a clean Service', () => {
      const trip = build((chart) => {
        const ilb = new AzureInternalLoadBalancerService(chart, 'backend', {
          metadata: { name: 'backend' },
          selectorLabels: { app: 'backend' },
          ports: [{ name: 'https', port: 443, targetPort: TargetPort.number(8443) }],
        });
        const ingress = new ApplicationGatewayIngress(chart, 'ingress', {
          metadata: { name: 'ingress' },
          rules: [{ host: 'shop.contoso.com', path: '/api', backend: ApplicationGatewayBackend.fromService(ilb) }],
        });
        ingress.metadata.addAnnotation('appgw.ingress.kubernetes.io/no-such-key', 'x');
        ingress.acknowledge('AZ-AGIC-017', 'the backend certificate is signed by a public CA');
      });
      expect(trip.pairs.map((p) => [p.resource, p.own.map((f) => [f.ruleId, f.acknowledgedReason])])).toEqual([
        ['Service/shop/backend', []],
        ['Ingress/shop/ingress', [
          ['AZ-AGIC-014', undefined],
          ['AZ-AGIC-017', 'the backend certificate is signed by a public CA'],
          ['AZ-AGIC-019', undefined],
        ]],
      ]);
      expectAgreement(trip);
    });
  });
});
