package checklist

import (
	"slices"
	"strings"

	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/report"
	"github.com/policylens/policylens/internal/lazyre"
)

// pat is one pattern per language, compiled once on first use and only read
// afterwards. Patterns are written for folded text (lower case, no
// accents, plain apostrophes): see fold.
type pat struct{ en, fr *prefiltered }

// both compiles one pattern per language; an empty source means no pattern
// for that language.
func both(en, fr string) pat {
	var p pat
	if en != "" {
		p.en = register(lang.English, compile(en))
	}
	if fr != "" {
		p.fr = register(lang.French, compile(fr))
	}
	return p
}

// longGap matches a bounded gap such as [^.;]{0,80} in a pattern source.
var longGap = lazyre.New(`(\[\^[^\]]*\])\{0,\d{2,}\}\??`)

// compile returns a pattern to be compiled on first use, which will first
// turn bounded gaps of ten or more characters ("[^.;]{0,80}") into
// unbounded lazy ones ("[^.;]*?") (see widenGaps).
func compile(src string) *prefiltered {
	p := newPrefiltered(src)
	p.widen = true
	return p
}

// widenGaps turns the bounded gaps of ten or more characters of a pattern
// source ("[^.;]{0,80}") into unbounded lazy ones ("[^.;]*?"). Go's regexp
// unrolls a bound into that many states, which made the checklist most of
// the engine's time; a gap of excluded characters already stops at the end
// of the sentence, which is what the bounds were for. It runs when the
// pattern is first used, not at package init (see prefiltered).
func widenGaps(src string) string {
	return longGap.ReplaceAllString(src, "$1*?")
}

// registered is a pattern of the tables with its language (lang.Unknown:
// both).
type registered struct {
	code lang.Code
	p    *prefiltered
}

// patterns lists every pattern of the tables, for Preload and for the
// tests that compare the filtered, split matching with the plain regexp.
// Patterns are declared only in package-level tables, so the list is
// filled while the package is initialised and only read afterwards.
var patterns []registered

// register adds p to patterns and returns it.
func register(code lang.Code, p *prefiltered) *prefiltered {
	patterns = append(patterns, registered{code, p})
	return p
}

// same compiles one pattern used for both languages (names, acronyms).
func same(src string) pat {
	re := register(lang.Unknown, compile(src))
	return pat{en: re, fr: re}
}

// or joins alternatives into one regexp source.
func or(alts ...string) string { return "(?:" + strings.Join(alts, "|") + ")" }

// zero reports whether p has no pattern at all.
func (p pat) zero() bool { return p.en == nil && p.fr == nil }

// find returns the byte range of the first match of p in s, for the
// language code (both languages when the code is neither), or nil.
func (p pat) find(code lang.Code, s string) []int { return p.findIn(code, s, nil) }

// findAll returns the byte ranges of all matches of p in s, for the
// language code (both languages when the code is neither).
func (p pat) findAll(code lang.Code, s string) [][]int {
	switch code {
	case lang.English:
		return findAllRe(p.en, s)
	case lang.French:
		return findAllRe(p.fr, s)
	}
	return append(findAllRe(p.en, s), findAllRe(p.fr, s)...)
}

// findIn is find on a text whose byte pairs are g (see grams).
func (p pat) findIn(code lang.Code, s string, g *grams) []int {
	switch code {
	case lang.English:
		return findReIn(p.en, s, g)
	case lang.French:
		return findReIn(p.fr, s, g)
	}
	if m := findReIn(p.en, s, g); m != nil {
		return m
	}
	return findReIn(p.fr, s, g)
}

// inClause reports whether p matches c's text or its heading and lead-in.
func (p pat) inClause(code lang.Code, c *clause) bool {
	return p.findIn(code, c.text.s, c.tg) != nil || p.findIn(code, c.context, c.cg) != nil
}

func findReIn(re *prefiltered, s string, g *grams) []int {
	if re == nil {
		return nil
	}
	return re.find(s, g)
}

func findAllRe(re *prefiltered, s string) [][]int {
	if re == nil || re.FindStringIndex(s) == nil {
		return nil
	}
	return re.findAll(s)
}

