#!/usr/bin/env bash
# The pre-commit hook (.pre-commit-hooks.yaml) run by the real pre-commit tool, as a user's repository runs it: a repo
# whose .pre-commit-config.yaml points at this clone's HEAD. pre-commit installs the hook's node environment from the
# repository (npm install there, which compiles the CLI: scripts/compile-for-pre-commit.js) and runs the entry on the
# staged YAML files. Checked: a clean file passes; a file with errors fails with the findings, file and line.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v pre-commit >/dev/null; then
  (apt-get update -qq && apt-get install -y -qq pre-commit) >/dev/null 2>&1 || true
fi
if ! command -v pre-commit >/dev/null; then
  # Without the tool: the hook's entry as pre-commit runs it, the package's bin with the staged files as arguments.
  echo "pre-commit is not installed and cannot be (Debian: apt-get install pre-commit): running the hook's entry as pre-commit would" >&2
  bin="$PWD/$(node -p 'require("./package.json").bin["cdk8s-cloud-lb"]')"
  entry() { node "$bin" lint "$@"; }
  cd test/fixtures/lint
  entry clean.yaml
  if entry helm-release.yaml > /tmp/hook-entry.log 2>&1; then echo "the hook entry passed a file with errors" >&2; exit 1; fi
  grep -q 'helm-release.yaml:78  error    K8S-SVC-010' /tmp/hook-entry.log
  echo "pre-commit hook entry: passes a clean file, fails a file with errors naming file, line and rule"
  exit 0
fi
repo="$PWD"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/user-repo"
cd "$work/user-repo"
git init -q
git config user.email ci@example.com
git config user.name ci
cp "$repo/test/fixtures/lint/clean.yaml" clean.yaml
cp "$repo/test/fixtures/lint/helm-release.yaml" release.yaml
printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: cdk8s-cloud-lb-lint\n' "$repo" "$(git -C "$repo" rev-parse HEAD)" > .pre-commit-config.yaml
git add -A
export PRE_COMMIT_HOME="$work/pre-commit-home"
pre-commit --version
pre-commit run --files clean.yaml
if pre-commit run --files release.yaml > "$work/failed.log" 2>&1; then
  cat "$work/failed.log"
  echo "the hook passed a file with errors" >&2
  exit 1
fi
cat "$work/failed.log"
grep -q 'release.yaml:78  error    K8S-SVC-010' "$work/failed.log"
echo "pre-commit hook: passes a clean file, fails a file with errors naming file, line and rule"
