package eval

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/report"
)

// TestScoreUnits: each unit is read alone by the labeler and counted
// against its gold categories, per language and overall; documents without
// units are left out, and a labeler's error names the unit.
func TestScoreUnits(t *testing.T) {
	golds := []Gold{
		{Document: "en/a.md", Language: "en", Units: []Unit{
			{Text: "We collect your email.", Categories: []report.Category{report.Collection}},
			{Text: "We share it with our host.", Categories: []report.Category{report.Sharing}},
			{Text: "Welcome."},
		}},
		{Document: "fr/b.md", Language: "fr", Units: []Unit{
			{Text: "Nous utilisons des cookies.", Categories: []report.Category{report.Cookies}},
		}},
		{Document: "en/c.md", Language: "en", Scope: ScopeChecklist},
	}
	// The labeler says collection for every text that mentions "collect" or
	// "cookies", whatever the language.
	label := func(g Gold, u Unit) ([]report.Category, error) {
		if strings.Contains(u.Text, "collect") || strings.Contains(u.Text, "cookies") {
			return []report.Category{report.Collection}, nil
		}
		return nil, nil
	}
	m, err := ScoreUnits(golds, label)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		slice Slice
		cat   report.Category
		want  Counts
	}{
		{m.Overall, report.Collection, Counts{TP: 1, FP: 1}},
		{m.Overall, report.Sharing, Counts{FN: 1}},
		{m.Overall, report.Cookies, Counts{FN: 1}},
		{m.ByLanguage[0], report.Collection, Counts{TP: 1}},
		{m.ByLanguage[1], report.Collection, Counts{FP: 1}},
	}
	for _, tt := range tests {
		if got := tt.slice.Categories[tt.cat]; got != tt.want {
			t.Errorf("%s %s: %+v, want %+v", tt.slice.Name, tt.cat, got, tt.want)
		}
	}
	if m.Overall.Units != 4 || len(m.ByDocument) != 2 || m.ByLanguage[0].Name != "en" || m.ByLanguage[1].Name != "fr" {
		t.Errorf("units %d, documents %d, languages %v", m.Overall.Units, len(m.ByDocument), []string{m.ByLanguage[0].Name, m.ByLanguage[1].Name})
	}
	var b bytes.Buffer
	if err := m.WriteCategories(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"all P", "en P", "fr P", "collection", "jurisdiction", "macro-F1"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("WriteCategories output lacks %q:\n%s", want, b.String())
		}
	}

	_, err = ScoreUnits(golds, func(g Gold, u Unit) ([]report.Category, error) {
		if slices.Contains(u.Categories, report.Sharing) {
			return nil, errors.New("boom")
		}
		return nil, nil
	})
	if err == nil || !strings.Contains(err.Error(), "en/a.md: unit 2: boom") {
		t.Errorf("labeler error: got %v, want one naming en/a.md unit 2", err)
	}
	if _, err := ScoreUnits(golds[2:], label); err == nil {
		t.Error("no units: got no error")
	}
}
