#!/usr/bin/env bash
# wasm/bench.sh (make bench): medians of the engine's timings on the corpus,
# natively (CLI process, analyzer in-process) and as WebAssembly in Node and
# in headless Chromium, plus engine.wasm's size. See wasm/bench/bench.mjs.
#
# Installs what it needs when missing: playwright-core from the lockfile
# (npm ci), Debian's chromium (apt). It never downloads a browser.
#   RUNS=7 WARM=5 bash wasm/bench.sh [--no-browser] [--json FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
GO=${GO:-go}

[[ -f extension/engine.wasm ]] || bash wasm/build.sh
[[ -x bin/policylens ]] || "$GO" build -trimpath -o bin/policylens .
mkdir -p build/bench
"$GO" build -trimpath -o build/bench/nativebench ./wasm/internal/nativebench

if [[ " $* " != *" --no-browser "* ]]; then
	if [[ ! -d node_modules/playwright-core ]]; then
		PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >&2
	fi
	if [[ ! -x ${CHROMIUM:-/usr/bin/chromium} ]]; then
		echo "bench.sh: installing Debian's chromium" >&2
		apt-get install -y chromium >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y chromium >/dev/null; }
	fi
fi
exec node wasm/bench/bench.mjs "$@"
