#!/usr/bin/env bash
# wasm/size-steps.sh: rebuilds the engine once per trimming step of
# wasm/build.sh, cumulatively, and prints the Markdown table of
# wasm/README.md (raw and gzip -9 sizes), then the cost of each part of the
# engine (wasm/internal/wasmsize). Takes a few minutes: the last step runs
# wasm-opt.
#   bash wasm/size-steps.sh [--no-wasm-opt]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
GO=${GO:-go}
dir=build/sizes
rm -rf "$dir"
mkdir -p "$dir"

mb() { awk -v b="$1" 'BEGIN { printf "%.2f", b / 1e6 }'; }
row() { # row LABEL FILE
	local raw gz
	raw=$(wc -c < "$2")
	gz=$(gzip -9 -c "$2" | wc -c)
	printf '| %s | %s | %s |\n' "$1" "$(mb "$raw")" "$(mb "$gz")"
	rm -f "$2"
}

echo "| step (cumulative) | raw MB | gzip -9 MB |"
echo "|---|--:|--:|"
GOOS=js GOARCH=wasm "$GO" build -o "$dir/plain.wasm" ./wasm
row 'plain `GOOS=js GOARCH=wasm go build`' "$dir/plain.wasm"

steps=""
labels=(
	"-trimpath -ldflags=\"-s -w\""
	"+ goquery-http: no net/http (NewDocument(url) dropped)"
	"+ prose-data: no go-bindata tagger/NER weights"
	"+ prose-train: no NER training code (gonum)"
	"+ prose-tagger: no commonregex (23 regexps compiled at start)"
	"+ sentences-data: no JSON copy of the punkt data"
)
names=("" goquery-http prose-data prose-train prose-tagger sentences-data)
for i in "${!names[@]}"; do
	steps="$steps ${names[$i]}"
	TRIM="$steps" OUT="$dir/step$i.wasm" bash wasm/build.sh 2>/dev/null
	row "${labels[$i]}" "$dir/step$i.wasm"
done
if [[ " $* " != *" --no-wasm-opt "* ]]; then
	WASM_OPT=1 OUT="$dir/opt.wasm" bash wasm/build.sh 2>/dev/null
	row '+ `wasm-opt -Oz` (optional, WASM_OPT=1)' "$dir/opt.wasm"
fi

# What each part of the engine costs (wasm/internal/wasmsize): the same
# build with its symbol names kept.
echo
STRIP=0 OUT="$dir/names.wasm" bash wasm/build.sh 2>/dev/null
"$GO" run ./wasm/internal/wasmsize "$dir/names.wasm" third_party/lingua-go/models/*/*.lcm \
	analyzer/segment/punkt_en.tsv analyzer/classify/model/*.tsv analyzer/classify/model/*.weights
rm -f "$dir"/*.wasm
