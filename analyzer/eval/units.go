package eval

import (
	"errors"
	"fmt"
	"io"
	"slices"
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
				k.Count(slices.Contains(u.Categories, c), slices.Contains(got, c))
				s.Categories[c] = k
			}
		}
		m.addDocument(langs, g.Language, s)
	}
	if len(m.ByDocument) == 0 {
		return Metrics{}, errors.New("no labelled units to score")
	}
	m.setLanguages(langs)
	return m, nil
}

// WriteCategories writes the category table of m (per-category P/R/F1 and
// the macro-F1, overall and per language), as WriteText's first rows: the
// whole report of ScoreUnits.
func (m Metrics) WriteCategories(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	ew := &errWriter{w: tw}
	categoryRows(ew, append([]Slice{m.Overall}, m.ByLanguage...))
	if ew.err == nil {
		ew.err = tw.Flush()
	}
	return ew.err
}