// clause is a report clause prepared for matching.
type clause struct {
	src     *report.Clause
	text    folded
	context string // folded heading and lead-in, for checks that read them
	// tg and cg are the byte pairs of the folded text and context, for the
	// filters (see grams).
	tg, cg *grams
	cats   map[report.Category]bool
	hedges []hedge // vague terms, permissions excluded, in folded offsets
	// leadHedged: the clause is a list item under a lead-in that hedges
	// it, "you may have the right to:" (see hedgingLeadIn).
	leadHedged bool
	// lead is the folded lead-in of a list item (its own, or the clause
	// ending in a colon before text bullets) or of a table cell, its colon
	// trimmed; "" for other clauses.
	lead  string
	leadF folded // the lead-in as written, folded, colon kept (for evidence)
	// joined is lead, a space and the folded text, read by rule.withLead;
	// lg is its byte pairs.
	joined string
	lg     *grams
	// leadNegated: the lead-in ends in a negation that governs its items,
	// "We will never:" + "keep your data indefinitely".
	leadNegated bool
}

// isBulletStart reports whether t starts with a text bullet.
func isBulletStart(t string) bool {
	for _, b := range []string{"•", "·", "▪", "◦", "- ", "– "} {
		if strings.HasPrefix(t, b) {
			return true
		}
	}
	return false
}

// hedgingLeadIn matches a folded lead-in that hedges every item of its
// list: "In accordance with applicable law, you may have the right to:",
// "You may have the following rights:", "you may be entitled to exercise
// some or all of the following rights:", "Your local laws may permit you
// to request that we:", « vous pourriez avoir le droit de : ».
var hedgingLeadIn = lazyre.New(`\b(?:may|might|could) (?:also )?have (?:the |certain |additional |some |other |the following )?(?:\w+ )?(?:\w+ )?rights?\b|\b(?:may|might|could) be entitled to\b|\b(?:laws?|legislation|regulations?) (?:may|might|could) (?:permit|allow|entitle|give|grant)\b|\bmay be available to you\b|\b(?:pourriez|pourrez|pourrait) (?:egalement )?(?:avoir|disposer|beneficier)\b[^.;]{0,30}\bdroits?\b`)

// headingTopics are section headings that name one category's topic
// outright, in folded English or French: for the checks, every clause of
// such a section is a clause of that category, whatever the classifier
// gave it. "Vous pouvez modifier vos choix à tout moment." under « Gestion
// des cookies » tells how to manage cookies, though it names none; the
// classifier, which rightly does not label a sentence by its heading alone,
// leaves it without a category.
var headingTopics = []struct {
	cat report.Category
	re  *lazyre.Regexp
}{
	{report.Cookies, lazyre.New(`\b(?:cookies?|trackers?|tracking technolog\w*|traceurs?|temoins? de connexion)\b`)},
	{report.Rights, lazyre.New(`\b(?:your (?:privacy |data protection )?rights|rights of (?:the )?data subjects?|your (?:privacy )?choices|vos droits|droits des personnes|exercice de vos droits|exercer vos droits)\b`)},
	{report.Retention, lazyre.New(`\b(?:(?:data )?retention|how long (?:we|do we)\b|duree de conservation|conservation des donnees|combien de temps)\b`)},
}

// legalCondition matches, in folded text, a condition that leaves a
// right's very existence uncertain for the reader: "if the legal
// requirements are met", "subject to applicable law", « sous réserve de la
// législation applicable ». Rights under it are vague, as under "you may
// have the right to" (corpus/README.md, round 3), and so does "under certain
// conditions" / « sous certaines conditions » (round 16). A bare "where
// applicable" is not (see rightHedges), nor are rights given firmly to a
// named group ("California residents have the right").
var legalCondition = register(lang.Unknown, compile(`\b(?:if|where|when|provided) (?:the )?(?:legal |statutory )?(?:requirements|conditions) (?:(?:for this |for it )?(?:are|have been) (?:met|fulfilled|satisfied))\b|\bsubject to (?:the )?(?:applicable|local|relevant) (?:data protection )?(?:law|laws|legislation|legal requirements)\b|\bdepending on (?:where you (?:live|reside|are located)\b|(?:the laws? of )?(?:your|their) (?:location|jurisdiction|country|state)(?: of residence)?)|\bsous reserve (?:de la|des|du) (?:legislation|reglementation|loi|droit|dispositions legales)(?: applicables?)?\b|\bsi les conditions (?:legales )?(?:sont|en sont) (?:reunies|remplies)\b|\blorsque (?:la loi|la reglementation) (?:le permet|le prevoit)\b|\bselon (?:votre|le) (?:lieu de residence|pays de residence|pays)\b|\b(?:under|subject to) certain (?:legal )?conditions\b|\bsous certaines conditions\b|\b(?:if|where|when|provided) (?:the )?(?:applicable|relevant) (?:legal |statutory )?(?:requirements|conditions)\b|\b(?:where|if|when) (?:permitted|provided for|allowed) (?:by|under) (?:the )?(?:applicable|local|relevant) (?:data protection )?laws?\b|\b(?:where|if) (?:the )?(?:local|applicable) laws? (?:of your country )?(?:provides?|permits?|allows?)\b|\b(?:where|when|if|whenever) possible\b|\b(?:lorsque|quand|si) (?:c'est |cela est )?possible\b|\bdans la mesure du possible\b|\bsi la (?:loi|reglementation|legislation) (?:\w+ ){0,3}(?:le )?(?:prevoit|permet)\b|\bdans la mesure ou la (?:loi|reglementation|legislation)\b|\bselon la (?:legislation|loi|reglementation) (?:en vigueur )?(?:la ou|dans le pays ou|de votre pays)`))

