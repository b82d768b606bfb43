import { Duration } from 'cdk8s';
import type { HttpIngressPathType } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { ApplicationGatewayBackend } from './application-gateway-backend';
import {
  ApplicationGatewayBackendProtocol, ApplicationGatewayHealthProbe, ApplicationGatewayIngressClass, ApplicationGatewayIngressRule,
  ApplicationGatewayIngressTls,
} from './application-gateway-options';
import { AnnotationGuard, schemeGuard } from '../core/annotation-guard';
import { LoadBalancerScheme } from '../core/enums';
import { JudgedResource, JudgedResourceProps } from '../core/judged-resource';
import { ManagedAnnotation } from '../core/managed-annotation';
import { boolText, listText, numberText, secondsText, TypedAnnotations } from '../core/typed-annotations';
import { AGIC_CLASS_ANNOTATION_VALUE, AGIC_INGRESS_CLASS_NAME, AgicKeys, INGRESS_CLASS_ANNOTATION } from './model/keys';
import { parseGoBool } from '../rules/go';

/**
 * Props of an Ingress served by the Azure Application Gateway Ingress Controller (AGIC).
 */
export interface ApplicationGatewayIngressProps extends JudgedResourceProps {
  /**
   * How the Ingress names AGIC.
   * @default ApplicationGatewayIngressClass.INGRESS_CLASS_NAME
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/ingress-v1/
   */
  readonly ingressClass?: ApplicationGatewayIngressClass;

  /**
   * Listen on the gateway's private frontend IP (`use-private-ip: "true"`, the default) or its public one.
   * The gateway must have a frontend of that kind, or AGIC ignores the Ingress.
   * @default LoadBalancerScheme.INTERNAL
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#use-private-ip
   */
  readonly scheme?: LoadBalancerScheme;

  /**
   * Routing rules. More can be added with `addRule()`.
   * @default - none
   * @see https://kubernetes.io/docs/concepts/services-networking/ingress/#ingress-rules
   */
  readonly rules?: ApplicationGatewayIngressRule[];

  /**
   * Backend for requests no rule matches.
   * @default - none (the gateway answers 404)
   * @see https://kubernetes.io/docs/concepts/services-networking/ingress/#default-backend
   */
  readonly defaultBackend?: ApplicationGatewayBackend;

  /**
   * TLS certificates from Kubernetes Secrets (`spec.tls`).
   * @default - none
   * @see https://kubernetes.io/docs/concepts/services-networking/ingress/#tls
   */
  readonly tls?: ApplicationGatewayIngressTls[];

  /**
   * Name of a certificate installed on the Application Gateway, instead of `tls` (`appgw-ssl-certificate`).
   * @default - none
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#appgw-ssl-certificate
   */
  readonly sslCertificate?: string;

  /**
   * Redirect HTTP to HTTPS (`ssl-redirect`); needs `tls` or `sslCertificate`, or AGIC drops the whole Ingress.
   * @default false
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#ssl-redirect
   */
  readonly sslRedirect?: boolean;

  /**
   * Protocol to the pods (`backend-protocol`).
   * @default - http (https when the backend port is 443)
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#backend-protocol
   */
  readonly backendProtocol?: ApplicationGatewayBackendProtocol;

  /**
   * Host header sent to the pods (`backend-hostname`).
   * @default - the request's host
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#backend-hostname
   */
  readonly backendHostname?: string;

  /**
   * Rewrite the matched path prefix to this one (`backend-path-prefix`); also becomes the default probe path.
   * @default - the path is forwarded as is
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#backend-path-prefix
   */
  readonly backendPathPrefix?: string;

  /**
   * Names of root certificates installed on the gateway that sign the backends' HTTPS certificates (`appgw-trusted-root-certificate`).
   * @default - well-known CAs only
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#appgw-trusted-root-certificate
   */
  readonly trustedRootCertificates?: string[];

  /**
   * Request timeout to the backends, whole seconds (`request-timeout`).
   * @default Duration.seconds(30)
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#request-timeout
   */
  readonly requestTimeout?: Duration;

  /**
   * Let in-flight requests finish when a backend goes away (`connection-draining`).
   * @default - false, or true when `connectionDrainingTimeout` is given
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#connection-draining
   */
  readonly connectionDraining?: boolean;

  /**
   * How long draining lasts, whole seconds (`connection-draining-timeout`).
   * @default Duration.seconds(30)
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#connection-draining
   */
  readonly connectionDrainingTimeout?: Duration;

  /**
   * Sticky sessions with a gateway cookie (`cookie-based-affinity`).
   * @default false
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#cookie-based-affinity
   */
  readonly cookieBasedAffinity?: boolean;

