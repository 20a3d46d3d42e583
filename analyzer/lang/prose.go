package lang

import (
	"strings"
	"unicode"
)

// A page's language is the language of its prose: the sentences a reader
// reads. Pages also hold navigation, lists of links, a language switcher
// (Wikimedia's lists 300 language names before its English policy),
// country names, scripts and styles left in the text by a converter.
// Those are words but not sentences, and on some pages they outnumber the
// policy; counting them made English policies "an unknown language".
// isProse keeps the pieces of text that read as running sentences. It must
// work for every language, so it uses no word list (function words would
// favour English and French): only the shape of the text.

// Tuning of isProse.
const (
	// minProseWords is the fewest words of a sentence-like piece of
	// text; menu items, link labels and headings have fewer.
	minProseWords = 6
	// minLetterShare is the smallest share of letters among the
	// non-space characters (code and URLs have far more punctuation).
	minLetterShare = 0.75
	// minLowerShare is the smallest share of words written in lower case
	// (a list of names or titles is capitalised word after word).
	minLowerShare = 0.4
	// maxWordLen is the largest mean word length (URLs, identifiers and
	// base64 have long "words").
	maxWordLen = 12.0
	// maxCodeMarks is the most marks of code per word: = ; { } ( _ $ \
	// and member accesses (document.createElement). A sentence with an
	// enumeration "(a) ...; (b) ..." has well under one mark in four words.
	maxCodeMarks = 0.25
	// minUnspacedLetters is the fewest letters of prose in a script
	// written without spaces between words (Chinese, Japanese, Thai).
	minUnspacedLetters = 25
)

// isProse reports whether s reads as running text rather than a list of
// names, links or code.
func isProse(s string) bool {
	letters, other, unspaced := 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
			// (Thai, U+0E01, is the first of these scripts: a Latin letter
			// skips the seven table lookups.)
			if r >= 0x0E01 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar) {
				unspaced++
			}
		case unicode.IsSpace(r):
		case unicode.IsDigit(r):
			other++
		default:
			other++
		}
	}
	if letters == 0 || float64(letters) < minLetterShare*float64(letters+other) {
		return false
	}
	if unspaced*2 > letters {
		return unspaced >= minUnspacedLetters
	}
	// One pass over the words: no allocation per word, as every block of a
	// page goes through here.
	words, lower, wordLetters, code := 0, 0, 0, 0
	for _, w := range strings.Fields(s) {
		if isMemberAccess(w) {
			code++
		}
		n, upper := 0, false
		for _, r := range w {
			switch {
			case unicode.IsLetter(r):
				n++
				upper = upper || unicode.IsUpper(r)
			case r == '=' || r == ';' || r == '{' || r == '}' || r == '(' || r == '_' || r == '$' || r == '\\':
				code++
			}
		}
		if n == 0 {
			continue
		}
		words++
		wordLetters += n
		if !upper {
			lower++
		}
	}
	return words >= minProseWords &&
		float64(code) <= maxCodeMarks*float64(words) &&
		float64(lower) >= minLowerShare*float64(words) &&
		float64(wordLetters) <= maxWordLen*float64(words)
}

// script is a writing system the detector names a language by when its
// letters make up most of a text: lingua is built with European languages
// written in Latin script only (see detector.go), so it cannot name these.
type script struct {
	table *unicode.RangeTable
	code  Code
	name  string
}

// scripts is checked in order; Japanese comes before Chinese because
// Japanese text mixes kana with Han characters.
var scripts = []script{
	{unicode.Greek, "el", "Greek"},
	{unicode.Cyrillic, "", "a Cyrillic-script language (Russian, Ukrainian, Bulgarian...)"},
	{unicode.Hangul, "ko", "Korean"},
	{kana, "ja", "Japanese"},
	{unicode.Han, "zh", "Chinese"},
	{unicode.Arabic, "", "an Arabic-script language (Arabic, Persian, Urdu...)"},
	{unicode.Hebrew, "he", "Hebrew"},
	{unicode.Thai, "th", "Thai"},
	{unicode.Devanagari, "", "a Devanagari-script language (Hindi, Marathi, Nepali...)"},
	{unicode.Armenian, "hy", "Armenian"},
	{unicode.Georgian, "ka", "Georgian"},
}

var kana = &unicode.RangeTable{R16: []unicode.Range16{{Lo: 0x3040, Hi: 0x30ff, Stride: 1}}}

// otherScript returns the language of s when most of its letters are in a
// script other than Latin, and ok false when s is mostly Latin (or has no
// letters).
func otherScript(s string) (r Result, ok bool) {
	counts := make([]int, len(scripts))
	letters, latin := 0, 0
	for _, c := range s {
		if !unicode.IsLetter(c) {
			continue
		}
		letters++
		if c < 0x250 {
			latin++
			continue
		}
		for i, sc := range scripts {
			if unicode.Is(sc.table, c) {
				counts[i]++
				break
			}
		}
	}
	if letters == 0 || latin*2 >= letters {
		return Result{}, false
	}
	best := -1
	for i, n := range counts {
		if best < 0 || n > counts[best] {
			best = i
		}
	}
	sc := scripts[best]
	if counts[best] == 0 {
		return Result{Name: "a language PolicyLens does not read", Confidence: 0}, true
	}
	// Japanese text is mostly Han characters: a tenth of kana decides it.
	if sc.code == "zh" || sc.code == "ja" {
		han, kn := counts[4], counts[3]
		if kn*10 >= han+kn {
			sc = scripts[3]
		} else {
			sc = scripts[4]
		}
	}
	return Result{Code: sc.code, Name: sc.name, Confidence: float64(counts[best]) / float64(letters)}, true
}

// isMemberAccess reports whether w looks like code's a.b (letters on both
// sides of a dot, the second in camelCase or followed by a parenthesis):
// "document.createElement(" or "zi.async", not "e.g." or "example.com".
func isMemberAccess(w string) bool {
	i := strings.IndexByte(w, '.')
	if i <= 0 || i+1 >= len(w) {
		return false
	}
	after := w[i+1:]
	if !unicode.IsLetter(rune(w[i-1])) || !unicode.IsLetter(rune(after[0])) {
		return false
	}
	for j, r := range after {
		if r == '(' {
			return true
		}
		if j > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
