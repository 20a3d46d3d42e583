package checklist

import (
	"slices"
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
	return folded{orig: s, s: joinDomains(b.String()), offs: offs}
}

// topLevel are the endings of the site names policies write in their
// sentences ("Booking.com will not sell...", « erdetfake.dk »).
var topLevel = []string{"com", "net", "org", "fr", "dk", "de", "io", "co", "eu", "uk", "info", "app", "ai", "tv", "me", "ca", "be", "ch", "es", "it", "nl", "us", "biz"}

// joinDomains turns the dot of a site name written in a sentence
// ("phpBB.com") into a hyphen, so that the name does not end the sentence
// for the patterns' gaps ("[^.;]{0,60}": "a third cookie will be created on
// phpBB.com and is used to store..."). Addresses keep their dots: an email
// or a URL (a word with "@", "/" or "www.") is matched as written. The
// text keeps its length, so offsets still hold.
func joinDomains(s string) string {
	var out []byte
	for i := 1; i+2 < len(s); i++ {
		if s[i] != '.' || !isAlnum(s[i-1]) {
			continue
		}
		j := i + 1
		for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
			j++
		}
		if j < len(s) && (isAlnum(s[j]) || s[j] == '@' || s[j] == '/' || s[j] == '.' && j+1 < len(s) && isAlnum(s[j+1])) {
			continue
		}
		if !slices.Contains(topLevel, s[i+1:j]) {
			continue
		}
		start := i
		for start > 0 && s[start-1] != ' ' && s[start-1] != '(' && s[start-1] != '"' && s[start-1] != '\'' {
			start--
		}
		word := s[start:i]
		if strings.ContainsAny(word, "@/:") || strings.HasPrefix(word, "www.") {
			continue
		}
		if out == nil {
			out = []byte(s)
		}
		out[i] = '-'
	}
	if out == nil {
		return s
	}
	return string(out)
}

func isAlnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

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
