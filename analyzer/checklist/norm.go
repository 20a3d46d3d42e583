package checklist

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// folded is a text normalised for matching: lower case, accents removed,
// typographic apostrophes, dashes and spaces made plain. Each rune of the
// original maps to exactly one rune of the folded text, so a match in the
// folded text maps back to the original through offs.
type folded struct {
	orig string
	s    string
	offs []int // offs[i] is the byte offset in orig of folded byte i; len(s)+1 entries
}

// fold normalises s for matching.
func fold(s string) folded {
	var b strings.Builder
	b.Grow(len(s))
	offs := make([]int, 0, len(s)+1)
	for i, r := range s {
		f := foldRune(r)
		n := utf8.RuneLen(f)
		if n < 0 {
			f, n = ' ', 1
		}
		for k := 0; k < n; k++ {
			offs = append(offs, i)
		}
		b.WriteRune(f)
	}
	offs = append(offs, len(s))
	return folded{orig: s, s: b.String(), offs: offs}
}

// span returns the original text of the folded byte range [i, j).
func (f folded) span(i, j int) string {
	return strings.TrimSpace(f.orig[f.offs[i]:f.offs[j]])
}

// foldedAt returns the folded byte offset of byte offset i of the original.
func (f folded) foldedAt(i int) int {
	return sort.SearchInts(f.offs, i)
}

// foldRune lower-cases r and strips its accent. It always returns one rune.
func foldRune(r rune) rune {
	switch r {
	case '\u2019', '\u2018', '\u02bc', '`', '\u00b4':
		return '\''
	case '\u00a0', '\u202f', '\u2009', '\t', '\n', '\r':
		return ' '
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014':
		return '-'
	}
	r = unicode.ToLower(r)
	if r < 0x80 {
		return r
	}
	if a, ok := accents[r]; ok {
		return a
	}
	return r
}

// accents maps the accented lower-case letters of English and French text
// to their base letter.
var accents = map[rune]rune{
	'à': 'a', 'â': 'a', 'ä': 'a', 'á': 'a', 'ã': 'a', 'å': 'a',
	'ç': 'c',
	'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
	'î': 'i', 'ï': 'i', 'í': 'i', 'ì': 'i',
	'ô': 'o', 'ö': 'o', 'ó': 'o', 'ò': 'o', 'õ': 'o', 'œ': 'o', 'ø': 'o',
	'ù': 'u', 'û': 'u', 'ü': 'u', 'ú': 'u',
	'ÿ': 'y', 'ñ': 'n', 'æ': 'a',
}
