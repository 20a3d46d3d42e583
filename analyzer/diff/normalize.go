package diff

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/policylens/policylens/internal/lazyre"
)

var (
	// htmlTag and mdLink undo markup the extractor leaves in plain text
	// ("<b>we</b>", "[our partners](https://...)").
	htmlTag = lazyre.New(`<[^<>]{1,200}>`)
	mdLink  = lazyre.New(`!?\[([^\]]*)\]\([^)\s]*\)`)
	entity  = lazyre.New(`&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,6});`)
	// numbering is a list marker or section number at the start of a
	// clause: "1.", "2.3", "(a)", "iv)", "-", "•", "##".
	numbering = lazyre.New(`^\s*(?:[-*+•·▪◦>#]+|\d{1,3}(?:\.\d{1,3})+\.?|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)])\s+`)
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
		s = entity.ReplaceAllStringFunc(s, unescapeEntity)
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

// entities are the named entities Normalize decodes: those markup leaves
// in text. Not html.UnescapeString, whose table of 2,000 entities would
// add about 100 KB to the wasm engine; extension/lib/memory.js decodes the
// same ones.
var entities = map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'", "nbsp": "\u00a0"}

func unescapeEntity(m string) string {
	name := m[1 : len(m)-1]
	if name[0] != '#' {
		if r, ok := entities[strings.ToLower(name)]; ok {
			return r
		}
		return m
	}
	base, digits := 10, name[1:]
	if digits[0] == 'x' || digits[0] == 'X' {
		base, digits = 16, digits[1:]
	}
	n, err := strconv.ParseInt(digits, base, 32)
	if err != nil || n <= 0 || n > unicode.MaxRune {
		return m
	}
	return string(rune(n))
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
