import { IConstruct } from 'constructs';
import { ReleaseVersion, parseReleaseVersion } from './controller-version';
import { ControllerId, ProfileFacts } from './facts';
import { parseKubernetesVersion, versionText } from './kubernetes-version';
import { parseProfileSpec } from './profile-spec';
import { IpFamily } from '../core/enums';

/** A controller that runs on the cluster, and which release. */
export interface ControllerRelease {
  /**
   * The release, e.g. "v2.8.1" or "1.29" (a release line: a check against a patch release is then judged for every
   * patch of that line).
   * @default - any release: a verdict that differs between releases is a warning
   * @see https://github.com/cdk8s-cloud-lb/cdk8s-cloud-lb/blob/main/docs/profiles.md
   */
  readonly version?: string;
}

/** The AWS Load Balancer Controller as it runs on the cluster. */
export interface AwsLoadBalancerControllerProfile extends ControllerRelease {
  /**
   * Whether its Service mutator webhook runs (Helm value `enableServiceMutatorWebhook`): it sets
   * `spec.loadBalancerClass: service.k8s.aws/nlb` on every new LoadBalancer Service without a class, so that this
   * controller, not the in-tree provider, reconciles it.
   * @default - true from v2.5 (the chart's default), false before; unknown when the version is not given
   * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/deploy/configurations/
   */
  readonly serviceMutatorWebhook?: boolean;
}

/**
 * The load balancer controllers that run on a cluster. A controller left out does not run there; the in-tree AWS
 * provider (cloud-provider-aws) and cloud-provider-azure are the cloud's Service controllers.
 */
export interface LoadBalancerControllers {
  /**
   * @default - does not run
   * @see https://kubernetes-sigs.github.io/aws-load-balancer-controller/
   */
  readonly awsLoadBalancerController?: AwsLoadBalancerControllerProfile;
  /**
   * The AWS cloud provider's Service controller (in-tree, or cloud-provider-aws as the cloud-controller-manager).
   * @default - does not run
   * @see https://github.com/kubernetes/cloud-provider-aws
   */
  readonly cloudProviderAws?: ControllerRelease;
  /**
   * cloud-provider-azure (on AKS its release line is the cluster's Kubernetes version).
   * @default - does not run
   * @see https://cloud-provider-azure.sigs.k8s.io/
   */
  readonly cloudProviderAzure?: ControllerRelease;
  /**
   * The Application Gateway Ingress Controller.
   * @default - does not run
   * @see https://azure.github.io/application-gateway-kubernetes-ingress/
   */
  readonly applicationGatewayIngressController?: ControllerRelease;
}

/** What is known of the cluster the manifests are for. Everything left out is judged for every cluster. */
export interface ClusterProfileProps {
  /**
   * A name for messages, e.g. "prod-eks".
   * @default - made of the platform and the Kubernetes version, e.g. "eks-1.30"
   * @see https://github.com/cdk8s-cloud-lb/cdk8s-cloud-lb/blob/main/docs/profiles.md
   */
  readonly name?: string;
  /**
   * The Kubernetes version of the API server, e.g. "1.30" (a patch such as "1.30.4" or "v1.30.4-eks-a737599" is
   * read as its minor version).
   * @default - every version from 1.26 to 1.37: a verdict that differs between them is a warning
   * @see https://kubernetes.io/releases/
   */
  readonly kubernetesVersion?: string;
  /**
   * The load balancer controllers that run, and their releases.
   * @default - unknown: judged for every controller that may run
   * @see https://github.com/cdk8s-cloud-lb/cdk8s-cloud-lb/blob/main/docs/profiles.md
   */
  readonly controllers?: LoadBalancerControllers;
  /**
   * The API server's `--service-node-port-range`, e.g. "30000-32767".
   * @default - unknown: a nodePort outside 30000-32767 is a warning
   * @see https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport
   */
  readonly nodePortRange?: string;
  /**
   * The IP families the cluster's Services can use (its service CIDRs).
   * @default - unknown
   * @see https://kubernetes.io/docs/concepts/services-networking/dual-stack/
   */
  readonly ipFamilies?: IpFamily[];
}

