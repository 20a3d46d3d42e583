package checklist

import (
	"cmp"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// prefiltered is a compiled pattern with a literal filter: a condition on
// which literal strings a text must contain for the pattern to match ("sell"
// and one of "data", "information"). Go's regexp tries every alternative at
// every byte; most clauses fail the filter, and strings.Contains says so far
// faster. A pattern without literals (character classes only) is always run.
//
// A pattern whose top level is an alternation (`a|b|c`, or `(?:a|b|c)` as
// or builds it) is run one alternative at a time, each behind its own
// filter: one branch without literals, or a long list of place names in
// one branch, no longer disables the filter of the others, and the branches
// that do run are small programs, which Go runs with its backtracker rather
// than its much slower NFA. The leftmost match of the whole pattern is the
// earliest match of any branch, the first branch winning a tie, so the
// result is the same as the whole pattern's (TestSplitAgrees checks it).
//
// A long text (the whole policy, which policy.updated reads) is searched
// differently when every match of the pattern starts with one of a few
// literals ("last updated", "effective"...): the pattern is tried, anchored,
// only where one of them occurs, rather than run over every byte by Go's NFA
// (see findAtStarts).
//
// A pattern is compiled on first use, not at package init: in WebAssembly
// compiling the hundred checklist patterns took most of the engine's start,
// and a French policy never needs the English ones. On first use only its
// filters are derived (a parse); the regexp of a branch, or of the whole
// pattern, is compiled when a text first passes its filter, so the branches
// a policy never comes near are never compiled (for the 32 KB English
// sample, the first analysis then compiles a fraction of them).
type prefiltered struct {
	// src is the pattern's source; with widen, its bounded gaps are
	// widened (widenGaps) when it is compiled: read it after compiled.
	src    string
	widen  bool
	raw    string // the source as declared, for derivedFor
	once   sync.Once
	filter *filter  // nil: no filter
	alts   []branch // the top-level alternatives, when split

	// re is the whole pattern, when not split (see whole), compiled when a
	// text first passes the filter.
	reOnce sync.Once
	re     *regexp.Regexp

	wholeOnce sync.Once
	wholeRe   *regexp.Regexp

	// starts are literals one of which begins every match (nil: unknown);
	// anchored and anchoredAfter are the pattern anchored at the start of
	// the text, and after one rune of context (see findAtStarts).
	startsOnce              sync.Once
	starts                  []string
	anchored, anchoredAfter *regexp.Regexp
}

// branch is one top-level alternative of a split pattern, compiled when a
// text first passes its filter (see regexp).
type branch struct {
	src    string
	filter *filter // nil: no filter
	once   sync.Once
	re     *regexp.Regexp
}

// regexp returns the branch compiled.
func (b *branch) regexp() *regexp.Regexp {
	b.once.Do(func() { b.re = regexp.MustCompile(b.src) })
	return b.re
}

// newPrefiltered returns src, to be compiled on first use.
func newPrefiltered(src string) *prefiltered {
	return &prefiltered{src: src, raw: src}
}

// compiled compiles the pattern (or its branches) and derives the filters,
// once.
func (p *prefiltered) compiled() *prefiltered {
	p.once.Do(func() {
		d, ok := derivedFor(p.raw, p.widen)
		if !ok {
			d = derive(p.raw, p.widen)
		}
		p.src = d.src
		if d.alts != nil {
			p.alts = make([]branch, len(d.alts))
			for i, a := range d.alts {
				p.alts[i] = branch{src: a.src, filter: a.filter}
			}
			return
		}
		p.filter = d.filter
	})
	return p
}

// derived is what compiled derives from a pattern's source before any
// regexp is compiled: the source with its gaps widened, and the
// alternatives with their filters when it splits, else its filter.
type derived struct {
	src    string
	filter *filter
	alts   []derivedAlt
}

// derivedAlt is one alternative of a split pattern.
type derivedAlt struct {
	src    string
	filter *filter
}

// compiledSource is the source compiled for a pattern declared as raw:
// raw itself, or with its gaps widened.
func compiledSource(raw string, widen bool) string {
	if widen {
		return widenGaps(raw)
	}
	return raw
}

// derive computes a pattern's derived form (see compiled).
func derive(raw string, widen bool) derived {
	d := derived{src: compiledSource(raw, widen)}
	if alts := splitAlternatives(d.src); len(alts) > 1 {
		for _, a := range alts {
			d.alts = append(d.alts, derivedAlt{src: a, filter: filterFor(a)})
		}
		return d
	}
	d.filter = filterFor(d.src)
	return d
}

// derivedEntry is derived in the compact form of derivedTable: the key of
// the source as declared (sourceKey) and the filters (encodeFilter) of the
// whole pattern, or of each alternative (splitAlternatives of the source
// compiled) when it splits. Neither the source compiled nor the source
// declared is stored: widenGaps makes the one again in microseconds, and
// the other is in hand when the pattern is looked up. A second copy of
// every pattern cost the wasm engine 6.7 KB gzip, a third (the source as
// the table's key) about as much again.
type derivedEntry struct {
	key     uint64
	widen   bool
	filter  string
	filters []string
}

// sourceKey is a pattern source's key in derivedTable: its 64-bit FNV-1a
// hash, written out rather than taken from hash/fnv, which the engine
// does not otherwise link. TestDerivedTable fails if two sources of the
// tables share one.
func sourceKey(raw string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(raw); i++ {
		h ^= uint64(raw[i])
		h *= 1099511628211
	}
	return h
}

// derivedFor looks the pattern up in derivedTable (derived_gen.go, written
// by TestDerivedTable with -update): parsing every pattern to derive its
// filters was a large share of the checklist's part of a first analysis
// in Chromium (up to a tenth of the analysis in its profile), and it
// depends on the sources alone. A pattern the table does not hold is
// derived by compiled.
func derivedFor(raw string, widen bool) (derived, bool) {
	key := sourceKey(raw)
	i, ok := slices.BinarySearchFunc(derivedTable, key, func(e derivedEntry, key uint64) int { return cmp.Compare(e.key, key) })
	for ; ok && i < len(derivedTable) && derivedTable[i].key == key; i++ {
		e := &derivedTable[i]
		if e.widen != widen {
			continue
		}
		d := derived{src: compiledSource(raw, widen)}
		if e.filters == nil {
			d.filter = decodeFilter(e.filter)
			return d, true
		}
		alts := splitAlternatives(d.src)
		if len(alts) != len(e.filters) {
			return derived{}, false // cannot happen: TestDerivedTable
		}
		for k, a := range alts {
			d.alts = append(d.alts, derivedAlt{src: a, filter: decodeFilter(e.filters[k])})
		}
		return d, true
	}
	return derived{}, false
}

// encodeFilter writes f compactly: "" for nil, "l<n>:<literal>", or
// "a<n>:" or "o<n>:" followed by n filters (and, or).
func encodeFilter(f *filter) string {
	switch {
	case f == nil:
		return ""
	case f.and != nil:
		return encodeFilters("a", f.and)
	case f.or != nil:
		return encodeFilters("o", f.or)
	}
	return "l" + strconv.Itoa(len(f.lit)) + ":" + f.lit
}

func encodeFilters(op string, fs []*filter) string {
	out := op + strconv.Itoa(len(fs)) + ":"
	for _, f := range fs {
		out += encodeFilter(f)
	}
	return out
}

// decodeFilter reads encodeFilter's form (nil for "" or a malformed one).
func decodeFilter(s string) *filter {
	f, rest := decodeFilterPrefix(s)
	if rest != "" {
		return nil
	}
	return f
}

func decodeFilterPrefix(s string) (*filter, string) {
	if len(s) < 3 {
		return nil, ""
	}
	op := s[0]
	num, rest, ok := strings.Cut(s[1:], ":")
	n, err := strconv.Atoi(num)
	if !ok || err != nil || n < 0 || op != 'l' && op != 'a' && op != 'o' {
		return nil, ""
	}
	if op == 'l' {
		if n == 0 || n > len(rest) {
			return nil, ""
		}
		return newLit(rest[:n]), rest[n:]
	}
	f := &filter{}
	for range n {
		var g *filter
		if g, rest = decodeFilterPrefix(rest); g == nil {
			return nil, ""
		}
		if op == 'a' {
			f.and = append(f.and, g)
		} else {
			f.or = append(f.or, g)
		}
	}
	return f, rest
}

// filterFor returns the literal filter of the pattern src, or nil when it
// has none worth checking.
func filterFor(src string) *filter {
	tree, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil
	}
	if f := filterOf(tree.Simplify()); f != nil && f.size() <= maxLiterals {
		return f
	}
	return nil
}

