import { DisruptiveChange } from './change';
import { diffInputs } from './index';
import { diffLoaded } from './run';
import { ManifestDiffReport } from './structs';
import { loadInputs } from '../yaml/files';
import { loadYaml } from '../yaml/load';

/**
 * Finds the changes between two versions of manifests that re-create something clients depend on: a new load
 * balancer or frontend (new DNS name or IP), a replaced target group, a deleted Private Link Service with its private
 * endpoint connections, a removed or renamed Service. Each change says what happens to clients and the safe procedure.
 */
export class ManifestDiff {
  /**
   * Compares two sets of manifests (plain JSON objects, as synthesized or parsed from YAML).
   * Services and Ingresses are matched by kind, namespace and name.
   * @param oldManifests the objects deployed now
   * @param newManifests the objects about to be applied
   */
  public static diffManifests(oldManifests: any[], newManifests: any[]): DisruptiveChange[] {
    return diffInputs(oldManifests.map((manifest) => ({ manifest })), newManifests.map((manifest) => ({ manifest })));
  }

  /**
   * Compares two multi-document YAML texts.
   * @param oldYaml the YAML deployed now
   * @param newYaml the YAML about to be applied
   */
  public static diffYaml(oldYaml: string, newYaml: string): ManifestDiffReport {
    return diffLoaded(loadYaml(oldYaml, 'old'), loadYaml(newYaml, 'new'));
  }

  /**
   * Compares two sets of YAML files or directories.
   * @param oldPaths files or directories deployed now
   * @param newPaths files or directories about to be applied
   */
  public static diffFiles(oldPaths: string[], newPaths: string[]): ManifestDiffReport {
    return diffLoaded(loadInputs(oldPaths), loadInputs(newPaths));
  }

  private constructor() {}
}
