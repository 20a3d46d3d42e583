package vague

import (
	"slices"
	"strings"
	"sync"

	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/segment"
)

// lowered is a clause's lower-cased tokens written out as one string, one
// space wherever the text had space between two tokens, so that phrases match
// whatever the tokeniser did with apostrophes and dots ("it's", "e.g.").
type lowered struct {
	text    string
	starts  []int // starts[i]: byte of text where token i starts
	startAt []int // startAt[p]: index of the token starting at byte p of text, or -1
	endAt   []int // endAt[p]: index of the token ending at byte p of text, or -1
}

func newLowered(toks []segment.Token) lowered {
	var b strings.Builder
	starts := make([]int, len(toks))
	ends := make([]int, len(toks))
	for i, t := range toks {
		if i > 0 && t.Start > toks[i-1].End {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(t.Lower)
		ends[i] = b.Len()
	}
	lw := lowered{text: b.String(), starts: starts}
	lw.startAt = make([]int, len(lw.text)+1)
	lw.endAt = make([]int, len(lw.text)+1)
	for i := range lw.startAt {
		lw.startAt[i], lw.endAt[i] = -1, -1
	}
	for i := range toks {
		if lw.startAt[starts[i]] < 0 { // an empty token never hides a real one
			lw.startAt[starts[i]] = i
		}
		lw.endAt[ends[i]] = i
	}
	return lw
}

// matchAt reports whether phrase p occurs at byte pos of the text, ending at
// a token boundary, and returns the index of its last token.
func (lw lowered) matchAt(pos int, p string) (last int, ok bool) {
	e := pos + len(p)
	if p == "" || e > len(lw.text) || lw.text[pos:e] != p || lw.endAt[e] < 0 {
		return 0, false
	}
	return lw.endAt[e], true
}

// phraseRef is one phrase of one rule.
type phraseRef struct {
	rule   int // index in Rules
	phrase string
}

// phraseIndex maps each language to its rules' phrases, keyed by their first
// two bytes, so that Find only tries the phrases that can start at a token.
// Each language's index is built from Rules on its first use (an English
// page never builds the French one) and never written after.
var phraseIndex = map[lang.Code]func() map[string][]phraseRef{
	lang.English: sync.OnceValue(func() map[string][]phraseRef { return indexPhrases(Rules, lang.English) }),
	lang.French:  sync.OnceValue(func() map[string][]phraseRef { return indexPhrases(Rules, lang.French) }),
}

// indexPhrases indexes the phrases of the rules of language code.
func indexPhrases(rules []Rule, code lang.Code) map[string][]phraseRef {
	out := map[string][]phraseRef{}
	for i, r := range rules {
		if r.Lang != code {
			continue
		}
		for _, p := range r.Phrases {
			if len(p) < 2 {
				continue // every phrase is at least two bytes long (TestRuleTable)
			}
			out[p[:2]] = append(out[p[:2]], phraseRef{rule: i, phrase: p})
		}
	}
	return out
}

// phrases expands compact patterns into phrases. A pattern is a list of
// slots separated by spaces; a slot lists alternatives separated by "|",
// "_" stands for a space inside an alternative, and a slot ending in "?" may
// be left out. "for? as_long_as necessary|needed" gives "for as long as
// necessary", "as long as needed", ...
//
// The rule tables call it while the package is initialised, and expanding
// their patterns took most of the engine's start in WebAssembly (31 ms
// natively, 4433 phrases from 36 calls), so the expansions of the rule
// files' calls are kept in phraseTable (phrases_gen.go, written by
// TestPhraseTable with -update), which phrases reads; a call the table does
// not hold is expanded here.
func phrases(patterns ...string) []string {
	key := strings.Join(patterns, "\x00")
	if i, ok := slices.BinarySearchFunc(phraseTable, key, func(e expansion, k string) int { return strings.Compare(e.key, k) }); ok {
		return strings.Split(phraseTable[i].phrases, "\n")
	}
	return expand(patterns...)
}

// expansion is one call of phrases: its patterns joined by "\x00" and the
// phrases they give, joined by "\n" (one string each: the table is a fifth
// of the size of one with a string per phrase, and splitting is cheap).
type expansion struct {
	key, phrases string
}

// expand is phrases, computed.
func expand(patterns ...string) []string {
	var out []string
	seen := map[string]bool{}
	for _, pat := range patterns {
		acc := []string{""}
		for _, slot := range strings.Fields(pat) {
			optional := strings.HasSuffix(slot, "?") && len(slot) > 1
			if optional {
				slot = strings.TrimSuffix(slot, "?")
			}
			var next []string
			for _, a := range acc {
				if optional {
					next = append(next, a)
				}
				for _, alt := range strings.Split(slot, "|") {
					alt = strings.ReplaceAll(alt, "_", " ")
					if alt == "" { // an empty alternative: the slot may be left out
						next = append(next, a)
					} else if a == "" {
						next = append(next, alt)
					} else {
						next = append(next, a+" "+alt)
					}
				}
			}
			acc = next
		}
		for _, p := range acc {
			p = strings.TrimSpace(p)
			// "d' autres" is written "d'autres": an elided word and the next
			// token are not separated by a space in the text.
			p = strings.ReplaceAll(p, "' ", "'")
			p = strings.ReplaceAll(p, " ,", ",")
			if p != "" && !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}
