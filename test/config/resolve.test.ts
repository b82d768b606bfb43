import { ConfigError } from '../../src/config/config';
import { ConfigFileSystem } from '../../src/config/find';
import { specWithKubernetesVersion } from '../../src/config/profile';
import { SettingsError, resolveSettings } from '../../src/config/resolve';

const files = (map: { [file: string]: string }): ConfigFileSystem => ({
  isFile: (f) => f in map,
  read: (f) => {
    if (!(f in map)) throw new Error(`ENOENT: ${f}`);
    return map[f];
  },
});
const WITH_PROFILE = files({ '/repo/.cdk8s-cloud-lb.yaml': 'profile: eks-1.29+lbc-2.8.1\n', '/repo/aks.yaml': 'profile: { platform: aks, kubernetesVersion: "1.28" }\n' });

describe('the settings of a run: flags win over the config file', () => {
  test('no flag, no file: every cluster', () => {
    expect(resolveSettings({ cwd: '/x' }, files({}))).toEqual({ config: undefined });
  });

  test('the config file\'s profile; --profile replaces it; --config picks another file; --no-config none', () => {
    expect(resolveSettings({ cwd: '/repo/a' }, WITH_PROFILE).profile?.name).toBe('eks-1.29+lbc-2.8.1');
    expect(resolveSettings({ cwd: '/repo/a', profile: 'aks-1.30' }, WITH_PROFILE).profile?.name).toBe('aks-1.30');
    expect(resolveSettings({ cwd: '/repo', configFile: 'aks.yaml' }, WITH_PROFILE).profile?.name).toBe('aks-1.28');
    expect(resolveSettings({ cwd: '/repo', noConfig: true }, WITH_PROFILE)).toEqual({ config: undefined });
  });

  test('--kubernetes-version: replaces the version of either profile; alone, a custom profile', () => {
    expect(resolveSettings({ cwd: '/repo', kubernetesVersion: '1.31' }, WITH_PROFILE).profile?.name).toBe('eks-1.31+lbc-2.8.1');
    expect(resolveSettings({ cwd: '/repo', configFile: 'aks.yaml', kubernetesVersion: 'v1.31.2' }, WITH_PROFILE).profile?.name).toBe('aks-1.31');
    expect(resolveSettings({ cwd: '/repo', profile: 'eks+lbc-no-webhook', kubernetesVersion: '1.30' }, WITH_PROFILE).profile?.name).toBe('eks-1.30+lbc-no-webhook');
    const alone = resolveSettings({ cwd: '/x', kubernetesVersion: '1.30' }, files({})).profile!;
    expect(alone.name).toBe('custom-1.30');
    expect(alone.kubernetesVersion).toBe('1.30');
  });

  test('specWithKubernetesVersion', () => {
    expect(specWithKubernetesVersion('eks', '1.30')).toBe('eks-1.30');
    expect(specWithKubernetesVersion(' eks-1.29 + lbc-2.8.1 ', '1.30.4')).toBe('eks-1.30+ lbc-2.8.1');
    expect(specWithKubernetesVersion('aks-v1.29.1+agic', '1.31')).toBe('aks-1.31+agic');
  });

  test('a bad flag is a SettingsError, a bad file a ConfigError', () => {
    expect(() => resolveSettings({ cwd: '/x', profile: 'gke' }, files({}))).toThrow(SettingsError);
    expect(() => resolveSettings({ cwd: '/x', profile: 'gke' }, files({}))).toThrow(/^--profile: "gke" in profile "gke" is not a platform/);
    expect(() => resolveSettings({ cwd: '/x', kubernetesVersion: '1.3' }, files({}))).toThrow(/^--kubernetes-version: Kubernetes "1.3" is outside/);
    expect(() => resolveSettings({ cwd: '/repo', kubernetesVersion: 'latest' }, WITH_PROFILE)).toThrow(/^--kubernetes-version: "latest" is not a Kubernetes version/);
    expect(() => resolveSettings({ cwd: '/x', configFile: 'c.yaml', noConfig: true }, files({}))).toThrow('--config and --no-config exclude each other.');
    expect(() => resolveSettings({ cwd: '/x', configFile: 'c.yaml' }, files({}))).toThrow(ConfigError);
  });
});
