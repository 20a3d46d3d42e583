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
// (`make model`), each binary feature scaled by its naive Bayes log-count
// ratio while it learns, and embedded from model/<lang>.tsv (settings) and
// model/<lang>.weights (the weights, stored by a hash of the feature's
// name). A category's logit is the model's plus Alpha times its own lexicon
// score; it is labelled when the probability reaches the model's Threshold.
// The model depends on the lexicon: after a lexicon edit, run `make model`.
//
// A second pass reads the clause's neighbours (Batch.Document): real
// policies are labelled section by section, so the model's neighbours layer
// (model.Neighbours) revises each clause's probability from its own
// first-pass logit and the first-pass probabilities of the clauses around
// it under the same heading. A clause alone (one sentence given to
// Classify) keeps its first-pass probability.
//
// Every label carries its evidence: the phrases as written that decided it
// (the lexicon's cues, then the n-grams that weighed most for the category).
package classify

import (
	"embed"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/policylens/policylens/analyzer/classify/internal/model"
	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/report"
	"github.com/policylens/policylens/analyzer/segment"
)

// Classifier labels clauses of one language. Build it with New; it is
// immutable and safe for concurrent use.
type Classifier struct {
	code lang.Code
	lx   *lexicon
	// m is the learned model combined with the lexicon; nil means the
	// lexicon decides alone.
	m    *model.Model
	stop map[string]bool // stopword stems, for the model's features
	// evStop adds pronouns and auxiliaries, kept as model features, to the
	// words that are never evidence alone.
	evStop map[string]bool
	// weights holds m.Weights by feature Key: its weight in every category
	// (0 where the category has none), for logits.
	weights map[uint32][]float64
	// clusters maps stems to their word cluster (model/<lang>.clusters.tsv),
	// loaded when the model uses cluster features.
	clusters map[string]string
}

// The model is data, rebuilt by `make model` (see internal/train): per
// language its settings (<lang>.tsv), its feature weights (<lang>.weights,
// see model.FormatWeights) and its word clusters (<lang>.clusters.tsv).
//
//go:embed model/*.tsv model/*.weights
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
	wname := "model/" + string(code) + ".weights"
	weights, err := modelFS.ReadFile(wname)
	if err != nil {
		return nil, fmt.Errorf("classify: read %s: %w", wname, err)
	}
	return model.Parse(name, data, weights, categoryNames())
}

// NewWithModel returns a Classifier for a language that combines the
// lexicon with m, or uses the lexicon alone when m is nil. It exists for
// the trainer's cross-validation (the model type is internal to this
// package's tree); the engine uses New. m must not change afterwards.
func NewWithModel(code lang.Code, m *model.Model) (*Classifier, error) {
	lx, err := loadLexicon(code)
	if err != nil {
		return nil, err
	}
	ev := map[string]bool{}
	for _, w := range strings.Fields(evidenceStop[code]) {
		ev[lx.stem(w)] = true
	}
	c := &Classifier{code: code, lx: lx, m: m, stop: model.Stopwords(code, lx.stem), evStop: ev}
	if m != nil && m.Clusters {
		if c.clusters, err = loadClusters(code); err != nil {
			return nil, err
		}
	}
	if m != nil {
		n := 0
		for _, w := range m.Weights {
			n += len(w)
		}
		c.weights = make(map[uint32][]float64, n)
		for ci, w := range m.Weights {
			for name, v := range w {
				ws := c.weights[name]
				if ws == nil {
					ws = make([]float64, len(m.Weights))
					c.weights[name] = ws
				}
				ws[ci] = v
			}
		}
	}
	return c, nil
}

// logits returns the model's logit of every category for the features fs,
// as model.Logit computes them: the bias, then each feature's weight times
// its value, in the order of fs. It reads c.weights, one map lookup a
// feature rather than one a feature and category; a feature without weight
// in any category adds nothing.
func (c *Classifier) logits(fs []model.Feature) []float64 {
	z := append([]float64(nil), c.m.Bias...)
	for _, f := range fs {
		if w, ok := c.weights[model.Key(f.Name)]; ok {
			for ci := range z {
				z[ci] += w[ci] * f.Value
			}
		}
	}
	return z
}

// evidenceStop are words that carry weight in the model (see
// model.Stopwords) but are not evidence on their own.
var evidenceStop = map[lang.Code]string{
	lang.English: "we you your they it he she not no do does will would can could may might must shall should have has had get",
	lang.French:  "nous vous on ne pas peut pouvons pouvez peuvent avons avez ont a sera seront fait faire",
}