// findAll is the whole pattern's FindAllStringIndex(s, -1), searched at the
// starts of its candidate matches only in a long text.
func (p *prefiltered) findAll(s string) [][]int {
	if len(s) < longText || p.startLiterals() == nil {
		return p.whole().FindAllStringIndex(s, -1)
	}
	var out [][]int
	for from := 0; from <= len(s); {
		m := p.findAtStartsFrom(s, from)
		if m == nil {
			break
		}
		out = append(out, m)
		if m[1] > m[0] {
			from = m[1]
		} else {
			// An empty match (no start literal allows one): move on.
			_, size := utf8.DecodeRuneInString(s[m[1]:])
			from = m[1] + max(size, 1)
		}
	}
	return out
}

// whole returns the whole pattern compiled as one regexp, for FindAll.
func (p *prefiltered) whole() *regexp.Regexp {
	p.compiled()
	if p.alts == nil {
		return p.regexp()
	}
	p.wholeOnce.Do(func() { p.wholeRe = regexp.MustCompile(p.src) })
	return p.wholeRe
}

// compileAll derives the filters and compiles the regexps now, for Preload.
func (p *prefiltered) compileAll() {
	p.compiled()
	if p.alts == nil {
		p.regexp()
	}
	for i := range p.alts {
		p.alts[i].regexp()
	}
}

