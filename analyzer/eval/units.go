package eval

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"text/tabwriter"

	"github.com/policylens/policylens/analyzer/report"
)

// Labeler returns the categories the engine gives one unit of a document
// read alone, as an evaluator who samples sentences would give it.
type Labeler func(g Gold, u Unit) ([]report.Category, error)

// ScoreUnits reads every unit of golds alone with label and counts its
// categories against the gold ones: per document, per language and
// overall, in the Categories and Units of Metrics' slices (the other
// scores stay zero). Documents labelled for their checklist only have no
// units and are left out.
func ScoreUnits(golds []Gold, label Labeler) (Metrics, error) {
	m := Metrics{Overall: newSlice("all", "")}
	langs := map[string]*Slice{}
	for _, g := range golds {
		if len(g.Units) == 0 {
			continue
		}
		s := newSlice(g.Document, g.Language)
		s.Documents = 1
		for i, u := range g.Units {
			got, err := label(g, u)
			if err != nil {
				return Metrics{}, fmt.Errorf("%s: unit %d: %w", g.Document, i+1, err)
			}
			s.Units++
			for _, c := range report.Categories {
				k := s.Categories[c]
				switch gold, pred := slices.Contains(u.Categories, c), slices.Contains(got, c); {
				case gold && pred:
					k.TP++
				case pred:
					k.FP++
				case gold:
					k.FN++
				}
				s.Categories[c] = k
			}
		}
		m.ByDocument = append(m.ByDocument, s)
		m.Overall.add(s)
		l := langs[g.Language]
		if l == nil {
			ls := newSlice(g.Language, g.Language)
			l = &ls
			langs[g.Language] = l
		}
		l.add(s)
	}
	if len(m.ByDocument) == 0 {
		return Metrics{}, errors.New("no labelled units to score")
	}
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
	return m, nil
}

// WriteCategories writes the category table of m (per-category P/R/F1 and
// the macro-F1, overall and per language), as WriteText's first rows: the
// whole report of ScoreUnits.
func (m Metrics) WriteCategories(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	ew := &errWriter{w: tw}
	cols := append([]Slice{m.Overall}, m.ByLanguage...)
	ew.printf("category\t")
	for _, s := range cols {
		ew.printf("%s P\tR\tF1\tn\t", s.Name)
	}
	ew.printf("\n")
	for _, c := range report.Categories {
		ew.printf("%s\t", c)
		for _, s := range cols {
			n := s.Categories[c]
			ew.printf("%.3f\t%.3f\t%.3f\t%d\t", n.Precision(), n.Recall(), n.F1(), n.Support())
		}
		ew.printf("\n")
	}
	ew.printf("macro-F1\t")
	for _, s := range cols {
		ew.printf("\t\t%.3f\t%d\t", s.MacroF1(), s.Units)
	}
	ew.printf("\n")
	if ew.err == nil {
		ew.err = tw.Flush()
	}
	return ew.err
}
