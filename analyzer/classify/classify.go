// Package classify labels a clause of a privacy policy with the categories of
// practice it describes (collection, sharing, cookies, rights, retention,
// jurisdiction).
//
// The method is a weighted lexicon per language and category, kept as data in
// lexicon/<lang>.txt: unigram stems and stem phrases ("third parti", "durée de
// conserv") with weights. A clause's score in a category is the sum of the
// weights of the distinct cues found in it; strong cues reach the category's
// threshold alone, weak cues need company, support cues (kinds of data, for
// instance) add up to a capped amount, and negative cues (security,
// policy-change wording) pull a score down. The lead-in of a list item and the
// section heading add a reduced share of their own scores, so that "Your name
// and email" under "We collect:" is collection, while a heading alone never
// labels a clause that is not a list item and has no cue of its own. Two
// category rules, set in the lexicon, handle collection: it yields to a
// higher-scoring category unless it has a strong cue of its own (a rights
// clause that mentions "the purposes of the processing" stays rights only),
// and a short clause made mostly of kinds of data ("Email
// address, phone number.") counts as an enumeration of collected data.
//
// Words are re-split and stemmed here (snowball, the same on lexicon and
// text), so matching does not depend on how the segmenter split hyphenated
// or elided words ("sous-traitants", "l'Union", "third-party").
//
// Negation is deliberately ignored: categories are topics, so "we do not sell
// your data" is still sharing and "we do not use cookies" still cookies.
//
// Every label carries its evidence: the phrases as written that decided it.
package classify

import (
	"strings"

	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/report"
	"github.com/policylens/policylens/analyzer/segment"
)

// Classifier labels clauses of one language. Build it with New; it is
// immutable and safe for concurrent use.
type Classifier struct {
	lx *lexicon
}

// New returns the Classifier for a language (lang.English or lang.French).
func New(code lang.Code) (*Classifier, error) {
	lx, err := loadLexicon(code)
	if err != nil {
		return nil, err
	}
	return &Classifier{lx: lx}, nil
}

// word is one word of a clause, with the tokens it spans.
type word struct {
	stem string
	tok  int // index of the token holding the word
}

// hit is one cue found in a text.
type hit struct {
	c          *cue
	first, end int // token range [first, end] inclusive of the matched words
	words      int // number of words matched
}

// Classify returns the categories of cl, in report.Categories order, each
// with a score in 0..1 and the phrases that decided it. It returns nil when
// no category applies.
func (c *Classifier) Classify(cl segment.Clause) []report.Label {
	own, nwords := c.match(cl.Tokens)
	isItem := len(cl.LeadInTokens) > 0 || strings.TrimSpace(cl.LeadIn) != ""
	var lead, head []hit
	if isItem {
		lead, _ = c.match(cl.LeadInTokens)
	}
	head, _ = c.match(cl.HeadingTokens)

	totals := make([]float64, len(report.Categories))
	for ci := range report.Categories {
		ownScore, ownPos := c.score(own, ci)
		ownScore += c.dense(own, ci, nwords)
		total := ownScore
		if isItem {
			ls, _ := c.score(lead, ci)
			hs, _ := c.score(head, ci)
			total += c.lx.leadWeight*max(ls, 0) + c.lx.headWeight*max(hs, 0)
		} else if ownPos > 0 {
			hs, _ := c.score(head, ci)
			total += c.lx.headWeight * max(hs, 0)
		}
		totals[ci] = total
	}
	var labels []report.Label
	for ci, cat := range report.Categories {
		total, th := totals[ci], c.lx.cats[ci].threshold
		if total < th || c.yields(ci, own, totals) {
			continue
		}
		ev := evidence(own, ci, cl.Text, cl.Start, cl.Tokens)
		if len(ev) == 0 {
			// Decided by context alone (a list item under its lead-in):
			// the lead-in's or heading's words are the evidence.
			ev = evidence(lead, ci, cl.LeadIn, -1, cl.LeadInTokens)
			if len(ev) == 0 {
				ev = evidence(head, ci, cl.Heading, -1, cl.HeadingTokens)
			}
		}
		if len(ev) == 0 {
			continue
		}
		labels = append(labels, report.Label{Category: cat, Score: round2(total / (total + th)), Evidence: ev})
	}
	return labels
}

// yields reports whether category ci gives way to a stronger category (see
// category.yield).
func (c *Classifier) yields(ci int, own []hit, totals []float64) bool {
	y := c.lx.cats[ci].yield
	if y <= 0 {
		return false
	}
	for _, h := range own {
		if h.c.cat == ci && !h.c.support && h.c.weight >= y {
			return false
		}
	}
	for k, t := range totals {
		if k != ci && t >= c.lx.cats[k].threshold && t > totals[ci] {
			return true
		}
	}
	return false
}