// legalConditionKind is the hedge kind of a legalCondition: only the rights
// checks count it (rightHedges).
const legalConditionKind = "legal_condition"

// hedge is one vague term of a clause that is not a permission, with its
// start as a byte offset in the clause's folded text.
type hedge struct {
	kind string
	at   int
}

// Pass is one run of the checks over a policy: the input prepared once
// (folded texts, label sets) and shared, read-only, by every check.
type Pass struct {
	lang    lang.Code
	updated string
	text    folded
	clauses []clause
}

// newPass prepares in for the checks.
func newPass(in Input) *Pass {
	p := &Pass{lang: in.Lang, updated: strings.TrimSpace(in.Updated), text: fold(in.Text)}
	p.clauses = make([]clause, len(in.Clauses))
	// pendingLead is the last clause that ends with a colon, while the
	// clauses after it are text bullets ("• You have the right to..."):
	// a list the extraction could not see as one, whose lead-in may hedge
	// its items as a real list's does.
	pendingLead := ""
	headingCats := map[string][]report.Category{}
	for i := range in.Clauses {
		c := &in.Clauses[i]
		pc := clause{
			src:     c,
			text:    fold(c.Text),
			context: fold(c.Heading + " \n " + c.LeadIn).s,
			cats:    map[report.Category]bool{},
		}
		pc.tg, pc.cg = gramsOf(pc.text.s), gramsOf(pc.context)
		lead := c.LeadIn
		t := strings.TrimSpace(c.Text)
		bullet := isBulletStart(t)
		if lead == "" && bullet {
			lead = pendingLead
		}
		switch k := strings.LastIndex(t, ":"); {
		case strings.HasSuffix(t, ":"):
			pendingLead = t
		case k > 0 && isBulletStart(strings.TrimSpace(t[k+1:])):
			// The lead-in and the first item in one clause.
			pendingLead = t[:k+1]
		case !bullet:
			pendingLead = ""
		}
		if lead != "" {
			pc.leadF = fold(lead)
			fl := pc.leadF.s
			// "to:" + "communicate with you" reads "to communicate with you".
			pc.lead = strings.TrimRight(fl, ": \t\n")
			pc.joined = pc.lead + " " + pc.text.s
			pc.lg = gramsOf(pc.joined)
			// A table cell's row and column header are no sentence: they
			// neither negate nor hedge the cell as a list's lead-in does.
			if !c.InTable {
				pc.leadNegated = negatingLeadIn.MatchString(pc.lead)
				pc.leadHedged = hedgingLeadIn.MatchString(fl) || legalCondition.FindStringIndex(fl) != nil
			}
		}
		for _, m := range findAllRe(legalCondition, pc.text.s) {
			pc.hedges = append(pc.hedges, hedge{kind: legalConditionKind, at: m[0]})
		}
		for _, l := range c.Categories {
			pc.cats[l.Category] = true
		}
		if c.Heading != "" {
			topics, ok := headingCats[c.Heading]
			if !ok {
				// Clauses of one section share its heading: test it once.
				heading := fold(c.Heading).s
				for _, h := range headingTopics {
					if h.re.MatchString(heading) {
						topics = append(topics, h.cat)
					}
				}
				headingCats[c.Heading] = topics
			}
			for _, cat := range topics {
				pc.cats[cat] = true
			}
		}
		for _, v := range c.Vague {
			if !isHedge(c, v) {
				continue
			}
			i := v.Start - c.Start
			if i < 0 || i > len(c.Text) {
				continue // not in this clause: ignore rather than misplace it
			}
			pc.hedges = append(pc.hedges, hedge{kind: v.Kind, at: pc.text.foldedAt(i)})
		}
		p.clauses[i] = pc
	}
	return p
}

