// Package diff says what changed between two versions of a policy: it
// aligns the clauses of two reports and compares their checklists, red
// flags, category summaries and grades. It works on report values only and
// makes no I/O, so the CLI and the wasm bridge share it.
//
// # Alignment
//
// Clauses are compared by their normal form (Normalize: no markup, list
// numbering, case, punctuation or spacing), so a version that only
// reformats, renumbers or reorders a policy has no clause change: a moved
// sentence is unchanged. Alignment runs in four passes over what the
// previous pass left:
//
//  1. Same normal form: unchanged, wherever the clause sits. Duplicates pair
//     up in document order.
//  2. Same words cut differently: two or three adjacent clauses of one
//     version whose joined normal form equals one clause of the other are
//     unchanged (a list that became a sentence, a sentence cut in two at a
//     semicolon).
//  3. Same words but for numbers and date words: reworded ("Last updated:
//     10 January 2024" → "Last updated: 2 March 2024").
//  4. Similar: every pair of one old and one new clause, and every old
//     clause against two adjacent new ones (a split) or two adjacent old
//     ones against one new (a merge), is scored with Similarity; the best
//     scores at or above Threshold are taken first, each clause used once.
//     A split or merge only counts when every part shares at least half of
//     its words with the other side, so a new sentence that happens to
//     follow a reworded one is not swallowed by it.
//
// Whatever is left is added or removed. A split gives one reworded entry per
// new part, each with the old sentence and the similarity of the whole
// group; a merge gives one per old part.
package diff

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/policylens/policylens/analyzer/report"
)

// Schema is the version of the diff's JSON shape.
const Schema = 1

// Threshold is the similarity from which two clauses are the same statement
// reworded rather than one removed and another added. Similarity is the
// mean of the Dice coefficients of the two texts' words and of their word
// pairs: 0.5 keeps "we keep your data for two years" / "... three years"
// (0.76) and "we share your data with advertisers" / "... with service
// providers" (0.64) together, and leaves apart two sentences that only
// share "we", "your" and "data" (under 0.35 in the tests).
const Threshold = 0.5

// minPartShare is the share of a split or merged part's words that must be
// found on the other side.
const minPartShare = 0.5

// Result is the difference between two versions. Its JSON form is the
// `policylens diff --format json` output; lists are empty, never null.
type Result struct {
	Schema     int              `json:"schema"`
	Old        Version          `json:"old"`
	New        Version          `json:"new"`
	Grade      GradeChange      `json:"grade"`
	Added      []Clause         `json:"added"`
	Removed    []Clause         `json:"removed"`
	Reworded   []Rewording      `json:"reworded"`
	Checklist  []CheckChange    `json:"checklist"`
	RedFlags   FlagChanges      `json:"red_flags"`
	Categories []CategoryChange `json:"categories"`

	// Unchanged counts the clauses of the new version aligned with an
	// identical old one (moved and reformatted ones included).
	Unchanged int `json:"-"`
	// FlagTitles names every red flag of either version, for display.
	FlagTitles map[string]string `json:"-"`
}

// Version identifies one side of the diff.
type Version struct {
	Title    string `json:"title"`
	Updated  string `json:"updated"`
	Language string `json:"language"`
	Grade    string `json:"grade"`
}

// GradeChange is the grade before and after.
type GradeChange struct {
	Old      string  `json:"old"`
	New      string  `json:"new"`
	OldScore float64 `json:"old_score"`
	NewScore float64 `json:"new_score"`
}

// Clause is an added or removed clause.
type Clause struct {
	ID         string   `json:"id"`
	Text       string   `json:"text"`
	Categories []string `json:"categories"`
}

// Ref is one side of a reworded clause.
type Ref struct {
	ID         string   `json:"id"`
	Text       string   `json:"text"`
	Categories []string `json:"-"`
}

// Rewording is a clause said differently in the new version.
type Rewording struct {
	Old        Ref     `json:"old"`
	New        Ref     `json:"new"`
	Similarity float64 `json:"similarity"` // 0..1, see Similarity
}

