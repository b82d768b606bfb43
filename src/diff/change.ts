import { ResourceRef } from '../rules/rule';

/**
 * What a change between two versions of a manifest does to the cloud resources that clients depend on.
 */
export enum ChangeEffect {
  /** A new load balancer replaces the old one: new DNS name or IP, connections to the old one are cut. */
  NEW_LOAD_BALANCER = 'new-load-balancer',
  /** The load balancer stays, but the frontend (and its IP address) is deleted and re-created. */
  NEW_FRONTEND = 'new-frontend',
  /** A new target group replaces the old one: targets re-register and must pass health checks again. */
  TARGET_GROUP_REPLACED = 'target-group-replaced',
  /** The Private Link Service is deleted, and with it every private endpoint connection of its consumers. */
  PRIVATE_LINK_SERVICE_DELETED = 'private-link-service-deleted',
  /** The load balancer (or the Ingress routes) is deleted. */
  LOAD_BALANCER_DELETED = 'load-balancer-deleted',
  /** The API server or the controller refuses the change; it can only be made by deleting and re-creating the object. */
  REJECTED = 'rejected',
  /** The controller silently ignores the change on an existing load balancer; only re-creating the Service applies it. */
  IGNORED_UNTIL_RECREATED = 'ignored-until-recreated',
}

/**
 * A change between two manifest sets that re-creates or deletes something clients depend on.
 */
export interface DisruptiveChange {
  /**
   * Stable id of the kind of change, e.g. `DIFF-AWS-SCHEME`.
   */
  readonly changeId: string;
  /**
   * What happens.
   */
  readonly effect: ChangeEffect;
  /**
   * The object (its new version, or the old one when it was removed).
   */
  readonly resource: ResourceRef;
  /**
   * The controller whose behaviour this is, e.g. `AWS Load Balancer Controller`.
   */
  readonly controller: string;
  /**
   * The annotation key or spec field that changed.
   */
  readonly path: string;
  /**
   * The old value, quoted.
   * @default - absent in the old manifest
   */
  readonly oldValue?: string;
  /**
   * The new value, quoted.
   * @default - absent in the new manifest
   */
  readonly newValue?: string;
  /**
   * What will happen to clients.
   */
  readonly message: string;
  /**
   * The safe procedure.
   */
  readonly procedure: string;
  /**
   * Where the behaviour is documented (controller source or docs).
   */
  readonly docs: string;
  /**
   * The file of the object (new version, or old when removed).
   * @default - the manifests were not read from files
   */
  readonly file?: string;
  /**
   * 1-based line of the changed field.
   * @default - the manifests were not read from files
   */
  readonly line?: number;
}
