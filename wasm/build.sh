#!/usr/bin/env bash
# wasm/build.sh (make wasm): builds extension/engine.wasm from wasm/main.go and
# copies the matching wasm_exec.js next to it.
#
# Size: lingua's language models come in the compact form of
# third_party/lingua-go (only the languages and n-gram orders the detector
# reads, 0.4 MB, see analyzer/lang/internal/modelgen), for the CLI and the
# engine alike. For the rest, this script links only what the engine uses,
# reproducibly, without touching the module cache or committing a modified
# dependency: it copies two modules from the module cache into build/wasm/mod/ (gitignored), trims the copies,
# and builds with -modfile=build/wasm/go.mod, a copy of go.mod plus `replace`
# lines pointing at the copies (and a copy of go.sum). The native build
# (plain `go build`) never sees any of it. Steps (see wasm/README.md for the
# bytes each one saves):
#
#   goquery-http   goquery's NewDocument(url)/NewDocumentFromResponse pull in
#                  net/http and crypto/tls; the engine parses from a reader.
#   prose-data     prose links 4.4 MB of go-bindata tagger and NER weights;
#                  keep only the assets the engine loads (none, unless
#                  PROSE_ASSETS says otherwise).
#   prose-train    prose's NER training (ModelFromData/UsingEntities) is the
#                  only user of gonum; drop it.
#   prose-tagger   prose's part-of-speech tagger (never run: the engine
#                  tokenizes with tagging off) tests words against two
#                  regexps of mingrammer/commonregex, whose package compiles
#                  23 regexps when the program starts: 13% of a cold start
#                  in Node. The tagger's link/e-mail test goes, and the
#                  package with it.
#   prose-special  speed, not size: prose's tokenizer tests every word (and
#                  each of its shortenings) against a regexp for initials
#                  and abbreviations ("U.S.", "Mr."), whose every match
#                  ends with "."; the step tests that first. Same tokens;
#                  the regexp was 6% of a warm analysis in Node. (The
#                  native CLI keeps prose as it is.)
#   sentences-data the go-bindata copy of punkt's English training data
#                  (gzipped JSON) in neurosnap/sentences: the engine reads
#                  analyzer/segment/punkt_en.tsv instead.
#
# Environment:
#   TRIM="..."   the steps above to apply (default: all of them). Dropping a
#                step still builds, bigger. wasm/size-steps.sh uses this.
#   WASM_OPT=1   also run binaryen's wasm-opt -Oz (installed with apt if
#                missing). Off by default: it saves 7% raw but nothing
#                gzip-compressed, and takes a minute (see wasm/README.md).
#   OUT=path     output file (default extension/engine.wasm).
#   STRIP=0      keep the symbol names (no -ldflags="-s -w"), for
#                wasm/internal/wasmsize and profiles (node --cpu-prof).
#   PROSE_ASSETS comma-separated go-bindata assets of prose to keep.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
GO=${GO:-go}

OUT=${OUT:-extension/engine.wasm}
BUILD=build/wasm
MOD=$BUILD/mod
TRIM=${TRIM-goquery-http prose-data prose-train prose-tagger prose-special sentences-data}
PROSE_ASSETS=${PROSE_ASSETS:-}

GOQUERY=github.com/PuerkitoBio/goquery
PROSE=github.com/jdkato/prose/v2
SENTENCES=gopkg.in/neurosnap/sentences.v1

step() { [[ " $TRIM " == *" $1 "* ]]; }
log() { printf 'wasm/build.sh: %s\n' "$*" >&2; }

# moddir prints the module cache directory of module $1 at go.mod's version.
moddir() {
	"$GO" mod download "$1"
	"$GO" list -m -f '{{.Dir}}' "$1"
}

# copymod copies module $1 into $MOD/$2, writable, leaving out the
# top-level entries listed after it.
copymod() {
	local src dst=$MOD/$2
	src=$(moddir "$1")
	shift 2
	local excl=()
	for e in "$@"; do excl+=(--exclude="./$e"); done
	mkdir -p "$dst"
	tar -C "$src" "${excl[@]}" -cf - . | tar -C "$dst" -xf -
	chmod -R u+w "$dst"
}