// regexp returns the pattern compiled, when it is not split.
func (p *prefiltered) regexp() *regexp.Regexp {
	p.reOnce.Do(func() { p.re = regexp.MustCompile(p.src) })
	return p.re
}

// longText is the length from which a text is searched at the starts of
// its candidate matches only (see findAtStarts).
const longText = 2048

// FindStringIndex is regexp's, after the filter.
func (p *prefiltered) FindStringIndex(s string) []int {
	return p.find(s, nil)
}

// find is FindStringIndex with the byte pairs of s, or nil when they are
// not at hand (see grams).
func (p *prefiltered) find(s string, g *grams) []int {
	p.compiled()
	if len(s) >= longText && p.startLiterals() != nil {
		if f := p.filter; p.alts == nil && f != nil && !f.match(s, g) {
			return nil
		}
		return p.findAtStarts(s)
	}
	if p.alts == nil {
		if p.filter != nil && !p.filter.match(s, g) {
			return nil
		}
		return p.regexp().FindStringIndex(s)
	}
	var best []int
	for i := range p.alts {
		a := &p.alts[i]
		if a.filter != nil && !a.filter.match(s, g) {
			continue
		}
		// A later branch wins only by starting strictly earlier.
		if m := a.regexp().FindStringIndex(s); m != nil && (best == nil || m[0] < best[0]) {
			best = m
			if best[0] == 0 {
				break
			}
		}
	}
	return best
}

// startLiterals derives, once, the literals that begin every match, and
// compiles the anchored forms of the pattern when there are some.
func (p *prefiltered) startLiterals() []string {
	p.compiled()
	p.startsOnce.Do(func() {
		tree, err := syntax.Parse(p.src, syntax.Perl)
		if err != nil {
			return
		}
		lits, ok := firstLiterals(tree.Simplify())
		if !ok || len(lits) == 0 || len(lits) > maxLiterals {
			return
		}
		p.anchored = regexp.MustCompile(`^(?:` + p.src + `)`)
		p.anchoredAfter = regexp.MustCompile(`^(?s:.)(?:` + p.src + `)`)
		p.starts = lits
	})
	return p.starts
}

// findAtStarts returns the leftmost match of the pattern in s, trying it
// only at the occurrences of its start literals, in text order: the first
// position where the anchored pattern matches is the leftmost match, and
// the anchored pattern prefers there what the whole pattern prefers. The
// rune before the position is matched too (anchoredAfter), so that \b and
// other assertions see the same context as in s.
func (p *prefiltered) findAtStarts(s string) []int {
	return p.findAtStartsFrom(s, 0)
}

// findAtStartsFrom is findAtStarts for the matches that start at from or
// after, with the text before from as their context: the next match
// regexp's FindAll gives after a match that ends at from.
func (p *prefiltered) findAtStartsFrom(s string, from int) []int {
	next := make([]int, len(p.starts)) // next occurrence of each literal, -1 when none is left
	for i, l := range p.starts {
		if k := strings.Index(s[from:], l); k >= 0 {
			next[i] = from + k
		} else {
			next[i] = -1
		}
	}
	for {
		c := -1
		for _, n := range next {
			if n >= 0 && (c < 0 || n < c) {
				c = n
			}
		}
		if c < 0 {
			return nil
		}
		if c == 0 {
			if m := p.anchored.FindStringIndex(s); m != nil {
				return m
			}
		} else {
			_, size := utf8.DecodeLastRuneInString(s[:c])
			if m := p.anchoredAfter.FindStringIndex(s[c-size:]); m != nil {
				return []int{c, c - size + m[1]}
			}
		}
		for i, n := range next {
			if n == c {
				if k := strings.Index(s[c+1:], p.starts[i]); k >= 0 {
					next[i] = c + 1 + k
				} else {
					next[i] = -1
				}
			}
		}
	}
}

