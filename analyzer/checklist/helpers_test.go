package checklist_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/checklist"
	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/report"
)

// cl is a hand-made clause as the classifier and the vague finder would
// leave it: its text, its categories and its vague terms written
// "term:kind" (each term is looked for after the previous one).
type cl struct {
	text    string
	cats    []report.Category
	vague   []string
	heading string
	leadIn  string
	inTable bool
}

// c builds a clause spec; cats and vague terms are given in one list:
// entries holding ':' are vague terms, the others categories.
func c(text string, labels ...string) cl {
	x := cl{text: text}
	for _, l := range labels {
		if i := strings.LastIndex(l, ":"); i > 0 {
			x.vague = append(x.vague, l)
			continue
		}
		x.cats = append(x.cats, report.Category(l))
	}
	return x
}

// under sets the clause's heading.
func (x cl) under(h string) cl { x.heading = h; return x }

// after sets the clause's lead-in: it is an item of the list it opens.
func (x cl) after(lead string) cl { x.leadIn = lead; return x }

// inRow makes the clause a table cell whose row and column header are row,
// as the segmenter gives them ("Email address | Retention period").
func (x cl) inRow(row string) cl { x.leadIn, x.inTable = row, true; return x }

// menu returns n one-word clauses, as a site's menu gives them before its
// policy.
func menu(n int) []cl {
	out := make([]cl, n)
	for i := range out {
		out[i] = c(fmt.Sprintf("Section%d", i+1))
	}
	return out
}

// input lays the clauses out one per line in a document text, with the
// offsets the segmenter and the vague finder would give them.
func input(t *testing.T, code lang.Code, cls ...cl) checklist.Input {
	t.Helper()
	var b strings.Builder
	in := checklist.Input{Lang: code}
	for i, x := range cls {
		start := b.Len()
		b.WriteString(x.text)
		rc := report.Clause{ID: fmt.Sprintf("c%d", i+1), Text: x.text, Start: start, End: b.Len(), Heading: x.heading, LeadIn: x.leadIn, InTable: x.inTable}
		for _, k := range x.cats {
			rc.Categories = append(rc.Categories, report.Label{Category: k, Score: 1})
		}
		from := 0
		for _, v := range x.vague {
			j := strings.LastIndex(v, ":")
			term, kind := v[:j], v[j+1:]
			k := strings.Index(x.text[from:], term)
			if k < 0 {
				t.Fatalf("vague term %q not in %q after byte %d", term, x.text, from)
			}
			k += from
			from = k + len(term)
			rc.Vague = append(rc.Vague, report.VagueTerm{Term: term, Kind: kind, Start: start + k, End: start + k + len(term)})
		}
		in.Clauses = append(in.Clauses, rc)
		b.WriteString("\n")
	}
	in.Text = b.String()
	return in
}

// item returns the checklist item id of items.
func item(t *testing.T, items []report.CheckItem, id string) report.CheckItem {
	t.Helper()
	for _, it := range items {
		if it.ID == id {
			return it
		}
	}
	t.Fatalf("no checklist item %q", id)
	return report.CheckItem{}
}

// raised reports whether flag id is among flags.
func raised(flags []report.RedFlag, id string) bool {
	for _, f := range flags {
		if f.ID == id {
			return true
		}
	}
	return false
}

const (
	en = lang.English
	fr = lang.French
)

const (
	found   = report.StatusFound
	vague   = report.StatusVague
	missing = report.StatusMissing
)

// filler returns n clauses that say nothing a checklist item reads, to
// place another clause away from the start or the end of the text.
func filler(n int) []cl {
	out := make([]cl, n)
	for i := range out {
		out[i] = c(fmt.Sprintf("Paragraph %d describes the service in general terms.", i+1))
	}
	return out
}
