//go:build js && wasm

package decode

import (
	"fmt"
	"strings"
)

// This is the browser build's twin of decode_native.go. The extension hands
// the engine the page's text as a JavaScript string, already decoded by the
// browser, so the engine only ever sees UTF-8 there; the WHATWG decoders of
// golang.org/x/text (CJK tables included, through charset.Lookup) would
// cost 434,937 bytes of engine.wasm gzip -9 (4,595,314 -> 5,030,251,
// make size) for input that never comes. This twin reads UTF-8, with a
// byte order mark or not, replacing invalid bytes as the native build does.

// Decode returns raw as UTF-8; invalid bytes are replaced by U+FFFD and
// reported. isHTML is ignored. name may only be a label of UTF-8.
func Decode(raw []byte, isHTML bool, name string) (Result, error) {
	if _, err := Lookup(name); err != nil && name != "" {
		return Result{}, err
	}
	if HasUTF16BOM(raw) {
		return Result{}, &Error{Msg: "the input is UTF-16; the browser engine reads UTF-8 only"}
	}
	return fromUTF8(raw, ""), nil
}

// Lookup returns "utf-8" for a label of UTF-8 and an error for any other:
// the browser build decodes nothing else.
func Lookup(name string) (string, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "utf-8", "utf8", "unicode-1-1-utf-8":
		return "utf-8", nil
	}
	return "", &Error{Msg: fmt.Sprintf("encoding %q: the browser engine reads UTF-8 only", name)}
}
