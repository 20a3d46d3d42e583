package checklist

import "github.com/policylens/policylens/analyzer/report"

// defaultHedges are the vague kinds that make a supporting clause hedged.
// Quantifiers and open lists ("such as", "certain") do not: "you can ask for
// access to, rectification or deletion of your data, among other rights"
// still states those rights clearly.
var defaultHedges = []string{"modality", "conditional", "generalisation", "open_time"}

// rule is the common shape of a check: a statement looked for in the clauses
// of some categories, or a specific wording anywhere; an optional weaker
// wording that only makes the item vague.
type rule struct {
	cats []report.Category // clauses searched with pat (any clause if empty)
	pat  pat               // the statement, in clauses of cats
	// any is a wording specific enough to count in any clause, whatever
	// its labels; when anyCtx is set, the clause or its heading/lead-in must
	// also match anyCtx.
	any    pat
	anyCtx pat
	// anyFirst tries any before pat and neg, for a rule whose any
	// wordings make the more telling evidence where both match.
	anyFirst bool
	// skipBefore and skipAfter drop a match of any that is not the
	// company's own statement: skipBefore is matched against the folded
	// text just before the match (anchor it with $), skipAfter against the
	// text just after it (anchor it with ^). "Notify websites not to sell"
	// is a request to others; a "Do Not Sell" link names a mechanism.
	skipBefore pat
	skipAfter  pat
	// skipRetry: after a match of any that skipBefore or skipAfter
	// drops, look again from its next word rather than after its end, for
	// wordings whose gap can run from a dropped statement into a kept one
	// ("If you are located outside the US, ... processed in the US").
	skipRetry bool
	// anyOff drops a match of any whose own words show it is about
	// something else: "store contact information about children under 13
	// in the United States" places the children, not the data.
	anyOff pat
	// patSkipAfter drops a match of pat when the text just after it
	// matches (anchor it with ^): "http://www.google.com/privacy" is a
	// privacy page, "http://www.google.com/privacy_ads" an advertiser's.
	patSkipAfter pat
	// off is a wording that shows a clause of cats is about something else
	// ("amended terms take effect 30 days after posting"): pat and neg do
	// not count in it; any still does.
	off pat
	// need, when set, is a wording the clause's text, heading or lead-in
	// must hold for pat and neg to count in it: a duration in a clause
	// about retention counts only where something is kept, stored or
	// deleted ("claims must be filed within one year" is no retention
	// period, however the clause is labelled).
	need pat
	// neg is a wording that counts like pat (in clauses of cats) unless a
	// negation comes just before it: "kept indefinitely" states a period,
	// "not kept indefinitely" does not.
	neg pat
	// open are wordings that leave a statement open ("or wherever our
	// partners operate"): a supporting clause that also holds one counts
	// as hedged.
	open pat
	// weak are wordings, tried in order, that show the topic is addressed
	// without the commitment being stated: they make the item vague. They
	// are looked for in clauses of cats (any clause if cats is empty).
	weak []pat
	// weakOff keeps a clause out of weak when it matches the clause's text
	// or its heading: deleting what a child sent by mistake says nothing
	// of how long the policy keeps data.
	weakOff pat
	// anyWeak is a weak wording specific enough to count in any clause,
	// whatever its labels ("it may take some time to process your
	// request"); tried after weak.
	anyWeak pat
	// lead: pat and any also read a list item after its lead-in, for
	// statements a list splits ("We use your information to:" +
	// "Process your orders"); see clause.withLead. Left off for items
	// whose wordings a long gap could join across the two by chance.
	lead bool
	// prefer and lesser choose the evidence among the clauses that support
	// the item: the first whose text matches prefer (if set) and whose
	// match is not lesser (an email in a sentence about privacy requests
	// before "account settings", which is a way to act but not a contact;
	// "to improve our services" before the bare word "purposes"). Both
	// zero: the first supporting clause.
	prefer, lesser pat
	// hedges are the vague kinds that turn a supporting clause into a
	// hedged one; nil means defaultHedges, an empty non-nil slice none.
	hedges []string
}

