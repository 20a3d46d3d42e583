package checklist_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/checklist"
	"github.com/policylens/policylens/analyzer/report"
)

func TestRunOneItemPerCheckInOrder(t *testing.T) {
	inputs := map[string]checklist.Input{
		"empty":   {},
		"english": input(t, en, c("We collect your name.", col), c("We keep it for 3 years.", ret)),
		"french":  input(t, fr, c("Nous collectons votre nom.", col)),
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			items, flags := checklist.Run(in)
			if len(items) != len(checklist.Checks) {
				t.Fatalf("got %d items, want %d", len(items), len(checklist.Checks))
			}
			for i, it := range items {
				ck := checklist.Checks[i]
				if it.ID != ck.ID || it.Title != ck.Title || it.Category != string(ck.Category) {
					t.Errorf("item %d: got %s %q %q, want %s %q %q", i, it.ID, it.Title, it.Category, ck.ID, ck.Title, ck.Category)
				}
				switch it.Status {
				case report.StatusFound, report.StatusVague, report.StatusMissing:
				default:
					t.Errorf("%s: status %q", it.ID, it.Status)
				}
				if it.Clauses == nil {
					t.Errorf("%s: nil clauses (JSON null)", it.ID)
				}
			}
			if flags == nil {
				t.Errorf("nil flags (JSON null)")
			}
		})
	}
}

func TestTablesAreComplete(t *testing.T) {
	id := regexp.MustCompile(`^[a-z]+\.[a-z_]+$`)
	seen := map[string]bool{}
	known := map[report.Category]bool{"": true}
	for _, k := range report.Categories {
		known[k] = true
	}
	for _, ck := range checklist.Checks {
		if !id.MatchString(ck.ID) || ck.Title == "" || ck.Run == nil {
			t.Errorf("check %+v: want an id, a title and a run function", ck.ID)
		}
		if !known[ck.Category] {
			t.Errorf("check %s: unknown category %q", ck.ID, ck.Category)
		}
		if seen[ck.ID] {
			t.Errorf("check %s: duplicate id", ck.ID)
		}
		seen[ck.ID] = true
	}
	if len(checklist.Checks) != 20 {
		t.Errorf("got %d checks, want the 20 of corpus/README.md", len(checklist.Checks))
	}
	for _, f := range checklist.Flags {
		if !id.MatchString(f.ID) || f.Title == "" || f.Run == nil {
			t.Errorf("flag %q: want an id, a title and a run function", f.ID)
		}
		if f.Severity != checklist.High && f.Severity != checklist.Medium {
			t.Errorf("flag %s: severity %q", f.ID, f.Severity)
		}
	}
	if len(checklist.Flags) != 5 {
		t.Errorf("got %d flags, want 5", len(checklist.Flags))
	}
}

func TestEvidenceIsOriginalText(t *testing.T) {
	in := input(t, fr, c("Vos données sont hébergées en France.", jur))
	items, _ := checklist.Run(in)
	got := item(t, items, "jurisdiction.location")
	if got.Evidence == "" || !strings.Contains(in.Text, got.Evidence) {
		t.Errorf("evidence %q is not text of the document", got.Evidence)
	}
	if len(got.Clauses) != 1 || got.Clauses[0] != "c1" {
		t.Errorf("got clauses %v, want [c1]", got.Clauses)
	}
}

func TestSummarize(t *testing.T) {
	tests := []struct {
		name      string
		clauses   []cl
		cat       report.Category
		want      string
		wantVague int
		items     []report.CheckItem
	}{
		{"covered", []cl{c("We collect your name.", col), c("We collect your email address.", col)}, report.Collection, report.StatusCovered, 0, nil},
		{"missing", []cl{c("We collect your name.", col)}, report.Retention, report.StatusMissing, 0, nil},
		{"vague when most clauses hedge", []cl{
			c("We may share your data.", sha, "may:modality"),
			c("We share data with partners such as Google.", sha, "such as:open_list"),
			c("We share data with processors.", sha)}, report.Sharing, report.StatusVague, 2, nil},
		{"half hedged is still covered", []cl{
			c("We may share your data.", sha, "may:modality"),
			c("We share data with processors.", sha)}, report.Sharing, report.StatusCovered, 1, nil},
		{"permission is not a hedge", []cl{
			c("You may request deletion of your data.", rig, "may:modality"),
			c("Vous pouvez exercer vos droits.", rig, "pouvez:modality")}, report.Rights, report.StatusCovered, 0, nil},
		{"you may have the right is a hedge", []cl{
			c("You may have the right to object.", rig, "may:modality")}, report.Rights, report.StatusVague, 1, nil},
		{"stated within other statements: found item", []cl{c("Your email address may be transferred to Google.", sha)}, report.Collection, report.StatusCovered, 0,
			[]report.CheckItem{{ID: "collection.data_types", Category: "collection", Status: report.StatusFound, Clauses: []string{"c1"}}}},
		{"stated within other statements: vague item", []cl{c("We may share your data.", sha)}, report.Retention, report.StatusVague, 0,
			[]report.CheckItem{{ID: "retention.period", Category: "retention", Status: report.StatusVague, Clauses: []string{"c1"}}}},
		{"missing items keep it missing", []cl{c("We share data.", sha)}, report.Retention, report.StatusMissing, 0,
			[]report.CheckItem{{ID: "retention.period", Category: "retention", Status: report.StatusMissing}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := input(t, en, tt.clauses...)
			sums := checklist.Summarize(in.Clauses, tt.items)
			if len(sums) != len(report.Categories) {
				t.Fatalf("got %d summaries, want %d", len(sums), len(report.Categories))
			}
			for i, s := range sums {
				if s.Category != report.Categories[i] {
					t.Errorf("summary %d: got %s, want %s", i, s.Category, report.Categories[i])
				}
				if s.Summary == "" || s.Clauses == nil || s.VagueClauses == nil {
					t.Errorf("summary %s: empty line or nil slices: %+v", s.Category, s)
				}
				if s.Category != tt.cat {
					continue
				}
				if s.Status != tt.want || len(s.VagueClauses) != tt.wantVague {
					t.Errorf("got %v with %d vague clauses, want %v with %d (%+v)", s.Status, len(s.VagueClauses), tt.want, tt.wantVague, s)
				}
			}
		})
	}
}