  /**
   * ARM id of a WAF policy for the Ingress's paths (`waf-policy-for-path`).
   * @default - the gateway's own WAF policy
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#azure-waf-policy-for-path
   */
  readonly wafPolicyForPath?: string;

  /**
   * Priority of the request routing rules, 1 to 20000, unique per gateway (`rule-priority`).
   * @default - assigned by AGIC
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#rule-priority
   */
  readonly rulePriority?: number;

  /**
   * The Application Gateway health probe (`health-probe-*`).
   * @default - taken from the pods' readiness probe, else AGIC's defaults (see rule AZ-AGIC-014)
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#health-probe-path
   */
  readonly healthProbe?: ApplicationGatewayHealthProbe;
}

/**
 * An Ingress for the Azure Application Gateway Ingress Controller (AGIC), e.g. Application Gateway in front of an
 * internal load balancer Service. Listens on the gateway's private frontend unless `scheme` says otherwise; the
 * typed props become `appgw.ingress.kubernetes.io/*` annotations, and every rule AGIC enforces is checked at synth.
 *
 * The Ingress is a child `ApiObject` named `Resource`, rendered lazily.
 */
export class ApplicationGatewayIngress extends JudgedResource {
  /**
   * Private or public frontend of the gateway.
   */
  public readonly scheme: LoadBalancerScheme;

  private readonly props: ApplicationGatewayIngressProps;
  private readonly ingressClass: ApplicationGatewayIngressClass;
  private readonly _rules: ApplicationGatewayIngressRule[] = [];
  private readonly _tls: ApplicationGatewayIngressTls[] = [];
  /** The annotations of the typed props, built in the constructor. */
  private readonly typedAnnotations: readonly ManagedAnnotation[];
  private readonly guards: readonly AnnotationGuard[];

  constructor(scope: Construct, id: string, props: ApplicationGatewayIngressProps = {}) {
    super(scope, id, INGRESS, props);
    this.props = props;
    this.scheme = props.scheme ?? LoadBalancerScheme.INTERNAL;
    this.guards = AGIC_GUARDS[props.scheme ?? 'default'];
    this.ingressClass = props.ingressClass ?? ApplicationGatewayIngressClass.INGRESS_CLASS_NAME;
    // Read once, here, as jsii passes props by value.
    this.typedAnnotations = agicAnnotations(props, this.scheme, this.ingressClass).render();
    for (const rule of props.rules ?? []) this.addRule(rule);
    for (const tls of props.tls ?? []) this.addTls(tls);
  }

  /**
   * Adds a routing rule.
   */
  public addRule(rule: ApplicationGatewayIngressRule): void {
    this._rules.push(rule);
  }

  /**
   * Adds a TLS certificate (a Secret) for some hosts.
   */
  public addTls(tls: ApplicationGatewayIngressTls): void {
    this._tls.push(tls);
  }

  /** @internal */
  protected _guards(): readonly AnnotationGuard[] {
    return this.guards;
  }

  protected renderAnnotations(): ManagedAnnotation[] {
    return [...super.renderAnnotations(), ...this.typedAnnotations];
  }

  private ruleHosts(): string[] | undefined {
    const hosts = [...new Set(this._rules.map((rule) => rule.host).filter((host): host is string => host !== undefined && host !== ''))];
    return hosts.length > 0 ? hosts : undefined;
  }

  protected renderSpec(): any {
    const hosts = new Map<string, any[]>();
    for (const rule of this._rules) {
      const host = rule.host ?? '';
      if (!hosts.has(host)) hosts.set(host, []);
      hosts.get(host)!.push({ path: rule.path ?? '/', pathType: rule.pathType ?? DEFAULT_PATH_TYPE, backend: rule.backend._toKube() });
    }
    const rules = [...hosts].map(([host, paths]) => ({ host: host === '' ? undefined : host, http: { paths } }));
    return {
      ingressClassName: this.ingressClass === ApplicationGatewayIngressClass.INGRESS_CLASS_NAME ? AGIC_INGRESS_CLASS_NAME : undefined,
      defaultBackend: this.props.defaultBackend?._toKube(),
      rules: rules.length > 0 ? rules : undefined,
      tls: this._tls.length > 0 ? this._tls.map((t) => ({ hosts: t.hosts ?? this.ruleHosts(), secretName: t.secretName })) : undefined,
    };
  }
}