// match finds the cues of every category in tokens; it also returns the
// number of words.
func (c *Classifier) match(toks []segment.Token) ([]hit, int) {
	if len(toks) == 0 {
		return nil, 0
	}
	var ws []word
	for i, t := range toks {
		low := t.Lower
		if low == "" {
			low = strings.ToLower(t.Text)
		}
		for _, w := range words(low) {
			ws = append(ws, word{stem: c.lx.stem(w), tok: i})
		}
	}
	var hits []hit
	for ci := range report.Categories {
		m := c.lx.byFirst[ci]
		next := 0
		for i := 0; i < len(ws); i++ {
			if i < next {
				continue
			}
			for _, cu := range m[ws[i].stem] {
				if j := c.matchAt(cu.stems, ws, i); j > 0 {
					hits = append(hits, hit{c: cu, first: ws[i].tok, end: ws[j-1].tok, words: j - i})
					next = j
					break
				}
			}
		}
	}
	return hits, len(ws)
}

// Dense lists: a short clause made mostly of support cues ("Email address,
// phone number.", a table cell "Contact data") is an enumeration of data.
const (
	denseMaxWords = 12
	denseShare    = 0.4
)

// dense returns category ci's bonus for a short clause whose words are
// mostly support cues (see category.dense), or 0.
func (c *Classifier) dense(hits []hit, ci, nwords int) float64 {
	bonus := c.lx.cats[ci].dense
	if bonus <= 0 || nwords == 0 || nwords > denseMaxWords {
		return 0
	}
	covered := 0
	for _, h := range hits {
		if h.c.cat == ci && h.c.support {
			covered += h.words
		}
	}
	if float64(covered) < denseShare*float64(nwords) {
		return 0
	}
	return bonus
}

// matchAt matches stems against the words from i and returns the index
// after the last matched word, or -1. A wildcard matches any one word; a
// skippable word ("also", "may") in the text is passed over when the pattern
// does not ask for it, so "we collect" also matches "we may also collect".
func (c *Classifier) matchAt(stems []string, ws []word, i int) int {
	j := i
	for k, s := range stems {
		for k > 0 && j < len(ws) && s != wildcard && ws[j].stem != s && c.lx.skip[ws[j].stem] {
			j++
		}
		if j >= len(ws) || (s != wildcard && s != ws[j].stem) {
			return -1
		}
		j++
	}
	return j
}

// score sums the weights of the distinct cues of category ci found in hits,
// capping support cues; it also returns the positive part of the sum.
func (c *Classifier) score(hits []hit, ci int) (total, positive float64) {
	seen := map[int]bool{}
	var support float64
	for _, h := range hits {
		if h.c.cat != ci || seen[h.c.id] {
			continue
		}
		seen[h.c.id] = true
		switch {
		case h.c.support:
			support += h.c.weight
		default:
			total += h.c.weight
			if h.c.weight > 0 {
				positive += h.c.weight
			}
		}
	}
	support = min(support, c.lx.cats[ci].supportCap)
	return total + support, positive + support
}

// evidence returns the text, as written, of the positive cues of category ci
// in hits, in order and without repeats. text is the clause (or lead-in,
// heading) text; base its byte offset in the document, or -1 when unknown.
func evidence(hits []hit, ci int, text string, base int, toks []segment.Token) []string {
	var out []string
	seen := map[string]bool{}
	for _, h := range hits {
		if h.c.cat != ci || h.c.weight <= 0 {
			continue
		}
		s := span(text, base, toks, h.first, h.end)
		if s == "" || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}

// span returns the text of tokens first..end as written: a slice of text
// when the offsets allow it, else the tokens' texts joined as they stand.
func span(text string, base int, toks []segment.Token, first, end int) string {
	a, b := toks[first], toks[end]
	if base < 0 && len(toks) > 0 {
		// Offsets are in the document; text starts at or before the first
		// token. Find the first token's text to anchor.
		if i := strings.Index(text, toks[0].Text); i >= 0 {
			base = toks[0].Start - i
		}
	}
	if base >= 0 {
		i, j := a.Start-base, b.End-base
		if i >= 0 && i <= j && j <= len(text) && strings.HasPrefix(text[i:], a.Text) && strings.HasSuffix(text[:j], b.Text) {
			return text[i:j]
		}
	}
	var sb strings.Builder
	for k := first; k <= end; k++ {
		if k > first && toks[k].Start > toks[k-1].End {
			sb.WriteByte(' ')
		}
		sb.WriteString(toks[k].Text)
	}
	return sb.String()
}

// round2 rounds a score to two decimals, for stable output.
func round2(x float64) float64 {
	return float64(int(x*100+0.5)) / 100
}
