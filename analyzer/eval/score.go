package eval

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/policylens/policylens/analyzer/report"
)

// Scored is one gold document with what the engine said about it.
type Scored struct {
	Gold   Gold
	Report *report.Report
	// Text is the extracted text the report's offsets refer to.
	Text string
}

// Counts are true positives, false positives and false negatives.
type Counts struct {
	TP, FP, FN int
}

// Count adds one decision to c: a true positive when the gold labels and
// the prediction both hold it, a false positive when only the prediction
// does, a false negative when only the gold labels do (nothing when
// neither does).
func (c *Counts) Count(gold, predicted bool) {
	switch {
	case gold && predicted:
		c.TP++
	case predicted:
		c.FP++
	case gold:
		c.FN++
	}
}

func (c *Counts) add(o Counts) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
}

// Precision is TP/(TP+FP), or 1 when nothing was predicted (nothing wrong
// was said).
func (c Counts) Precision() float64 {
	if c.TP+c.FP == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall is TP/(TP+FN), or 1 when there was nothing to find.
func (c Counts) Recall() float64 {
	if c.TP+c.FN == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F1 is the harmonic mean of precision and recall (0 when both are 0).
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Support is the number of gold instances (TP+FN).
func (c Counts) Support() int { return c.TP + c.FN }

// Slice holds the scores of a set of documents: one document, one language
// or the whole corpus.
type Slice struct {
	// Name is the document's file name, the language code, or "all".
	Name      string `json:"name"`
	Language  string `json:"language"` // "" when the slice mixes languages
	Documents int    `json:"documents"`
	Units     int    `json:"units"`
	// UnitsNotFound counts the units whose text the extraction lost (real
	// pages only; their labels count as missed).
	UnitsNotFound int `json:"units_not_found"`

	// Categories counts units per category: a unit is a positive when its
	// gold labels (or, for predictions, its clauses' labels) hold the category.
	Categories map[report.Category]Counts `json:"categories"`

	// Vague counts vague terms matched by normalised text within units.
	Vague Counts `json:"vague"`
	// VagueKindMatches is how many matched terms also have the gold kind.
	VagueKindMatches int `json:"vague_kind_matches"`

	// ChecklistDocuments counts the documents whose checklist is labelled.
	ChecklistDocuments int `json:"checklist_documents"`
	// ChecklistCorrect of ChecklistTotal items have the gold status.
	ChecklistCorrect int `json:"checklist_correct"`
	ChecklistTotal   int `json:"checklist_total"`
	// ChecklistConfusion counts gold status -> engine status.
	ChecklistConfusion map[string]map[string]int `json:"checklist_confusion"`

	// RedFlags counts red flag ids per document.
	RedFlags Counts `json:"red_flags"`
}

func newSlice(name, lang string) Slice {
	s := Slice{Name: name, Language: lang, Categories: map[report.Category]Counts{}, ChecklistConfusion: map[string]map[string]int{}}
	for _, c := range report.Categories {
		s.Categories[c] = Counts{}
	}
	return s
}

func (s *Slice) add(o Slice) {
	s.Documents += o.Documents
	s.Units += o.Units
	s.UnitsNotFound += o.UnitsNotFound
	for c, n := range o.Categories {
		m := s.Categories[c]
		m.add(n)
		s.Categories[c] = m
	}
	s.Vague.add(o.Vague)
	s.VagueKindMatches += o.VagueKindMatches
	s.ChecklistDocuments += o.ChecklistDocuments
	s.ChecklistCorrect += o.ChecklistCorrect
	s.ChecklistTotal += o.ChecklistTotal
	for g, row := range o.ChecklistConfusion {
		if s.ChecklistConfusion[g] == nil {
			s.ChecklistConfusion[g] = map[string]int{}
		}
		for p, n := range row {
			s.ChecklistConfusion[g][p] += n
		}
	}
	s.RedFlags.add(o.RedFlags)
}

// MacroF1 is the mean F1 over the six categories.
func (s Slice) MacroF1() float64 {
	var sum float64
	for _, c := range report.Categories {
		sum += s.Categories[c].F1()
	}
	return sum / float64(len(report.Categories))
}

// VagueKindAccuracy is the share of matched vague terms whose kind is the
// gold kind (1 when nothing matched).
func (s Slice) VagueKindAccuracy() float64 {
	if s.Vague.TP == 0 {
		return 1
	}
	return float64(s.VagueKindMatches) / float64(s.Vague.TP)
}

// ChecklistAccuracy is the share of checklist items with the gold status
// (0 for an empty slice).
func (s Slice) ChecklistAccuracy() float64 {
	if s.ChecklistTotal == 0 {
		return 0
	}
	return float64(s.ChecklistCorrect) / float64(s.ChecklistTotal)
}

// MissingPrecision is the share of the items the engine reports missing
// that the gold labels say are missing: how often a "missing" finding, an
// accusation made to the reader, is right (1 when the engine reports none).
func (s Slice) MissingPrecision() (p float64, n int) {
	for _, g := range Statuses {
		n += s.ChecklistConfusion[g][report.StatusMissing]
	}
	if n == 0 {
		return 1, 0
	}
	return float64(s.ChecklistConfusion[report.StatusMissing][report.StatusMissing]) / float64(n), n
}

// Pair compares the engine's reports on the two language versions of one
// notice.
type Pair struct {
	A, B string // document file names
	// ChecklistAgree of ChecklistTotal items got the same status in both.
	ChecklistAgree int `json:"checklist_agree"`
	ChecklistTotal int `json:"checklist_total"`
	// CategoriesA and CategoriesB are the categories at least one clause of
	// each report carries, in display order.
	CategoriesA []report.Category `json:"categories_a"`
	CategoriesB []report.Category `json:"categories_b"`
}

// Agreement is the share of checklist items with the same status in both
// reports.
func (p Pair) Agreement() float64 {
	if p.ChecklistTotal == 0 {
		return 0
	}
	return float64(p.ChecklistAgree) / float64(p.ChecklistTotal)
}

// Metrics is the result of Score.
type Metrics struct {
	Overall    Slice   `json:"overall"`
	ByLanguage []Slice `json:"by_language"` // in language-code order
	ByDocument []Slice `json:"by_document"` // in input order
	Pairs      []Pair  `json:"pairs"`
}

// MacroF1 is the overall mean category F1.
func (m Metrics) MacroF1() float64 { return m.Overall.MacroF1() }

// VagueF1 is the overall vague-term F1.
func (m Metrics) VagueF1() float64 { return m.Overall.Vague.F1() }

// ChecklistAccuracy is the overall share of checklist items with the gold
// status.
func (m Metrics) ChecklistAccuracy() float64 { return m.Overall.ChecklistAccuracy() }

// CategoryF1 is the overall F1 of one category.
func (m Metrics) CategoryF1(c report.Category) float64 { return m.Overall.Categories[c].F1() }

// Score compares each document's report with its gold labels. An engine
// clause belongs to the unit it overlaps most (in bytes; the first on a tie)
// and to every other unit it covers for at least half of its length;
// a unit's predicted categories are the union of its clauses' categories and
// its predicted vague terms those that start inside it. Vague terms are
// matched on normalised text (lower case, single spaces, ’ as ') as
// multisets. Checklist items absent from a report count as "missing".
func Score(docs []Scored) (Metrics, error) {
	if len(docs) == 0 {
		return Metrics{}, errors.New("no documents to score")
	}
	m := Metrics{Overall: newSlice("all", "")}
	langs := map[string]*Slice{}
	for _, d := range docs {
		s, err := scoreDoc(d)
		if err != nil {
			return Metrics{}, fmt.Errorf("%s: %w", d.Gold.Document, err)
		}
		m.addDocument(langs, d.Gold.Language, s)
	}
	m.setLanguages(langs)
	m.Pairs = pairs(docs)
	return m, nil
}

// addDocument adds a document's slice s, in language lang, to m's
// documents and overall slice, and to its language's slice in langs.
func (m *Metrics) addDocument(langs map[string]*Slice, lang string, s Slice) {
	m.ByDocument = append(m.ByDocument, s)
	m.Overall.add(s)
	l := langs[lang]
	if l == nil {
		ls := newSlice(lang, lang)
		l = &ls
		langs[lang] = l
	}
	l.add(s)
}

// setLanguages sets m.ByLanguage from the slices of langs, in language-code
// order, and names the overall slice's language when there is only one.
func (m *Metrics) setLanguages(langs map[string]*Slice) {
	codes := make([]string, 0, len(langs))
	for c := range langs {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		m.ByLanguage = append(m.ByLanguage, *langs[c])
	}
	if len(codes) == 1 {
		m.Overall.Language = codes[0]
	}
}

func scoreDoc(d Scored) (Slice, error) {
	g, rep := d.Gold, d.Report
	if rep == nil {
		return Slice{}, errors.New("no report")
	}
	var spans []Span
	var missing []int
	switch g.Scope {
	case ScopeChecklist:
		// No units: only the checklist and red flags are scored.
	case ScopeSections:
		// Real pages: a unit the extraction lost is the engine's miss.
		spans, missing = AlignLenient(d.Text, g.Units)
	default:
		var err error
		if spans, err = Align(d.Text, g.Units); err != nil {
			return Slice{}, err
		}
	}
	s := newSlice(g.Document, g.Language)
	s.Documents = 1
	s.Units = len(g.Units)
	s.UnitsNotFound = len(missing)

	// Categories.
	pred := make([]map[report.Category]bool, len(g.Units))
	for _, c := range rep.Clauses {
		for _, u := range clauseUnits(spans, c.Start, c.End) {
			for _, l := range c.Categories {
				if pred[u] == nil {
					pred[u] = map[report.Category]bool{}
				}
				pred[u][l.Category] = true
			}
		}
	}
	for i, u := range g.Units {
		for _, c := range report.Categories {
			counts := s.Categories[c]
			counts.Count(slices.Contains(u.Categories, c), pred[i][c])
			s.Categories[c] = counts
		}
	}

	// Vague terms.
	predVague := make([][]report.VagueTerm, len(g.Units))
	seen := map[report.VagueTerm]bool{}
	for _, c := range rep.Clauses {
		for _, v := range c.Vague {
			if seen[v] {
				continue // a term reported by two overlapping clauses counts once
			}
			seen[v] = true
			if u := unitAt(spans, v.Start); u >= 0 {
				predVague[u] = append(predVague[u], v)
			}
		}
	}
	for i, u := range g.Units {
		c, kinds := matchVague(u.Vague, predVague[i])
		s.Vague.add(c)
		s.VagueKindMatches += kinds
	}

	if !g.HasChecklist() {
		return s, nil
	}
	s.ChecklistDocuments = 1

	// Checklist.
	got := map[string]string{}
	for _, it := range rep.Checklist {
		if _, dup := got[it.ID]; !dup {
			got[it.ID] = it.Status
		}
	}
	for _, id := range ChecklistIDs {
		want, have := g.Checklist[id], got[id]
		if have == "" {
			have = report.StatusMissing
		}
		s.ChecklistTotal++
		if want == have {
			s.ChecklistCorrect++
		}
		if s.ChecklistConfusion[want] == nil {
			s.ChecklistConfusion[want] = map[string]int{}
		}
		s.ChecklistConfusion[want][have]++
	}

	// Red flags.
	flags := map[string]bool{}
	for _, f := range rep.RedFlags {
		flags[f.ID] = true
	}
	for f := range flags {
		if slices.Contains(g.RedFlags, f) {
			s.RedFlags.TP++
		} else {
			s.RedFlags.FP++
		}
	}
	for _, f := range g.RedFlags {
		if !flags[f] {
			s.RedFlags.FN++
		}
	}
	return s, nil
}

// bestUnit returns the index of the span overlapping [start, end) most, or
// -1 when none does. spans are in order and do not overlap.
func bestUnit(spans []Span, start, end int) int {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > start })
	best, bestN := -1, 0
	for ; i < len(spans) && spans[i].Start < end; i++ {
		n := min(end, spans[i].End) - max(start, spans[i].Start)
		if n > bestN {
			best, bestN = i, n
		}
	}
	return best
}

