// Package vague finds vague wording in a policy's clauses: hedges ("we may
// share"), open conditions ("where appropriate"), generalisations
// ("generally"), unnamed quantities ("certain partners"), open lists ("such
// as") and open durations ("from time to time").
//
// Every check is a Rule: a value with an ID, a Kind, a language, a doc string
// saying what it catches and why, the phrases it looks for, and an optional
// Accept function that looks at the words around a phrase to keep out
// look-alikes ("you may request access" grants a right, it hedges nothing).
// A newcomer extends the package by adding one entry to Rules (rules_en.go,
// rules_fr.go); how a modal is told from a permission is explained at the top
// of modality.go. The rules follow the labelling guide (corpus/README.md,
// "Vague wording"), and where the guide is silent, what the real policies'
// train and dev labels do most of the time (the decisions are listed there
// too); the table cases of testdata/rules_*.json quote the phrasings they
// were taken from.
//
// Phrases are matched on the tokens' lower-cased forms, at token boundaries,
// so the offsets of a finding are exactly those of its words in the document.
package vague

import (
	"sort"
	"strings"

	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/report"
	"github.com/policylens/policylens/analyzer/segment"
)

// Kind is a kind of vague wording; its value is what report.VagueTerm.Kind
// holds.
type Kind string

// The six kinds of vague wording.
const (
	Modality       Kind = "modality"
	Conditional    Kind = "conditional"
	Generalisation Kind = "generalisation"
	Quantifier     Kind = "quantifier"
	OpenList       Kind = "open_list"
	OpenTime       Kind = "open_time"
)

// Kinds lists the kinds of vague wording in display order. Read-only.
var Kinds = []Kind{Modality, Conditional, Generalisation, Quantifier, OpenList, OpenTime}

// Doc explains to a reader what the kind means and why it matters, for the
// README and the popup.
func (k Kind) Doc() string {
	switch k {
	case Modality:
		return "A modal verb (may, might, could, can; peut, pouvons, pourrait, susceptible(s) de, il est possible que) hedges what the company or its data does, so the reader cannot tell whether it happens. A modal that grants the reader a right or a choice (\"you may ask us\", \"vous pouvez demander\") is not vague."
	case Conditional:
		return "A condition the reader cannot check decides whether something happens: \"where appropriate\", \"if necessary\", \"at our discretion\", \"le cas échéant\", \"lorsque la loi l'exige\"."
	case Generalisation:
		return "A statement holds only in general, leaving unknown when it does not: \"generally\", \"usually\", \"en général\"."
	case Quantifier:
		return "An unnamed quantity stands for data, partners, purposes or cases that the text does not list: \"certain third parties\", \"various purposes\", \"plusieurs partenaires\"."
	case OpenList:
		return "A list is only a sample and may include anything else: \"such as\", \"including\", \"etc.\", \"notamment\"."
	case OpenTime:
		return "A duration or frequency has no bound: \"from time to time\", \"as long as necessary\", \"de temps à autre\"."
	}
	return ""
}

// Rule is one check for vague wording.
type Rule struct {
	// ID names the rule, "<lang>.<kind>.<name>", e.g. "en.modality.may".
	ID   string
	Kind Kind
	// Lang is the language whose text the rule applies to.
	Lang lang.Code
	// Doc says what the rule catches and what it leaves out, and why.
	Doc string
	// Phrases are the lower-cased phrases to look for, as they read when the
	// clause's lower-cased tokens are written out with one space wherever the
	// text had space between two tokens ("e.g.", "d'autres", "such as").
	Phrases []string
	// Accept, when set, decides from the surrounding words whether a found
	// phrase is vague; nil accepts every occurrence.
	Accept func(m Match) bool
}

// Match is one occurrence of a rule's phrase in a clause: tokens
// Tokens[First] to Tokens[Last] inclusive.
type Match struct {
	Tokens      []segment.Token
	First, Last int
	// Lang is the clause's language.
	Lang lang.Code
}

// Lower returns the lower-cased form of token i, or "" outside the clause.
func (m Match) Lower(i int) string {
	if i < 0 || i >= len(m.Tokens) {
		return ""
	}
	return m.Tokens[i].Lower
}

// Prev returns the lower-cased token n places before the match (n >= 1), or
// "" at the start of the clause.
func (m Match) Prev(n int) string { return m.Lower(m.First - n) }

// Next returns the lower-cased token n places after the match (n >= 1), or ""
// at the end of the clause.
func (m Match) Next(n int) string { return m.Lower(m.Last + n) }

// candidate is an accepted match of a rule.
type candidate struct {
	rule        *Rule
	order       int // the rule's index in Rules, to break ties
	first, last int
	start, end  int // byte offsets in the document
}

// Find returns the vague terms of clause cl, written in language code, sorted
// by Start, without overlaps: where two phrases overlap, the longer one wins
// ("including but not limited to" rather than "including"). Offsets are byte
// offsets in the document text; Term is the text between them as written.
// Languages other than English and French give nil.
func Find(code lang.Code, cl segment.Clause) []report.VagueTerm {
	if code != lang.English && code != lang.French || len(cl.Tokens) == 0 {
		return nil
	}
	lw := newLowered(cl.Tokens)
	idx := phraseIndex[code]()
	var cands []candidate
	for i := range cl.Tokens {
		p := lw.starts[i]
		if p+2 > len(lw.text) || lw.startAt[p] != i {
			continue
		}
		for _, ref := range idx[lw.text[p:p+2]] {
			last, ok := lw.matchAt(p, ref.phrase)
			if !ok {
				continue
			}
			r := &Rules[ref.rule]
			m := Match{Tokens: cl.Tokens, First: i, Last: last, Lang: code}
			if r.Accept != nil && !r.Accept(m) {
				continue
			}
			cands = append(cands, candidate{rule: r, order: ref.rule, first: i, last: last,
				start: cl.Tokens[i].Start, end: cl.Tokens[last].End})
		}
	}
	if len(cands) == 0 {
		return nil
	}
	// Longest first, then leftmost: the greedy pick keeps the longest phrase
	// wherever two overlap.
	sort.SliceStable(cands, func(i, j int) bool {
		li, lj := cands[i].end-cands[i].start, cands[j].end-cands[j].start
		if li != lj {
			return li > lj
		}
		if cands[i].start != cands[j].start {
			return cands[i].start < cands[j].start
		}
		return cands[i].order < cands[j].order
	})
	var kept []candidate
	for _, c := range cands {
		overlaps := false
		for _, k := range kept {
			if c.start < k.end && k.start < c.end {
				overlaps = true
				break
			}
		}
		if !overlaps {
			kept = append(kept, c)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	out := make([]report.VagueTerm, 0, len(kept))
	for _, c := range kept {
		out = append(out, report.VagueTerm{
			Term:  termText(cl, c),
			Kind:  string(c.rule.Kind),
			Start: c.start,
			End:   c.end,
		})
	}
	return out
}

// termText returns the document text of c, taken from the clause text when
// the offsets fall inside it, else rebuilt from the tokens.
func termText(cl segment.Clause, c candidate) string {
	s, e := c.start-cl.Start, c.end-cl.Start
	if s >= 0 && e <= len(cl.Text) && s <= e && cl.End-cl.Start == len(cl.Text) {
		return cl.Text[s:e]
	}
	var b strings.Builder
	for i := c.first; i <= c.last; i++ {
		if i > c.first && cl.Tokens[i].Start > cl.Tokens[i-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(cl.Tokens[i].Text)
	}
	return b.String()
}
