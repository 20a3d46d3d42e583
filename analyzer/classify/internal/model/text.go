// Package model is the learned part of the classifier: the features of a
// clause (stemmed unigrams and bigrams, heading and lead-in words), a
// one-vs-rest logistic-regression model over them, its file formats (the
// settings as text, the weights as a binary file keyed by feature hash),
// and the trainer. Both the classifier (inference) and the trainer program use this
// package, so that training and inference see exactly the same features.
package model

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"

	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/segment"
)

// Stemmer returns the snowball stemmer of a language, the same for the
// lexicon and the model.
func Stemmer(code lang.Code) (func(string) string, error) {
	switch code {
	case lang.English:
		return func(w string) string { return english.Stem(w, true) }, nil
	case lang.French:
		return func(w string) string { return french.Stem(w, true) }, nil
	}
	return nil, fmt.Errorf("classify: unsupported language %q", code)
}

// SameStem reports whether Stemmer(code) stems the word w as the segmenter
// does (segment.Token.Stem: snowball without stemming stopwords), so that a
// token whose Lower is w can lend its Stem: true unless w is one of
// snowball's stopwords, which the segmenter leaves as they are, or has no
// letter (numbers are not stemmed by the segmenter).
func SameStem(code lang.Code, w string) bool {
	if strings.IndexFunc(w, unicode.IsLetter) < 0 {
		return false
	}
	switch code {
	case lang.English:
		return !english.IsStopWord(w)
	case lang.French:
		return !french.IsStopWord(w)
	}
	return false
}

// Words splits lower-cased text into words: maximal runs of letters and
// digits. Apostrophes, hyphens and other marks separate words, so "l'union",
// "sous-traitants" and "third-party" give two words each, whatever the
// tokenizer did.
func Words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Word is one word of a text with the index of the token holding it.
type Word struct {
	Stem string
	Tok  int
}

// StemWords re-splits tokens into words (see Words) and stems them.
func StemWords(toks []segment.Token, stem func(string) string) []Word {
	var ws []Word
	for i, t := range toks {
		low := t.Lower
		if low == "" {
			low = strings.ToLower(t.Text)
		}
		for _, w := range Words(low) {
			ws = append(ws, Word{Stem: stem(w), Tok: i})
		}
	}
	return ws
}

// Where a feature comes from.
const (
	Own  = iota // the clause itself
	Lead        // the lead-in of a list item
	Head        // the section heading
	Lex         // the lexicon's score (stacking); not text, never evidence
	Prev        // the previous clause of the section; never evidence
)

// Feature is one feature present in a clause, with the token range it
// covers in its source (for evidence).
type Feature struct {
	Name        string
	Value       float64 // 1 for n-grams and context words
	Src         int     // Own, Lead, Head, Lex or Prev
	First, Last int     // token indexes, inclusive
}

// Options are the feature settings; they are part of a model and stored in
// its file, so that inference extracts what training did.
type Options struct {
	// Bigrams adds stem bigrams to unigrams.
	Bigrams bool
	// DropStop drops stopwords before unigrams and bigrams are formed.
	DropStop bool
	// Context adds the lead-in's (list items) and heading's unigrams as
	// prefixed features.
	Context bool
	// Clusters adds the word cluster of each of the clause's words
	// ("k:<id>") and, with Context, of its lead-in's words ("lk:<id>"):
	// clusters learned from unlabelled policies (see internal/clusters).
	Clusters bool
	// Prev adds the previous clause's unigrams (same section) as prefixed
	// features ("p:<stem>").
	Prev bool
	// Stack adds the lexicon's normalised score of every category as a
	// real-valued feature ("x:<category>"), so the model learns how far to
	// trust each lexicon category (the classifier adds these features).
	Stack bool
}

// Features returns the distinct features of a clause, in text order. stop
// holds the stopword stems of the language.
func Features(cl segment.Clause, stem func(string) string, stop map[string]bool, o Options) []Feature {
	return FeaturesOf(StemWords(cl.Tokens, stem), StemWords(cl.LeadInTokens, stem), StemWords(cl.HeadingTokens, stem), StemWords(cl.PrevTokens, stem), stop, nil, o)
}