/** An EKS cluster: the AWS cloud provider, and the AWS Load Balancer Controller when it is installed. */
export interface EksProfileProps {
  /**
   * @default - every version from 1.26 to 1.37
   * @see https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html
   */
  readonly kubernetesVersion?: string;
  /**
   * The AWS Load Balancer Controller, when it is installed.
   * @default - not installed: the in-tree provider reconciles every LoadBalancer Service
   * @see https://docs.aws.amazon.com/eks/latest/userguide/aws-load-balancer-controller.html
   */
  readonly awsLoadBalancerController?: AwsLoadBalancerControllerProfile;
  /**
   * @default - "eks-<version>"
   * @see https://github.com/cdk8s-cloud-lb/cdk8s-cloud-lb/blob/main/docs/profiles.md
   */
  readonly name?: string;
  /**
   * @default - unknown
   * @see https://docs.aws.amazon.com/eks/latest/userguide/cni-ipv6.html
   */
  readonly ipFamilies?: IpFamily[];
}

/** An AKS cluster: cloud-provider-azure of the cluster's release line, and AGIC when the add-on or Helm chart runs. */
export interface AksProfileProps {
  /**
   * @default - every version from 1.26 to 1.37
   * @see https://learn.microsoft.com/azure/aks/supported-kubernetes-versions
   */
  readonly kubernetesVersion?: string;
  /**
   * The Application Gateway Ingress Controller, when it runs.
   * @default - not installed
   * @see https://learn.microsoft.com/azure/application-gateway/ingress-controller-overview
   */
  readonly applicationGatewayIngressController?: ControllerRelease;
  /**
   * @default - "aks-<version>"
   * @see https://github.com/cdk8s-cloud-lb/cdk8s-cloud-lb/blob/main/docs/profiles.md
   */
  readonly name?: string;
  /**
   * @default - unknown
   * @see https://learn.microsoft.com/azure/aks/configure-kubenet-dual-stack
   */
  readonly ipFamilies?: IpFamily[];
}

const PROFILES = new WeakMap<IConstruct, ClusterProfile>();

/**
 * The cluster that manifests are judged for. Set it once on the App or a Chart (`applyTo`); the constructs below it,
 * the cdk8s-cli plugin and `lint --profile` judge as that cluster will: its Kubernetes version, which load balancer
 * controllers run, their releases. Without a profile every verdict that depends on the cluster is a warning that says
 * on which clusters it breaks.
 */
export class ClusterProfile {
  /** A cluster described field by field. */
  public static custom(props: ClusterProfileProps): ClusterProfile {
    return new ClusterProfile(props, 'custom');
  }

  /** An EKS cluster, with or without the AWS Load Balancer Controller. */
  public static eks(props: EksProfileProps = {}): ClusterProfile {
    const minor = props.kubernetesVersion === undefined ? undefined : parseKubernetesVersion(props.kubernetesVersion, 'ClusterProfile.eks: kubernetesVersion');
    return new ClusterProfile({
      name: props.name,
      kubernetesVersion: props.kubernetesVersion,
      ipFamilies: props.ipFamilies,
      controllers: {
        // EKS runs the AWS provider of its own Kubernetes minor.
        cloudProviderAws: { version: minor === undefined ? undefined : versionText(minor) },
        awsLoadBalancerController: props.awsLoadBalancerController,
      },
    }, 'eks');
  }

  /** An AKS cluster, with or without AGIC. */
  public static aks(props: AksProfileProps = {}): ClusterProfile {
    const minor = props.kubernetesVersion === undefined ? undefined : parseKubernetesVersion(props.kubernetesVersion, 'ClusterProfile.aks: kubernetesVersion');
    return new ClusterProfile({
      name: props.name,
      kubernetesVersion: props.kubernetesVersion,
      ipFamilies: props.ipFamilies,
      controllers: {
        // AKS runs the cloud-provider-azure line of its Kubernetes minor (CPA minor = Kubernetes minor since v1.23).
        cloudProviderAzure: { version: minor === undefined ? undefined : versionText(minor) },
        applicationGatewayIngressController: props.applicationGatewayIngressController,
      },
    }, 'aks');
  }

