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
// A learned model sits on top of the lexicon: a one-vs-rest L2 logistic
// regression per category over the clause's stemmed unigrams and bigrams
// and the six lexicon scores (relative to their thresholds), fitted on the
// clause bank's train split and the labelled corpus by internal/train
// (`make model`) and embedded from model/<lang>.tsv. A category's logit is
// the model's plus Alpha times its own lexicon score; it is labelled when the
// probability reaches the model's Threshold. The model file stores these
// settings with the weights, and depends on the lexicon: after a lexicon
// edit, run `make model`.
//
// Every label carries its evidence: the phrases as written that decided it
// (the lexicon's cues, then the n-grams that weighed most for the category).
package classify

import (
	"embed"
	"fmt"
	"sort"
	"strings"

	"github.com/policylens/policylens/analyzer/classify/internal/model"
	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/report"
	"github.com/policylens/policylens/analyzer/segment"
)

// Classifier labels clauses of one language. Build it with New; it is
// immutable and safe for concurrent use.
type Classifier struct {
	lx *lexicon
	// m is the learned model combined with the lexicon; nil means the
	// lexicon decides alone.
	m    *model.Model
	stop map[string]bool // stopword stems, for the model's features
	// evStop adds pronouns and auxiliaries, kept as model features, to the
	// words that are never evidence alone.
	evStop map[string]bool
}

// The model weights are data, one file per language, rebuilt by `make model`
// (see internal/train).
//
//go:embed model/*.tsv
var modelFS embed.FS

// New returns the Classifier for a language (lang.English or lang.French):
// its lexicon combined with its embedded learned model.
func New(code lang.Code) (*Classifier, error) {
	m, err := LoadModel(code)
	if err != nil {
		return nil, err
	}
	return NewWithModel(code, m)
}

// LoadModel parses the embedded model of a language.
func LoadModel(code lang.Code) (*model.Model, error) {
	if _, err := stemmerFor(code); err != nil {
		return nil, err
	}
	name := "model/" + string(code) + ".tsv"
	data, err := modelFS.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("classify: read %s: %w", name, err)
	}
	return model.Parse(name, data, categoryNames())
}

// NewWithModel returns a Classifier for a language that combines the
// lexicon with m, or uses the lexicon alone when m is nil. It exists for
// the trainer's cross-validation (the model type is internal to this
// package's tree); the engine uses New.
func NewWithModel(code lang.Code, m *model.Model) (*Classifier, error) {
	lx, err := loadLexicon(code)
	if err != nil {
		return nil, err
	}
	ev := map[string]bool{}
	for _, w := range strings.Fields(evidenceStop[code]) {
		ev[lx.stem(w)] = true
	}
	return &Classifier{lx: lx, m: m, stop: model.Stopwords(code, lx.stem), evStop: ev}, nil
}

// evidenceStop are words that carry weight in the model (see
// model.Stopwords) but are not evidence on their own.
var evidenceStop = map[lang.Code]string{
	lang.English: "we you your they it he she not no do does will would can could may might must shall should have has had get",
	lang.French:  "nous vous on ne pas peut pouvons pouvez peuvent avons avez ont a sera seront fait faire",
}

