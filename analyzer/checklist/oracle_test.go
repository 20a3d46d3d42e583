package checklist_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/checklist"
	"github.com/policylens/policylens/analyzer/eval"
	"github.com/policylens/policylens/analyzer/extract"
	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/report"
)

var oracle = flag.Bool("oracle", false, "measure the checklist on corpus/ with gold categories and vague terms as input")

// TestOracle runs the checks on clauses built from the gold units (gold
// categories, gold vague terms), so that the checklist is measured apart
// from the classifier and the vague finder. It only logs: the numbers are a
// measurement, not a contract.
func TestOracle(t *testing.T) {
	if !*oracle {
		t.Skip("measurement only: run with -oracle")
	}
	files, err := filepath.Glob("../../corpus/*.labels.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no labels files: %v", err)
	}
	sort.Strings(files)
	total, right := 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		g, err := eval.ParseLabels(data)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		raw, err := os.ReadFile(filepath.Join("../../corpus", g.Document))
		if err != nil {
			t.Fatal(err)
		}
		// Units are found in the extracted text, as eval does.
		doc, err := extract.Extract(raw, extract.FormatAuto)
		if err != nil {
			t.Errorf("%s: %v", g.Document, err)
			continue
		}
		in := oracleInput(t, g, doc.Text)
		in.Updated = doc.Updated
		items, flags := checklist.Run(in)
		n := 0
		var diffs []string
		for _, it := range items {
			want := g.Checklist[it.ID]
			if it.Status == want {
				n++
				continue
			}
			diffs = append(diffs, fmt.Sprintf("  %-24s got %-7s want %-7s %q", it.ID, it.Status, want, it.Evidence))
		}
		var got []string
		for _, fl := range flags {
			got = append(got, fl.ID)
		}
		sort.Strings(got)
		sort.Strings(g.RedFlags)
		total += len(items)
		right += n
		t.Logf("%s: checklist %d/%d; flags got %v want %v\n%s", g.Document, n, len(items), got, g.RedFlags, strings.Join(diffs, "\n"))
	}
	t.Logf("overall %d/%d = %.3f", right, total, float64(right)/float64(max(total, 1)))
}

func oracleInput(t *testing.T, g eval.Gold, text string) checklist.Input {
	t.Helper()
	spans, err := eval.Align(text, g.Units)
	if err != nil {
		t.Errorf("%s: %v", g.Document, err)
		return checklist.Input{}
	}
	in := checklist.Input{Lang: lang.Code(g.Language), Text: text}
	for i, u := range g.Units {
		sp := spans[i]
		c := report.Clause{ID: fmt.Sprintf("c%d", i+1), Text: text[sp.Start:sp.End], Start: sp.Start, End: sp.End}
		for _, cat := range u.Categories {
			c.Categories = append(c.Categories, report.Label{Category: cat, Score: 1})
		}
		from := 0
		for _, v := range u.Vague {
			k := strings.Index(c.Text[from:], v.Term)
			if k < 0 {
				k = strings.Index(c.Text, v.Term)
				if k < 0 {
					continue
				}
			} else {
				k += from
			}
			from = k + len(v.Term)
			c.Vague = append(c.Vague, report.VagueTerm{Term: v.Term, Kind: v.Kind, Start: sp.Start + k, End: sp.Start + k + len(v.Term)})
		}
		in.Clauses = append(in.Clauses, c)
	}
	return in
}
