import * as path from 'path';
import { Linter, Severity } from '../../src';
import { formatLintJson, formatLintText, PLAIN } from '../../src/cli/format';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'lint');
const HELM = path.join(FIXTURES, 'helm-release.yaml');

describe('Linter', () => {
  test('judges only LoadBalancer Services and Ingresses of a Helm-style file, with file and line', () => {
    const report = Linter.lintFiles([HELM]);
    expect(report.problems).toEqual([]);
    expect(report.documentCount).toBe(7);
    expect(report.judgedCount).toBe(3); // shop-web, shop-admin, the Ingress; not the ClusterIP Service with protocol HTTP
    expect(report.findings.map((f) => [f.resource.name, f.ruleId, f.path, f.line])).toEqual([
      ['shop-web', 'K8S-SVC-014', 'spec.ports[0].nodePort', 64],
      ['shop-admin', 'K8S-SVC-010', 'spec.ports[0].name', 78],
      ['shop-admin', 'K8S-SVC-010', 'spec.ports[1].name', 80],
      ['shop-admin', 'K8S-SVC-011', 'spec.ports[1]', 80],
      ['shop-admin', 'K8S-SVC-012', 'spec.ports[0].targetPort', 79],
      // The Helm chart still writes the class annotation, which the API server warns about.
      ['shop', 'K8S-ING-010', 'metadata.annotations[kubernetes.io/ingress.class]', 90],
    ]);
    expect(report.findings.every((f) => f.file === HELM)).toBe(true);
  });

  test('a warning acknowledged in the manifest carries the reason', () => {
    const [nodePort] = Linter.lintFiles([HELM]).findings;
    expect(nodePort).toMatchObject({ severity: Severity.WARNING, acknowledgedReason: 'our clusters use --service-node-port-range=80-32767' });
  });

  test('an error cannot be acknowledged', () => {
    const yaml = `kind: Service
metadata:
  name: web
  annotations:
    acknowledge.cdk8s-cloud-lb.io/K8S-SVC-009: "we know"
spec:
  type: LoadBalancer
  selector: {app: web}
  ports: [{name: http, port: 80, protocol: HTTP}]
`;
    const [finding] = Linter.lintYaml(yaml).findings;
    expect(finding).toMatchObject({ ruleId: 'K8S-SVC-009', severity: Severity.ERROR, acknowledgedReason: undefined, line: 9 });
  });

  test('ignore skips rules entirely', () => {
    const report = Linter.lintFiles([HELM], { ignore: ['K8S-SVC-010', 'K8S-SVC-011'] });
    expect(report.findings.map((f) => f.ruleId)).toEqual(['K8S-SVC-014', 'K8S-SVC-012', 'K8S-ING-010']);
  });

  test('lintYaml names the input with fileName', () => {
    const yaml = 'kind: Service\nmetadata: {name: web}\nspec: {type: LoadBalancer, selector: {a: b}, ports: [{port: 0}]}\n';
    const report = Linter.lintYaml(yaml, { fileName: 'x.yaml' });
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['x.yaml:3 K8S-SVC-008']);
  });
});

describe('formats', () => {
  const report = Linter.lintFiles([HELM, path.join(FIXTURES, 'broken.yaml')]);

  test('text groups findings by resource, with file:line, severity, rule, path, message and fix', () => {
    const text = formatLintText(report, PLAIN);
    expect(text).toContain(`${path.join(FIXTURES, 'broken.yaml')}:15  unreadable  YAML syntax error`);
    expect(text).toContain(`Service shop/shop-admin\n  ${HELM}:78  error    K8S-SVC-010  spec.ports[0].name: port 8443 has no name`);
    expect(text).toContain('      fix: Give every port a unique name, e.g. "http".');
    expect(text).toContain(`  ${HELM}:64  accepted  K8S-SVC-014`);
    expect(text).toContain('      acknowledged: our clusters use --service-node-port-range=80-32767');
    expect(text.trimEnd().split('\n').pop())
      .toBe('5 Services/Ingresses judged, 4 with findings: 5 errors, 3 warnings, 1 acknowledged (9 documents read); 1 unreadable document');
    // One set across both files: the Services of broken.yaml select none of the workloads of the Helm release.
    expect(text).toContain(`${path.join(FIXTURES, 'broken.yaml')}:7  warning  K8S-SVC-034  spec.selector: {"app":"first"} selects no workload of the set`);
    expect(text).not.toContain('\u001b[');
  });

  test('JSON is an array of findings, unreadable documents included as LINT-INPUT', () => {
    const json = JSON.parse(formatLintJson(report));
    expect(json[0]).toMatchObject({ ruleId: 'LINT-INPUT', severity: 'error', file: path.join(FIXTURES, 'broken.yaml'), line: 15, resource: null });
    expect(json[1]).toEqual({
      ruleId: 'K8S-SVC-014',
      severity: 'warning',
      file: HELM,
      line: 64,
      resource: { kind: 'Service', name: 'shop-web', namespace: 'shop' },
      path: 'spec.ports[0].nodePort',
      message: expect.stringContaining('8080 is outside the default node port range, 30000-32767: the API server refuses it'),
      fix: expect.any(String),
      docs: expect.stringMatching(/^https:/),
      acknowledgedReason: 'our clusters use --service-node-port-range=80-32767',
      // A warning because no node port range is declared: it holds on the clusters with the default range.
      onlyOn: 'clusters with the default --service-node-port-range 30000-32767 (EKS and AKS among them)',
    });
    expect(json).toHaveLength(10); // with K8S-ING-010 on the Helm chart's class annotation, K8S-SVC-034 on broken.yaml's two Services
  });
});