// hit is a clause that supports an item, with the folded match range in
// its text; a third value, for a match read across a list item's lead-in
// (rule.withLead), is where the match starts in the lead-in.
type hit struct {
	c *clause
	m []int
}

// run applies r: found when some supporting clause is not hedged, vague when
// all supporting clauses are hedged or only a weak wording is present,
// missing otherwise.
func (r rule) run(p *Pass) Result {
	hedges := r.hedges
	if hedges == nil {
		hedges = defaultHedges
	}
	var clear, hedged []hit
	preferred := false // a clear hit that r.prefer picks (see rule.choose)
	for i := range p.clauses {
		c := &p.clauses[i]
		m := r.match(p, c)
		if m == nil {
			continue
		}
		if c.hedgedAt(hedges, m) || r.open.findIn(p.lang, c.text.s, c.tg) != nil {
			hedged = append(hedged, hit{c, m})
			continue
		}
		if len(clear) == maxClauses {
			// Past the clauses reported, only to find the evidence
			// r.prefer asks for: it takes the last place.
			if r.prefers(p, hit{c, m}) {
				clear[maxClauses-1] = hit{c, m}
				break
			}
			continue
		}
		clear = append(clear, hit{c, m})
		preferred = preferred || r.prefers(p, hit{c, m})
		if len(clear) == maxClauses && (!r.choosy() || preferred) {
			// The result is decided: found, with these clauses. Stop
			// early; most of the checklist's time goes to matching.
			break
		}
	}
	if len(clear) > 0 {
		return r.choose(p, result(report.StatusFound, clear), clear)
	}
	if len(hedged) > 0 {
		return r.choose(p, result(report.StatusVague, hedged), hedged)
	}
	for _, w := range r.weak {
		if hits := r.weakHits(p, w, r.cats); len(hits) > 0 {
			return result(report.StatusVague, hits)
		}
	}
	if !r.anyWeak.zero() {
		if hits := r.weakHits(p, r.anyWeak, nil); len(hits) > 0 {
			return result(report.StatusVague, hits)
		}
	}
	return missing
}

// weakHits returns the clauses of cats (any clause if empty) where w matches.
func (r rule) weakHits(p *Pass, w pat, cats []report.Category) []hit {
	var hits []hit
	for i := range p.clauses {
		c := &p.clauses[i]
		if !c.has(cats) {
			continue
		}
		m := w.findIn(p.lang, c.text.s, c.tg)
		if m == nil || r.weakOffIn(p, c) {
			continue
		}
		hits = append(hits, hit{c, m})
	}
	return hits
}

// weakOffIn reports whether r.weakOff keeps c out of the weak wordings,
// by c's text or its heading.
func (r rule) weakOffIn(p *Pass, c *clause) bool {
	return !r.weakOff.zero() && r.weakOff.inClause(p.lang, c)
}

// match returns where c supports the rule, or nil.
func (r rule) match(p *Pass, c *clause) []int {
	if r.anyFirst {
		if m := r.matchAny(p, c); m != nil {
			return m
		}
	}
	inCats := c.has(r.cats) && (r.off.zero() || r.off.findIn(p.lang, c.text.s, c.tg) == nil) && (r.need.zero() || r.need.inClause(p.lang, c))
	if !r.pat.zero() && inCats {
		if m := firstKept(p, r.pat, c.text.s, c.tg, pat{}, r.patSkipAfter, false); m != nil {
			return m
		}
		if m := r.withLead(p, c, r.pat, pat{}, r.patSkipAfter); m != nil {
			return m
		}
	}
	if !r.neg.zero() && inCats {
		if m := findNotNegated(p, r.neg, c.text.s, c.tg, false); m != nil && !c.negatedByLead(m) {
			return m
		}
	}
	if r.anyFirst {
		return nil
	}
	return r.matchAny(p, c)
}

