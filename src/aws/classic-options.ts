import { Duration } from 'cdk8s';
import { ClassicBackendProtocol } from './enums';
import { PortReference } from '../core/port-reference';

/**
 * TLS termination on a classic ELB (in-tree provider).
 */
export interface ClassicTls {
  /**
   * One ACM or IAM certificate ARN (the in-tree provider takes exactly one).
   * @see https://github.com/kubernetes/cloud-provider-aws/blob/master/docs/service_controller.md
   */
  readonly certificateArn: string;
  /**
   * The Service ports whose listeners are TLS (`aws-load-balancer-ssl-ports`); the others stay plain.
   * @default - every port
   * @see https://github.com/kubernetes/cloud-provider-aws/blob/master/docs/service_controller.md
   */
  readonly ports?: PortReference[];
  /**
   * Protocol to the instances: with a certificate, HTTP gives HTTPS listeners (the ELB speaks HTTP, adds
   * X-Forwarded-For), TCP gives SSL listeners.
   * @default ClassicBackendProtocol.TCP
   * @see https://github.com/kubernetes/cloud-provider-aws/blob/master/docs/service_controller.md
   */
  readonly backendProtocol?: ClassicBackendProtocol;
  /**
   * A predefined TLS negotiation policy, e.g. `ELBSecurityPolicy-TLS-1-2-2017-01`.
   * @default - AWS's default policy
   * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html
   */
  readonly negotiationPolicy?: string;
}

/**
 * Access logs of a classic ELB.
 */
export interface ClassicAccessLogs {
  /**
   * The S3 bucket (its policy must let the ELB account write). Required unless `enabled` is false.
   * @default - none: required when logging is on
   * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-access-logs.html
   */
  readonly bucketName?: string;
  /**
   * The key prefix in the bucket.
   * @default - the bucket's root
   * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-access-logs.html
   */
  readonly prefix?: string;
  /**
   * How often logs are published: 5 or 60 minutes.
   * @default Duration.minutes(60) (AWS's default)
   * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/access-log-collection.html
   */
  readonly emitInterval?: Duration;
  /**
   * Whether logging is on; `false` turns it off explicitly (`accessLogs: { enabled: false }`), and then no bucket,
   * prefix or interval may be given: they would not reach the manifest.
   * @default true
   * @see https://github.com/kubernetes/cloud-provider-aws/blob/master/docs/service_controller.md
   */
  readonly enabled?: boolean;
}

/**
 * The health check of a classic ELB. AWS ranges: interval 5-300 s, timeout 2-60 s and below the interval,
 * thresholds 2-10. Its target (protocol, port, path) follows the listeners and externalTrafficPolicy.
 */
export interface ClassicHealthCheck {
  /**
   * Consecutive successes before an instance is healthy, 2-10.
   * @default 2
   * @see https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_HealthCheck.html
   */
  readonly healthyThreshold?: number;
  /**
   * Consecutive failures before an instance is unhealthy, 2-10.
   * @default 6
   * @see https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_HealthCheck.html
   */
  readonly unhealthyThreshold?: number;
  /**
   * Time between checks, 5-300 seconds.
   * @default Duration.seconds(10)
   * @see https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_HealthCheck.html
   */
  readonly interval?: Duration;
  /**
   * Time to wait for an answer, 2-60 seconds and below the interval.
   * @default Duration.seconds(5)
   * @see https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_HealthCheck.html
   */
  readonly timeout?: Duration;
}
