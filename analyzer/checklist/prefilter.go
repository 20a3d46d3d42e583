package checklist

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
)

// prefiltered is a compiled pattern with the literal strings one of which
// every match must contain. Go's regexp tries every alternative at every
// byte; most clauses contain none of a pattern's words, and strings.Contains
// says so far faster. With no literals (a pattern of classes only), every
// text is tried.
//
// A pattern is compiled on first use, not at package init: in WebAssembly
// compiling the hundred checklist patterns took most of the engine's start,
// and a French policy never needs the English ones.
type prefiltered struct {
	src      string
	once     sync.Once
	re       *regexp.Regexp
	literals []string // nil: no prefilter
}

// newPrefiltered returns src, to be compiled on first use.
func newPrefiltered(src string) *prefiltered {
	return &prefiltered{src: src}
}

// compiled compiles the pattern and derives its required literals, once.
func (p *prefiltered) compiled() *prefiltered {
	p.once.Do(func() {
		p.re = regexp.MustCompile(p.src)
		if tree, err := syntax.Parse(p.src, syntax.Perl); err == nil {
			if lits, ok := required(tree.Simplify()); ok {
				p.literals = lits
			}
		}
	})
	return p
}

// FindStringIndex is regexp's, after the prefilter.
func (p *prefiltered) FindStringIndex(s string) []int {
	p.compiled()
	if p.literals != nil && !containsAny(s, p.literals) {
		return nil
	}
	return p.re.FindStringIndex(s)
}

func containsAny(s string, lits []string) bool {
	for _, l := range lits {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}

// minLiteral is the shortest literal worth a prefilter: shorter ones occur
// in nearly every text.
const minLiteral = 2

// maxLiterals bounds the set; beyond it the prefilter costs more than it saves.
const maxLiterals = 64

// required returns a set of lower-case literals such that every string re
// matches contains at least one of them, or false when there is no useful
// set. Folded texts are lower case, so literals are lowered too.
func required(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		s := strings.ToLower(string(re.Rune))
		if len(s) < minLiteral {
			return nil, false
		}
		return []string{s}, true
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
		return nil, false
	case syntax.OpConcat:
		// Any child's set will do: keep the one whose shortest literal is
		// longest (the most selective), as long as it is small.
		var best []string
		bestLen := 0
		for _, sub := range re.Sub {
			lits, ok := required(sub)
			if !ok {
				continue
			}
			if short := shortest(lits); short > bestLen {
				best, bestLen = lits, short
			}
		}
		return best, best != nil
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			lits, ok := required(sub)
			if !ok {
				return nil, false
			}
			all = append(all, lits...)
		}
		if len(all) > maxLiterals {
			return nil, false
		}
		return all, true
	}
	return nil, false
}

func shortest(lits []string) int {
	n := -1
	for _, l := range lits {
		if n < 0 || len(l) < n {
			n = len(l)
		}
	}
	return n
}