// firstLiterals returns literals one of which begins every match of re,
// with ok false when it cannot tell (a match may start with a character
// class, or be empty). Literals shorter than minLiteral would leave too many
// positions to try, and case-folded ones cannot be looked for as written:
// both give up too.
func firstLiterals(re *syntax.Regexp) (lits []string, ok bool) {
	return firstLits(re, minLiteral)
}

// firstLits is firstLiterals with literals of at least min bytes.
func firstLits(re *syntax.Regexp, min int) (lits []string, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 || len(string(re.Rune)) < min {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCapture, syntax.OpPlus:
		return firstLits(re.Sub[0], min)
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return firstLits(re.Sub[0], min)
		}
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			l, ok := firstLits(sub, min)
			if !ok {
				return nil, false
			}
			lits = append(lits, l...)
		}
		return lits, true
	case syntax.OpConcat:
		for i, sub := range re.Sub {
			switch sub.Op {
			case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary,
				syntax.OpBeginLine, syntax.OpBeginText:
				continue // zero-width: the anchored match checks them
			case syntax.OpQuest, syntax.OpStar:
				// Optional: its literals or the next part's.
				l, ok := firstLits(sub.Sub[0], min)
				if !ok {
					return nil, false
				}
				lits = append(lits, l...)
				continue
			case syntax.OpLiteral:
				// The parser factors alternatives ("took|takes" is
				// "t(?:ook|akes)"): a short literal followed by more is
				// looked for with what follows it.
				if l, ok := extendLiteral(sub, re.Sub[i+1:]); ok {
					return append(lits, l...), true
				}
			}
			l, ok := firstLits(sub, min)
			if !ok {
				return nil, false
			}
			return append(lits, l...), true
		}
	}
	return nil, false
}

// shortLiteral is the length below which a literal that starts a
// concatenation is extended with the literals of what follows it.
const shortLiteral = 4

// extendLiteral returns the literal lit followed by each literal that
// begins every match of rest (a concatenation's remaining parts), when lit
// is short and that gives at most maxLiterals literals.
func extendLiteral(lit *syntax.Regexp, rest []*syntax.Regexp) ([]string, bool) {
	prefix := string(lit.Rune)
	if lit.Flags&syntax.FoldCase != 0 || len(prefix) >= shortLiteral || len(rest) == 0 {
		return nil, false
	}
	next, ok := firstLits(&syntax.Regexp{Op: syntax.OpConcat, Sub: rest}, 1)
	if !ok || len(next) == 0 || len(next) > maxLiterals {
		return nil, false
	}
	out := make([]string, len(next))
	for i, l := range next {
		out[i] = prefix + l
	}
	return out, true
}

// splitAlternatives returns the top-level alternatives of the regexp source
// src, after removing non-capturing groups that wrap all of it, or src alone
// when it has no top-level alternation. It gives up (returns src alone) on a
// flag group such as (?i), whose scope splitting would change.
func splitAlternatives(src string) []string {
	for {
		inner, ok := unwrapGroup(src)
		if !ok {
			break
		}
		src = inner
	}
	var alts []string
	depth, start := 0, 0
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++ // the escaped byte; \p{..} and \x{..} hold no metacharacters
		case '[':
			i = classEnd(src, i)
			if i < 0 {
				return []string{src}
			}
		case '(':
			if strings.HasPrefix(src[i:], "(?") && !strings.HasPrefix(src[i:], "(?:") && !strings.HasPrefix(src[i:], "(?P<") {
				return []string{src}
			}
			depth++
		case ')':
			depth--
		case '|':
			if depth == 0 {
				alts = append(alts, src[start:i])
				start = i + 1
			}
		}
	}
	return append(alts, src[start:])
}

// unwrapGroup returns the inside of src when src is one non-capturing group
// "(?:...)".
func unwrapGroup(src string) (string, bool) {
	if !strings.HasPrefix(src, "(?:") || !strings.HasSuffix(src, ")") {
		return "", false
	}
	depth := 0
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case '[':
			if i = classEnd(src, i); i < 0 {
				return "", false
			}
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				if i != len(src)-1 {
					return "", false // "(?:a)|(?:b)": the first group closes early
				}
				return src[3:i], true
			}
		}
	}
	return "", false
}

