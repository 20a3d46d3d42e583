package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
)

// punktSpans splits text into sentences with prose's English punkt model
// (tok, built once per Segmenter). It reports false if the tokenizer panics.
func punktSpans(tok *sentences.DefaultSentenceTokenizer, text string) (out []span, ok bool) {
	defer func() {
		if recover() != nil {
			out, ok = nil, false
		}
	}()
	for _, s := range tok.Tokenize(text) {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			return nil, false
		}
		out = append(out, span{s.Start, s.End})
	}
	return out, true
}

// ruleSpans splits text into sentences by rule: after ., ! , ? or …
// (with any closing quotes and brackets) followed by space and a word that
// does not start in lower case, unless the period ends an abbreviation.
// French spacing (no-break space before ! ? and inside « ») is understood.
func ruleSpans(text string, abbr map[string]bool) (out []span, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, errorf("rule sentence splitter panicked: %v", r)
		}
	}()
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isTerminal(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if isTerminal(r2) || isCloser(r2) {
				j += s2
				continue
			}
			// French: "?" or "." then a no-break space then "»".
			if isHSpace(r2) {
				k := j + s2
				for k < len(text) {
					r3, s3 := utf8.DecodeRuneInString(text[k:])
					if !isHSpace(r3) {
						break
					}
					k += s3
				}
				if r3, _ := utf8.DecodeRuneInString(text[k:]); k < len(text) && isCloser(r3) {
					j = k
					continue
				}
			}
			break
		}
		// A sentence break needs space after it.
		k := j
		for k < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsSpace(r2) {
				break
			}
			k += s2
		}
		if k == j || k == len(text) {
			i = j
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[k:])
		if unicode.IsLower(next) || (r == '.' && j == i+1 && endsWithAbbrev(text[start:i], abbr, next)) {
			i = j
			continue
		}
		out = append(out, span{start, j})
		start = k
		i = k
	}
	if start < len(text) {
		out = append(out, span{start, len(text)})
	}
	return out, nil
}

func isTerminal(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func isCloser(r rune) bool {
	switch r {
	case '»', '"', '\'', '”', '’', ')', ']', '}':
		return true
	}
	return false
}

// isHSpace reports whether r is a space inside a line (incl. U+00A0, U+202F).
func isHSpace(r rune) bool { return r != '\n' && r != '\r' && unicode.IsSpace(r) }

// lastWord returns the word before the end of s: the run of non-space runes
// after the last space or opening bracket or quote.
func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '(' || r == '[' || r == '«' || r == '"' || r == '“'
	})
	if i < 0 {
		return s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i+size:]
}

// abbrevKey returns w lower-cased without a leading French elision
// ("l’art" -> "art"), the form looked up in the abbreviation lists.
func abbrevKey(w string) string {
	if i := strings.LastIndexAny(w, "'’"); i >= 0 {
		_, size := utf8.DecodeRuneInString(w[i:])
		w = w[i+size:]
	}
	return strings.ToLower(w)
}

// endsWithAbbrev reports whether before (text up to a period) ends with an
// abbreviation, so that the period does not end the sentence. next is the
// first rune after the period and the space.
func endsWithAbbrev(before string, abbr map[string]bool, next rune) bool {
	w := lastWord(before)
	if w == "" {
		return false
	}
	lw := abbrevKey(w)
	if abbr[lw] {
		return true
	}
	// Abbreviations that precede a number: "art. 6", "No. 3", "p. 12".
	if numberAbbr[lw] && unicode.IsDigit(next) {
		return true
	}
	// Inner dots between short parts: "U.S.", "e.g.", "c.-à-d." (but not
	// "example.com" or "1.5").
	if strings.Contains(w, ".") && shortParts(w) {
		return true
	}
	// A single letter: an initial, "p." of "p. ex.", "M." (Monsieur).
	if utf8.RuneCountInString(w) == 1 && unicode.IsLetter([]rune(w)[0]) {
		return true
	}
	// A list number at the start: "1. Introduction", "2.3. Cookies".
	if len(strings.TrimLeftFunc(before, unicode.IsSpace)) == len(w) && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' }) < 0 {
		return true
	}
	return false
}

// shortParts reports whether every dot-separated part of w has one or two
// letters and no digits, as in dotted abbreviations.
func shortParts(w string) bool {
	for _, p := range strings.Split(w, ".") {
		letters := 0
		for _, r := range p {
			switch {
			case unicode.IsLetter(r):
				letters++
			case unicode.IsDigit(r):
				return false
			}
		}
		if letters == 0 && p != "" || letters > 2 {
			return false
		}
	}
	return true
}

// numberAbbr are abbreviations that never end a sentence when a number
// follows.
var numberAbbr = map[string]bool{
	"art": true, "arts": true, "no": true, "nos": true, "nr": true, "n": true, "p": true, "pp": true,
	"sec": true, "para": true, "ch": true, "chap": true, "al": true, "vol": true, "fig": true, "tel": true, "tél": true,
}

// abbreviations are, per language, the abbreviations (lower case, without
// the final period) after which a period never ends a sentence.
var abbreviations = map[string]map[string]bool{
	"en": setOf("e.g", "i.e", "cf", "vs", "viz", "approx", "incl", "art", "arts", "sec", "para",
		"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "dept", "fig", "ch", "chap", "vol",
		"jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "min", "max", "nb"),
	"fr": setOf("art", "arts", "al", "cf", "ex", "p", "pp", "m", "mm", "mme", "mmes", "mlle", "mlles",
		"me", "dr", "pr", "st", "ste", "éd", "env", "chap", "vol", "fig", "tél", "tel", "nb", "réf", "ref",
		"janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "c.-à-d", "c-à-d", "p.ex"),
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// mergeSpans joins sentences that a splitter cut wrongly: after an
// abbreviation that never ends a sentence ("See art." + "6 GDPR."), and
// before a sentence that starts in lower case.
func mergeSpans(text string, in []span, abbr map[string]bool) []span {
	if len(in) < 2 {
		return in
	}
	out := []span{in[0]}
	for _, sp := range in[1:] {
		prev := &out[len(out)-1]
		before := strings.TrimRightFunc(text[prev.start:prev.end], unicode.IsSpace)
		next, _ := utf8.DecodeRuneInString(text[sp.start:])
		join := unicode.IsLower(next)
		if !join && strings.HasSuffix(before, ".") {
			w := abbrevKey(lastWord(before[:len(before)-1]))
			join = abbr[w] || (numberAbbr[w] && unicode.IsDigit(next))
		}
		if join {
			prev.end = sp.end
			continue
		}
		out = append(out, sp)
	}
	return out
}
