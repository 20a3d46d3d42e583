#!/usr/bin/env bash
# wasm/size.sh (make size): prints engine.wasm's size, raw and gzip -9, and
# fails if the gzip-compressed engine is over the budget (3 MB, issue #12; MAX_GZIP
# bytes to change it).
set -euo pipefail
cd "$(dirname "$0")/.."
wasm=${1:-extension/engine.wasm}
max=${MAX_GZIP:-3000000}
[[ -f $wasm ]] || { echo "size.sh: $wasm is missing: run make wasm" >&2; exit 1; }
raw=$(wc -c < "$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
mb() { awk -v b="$1" 'BEGIN { printf "%.2f MB", b / 1e6 }'; }
printf '%s: %d bytes raw (%s), %d bytes gzip -9 (%s); budget %s gzip\n' \
	"$wasm" "$raw" "$(mb "$raw")" "$gz" "$(mb "$gz")" "$(mb "$max")"
if ((gz > max)); then
	echo "size.sh: FAIL: gzip size $gz > $max bytes" >&2
	exit 1
fi