// loadClusters reads the embedded word clusters of a language: lines
// "stem<TAB>cluster", '#' comments.
func loadClusters(code lang.Code) (map[string]string, error) {
	name := "model/" + string(code) + ".clusters.tsv"
	data, err := modelFS.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("classify: read %s: %w", name, err)
	}
	lines := strings.Split(string(data), "\n")
	out := make(map[string]string, len(lines))
	for i, line := range lines {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		stem, id, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("classify: %s:%d: want stem<TAB>cluster", name, i+1)
		}
		out[stem] = id
	}
	return out, nil
}

// categoryNames returns report.Categories as strings.
func categoryNames() []string {
	out := make([]string, len(report.Categories))
	for i, c := range report.Categories {
		out[i] = string(c)
	}
	return out
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
	// own reports whether the evidence comes from the clause's own words
	// (not only from its lead-in or heading).
	own bool
}

// Classify returns the categories of cl, in report.Categories order, each
// with a score in 0..1 and the phrases that decided it. It returns nil when
// no category applies. cl is read alone; to classify the clauses of a whole
// document in the light of their neighbours, use Batch.Document.
//
// With a model, a category's logit is the model's logit plus Alpha times the
// lexicon's score relative to its threshold (clamped to [-1, 1]), and the
// category is labelled when the probability reaches the model's Threshold.
// The evidence is the lexicon's cues, then the n-grams that pushed the model
// most towards the category.
func (c *Classifier) Classify(cl segment.Clause) []report.Label {
	return c.classify(cl, c.stems(map[string]string{}, false))
}

// Batch classifies the clauses of one document. It remembers the stem of
// every word it has seen: a policy repeats its words, every clause under a
// heading repeats the heading's, and stemming was most of the classifier's
// time. Its Classify gives exactly Classifier.Classify's labels; its
// Document reads each clause with its neighbours.
//
// A Batch also takes the stems the segmenter has already computed where they
// are the classifier's: a token that is one word, neither a snowball
// stopword nor a number, has the stem the classifier would compute (see
// model.SameStem). It relies on segment.Token's contract, Stem is the
// snowball stem of Lower in the document's language, so give it clauses
// from the segmenter of the classifier's language, as the engine does;
// Classify computes every stem itself. A Batch is not safe for
// concurrent use: make one per document (it is cheap) and drop it after.
type Batch struct {
	c     *Classifier
	stems stemmer
}

// Batch returns a new Batch of c.
func (c *Classifier) Batch() *Batch {
	return &Batch{c: c, stems: c.stems(map[string]string{}, true)}
}

// Classify is Classifier.Classify, with b's stem memo: cl alone, without
// the clauses around it.
func (b *Batch) Classify(cl segment.Clause) []report.Label {
	return b.c.classify(cl, b.stems)
}

// Document classifies the clauses of one document, in order, each in the
// light of its neighbours when the model has a neighbours layer (see
// model.Neighbours); without a model, each alone. stop, when not nil, is
// called every 64 clauses of the first pass and ends the work with its
// error.
func (b *Batch) Document(cls []segment.Clause, stop func() error) ([][]report.Label, error) {
	if b.c.m == nil {
		out := make([][]report.Label, len(cls))
		for i, cl := range cls {
			out[i] = b.c.classify(cl, b.stems)
		}
		return out, nil
	}
	return b.c.document(cls, b.stems, stop)
}

// stemmer is the lexicon's stemmer with a memo.
type stemmer struct {
	code lang.Code
	stem func(string) string
	memo map[string]string
	// fromTokens: seed takes the segmenter's stems (see Batch).
	fromTokens bool
}

// stems returns c's stemmer with memo.
func (c *Classifier) stems(memo map[string]string, fromTokens bool) stemmer {
	return stemmer{code: c.code, stem: c.lx.stem, memo: memo, fromTokens: fromTokens}
}

// get returns the stem of the lower-case word w.
func (s stemmer) get(w string) string {
	st, ok := s.memo[w]
	if !ok {
		st = s.stem(w)
		s.memo[w] = st
	}
	return st
}

// seed adds to the memo the segmenter's stems of the tokens that are one
// word whose stem is the classifier's (see Batch).
func (s stemmer) seed(toks []segment.Token) {
	if !s.fromTokens {
		return
	}
	for _, t := range toks {
		if t.Stem == "" || t.Lower == "" {
			continue
		}
		if _, ok := s.memo[t.Lower]; ok || !isOneWord(t.Lower) || !model.SameStem(s.code, t.Lower) {
			continue
		}
		s.memo[t.Lower] = t.Stem
	}
}

