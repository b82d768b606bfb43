// Jest globalSetup/globalTeardown: every temporary directory a test run creates (cdk8s's Testing.app() outdirs,
// the CLI tests' files, the child processes' temp files) goes under one directory, removed when the run ends.
// Why: os.tmpdir() reads TMPDIR, and jest's workers and the tests' child processes inherit it.
const fs = require('fs');
const os = require('os');
const path = require('path');

const PREFIX = 'cdk8s-cloud-lb-test-';

async function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), PREFIX));
  globalThis.__CDK8S_CLOUD_LB_TEST_TMPDIR__ = { dir, previous: process.env.TMPDIR };
  process.env.TMPDIR = dir;
}

async function teardown() {
  const state = globalThis.__CDK8S_CLOUD_LB_TEST_TMPDIR__;
  if (!state) return;
  if (state.previous === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = state.previous;
  fs.rmSync(state.dir, { recursive: true, force: true });
}

module.exports = { setup, teardown, PREFIX };
