package checklist

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
)

// prefiltered is a compiled pattern with a literal filter: a condition on
// which literal strings a text must contain for the pattern to match ("sell"
// and one of "data", "information"). Go's regexp tries every alternative at
// every byte; most clauses fail the filter, and strings.Contains says so far
// faster. A pattern without literals (character classes only) is always run.
//
// A pattern is compiled on first use, not at package init: in WebAssembly
// compiling the hundred checklist patterns took most of the engine's start,
// and a French policy never needs the English ones.
type prefiltered struct {
	src    string
	once   sync.Once
	re     *regexp.Regexp
	filter *filter // nil: no filter
}

// newPrefiltered returns src, to be compiled on first use.
func newPrefiltered(src string) *prefiltered {
	return &prefiltered{src: src}
}

// compiled compiles the pattern and derives its filter, once.
func (p *prefiltered) compiled() *prefiltered {
	p.once.Do(func() {
		p.re = regexp.MustCompile(p.src)
		if tree, err := syntax.Parse(p.src, syntax.Perl); err == nil {
			if f := filterOf(tree.Simplify()); f != nil && f.size() <= maxLiterals {
				p.filter = f
			}
		}
	})
	return p
}

// FindStringIndex is regexp's, after the filter.
func (p *prefiltered) FindStringIndex(s string) []int {
	p.compiled()
	if p.filter != nil && !p.filter.match(s) {
		return nil
	}
	return p.re.FindStringIndex(s)
}

// filter is a condition on literals: lit, or all of and, or any of or.
type filter struct {
	lit     string
	and, or []*filter
}

func (f *filter) match(s string) bool {
	switch {
	case f.and != nil:
		for _, g := range f.and {
			if !g.match(s) {
				return false
			}
		}
		return true
	case f.or != nil:
		for _, g := range f.or {
			if g.match(s) {
				return true
			}
		}
		return false
	}
	return strings.Contains(s, f.lit)
}

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
		return &filter{lit: s}
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
