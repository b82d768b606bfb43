// `prepublish`: npm runs it on `npm install` in a checkout (never for a dependency, never on `npm pack`), and so when
// pre-commit installs this repository for its `language: node` hook (.pre-commit-hooks.yaml): into a nodeenv (which
// sets NODE_VIRTUAL_ENV), with `npm install` in its clone and then `npm pack` (pre-commit until mid-2026, whose
// tarball name is the whole stdout of `npm pack`, which a `prepare` script's banner would corrupt), or with
// `npm install -g git+file://…` (pre-commit since, where npm runs `npm install` in its own clone). The hook runs the
// compiled CLI, lib/cli/launcher.js (package.json "bin") and the bundle it runs, lib/cli/cli.bundle.js, which git does
// not carry: compile them there. A development checkout compiles when it needs lib/ (`npx projen compile`, `npx projen
// build`): `npm install` there compiles nothing.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const compiled = ['launcher.js', 'cli.bundle.js'].every((file) => fs.existsSync(path.join(root, 'lib', 'cli', file)));
if (process.env.NODE_VIRTUAL_ENV && !compiled) {
  const result = spawnSync('npx', ['projen', 'compile'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  process.exitCode = result.status ?? 1;
}