// isOneWord reports whether the lower-case text w is one word as
// model.Words splits text: letters and digits only.
func isOneWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// clauseWords are a clause's words, split and stemmed once for the lexicon
// and the model (model.StemWords).
type clauseWords struct {
	own, lead, head, prev []model.Word
}

// words splits and stems the words of cl, its lead-in and its heading.
func (c *Classifier) words(cl segment.Clause, st stemmer) clauseWords {
	st.seed(cl.Tokens)
	st.seed(cl.LeadInTokens)
	st.seed(cl.HeadingTokens)
	ws := clauseWords{
		own:  model.StemWords(cl.Tokens, st.get),
		lead: model.StemWords(cl.LeadInTokens, st.get),
		head: model.StemWords(cl.HeadingTokens, st.get),
	}
	if c.m != nil && c.m.Prev {
		st.seed(cl.PrevTokens)
		ws.prev = model.StemWords(cl.PrevTokens, st.get)
	}
	return ws
}

func (c *Classifier) classify(cl segment.Clause, st stemmer) []report.Label {
	if c.m == nil {
		return c.lexiconLabels(c.lexicon(cl, c.words(cl, st)))
	}
	labels, _ := c.document([]segment.Clause{cl}, st, nil) // no stop, no error
	return labels[0]
}

