import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { ClassicAccessLogs, ClassicHealthCheck, ClassicTls } from './classic-options';
import { AwsSubnets } from './subnets';
import { AnnotationGuard, schemeGuard } from '../core/annotation-guard';
import { LoadBalancerScheme } from '../core/enums';
import { LoadBalancerService, LoadBalancerServiceProps } from '../core/load-balancer-service';
import { ManagedAnnotation } from '../core/managed-annotation';
import {
  boolText, listText, mapEntries, mapText, portListText, minutesText, numberText, secondsText, TypedAnnotations,
} from '../core/typed-annotations';
import { ccmScheme } from './model/in-tree';
import { AwsKeys } from './model/keys';
import { controllerName, controllerOf } from './model/ownership';

/**
 * Props of a classic ELB created by the in-tree AWS provider (cloud-controller-manager).
 */
export interface AwsClassicLoadBalancerServiceProps extends LoadBalancerServiceProps {
  /**
   * Internal or internet-facing (`aws-load-balancer-internal`). The in-tree provider never changes the scheme of an
   * existing ELB: to change it, delete and re-create the Service.
   * @default LoadBalancerScheme.INTERNAL
   * @see https://github.com/kubernetes/cloud-provider-aws/blob/master/docs/service_controller.md
   */
  readonly scheme?: LoadBalancerScheme;

  /**
   * The subnets (ids or Name tags), one per Availability Zone.
   * @default - discovered from the subnet role tags, one per zone
   * @see https://github.com/kubernetes/cloud-provider-aws/blob/master/docs/service_controller.md
   */
  readonly subnets?: AwsSubnets;

  /**
   * TLS termination on the listeners.
   * @default - plain TCP listeners
   * @see https://github.com/kubernetes/cloud-provider-aws/blob/master/docs/service_controller.md
   */
  readonly tls?: ClassicTls;

  /**
   * Access logs to S3.
   * @default - no access logs
   * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/access-log-collection.html
   */
  readonly accessLogs?: ClassicAccessLogs;

  /**
   * Connection draining: how long a deregistering instance keeps its connections (1-3600 s). Turns draining on.
   * @default - no connection draining
   * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-conn-drain.html
   */
  readonly connectionDraining?: Duration;

  /**
   * Idle timeout of client and backend connections (1-4000 s).
   * @default Duration.seconds(60)
   * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-idle-timeout.html
   */
  readonly idleTimeout?: Duration;

  /**
   * Cross-zone load balancing.
   * @default false
   * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-crosszone-lb.html
   */
  readonly crossZoneLoadBalancing?: boolean;

  /**
   * Tags added to the ELB (and its security group). The in-tree provider adds tags on update but never removes them.
   * @default - only the provider's own tags
   * @see https://github.com/kubernetes/cloud-provider-aws/blob/master/docs/service_controller.md
   */
  readonly additionalResourceTags?: { [key: string]: string };

  /**
   * Health-check thresholds, interval and timeout.
   * @default - 2 healthy, 6 unhealthy, every 10 s, 5 s timeout
   * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-healthchecks.html
   */
  readonly healthCheck?: ClassicHealthCheck;

  /**
   * Security groups (ids) that replace the one the provider creates; the provider then writes no rules in them.
   * @default - a security group created by the provider, opened to `loadBalancerSourceRanges`
   * @see https://github.com/kubernetes/cloud-provider-aws/blob/master/docs/service_controller.md
   */
  readonly securityGroups?: string[];

  /**
   * Security groups (ids) added to the ELB beside the managed (or replaced) one.
   * @default - none
   * @see https://github.com/kubernetes/cloud-provider-aws/blob/master/docs/service_controller.md
   */
  readonly extraSecurityGroups?: string[];

  /**
   * PROXY protocol (v1) on every backend port (`aws-load-balancer-proxy-protocol: "*"`).
   * @default false
   * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-proxy-protocol.html
   */
  readonly proxyProtocol?: boolean;

  /**
   * Labels that nodes must carry to be registered; an empty value matches any value of the key.
   * @default - every node
   * @see https://github.com/kubernetes/cloud-provider-aws/blob/master/docs/service_controller.md
   */
  readonly targetNodeLabels?: { [key: string]: string };
}

