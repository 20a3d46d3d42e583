package eval

import (
	"errors"
	"fmt"
	"strings"

	"github.com/policylens/policylens/analyzer/report"
)

// Bars are the minimum scores a corpus run must reach; a zero bar is not
// checked.
type Bars struct {
	// MacroF1 applies to the category macro-F1 of every language separately
	// (and so to the whole corpus).
	MacroF1 float64
	// VagueF1 applies to the overall vague-term F1.
	VagueF1 float64
	// Checklist applies to the overall checklist accuracy.
	Checklist float64
	// Agreement applies to the checklist agreement of every bilingual pair.
	Agreement float64
	// Precision and Recall apply to every category of every language.
	Precision, Recall float64
	// LanguageChecklist applies to the checklist accuracy of every language.
	LanguageChecklist float64
	// MissingPrecision applies to the precision of "missing" in every
	// language.
	MissingPrecision float64
}

// Check returns an error naming every score of m below its bar.
func (m Metrics) Check(b Bars) error {
	var errs []string
	for _, s := range m.ByLanguage {
		if f := s.MacroF1(); f < b.MacroF1 {
			errs = append(errs, fmt.Sprintf("category macro-F1 %.3f (%s) is below %.3f", f, s.Name, b.MacroF1))
		}
	}
	for _, s := range m.ByLanguage {
		for _, c := range report.Categories {
			n := s.Categories[c]
			if p := n.Precision(); p < b.Precision {
				errs = append(errs, fmt.Sprintf("%s precision %.3f (%s) is below %.3f", c, p, s.Name, b.Precision))
			}
			if r := n.Recall(); r < b.Recall {
				errs = append(errs, fmt.Sprintf("%s recall %.3f (%s) is below %.3f", c, r, s.Name, b.Recall))
			}
		}
		if s.ChecklistDocuments > 0 {
			if a := s.ChecklistAccuracy(); a < b.LanguageChecklist {
				errs = append(errs, fmt.Sprintf("checklist accuracy %.3f (%s) is below %.3f", a, s.Name, b.LanguageChecklist))
			}
			if p, _ := s.MissingPrecision(); p < b.MissingPrecision {
				errs = append(errs, fmt.Sprintf("precision of missing %.3f (%s) is below %.3f", p, s.Name, b.MissingPrecision))
			}
		}
	}
	if f := m.VagueF1(); f < b.VagueF1 {
		errs = append(errs, fmt.Sprintf("vague-term F1 %.3f is below %.3f", f, b.VagueF1))
	}
	if a := m.ChecklistAccuracy(); a < b.Checklist {
		errs = append(errs, fmt.Sprintf("checklist accuracy %.3f is below %.3f", a, b.Checklist))
	}
	for _, p := range m.Pairs {
		if a := p.Agreement(); a < b.Agreement {
			errs = append(errs, fmt.Sprintf("pair %s / %s agrees on %.3f of the checklist, below %.3f", p.A, p.B, a, b.Agreement))
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errors.New(strings.Join(errs, "; "))
}
