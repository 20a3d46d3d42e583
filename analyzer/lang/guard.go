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
	// maxForeignOther is the same for the other languages, whose
	// alphabets already hold the accents of their loanwords: Norwegian
	// read as Dutch has 1.6% of æ, ø and å.
	maxForeignOther = 0.005
	// minFunctionWords is the smallest share of words that must be function
	// words (typically 30-45% in English and French prose).
	minFunctionWords = 0.12
)

// alphabets are the letters of the detector's languages, lower case.
// Every verdict is checked against its language's alphabet: a Norwegian
// text (æ, ø, å) is otherwise named Dutch, a Romanian one English. The
// other languages get the accents of their common loanwords too (é in
// German and Dutch).
var alphabets = map[Code]string{
	English: "abcdefghijklmnopqrstuvwxyz",
	French:  "abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ",
	"es":    "abcdefghijklmnopqrstuvwxyzáéíñóúüç",
	"de":    "abcdefghijklmnopqrstuvwxyzäöüßéèàç",
	"it":    "abcdefghijklmnopqrstuvwxyzàèéìíîòóùúç",
	"pt":    "abcdefghijklmnopqrstuvwxyzáàâãçéêíóôõúü",
	"nl":    "abcdefghijklmnopqrstuvwxyzáàäçéèêëíïóöúüĳ",
	"pl":    "abcdefghijklmnopqrstuvwxyząćęłńóśźżé",
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

// letterCounts counts text's letters, those not in alpha, its words and
// those that are function words of code.
func letterCounts(code Code, alpha, text string) (letters, foreign, words, function int) {
	fw := functionWords[code]
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
	return letters, foreign, words, function
}

// plausible reports whether text can be in language code: its letters
// are the language's, and for English and French, enough of its words are
// function words.
func plausible(code Code, text string) bool {
	alpha, ok := alphabets[code]
	if !ok {
		return true
	}
	_, checkWords := functionWords[code]
	letters, foreign, words, function := letterCounts(code, alpha, text)
	if words == 0 {
		return false
	}
	maxForeign := maxForeignLetters
	if !checkWords {
		maxForeign = maxForeignOther
	}
	return float64(foreign) <= maxForeign*float64(letters) &&
		(!checkWords || float64(function) >= minFunctionWords*float64(words))
}