// classEnd returns the index of the ']' closing the character class that
// opens at src[i], or -1. A ']' right after "[" or "[^" is a literal, and
// "[:alpha:]" is a named class inside it.
func classEnd(src string, i int) int {
	j := i + 1
	if j < len(src) && src[j] == '^' {
		j++
	}
	if j < len(src) && src[j] == ']' {
		j++
	}
	for ; j < len(src); j++ {
		switch {
		case src[j] == '\\':
			j++
		case strings.HasPrefix(src[j:], "[:"):
			k := strings.Index(src[j+2:], ":]")
			if k < 0 {
				return -1
			}
			j += 2 + k + 1
		case src[j] == ']':
			return j
		}
	}
	return -1
}

// filter is a condition on literals: lit, or all of and, or any of or.
type filter struct {
	lit     string
	pairs   []uint16 // the byte pairs of lit (see grams)
	and, or []*filter
}

// newLit returns the filter of one literal.
func newLit(lit string) *filter {
	f := &filter{lit: lit}
	for i := 0; i+1 < len(lit); i++ {
		f.pairs = append(f.pairs, pairHash(lit[i], lit[i+1]))
	}
	return f
}

// match reports whether s meets the condition; g is the set of byte pairs
// of s, or nil.
func (f *filter) match(s string, g *grams) bool {
	switch {
	case f.and != nil:
		for _, sub := range f.and {
			if !sub.match(s, g) {
				return false
			}
		}
		return true
	case f.or != nil:
		for _, sub := range f.or {
			if sub.match(s, g) {
				return true
			}
		}
		return false
	}
	if g != nil {
		for _, h := range f.pairs {
			if g[h>>6]&(1<<(h&63)) == 0 {
				return false
			}
		}
	}
	return strings.Contains(s, f.lit)
}

// grams is the set of the byte pairs of a text, hashed into 1024 bits. A
// text holds a literal only if it holds each of the literal's byte pairs,
// so a literal one of whose pairs is missing from the set is surely absent:
// most literal checks of the filters end there, in a few instructions,
// without scanning the text (a hash collision only sends a check on to
// strings.Contains). The checks compute it once per clause.
type grams [16]uint64

// gramsOf returns the byte pairs of s.
func gramsOf(s string) *grams {
	g := new(grams)
	for i := 0; i+1 < len(s); i++ {
		h := pairHash(s[i], s[i+1])
		g[h>>6] |= 1 << (h & 63)
	}
	return g
}

// pairHash hashes a byte pair into 0..1023.
func pairHash(a, b byte) uint16 { return uint16((uint(a)*131 + uint(b)) & 1023) }

// size is the number of literals in f.
func (f *filter) size() int {
	n := 0
	for _, g := range append(f.and, f.or...) {
		n += g.size()
	}
	if f.and == nil && f.or == nil {
		n = 1
	}
	return n
}

// minLiteral is the shortest literal worth a filter: shorter ones occur in
// nearly every text.
const minLiteral = 2

// rare reports whether a one-character literal is rare enough in prose to
// filter on ("@" of an email address, "§").
func rare(s string) bool { return s == "@" || s == "§" }

// maxLiterals bounds a filter; beyond it the filter costs more than it saves.
const maxLiterals = 96

// filterOf returns the literal condition every string re matches meets, or
// nil when there is none worth checking. Folded texts are lower case, so
// literals are lowered too.
func filterOf(re *syntax.Regexp) *filter {
	switch re.Op {
	case syntax.OpLiteral:
		s := strings.ToLower(string(re.Rune))
		if len(s) < minLiteral && !rare(s) {
			return nil
		}
		return newLit(s)
	case syntax.OpCapture, syntax.OpPlus:
		return filterOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return filterOf(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		var all []*filter
		for _, sub := range re.Sub {
			if f := filterOf(sub); f != nil {
				all = append(all, f)
			}
		}
		switch len(all) {
		case 0:
			return nil
		case 1:
			return all[0]
		}
		return &filter{and: all}
	case syntax.OpAlternate:
		var any []*filter
		for _, sub := range re.Sub {
			f := filterOf(sub)
			if f == nil {
				return nil
			}
			any = append(any, f)
		}
		return &filter{or: any}
	}
	return nil
}
