//go:build !(js && wasm)

package decode

import (
	"bytes"
	"fmt"
	"mime"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// headBytes bounds the part of a page searched for its declared encoding.
// The HTML standard asks for the declaration in the first 1024 bytes, but
// saved pages often put scripts and styles before it; the search stops at
// the end of the head anyway.
const headBytes = 16 << 10

// Decode returns raw as UTF-8. isHTML selects the search for a declared
// encoding in the page's head; name, when not empty, is the encoding to use
// (a WHATWG label: "utf-8", "latin1", "windows-1252", "iso-8859-15",
// "utf-16le", ...), and overrides everything else. raw is not modified;
// Result.Text may share its bytes.
func Decode(raw []byte, isHTML bool, name string) (Result, error) {
	if name != "" {
		enc, canon, err := lookup(name)
		if err != nil {
			return Result{}, err
		}
		if canon == "utf-8" {
			return fromUTF8(raw, ""), nil
		}
		return convert(raw, enc, canon, fmt.Sprintf("the input was decoded from %s, as asked", canon))
	}
	switch e := bom(raw); e {
	case "utf-8":
		return fromUTF8(raw, ""), nil
	case "utf-16le", "utf-16be":
		enc, canon, _ := lookup(e)
		return convert(raw[2:], enc, canon, fmt.Sprintf("the input was decoded from %s (byte order mark)", strings.ToUpper(canon)))
	}
	if isHTML {
		if label := declared(raw); label != "" {
			enc, canon := charset.Lookup(label)
			s := scanUTF8(raw)
			switch {
			case enc == nil:
				r, err := sniff(raw)
				r.Diagnostics = append([]string{fmt.Sprintf("the page declares an unknown encoding %q", label)}, r.Diagnostics...)
				return r, err
			case canon == "utf-8" || strings.HasPrefix(canon, "utf-16"):
				// A page whose head could be read as ASCII is not UTF-16:
				// the HTML standard reads such a declaration as UTF-8.
				if s.invalid > 0 && !s.mostlyUTF8() {
					return convert(raw, charset1252(), "windows-1252",
						fmt.Sprintf("the page declares %s but is not: read as Windows-1252", canon))
				}
				return fromUTF8(raw, ""), nil
			case s.invalid == 0 && s.valid > 0:
				// Re-saved pages keep their old declaration over new bytes.
				return fromUTF8(raw, fmt.Sprintf("the page declares %s but its bytes are UTF-8: read as UTF-8", canon)), nil
			}
			return convert(raw, enc, canon, fmt.Sprintf("the input was decoded from %s, declared by the page", canon))
		}
	}
	return sniff(raw)
}

// sniff decides between UTF-8 and Windows-1252 from the bytes alone.
func sniff(raw []byte) (Result, error) {
	s := scanUTF8(raw)
	if s.invalid == 0 || s.mostlyUTF8() {
		return fromUTF8(raw, ""), nil
	}
	if float64(s.high) > maxHighShare*float64(len(raw)) {
		return Result{}, &Error{Binary: true, Msg: fmt.Sprintf("%d%% of the bytes are outside ASCII and they are not UTF-8: binary data, not text", 100*s.high/len(raw))}
	}
	return convert(raw, charset1252(), "windows-1252",
		fmt.Sprintf("the input is not UTF-8 (byte %d) and declares no encoding: read as Windows-1252", s.first))
}

func charset1252() encoding.Encoding {
	enc, _ := charset.Lookup("windows-1252")
	return enc
}

// lookup finds an encoding by WHATWG label.
func lookup(name string) (encoding.Encoding, string, error) {
	enc, canon := charset.Lookup(name)
	if enc == nil {
		return nil, "", &Error{Msg: fmt.Sprintf("unknown encoding %q (use a label such as utf-8, windows-1252, iso-8859-15, utf-16le)", name)}
	}
	return enc, canon, nil
}

// convert decodes raw with enc.
func convert(raw []byte, enc encoding.Encoding, canon, why string) (Result, error) {
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return Result{}, &Error{Msg: fmt.Sprintf("cannot decode the input as %s: %v", canon, err)}
	}
	r := Result{Text: trimUTF8BOM(out), Encoding: canon, Diagnostics: []string{why}}
	if n := bytes.Count(out, []byte("\uFFFD")) - bytes.Count(raw, []byte("\uFFFD")); n > 0 {
		r.Diagnostics = append(r.Diagnostics, fmt.Sprintf("%d byte sequence%s could not be decoded from %s and became U+FFFD", n, plural(n), canon))
	}
	return r, nil
}

// declared returns the encoding label a page declares in its head, with
// <meta charset="..."> or <meta http-equiv="Content-Type" content="...;
// charset=...">, or "".
func declared(raw []byte) string {
	head := raw[:min(len(raw), headBytes)]
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "head" {
				return ""
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
			default:
				continue
			}
			var cs, equiv, content string
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					equiv = string(v)
				case "content":
					content = string(v)
				}
			}
			if strings.TrimSpace(cs) != "" {
				return strings.TrimSpace(cs)
			}
			if strings.EqualFold(strings.TrimSpace(equiv), "content-type") {
				if _, params, err := mime.ParseMediaType(content); err == nil && params["charset"] != "" {
					return params["charset"]
				}
			}
		}
	}
}

// Lookup returns the canonical name of the encoding labelled name, or an
// error for a label Decode does not know, so that a command line can refuse
// a misspelt name before reading any file.
func Lookup(name string) (string, error) {
	_, canon, err := lookup(name)
	return canon, err
}