rm -rf "$BUILD"
mkdir -p "$MOD" "$(dirname "$OUT")"
replaces=()

# Trimming tool (native), built once.
"$GO" build -o "$BUILD/trim" ./wasm/internal/trim

# --- goquery: no net/http -------------------------------------------------
if step goquery-http; then
	copymod "$GOQUERY" goquery
	"$BUILD/trim" funcs -drop NewDocument,NewDocumentFromResponse "$MOD/goquery/type.go" >&2
	replaces+=("$GOQUERY=./$MOD/goquery")
fi

# --- prose: no unused model data, no training code ------------------------
if step prose-data || step prose-train || step prose-tagger || step prose-special; then
	copymod "$PROSE" prose
	if step prose-data; then
		"$BUILD/trim" bindata -keep "$PROSE_ASSETS" "$MOD/prose/data.go" >&2
	fi
	if step prose-train; then
		"$BUILD/trim" funcs -drop UsingEntities "$MOD/prose/model.go" >&2
		"$BUILD/trim" funcs -drop extracterFromData,estCount,empiricalCount "$MOD/prose/extract.go" >&2
	fi
	if step prose-tagger; then
		"$BUILD/trim" replace -old 'commonregex.LinkRegex.MatchString(word) ||
			commonregex.EmailRegex.MatchString(word) ||
			strings.HasPrefix(word, "@")' -new 'strings.HasPrefix(word, "@")' "$MOD/prose/tag.go" >&2
	fi
	if step prose-special; then
		"$BUILD/trim" replace -old 'return found || internalRE.MatchString(token)' \
			-new 'return found || strings.HasSuffix(token, ".") && internalRE.MatchString(token)' "$MOD/prose/tokenize.go" >&2
	fi
	replaces+=("$PROSE=./$MOD/prose")
fi

# --- sentences: no JSON training data ----------------------------------------
if step sentences-data; then
	copymod "$SENTENCES" sentences
	# A module from before go.mod files: replace needs one.
	[[ -f $MOD/sentences/go.mod ]] || printf 'module %s\n\ngo 1.12\n' "$SENTENCES" > "$MOD/sentences/go.mod"
	"$BUILD/trim" bindata -keep "" "$MOD/sentences/data/english.go" >&2
	replaces+=("$SENTENCES=./$MOD/sentences")
fi

write_modfile() {
	{
		cat go.mod
		echo
		echo "// Generated by wasm/build.sh: trimmed copies of dependencies for the wasm build."
		for r in "${replaces[@]}"; do echo "replace ${r%%=*} => ${r#*=}"; done
	} > "$BUILD/go.mod"
	cp go.sum "$BUILD/go.sum"
}
write_modfile

# --- build ----------------------------------------------------------------
ldflags="-s -w"
[[ ${STRIP:-1} == 0 ]] && ldflags=""
GOOS=js GOARCH=wasm "$GO" build -modfile="$BUILD/go.mod" -trimpath -ldflags="$ldflags" -o "$OUT" ./wasm
log "built $OUT: $(wc -c < "$OUT") bytes"

if [[ ${WASM_OPT:-0} == 1 ]]; then
	if ! command -v wasm-opt >/dev/null; then
		log "wasm-opt missing: installing Debian's binaryen"
		apt-get install -y binaryen >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y binaryen >/dev/null; } ||
			log "could not install binaryen; keeping the unoptimised engine"
	fi
	if command -v wasm-opt >/dev/null; then
		wasm-opt -Oz --enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int \
			--enable-mutable-globals "$OUT" -o "$OUT.opt"
		mv "$OUT.opt" "$OUT"
		log "wasm-opt -Oz: $(wc -c < "$OUT") bytes"
	fi
fi

# wasm_exec.js must come from the toolchain that built the engine.
goroot=$("$GO" env GOROOT)
for f in "$goroot/lib/wasm/wasm_exec.js" "$goroot/misc/wasm/wasm_exec.js"; do
	if [[ -f $f ]]; then
		cp "$f" "$(dirname "$OUT")/wasm_exec.js"
		exit 0
	fi
done
log "wasm_exec.js not found under $goroot"
exit 1
