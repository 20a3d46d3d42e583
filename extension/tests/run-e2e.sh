#!/usr/bin/env bash
# extension/tests/run-e2e.sh (make e2e): the extension in headless Chromium,
# driven by playwright-core (extension/tests/e2e.mjs). Installs what is
# missing (Debian's chromium, playwright-core from package-lock.json); builds
# nothing: `make e2e` runs `make wasm` first.
set -euo pipefail
cd "$(dirname "$0")/../.."

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [[ ! -x "$CHROMIUM" ]]; then
	echo "run-e2e.sh: installing chromium (apt)" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y chromium >/dev/null || { apt-get update >/dev/null && apt-get install -y chromium >/dev/null; }
fi
if [[ ! -f node_modules/playwright-core/package.json ]]; then
	echo "run-e2e.sh: installing playwright-core (npm ci)" >&2
	npm ci --no-audit --no-fund >/dev/null 2>&1 || npm install --no-audit --no-fund >/dev/null
fi
for f in extension/engine.wasm extension/wasm_exec.js; do
	if [[ ! -f "$f" ]]; then
		echo "run-e2e.sh: $f is missing: run 'make wasm' first" >&2
		exit 1
	fi
done

# A throwaway TMPDIR: Chromium leaves org.chromium.Chromium.* folders behind
# when killed; the profile lives there too.
E2E_TMP="$(mktemp -d "${TMPDIR:-/tmp}/policylens-e2e.XXXXXX")"
cleanup() {
	for _ in 1 2 3; do
		rm -rf "$E2E_TMP" 2>/dev/null && return 0
		sleep 1
	done
	echo "run-e2e.sh: could not remove $E2E_TMP" >&2
}
trap cleanup EXIT
# Screenshots go to extension/screenshots/ (the README shows them) unless
# POLICYLENS_SHOTS names another folder.
CHROMIUM="$CHROMIUM" TMPDIR="$E2E_TMP" timeout --kill-after=10 "${E2E_TIMEOUT:-600}" node extension/tests/e2e.mjs
# Real saved pages (../shared/policies-dev/ota-dating, when present): the
# extension in Chromium says what the CLI says of each.
CHROMIUM="$CHROMIUM" TMPDIR="$E2E_TMP" timeout --kill-after=10 "${E2E_TIMEOUT:-600}" node extension/tests/real-pages.mjs