/** HttpIngressPathType.PREFIX, without loading cdk8s-plus-28 for one value (it doubles the time to require this package). */
const DEFAULT_PATH_TYPE = 'Prefix' as HttpIngressPathType;
const INGRESS = { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress' };

/** The frontend as AGIC reads `use-private-ip` (a Go bool; any other value leaves AGIC's own default, public). */
function agicSchemeGuard(scheme: LoadBalancerScheme | undefined): AnnotationGuard {
  return schemeGuard(scheme, [AgicKeys.USE_PRIVATE_IP], (_key, value) => {
    const usePrivateIp = parseGoBool(value);
    return usePrivateIp === undefined ? undefined : usePrivateIp ? LoadBalancerScheme.INTERNAL : LoadBalancerScheme.INTERNET_FACING;
  });
}

/** The annotations of the typed props. */
function agicAnnotations(
  p: ApplicationGatewayIngressProps, scheme: LoadBalancerScheme, ingressClass: ApplicationGatewayIngressClass,
): TypedAnnotations {
  const w = new TypedAnnotations();
  if (ingressClass === ApplicationGatewayIngressClass.ANNOTATION) w.set(INGRESS_CLASS_ANNOTATION, AGIC_CLASS_ANNOTATION_VALUE, 'ingressClass');
  if (scheme === LoadBalancerScheme.INTERNAL) w.set(AgicKeys.USE_PRIVATE_IP, 'true', p.scheme === undefined ? 'scheme (default)' : 'scheme');
  w.set(AgicKeys.SSL_CERTIFICATE, p.sslCertificate, 'sslCertificate');
  w.set(AgicKeys.SSL_REDIRECT, boolText(p.sslRedirect), 'sslRedirect');
  w.set(AgicKeys.BACKEND_PROTOCOL, p.backendProtocol, 'backendProtocol');
  w.set(AgicKeys.BACKEND_HOSTNAME, p.backendHostname, 'backendHostname');
  w.set(AgicKeys.BACKEND_PATH_PREFIX, p.backendPathPrefix, 'backendPathPrefix');
  w.set(AgicKeys.TRUSTED_ROOT_CERTIFICATE, listText('trustedRootCertificates', p.trustedRootCertificates, ','), 'trustedRootCertificates');
  const draining = p.connectionDraining ?? (p.connectionDrainingTimeout !== undefined ? true : undefined);
  w.set(AgicKeys.CONNECTION_DRAINING, boolText(draining), p.connectionDraining !== undefined ? 'connectionDraining' : 'connectionDrainingTimeout');
  w.set(AgicKeys.COOKIE_BASED_AFFINITY, boolText(p.cookieBasedAffinity), 'cookieBasedAffinity');
  w.set(AgicKeys.WAF_POLICY_FOR_PATH, p.wafPolicyForPath, 'wafPolicyForPath');
  w.set(AgicKeys.RULE_PRIORITY, numberText(p.rulePriority), 'rulePriority');
  const probe = p.healthProbe;
  w.set(AgicKeys.PROBE_PATH, probe?.path, 'healthProbe.path');
  w.set(AgicKeys.PROBE_PORT, numberText(probe?.port), 'healthProbe.port');
  w.set(AgicKeys.PROBE_HOSTNAME, probe?.hostname, 'healthProbe.hostname');
  w.set(AgicKeys.PROBE_STATUS_CODES, listText('healthProbe.statusCodes', probe?.statusCodes, ','), 'healthProbe.statusCodes');
  w.set(AgicKeys.PROBE_UNHEALTHY_THRESHOLD, numberText(probe?.unhealthyThreshold), 'healthProbe.unhealthyThreshold');
  w.set(AgicKeys.REQUEST_TIMEOUT, secondsText('requestTimeout', p.requestTimeout), 'requestTimeout');
  w.set(AgicKeys.CONNECTION_DRAINING_TIMEOUT, secondsText('connectionDrainingTimeout', p.connectionDrainingTimeout), 'connectionDrainingTimeout');
  w.set(AgicKeys.PROBE_INTERVAL, secondsText('healthProbe.interval', probe?.interval), 'healthProbe.interval');
  w.set(AgicKeys.PROBE_TIMEOUT, secondsText('healthProbe.timeout', probe?.timeout), 'healthProbe.timeout');
  return w;
}

/** One guard list per scheme prop value, shared by every Ingress that has it. */
const AGIC_GUARDS: { [scheme: string]: readonly AnnotationGuard[] } = {
  default: [agicSchemeGuard(undefined)],
  [LoadBalancerScheme.INTERNAL]: [agicSchemeGuard(LoadBalancerScheme.INTERNAL)],
  [LoadBalancerScheme.INTERNET_FACING]: [agicSchemeGuard(LoadBalancerScheme.INTERNET_FACING)],
};
