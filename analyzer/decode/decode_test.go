//go:build !(js && wasm)

package decode

import (
	"encoding/binary"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16Bytes encodes s as UTF-16 with a byte order mark.
func utf16Bytes(s string, order binary.AppendByteOrder) []byte {
	out := order.AppendUint16(nil, 0xFEFF)
	for _, u := range utf16.Encode([]rune(s)) {
		out = order.AppendUint16(out, u)
	}
	return out
}

const frUTF8 = "Nous collectons vos données personnelles à des fins précises."

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		raw      string
		html     bool
		encoding string
		want     string // the decoded text, or a part of it
		whole    bool   // want is the whole text
		wantEnc  string
		wantDiag string // a part of a diagnostic; "" means no diagnostic
	}{
		{name: "plain UTF-8", raw: frUTF8, want: frUTF8, whole: true, wantEnc: "utf-8"},
		{name: "UTF-8 BOM", raw: "\xef\xbb\xbf" + frUTF8, want: frUTF8, whole: true, wantEnc: "utf-8"},
		{name: "UTF-16 LE BOM", raw: string(utf16Bytes(frUTF8, binary.LittleEndian)), want: frUTF8, whole: true, wantEnc: "utf-16le", wantDiag: "UTF-16LE (byte order mark)"},
		{name: "UTF-16 BE BOM", raw: string(utf16Bytes(frUTF8, binary.BigEndian)), want: frUTF8, whole: true, wantEnc: "utf-16be", wantDiag: "UTF-16BE (byte order mark)"},
		{name: "UTF-16 BOM in HTML", raw: string(utf16Bytes(`<html><meta charset="iso-8859-1"><p>données</p>`, binary.LittleEndian)), html: true, want: "<p>données</p>", wantEnc: "utf-16le", wantDiag: "byte order mark"},
		{name: "meta charset", raw: "<html><head><meta charset=\"ISO-8859-1\"><title>Confidentialit\xe9</title></head><body><p>Vos donn\xe9es</p></body></html>",
			html: true, want: "<p>Vos données</p>", wantEnc: "windows-1252", wantDiag: "declared by the page"},
		{name: "http-equiv", raw: "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>We don\x92t sell \x93your\x94 data</p></body></html>",
			html: true, want: "We don’t sell “your” data", wantEnc: "windows-1252", wantDiag: "declared by the page"},
		{name: "ISO-8859-15 euro sign", raw: "<html><head><meta charset=iso-8859-15></head><body><p>Frais : 5 \xa4, \xbduvre</p></body></html>",
			html: true, want: "Frais : 5 €, œuvre", wantEnc: "iso-8859-15", wantDiag: "iso-8859-15"},
		{name: "declaration after the head ignored", raw: "<html><head></head><body><p>donn\xe9es</p><meta charset=\"koi8-r\"></body></html>",
			html: true, want: "données", wantEnc: "windows-1252", wantDiag: "declares no encoding"},
		{name: "sniffed Windows-1252 text", raw: "Politique de confidentialit\xe9 : nous collectons vos donn\xe9es \x96 jamais vendues.",
			want: "Politique de confidentialité : nous collectons vos données – jamais vendues.", whole: true, wantEnc: "windows-1252", wantDiag: "not UTF-8 (byte 27)"},
		{name: "sniffed Windows-1252 HTML without declaration", raw: "<html><body><p>Vos donn\xe9es</p></body></html>",
			html: true, want: "Vos données", wantEnc: "windows-1252", wantDiag: "read as Windows-1252"},
		{name: "broken bytes in UTF-8", raw: "Vos données sont à vous, \xff même là où l'\xfeéquipe est.",
			want: "Vos données sont à vous, \uFFFD même là où l'\uFFFDéquipe est.", whole: true, wantEnc: "utf-8", wantDiag: "2 invalid bytes (the first at byte 27)"},
		{name: "declared Latin-1 but UTF-8 bytes", raw: "<html><head><meta charset=iso-8859-1></head><body><p>" + frUTF8 + "</p></body></html>",
			html: true, want: frUTF8, wantEnc: "utf-8", wantDiag: "bytes are UTF-8"},
		{name: "declared UTF-8 but Windows-1252 bytes", raw: "<html><head><meta charset=utf-8></head><body><p>Vos donn\xe9es \xe0 vous</p></body></html>",
			html: true, want: "Vos données à vous", wantEnc: "windows-1252", wantDiag: "declares utf-8 but is not"},
		{name: "declared UTF-8, is UTF-8", raw: "<html><head><meta charset=utf-8></head><body><p>" + frUTF8 + "</p></body></html>",
			html: true, want: frUTF8, wantEnc: "utf-8"},
		{name: "encoding override on UTF-8 bytes", raw: "donn\xc3\xa9es", encoding: "windows-1252", want: "donnÃ©es", whole: true, wantEnc: "windows-1252", wantDiag: "as asked"},
		{name: "encoding override beats the declaration", raw: "<html><head><meta charset=utf-8></head><body><p>5 \xa4</p></body></html>", html: true, encoding: "l9",
			want: "5 €", wantEnc: "iso-8859-15", wantDiag: "as asked"},
		{name: "encoding override UTF-8 replaces bad bytes", raw: "donn\xe9es", encoding: "UTF8", want: "donn\uFFFDes", whole: true, wantEnc: "utf-8", wantDiag: "1 invalid byte "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode([]byte(tt.raw), tt.html, tt.encoding)
			if err != nil {
				t.Fatalf("Decode() error %v", err)
			}
			text := string(got.Text)
			if tt.whole && text != tt.want {
				t.Errorf("text = %q, want %q", text, tt.want)
			}
			if !tt.whole && !strings.Contains(text, tt.want) {
				t.Errorf("text = %q, want it to contain %q", text, tt.want)
			}
			if got.Encoding != tt.wantEnc {
				t.Errorf("encoding = %q, want %q", got.Encoding, tt.wantEnc)
			}
			diags := strings.Join(got.Diagnostics, " | ")
			switch {
			case tt.wantDiag == "" && diags != "":
				t.Errorf("diagnostics = %q, want none", diags)
			case !strings.Contains(diags, tt.wantDiag):
				t.Errorf("diagnostics = %q, want one containing %q", diags, tt.wantDiag)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, raw, encoding string
		wantBinary          bool
		wantMsg             string
	}{
		{"unknown encoding", "hello", "klingon-8", false, `unknown encoding "klingon-8"`},
		{"mostly high bytes", strings.Repeat("\xe9\xff\xb0a\x8f", 100), "", true, "binary"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode([]byte(tt.raw), false, tt.encoding)
			var de *Error
			if !errors.As(err, &de) {
				t.Fatalf("Decode() error = %v, want a *decode.Error", err)
			}
			if de.Binary != tt.wantBinary || !strings.Contains(de.Msg, tt.wantMsg) {
				t.Errorf("Decode() error = %+v, want binary %v and a message containing %q", de, tt.wantBinary, tt.wantMsg)
			}
		})
	}
}
