import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { LoadBalancerService } from '../core/load-balancer-service';

/**
 * Which port of the backend Service an Application Gateway rule sends traffic to.
 */
export interface ApplicationGatewayBackendOptions {
  /**
   * The Service port number (`spec.ports[].port`).
   * @default - the Service's first port (required for `fromServiceName` unless `portName` is given)
   * @see https://kubernetes.io/docs/concepts/services-networking/ingress/#the-ingress-resource
   */
  readonly port?: number;

  /**
   * The Service port name, instead of its number.
   * @default - the port number
   * @see https://kubernetes.io/docs/concepts/services-networking/ingress/#the-ingress-resource
   */
  readonly portName?: string;
}

/**
 * A Service that the Application Gateway routes to: one of this library's Services, a cdk8s-plus Service, or any
 * Service by name and port. AGIC sends traffic straight to the pod IPs behind it.
 */
export class ApplicationGatewayBackend {
  /**
   * A Service of this library (e.g. an `AzureInternalLoadBalancerService`: App Gateway in front of an internal service).
   */
  public static fromService(service: LoadBalancerService, options: ApplicationGatewayBackendOptions = {}): ApplicationGatewayBackend {
    return new ApplicationGatewayBackend(() => service.name, () => service.ports[0]?.port, options, service.node.path, service);
  }

  /**
   * A cdk8s-plus Service.
   */
  public static fromPlusService(service: kplus.Service, options: ApplicationGatewayBackendOptions = {}): ApplicationGatewayBackend {
    return new ApplicationGatewayBackend(() => service.name, () => service.ports[0]?.port, options, service.node.path, service);
  }

  /**
   * Any Service in the Ingress's namespace, by name; give `port` or `portName`.
   */
  public static fromServiceName(serviceName: string, options: ApplicationGatewayBackendOptions): ApplicationGatewayBackend {
    if (options?.port === undefined && options?.portName === undefined) {
      throw new Error(`ApplicationGatewayBackend.fromServiceName("${serviceName}"): give the Service port, e.g. { port: 80 } or { portName: "http" }.`);
    }
    return new ApplicationGatewayBackend(() => serviceName, () => undefined, options, `Service "${serviceName}"`);
  }

  private constructor(
    private readonly serviceName: () => string,
    private readonly firstPort: () => number | undefined,
    private readonly options: ApplicationGatewayBackendOptions,
    description: string,
    private readonly serviceConstruct?: Construct,
  ) {
    if (options.port !== undefined && options.portName !== undefined) {
      throw new Error(`ApplicationGatewayBackend for ${description}: give either port (${options.port}) or portName ("${options.portName}"), not both.`);
    }
  }

  /**
   * The Service construct, when the backend was made from one (so that its pods can be looked up in the app).
   * @internal
   */
  public get _service(): Construct | undefined {
    return this.serviceConstruct;
  }

  /**
   * The `backend` of an Ingress path, resolved when the Ingress is rendered (ports added later count).
   * @internal
   */
  public _toKube(): any {
    if (this.options.portName !== undefined) return { service: { name: this.serviceName(), port: { name: this.options.portName } } };
    const port = this.options.port ?? this.firstPort();
    // A Service without ports gives no port to route to: rendered without one, so that K8S-ING-005 reports it (synth
    // fails, lint() returns the finding) instead of a render that throws.
    if (port === undefined) return { service: { name: this.serviceName(), port: {} } };
    return { service: { name: this.serviceName(), port: { number: port } } };
  }
}
