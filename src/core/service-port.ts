import * as kplus from 'cdk8s-plus-28';

/**
 * The port on the pods that a Service port forwards to: a number, or the name of a container port.
 */
export class TargetPort {
  /**
   * A container port number (1-65535).
   */
  public static number(port: number): TargetPort {
    return new TargetPort(port, undefined);
  }

  /**
   * The name of a container port (an IANA service name such as `http`), so that the pods can change the number.
   * (`name` itself cannot be a static member of a JavaScript class.)
   */
  public static named(name: string): TargetPort {
    return new TargetPort(undefined, name);
  }

  /**
   * The port number, when the target is a number.
   */
  public readonly portNumber?: number;

  /**
   * The port name, when the target is a named port.
   */
  public readonly portName?: string;

  private constructor(portNumber: number | undefined, portName: string | undefined) {
    this.portNumber = portNumber;
    this.portName = portName;
  }

  /**
   * The value as it appears in the manifest: a number or a string.
   * @internal
   */
  public _toKube(): number | string {
    return this.portNumber ?? this.portName!;
  }
}

/**
 * One port of a Service.
 */
export interface ServicePort {
  /**
   * The port the load balancer and the Service listen on (1-65535; 10250, the kubelet's, only from Kubernetes 1.33).
   * @see https://kubernetes.io/docs/concepts/services-networking/service/#field-spec-ports
   */
  readonly port: number;

  /**
   * The port on the pods that traffic is forwarded to.
   * @default - the same number as `port`
   * @see https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service
   */
  readonly targetPort?: TargetPort;

  /**
   * Name of the port, a DNS-1123 label. Required (and unique) when the Service has more than one port.
   * @default - no name
   * @see https://kubernetes.io/docs/concepts/services-networking/service/#multi-port-services
   */
  readonly name?: string;

  /**
   * The protocol.
   * @default Protocol.TCP
   * @see https://kubernetes.io/docs/reference/networking/service-protocols/
   */
  readonly protocol?: kplus.Protocol;

  /**
   * The port on every node that the load balancer sends traffic to.
   * @default - allocated by Kubernetes from the node port range
   * @see https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport
   */
  readonly nodePort?: number;

  /**
   * The application protocol, e.g. `http`, `https` or `kubernetes.io/h2c`.
   * @default - none
   * @see https://kubernetes.io/docs/concepts/services-networking/service/#application-protocol
   */
  readonly appProtocol?: string;
}
