package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/eval"
)

// TestChecklistOnly: a .checklist becomes a labels file of scope checklist
// that eval accepts, with the statuses, flags and deciding words written.
func TestChecklistOnly(t *testing.T) {
	var b strings.Builder
	for _, id := range eval.ChecklistIDs {
		st, words := "missing", "-"
		if id == "rights.access" {
			st, words = "found", "you can access your data"
		}
		b.WriteString(id + "\t" + st + "\t" + words + "\n")
	}
	b.WriteString("red_flags\tpolicy.continued_use\n")
	dir := t.TempDir()
	in, out := filepath.Join(dir, "x.checklist"), filepath.Join(dir, "x.labels.json")
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"checklist", "-doc", "en/en-x.md", "-source", "policies-dev/en-tosback/X.md", "-lang", "en", "-o", out, in}
	if err := run(t.Context(), args, nil); err != nil {
		t.Fatalf("run: %v", err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	g, err := eval.ParseLabels(data)
	if err != nil {
		t.Fatalf("ParseLabels: %v\n%s", err, data)
	}
	if g.Scope != eval.ScopeChecklist || len(g.Units) != 0 || g.Document != "en/en-x.md" {
		t.Errorf("scope %q, %d units, document %q", g.Scope, len(g.Units), g.Document)
	}
	if g.Checklist["rights.access"] != "found" || g.ChecklistEvidence["rights.access"] != "you can access your data" {
		t.Errorf("rights.access: %q %q", g.Checklist["rights.access"], g.ChecklistEvidence["rights.access"])
	}
	if len(g.RedFlags) != 1 || g.RedFlags[0] != "policy.continued_use" {
		t.Errorf("red flags %v", g.RedFlags)
	}

	// A checklist with an item left out is refused.
	short := strings.Join(strings.Split(b.String(), "\n")[1:], "\n")
	if err := os.WriteFile(in, []byte(short), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(t.Context(), args, nil); err == nil || !strings.Contains(err.Error(), "19 checklist items") {
		t.Errorf("short checklist: got %v", err)
	}
}