// permissionBefore matches the end of a folded text that makes a following
// modal a permission granted to the user ("you may", "vous pouvez", "each
// user can") rather than a hedge.
var permissionBefore = lazyre.New(`\b(?:you|they|ils|elles|users?|customers?|members?|visitors?|individuals|data subjects?|parents?|guardians?|consumers?|residents?|vous|l'utilisateur|utilisateurs?|clients?|membres?|personnes? concernees?|internautes?)(?:,? (?:also|at any time|always|therefore|then|aussi|egalement|a tout moment|toujours|donc))?,?\s*$`)

// hedgeAfter matches the start of a folded text that turns a user's modal
// back into a hedge: "you may have the right to...", "you may be able to",
// "vous pourriez avoir le droit".
var hedgeAfter = lazyre.New(`^\s*(?:also\s+|aussi\s+|egalement\s+)?(?:be (?:able|entitled|eligible|asked|required)|have (?:the |a |certain |some |additional |other |the following )?(?:\w+ ){0,2}?rights?\b|avoir (?:le |un |certains )?droits?\b|etre (?:en mesure|autorise|amene))`)

// isHedge reports whether the vague term v of c hedges: every vague term
// but a modal that grants the user something (see isPermission).
func isHedge(c *report.Clause, v report.VagueTerm) bool {
	return v.Kind != "modality" || !isPermission(c, v)
}

// isPermission reports whether the vague term v of c is a modal that grants
// the user something ("you may ask us..."). The vague package should not
// report those; this guards the checklist in case it does.
func isPermission(c *report.Clause, v report.VagueTerm) bool {
	i := v.Start - c.Start
	j := v.End - c.Start
	if i <= 0 || i > len(c.Text) || j < i || j > len(c.Text) {
		return false
	}
	lo := max(i-40, 0)
	if !permissionBefore.MatchString(fold(c.Text[lo:i]).s) {
		return false
	}
	hi := min(j+60, len(c.Text))
	after := fold(c.Text[j:hi]).s
	if hedgeAfter.MatchString(after) {
		return false
	}
	// "They" may be the users or the partners: a permission only when a
	// request follows ("they may also ask us to destroy it").
	if pronounBefore.MatchString(fold(c.Text[lo:i]).s) {
		return requestAfter.MatchString(after)
	}
	return true
}

// pronounBefore matches a subject that may or may not be the user.
var pronounBefore = lazyre.New(`\b(?:they|ils|elles)(?:,? (?:also|aussi|egalement))?,?\s*$`)

// requestAfter matches the start of what a user asks or chooses.
var requestAfter = lazyre.New(`^\s*(?:also\s+|aussi\s+|egalement\s+)?(?:request|ask|exercise|opt|withdraw|object|choose|unsubscribe|contact|demander|exercer|retirer|s'opposer|choisir|contacter|se desinscrire)\b`)

// has reports whether c carries one of cats (any clause when cats is empty).
func (c *clause) has(cats []report.Category) bool {
	if len(cats) == 0 {
		return true
	}
	for _, k := range cats {
		if c.cats[k] {
			return true
		}
	}
	return false
}

// hedgedAt reports whether vague wording of one of kinds qualifies the
// statement matched at m, or a hedging lead-in its whole item: it must lie in the same sentence part, between
// the sentence or semicolon boundaries around m, so that "you can ask us to
// delete it; we may keep backups" does not hedge the right to deletion.
func (c *clause) hedgedAt(kinds []string, m []int) bool {
	if c.leadHedged && slices.Contains(kinds, "modality") {
		return true
	}
	lo, hi := statementBounds(c.text, m)
	for _, h := range c.hedges {
		if h.at >= lo && h.at < hi && slices.Contains(kinds, h.kind) {
			return true
		}
	}
	return false
}

// hedgedNear reports whether vague wording of one of kinds lies within
// before bytes before m or after bytes after it, in the same statement: "we
// may notify you", "we will notify you as appropriate", but not "we may
// change this policy, in which case we will announce it".
func (c *clause) hedgedNear(kinds []string, m []int, before, after int) bool {
	lo, hi := statementBounds(c.text, m)
	lo, hi = max(lo, m[0]-before), min(hi, m[1]+after)
	for _, h := range c.hedges {
		if h.at >= lo && h.at < hi && slices.Contains(kinds, h.kind) {
			return true
		}
	}
	return false
}

