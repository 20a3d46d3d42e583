package eval

import (
	"errors"
	"fmt"
	"strings"
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
}

// Check returns an error naming every score of m below its bar.
func (m Metrics) Check(b Bars) error {
	var errs []string
	for _, s := range m.ByLanguage {
		if f := s.MacroF1(); f < b.MacroF1 {
			errs = append(errs, fmt.Sprintf("category macro-F1 %.3f (%s) is below %.3f", f, s.Name, b.MacroF1))
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
