package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/report"
)

func sample() *report.Report {
	return &report.Report{
		Schema: report.Schema, Engine: "test",
		Source:   report.Source{Title: "Acme | Privacy", Format: "text"},
		Language: report.Language{Code: "en", Name: "English", Confidence: 0.99},
		Clauses: []report.Clause{
			{ID: "c1", Text: "We keep your data indefinitely.", Categories: []report.Label{{Category: report.Retention, Score: 0.9}}},
			{ID: "c2", Text: "We may share data with partners such as advertisers.", Categories: []report.Label{{Category: report.Sharing, Score: 0.8}},
				Vague: []report.VagueTerm{{Term: "may", Kind: "modality"}, {Term: "such as", Kind: "open_list"}}},
		},
		Summaries: []report.CategorySummary{{Category: report.Sharing, Status: report.StatusVague, Summary: "Sharing: 1 of 1 statements are hedged or open-ended."}},
		Checklist: []report.CheckItem{
			{ID: "sharing.recipients", Title: "Names who receives the data", Status: report.StatusVague, Clauses: []string{"c2"}},
			{ID: "rights.access", Title: "Right of access", Status: report.StatusMissing, Clauses: []string{}},
		},
		RedFlags: []report.RedFlag{{ID: "retention.indefinite", Title: "Keeps data indefinitely", Severity: "high", Clauses: []string{"c1"}, Evidence: "indefinitely"}},
		Grade:    report.Grade{Letter: "D", Score: 40, Reasons: []string{"red flag retention.indefinite: -15"}},
	}
}

func TestRenderings(t *testing.T) {
	tests := []struct {
		name string
		fn   func(*bytes.Buffer, *report.Report) error
		want []string
	}{
		{"text", func(b *bytes.Buffer, r *report.Report) error { return Text(b, r) }, []string{
			"Acme | Privacy", "Grade: D (40.0/100)", "[high] Keeps data indefinitely (retention.indefinite)",
			`c1: "We keep your data indefinitely."`, "missing  rights.access", `c2: "We may share data`, "2 clauses, 2 labelled, 2 vague terms",
		}},
		{"markdown", func(b *bytes.Buffer, r *report.Report) error { return Markdown(b, r) }, []string{
			"# Acme | Privacy", "**Grade D**", "| sharing | vague |", "**Keeps data indefinitely** (high, `retention.indefinite`): c1 “We keep your data indefinitely.”",
			"| Right of access (`rights.access`) | missing |", "c2: We may share data with partners such as advertisers.",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.fn(&b, sample()); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, b.String())
				}
			}
		})
	}
}

func TestShorten(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"short  text\n", 20, "short text"},
		{"one two three four", 10, "one two…"},
		{"ééééééééé", 5, "éé…"},
	} {
		if got := shorten(tt.in, tt.n); got != tt.want {
			t.Errorf("shorten(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
