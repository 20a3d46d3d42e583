// Package render writes a report for people: plain text for the terminal and
// Markdown for papers and issue trackers. Both show the same things in the
// same order: the grade and its reasons, the six categories, the red flags
// and the commitments that are missing or vague, each traced to the sentence
// that decided it.
package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/policylens/policylens/analyzer/report"
)

// maxQuote caps the length of a quoted sentence.
const maxQuote = 160

// Text writes rep as plain text, for a terminal.
func Text(w io.Writer, rep *report.Report) error {
	b := bufio.NewWriter(w)
	v := newView(rep)
	fmt.Fprintf(b, "%s\n", v.title)
	fmt.Fprintf(b, "Language: %s (%.2f)   Grade: %s (%.1f/100)\n", rep.Language.Name, rep.Language.Confidence, rep.Grade.Letter, rep.Grade.Score)
	for _, r := range rep.Grade.Reasons {
		fmt.Fprintf(b, "  - %s\n", r)
	}
	fmt.Fprintf(b, "\nCategories\n")
	for _, s := range rep.Summaries {
		fmt.Fprintf(b, "  %-13s %-8s %s\n", s.Category, s.Status, s.Summary)
	}
	if len(rep.RedFlags) > 0 {
		fmt.Fprintf(b, "\nRed flags\n")
		for _, f := range rep.RedFlags {
			fmt.Fprintf(b, "  [%s] %s (%s)\n", f.Severity, f.Title, f.ID)
			for _, q := range v.quotes(f.Clauses, 1) {
				fmt.Fprintf(b, "      %s: %q\n", q.id, q.text)
			}
		}
	}
	fmt.Fprintf(b, "\nCommitments\n")
	for _, it := range rep.Checklist {
		fmt.Fprintf(b, "  %-8s %-24s %s\n", it.Status, it.ID, it.Title)
		if it.Status == report.StatusVague {
			for _, q := range v.quotes(it.Clauses, 1) {
				fmt.Fprintf(b, "           %s: %q\n", q.id, q.text)
			}
		}
	}
	fmt.Fprintf(b, "\n%d clauses, %d labelled, %d vague terms\n", len(rep.Clauses), v.labelled, v.vague)
	for _, d := range rep.Diagnostics {
		fmt.Fprintf(b, "note: %s\n", d)
	}
	return b.Flush()
}

// Markdown writes rep as a Markdown document.
func Markdown(w io.Writer, rep *report.Report) error {
	b := bufio.NewWriter(w)
	v := newView(rep)
	fmt.Fprintf(b, "# %s\n\n", mdEscape(v.title))
	fmt.Fprintf(b, "**Grade %s** (%.1f/100) · %s (confidence %.2f) · %d clauses, %d labelled, %d vague terms\n\n",
		rep.Grade.Letter, rep.Grade.Score, rep.Language.Name, rep.Language.Confidence, len(rep.Clauses), v.labelled, v.vague)
	for _, r := range rep.Grade.Reasons {
		fmt.Fprintf(b, "- %s\n", mdEscape(r))
	}
	fmt.Fprintf(b, "\n## Categories\n\n| Category | Status | Summary |\n|---|---|---|\n")
	for _, s := range rep.Summaries {
		fmt.Fprintf(b, "| %s | %s | %s |\n", s.Category, s.Status, mdCell(s.Summary))
	}
	fmt.Fprintf(b, "\n## Red flags\n\n")
	if len(rep.RedFlags) == 0 {
		fmt.Fprintf(b, "None found.\n")
	}
	for _, f := range rep.RedFlags {
		fmt.Fprintf(b, "- **%s** (%s, `%s`)", mdEscape(f.Title), f.Severity, f.ID)
		for _, q := range v.quotes(f.Clauses, 1) {
			fmt.Fprintf(b, ": %s “%s”", q.id, mdEscape(q.text))
		}
		fmt.Fprintln(b)
	}
	fmt.Fprintf(b, "\n## Commitments\n\n| Commitment | Status | Evidence |\n|---|---|---|\n")
	for _, it := range rep.Checklist {
		ev := it.Evidence
		if qs := v.quotes(it.Clauses, 1); it.Status != report.StatusFound && len(qs) > 0 {
			ev = qs[0].id + ": " + qs[0].text
		}
		fmt.Fprintf(b, "| %s (`%s`) | %s | %s |\n", mdCell(it.Title), it.ID, it.Status, mdCell(ev))
	}
	for _, d := range rep.Diagnostics {
		fmt.Fprintf(b, "\n> note: %s\n", mdEscape(d))
	}
	return b.Flush()
}

// view holds what both renderings derive from a report.
type view struct {
	title           string
	byID            map[string]*report.Clause
	labelled, vague int
}

type quote struct{ id, text string }

func newView(rep *report.Report) *view {
	v := &view{title: rep.Source.Title, byID: map[string]*report.Clause{}}
	if v.title == "" {
		v.title = rep.Source.URL
	}
	if v.title == "" {
		v.title = "Privacy policy"
	}
	for i := range rep.Clauses {
		c := &rep.Clauses[i]
		v.byID[c.ID] = c
		if len(c.Categories) > 0 {
			v.labelled++
		}
		v.vague += len(c.Vague)
	}
	return v
}

// quotes returns up to n of the clauses ids, shortened for display.
func (v *view) quotes(ids []string, n int) []quote {
	var out []quote
	for _, id := range ids {
		if len(out) == n {
			break
		}
		if c, ok := v.byID[id]; ok {
			out = append(out, quote{id, shorten(c.Text, maxQuote)})
		}
	}
	return out
}

// shorten collapses whitespace and cuts s at a word boundary.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && s[cut]&0xC0 == 0x80 { // not inside a UTF-8 sequence
			cut--
		}
	}
	return s[:cut] + "…"
}

var mdReplacer = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;")

func mdEscape(s string) string { return mdReplacer.Replace(s) }

func mdCell(s string) string {
	return strings.ReplaceAll(mdEscape(strings.Join(strings.Fields(s), " ")), "|", `\|`)
}