// statementEnd matches what ends one statement inside a clause, in the
// original text (case tells "law.Although" from "e.g. the"): a full stop or
// semicolon followed by a space, a full stop glued to a capital, the start
// of a non-restrictive relative clause (", which we will do as long as
// possible" qualifies the company's compliance, not the user's right), or a
// contrast (", but we will not disclose it": the hedge of "some information
// may be saved" stays in its half), a place's laws (", where laws ... may
// be less stringent" qualifies the country, not where data goes), or a
// drawback (", with the drawback that certain features may not function":
// the "may" is not the reader's choice).
var statementEnd = lazyre.New(`[.;!?](?:\s|$)|[\p{Ll})\]"”][.!?]\p{Lu}|, (?:which|lequel|laquelle|ce qui|ce que|but|mais|though|although|bien que|même si|with the (?:drawback|downside|consequence) that|au risque que)\b|, (?:where|où) (?:the |les |la |le )?(?:local |applicable |data protection |privacy )?(?:laws?|legislation|regulations?|rules|standards|lois?|législations?|réglementations?)\b`)

// statementBounds returns the folded byte range of the statement holding
// the folded match m.
func statementBounds(f folded, m []int) (lo, hi int) {
	hi = len(f.s)
	for _, b := range statementEnd.FindAllStringIndex(f.orig, -1) {
		// The boundary is the punctuation itself; for "x.Y" skip the
		// letter before it.
		a, e := f.foldedAt(b[0]), f.foldedAt(b[1])
		if f.orig[b[0]] != '.' && f.orig[b[0]] != ';' && f.orig[b[0]] != '!' && f.orig[b[0]] != '?' && f.orig[b[0]] != ',' {
			a = f.foldedAt(b[0] + 1)
		}
		switch {
		case e <= m[0]:
			lo = e
		case a >= m[1] && hi == len(f.s):
			hi = a
		}
	}
	return lo, hi
}

// evidence returns the original text of the folded range m of c, widened to
// whole words and capped to a readable length.
func (c *clause) evidence(m []int) string {
	if len(m) == 3 {
		// A match that starts in the lead-in: quote both parts, "uses your
		// information to: Communicate with you".
		return evidenceIn(c.leadF, []int{m[2], len(c.leadF.s)}) + " " + evidenceIn(c.text, m[:2])
	}
	return evidenceIn(c.text, m)
}

const maxEvidence = 120

func evidenceIn(f folded, m []int) string {
	i, j := m[0], m[1]
	for i > 0 && isWordByte(f.s[i-1]) {
		i--
	}
	for j < len(f.s) && isWordByte(f.s[j]) {
		j++
	}
	e := f.span(i, j)
	if len(e) > maxEvidence {
		cut := maxEvidence
		for cut > 0 && !isBoundary(e, cut) {
			cut--
		}
		e = strings.TrimSpace(e[:cut]) + "…"
	}
	return e
}

func isWordByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 0x80
}

// isBoundary reports whether i is a rune boundary followed by a space.
func isBoundary(s string, i int) bool { return i < len(s) && s[i] == ' ' }

// negation matches a negation in the few words before a match ("we do not
// sell", "nous ne vendons pas", "never").
var negation = lazyre.New(`\b(?:not|never|no|nor|n't|without|neither|ne|n'|ni|jamais|aucune?|pas)\b|n't\b|\bn'`)

// negatingLeadIn matches a folded lead-in (its colon trimmed) that ends in
// a negation its items complete: "we will never", "we do not share your
// data with", « nous ne vendrons jamais ». A negation further back ("if
// you do not want cookies, you can") governs no item.
var negatingLeadIn = lazyre.New(`\b(?:not|never|n't|jamais|pas|aucun(?:e|ement)?)\b(?:\s+[\w']+){0,4}\s*$|n't(?:\s+[\w']+){0,4}\s*$`)

// negatedByLead reports whether the match m of the list item c is negated
// by its lead-in: the lead-in ends in a negation and m lies in the item's
// first statement, the one that completes the lead-in.
func (c *clause) negatedByLead(m []int) bool {
	if !c.leadNegated || m == nil {
		return false
	}
	lo, _ := statementBounds(c.text, m)
	return lo == 0
}

// negatedBefore reports whether the folded text s holds a negation in the
// 40 bytes before position i.
func negatedBefore(s string, i int) bool {
	lo := max(i-40, 0)
	// Do not look back across a sentence or item boundary.
	w := s[lo:i]
	if k := strings.LastIndexAny(w, ".;:!?"); k >= 0 {
		w = w[k+1:]
	}
	return negation.MatchString(litotes.ReplaceAllString(w, " "))
}

// litotes are double negations that affirm: "we will not fail to inform
// you", « nous ne manquerons pas de vous en tenir informé ».
var litotes = lazyre.New(`\b(?:(?:will|shall|would|do|does) not|never) fail to\b|\bwhether or not\b|\bne manqu\w* (?:pas|jamais) (?:de |d')`)