// CheckChange is a checklist item whose status changed.
type CheckChange struct {
	ID    string `json:"id"`
	Old   string `json:"old"`
	New   string `json:"new"`
	Title string `json:"-"`
}

// FlagChanges lists the red flags raised and dropped, by id.
type FlagChanges struct {
	Added   []string `json:"added"`
	Removed []string `json:"removed"`
}

// CategoryChange is a category whose summary status changed.
type CategoryChange struct {
	Category string `json:"category"`
	Old      string `json:"old"`
	New      string `json:"new"`
}

// Changed says whether the versions differ in anything the diff reports.
func (r *Result) Changed() bool {
	return r.ClauseChanges() > 0 || len(r.Checklist) > 0 || len(r.RedFlags.Added) > 0 ||
		len(r.RedFlags.Removed) > 0 || len(r.Categories) > 0 ||
		r.Grade.Old != r.Grade.New || r.Grade.OldScore != r.Grade.NewScore
}

// ClauseChanges is the number of added, removed and reworded clauses.
func (r *Result) ClauseChanges() int { return len(r.Added) + len(r.Removed) + len(r.Reworded) }

// Noise says whether the versions differ, but only in noise: no checklist
// item, red flag, category summary or grade letter changed, and every clause
// change is either about no data practice (no category on either side:
// navigation, page chrome, greetings) or changes only a date: numbers and
// date words, a month or a year among them ("Last updated: 3 March 2016" →
// "... 12 May 2017"; "for 2 years" → "for 3 years" is a change). The score
// alone may move a little in a noise change: a clause's labels depend on
// its heading and the clause before it, which noise can change.
func (r *Result) Noise() bool {
	if !r.Changed() {
		return false
	}
	if len(r.Checklist) > 0 || len(r.RedFlags.Added) > 0 || len(r.RedFlags.Removed) > 0 ||
		len(r.Categories) > 0 || r.Grade.Old != r.Grade.New {
		return false
	}
	for _, c := range r.Added {
		if len(c.Categories) > 0 {
			return false
		}
	}
	for _, c := range r.Removed {
		if len(c.Categories) > 0 {
			return false
		}
	}
	for _, w := range r.Reworded {
		if (len(w.Old.Categories) > 0 || len(w.New.Categories) > 0) && !onlyDatesDiffer(w.Old.Text, w.New.Text) {
			return false
		}
	}
	return true
}

// Status is one word for the change between two versions: "same" (nothing
// the diff reports), "noise" (see Noise) or "changed".
func (r *Result) Status() string {
	switch {
	case !r.Changed():
		return "same"
	case r.Noise():
		return "noise"
	}
	return "changed"
}

// onlyDatesDiffer says whether the words that differ between a and b are
// all numbers or date words, with a month or a year among them.
func onlyDatesDiffer(a, b string) bool {
	count := map[string]int{}
	for _, w := range dateFields(Normalize(a)) {
		count[w]++
	}
	for _, w := range dateFields(Normalize(b)) {
		count[w]--
	}
	dated := false
	for w, n := range count {
		if n == 0 {
			continue
		}
		if !isDateWord(w) {
			return false
		}
		// A changed number alone is no date: "2 years" → "3 years" is a
		// new retention period. A month or a year among the changed words is.
		dated = dated || !isNumber(w) || isYear(w)
	}
	return dated
}

// isYear says whether a word is a year a policy could be dated.
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isNumber(w)
}

