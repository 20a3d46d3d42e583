package eval

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"text/tabwriter"

	"github.com/policylens/policylens/analyzer/report"
)

// Measure is one figure read from a Slice, for Bootstrap.
type Measure struct {
	Name  string
	Value func(Slice) float64
}

// Measures are the figures the bars name, in the order the
// bootstrap table prints them: each category's precision, recall and F1,
// macro-F1, vague-term F1, checklist accuracy and the precision of
// "missing".
func Measures() []Measure {
	var ms []Measure
	for _, c := range report.Categories {
		ms = append(ms,
			Measure{string(c) + " P", func(s Slice) float64 { return s.Categories[c].Precision() }},
			Measure{string(c) + " R", func(s Slice) float64 { return s.Categories[c].Recall() }},
			Measure{string(c) + " F1", func(s Slice) float64 { return s.Categories[c].F1() }})
	}
	return append(ms,
		Measure{"macro-F1", Slice.MacroF1},
		Measure{"vague-term F1", func(s Slice) float64 { return s.Vague.F1() }},
		Measure{"checklist acc.", Slice.ChecklistAccuracy},
		Measure{"missing prec.", func(s Slice) float64 { p, _ := s.MissingPrecision(); return p }})
}

// Interval is the spread of one measure over bootstrap resamples: the
// value on the documents as they are, and the 2.5th and 97.5th percentiles
// of the resampled values (a 95% percentile interval).
type Interval struct {
	Value, Low, High float64
}

// Bootstrap resamples documents with replacement, n times, and returns the
// interval of each measure of ms: how much a figure could move had other
// documents of the same kind been drawn for the test split. Documents are
// the unit resampled, not clauses or items, because the errors of one
// policy go together (one converted page, one company's wording). seed
// makes the result reproducible. docs must not be empty.
func Bootstrap(docs []Slice, ms []Measure, n int, seed uint64) []Interval {
	all := newSlice("", "")
	for _, d := range docs {
		all.add(d)
	}
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	values := make([][]float64, len(ms))
	for i := range values {
		values[i] = make([]float64, n)
	}
	for r := range n {
		s := newSlice("", "")
		for range docs {
			s.add(docs[rng.IntN(len(docs))])
		}
		for i, m := range ms {
			values[i][r] = m.Value(s)
		}
	}
	out := make([]Interval, len(ms))
	for i, m := range ms {
		slices.Sort(values[i])
		out[i] = Interval{Value: m.Value(all), Low: percentile(values[i], 0.025), High: percentile(values[i], 0.975)}
	}
	return out
}

// percentile is the value at quantile q of the sorted xs (nearest rank).
func percentile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	i := int(q*float64(len(xs)-1) + 0.5)
	return xs[min(max(i, 0), len(xs)-1)]
}

// WriteBootstrap writes, for each language of m, the 95% interval of every
// measure of Measures over n resamples of that language's documents (see
// Bootstrap).
func (m Metrics) WriteBootstrap(w io.Writer, n int, seed uint64) error {
	ms := Measures()
	byLang := map[string][]Slice{}
	for _, d := range m.ByDocument {
		byLang[d.Language] = append(byLang[d.Language], d)
	}
	var langs []string
	var cols [][]Interval
	for _, l := range m.ByLanguage {
		if len(byLang[l.Name]) == 0 {
			continue
		}
		langs = append(langs, l.Name)
		cols = append(cols, Bootstrap(byLang[l.Name], ms, n, seed))
	}
	ew := &errWriter{w: w}
	ew.printf("\n95%% intervals: %d resamples of each language's documents, with replacement (seed %d)\n", n, seed)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	ew.w = tw
	ew.printf("measure\t")
	for _, l := range langs {
		ew.printf("%s (%d docs)\tlow\thigh\t", l, len(byLang[l]))
	}
	ew.printf("\n")
	for mi, meas := range ms {
		ew.printf("%s\t", meas.Name)
		for _, c := range cols {
			ew.printf("%.3f\t%.3f\t%.3f\t", c[mi].Value, c[mi].Low, c[mi].High)
		}
		ew.printf("\n")
	}
	if ew.err == nil {
		ew.err = tw.Flush()
	}
	if ew.err != nil {
		return fmt.Errorf("bootstrap table: %w", ew.err)
	}
	return nil
}
