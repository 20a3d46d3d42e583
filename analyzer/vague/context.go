package vague

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// set is a small set of lower-cased words.
type set map[string]bool

func words(s string) set {
	out := set{}
	for _, w := range strings.Fields(s) {
		out[w] = true
	}
	return out
}

// isWord reports whether s starts with a letter or a digit (not punctuation).
func isWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// isNumber reports whether s starts with a digit.
func isNumber(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && unicode.IsDigit(r)
}

// isPunct reports whether s is a punctuation token (or empty: outside the clause).
func isPunct(s string) bool { return !isWord(s) }

// prevWord returns the index of the closest token before i that is not in
// skip (skipping punctuation too when skipPunct), looking at most limit
// tokens back; -1 when there is none.
func prevWord(m Match, i int, skip set, skipPunct bool, limit int) int {
	for j := i - 1; j >= 0 && i-j <= limit; j-- {
		w := m.Tokens[j].Lower
		if skip[w] || skipPunct && isPunct(w) && !stopPunct[w] {
			continue
		}
		return j
	}
	return -1
}

// nextWord is prevWord looking forward.
func nextWord(m Match, i int, skip set, skipPunct bool, limit int) int {
	for j := i + 1; j < len(m.Tokens) && j-i <= limit; j++ {
		w := m.Tokens[j].Lower
		if skip[w] || skipPunct && isPunct(w) && !stopPunct[w] {
			continue
		}
		return j
	}
	return -1
}

// stopPunct are punctuation marks that end a phrase: never skipped.
var stopPunct = words(`; : ( ) [ ] . ! ?`)

// within reports whether one of ws occurs in the n tokens after token i.
func within(m Match, i, n int, ws set) bool {
	for j := i + 1; j < len(m.Tokens) && j <= i+n; j++ {
		if ws[m.Tokens[j].Lower] {
			return true
		}
	}
	return false
}

// hasPrefixIn reports whether w starts with one of the prefixes.
func hasPrefixIn(w string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// capitalised reports whether the token as written starts with an upper-case letter.
func capitalised(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(r)
}