// Compare returns what changed from old to new.
func Compare(old, new *report.Report) *Result {
	r := &Result{
		Schema: Schema,
		Old:    version(old),
		New:    version(new),
		Grade: GradeChange{
			Old: old.Grade.Letter, New: new.Grade.Letter,
			OldScore: old.Grade.Score, NewScore: new.Grade.Score,
		},
		Added:      []Clause{},
		Removed:    []Clause{},
		Reworded:   []Rewording{},
		Checklist:  []CheckChange{},
		RedFlags:   FlagChanges{Added: []string{}, Removed: []string{}},
		Categories: []CategoryChange{},
		FlagTitles: map[string]string{},
	}
	a := Align(old.Clauses, new.Clauses)
	r.Unchanged = a.Unchanged
	for _, i := range a.Removed {
		r.Removed = append(r.Removed, clause(old.Clauses[i]))
	}
	for _, j := range a.Added {
		r.Added = append(r.Added, clause(new.Clauses[j]))
	}
	for _, p := range a.Reworded {
		o, n := old.Clauses[p.Old], new.Clauses[p.New]
		r.Reworded = append(r.Reworded, Rewording{
			Old:        Ref{ID: o.ID, Text: o.Text, Categories: categories(o)},
			New:        Ref{ID: n.ID, Text: n.Text, Categories: categories(n)},
			Similarity: p.Similarity,
		})
	}

	oldItems := map[string]report.CheckItem{}
	for _, it := range old.Checklist {
		oldItems[it.ID] = it
	}
	for _, it := range new.Checklist {
		was, ok := oldItems[it.ID]
		if !ok {
			was.Status = report.StatusMissing
		}
		if was.Status != it.Status {
			r.Checklist = append(r.Checklist, CheckChange{ID: it.ID, Old: was.Status, New: it.Status, Title: it.Title})
		}
	}

	oldFlags, newFlags := map[string]bool{}, map[string]bool{}
	for _, f := range old.RedFlags {
		oldFlags[f.ID] = true
		r.FlagTitles[f.ID] = f.Title
	}
	for _, f := range new.RedFlags {
		newFlags[f.ID] = true
		r.FlagTitles[f.ID] = f.Title
		if !oldFlags[f.ID] {
			r.RedFlags.Added = append(r.RedFlags.Added, f.ID)
		}
	}
	for _, f := range old.RedFlags {
		if !newFlags[f.ID] {
			r.RedFlags.Removed = append(r.RedFlags.Removed, f.ID)
		}
	}

	oldCats := map[report.Category]string{}
	for _, s := range old.Summaries {
		oldCats[s.Category] = s.Status
	}
	for _, s := range new.Summaries {
		was, ok := oldCats[s.Category]
		if !ok {
			was = report.StatusMissing
		}
		if was != s.Status {
			r.Categories = append(r.Categories, CategoryChange{Category: string(s.Category), Old: was, New: s.Status})
		}
	}
	return r
}

func version(rep *report.Report) Version {
	return Version{Title: rep.Source.Title, Updated: rep.Source.Updated, Language: rep.Language.Code, Grade: rep.Grade.Letter}
}

func categories(c report.Clause) []string {
	out := make([]string, 0, len(c.Categories))
	for _, l := range c.Categories {
		out = append(out, string(l.Category))
	}
	return out
}

func clause(c report.Clause) Clause {
	return Clause{ID: c.ID, Text: c.Text, Categories: categories(c)}
}

// Alignment is how the clauses of two versions correspond, by index.
type Alignment struct {
	Unchanged int    // new clauses aligned with an identical old one
	Added     []int  // new clauses with no counterpart, in order
	Removed   []int  // old clauses with no counterpart, in order
	Reworded  []Pair // in the new version's order
}

// Pair is a reworded old and new clause.
type Pair struct {
	Old, New   int
	Similarity float64
}

// Align aligns the clauses of two versions (see the package comment).
func Align(old, new []report.Clause) Alignment {
	olds := make([]string, len(old))
	for i, c := range old {
		olds[i] = Normalize(c.Text)
	}
	news := make([]string, len(new))
	for i, c := range new {
		news[i] = Normalize(c.Text)
	}
	return alignNormalized(olds, news)
}

// AlignTexts aligns two lists of clause texts.
func AlignTexts(old, new []string) Alignment {
	olds := make([]string, len(old))
	for i, t := range old {
		olds[i] = Normalize(t)
	}
	news := make([]string, len(new))
	for i, t := range new {
		news[i] = Normalize(t)
	}
	return alignNormalized(olds, news)
}

