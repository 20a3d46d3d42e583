package checklist

import (
	"fmt"

	"github.com/policylens/policylens/analyzer/report"
)

// vagueShare is the share of a category's clauses that must carry hedged
// wording for the whole category to be summed up as vague.
const vagueShare = 0.5

// Summarize sums up each category over the classified clauses and the
// checklist items, in the order of report.Categories. A category is vague
// when more than half of its clauses hedge (modal permissions granted to the
// user do not count as hedges), and covered otherwise; when no clause is
// labelled with it, it is missing unless a checklist item of the category was
// found or vague in other clauses, whose status it then takes.
func Summarize(clauses []report.Clause, items []report.CheckItem) []report.CategorySummary {
	out := make([]report.CategorySummary, 0, len(report.Categories))
	for _, cat := range report.Categories {
		s := report.CategorySummary{Category: cat, Clauses: []string{}, VagueClauses: []string{}}
		for i := range clauses {
			c := &clauses[i]
			if !hasCategory(c, cat) {
				continue
			}
			s.Clauses = append(s.Clauses, c.ID)
			if hedges(c) {
				s.VagueClauses = append(s.VagueClauses, c.ID)
			}
		}
		n, v := len(s.Clauses), len(s.VagueClauses)
		switch {
		case n == 0:
			s.Status = report.StatusMissing
			s.Summary = fmt.Sprintf("No statement about %s was found in the policy.", topic[cat])
			if ids, status := statedElsewhere(cat, items); len(ids) > 0 {
				// No clause is mainly about the category, but its
				// commitments are met inside other statements ("your
				// email address may be transferred to..." names the data
				// collected): the summary must not contradict the checklist.
				s.Clauses, s.Status = ids, status
				s.Summary = fmt.Sprintf("%s: only mentioned within other statements (%s).", title[cat], plural(len(ids), "statement"))
			}
		case float64(v) > vagueShare*float64(n):
			s.Status = report.StatusVague
			s.Summary = fmt.Sprintf("%s: %d of %d statements are hedged or open-ended.", title[cat], v, n)
		default:
			s.Status = report.StatusCovered
			s.Summary = fmt.Sprintf("%s: %s, %d with vague wording.", title[cat], plural(n, "statement"), v)
		}
		out = append(out, s)
	}
	return out
}

// statedElsewhere returns the clauses of the category's checklist items that
// are not missing, and covered when one of them is found, vague otherwise.
func statedElsewhere(cat report.Category, items []report.CheckItem) ([]string, string) {
	var ids []string
	seen := map[string]bool{}
	status := report.StatusVague
	for _, it := range items {
		if it.Category != string(cat) || it.Status == report.StatusMissing {
			continue
		}
		if it.Status == report.StatusFound {
			status = report.StatusCovered
		}
		for _, id := range it.Clauses {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	return ids, status
}

// hasCategory reports whether c is labelled with cat.
func hasCategory(c *report.Clause, cat report.Category) bool {
	for _, l := range c.Categories {
		if l.Category == cat {
			return true
		}
	}
	return false
}

// hedges reports whether c holds vague wording other than a permission.
func hedges(c *report.Clause) bool {
	for _, v := range c.Vague {
		if isHedge(c, v) {
			return true
		}
	}
	return false
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// title and topic name each category in the summary lines.
var (
	title = map[report.Category]string{
		report.Collection: "Data collected", report.Sharing: "Sharing", report.Cookies: "Cookies and trackers",
		report.Rights: "Your rights", report.Retention: "Retention", report.Jurisdiction: "Law and location",
	}
	topic = map[report.Category]string{
		report.Collection: "what data it collects", report.Sharing: "who receives your data",
		report.Cookies: "cookies or trackers", report.Rights: "your rights",
		report.Retention: "how long your data is kept", report.Jurisdiction: "governing law or where data is stored",
	}
)
