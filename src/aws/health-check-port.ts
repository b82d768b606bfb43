/**
 * The port an NLB health check connects to (`aws-load-balancer-healthcheck-port`).
 * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#healthcheck-port
 */
export class HealthCheckPort {
  /**
   * The port that receives the traffic (the node port for instance targets, the pod port for ip targets).
   */
  public static trafficPort(): HealthCheckPort {
    return new HealthCheckPort('traffic-port');
  }

  /**
   * A port number on the target (1-65535).
   */
  public static number(port: number): HealthCheckPort {
    return new HealthCheckPort(String(port));
  }

  /**
   * The name of a port of this Service (its node port for instance targets, its numeric targetPort for ip targets).
   */
  public static named(portName: string): HealthCheckPort {
    return new HealthCheckPort(portName);
  }

  /**
   * The annotation value.
   */
  public readonly value: string;

  private constructor(value: string) {
    this.value = value;
  }
}