/**
 * A Service that the in-tree AWS provider (cloud-controller-manager) turns into a classic ELB, internal unless told
 * otherwise.
 *
 * What this controller ignores (so this construct has no prop for it, and rules AWS-LB-004 / AWS-ELB-* report the
 * annotations): a load balancer name, `aws-load-balancer-scheme` (it reads only `aws-load-balancer-internal`),
 * target-group attributes, EIPs and private addresses, ALPN, health-check success codes, `loadBalancerIP`, session
 * affinity and mixed protocols (the last three fail the reconcile). Two more facts to know: the scheme of an existing
 * ELB is never changed, and where the AWS Load Balancer Controller (v2.5+) runs with its Service webhook, the webhook
 * gives every NEW LoadBalancer Service without a class the class `service.k8s.aws/nlb`: this Service then becomes an
 * internal NLB and the classic-ELB annotations are ignored (AWS-LB-005 reports that on the live object). Disable the
 * webhook (`enableServiceMutatorWebhook: false`) where you need classic ELBs.
 */
export class AwsClassicLoadBalancerService extends LoadBalancerService {
  /**
   * Internal or internet-facing: the `scheme` prop, internal by default. A user annotation that asks the in-tree
   * provider for the other scheme fails synth.
   */
  public readonly scheme: LoadBalancerScheme;
  private readonly typedAnnotations: TypedAnnotations;
  private readonly guards: readonly AnnotationGuard[];

  constructor(scope: Construct, id: string, props: AwsClassicLoadBalancerServiceProps = {}) {
    super(scope, id, props);
    // Render once, now: malformed props throw here with their name, before any synth.
    this.typedAnnotations = renderClassicAnnotations(props);
    this.scheme = props.scheme ?? LoadBalancerScheme.INTERNAL;
    this.guards = classicGuards(props);
  }

  /** @internal */
  protected _guards(): readonly AnnotationGuard[] {
    return this.guards;
  }

  protected renderAnnotations(): ManagedAnnotation[] {
    const typed = this.typedAnnotations.render();
    const base = super.renderAnnotations();
    return base.length === 0 ? typed : [...base, ...typed];
  }
}

const INTERNAL_KEYS = [AwsKeys.INTERNAL];
const TYPE_KEYS = [AwsKeys.TYPE];
const CLASSIC_ELB = controllerName('ccm-clb');

/**
 * The scheme, as the in-tree provider reads `aws-load-balancer-internal`, and the controller itself: a type annotation
 * that hands the Service to another controller (or to none) makes it no classic ELB.
 */
function classicGuards(p: AwsClassicLoadBalancerServiceProps): readonly AnnotationGuard[] {
  const key = String(p.scheme);
  let guards = CLASSIC_GUARDS.get(key);
  if (guards === undefined) {
    guards = makeClassicGuards(p);
    CLASSIC_GUARDS.set(key, guards);
  }
  return guards;
}

/** The guards by the scheme they hold, shared by every ELB with that scheme. */
const CLASSIC_GUARDS = new Map<string, readonly AnnotationGuard[]>();

function makeClassicGuards(p: AwsClassicLoadBalancerServiceProps): AnnotationGuard[] {
  const scheme = schemeGuard(p.scheme, INTERNAL_KEYS, (key, value) => ccmScheme({ metadata: { annotations: { [key]: value } } }));
  const controller: AnnotationGuard = {
    prop: 'the controller',
    choice: CLASSIC_ELB,
    byDefault: true,
    keys: TYPE_KEYS,
    choiceOf: (key, value) => controllerName(controllerOf({ metadata: { annotations: { [key]: value } }, spec: { type: 'LoadBalancer' } })),
    instead: () => 'for an NLB use AwsNlbService.',
  };
  return [scheme, controller];
}

