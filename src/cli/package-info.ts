import * as fs from 'fs';
import * as path from 'path';

/** The package's own package.json: two levels above this file, in the sources (src/cli) and in the package (lib/cli). */
const PACKAGE_JSON = path.join(__dirname, '..', '..', 'package.json');

/** The package's version, as package.json says (`--version`, and the tool version of SARIF). */
export function packageVersion(): string {
  return String(JSON.parse(fs.readFileSync(PACKAGE_JSON, 'utf8')).version);
}

/** Where users read about the tool (SARIF's informationUri). */
export const INFORMATION_URI = 'https://github.com/cdk8s-cloud-lb/cdk8s-cloud-lb';
