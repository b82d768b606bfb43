import { Duration } from 'cdk8s';
import { AlpnPolicy, AwsHealthCheckProtocol, NlbBackendProtocol } from './enums';
import { HealthCheckPort } from './health-check-port';
import { PortReference } from '../core/port-reference';

/**
 * The target-group health check of an NLB (`aws-load-balancer-healthcheck-*`). AWS ranges: interval 5-300 s,
 * timeout 2-120 s and not above the interval, thresholds 2-10.
 */
export interface NlbHealthCheck {
  /**
   * The protocol.
   * @default - TCP; HTTP for instance targets with externalTrafficPolicy Local
   * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#healthcheck-protocol
   */
  readonly protocol?: AwsHealthCheckProtocol;
  /**
   * The port.
   * @default - the traffic port; the health-check node port for instance targets with externalTrafficPolicy Local
   * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#healthcheck-port
   */
  readonly port?: HealthCheckPort;
  /**
   * The HTTP(S) path; ignored by TCP health checks.
   * @default "/" ("/healthz" for instance targets with externalTrafficPolicy Local)
   * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#healthcheck-path
   */
  readonly path?: string;
  /**
   * Time between checks, 5-300 seconds.
   * @default Duration.seconds(10)
   * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#healthcheck-interval
   */
  readonly interval?: Duration;
  /**
   * Time to wait for an answer, 2-120 seconds and not more than the interval.
   * @default Duration.seconds(10) (6 for instance targets with externalTrafficPolicy Local)
   * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#healthcheck-timeout
   */
  readonly timeout?: Duration;
  /**
   * Consecutive successes before a target is healthy, 2-10.
   * @default 3 (2 for instance targets with externalTrafficPolicy Local)
   * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#healthcheck-healthy-threshold
   */
  readonly healthyThreshold?: number;
  /**
   * Consecutive failures before a target is unhealthy, 2-10.
   * @default 3 (2 for instance targets with externalTrafficPolicy Local)
   * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#healthcheck-unhealthy-threshold
   */
  readonly unhealthyThreshold?: number;
  /**
   * HTTP codes that count as healthy, e.g. `200`, `200,204` or `200-399` (200-599); HTTP(S) checks only.
   * @default "200-399"
   * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#healthcheck-success-codes
   */
  readonly successCodes?: string;
}

/**
 * TLS termination on an NLB's listeners.
 */
export interface NlbTls {
  /**
   * ACM (or IAM) certificate ARNs; the first is the default certificate, the others are served by SNI.
   * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#ssl-cert
   */
  readonly certificateArns: string[];
  /**
   * The Service ports whose listeners are TLS (`aws-load-balancer-ssl-ports`), e.g. `[PortReference.named('https')]`.
   * @default - every port
   * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#ssl-ports
   */
  readonly ports?: PortReference[];
  /**
   * The TLS security policy of the listeners, e.g. `ELBSecurityPolicy-TLS13-1-2-2021-06`.
   * @default - the controller's --default-ssl-policy (ELBSecurityPolicy-2016-08)
   * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#ssl-negotiation-policy
   */
  readonly negotiationPolicy?: string;
  /**
   * ALPN policy of the TLS listeners.
   * @default - no ALPN policy
   * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#alpn-policy
   */
  readonly alpnPolicy?: AlpnPolicy;
  /**
   * Protocol to the targets behind the TLS listeners. Changing it re-creates the target group.
   * @default NlbBackendProtocol.TCP
   * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#backend-protocol
   */
  readonly backendProtocol?: NlbBackendProtocol;
}

/**
 * Access logs of an NLB (written for TLS listeners only, by AWS), in `aws-load-balancer-attributes`.
 */
export interface NlbAccessLogs {
  /**
   * The S3 bucket (its policy must let the ELB log delivery write).
   * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-access-logs.html
   */
  readonly bucketName: string;
  /**
   * The key prefix in the bucket.
   * @default - the bucket's root
   * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-access-logs.html
   */
  readonly prefix?: string;
}