function renderClassicAnnotations(p: AwsClassicLoadBalancerServiceProps): TypedAnnotations {
  const tls = p.tls;
  if (tls && (typeof tls.certificateArn !== 'string' || tls.certificateArn.trim() === '')) throw new Error('tls.certificateArn: give the certificate ARN.');
  const logs = p.accessLogs;
  const logsOn = logs !== undefined && logs.enabled !== false;
  if (logs && !logsOn) {
    const dropped = (['bucketName', 'prefix', 'emitInterval'] as const).filter((prop) => logs[prop] !== undefined);
    if (dropped.length > 0) {
      throw new Error(`accessLogs: enabled is false, so ${dropped.join(', ')} would not reach the manifest. Remove ${dropped.length === 1 ? 'it' : 'them'} `
        + 'to turn access logs off (accessLogs: { enabled: false }), or remove enabled: false to turn access logs on.');
    }
  }
  if (logsOn && (typeof logs!.bucketName !== 'string' || logs!.bucketName.trim() === '')) throw new Error('accessLogs.bucketName: give the S3 bucket name.');
  const hc = p.healthCheck ?? {};
  const draining = secondsText('connectionDraining', p.connectionDraining);
  const w = new TypedAnnotations();
  // The in-tree provider reads any value but "false" as internal: write exactly "true" or "false".
  w.set(AwsKeys.INTERNAL, String((p.scheme ?? LoadBalancerScheme.INTERNAL) === LoadBalancerScheme.INTERNAL), p.scheme === undefined ? 'scheme (default)' : 'scheme');
  // set() skips the props that are not set.
  w.set(AwsKeys.SUBNETS, p.subnets?.values.join(','), 'subnets');
  w.set(AwsKeys.SSL_CERT, tls?.certificateArn.trim(), 'tls.certificateArn');
  w.set(AwsKeys.SSL_PORTS, portListText('tls.ports', tls?.ports, ','), 'tls.ports');
  w.set(AwsKeys.BACKEND_PROTOCOL, tls?.backendProtocol, 'tls.backendProtocol');
  w.set(AwsKeys.SSL_POLICY, tls?.negotiationPolicy, 'tls.negotiationPolicy');
  w.set(AwsKeys.ACCESS_LOG_ENABLED, logs ? String(logsOn) : undefined, 'accessLogs.enabled');
  w.set(AwsKeys.ACCESS_LOG_BUCKET, logsOn ? logs!.bucketName!.trim() : undefined, 'accessLogs.bucketName');
  w.set(AwsKeys.ACCESS_LOG_PREFIX, logsOn ? logs!.prefix : undefined, 'accessLogs.prefix');
  w.set(AwsKeys.ACCESS_LOG_INTERVAL, logsOn ? minutesText('accessLogs.emitInterval', logs!.emitInterval, 'Duration.minutes(5) or Duration.minutes(60)') : undefined, 'accessLogs.emitInterval');
  w.set(AwsKeys.DRAINING_ENABLED, draining === undefined ? undefined : 'true', 'connectionDraining');
  w.set(AwsKeys.DRAINING_TIMEOUT, draining, 'connectionDraining');
  w.set(AwsKeys.IDLE_TIMEOUT, secondsText('idleTimeout', p.idleTimeout), 'idleTimeout');
  w.set(AwsKeys.CROSS_ZONE, boolText(p.crossZoneLoadBalancing), 'crossZoneLoadBalancing');
  w.set(AwsKeys.TAGS, mapText(mapEntries('additionalResourceTags', p.additionalResourceTags)), 'additionalResourceTags');
  w.set(AwsKeys.HC_HEALTHY, numberText(hc.healthyThreshold), 'healthCheck.healthyThreshold');
  w.set(AwsKeys.HC_UNHEALTHY, numberText(hc.unhealthyThreshold), 'healthCheck.unhealthyThreshold');
  w.set(AwsKeys.HC_INTERVAL, secondsText('healthCheck.interval', hc.interval), 'healthCheck.interval');
  w.set(AwsKeys.HC_TIMEOUT, secondsText('healthCheck.timeout', hc.timeout), 'healthCheck.timeout');
  w.set(AwsKeys.SECURITY_GROUPS, listText('securityGroups', p.securityGroups, ','), 'securityGroups');
  w.set(AwsKeys.EXTRA_SGS, listText('extraSecurityGroups', p.extraSecurityGroups, ','), 'extraSecurityGroups');
  w.set(AwsKeys.PROXY_PROTOCOL, p.proxyProtocol ? '*' : undefined, 'proxyProtocol');
  w.set(AwsKeys.TARGET_NODE_LABELS, mapText(mapEntries('targetNodeLabels', p.targetNodeLabels)), 'targetNodeLabels');
  return w;
}
