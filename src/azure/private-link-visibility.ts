/**
 * Who can find a Private Link Service and request a private endpoint to it (`azure-pls-visibility`).
 * Without a visibility, only principals with Azure RBAC rights on the service can.
 * @see https://cloud-provider-azure.sigs.k8s.io/topics/pls-integration/
 */
export class PrivateLinkVisibility {
  /**
   * Everyone (`"*"`): any Azure subscription can see the service and request a connection (which still needs approval).
   */
  public static anyone(): PrivateLinkVisibility {
    return new PrivateLinkVisibility(['*']);
  }

  /**
   * Only these subscriptions (GUIDs). An empty list means RBAC only, as when no visibility is set.
   */
  public static subscriptions(subscriptionIds: string[]): PrivateLinkVisibility {
    return new PrivateLinkVisibility([...subscriptionIds]);
  }

  /**
   * The subscription ids, or `["*"]` for everyone.
   */
  public readonly subscriptionIds: string[];

  private constructor(subscriptionIds: string[]) {
    this.subscriptionIds = subscriptionIds;
  }

  /**
   * Whether everyone can see the service.
   */
  public get isPublic(): boolean {
    return this.subscriptionIds.includes('*');
  }
}