// matchAny returns where r.any supports the rule in c, whatever c's
// labels, or nil.
func (r rule) matchAny(p *Pass, c *clause) []int {
	if r.any.zero() {
		return nil
	}
	m := firstKept(p, r.any, c.text.s, c.tg, r.skipBefore, r.skipAfter, r.skipRetry)
	if m == nil {
		m = r.withLead(p, c, r.any, r.skipBefore, r.skipAfter)
	}
	if m == nil || (!r.anyOff.zero() && len(m) == 2 && r.anyOff.find(p.lang, c.text.s[m[0]:m[1]]) != nil) {
		return nil
	}
	if !r.anyCtx.zero() && !r.anyCtx.inClause(p.lang, c) {
		return nil
	}
	return m
}

// skipWindow is how many folded bytes around a match skipBefore and
// skipAfter read.
const skipWindow = 60

// firstKept returns the first match of pt in s (whose byte pairs are g)
// that neither skipBefore (read just before it) nor skipAfter (just after)
// drops, or nil. With no skip pattern it is pt's first match. The matches
// tried are pt's successive matches; with retry, the search starts again
// at the word after a dropped match's start instead of at its end (see
// rule.skipRetry).
func firstKept(p *Pass, pt pat, s string, g *grams, skipBefore, skipAfter pat, retry bool) []int {
	m := pt.findIn(p.lang, s, g)
	if m == nil || skipBefore.zero() && skipAfter.zero() {
		return m
	}
	kept := func(m []int) bool {
		before := s[max(m[0]-skipWindow, 0):m[0]]
		after := s[m[1]:min(m[1]+skipWindow, len(s))]
		return skipBefore.find(p.lang, before) == nil && skipAfter.find(p.lang, after) == nil
	}
	if kept(m) {
		return m
	}
	if !retry {
		for _, m := range pt.findAll(p.lang, s) {
			if kept(m) {
				return m
			}
		}
		return nil
	}
	for !kept(m) {
		// The next word: a search from inside a word would take its tail
		// for a word of its own.
		off := m[0] + 1
		// (isWordByte counts every byte of a multi-byte rune, so this also
		// keeps off on a rune's first byte.)
		for off < len(s) && isWordByte(s[off-1]) && isWordByte(s[off]) {
			off++
		}
		if off >= len(s) {
			return nil
		}
		if m = pt.find(p.lang, s[off:]); m == nil {
			return nil
		}
		m = []int{m[0] + off, m[1] + off}
	}
	return m
}

// choose sets res's evidence to the first of hits that r.prefer picks (see
// rule.prefer), if any.
func (r rule) choose(p *Pass, res Result, hits []hit) Result {
	if !r.choosy() {
		return res
	}
	for _, h := range hits {
		if r.prefers(p, h) {
			res.Evidence = h.c.evidence(h.m)
			break
		}
	}
	return res
}

// prefers reports whether r.prefer picks h for evidence: prefer matches
// the clause outside the match (a URL's "/privacy" says nothing of what the
// sentence is about), and lesser does not match the match.
func (r rule) prefers(p *Pass, h hit) bool {
	if !r.choosy() || len(h.m) != 2 {
		return false
	}
	s := h.c.text.s
	if !r.prefer.zero() && r.prefer.find(p.lang, s[:h.m[0]]) == nil && r.prefer.find(p.lang, s[h.m[1]:]) == nil {
		return false
	}
	return r.lesser.zero() || r.lesser.find(p.lang, s[h.m[0]:h.m[1]]) == nil
}

// choosy reports whether r chooses its evidence (rule.prefer, rule.lesser).
func (r rule) choosy() bool { return !r.prefer.zero() || !r.lesser.zero() }

