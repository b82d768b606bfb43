import { Duration } from 'cdk8s';
import { HttpIngressPathType } from 'cdk8s-plus-28';
import { ApplicationGatewayBackend } from './application-gateway-backend';

/**
 * How an Ingress names AGIC as its controller. The two forms differ on purpose and must not be mixed up.
 * @see https://azure.github.io/application-gateway-kubernetes-ingress/ingress-v1/
 */
export enum ApplicationGatewayIngressClass {
  /** `spec.ingressClassName: azure-application-gateway`, the IngressClass that the AGIC chart and the AKS add-on install. */
  INGRESS_CLASS_NAME = 'ingressClassName',
  /** The legacy annotation `kubernetes.io/ingress.class: azure/application-gateway` (AGIC before IngressClass support). */
  ANNOTATION = 'annotation',
}

/**
 * Protocol from the Application Gateway to the pods.
 * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#backend-protocol
 */
export enum ApplicationGatewayBackendProtocol {
  /** Plain HTTP. */
  HTTP = 'http',
  /** HTTPS (end-to-end TLS); name the backend's root CA in `trustedRootCertificates` unless it is a public CA. */
  HTTPS = 'https',
}

/**
 * One routing rule of an Application Gateway Ingress: host and path to a backend Service.
 */
export interface ApplicationGatewayIngressRule {
  /**
   * The backend Service.
   * @see https://kubernetes.io/docs/concepts/services-networking/ingress/#resource-backend
   */
  readonly backend: ApplicationGatewayBackend;

  /**
   * Host name to match.
   * @default - any host
   * @see https://kubernetes.io/docs/concepts/services-networking/ingress/#ingress-rules
   */
  readonly host?: string;

  /**
   * Path to match.
   * @default "/"
   * @see https://kubernetes.io/docs/concepts/services-networking/ingress/#ingress-rules
   */
  readonly path?: string;

  /**
   * How the path is matched.
   * @default HttpIngressPathType.PREFIX
   * @see https://kubernetes.io/docs/concepts/services-networking/ingress/#path-types
   */
  readonly pathType?: HttpIngressPathType;
}

/**
 * A TLS certificate from a Kubernetes Secret, for some hosts (`spec.tls`).
 */
export interface ApplicationGatewayIngressTls {
  /**
   * The Secret of type kubernetes.io/tls holding the certificate and key.
   * @see https://kubernetes.io/docs/concepts/services-networking/ingress/#tls
   */
  readonly secretName: string;

  /**
   * Hosts the certificate is for.
   * @default - the hosts of the Ingress rules at synth time; none when no rule names a host (the certificate then serves every host)
   * @see https://kubernetes.io/docs/concepts/services-networking/ingress/#tls
   */
  readonly hosts?: string[];
}

/**
 * The Application Gateway health probe of the backends (`appgw.ingress.kubernetes.io/health-probe-*`). Unset values come
 * from the pods' httpGet readiness probe, else AGIC's defaults. If the probe fails, Application Gateway answers 502.
 */
export interface ApplicationGatewayHealthProbe {
  /**
   * Path to probe; it must answer one of `statusCodes` (`health-probe-path`).
   * @default - the readiness probe's path, else backend-path-prefix or the Ingress path, else "/"
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#health-probe-path
   */
  readonly path?: string;

  /**
   * Port to probe, 1 to 65535 (`health-probe-port`; ignored by v1 gateways).
   * @default - the readiness probe's port, else the backend port
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#health-probe-port
   */
  readonly port?: number;

  /**
   * Host header of the probe (`health-probe-hostname`).
   * @default - the rule host, backend hostname or readiness probe host
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#health-probe-hostname
   */
  readonly hostname?: string;

  /**
   * Healthy status codes and ranges, e.g. `['200-399', '401']` (`health-probe-status-codes`). Keep 200 in.
   * @default - 200-399
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#health-probe-status-codes
   */
  readonly statusCodes?: string[];

  /**
   * Time between probes, whole seconds (`health-probe-interval`).
   * @default - the readiness probe's period, else 30 seconds
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#health-probe-interval
   */
  readonly interval?: Duration;

  /**
   * Probe timeout, whole seconds (`health-probe-timeout`).
   * @default - the readiness probe's timeout, else 30 seconds
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#health-probe-timeout
   */
  readonly timeout?: Duration;

  /**
   * Failed probes before a backend is unhealthy, 1 to 20 (`health-probe-unhealthy-threshold`).
   * @default - the readiness probe's failure threshold, else 3
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#health-probe-unhealthy-threshold
   */
  readonly unhealthyThreshold?: number;
}
