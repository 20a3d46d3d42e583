// Package checklist checks a classified policy for the commitments a good
// privacy policy makes (the checklist), for explicit bad practices (red
// flags), and sums up each category.
//
// Every checklist item is a Check value in the Checks table and every red
// flag a Flag value in the Flags table: an id, a category, a short title, a
// doc string saying what counts as found, vague or missing, and a Run
// function. A newcomer adds an item by adding one entry.
//
// Checks read clauses that the classify and vague packages have already
// labelled. Most look for a pattern in the clauses of their category and, for
// patterns specific enough to stand alone ("lodge a complaint", "clauses
// contractuelles types"), in any clause, in case the classifier missed it.
// Patterns are regular expressions written for folded text: lower case,
// accents removed, typographic apostrophes made plain (see fold), one per
// language, compiled once at package init.
package checklist

import (
	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/report"
)

// Input is what the checks read: the policy's language, its extracted text,
// the "last updated" date found by extraction (may be empty) and its
// classified clauses, in document order.
type Input struct {
	Lang    lang.Code
	Text    string
	Updated string
	Clauses []report.Clause
}

// Result is the outcome of one check or flag on one policy.
type Result struct {
	Status   string   // report.StatusFound, StatusVague or StatusMissing
	Clauses  []string // ids of the clauses that decided it
	Evidence string   // the phrase that decided it, as written
}

// Check is one checklist item.
type Check struct {
	ID       string          // e.g. "retention.period"
	Category report.Category // "" for items about the policy itself
	Title    string          // short English description, for display (what counts as found, vague and missing: Docs)
	Run      func(*Pass) Result
}

// Severity values of red flags.
const (
	High   = "high"
	Medium = "medium"
)

// Flag is one red flag: an explicit practice that is bad for the user.
type Flag struct {
	ID       string
	Title    string
	Severity string // High or Medium (what raises it: Docs)
	// Run returns StatusFound with the clauses and evidence when the policy
	// states the practice, StatusMissing otherwise.
	Run func(*Pass) Result
}

// maxClauses caps the clause ids reported for one item, so a long policy
// does not produce a wall of ids; the first ones in document order are kept.
const maxClauses = 5

// topicClauses is how many clauses of an item's category make a policy
// address the item even where no rule reads its answer (see topicVague).
const topicClauses = 4

// Run evaluates every check and every flag on in. It returns one item per
// entry of Checks, in table order, and the flags that are raised.
func Run(in Input) ([]report.CheckItem, []report.RedFlag) {
	p := newPass(in)
	items := make([]report.CheckItem, 0, len(Checks))
	for _, c := range Checks {
		r := c.Run(p)
		items = append(items, report.CheckItem{
			ID:       c.ID,
			Category: string(c.Category),
			Title:    c.Title,
			Status:   r.Status,
			Clauses:  nonNil(r.Clauses),
			Evidence: r.Evidence,
		})
	}
	flags := []report.RedFlag{}
	for _, f := range Flags {
		r := f.Run(p)
		if r.Status != report.StatusFound {
			continue
		}
		flags = append(flags, report.RedFlag{
			ID:       f.ID,
			Title:    f.Title,
			Severity: f.Severity,
			Clauses:  nonNil(r.Clauses),
			Evidence: r.Evidence,
		})
	}
	return items, flags
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// missing is the result of a check that found nothing.
var missing = Result{Status: report.StatusMissing}
