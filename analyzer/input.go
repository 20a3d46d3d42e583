package analyzer

import (
	"bytes"
	"errors"
	"fmt"
	"unicode"

	"github.com/policylens/policylens/analyzer/decode"
	"github.com/policylens/policylens/analyzer/extract"
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

// checkInput rejects input the engine cannot read: too large, empty or
// binary. It is cheap and runs before any parsing. Input that starts with a
// UTF-16 byte order mark is full of NUL bytes and is left to decoding.
func checkInput(raw []byte) error {
	if len(raw) > MaxInputBytes {
		return newError(CodeTooLarge, "input is too large: %s, the limit is %s", humanBytes(len(raw)), humanBytes(MaxInputBytes))
	}
	if decode.HasUTF16BOM(raw) {
		return nil
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
	return nil
}

// decodeInput checks raw and returns it as UTF-8 text with its format
// (f, or detected from the content when f is FormatAuto) and the decoding's
// diagnostics (see package decode).
func decodeInput(raw []byte, f extract.Format, encoding string) ([]byte, extract.Format, []string, error) {
	if err := checkInput(raw); err != nil {
		return nil, f, nil, err
	}
	utf16 := decode.HasUTF16BOM(raw)
	format := f
	if format == extract.FormatAuto && !utf16 {
		// The markup patterns are ASCII: any ASCII-compatible encoding
		// shows them as UTF-8 would.
		format = extract.DetectFormat(raw)
	}
	dec, err := decode.Decode(raw, format == extract.FormatHTML, encoding)
	if err != nil {
		var de *decode.Error
		if errors.As(err, &de) && de.Binary {
			return nil, f, nil, newError(CodeBinary, "input is binary: %s", de.Msg)
		}
		return nil, f, nil, newError(CodeEncoding, "%v", err)
	}
	if len(bytes.TrimFunc(dec.Text, unicode.IsSpace)) == 0 {
		return nil, f, nil, newError(CodeEmpty, "input is empty: no text to analyse")
	}
	if format == extract.FormatAuto {
		format = extract.DetectFormat(dec.Text)
	}
	return dec.Text, format, dec.Diagnostics, nil
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

func humanBytes(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