// lexiconLabels are the labels of the lexicon alone (no model).
func (c *Classifier) lexiconLabels(lex []lexResult) []report.Label {
	var labels []report.Label
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

// scored is a clause after the first pass: its lexicon results, its model
// features and the first-pass logit of every category (the model's logit
// plus Alpha times the lexicon's normalised score).
type scored struct {
	cl  segment.Clause
	lex []lexResult
	fs  []model.Feature
	z   []float64
}

// first is the first pass over one clause.
func (c *Classifier) first(cl segment.Clause, st stemmer) scored {
	ws := c.words(cl, st)
	lex := c.lexicon(cl, ws)
	fs := c.features(lex, ws)
	z := c.logits(fs)
	for ci := range z {
		z[ci] += c.m.Alpha * c.lexNorm(ci, lex[ci])
	}
	return scored{cl: cl, lex: lex, fs: fs, z: z}
}

// document classifies the clauses of one document (with a model): the
// first pass scores each clause alone, the model's neighbours layer (when it
// has one) revises each probability in the light of the clauses around it
// in its section, and each label still needs the clause's own evidence.
// stop, when not nil, is called every 64 clauses of the first pass and ends
// the work with its error.
func (c *Classifier) document(cls []segment.Clause, st stemmer, stop func() error) ([][]report.Label, error) {
	ss := make([]scored, len(cls))
	for i, cl := range cls {
		if stop != nil && i%64 == 0 {
			if err := stop(); err != nil {
				return nil, err
			}
		}
		ss[i] = c.first(cl, st)
	}
	// First-pass probabilities; the neighbours layer replaces those of the
	// clauses that have neighbours. A clause alone in its section (a single
	// sentence given to classify) keeps its first-pass score.
	p := make([][]float64, len(ss))
	for i, s := range ss {
		p[i] = make([]float64, len(s.z))
		for ci, z := range s.z {
			p[i][ci] = model.Sigmoid(z)
		}
	}
	layered := make([]bool, len(ss)) // whether the layer decided clause i
	if nb := c.m.Neighbours; nb != nil {
		headings := make([]string, len(ss))
		z := make([][]float64, len(ss))
		for i, s := range ss {
			headings[i], z[i] = s.cl.Heading, s.z
		}
		for i, in := range model.NeighbourInputs(z, headings) {
			if model.Alone(in) {
				continue
			}
			layered[i] = true
			for ci := range p[i] {
				p[i][ci] = model.Sigmoid(nb.Logit(ci, in))
			}
		}
	}
	out := make([][]report.Label, len(ss))
	for i, s := range ss {
		out[i] = c.decide(s, p[i], layered[i])
	}
	return out, nil
}

// decide labels one scored clause given the final probability of every
// category, and whether the neighbours layer gave it.
func (c *Classifier) decide(s scored, p []float64, layered bool) []report.Label {
	var labels []report.Label
	for ci, cat := range report.Categories {
		r := s.lex[ci]
		th := c.m.ThresholdFor(ci)
		if layered && c.m.NeighbourThreshold > 0 {
			th = c.m.NeighbourThreshold
		}
		if p[ci] < th {
			continue
		}
		var ev []string
		if r.total > 0 {
			ev = append(ev, r.evidence...)
		}
		if !r.own && !isItem(s.cl) && !c.ownSupport(ci, s.fs) {
			// The heading alone does not label a clause that is not a list
			// item: one of its own words must speak for the category too.
			continue
		}
		ev = c.modelEvidence(s.cl, ci, s.fs, ev)
		if len(ev) == 0 {
			continue
		}
		labels = append(labels, report.Label{Category: cat, Score: round2(p[ci]), Evidence: ev})
	}
	return labels
}

// FirstPass returns the first-pass logit of every category (in
// report.Categories order) for each clause of one document: what the
// neighbours layer reads. It needs a model; it is for the trainer, which
// fits the layer on these.
func (c *Classifier) FirstPass(cls []segment.Clause) [][]float64 {
	st := c.stems(map[string]string{}, false)
	out := make([][]float64, len(cls))
	for i, cl := range cls {
		out[i] = c.first(cl, st).z
	}
	return out
}

// isItem reports whether cl is a list item under a lead-in.
func isItem(cl segment.Clause) bool {
	return len(cl.LeadInTokens) > 0 || strings.TrimSpace(cl.LeadIn) != ""
}

// minOwnSupport is the weight one of a clause's own n-grams must have for
// a category before its heading may decide it. It was 0.5 while the model
// learned mostly from clauses we wrote; real policies are labelled in the
// light of their headings, and at 0.2 the real dev macro-F1 is +0.007 EN /
// +0.008 FR and the cross-validation +0.006 / +0.008, while a clause that
// says nothing of the topic ("Please read this section carefully." under
// "Cookies") still gets no label from its heading.
const minOwnSupport = 0.2

// ownSupport reports whether one of the clause's own n-grams speaks for
// category ci (see minOwnSupport).
func (c *Classifier) ownSupport(ci int, fs []model.Feature) bool {
	w := c.m.Weights[ci]
	for _, f := range fs {
		if f.Src == model.Own && !strings.HasPrefix(f.Name, "k:") && w[model.Key(f.Name)] >= minOwnSupport && c.informative(f.Name) {
			return true
		}
	}
	return false
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
	ws := c.words(cl, c.stems(map[string]string{}, false))
	return c.features(c.lexicon(cl, ws), ws)
}

func (c *Classifier) features(lex []lexResult, ws clauseWords) []model.Feature {
	fs := model.FeaturesOf(ws.own, ws.lead, ws.head, ws.prev, c.stop, c.clusters, c.m.Options)
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
	// The features with a positive weight, each with its weight, looked up
	// once (a lookup hashes the feature's name).
	type weighted struct {
		f model.Feature
		w float64
	}
	pos := make([]weighted, 0, len(fs))
	for _, f := range fs {
		if f.Src == model.Lex || f.Src == model.Prev {
			continue
		}
		if v := w[model.Key(f.Name)]; v > 0 && c.informative(f.Name) {
			pos = append(pos, weighted{f, v})
		}
	}
	sort.SliceStable(pos, func(i, j int) bool { return pos[i].w > pos[j].w })
	added := 0
	var used [][2]int // token ranges of the clause already given
	for k, p := range pos {
		f := p.f
		if added == maxModelEvidence || (p.w < minEvidenceWeight && (k > 0 || len(ev) > 0)) {
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
func (c *Classifier) lexicon(cl segment.Clause, ws clauseWords) []lexResult {
	own, nwords := c.match(ws.own)
	isItem := len(cl.LeadInTokens) > 0 || strings.TrimSpace(cl.LeadIn) != ""
	var lead, head []hit
	if isItem {
		lead, _ = c.match(ws.lead)
	}
	head, _ = c.match(ws.head)

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
			r.own = len(r.evidence) > 0
			continue
		}
		ev := evidence(own, ci, cl.Text, cl.Start, cl.Tokens)
		r.own = len(ev) > 0
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
func (c *Classifier) match(ws []model.Word) ([]hit, int) {
	if len(ws) == 0 {
		return nil, 0
	}
	var hits []hit
	for ci := range report.Categories {
		m := c.lx.byFirst[ci]
		next := 0
		for i := 0; i < len(ws); i++ {
			if i < next {
				continue
			}
			for _, cu := range m[ws[i].Stem] {
				if j := c.matchAt(cu.stems, ws, i); j > 0 {
					hits = append(hits, hit{c: cu, first: ws[i].Tok, end: ws[j-1].Tok, words: j - i})
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
func (c *Classifier) matchAt(stems []string, ws []model.Word, i int) int {
	j := i
	for k, s := range stems {
		for k > 0 && j < len(ws) && s != wildcard && ws[j].Stem != s && c.lx.skip[ws[j].Stem] {
			j++
		}
		if j >= len(ws) || (s != wildcard && s != ws[j].Stem) {
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
