// `npm run prepare`: npm runs it after `npm install` in a checkout, and when it installs this repository from git.
// pre-commit installs a `language: node` hook (.pre-commit-hooks.yaml) exactly so, into a nodeenv (which sets
// NODE_VIRTUAL_ENV), and the hook runs the compiled CLI, lib/cli/cli.js, which git does not carry: compile it there.
// A development checkout compiles when it needs lib/ (`npx projen compile`, `npx projen build`), so `npm install`
// there compiles nothing.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
if (process.env.NODE_VIRTUAL_ENV && !fs.existsSync(path.join(root, 'lib', 'cli', 'cli.js'))) {
  const result = spawnSync('npx', ['projen', 'compile'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  process.exitCode = result.status ?? 1;
}
