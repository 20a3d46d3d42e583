#!/usr/bin/env bash
# extension/tests/run-unit.sh (make js-test): every Node unit test of the
# extension and of the wasm bridge, i.e. extension/tests/*.test.mjs.
# Needs extension/engine.wasm (make wasm builds it first) and, for the DOM
# tests, jsdom (installed from the lockfile when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PATH:/usr/local/go/bin"
# pagehtml.test.mjs builds DOMs with jsdom (a devDependency).
if [[ ! -f node_modules/jsdom/package.json ]]; then
	echo "run-unit.sh: installing the npm devDependencies (npm ci)" >&2
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >/dev/null 2>&1 || PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund >/dev/null
fi
shopt -s nullglob
tests=(extension/tests/*.test.mjs)
if ((${#tests[@]} == 0)); then
	echo "run-unit.sh: no extension/tests/*.test.mjs" >&2
	exit 1
fi
exec node --test --test-reporter="${TEST_REPORTER:-spec}" "${tests[@]}"