// FeaturesOf is Features on the clause's words already split and stemmed
// (StemWords of its tokens, lead-in tokens and heading tokens), for a
// caller that has them at hand.
//
// clusters maps stems to their cluster id (used when o.Clusters).
func FeaturesOf(own, lead, head, prev []Word, stop map[string]bool, clusters map[string]string, o Options) []Feature {
	// The slice and the sets are sized once from the word counts: growing
	// them was a fifth of this function's time in WebAssembly.
	out := make([]Feature, 0, 2*len(own)+len(lead)+len(head)+len(prev))
	// Features are told apart by name. Each kind has its own set, keyed by
	// the stems after the name's prefix, so that a repeated feature costs
	// no string; names of different kinds differ by their prefix. (Stems
	// hold letters and digits only, see Words, so the "_" of a bigram's
	// name cannot make two bigrams one.)
	unigrams := make(map[string]bool, len(own))   // own unigrams, by stem
	bigrams := make(map[[2]string]bool, len(own)) // own bigrams, by stems
	context := [3]map[string]bool{                // lead-in, heading and previous clause words, by stem
		make(map[string]bool, len(lead)), make(map[string]bool, len(head)), make(map[string]bool, len(prev))}
	ws := own
	if o.DropStop {
		kept := ws[:0:0]
		for _, w := range ws {
			if !stop[w.Stem] {
				kept = append(kept, w)
			}
		}
		ws = kept
	}
	for i, w := range ws {
		if !unigrams[w.Stem] {
			unigrams[w.Stem] = true
			out = append(out, Feature{Name: "u:" + w.Stem, Value: 1, Src: Own, First: w.Tok, Last: w.Tok})
		}
		if o.Bigrams && i+1 < len(ws) {
			if k := [2]string{w.Stem, ws[i+1].Stem}; !bigrams[k] {
				bigrams[k] = true
				out = append(out, Feature{Name: "b:" + w.Stem + "_" + ws[i+1].Stem, Value: 1, Src: Own, First: w.Tok, Last: ws[i+1].Tok})
			}
		}
	}
	if o.Clusters && clusters != nil {
		seen := make(map[string]bool, len(own)+len(lead))
		add := func(prefix string, src int, words []Word) {
			for _, w := range words {
				c, ok := clusters[w.Stem]
				if !ok || stop[w.Stem] || seen[prefix+c] {
					continue
				}
				seen[prefix+c] = true
				out = append(out, Feature{Name: prefix + c, Value: 1, Src: src, First: w.Tok, Last: w.Tok})
			}
		}
		add("k:", Own, own)
		if o.Context {
			add("lk:", Lead, lead)
		}
	}
	if !o.Context && !o.Prev {
		return out
	}
	ctx := func(k int, prefix string, src int, words []Word) {
		for _, w := range words {
			if !stop[w.Stem] && !context[k][w.Stem] {
				context[k][w.Stem] = true
				out = append(out, Feature{Name: prefix + w.Stem, Value: 1, Src: src, First: w.Tok, Last: w.Tok})
			}
		}
	}
	if o.Context {
		ctx(0, "l:", Lead, lead)
		ctx(1, "h:", Head, head)
	}
	if o.Prev {
		ctx(2, "p:", Prev, prev)
	}
	return out
}

// Stopwords returns the stopword stems of a language.
func Stopwords(code lang.Code, stem func(string) string) map[string]bool {
	var list string
	switch code {
	case lang.English:
		list = enStop
	case lang.French:
		list = frStop
	}
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[stem(w)] = true
	}
	return m
}

// Function words only: words such as "not", "you", "we" or "may" carry
// category information (rights: "you can"; sharing: "we do not sell") and
// are kept.
const enStop = `a an the of to in on at by for from with and or as is are be been being was were
this that these those it its which who whom whose there their them they than then such
into about over under if also any all each other our ours us i me my`

const frStop = `le la les l un une des du de d à au aux en dans par pour sur avec et ou est sont être été
ce cet cette ces c qui que qu dont y ne se s il elle ils elles leur leurs lui son sa ses
notre nos votre vos nous je j me m tout tous toute toutes`