// result builds a Result from hits in document order. The evidence is the
// first hit's, preferring a match within one clause to one read across a
// list's lead-in and item.
func result(status string, hits []hit) Result {
	ev := hits[0]
	for _, h := range hits {
		if len(h.m) == 2 {
			ev = h
			break
		}
	}
	r := Result{Status: status, Evidence: ev.c.evidence(ev.m)}
	for _, h := range hits {
		if len(r.Clauses) == maxClauses {
			break
		}
		r.Clauses = append(r.Clauses, h.c.src.ID)
	}
	return r
}

// firstOf combines checks of one item: the first found result wins, else
// the first vague one, else missing. An item with a wording that answers
// it whatever the hedging (a named law) and one that can be hedged (a
// governing-law clause) is two rules tried in turn.
func firstOf(runs ...func(*Pass) Result) func(*Pass) Result {
	return func(p *Pass) Result {
		r := missing
		for _, run := range runs {
			switch got := run(p); {
			case got.Status == report.StatusFound:
				return got
			case got.Status == report.StatusVague && r.Status == report.StatusMissing:
				r = got
			}
		}
		return r
	}
}

// atMostVague turns a found result of run into a vague one: for wordings
// that show the topic is addressed, never that the commitment is met, but
// that need the context test of rule.any ("appropriate safeguards" under a
// heading about transfers).
func atMostVague(run func(*Pass) Result) func(*Pass) Result {
	return func(p *Pass) Result {
		r := run(p)
		if r.Status == report.StatusFound {
			r.Status = report.StatusVague
		}
		return r
	}
}

// topicVague answers vague, never found, when at least n clauses of the
// policy are clauses of cat (classifier labels or a heading naming the
// topic) and the item's other rules found nothing: a policy that spends
// several sentences on cookies, or on where its data goes, addresses the
// question even where no rule reads its answer, and "missing" would accuse
// it wrongly (corpus/README.md, round 24: out-of-fold on train and dev,
// 13 of 15 such cookies.purposes answers and 6 of 6 jurisdiction.location
// ones were not missing). The evidence is the clause the classifier is
// surest of.
func topicVague(n int, cat report.Category) func(*Pass) Result {
	want := []report.Category{cat}
	return func(p *Pass) Result {
		var hits []hit
		for i := range p.clauses {
			c := &p.clauses[i]
			if c.has(want) {
				hits = append(hits, hit{c, []int{0, len(c.text.s)}})
			}
		}
		if len(hits) < n {
			return missing
		}
		// The clause the classifier is surest of first: the one most
		// plainly about the topic (a heading's clauses score 0).
		best := 0
		for i, h := range hits {
			if score(h.c, cat) > score(hits[best].c, cat) {
				best = i
			}
		}
		hits[0], hits[best] = hits[best], hits[0]
		return result(report.StatusVague, hits)
	}
}

// score is the classifier's score of cat for c, 0 when it did not give c
// that label.
func score(c *clause, cat report.Category) float64 {
	for _, l := range c.src.Categories {
		if l.Category == cat {
			return l.Score
		}
	}
	return 0
}

// withLead returns where pt matches a list item read after its lead-in
// ("We use your information to:" + "Communicate with you about your
// account"), or nil. The first two values are the range in the item's own
// folded text; a third is where the match starts in the lead-in (see
// clause.evidence). It counts only what the two say together: not a match
// wholly in the lead-in, nor one when the lead-in alone matches, since the
// lead-in is a clause of its own and answers for itself.
func (r rule) withLead(p *Pass, c *clause, pt pat, skipBefore, skipAfter pat) []int {
	if !r.lead || c.lead == "" {
		return nil
	}
	m := firstKept(p, pt, c.joined, c.lg, skipBefore, skipAfter, r.skipRetry)
	off := len(c.lead) + 1
	if m == nil || m[1] <= off {
		return nil
	}
	if m[0] >= off {
		return []int{m[0] - off, m[1] - off}
	}
	if firstKept(p, pt, c.lead, nil, skipBefore, skipAfter, r.skipRetry) != nil {
		return nil
	}
	return []int{0, m[1] - off, m[0]}
}
