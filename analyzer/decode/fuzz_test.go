//go:build !(js && wasm)

package decode

import (
	"testing"
	"unicode/utf8"
)

// FuzzDecode checks that any input decodes to valid UTF-8 or to an error,
// never a panic, whatever it claims to be.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("Vos donn\xe9es"), false, "")
	f.Add([]byte("\xff\xfed\x00o\x00"), false, "")
	f.Add([]byte(`<meta charset="iso-8859-15"><p>5 \xa4</p>`), true, "")
	f.Add([]byte(`<meta http-equiv="content-type" content="text/html; charset=shift_jis"><p>\x82\xa0</p>`), true, "")
	f.Add([]byte("donn\xc3\xa9es"), false, "windows-1252")
	f.Fuzz(func(t *testing.T, raw []byte, html bool, name string) {
		r, err := Decode(raw, html, name)
		if err != nil {
			return
		}
		if !utf8.Valid(r.Text) {
			t.Fatalf("Decode(%q, %v, %q) = %q: not UTF-8", raw, html, name, r.Text)
		}
		if r.Encoding == "" {
			t.Fatalf("Decode(%q) gave no encoding name", raw)
		}
	})
}
