import { Chart, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import {
  ApplicationGatewayBackend, ApplicationGatewayBackendProtocol, ApplicationGatewayIngress, AwsNlbService, AzureInternalLoadBalancerService,
  AzureLoadBalancerService, LoadBalancerScheme, LoadBalancerService, Rules, Severity, TargetPort,
} from '../../src';
import { SET_RULES } from '../../src/rules/set';

/**
 * Every rule over a set, at synth: an app of constructs (our Services and Ingresses, cdk8s-plus-28 workloads) that
 * breaks it and one that does not (issue #15). An error fails synth naming the construct; a warning is printed with it.
 */

type App = (chart: Chart) => void;

interface SynthCase {
  /** Builds the app that breaks the rule, on the construct at `subject`. */
  readonly noncompliant: App;
  readonly compliant: App;
  /** The construct path the finding is on (under the chart `shop`). */
  readonly subject: string;
  /** A construct path among the related objects of the finding (its "With:"), for the rules that name others. */
  readonly related?: string;
}

function web(chart: Chart, ports: kplus.ContainerPort[] = [{ number: 8080 }], readiness?: kplus.Probe): kplus.Deployment {
  return new kplus.Deployment(chart, 'web', { containers: [{ image: 'web', ports, readiness, securityContext: { ensureNonRoot: false } }] });
}

function agic(chart: Chart, backend: ApplicationGatewayBackend, more: object = {}): ApplicationGatewayIngress {
  return new ApplicationGatewayIngress(chart, 'agic', { rules: [{ host: 'shop.contoso.com', backend }], healthProbe: { path: '/healthz' }, ...more });
}

function ilb(chart: Chart, id: string, props: object = {}): AzureInternalLoadBalancerService {
  return new AzureInternalLoadBalancerService(chart, id, { selectorLabels: { app: id }, ports: [{ name: 'https', port: 443, targetPort: TargetPort.number(8443) }], ...props });
}

const CASES: { [ruleId: string]: SynthCase } = {
  'K8S-SVC-032': {
    noncompliant: (c) => { new LoadBalancerService(c, 'lb', { selector: web(c), ports: [{ name: 'a', port: 80, targetPort: TargetPort.named('http') }] }); },
    compliant: (c) => { new LoadBalancerService(c, 'lb', { selector: web(c, [{ number: 8080, name: 'http' }]), ports: [{ name: 'a', port: 80, targetPort: TargetPort.named('http') }] }); },
    subject: 'lb',
    related: 'web',
  },
  'K8S-SVC-033': {
    noncompliant: (c) => { new LoadBalancerService(c, 'lb', { selector: web(c), ports: [{ name: 'a', port: 80, targetPort: TargetPort.number(9090) }] }); },
    compliant: (c) => { new LoadBalancerService(c, 'lb', { selector: web(c), ports: [{ name: 'a', port: 80, targetPort: TargetPort.number(8080) }] }); },
    subject: 'lb',
    related: 'web',
  },
  'K8S-SVC-034': {
    noncompliant: (c) => { web(c); new LoadBalancerService(c, 'lb', { selectorLabels: { app: 'website' }, ports: [{ name: 'a', port: 80, targetPort: TargetPort.number(8080) }] }); },
    compliant: (c) => { new LoadBalancerService(c, 'lb', { selector: web(c), ports: [{ name: 'a', port: 80, targetPort: TargetPort.number(8080) }] }); },
    subject: 'lb',
  },
  'K8S-ING-011': {
    noncompliant: (c) => { ilb(c, 'api'); agic(c, ApplicationGatewayBackend.fromServiceName('missing', { port: 443 })); },
    compliant: (c) => { agic(c, ApplicationGatewayBackend.fromService(ilb(c, 'api'))); },
    subject: 'agic',
  },
  'K8S-ING-012': {
    noncompliant: (c) => { ilb(c, 'api', { metadata: { name: 'api' } }); agic(c, ApplicationGatewayBackend.fromServiceName('api', { port: 80 })); },
    compliant: (c) => { ilb(c, 'api', { metadata: { name: 'api' } }); agic(c, ApplicationGatewayBackend.fromServiceName('api', { port: 443 })); },
    subject: 'agic',
    related: 'api',
  },
  'AWS-LB-020': {
    noncompliant: (c) => ['a', 'b'].forEach((id) => new AwsNlbService(c, id, { selectorLabels: { app: id }, ports: [{ name: 'https', port: 443 }], loadBalancerName: 'shop' })),
    compliant: (c) => ['a', 'b'].forEach((id) => new AwsNlbService(c, id, { selectorLabels: { app: id }, ports: [{ name: 'https', port: 443 }], loadBalancerName: `shop-${id}` })),
    subject: 'b',
    related: 'a',
  },
  'AZ-PLS-013': {
    noncompliant: (c) => ['a', 'b'].forEach((id) => ilb(c, id).addPrivateLinkService({ name: 'shop-pls' })),
    compliant: (c) => ['a', 'b'].forEach((id) => ilb(c, id).addPrivateLinkService({ name: `shop-pls-${id}` })),
    subject: 'b',
    related: 'a',
  },
  'AZ-AGIC-024': {
    noncompliant: (c) => { agic(c, ApplicationGatewayBackend.fromPlusService(new kplus.Service(c, 'svc', { selector: web(c, undefined, kplus.Probe.fromHttpGet('ready', { port: 8080 })), ports: [{ port: 80, targetPort: 8080 }] })), { healthProbe: undefined }); },
    compliant: (c) => { agic(c, ApplicationGatewayBackend.fromPlusService(new kplus.Service(c, 'svc', { selector: web(c, undefined, kplus.Probe.fromHttpGet('ready', { port: 8080 })), ports: [{ port: 80, targetPort: 8080 }] }))); },
    subject: 'agic',
    related: 'web',
  },
  'AZ-AGIC-025': {
    noncompliant: (c) => {
      const pods = web(c, [{ number: 8443 }], kplus.Probe.fromHttpGet('/ready', { port: 8443, scheme: kplus.ConnectionScheme.HTTPS }));
      agic(c, ApplicationGatewayBackend.fromPlusService(new kplus.Service(c, 'svc', { selector: pods, ports: [{ port: 8443 }] })));
    },
    compliant: (c) => {
      const pods = web(c, [{ number: 8443 }], kplus.Probe.fromHttpGet('/ready', { port: 8443, scheme: kplus.ConnectionScheme.HTTPS }));
      agic(c, ApplicationGatewayBackend.fromPlusService(new kplus.Service(c, 'svc', { selector: pods, ports: [{ port: 8443 }] })),
        { backendProtocol: ApplicationGatewayBackendProtocol.HTTPS, trustedRootCertificates: ['shop-ca'] });
    },
    subject: 'agic',
    related: 'web',
  },
  'AZ-AGIC-026': {
    noncompliant: (c) => {
      const pods = web(c, [{ number: 8443 }, { number: 8080 }], kplus.Probe.fromHttpGet('/health', { port: 8080 }));
      agic(c, ApplicationGatewayBackend.fromPlusService(new kplus.Service(c, 'svc', { selector: pods, ports: [{ port: 443, targetPort: 8443 }] })),
        { backendProtocol: ApplicationGatewayBackendProtocol.HTTPS, trustedRootCertificates: ['shop-ca'], healthProbe: undefined });
    },
    compliant: (c) => {
      const pods = web(c, [{ number: 8443 }, { number: 8080 }], kplus.Probe.fromHttpGet('/health', { port: 8443, scheme: kplus.ConnectionScheme.HTTPS }));
      agic(c, ApplicationGatewayBackend.fromPlusService(new kplus.Service(c, 'svc', { selector: pods, ports: [{ port: 443, targetPort: 8443 }] })),
        { backendProtocol: ApplicationGatewayBackendProtocol.HTTPS, trustedRootCertificates: ['shop-ca'], healthProbe: undefined });
    },
    subject: 'agic',
    related: 'web',
  },
  'AZ-AGIC-027': {
    noncompliant: (c) => { agic(c, ApplicationGatewayBackend.fromPlusService(new kplus.Service(c, 'svc', { selector: web(c), ports: [{ port: 80, targetPort: 8080 }] })), { healthProbe: undefined }); },
    compliant: (c) => { agic(c, ApplicationGatewayBackend.fromPlusService(new kplus.Service(c, 'svc', { selector: web(c, undefined, kplus.Probe.fromHttpGet('/ready', { port: 8080 })), ports: [{ port: 80, targetPort: 8080 }] })), { healthProbe: undefined }); },
    subject: 'agic',
    related: 'web',
  },
  'AZ-LB-035': {
    noncompliant: (c) => ['a', 'b'].forEach((id) => ilb(c, id, { ipv4Address: '10.240.0.25' })),
    compliant: (c) => ['a', 'b'].forEach((id, i) => ilb(c, id, { ipv4Address: '10.240.0.25', ports: [{ name: 'https', port: 443 + i, targetPort: TargetPort.number(8443) }] })),
    subject: 'b',
    related: 'a',
  },
  'AZ-LB-036': {
    noncompliant: (c) => ['a', 'b'].forEach((id, i) => new AzureLoadBalancerService(c, id, {
      scheme: LoadBalancerScheme.INTERNET_FACING,
      publicIpName: 'shop-ip',
      dnsLabelName: `shop-${id}`,
      loadBalancerSourceRanges: ['203.0.113.0/24'],
      selectorLabels: { app: id },
      ports: [{ name: 'https', port: 443 + i }],
    })),
    compliant: (c) => ['a', 'b'].forEach((id, i) => new AzureLoadBalancerService(c, id, {
      scheme: LoadBalancerScheme.INTERNET_FACING,
      publicIpName: 'shop-ip',
      dnsLabelName: i === 0 ? 'shop' : undefined,
      loadBalancerSourceRanges: ['203.0.113.0/24'],
      selectorLabels: { app: id },
      ports: [{ name: 'https', port: 443 + i }],
    })),
    subject: 'b',
    related: 'a',
  },
  'AZ-PLS-014': {
    noncompliant: (c) => ['a', 'b'].forEach((id, i) => ilb(c, id, { ipv4Address: '10.240.0.30', ports: [{ name: 'https', port: 443 + i }] }).addPrivateLinkService({ name: `shop-pls-${id}` })),
    compliant: (c) => ['a', 'b'].forEach((id, i) => {
      const service = ilb(c, id, { ipv4Address: '10.240.0.30', ports: [{ name: 'https', port: 443 + i }] });
      if (i === 0) service.addPrivateLinkService({ name: 'shop-pls' });
    }),
    subject: 'b',
    related: 'a',
  },
};

/** Synthesizes the app; returns what it printed and the synth error, if any. */
function synthesized(build: App): { output: string; error?: string } {
  const chart = new Chart(Testing.app(), 'shop', { namespace: 'shop' });
  build(chart);
  const printed: string[] = [];
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((text) => { printed.push(String(text)); return true; });
  try {
    Testing.synth(chart);
    return { output: printed.join('') };
  } catch (e) {
    return { output: printed.join(''), error: (e as Error).message };
  } finally {
    spy.mockRestore();
  }
}

describe('every rule over a set, at synth', () => {
  test('has a case here', () => {
    expect(SET_RULES.map((r) => r.id).filter((id) => CASES[id] === undefined)).toEqual([]);
  });

  describe.each(Object.entries(CASES).map(([id, c]) => [id, c] as const))('%s', (ruleId, c) => {
    const rule = Rules.find(ruleId)!;

    test(`non-compliant: reported on [shop/${c.subject}]${c.related === undefined ? '' : `, with [shop/${c.related}]`}`, () => {
      const { output, error } = synthesized(c.noncompliant);
      const reported = rule.severity === Severity.ERROR ? error ?? '' : output;
      const line = reported.split('\n').find((l) => l.includes(`${ruleId} (${rule.severity})`));
      expect(line).toBeDefined();
      expect(line).toContain(`[shop/${c.subject}] ${rule.severity === Severity.ERROR ? '' : 'warning: '}${ruleId}`);
      if (c.related !== undefined) expect(/ With: (.*?)\. Fix: /.exec(line!)?.[1]).toContain(`[shop/${c.related}]`);
      expect(line).toContain('Fix: ');
    });

    test('compliant: not reported', () => {
      const { output, error } = synthesized(c.compliant);
      expect(`${output}\n${error ?? ''}`).not.toContain(ruleId);
    });
  });
});
