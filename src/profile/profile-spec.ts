import { AwsLoadBalancerControllerProfile, ClusterProfile, ControllerRelease } from './cluster-profile';

/**
 * A profile written on one line, as `lint --profile` and the config file take it:
 * `<platform>[-<kubernetes version>][+<controller>[-<version>]]...`, e.g. `eks-1.30+lbc-2.8.1`, `eks+lbc-no-webhook`,
 * `aks-1.29+agic`. Platforms: eks, aks. Controllers: lbc (the AWS Load Balancer Controller, `-no-webhook` without its
 * Service mutator webhook) on eks, agic on aks.
 */
export const PROFILE_SPEC_SYNTAX = '<platform>[-<kubernetes version>][+<controller>[-<version>]]..., e.g. "eks-1.30+lbc-2.8.1", "eks+lbc-no-webhook", "aks-1.29+agic"';

const PLATFORM = /^(eks|aks)(?:-(v?1\.\d+(?:\.\d+)?))?$/;
const CONTROLLER = /^(lbc|agic)(?:-(v?\d+(?:\.\d+){0,2}))?(-no-webhook)?$/;

/** @throws a message that names the spec, the part that is wrong and the syntax */
export function parseProfileSpec(spec: string, where: string): ClusterProfile {
  const [head, ...rest] = spec.trim().split('+').map((part) => part.trim());
  const platform = PLATFORM.exec(head);
  if (platform === null) throw new Error(`${where}: "${head}" in profile "${spec}" is not a platform (eks or aks, with an optional Kubernetes version, e.g. "eks-1.30"). Syntax: ${PROFILE_SPEC_SYNTAX}.`);
  const [, name, kubernetesVersion] = platform;
  let lbc: AwsLoadBalancerControllerProfile | undefined;
  let agic: ControllerRelease | undefined;
  for (const part of rest) {
    const controller = CONTROLLER.exec(part);
    const allowed = name === 'eks' ? 'lbc' : 'agic';
    if (controller === null || controller[1] !== allowed || (controller[3] !== undefined && controller[1] !== 'lbc')) {
      throw new Error(`${where}: "${part}" in profile "${spec}" is not a controller of ${name} (${allowed}[-<version>]${name === 'eks' ? '[-no-webhook]' : ''}). Syntax: ${PROFILE_SPEC_SYNTAX}.`);
    }
    const version = controller[2];
    if (controller[1] === 'lbc') lbc = { version, serviceMutatorWebhook: controller[3] === undefined ? undefined : false };
    else agic = { version };
  }
  return name === 'eks'
    ? ClusterProfile.eks({ kubernetesVersion, awsLoadBalancerController: lbc, name: spec.trim() })
    : ClusterProfile.aks({ kubernetesVersion, applicationGatewayIngressController: agic, name: spec.trim() });
}
