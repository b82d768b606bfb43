import * as os from 'os';
import * as path from 'path';
import { Testing } from 'cdk8s';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PREFIX } = require('./setup/temp-dir');

/** The temp directories a test run creates go under one directory that the run's teardown removes (test/setup). */
test("cdk8s's Testing.app() outdir is inside the run's own temp directory, which the teardown removes", () => {
  const runDir = os.tmpdir();
  expect(path.basename(runDir).startsWith(PREFIX)).toBe(true);
  const outdir = Testing.app().outdir;
  expect(path.relative(runDir, outdir).startsWith('..')).toBe(false);
  expect(path.basename(outdir).startsWith('cdk8s.outdir.')).toBe(true);
});
