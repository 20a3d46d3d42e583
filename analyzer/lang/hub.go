package lang

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
)

// A policy hub is a page that lists a company's privacy policies per
// country or language ("Deutschland – Deutsch", "France – Français",
// "United Kingdom – English", ...) and holds little prose of its own. It is
// not a policy, and detecting its language is meaningless: the reader
// should open the policy in their language. findHub recognises it by short
// blocks (links, list items) that name languages (autonyms.tsv): at least
// minHubLanguages different ones, on a page whose prose is short (under
// maxHubProse letters, and under maxEntryProse times the letters of the
// entries). A policy with a language switcher, even one of 300 languages,
// has longer prose, and is not a hub.

//go:embed autonyms.tsv
var autonymsTSV string

// Tuning of findHub.
const (
	minHubLanguages = 5
	maxHubProse     = 1500
	// maxEntryProse bounds the prose of a hub relative to its entries: a
	// short policy under a language switcher has more.
	maxEntryProse = 3
	// maxEntryWords is the most words of a block that names a language
	// as an entry of the list.
	maxEntryWords = 8
)

// Hub describes a page that lists policies in many languages.
type Hub struct {
	// Languages is the number of different languages the page lists.
	Languages int
	// Entries are the texts of the page's entries in English or French
	// (the links a reader of PolicyLens would follow), in page order.
	Entries []string
}

// Message is the explanation shown to the reader.
func (h *Hub) Message() string {
	msg := fmt.Sprintf("this page lists privacy policies in %d languages; open the policy in the language you want", h.Languages)
	if len(h.Entries) > 0 {
		quoted := make([]string, len(h.Entries))
		for i, e := range h.Entries {
			quoted[i] = "“" + e + "”"
		}
		msg += " (in English or French: " + strings.Join(quoted, ", ") + ")"
	}
	return msg
}

type autonym struct {
	code Code
	name string // lower case
}

// autonymList is autonyms.tsv parsed, read-only.
var autonymList = parseAutonyms(autonymsTSV)

func parseAutonyms(tsv string) []autonym {
	var out []autonym
	for _, line := range strings.Split(tsv, "\n") {
		code, names, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		for _, n := range strings.Split(names, "|") {
			out = append(out, autonym{Code(code), strings.ToLower(strings.TrimSpace(n))})
		}
	}
	return out
}

// namedLanguages returns the languages named in s, a short entry.
func namedLanguages(s string) []Code {
	low := strings.ToLower(s)
	var out []Code
	for _, a := range autonymList {
		for i := 0; ; {
			j := strings.Index(low[i:], a.name)
			if j < 0 {
				break
			}
			j += i
			end := j + len(a.name)
			if wordEdge(low, j, true) && wordEdge(low, end, false) {
				if !containsCode(out, a.code) {
					out = append(out, a.code)
				}
				break
			}
			i = end
		}
	}
	return out
}

// wordEdge reports whether offset i of s is a word boundary.
func wordEdge(s string, i int, before bool) bool {
	var r rune
	if before {
		if i == 0 {
			return true
		}
		r = []rune(s[:i])[len([]rune(s[:i]))-1]
	} else {
		if i >= len(s) {
			return true
		}
		r = []rune(s[i:])[0]
	}
	return !unicode.IsLetter(r) || unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai)
}

func containsCode(xs []Code, c Code) bool {
	for _, x := range xs {
		if x == c {
			return true
		}
	}
	return false
}

// findHub returns the page's Hub, or nil when it is not one. prose are the
// indices of the blocks that read as prose.
func findHub(text string, blocks []Span, prose []int) *Hub {
	isProseBlock := make(map[int]bool, len(prose))
	proseLetters := 0
	for _, i := range prose {
		isProseBlock[i] = true
		proseLetters += countLetters(text[blocks[i].Start:blocks[i].End])
	}
	if proseLetters >= maxHubProse {
		return nil
	}
	seen := map[Code]bool{}
	var entries []string
	entryLetters := 0
	for i, b := range blocks {
		s := strings.TrimSpace(text[b.Start:b.End])
		if isProseBlock[i] || len(strings.Fields(s)) > maxEntryWords {
			continue
		}
		codes := namedLanguages(s)
		if len(codes) > 0 {
			entryLetters += countLetters(s)
		}
		for _, c := range codes {
			seen[c] = true
		}
		if containsCode(codes, English) || containsCode(codes, French) {
			entries = append(entries, s)
		}
	}
	if len(seen) < minHubLanguages || proseLetters >= maxEntryProse*entryLetters {
		return nil
	}
	return &Hub{Languages: len(seen), Entries: entries}
}