  /**
   * A profile written on one line, as `lint --profile` takes it: `<platform>[-<kubernetes version>][+<controller>[-<version>]]...`,
   * e.g. "eks-1.30+lbc-2.8.1", "eks+lbc-no-webhook", "aks-1.29+agic".
   * @throws when the spec does not follow that syntax, naming the part that does not
   */
  public static fromSpec(spec: string): ClusterProfile {
    return parseProfileSpec(spec, 'ClusterProfile.fromSpec');
  }

  /**
   * The profile set on this construct or the nearest of its scopes.
   * @returns undefined when none is set
   */
  public static of(scope: IConstruct): ClusterProfile | undefined {
    for (let node: IConstruct | undefined = scope; node !== undefined; node = node.node.scope) {
      const profile = PROFILES.get(node);
      if (profile !== undefined) return profile;
    }
    return undefined;
  }

  /** The name shown in findings. */
  public readonly name: string;
  /** The Kubernetes version as given. */
  public readonly kubernetesVersion?: string;
  /** @internal */
  public readonly _facts: ProfileFacts;

  private constructor(props: ClusterProfileProps, platform: string) {
    const minor = props.kubernetesVersion === undefined ? undefined : parseKubernetesVersion(props.kubernetesVersion, 'ClusterProfile: kubernetesVersion');
    this.name = props.name ?? (minor === undefined ? platform : `${platform}-${versionText(minor)}`);
    this.kubernetesVersion = props.kubernetesVersion;
    this._facts = {
      name: this.name,
      kubernetesMinor: minor,
      controllers: props.controllers === undefined ? undefined : controllersOf(props.controllers),
      lbcMutatorWebhook: props.controllers?.awsLoadBalancerController?.serviceMutatorWebhook,
      nodePortRange: props.nodePortRange === undefined ? undefined : parseNodePortRange(props.nodePortRange),
      ipFamilies: props.ipFamilies === undefined ? undefined : ipFamiliesOf(props.ipFamilies),
    };
  }

  /**
   * Judges every construct in `scope` (an App, a Chart) for this cluster.
   * @throws when `scope` already has a profile: one scope, one cluster
   */
  public applyTo(scope: IConstruct): void {
    const existing = PROFILES.get(scope);
    if (existing !== undefined && existing !== this) {
      throw new Error(`${scope.node.path || 'the app'} already has the cluster profile "${existing.name}"; set one profile per App or Chart.`);
    }
    PROFILES.set(scope, this);
  }
}

function controllersOf(controllers: LoadBalancerControllers): ReadonlyMap<ControllerId, ReleaseVersion | undefined> {
  const result = new Map<ControllerId, ReleaseVersion | undefined>();
  const add = (id: ControllerId, prop: string, release: ControllerRelease | undefined) => {
    if (release === undefined) return;
    result.set(id, release.version === undefined ? undefined : parseReleaseVersion(release.version, `ClusterProfile: controllers.${prop}.version`));
  };
  add('aws-load-balancer-controller', 'awsLoadBalancerController', controllers.awsLoadBalancerController);
  add('cloud-provider-aws', 'cloudProviderAws', controllers.cloudProviderAws);
  add('cloud-provider-azure', 'cloudProviderAzure', controllers.cloudProviderAzure);
  add('agic', 'applicationGatewayIngressController', controllers.applicationGatewayIngressController);
  return result;
}

function parseNodePortRange(value: string): readonly [number, number] {
  const match = /^\s*(\d{1,5})\s*-\s*(\d{1,5})\s*$/.exec(value) ?? /^\s*(\d{1,5})\s*\+\s*(\d{1,5})\s*$/.exec(value);
  if (match !== null) {
    const from = Number(match[1]);
    const to = value.includes('+') ? from + Number(match[2]) : Number(match[2]);
    if (from >= 1 && to <= 65535 && from <= to) return [from, to];
  }
  throw new Error(`ClusterProfile: nodePortRange "${value}" is not a port range. Write it as the API server's --service-node-port-range, e.g. "30000-32767".`);
}

function ipFamiliesOf(families: readonly IpFamily[]): readonly string[] {
  if (families.length === 0 || new Set(families).size !== families.length) {
    throw new Error(`ClusterProfile: ipFamilies [${families.join(', ')}] must name IPv4, IPv6 or both, each once.`);
  }
  return families.map(String);
}