func alignNormalized(olds, news []string) Alignment {
	oldUsed := make([]bool, len(olds))
	newUsed := make([]bool, len(news))
	var a Alignment

	// Pass 1: same normal form.
	byKey := map[string][]int{}
	for i, k := range olds {
		byKey[k] = append(byKey[k], i)
	}
	for j, k := range news {
		if is := byKey[k]; len(is) > 0 {
			oldUsed[is[0]], newUsed[j] = true, true
			byKey[k] = is[1:]
			a.Unchanged++
		}
	}

	// Pass 2: the same words cut into two or three clauses.
	joined := func(keys []string, used []bool, from, n int) (string, bool) {
		if from+n > len(keys) {
			return "", false
		}
		parts := make([]string, 0, n)
		for i := from; i < from+n; i++ {
			if used[i] || keys[i] == "" {
				return "", false
			}
			parts = append(parts, keys[i])
		}
		return strings.Join(parts, " "), true
	}
	regroup := func(ones, many []string, oneUsed, manyUsed []bool, onMatch func(one, from, n int)) {
		left := map[string][]int{}
		for i, k := range ones {
			if !oneUsed[i] {
				left[k] = append(left[k], i)
			}
		}
		if len(left) == 0 {
			return
		}
		for n := 2; n <= 3; n++ {
			for j := range many {
				k, ok := joined(many, manyUsed, j, n)
				if !ok {
					continue
				}
				if is := left[k]; len(is) > 0 && !oneUsed[is[0]] {
					oneUsed[is[0]] = true
					for x := j; x < j+n; x++ {
						manyUsed[x] = true
					}
					left[k] = is[1:]
					onMatch(is[0], j, n)
				}
			}
		}
	}
	regroup(olds, news, oldUsed, newUsed, func(_, _, n int) { a.Unchanged += n })
	regroup(news, olds, newUsed, oldUsed, func(_, _, _ int) { a.Unchanged++ })

	// Pass 3: the same words but for numbers and dates ("Last updated: 10
	// January 2024" → "... 2 March 2024"): reworded, whatever the
	// similarity of two short lines.
	var reworded []Pair
	dated := map[string][]int{}
	for i, k := range olds {
		if !oldUsed[i] {
			if m, ok := maskDates(k); ok {
				dated[m] = append(dated[m], i)
			}
		}
	}
	for j, k := range news {
		if newUsed[j] || len(dated) == 0 {
			continue
		}
		if m, ok := maskDates(k); ok && len(dated[m]) > 0 {
			i := dated[m][0]
			dated[m] = dated[m][1:]
			oldUsed[i], newUsed[j] = true, true
			reworded = append(reworded, Pair{Old: i, New: j, Similarity: Similarity(olds[i], news[j])})
		}
	}

	// Pass 4: similar clauses, one to one, split or merged.
	var oi, nj []int
	for i, u := range oldUsed {
		if !u {
			oi = append(oi, i)
		}
	}
	for j, u := range newUsed {
		if !u {
			nj = append(nj, j)
		}
	}
	if len(oi) > 0 && len(nj) > 0 {
		reworded = append(reworded, matchSimilar(olds, news, oi, nj, oldUsed, newUsed)...)
	}
	slices.SortFunc(reworded, func(x, y Pair) int {
		if x.New != y.New {
			return x.New - y.New
		}
		return x.Old - y.Old
	})
	a.Reworded = reworded
	for i, u := range oldUsed {
		if !u {
			a.Removed = append(a.Removed, i)
		}
	}
	for j, u := range newUsed {
		if !u {
			a.Added = append(a.Added, j)
		}
	}
	return a
}

// candidate is a possible correspondence between old clauses olds[o:o+no]
// and new clauses news[n:n+nn], no or nn being 1.
type candidate struct {
	o, no, n, nn int
	sim          float64
}

