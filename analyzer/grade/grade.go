// Package grade turns a policy's checklist, red flags and category summaries
// into one overall mark from A (best) to E, with the reasons that moved it.
//
// The rule (documented in the README, change both together):
//
//  1. Commitments: each checklist item scores 1 when found, 0.5 when vague,
//     0 when missing; the key items (Key) weigh 2, the others 1. The base
//     score is 100 times the weighted share.
//  2. Red flags: each high-severity flag takes 15 points off, each medium one 8.
//  3. Vagueness: when more than 25% of the policy's labelled statements are
//     hedged, 40 points per unit of share above 25% come off, at most 10.
//  4. The score is clamped to 0..100 and read as a letter: A from 80, B from
//     65, C from 50, D from 35, E below.
package grade

import (
	"fmt"
	"math"
	"strings"

	"github.com/policylens/policylens/analyzer/report"
)

// Key lists the checklist items that weigh double: the commitments a reader
// needs most to act on a policy.
var Key = map[string]bool{
	"collection.data_types": true,
	"sharing.recipients":    true,
	"sharing.sale":          true,
	"rights.access":         true,
	"rights.deletion":       true,
	"rights.contact":        true,
	"retention.period":      true,
}

// Penalties and bounds of the rule above.
const (
	HighFlagPenalty   = 15.0
	MediumFlagPenalty = 8.0
	VagueThreshold    = 0.25
	VagueSlope        = 40.0
	VagueMaxPenalty   = 10.0
)

// Bands are the lowest score of each letter, best first.
var Bands = []struct {
	Letter string
	Min    float64
}{{"A", 80}, {"B", 65}, {"C", 50}, {"D", 35}, {"E", 0}}

// Compute applies the rule to one policy's summaries, checklist and flags.
func Compute(sums []report.CategorySummary, items []report.CheckItem, flags []report.RedFlag) report.Grade {
	var got, max float64
	var missing, vague []string
	for _, it := range items {
		w := 1.0
		if Key[it.ID] {
			w = 2
		}
		max += w
		switch it.Status {
		case report.StatusFound:
			got += w
		case report.StatusVague:
			got += w / 2
			vague = append(vague, it.ID)
		default:
			missing = append(missing, it.ID)
		}
	}
	score := 0.0
	if max > 0 {
		score = 100 * got / max
	}
	reasons := []string{fmt.Sprintf("commitments: %.0f of %.0f points (%d found, %d vague, %d missing)",
		got, max, len(items)-len(missing)-len(vague), len(vague), len(missing))}
	if len(missing) > 0 {
		reasons = append(reasons, "missing: "+strings.Join(missing, ", "))
	}
	for _, f := range flags {
		p := MediumFlagPenalty
		if f.Severity == "high" {
			p = HighFlagPenalty
		}
		score -= p
		reasons = append(reasons, fmt.Sprintf("red flag %s: -%.0f", f.ID, p))
	}
	if share, ok := vagueShare(sums); ok && share > VagueThreshold {
		p := math.Min(VagueMaxPenalty, VagueSlope*(share-VagueThreshold))
		score -= p
		reasons = append(reasons, fmt.Sprintf("%.0f%% of statements hedged: -%.1f", 100*share, p))
	}
	score = math.Max(0, math.Min(100, score))
	score = math.Round(score*10) / 10
	return report.Grade{Letter: Letter(score), Score: score, Reasons: reasons}
}

// Letter maps a score to its letter.
func Letter(score float64) string {
	for _, b := range Bands {
		if score >= b.Min {
			return b.Letter
		}
	}
	return Bands[len(Bands)-1].Letter
}

// vagueShare is the share of labelled clauses that hedge, counting each
// clause once although it may appear under several categories.
func vagueShare(sums []report.CategorySummary) (float64, bool) {
	all, hedged := map[string]bool{}, map[string]bool{}
	for _, s := range sums {
		for _, id := range s.Clauses {
			all[id] = true
		}
		for _, id := range s.VagueClauses {
			hedged[id] = true
		}
	}
	if len(all) == 0 {
		return 0, false
	}
	return float64(len(hedged)) / float64(len(all)), true
}
