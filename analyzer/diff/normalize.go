package diff

import (
	"html"
	"regexp"
	"strings"
	"unicode"
)

var (
	// htmlTag and mdLink undo markup the extractor leaves in plain text
	// ("<b>we</b>", "[our partners](https://...)").
	htmlTag = regexp.MustCompile(`<[^<>]{1,200}>`)
	mdLink  = regexp.MustCompile(`!?\[([^\]]*)\]\([^)\s]*\)`)
	// numbering is a list marker or section number at the start of a
	// clause: "1.", "2.3", "(a)", "iv)", "-", "•", "##".
	numbering = regexp.MustCompile(`^\s*(?:[-*+•·▪◦>#]+|\d{1,3}(?:\.\d{1,3})+\.?|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)])\s+`)
)

// Normalize returns the form of a clause's text that alignment compares:
// HTML tags, Markdown links and emphasis, entities, list numbering, case,
// punctuation and whitespace removed, words separated by one space. Two
// clauses with the same normal form are the same statement.
//
// extension/lib/memory.js implements the same function for the browser;
// testdata/diff/normalize.json holds the cases both must pass.
func Normalize(s string) string {
	if strings.ContainsAny(s, "<&[") {
		s = mdLink.ReplaceAllString(s, "$1")
		s = htmlTag.ReplaceAllString(s, " ")
		s = html.UnescapeString(s)
	}
	for {
		loc := numbering.FindStringIndex(s)
		if loc == nil || loc[1] == 0 {
			break
		}
		s = s[loc[1]:]
	}
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
			space = false
			continue
		}
		if unicode.Is(unicode.Mn, r) { // combining accents stay with their letter
			b.WriteRune(r)
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// dateWords are the words a "last updated" line or a copyright line is
// made of; a clause whose only changed words are these changed its date.
var dateWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`january february march april june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec
		janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre
		janv févr fevr avr juil déc
		monday tuesday wednesday thursday friday saturday sunday
		lundi mardi mercredi jeudi vendredi samedi dimanche
		st nd rd th er e`) {
		dateWords[w] = true
	}
}

// dateFields splits a normal form into words, marking "may" as the month
// when a number stands next to it ("3 may 2016", "may 3") and as the verb
// otherwise.
func dateFields(norm string) []string {
	fields := strings.Fields(norm)
	for k, f := range fields {
		if f != "may" {
			continue
		}
		if (k > 0 && isNumber(fields[k-1])) || (k+1 < len(fields) && isNumber(fields[k+1])) {
			fields[k] = monthMay
		}
	}
	return fields
}

// monthMay is "may" read as a month; it cannot be a normalised word.
const monthMay = "may#"

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// isDateWord says whether a normalised word is a number or a date word.
func isDateWord(w string) bool {
	if dateWords[w] || w == monthMay {
		return true
	}
	for _, suffix := range []string{"st", "nd", "rd", "th", "er", "ème", "e"} { // 3rd, 1er
		if t, ok := strings.CutSuffix(w, suffix); ok && t != "" {
			w = t
			break
		}
	}
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}