// clauseUnits returns the units a clause [start, end) labels: the one it
// overlaps most, and every other unit it covers for at least half of that
// unit's length. A clause is read as one sentence: when the labeller's units
// are pieces of it (a policy published as PDF, whose lines were labelled one
// by one), each piece it covers takes its labels.
func clauseUnits(spans []Span, start, end int) []int {
	best := bestUnit(spans, start, end)
	if best < 0 {
		return nil
	}
	out := []int{best}
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > start })
	for ; i < len(spans) && spans[i].Start < end; i++ {
		n := min(end, spans[i].End) - max(start, spans[i].Start)
		if i != best && spans[i].End > spans[i].Start && 2*n >= spans[i].End-spans[i].Start {
			out = append(out, i)
		}
	}
	return out
}

// unitAt returns the index of the span holding offset off, or -1.
func unitAt(spans []Span, off int) int {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > off })
	if i < len(spans) && spans[i].Start <= off {
		return i
	}
	return -1
}

// NormaliseTerm is how vague terms are compared: lower case, runs of white
// space as one space, typographic apostrophes as '.
func NormaliseTerm(t string) string {
	t = strings.ToLower(t)
	t = strings.NewReplacer("’", "'", "‘", "'", "\u00a0", " ", "\u202f", " ").Replace(t)
	return strings.Join(strings.Fields(t), " ")
}

