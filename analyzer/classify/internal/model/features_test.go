package model

import (
	"bufio"
	"encoding/json"
	"os"
	"reflect"
	"testing"

	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/segment"
)

// referenceFeatures is Features as first written, one set of names for
// every kind: TestFeaturesAgree holds the faster one to it.
func referenceFeatures(cl segment.Clause, stem func(string) string, stop map[string]bool, o Options) []Feature {
	var out []Feature
	seen := map[string]bool{}
	add := func(f Feature) {
		if !seen[f.Name] {
			seen[f.Name] = true
			out = append(out, f)
		}
	}
	ws := StemWords(cl.Tokens, stem)
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
		add(Feature{Name: "u:" + w.Stem, Value: 1, Src: Own, First: w.Tok, Last: w.Tok})
		if o.Bigrams && i+1 < len(ws) {
			add(Feature{Name: "b:" + w.Stem + "_" + ws[i+1].Stem, Value: 1, Src: Own, First: w.Tok, Last: ws[i+1].Tok})
		}
	}
	if !o.Context {
		return out
	}
	ctx := func(prefix string, src int, toks []segment.Token) {
		for _, w := range StemWords(toks, stem) {
			if !stop[w.Stem] {
				add(Feature{Name: prefix + w.Stem, Value: 1, Src: src, First: w.Tok, Last: w.Tok})
			}
		}
	}
	if len(cl.LeadInTokens) > 0 {
		ctx("l:", Lead, cl.LeadInTokens)
	}
	ctx("h:", Head, cl.HeadingTokens)
	return out
}

// TestFeaturesAgree compares Features with referenceFeatures on the test
// clauses of both languages (each with the previous clauses as lead-in and
// heading, which repeat words), under every combination of options.
func TestFeaturesAgree(t *testing.T) {
	for _, code := range []lang.Code{lang.English, lang.French} {
		stem, err := Stemmer(code)
		if err != nil {
			t.Fatal(err)
		}
		stop := Stopwords(code, stem)
		f, err := os.Open("../../testdata/clauses_" + string(code) + ".jsonl")
		if err != nil {
			t.Fatal(err)
		}
		var texts []string
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var e struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &e) == nil && e.Text != "" {
				texts = append(texts, e.Text)
			}
		}
		f.Close()
		if len(texts) < 10 {
			t.Fatalf("%s: %d test clauses", code, len(texts))
		}
		for i, text := range texts {
			cl := segment.Clause{Text: text, Tokens: toks(text + " " + text)} // repeated words and bigrams
			if i > 0 {
				cl.HeadingTokens = toks(texts[i-1] + " " + texts[i-1])
			}
			if i > 1 && i%2 == 0 {
				cl.LeadInTokens = toks(texts[i-2])
			}
			for _, o := range []Options{{}, {Bigrams: true}, {Bigrams: true, DropStop: true}, {Bigrams: true, Context: true}, {Bigrams: true, DropStop: true, Context: true}} {
				got, want := Features(cl, stem, stop, o), referenceFeatures(cl, stem, stop, o)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%s %q %+v:\ngot  %v\nwant %v", code, text, o, got, want)
				}
			}
		}
	}
}
