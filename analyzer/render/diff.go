package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/policylens/policylens/analyzer/diff"
	"github.com/policylens/policylens/analyzer/report"
)

// statusRank orders checklist statuses from worst to best, so that a
// change can be read as a commitment gained or lost.
var statusRank = map[string]int{report.StatusMissing: 0, report.StatusVague: 1, report.StatusFound: 2}

// lostGained splits the checklist changes into commitments lost (worse
// status) and gained (better status).
func lostGained(d *diff.Result) (lost, gained []diff.CheckChange) {
	for _, c := range d.Checklist {
		if statusRank[c.New] < statusRank[c.Old] {
			lost = append(lost, c)
		} else {
			gained = append(gained, c)
		}
	}
	return lost, gained
}

// DiffText writes d for a terminal: what matters to a reader first (new red
// flags, commitments lost, the grade), then the rest of the checklist and
// categories, then the clauses added (+), removed (-) and reworded (~).
func DiffText(w io.Writer, d *diff.Result, oldName, newName string) error {
	b := bufio.NewWriter(w)
	title := d.New.Title
	if title == "" {
		title = d.Old.Title
	}
	if title == "" {
		title = "Privacy policy"
	}
	fmt.Fprintf(b, "%s: %s → %s\n", title, oldName, newName)
	if d.Old.Updated != d.New.Updated {
		fmt.Fprintf(b, "Updated: %s → %s\n", orNone(d.Old.Updated), orNone(d.New.Updated))
	}
	switch d.Status() {
	case "same":
		fmt.Fprintf(b, "No change (grade %s, %.1f/100).\n", d.Grade.New, d.Grade.NewScore)
		return b.Flush()
	case "noise":
		fmt.Fprintf(b, "Only noise changed: no statement about a data practice (grade %s, %.1f/100).\n", d.Grade.New, d.Grade.NewScore)
	}
	for _, id := range d.RedFlags.Added {
		fmt.Fprintf(b, "NEW RED FLAG  %s (%s)\n", d.FlagTitles[id], id)
	}
	lost, gained := lostGained(d)
	for _, c := range lost {
		fmt.Fprintf(b, "LOST          %s (%s): %s → %s\n", c.Title, c.ID, c.Old, c.New)
	}
	fmt.Fprintf(b, "Grade: %s (%.1f) → %s (%.1f)\n", d.Grade.Old, d.Grade.OldScore, d.Grade.New, d.Grade.NewScore)
	for _, id := range d.RedFlags.Removed {
		fmt.Fprintf(b, "red flag gone %s (%s)\n", d.FlagTitles[id], id)
	}
	for _, c := range gained {
		fmt.Fprintf(b, "gained        %s (%s): %s → %s\n", c.Title, c.ID, c.Old, c.New)
	}
	for _, c := range d.Categories {
		fmt.Fprintf(b, "category      %s: %s → %s\n", c.Category, c.Old, c.New)
	}
	fmt.Fprintf(b, "\nClauses: %d added, %d removed, %d reworded, %d unchanged\n",
		len(d.Added), len(d.Removed), len(d.Reworded), d.Unchanged)
	for _, c := range d.Added {
		fmt.Fprintf(b, "+ %s%s %q\n", c.ID, cats(c.Categories), shorten(c.Text, maxQuote))
	}
	for _, c := range d.Removed {
		fmt.Fprintf(b, "- %s%s %q\n", c.ID, cats(c.Categories), shorten(c.Text, maxQuote))
	}
	for _, r := range d.Reworded {
		fmt.Fprintf(b, "~ %s→%s (%.2f) %q\n", r.Old.ID, r.New.ID, r.Similarity, shorten(r.New.Text, maxQuote))
		fmt.Fprintf(b, "      was %q\n", shorten(r.Old.Text, maxQuote))
	}
	return b.Flush()
}

// DiffMarkdown writes d as a Markdown section, in the order of DiffText.
func DiffMarkdown(w io.Writer, d *diff.Result, oldName, newName string) error {
	b := bufio.NewWriter(w)
	title := d.New.Title
	if title == "" {
		title = "Privacy policy"
	}
	fmt.Fprintf(b, "# What changed: %s\n\n", mdEscape(title))
	fmt.Fprintf(b, "`%s` → `%s` · **grade %s (%.1f) → %s (%.1f)** · status: %s\n\n",
		oldName, newName, d.Grade.Old, d.Grade.OldScore, d.Grade.New, d.Grade.NewScore, d.Status())
	lost, gained := lostGained(d)
	if len(d.RedFlags.Added)+len(lost)+len(d.RedFlags.Removed)+len(gained)+len(d.Categories) > 0 {
		fmt.Fprintf(b, "## What it means\n\n")
		for _, id := range d.RedFlags.Added {
			fmt.Fprintf(b, "- **New red flag:** %s (`%s`)\n", mdEscape(d.FlagTitles[id]), id)
		}
		for _, c := range lost {
			fmt.Fprintf(b, "- **Commitment lost:** %s (`%s`): %s → %s\n", mdEscape(c.Title), c.ID, c.Old, c.New)
		}
		for _, id := range d.RedFlags.Removed {
			fmt.Fprintf(b, "- Red flag gone: %s (`%s`)\n", mdEscape(d.FlagTitles[id]), id)
		}
		for _, c := range gained {
			fmt.Fprintf(b, "- Commitment gained: %s (`%s`): %s → %s\n", mdEscape(c.Title), c.ID, c.Old, c.New)
		}
		for _, c := range d.Categories {
			fmt.Fprintf(b, "- Category %s: %s → %s\n", c.Category, c.Old, c.New)
		}
		fmt.Fprintln(b)
	}
	fmt.Fprintf(b, "## Clauses\n\n%d added, %d removed, %d reworded, %d unchanged.\n\n",
		len(d.Added), len(d.Removed), len(d.Reworded), d.Unchanged)
	if d.ClauseChanges() > 0 {
		fmt.Fprintf(b, "| | Clause | Text |\n|---|---|---|\n")
	}
	for _, c := range d.Added {
		fmt.Fprintf(b, "| + | %s%s | %s |\n", c.ID, cats(c.Categories), mdCell(c.Text))
	}
	for _, c := range d.Removed {
		fmt.Fprintf(b, "| − | %s%s | %s |\n", c.ID, cats(c.Categories), mdCell(c.Text))
	}
	for _, r := range d.Reworded {
		fmt.Fprintf(b, "| ~ | %s→%s (%.2f) | %s<br>*was:* %s |\n", r.Old.ID, r.New.ID, r.Similarity, mdCell(r.New.Text), mdCell(r.Old.Text))
	}
	return b.Flush()
}

func cats(cs []string) string {
	if len(cs) == 0 {
		return ""
	}
	return " [" + strings.Join(cs, ",") + "]"
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}
