package analyzer

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"
)

// MaxInputBytes is the largest input the engine accepts (5 MiB). The largest
// real policy pages are well under 2 MiB of HTML; anything bigger is almost
// certainly not a policy and would make the browser wait.
const MaxInputBytes = 5 << 20

// magic lists file signatures of common binary formats, to name them in the
// error message.
var magic = []struct {
	prefix string
	name   string
}{
	{"%PDF-", "a PDF document"},
	{"\x89PNG", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF8", "a GIF image"},
	{"PK\x03\x04", "a ZIP archive (or DOCX/ODT document)"},
	{"\x1f\x8b", "a gzip file"},
	{"\x7fELF", "an executable"},
	{"\xd0\xcf\x11\xe0", "an MS Office document"},
	{"\x00asm", "a WebAssembly module"},
}

// checkInput rejects input the engine cannot read: too large, empty,
// binary or not UTF-8. It is cheap and runs before any parsing.
func checkInput(raw []byte) error {
	if len(raw) > MaxInputBytes {
		return newError(CodeTooLarge, "input is too large: %s, the limit is %s", humanBytes(len(raw)), humanBytes(MaxInputBytes))
	}
	if len(bytes.TrimFunc(raw, unicode.IsSpace)) == 0 {
		return newError(CodeEmpty, "input is empty: no text to analyse")
	}
	for _, m := range magic {
		if bytes.HasPrefix(raw, []byte(m.prefix)) {
			return newError(CodeBinary, "input is binary (%s), not a text or HTML page", m.name)
		}
	}
	if isBinary(raw) {
		return newError(CodeBinary, "input is binary data, not a text or HTML page")
	}
	if !utf8.Valid(raw) {
		return newError(CodeInvalidUTF8, "input is not valid UTF-8 (first bad byte at offset %d); convert it to UTF-8 first", firstInvalid(raw))
	}
	return nil
}

// isBinary reports whether the first 8 KiB hold a NUL byte or more than 10%
// control characters other than whitespace.
func isBinary(raw []byte) bool {
	head := raw
	if len(head) > 8192 {
		head = head[:8192]
	}
	ctrl := 0
	for _, b := range head {
		switch {
		case b == 0:
			return true
		case b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != '\v':
			ctrl++
		}
	}
	return ctrl*10 > len(head)
}

func firstInvalid(raw []byte) int {
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

func humanBytes(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
