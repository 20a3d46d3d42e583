package grade

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/report"
)

// items builds a 20-item checklist: the first found, then vague, the rest missing.
func items(found, vague int) []report.CheckItem {
	ids := sortedKeys()
	for i := len(ids); i < 20; i++ {
		ids = append(ids, fmt.Sprintf("other.%d", i))
	}
	out := make([]report.CheckItem, len(ids))
	for i, id := range ids {
		st := report.StatusMissing
		switch {
		case i < found:
			st = report.StatusFound
		case i < found+vague:
			st = report.StatusVague
		}
		out[i] = report.CheckItem{ID: id, Status: st}
	}
	return out
}

func sums(clauses, hedged int) []report.CategorySummary {
	s := report.CategorySummary{Category: report.Collection}
	for i := 0; i < clauses; i++ {
		id := fmt.Sprintf("c%d", i+1)
		s.Clauses = append(s.Clauses, id)
		if i < hedged {
			s.VagueClauses = append(s.VagueClauses, id)
		}
	}
	return []report.CategorySummary{s}
}

func TestCompute(t *testing.T) {
	high := report.RedFlag{ID: "retention.indefinite", Severity: "high"}
	medium := report.RedFlag{ID: "policy.continued_use", Severity: "medium"}
	tests := []struct {
		name   string
		items  []report.CheckItem
		flags  []report.RedFlag
		sums   []report.CategorySummary
		score  float64
		letter string
		reason string
	}{
		{"all found", items(20, 0), nil, sums(10, 0), 100, "A", "27 of 27"},
		{"nothing found", items(0, 0), nil, sums(10, 0), 0, "E", "missing: collection.data_types"},
		{"all vague", items(0, 20), nil, sums(10, 0), 50, "C", "20 vague"},
		// 7 key items found = 14 of 27 points = 51.9.
		{"key items only", items(7, 0), nil, sums(10, 0), 51.9, "C", "14 of 27"},
		{"high flag", items(20, 0), []report.RedFlag{high}, sums(10, 0), 85, "A", "red flag retention.indefinite: -15"},
		{"two flags", items(20, 0), []report.RedFlag{high, medium}, sums(10, 0), 77, "B", "policy.continued_use: -8"},
		// 50% hedged: 40*(0.5-0.25) = 10 points off.
		{"hedged", items(20, 0), nil, sums(10, 5), 90, "A", "50% of statements hedged"},
		// 100% hedged: penalty capped at 10.
		{"hedged cap", items(20, 0), nil, sums(10, 10), 90, "A", "-10.0"},
		{"at threshold", items(20, 0), nil, sums(4, 1), 100, "A", ""},
		{"clamped at 0", items(0, 0), []report.RedFlag{high}, sums(10, 0), 0, "E", "-15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Compute(tt.sums, tt.items, tt.flags)
			if g.Score != tt.score || g.Letter != tt.letter {
				t.Errorf("Compute = %v %s, want %v %s (reasons %q)", g.Score, g.Letter, tt.score, tt.letter, g.Reasons)
			}
			if !strings.Contains(strings.Join(g.Reasons, "\n"), tt.reason) {
				t.Errorf("reasons %q lack %q", g.Reasons, tt.reason)
			}
		})
	}
}

func TestLetter(t *testing.T) {
	for _, tt := range []struct {
		score float64
		want  string
	}{{100, "A"}, {80, "A"}, {79.9, "B"}, {65, "B"}, {64.9, "C"}, {50, "C"}, {35, "D"}, {34.9, "E"}, {0, "E"}} {
		if got := Letter(tt.score); got != tt.want {
			t.Errorf("Letter(%v) = %s, want %s", tt.score, got, tt.want)
		}
	}
}

// sortedKeys lists Key in a stable order.
func sortedKeys() []string {
	ks := make([]string, 0, len(Key))
	for k := range Key {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
