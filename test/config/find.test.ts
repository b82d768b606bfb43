import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CONFIG_FILE_NAME, ConfigError } from '../../src/config/config';
import { ConfigFileSystem, configFor, findConfigFile, loadConfigFile } from '../../src/config/find';

/** A file system of these files only (absolute paths). */
function memory(files: { [file: string]: string }): ConfigFileSystem {
  return {
    isFile: (file) => file in files,
    read: (file) => {
      if (!(file in files)) throw new Error(`ENOENT: ${file}`);
      return files[file];
    },
  };
}

describe('finding the config file', () => {
  test('the first .cdk8s-cloud-lb.yaml from the directory up to the root', () => {
    const files = memory({ '/repo/.cdk8s-cloud-lb.yaml': 'ignore: []', '/repo/apps/web/.cdk8s-cloud-lb.yaml': '', '/.cdk8s-cloud-lb.yaml': '' });
    expect(findConfigFile('/repo/apps/web/charts', files)).toBe('/repo/apps/web/.cdk8s-cloud-lb.yaml');
    expect(findConfigFile('/repo/apps/web', files)).toBe('/repo/apps/web/.cdk8s-cloud-lb.yaml');
    expect(findConfigFile('/repo/apps/api', files)).toBe('/repo/.cdk8s-cloud-lb.yaml');
    expect(findConfigFile('/other', files)).toBe('/.cdk8s-cloud-lb.yaml');
    expect(findConfigFile('/other', memory({}))).toBeUndefined();
  });

  test('on the real file system (a directory of that name is no config file)', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-cloud-lb-find-'));
    try {
      fs.mkdirSync(path.join(root, 'a', 'b', CONFIG_FILE_NAME), { recursive: true });
      fs.writeFileSync(path.join(root, CONFIG_FILE_NAME), 'ignore: [K8S-SVC-024]\n');
      expect(findConfigFile(path.join(root, 'a', 'b'))).toBe(path.join(root, CONFIG_FILE_NAME));
      expect(configFor({ cwd: path.join(root, 'a') })?.ignore).toEqual(['K8S-SVC-024']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('loading', () => {
  const files = memory({ '/repo/.cdk8s-cloud-lb.yaml': 'ignore: [K8S-SVC-024]\n', '/repo/ci/strict.yaml': 'severity: { K8S-SVC-024: error }\n', '/repo/bad.yaml': 'x: 1\n' });

  test('the file found, with its absolute path', () => {
    expect(configFor({ cwd: '/repo/apps' }, files)).toMatchObject({ file: '/repo/.cdk8s-cloud-lb.yaml', ignore: ['K8S-SVC-024'] });
  });

  test('a given file (relative to cwd) replaces the one found; disabled: none', () => {
    expect(configFor({ cwd: '/repo', file: 'ci/strict.yaml' }, files)).toMatchObject({ file: '/repo/ci/strict.yaml', ignore: [] });
    expect(configFor({ cwd: '/repo', disabled: true }, files)).toBeUndefined();
    expect(configFor({ cwd: '/elsewhere' }, files)).toBeUndefined();
  });

  test('a given file must exist', () => {
    expect(() => configFor({ cwd: '/repo', file: 'missing.yaml' }, files)).toThrow(ConfigError);
    expect(() => loadConfigFile('missing.yaml', '/repo', files)).toThrow(/^missing\.yaml: cannot read the config file \(ENOENT: \/repo\/missing\.yaml\)\. Fix: Give the path of an existing file to --config/);
  });

  test('an invalid file: ConfigError naming the file as given and the line', () => {
    expect(() => configFor({ cwd: '/repo', file: 'bad.yaml' }, files)).toThrow(/^bad\.yaml:1: unknown key "x"\./);
  });
});