// matchVague intersects gold and predicted terms of one unit as multisets of
// normalised terms, and counts how many matched pairs can share a kind.
func matchVague(gold []Vague, pred []report.VagueTerm) (Counts, int) {
	type tk struct{ term, kind string }
	goldTerms, predTerms := map[string]int{}, map[string]int{}
	goldKinds, predKinds := map[tk]int{}, map[tk]int{}
	for _, v := range gold {
		t := NormaliseTerm(v.Term)
		goldTerms[t]++
		goldKinds[tk{t, v.Kind}]++
	}
	for _, v := range pred {
		t := NormaliseTerm(v.Term)
		predTerms[t]++
		predKinds[tk{t, v.Kind}]++
	}
	var c Counts
	kinds := 0
	for t, n := range goldTerms {
		matched := min(n, predTerms[t])
		c.TP += matched
		c.FN += n - matched
		same := 0
		for k, gn := range goldKinds {
			if k.term == t {
				same += min(gn, predKinds[k])
			}
		}
		kinds += min(same, matched)
	}
	for t, n := range predTerms {
		c.FP += n - min(n, goldTerms[t])
	}
	return c, kinds
}

// pairs compares the reports of documents that name each other as pairs.
func pairs(docs []Scored) []Pair {
	index := map[string]int{}
	for i, d := range docs {
		index[d.Gold.Document] = i
	}
	var out []Pair
	for i, d := range docs {
		j, ok := index[d.Gold.Pair]
		if d.Gold.Pair == "" || !ok || j <= i {
			continue
		}
		a, b := d.Report, docs[j].Report
		p := Pair{A: d.Gold.Document, B: docs[j].Gold.Document, CategoriesA: covered(a), CategoriesB: covered(b)}
		sa, sb := statuses(a), statuses(b)
		for _, id := range ChecklistIDs {
			p.ChecklistTotal++
			if sa[id] == sb[id] {
				p.ChecklistAgree++
			}
		}
		out = append(out, p)
	}
	return out
}

func statuses(r *report.Report) map[string]string {
	out := make(map[string]string, len(ChecklistIDs))
	for _, id := range ChecklistIDs {
		out[id] = report.StatusMissing
	}
	if r == nil {
		return out
	}
	seen := map[string]bool{}
	for _, it := range r.Checklist {
		if !seen[it.ID] && it.Status != "" {
			out[it.ID] = it.Status
		}
		seen[it.ID] = true
	}
	return out
}

func covered(r *report.Report) []report.Category {
	if r == nil {
		return nil
	}
	has := map[report.Category]bool{}
	for _, c := range r.Clauses {
		for _, l := range c.Categories {
			has[l.Category] = true
		}
	}
	var out []report.Category
	for _, c := range report.Categories {
		if has[c] {
			out = append(out, c)
		}
	}
	return out
}