func matchSimilar(olds, news []string, oi, nj []int, oldUsed, newUsed []bool) []Pair {
	voc := vocabulary{}
	oldBags := make([]*bag, len(oi))
	for a, i := range oi {
		oldBags[a] = voc.bag(olds[i])
	}
	newBags := make([]*bag, len(nj))
	for b, j := range nj {
		newBags[b] = voc.bag(news[j])
	}
	// shared[a*len(nj)+b] is the number of words (with repetition) old
	// clause oi[a] and new clause nj[b] have in common, counted through an
	// index of the new clauses' words so that clauses with no word in
	// common cost nothing: two unrelated 60 KB policies are compared in
	// milliseconds rather than the 0.2 s of scoring every pair.
	type posting struct{ b, n int32 }
	index := map[uint64][]posting{}
	for b, nb := range newBags {
		eachRun(nb.words, func(w uint64, n int) { index[w] = append(index[w], posting{int32(b), int32(n)}) })
	}
	shared := make([]int32, len(oi)*len(nj))
	for a, ob := range oldBags {
		row := shared[a*len(nj) : (a+1)*len(nj)]
		eachRun(ob.words, func(w uint64, n int) {
			for _, p := range index[w] {
				row[p.b] += min(int32(n), p.n)
			}
		})
	}
	// wordDice bounds the similarity: a pair of words is shared only if
	// both its words are, so word pairs never score more than words.
	wordDice := func(common int32, x, y int) float64 {
		if x+y == 0 {
			return 1
		}
		return 2 * float64(common) / float64(x+y)
	}
	var cands []candidate
	for a := range oi {
		for b := range nj {
			if wordDice(shared[a*len(nj)+b], len(oldBags[a].words), len(newBags[b].words)) < Threshold {
				continue
			}
			if s := similarity(oldBags[a], newBags[b]); s >= Threshold {
				cands = append(cands, candidate{o: oi[a], no: 1, n: nj[b], nn: 1, sim: s})
			}
		}
	}
	// isPart says whether at least minPartShare of a part's words are
	// found in the clause on the other side.
	isPart := func(common int32, part *bag) bool {
		return len(part.words) > 0 && float64(common) >= minPartShare*float64(len(part.words))
	}
	// Splits: one old clause against two adjacent new ones.
	for b := 0; b+1 < len(nj); b++ {
		if nj[b+1] != nj[b]+1 {
			continue
		}
		var both *bag
		for a := range oi {
			c1, c2 := shared[a*len(nj)+b], shared[a*len(nj)+b+1]
			if !isPart(c1, newBags[b]) || !isPart(c2, newBags[b+1]) ||
				wordDice(c1+c2, len(oldBags[a].words), len(newBags[b].words)+len(newBags[b+1].words)) < Threshold {
				continue
			}
			if both == nil {
				both = joinBags(newBags[b], newBags[b+1])
			}
			if s := similarity(oldBags[a], both); s >= Threshold {
				cands = append(cands, candidate{o: oi[a], no: 1, n: nj[b], nn: 2, sim: s})
			}
		}
	}
	// Merges: two adjacent old clauses against one new one.
	for a := 0; a+1 < len(oi); a++ {
		if oi[a+1] != oi[a]+1 {
			continue
		}
		var both *bag
		for b := range nj {
			c1, c2 := shared[a*len(nj)+b], shared[(a+1)*len(nj)+b]
			if !isPart(c1, oldBags[a]) || !isPart(c2, oldBags[a+1]) ||
				wordDice(c1+c2, len(oldBags[a].words)+len(oldBags[a+1].words), len(newBags[b].words)) < Threshold {
				continue
			}
			if both == nil {
				both = joinBags(oldBags[a], oldBags[a+1])
			}
			if s := similarity(both, newBags[b]); s >= Threshold {
				cands = append(cands, candidate{o: oi[a], no: 2, n: nj[b], nn: 1, sim: s})
			}
		}
	}
	sort.SliceStable(cands, func(x, y int) bool {
		cx, cy := cands[x], cands[y]
		if cx.sim != cy.sim {
			return cx.sim > cy.sim
		}
		if cx.no+cx.nn != cy.no+cy.nn {
			return cx.no+cx.nn < cy.no+cy.nn
		}
		if cx.n != cy.n {
			return cx.n < cy.n
		}
		return cx.o < cy.o
	})
	var out []Pair
	for _, c := range cands {
		free := true
		for i := c.o; i < c.o+c.no; i++ {
			free = free && !oldUsed[i]
		}
		for j := c.n; j < c.n+c.nn; j++ {
			free = free && !newUsed[j]
		}
		if !free {
			continue
		}
		sim := math.Round(c.sim*1000) / 1000
		for i := c.o; i < c.o+c.no; i++ {
			oldUsed[i] = true
			for j := c.n; j < c.n+c.nn; j++ {
				newUsed[j] = true
				out = append(out, Pair{Old: i, New: j, Similarity: sim})
			}
		}
	}
	return out
}

