#!/usr/bin/env bash
# extension/tests/run-firefox.sh: smoke test of the extension in headless
# Firefox ESR (extension/tests/firefox-smoke.mjs). Not part of `make e2e`;
# installs firefox-esr and zip (apt) if missing. Needs `make wasm` first.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive
for pkg in firefox-esr zip; do
	if ! command -v "$pkg" >/dev/null; then
		apt-get install -y "$pkg" >/dev/null || { apt-get update >/dev/null && apt-get install -y "$pkg" >/dev/null; }
	fi
done
[[ -f extension/engine.wasm ]] || { echo "run-firefox.sh: run 'make wasm' first" >&2; exit 1; }
FF_TMP="$(mktemp -d "${TMPDIR:-/tmp}/policylens-ff.XXXXXX")"
trap 'rm -rf "$FF_TMP"' EXIT
TMPDIR="$FF_TMP" timeout --kill-after=10 120 node --experimental-websocket --no-warnings extension/tests/firefox-smoke.mjs
