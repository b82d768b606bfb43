/**
 * A port of the Service, by number or by name, where an annotation takes either: the TLS ports of an AWS load
 * balancer, the probe port of an Azure load balancer port.
 */
export class PortReference {
  /**
   * A port number (1-65535).
   */
  public static number(port: number): PortReference {
    return new PortReference(String(port));
  }

  /**
   * The name of a port of this Service (`spec.ports[].name`).
   * (`name` itself cannot be a static member of a JavaScript class.)
   */
  public static named(portName: string): PortReference {
    return new PortReference(portName);
  }

  /**
   * The value as the annotation carries it.
   */
  public readonly value: string;

  private constructor(value: string) {
    this.value = value;
  }
}
