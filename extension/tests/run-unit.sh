#!/usr/bin/env bash
# extension/tests/run-unit.sh (make js-test): every Node unit test of the
# extension and of the wasm bridge, i.e. extension/tests/*.test.mjs.
# Needs extension/engine.wasm (make wasm builds it first).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PATH:/usr/local/go/bin"
shopt -s nullglob
tests=(extension/tests/*.test.mjs)
if ((${#tests[@]} == 0)); then
	echo "run-unit.sh: no extension/tests/*.test.mjs" >&2
	exit 1
fi
exec node --test --test-reporter="${TEST_REPORTER:-spec}" "${tests[@]}"