// categoryNames returns report.Categories as strings.
func categoryNames() []string {
	out := make([]string, len(report.Categories))
	for i, c := range report.Categories {
		out[i] = string(c)
	}
	return out
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

// lexResult is the lexicon's reading of a clause for one category.
type lexResult struct {
	total    float64  // score, context included
	label    bool     // the lexicon alone would label the clause
	yields   bool     // the category gives way to a stronger one
	evidence []string // the positive cues as written
}

// Classify returns the categories of cl, in report.Categories order, each
// with a score in 0..1 and the phrases that decided it. It returns nil when
// no category applies.
//
// With a model, a category's logit is the model's logit plus Alpha times the
// lexicon's score relative to its threshold (clamped to [-1, 1]), and the
// category is labelled when the probability reaches the model's Threshold.
// The evidence is the lexicon's cues, then the n-grams that pushed the model
// most towards the category.
func (c *Classifier) Classify(cl segment.Clause) []report.Label {
	lex := c.lexicon(cl)
	var labels []report.Label
	if c.m == nil {
		for ci, cat := range report.Categories {
			r := lex[ci]
			if !r.label {
				continue
			}
			th := c.lx.cats[ci].threshold
			labels = append(labels, report.Label{Category: cat, Score: round2(r.total / (r.total + th)), Evidence: r.evidence})
		}
		return labels
	}
	fs := c.features(cl, lex)
	for ci, cat := range report.Categories {
		r := lex[ci]
		p := model.Sigmoid(c.m.Logit(ci, fs) + c.m.Alpha*c.lexNorm(ci, r))
		if p < c.m.Threshold {
			continue
		}
		var ev []string
		if r.total > 0 {
			ev = append(ev, r.evidence...)
		}
		ev = c.modelEvidence(cl, ci, fs, ev)
		if len(ev) == 0 {
			continue
		}
		labels = append(labels, report.Label{Category: cat, Score: round2(p), Evidence: ev})
	}
	return labels
}

// lexNorm is the lexicon's score of category ci relative to its
// threshold, clamped to [-1, 1] (0 at the threshold); a category that
// yields to a stronger one counts as clearly under it.
func (c *Classifier) lexNorm(ci int, r lexResult) float64 {
	ln := min(max(r.total/c.lx.cats[ci].threshold-1, -1), 1)
	if r.yields {
		ln = min(ln, -0.5)
	}
	return ln
}

// Features returns the model features of cl: its n-grams and context words
// and, when the model stacks, the lexicon's normalised scores. It needs a
// model (for its feature options); it is for the trainer, so that training
// sees exactly what inference sees.
func (c *Classifier) Features(cl segment.Clause) []model.Feature {
	if c.m == nil {
		return nil
	}
	return c.features(cl, c.lexicon(cl))
}

func (c *Classifier) features(cl segment.Clause, lex []lexResult) []model.Feature {
	fs := model.Features(cl, c.lx.stem, c.stop, c.m.Options)
	if c.m.Stack {
		for ci, cat := range report.Categories {
			fs = append(fs, model.Feature{Name: "x:" + string(cat), Value: c.lexNorm(ci, lex[ci]), Src: model.Lex})
		}
	}
	return fs
}

// Model evidence: at most maxModelEvidence n-grams whose weight is at least
// minEvidenceWeight (the strongest one whatever its weight when nothing
// else speaks for the category).
const (
	maxModelEvidence  = 3
	minEvidenceWeight = 0.75
)

// modelEvidence appends to ev the text, as written, of the features of fs
// with the largest positive weights for category ci, skipping those already
// inside ev.
func (c *Classifier) modelEvidence(cl segment.Clause, ci int, fs []model.Feature, ev []string) []string {
	w := c.m.Weights[ci]
	pos := make([]model.Feature, 0, len(fs))
	for _, f := range fs {
		if w[f.Name] > 0 && f.Src != model.Lex && c.informative(f.Name) {
			pos = append(pos, f)
		}
	}
	sort.SliceStable(pos, func(i, j int) bool { return w[pos[i].Name] > w[pos[j].Name] })
	added := 0
	var used [][2]int // token ranges of the clause already given
	for k, f := range pos {
		if added == maxModelEvidence || (w[f.Name] < minEvidenceWeight && (k > 0 || len(ev) > 0)) {
			break
		}
		first, last := c.trimStop(f)
		var s string
		switch f.Src {
		case model.Own:
			if overlaps(used, first, last) {
				continue
			}
			s = span(cl.Text, cl.Start, cl.Tokens, first, last)
		case model.Lead:
			s = span(cl.LeadIn, -1, cl.LeadInTokens, first, last)
		default:
			s = span(cl.Heading, -1, cl.HeadingTokens, first, last)
		}
		if s == "" || covered(ev, s) {
			continue
		}
		if f.Src == model.Own {
			used = append(used, [2]int{first, last})
		}
		ev = append(ev, s)
		added++
	}
	return ev
}

// trimStop returns the token range of feature f without a stopword at
// either end of a bigram ("name and" shows as "name").
func (c *Classifier) trimStop(f model.Feature) (first, last int) {
	first, last = f.First, f.Last
	name, ok := strings.CutPrefix(f.Name, "b:")
	if !ok {
		return first, last
	}
	a, b, _ := strings.Cut(name, "_")
	switch {
	case c.stop[a] || c.evStop[a]:
		first = last
	case c.stop[b] || c.evStop[b]:
		last = first
	}
	return first, last
}

// overlaps reports whether [first, last] meets one of the ranges.
func overlaps(used [][2]int, first, last int) bool {
	for _, u := range used {
		if first <= u[1] && u[0] <= last {
			return true
		}
	}
	return false
}

// informative reports whether a feature holds a word other than a
// stopword: "for" or "in the" may weigh in the model but explain nothing to
// a reader.
func (c *Classifier) informative(name string) bool {
	if i := strings.IndexByte(name, ':'); i >= 0 {
		name = name[i+1:]
	}
	for _, st := range strings.Split(name, "_") {
		if !c.stop[st] && !c.evStop[st] {
			return true
		}
	}
	return false
}

// covered reports whether s is (case-insensitively) part of one of ev.
func covered(ev []string, s string) bool {
	ls := strings.ToLower(s)
	for _, e := range ev {
		if strings.Contains(strings.ToLower(e), ls) {
			return true
		}
	}
	return false
}

// lexicon scores cl with the lexicon, per category.
func (c *Classifier) lexicon(cl segment.Clause) []lexResult {
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
	out := make([]lexResult, len(report.Categories))
	for ci := range report.Categories {
		r := &out[ci]
		r.total = totals[ci]
		r.yields = c.yields(ci, own, totals)
		if r.total < c.lx.cats[ci].threshold || r.yields {
			// Evidence still matters to the model's label.
			r.evidence = evidence(own, ci, cl.Text, cl.Start, cl.Tokens)
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
		r.evidence = ev
		r.label = len(ev) > 0
	}
	return out
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
