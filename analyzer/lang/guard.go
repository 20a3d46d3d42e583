package lang

import (
	"strings"
	"unicode"
)

// lingua picks the best of the detector's languages, so a policy in a
// language outside the list comes out as its nearest neighbour: Romanian as
// English with confidence 0.9999 in our tests. That is harmless for an
// unsupported neighbour, but English or French would send the text to the
// wrong analysis. plausible double-checks those two verdicts on the sample
// with two cheap signals lingua does not weigh this way: letters outside the
// language's alphabet (ș, ț, ă, ő, ı, ...), and the share of the language's
// most common function words, which every running text of it is full of.

// Tuning of plausible.
const (
	// maxForeignLetters is the largest share of letters outside the
	// alphabet (loanwords such as "café" in English stay well below).
	maxForeignLetters = 0.02
	// minFunctionWords is the smallest share of words that must be function
	// words (typically 30-45% in English and French prose).
	minFunctionWords = 0.12
)

// alphabets are the letters of English and French, lower case.
var alphabets = map[Code]string{
	English: "abcdefghijklmnopqrstuvwxyz",
	French:  "abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ",
}

// functionWords are the most frequent words of English and French.
var functionWords = map[Code]map[string]bool{
	English: wordSet("the of and to a in is it you that we for on with as are be this or by your our not at from have can may will if any an us which other such"),
	French:  wordSet("de la le les et des à du un une en est que qui pour vous nous dans par sur au aux ne pas plus ou ce ces vos votre nos notre il elle sont ont se sa son leurs leur"),
}

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// plausible reports whether text can be in language code; languages other
// than English and French are not checked.
func plausible(code Code, text string) bool {
	alpha, ok := alphabets[code]
	if !ok {
		return true
	}
	fw := functionWords[code]
	letters, foreign, words, function := 0, 0, 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		if fw[w] {
			function++
		}
		for _, r := range w {
			letters++
			if !strings.ContainsRune(alpha, r) {
				foreign++
			}
		}
	}
	if words == 0 {
		return false
	}
	return float64(foreign) <= maxForeignLetters*float64(letters) &&
		float64(function) >= minFunctionWords*float64(words)
}
