package eval

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/policylens/policylens/analyzer/report"
)

// WriteText writes m as readable tables: per category precision, recall, F1
// and support for the whole corpus and each language, macro-F1, vague terms,
// checklist accuracy, red flags, one line per document and the bilingual
// pairs.
func (m Metrics) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	ew := &errWriter{w: tw}
	cols := append([]Slice{m.Overall}, m.ByLanguage...)

	categoryRows(ew, cols)
	prf := func(label string, counts func(Slice) Counts) { prfRow(ew, cols, label, counts) }
	score := func(label string, value func(Slice) (float64, int)) { scoreRow(ew, cols, label, value) }
	if m.Overall.UnitsNotFound > 0 {
		score("units lost", func(s Slice) (float64, int) {
			return float64(s.UnitsNotFound) / float64(max(s.Units, 1)), s.UnitsNotFound
		})
	}
	prf("vague terms", func(s Slice) Counts { return s.Vague })
	score("vague kind acc.", func(s Slice) (float64, int) { return s.VagueKindAccuracy(), s.Vague.TP })
	score("checklist acc.", func(s Slice) (float64, int) { return s.ChecklistAccuracy(), s.ChecklistTotal })
	score("missing prec.", func(s Slice) (float64, int) { return s.MissingPrecision() })
	prf("red flags", func(s Slice) Counts { return s.RedFlags })
	if ew.err == nil {
		ew.err = tw.Flush()
	}

	// Checklist confusion (gold rows, engine columns).
	ew.w = w
	ew.printf("\nchecklist (rows gold, columns engine; overall)\n")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	ew.w = tw
	ew.printf("gold\\engine\t%s\n", strings.Join(Statuses, "\t")+"\t")
	for _, g := range Statuses {
		ew.printf("%s\t", g)
		for _, p := range Statuses {
			ew.printf("%d\t", m.Overall.ChecklistConfusion[g][p])
		}
		ew.printf("\n")
	}
	if ew.err == nil {
		ew.err = tw.Flush()
	}

	ew.w = w
	ew.printf("\nper document\n")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	ew.w = tw
	ew.printf("document\tlang\tunits\tmacro-F1\tvague F1\tchecklist\tflags TP/FP/FN\t\n")
	for _, s := range m.ByDocument {
		if s.ChecklistDocuments == 0 {
			ew.printf("%s\t%s\t%d\t%.3f\t%.3f\t-\t-\t\n", s.Name, s.Language, s.Units, s.MacroF1(), s.Vague.F1())
			continue
		}
		if s.Units == 0 { // a labels file of scope checklist
			ew.printf("%s\t%s\t0\t-\t-\t%.3f\t%d/%d/%d\t\n", s.Name, s.Language,
				s.ChecklistAccuracy(), s.RedFlags.TP, s.RedFlags.FP, s.RedFlags.FN)
			continue
		}
		ew.printf("%s\t%s\t%d\t%.3f\t%.3f\t%.3f\t%d/%d/%d\t\n", s.Name, s.Language, s.Units,
			s.MacroF1(), s.Vague.F1(), s.ChecklistAccuracy(), s.RedFlags.TP, s.RedFlags.FP, s.RedFlags.FN)
	}
	if ew.err == nil {
		ew.err = tw.Flush()
	}

	ew.w = w
	if len(m.Pairs) == 0 {
		ew.printf("\nbilingual pairs: none in the corpus\n")
		return ew.err
	}
	ew.printf("\nbilingual pairs\n")
	for _, p := range m.Pairs {
		ew.printf("%s / %s: checklist agreement %.3f (%d/%d); categories %s / %s\n",
			p.A, p.B, p.Agreement(), p.ChecklistAgree, p.ChecklistTotal, joinCats(p.CategoriesA), joinCats(p.CategoriesB))
	}
	return ew.err
}

func joinCats(cs []report.Category) string {
	if len(cs) == 0 {
		return "(none)"
	}
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = string(c)
	}
	return strings.Join(parts, ",")
}

// categoryRows writes the head of a metrics table: a header with one
// P/R/F1/n group per slice of cols, a row per category and the macro-F1.
func categoryRows(ew *errWriter, cols []Slice) {
	ew.printf("category\t")
	for _, s := range cols {
		ew.printf("%s P\tR\tF1\tn\t", s.Name)
	}
	ew.printf("\n")
	for _, c := range report.Categories {
		prfRow(ew, cols, string(c), func(s Slice) Counts { return s.Categories[c] })
	}
	scoreRow(ew, cols, "macro-F1", func(s Slice) (float64, int) { return s.MacroF1(), s.Units })
}

// prfRow writes a row of P/R/F1/n per slice of cols.
func prfRow(ew *errWriter, cols []Slice, label string, counts func(Slice) Counts) {
	ew.printf("%s\t", label)
	for _, s := range cols {
		n := counts(s)
		ew.printf("%.3f\t%.3f\t%.3f\t%d\t", n.Precision(), n.Recall(), n.F1(), n.Support())
	}
	ew.printf("\n")
}

// scoreRow writes a row of one score and its count per slice of cols.
func scoreRow(ew *errWriter, cols []Slice, label string, value func(Slice) (float64, int)) {
	ew.printf("%s\t", label)
	for _, s := range cols {
		v, n := value(s)
		ew.printf("\t\t%.3f\t%d\t", v, n)
	}
	ew.printf("\n")
}

// errWriter keeps the first write error so the tables read straight.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	_, e.err = fmt.Fprintf(e.w, format, args...)
}
