package checklist

import "github.com/policylens/policylens/analyzer/lang"

// Preload compiles the patterns of a language (lang.Unknown: of both) now
// rather than on first use, calling pause after every batch of them, so
// that a caller with time to spare (the wasm bridge, right after it starts)
// takes the compilation out of the first policy's analysis. It changes no
// result.
func Preload(code lang.Code, pause func()) {
	const batch = 16
	n := 0
	for _, r := range patterns {
		if code != lang.Unknown && r.code != code && r.code != lang.Unknown {
			continue
		}
		r.p.compileAll()
		if n++; n%batch == 0 {
			pause()
		}
	}
}
