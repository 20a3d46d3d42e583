// Package decode turns an input's bytes into UTF-8 text, the first stage of
// the engine after the size and binary checks.
//
// Saved pages and text files are often not UTF-8: Windows-1252 and
// ISO-8859-1/-15 are common in older French and English sites. The engine
// reads everything as UTF-8, so Decode decides the input's encoding and
// converts it, in this order:
//
//  1. an encoding asked for by name (the CLI's --encoding, Options.Encoding);
//  2. a byte order mark: UTF-8, UTF-16 LE or BE;
//  3. for HTML, the page's own declaration in its head: <meta charset> or
//     <meta http-equiv="Content-Type" content="...; charset=...">, the labels
//     of the WHATWG Encoding Standard (golang.org/x/net/html/charset);
//  4. content sniffing: valid UTF-8 is UTF-8; text that is UTF-8 but for a
//     few broken bytes stays UTF-8 with those bytes replaced by U+FFFD;
//     anything else is read as Windows-1252 (which decodes every byte, and
//     is what browsers assume for an undeclared legacy page).
//
// Every decision other than plain UTF-8 is reported in the Result's
// Diagnostics, which the engine copies into the report: a reader must know
// that the text was converted, and the report's offsets then refer to the
// decoded text, not to the input's bytes.
//
// The decoding tables come from golang.org/x/text, which costs wasm size:
// the js && wasm build has a twin (decode_wasm.go) that only reads UTF-8,
// since the browser hands the engine a page already decoded.
package decode

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Result is a decoded input.
type Result struct {
	// Text is the input as UTF-8, without a byte order mark.
	Text []byte
	// Encoding is the canonical name of the encoding the input was read in
	// ("utf-8", "windows-1252", "iso-8859-15", "utf-16le", ...).
	Encoding string
	// Diagnostics say how the encoding was decided when it was not plain
	// UTF-8, and how many bytes were replaced, for the report.
	Diagnostics []string
}

// Error is returned for an encoding name Decode does not know, or for input
// that decodes to mostly replacement characters (binary data).
type Error struct {
	// Binary is true when the input does not decode as text at all.
	Binary bool
	Msg    string
}

func (e *Error) Error() string { return e.Msg }

// Tuning of the sniffing.
const (
	// maxBrokenShare is the largest share of invalid bytes among the
	// non-ASCII bytes of a text still read as broken UTF-8 rather than as
	// Windows-1252: a UTF-8 file with a few pasted Latin-1 bytes has many
	// more valid sequences than bad bytes; a Latin-1 file has almost none.
	maxBrokenShare = 0.5
	// maxHighShare is the largest share of bytes at or above 0x80 in a file
	// read as Windows-1252. Western European prose has well under 10%;
	// random binary data has half.
	maxHighShare = 0.3
)

// utf8Scan counts what a UTF-8 reading of b finds.
type utf8Scan struct {
	valid   int // multi-byte sequences that decode
	invalid int // bytes that do not
	high    int // bytes >= 0x80
	first   int // offset of the first invalid byte, or -1
}

func scanUTF8(b []byte) utf8Scan {
	s := utf8Scan{first: -1}
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		s.high += n
		if r == utf8.RuneError && n <= 1 {
			s.invalid++
			if s.first < 0 {
				s.first = i
			}
			i++
			continue
		}
		s.valid++
		i += n
	}
	return s
}

// mostlyUTF8 reports whether s reads as UTF-8 with a few broken bytes.
func (s utf8Scan) mostlyUTF8() bool {
	return s.valid > 0 && float64(s.invalid) <= maxBrokenShare*float64(s.valid+s.invalid)
}

// fromUTF8 returns b as UTF-8, any invalid byte replaced by U+FFFD (one
// each), with a diagnostic when there were some.
func fromUTF8(b []byte, why string) Result {
	b = trimUTF8BOM(b)
	s := scanUTF8(b)
	r := Result{Text: b, Encoding: "utf-8"}
	if why != "" {
		r.Diagnostics = append(r.Diagnostics, why)
	}
	if s.invalid == 0 {
		return r
	}
	var out strings.Builder
	out.Grow(len(b) + 2*s.invalid)
	for i := 0; i < len(b); {
		c, n := utf8.DecodeRune(b[i:])
		if c == utf8.RuneError && n <= 1 {
			out.WriteRune(utf8.RuneError)
			i++
			continue
		}
		out.Write(b[i : i+n])
		i += n
	}
	r.Text = []byte(out.String())
	r.Diagnostics = append(r.Diagnostics, fmt.Sprintf(
		"the input is UTF-8 with %d invalid byte%s (the first at byte %d), replaced by U+FFFD", s.invalid, plural(s.invalid), s.first))
	return r
}

func trimUTF8BOM(b []byte) []byte {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		return b[3:]
	}
	return b
}

// bom returns the encoding a byte order mark names, or "".
func bom(b []byte) string {
	switch {
	case len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF:
		return "utf-8"
	case len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE:
		return "utf-16le"
	case len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF:
		return "utf-16be"
	}
	return ""
}

// HasUTF16BOM reports whether b starts with a UTF-16 byte order mark: such
// input is full of NUL bytes and must not be taken for binary data.
func HasUTF16BOM(b []byte) bool {
	e := bom(b)
	return e == "utf-16le" || e == "utf-16be"
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