// maskDates replaces the numbers and date words of a normal form with one
// placeholder, and says whether there was any.
func maskDates(norm string) (string, bool) {
	fields := dateFields(norm)
	found := false
	for k, f := range fields {
		if isDateWord(f) {
			fields[k], found = "#", true
		}
	}
	if !found {
		return "", false
	}
	return strings.Join(slices.Compact(fields), " "), true
}

// Similarity scores how alike two clause texts are, from 0 (no word in
// common) to 1 (the same normal form): the mean of the Dice coefficients of
// their words and of their adjacent word pairs, both counted with
// repetition. Words make it robust to small edits, pairs to a sentence
// that reuses the same words to say something else.
func Similarity(a, b string) float64 {
	voc := vocabulary{}
	return math.Round(similarity(voc.bag(Normalize(a)), voc.bag(Normalize(b)))*1000) / 1000
}

// vocabulary numbers the words of one comparison.
type vocabulary map[string]uint32

// bag is a clause's words and word pairs as sorted ids.
type bag struct {
	words, pairs []uint64
}

func (v vocabulary) bag(norm string) *bag {
	fields := strings.Fields(norm)
	b := &bag{words: make([]uint64, len(fields))}
	for k, f := range fields {
		id, ok := v[f]
		if !ok {
			id = uint32(len(v)) + 1
			v[f] = id
		}
		b.words[k] = uint64(id)
	}
	if len(fields) > 1 {
		b.pairs = make([]uint64, len(fields)-1)
		for k := 0; k+1 < len(fields); k++ {
			b.pairs[k] = b.words[k]<<32 | b.words[k+1]
		}
	}
	slices.Sort(b.words)
	slices.Sort(b.pairs)
	return b
}

// joinBags is the bag of two clauses read one after the other (the pair
// across the boundary is left out: it is an artefact of the cut).
func joinBags(x, y *bag) *bag {
	w := append(slices.Clone(x.words), y.words...)
	p := append(slices.Clone(x.pairs), y.pairs...)
	slices.Sort(w)
	slices.Sort(p)
	return &bag{words: w, pairs: p}
}

func similarity(x, y *bag) float64 {
	nw := len(x.words) + len(y.words)
	if nw == 0 {
		return 1
	}
	// Dice can be no more than 2·min/(sum): skip hopeless pairs early.
	if 2*float64(min(len(x.words), len(y.words)))/float64(nw) < Threshold {
		return 0
	}
	dw := 2 * float64(common(x.words, y.words)) / float64(nw)
	np := len(x.pairs) + len(y.pairs)
	if np == 0 {
		return dw
	}
	dp := 2 * float64(common(x.pairs, y.pairs)) / float64(np)
	return (dw + dp) / 2
}

// eachRun calls fn for every distinct element of a sorted multiset with
// its count.
func eachRun(xs []uint64, fn func(x uint64, n int)) {
	for i := 0; i < len(xs); {
		j := i + 1
		for j < len(xs) && xs[j] == xs[i] {
			j++
		}
		fn(xs[i], j-i)
		i = j
	}
}

// common counts the elements two sorted multisets share.
func common(x, y []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i] == y[j]:
			n++
			i++
			j++
		case x[i] < y[j]:
			i++
		default:
			j++
		}
	}
	return n
}
