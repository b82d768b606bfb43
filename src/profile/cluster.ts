import { ClusterProfile } from './cluster-profile';
import { ReleaseVersion, releaseText } from './controller-version';
import { ControllerId, ProfileFacts } from './facts';
import { Minor, NEWEST_MINOR, OLDEST_MINOR } from './kubernetes-version';
import { ReleaseLines, releaseReads } from './release-lines';

const CONTROLLER_NAMES: Record<ControllerId, string> = {
  'aws-load-balancer-controller': 'the AWS Load Balancer Controller',
  'cloud-provider-aws': 'the in-tree AWS provider',
  'cloud-provider-azure': 'cloud-provider-azure',
  'agic': 'AGIC',
};

/**
 * The cluster as the rules ask about it. Each question has three answers: true, false, or undefined when the profile
 * leaves it open and the clusters it admits differ; a rule then reports on those clusters only (`onClusters`).
 */
export class Cluster {
  /** Every cluster: no profile. */
  public static readonly ANY = new Cluster(undefined);

  public static of(profile: ClusterProfile | undefined): Cluster {
    if (profile === undefined) return Cluster.ANY;
    let cluster = CLUSTERS.get(profile);
    if (cluster === undefined) {
      cluster = new Cluster(profile._facts);
      CLUSTERS.set(profile, cluster);
    }
    return cluster;
  }

  /** The profile's name, for messages; undefined without a profile. */
  public readonly profileName?: string;

  private constructor(private readonly facts: ProfileFacts | undefined) {
    this.profileName = facts?.name;
  }

  /** The Kubernetes minor version, when the profile names it. */
  public get kubernetesMinor(): Minor | undefined {
    return this.facts?.kubernetesMinor;
  }

  /** Whether the API server is Kubernetes 1.`minor` or newer. */
  public kubernetesAtLeast(minor: Minor): boolean | undefined {
    const known = this.facts?.kubernetesMinor;
    if (known !== undefined) return known >= minor;
    if (minor <= OLDEST_MINOR) return true;
    if (minor > NEWEST_MINOR) return false;
    return undefined;
  }

  /** Whether the profile declares the controllers that run. */
  public get declaresControllers(): boolean {
    return this.facts?.controllers !== undefined;
  }

  /** Whether a controller runs. */
  public runs(controller: ControllerId): boolean | undefined {
    const controllers = this.facts?.controllers;
    return controllers === undefined ? undefined : controllers.has(controller);
  }

  /**
   * Whether a controller runs in `minimum` (e.g. "1.33.14") or later; false when it does not run.
   */
  public runsAtLeast(controller: ControllerId, minimum: string): boolean | undefined {
    return this.runsReleaseIn(controller, { since: [minimum] });
  }

  /**
   * Whether a controller runs in a release that `lines` lists (a patch of each release line, e.g. a cherry-picked
   * fix); false when it does not run.
   */
  public runsReleaseIn(controller: ControllerId, lines: ReleaseLines): boolean | undefined {
    if (this.runs(controller) === false) return false;
    const release = this.facts?.controllers?.get(controller);
    return release === undefined ? undefined : releaseReads(release, lines);
  }

  /** The declared release of a controller. */
  public releaseOf(controller: ControllerId): ReleaseVersion | undefined {
    return this.facts?.controllers?.get(controller);
  }

  /**
   * Whether the AWS Load Balancer Controller's Service mutator webhook runs: the controller runs and the webhook is on
   * (declared, or the chart's default from v2.5).
   */
  public get lbcMutatorWebhook(): boolean | undefined {
    const runs = this.runs('aws-load-balancer-controller');
    if (runs !== true) return runs;
    if (this.facts?.lbcMutatorWebhook !== undefined) return this.facts.lbcMutatorWebhook;
    return this.runsAtLeast('aws-load-balancer-controller', '2.5.0');
  }

  /** The node port range the profile declares. */
  public get nodePortRange(): readonly [number, number] | undefined {
    return this.facts?.nodePortRange;
  }

  /** The IP families the profile declares. */
  public get ipFamilies(): readonly string[] | undefined {
    return this.facts?.ipFamilies;
  }

  /** "the declared cluster (eks-1.30)" or "a cluster", for messages. */
  public describe(): string {
    return this.profileName === undefined ? 'a cluster' : `the cluster "${this.profileName}"`;
  }
}

const CLUSTERS = new WeakMap<ClusterProfile, Cluster>();

/** How a controller and release read in a message: "the AWS Load Balancer Controller v2.8.1". */
export function controllerText(cluster: Cluster, controller: ControllerId): string {
  const release = cluster.releaseOf(controller);
  return release === undefined ? CONTROLLER_NAMES[controller] : `${CONTROLLER_NAMES[controller]} ${releaseText(release)}`;
}

