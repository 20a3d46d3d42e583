package model

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/segment"
)

var testCats = []string{"a", "b"}

// toks splits on spaces, as a stand-in for the segmenter.
func toks(text string) []segment.Token {
	var out []segment.Token
	off := 0
	for _, w := range strings.Fields(text) {
		i := strings.Index(text[off:], w) + off
		out = append(out, segment.Token{Text: w, Lower: strings.ToLower(w), Start: i, End: i + len(w)})
		off = i + len(w)
	}
	return out
}

func tinyData(t *testing.T) []Example {
	t.Helper()
	stem, err := Stemmer(lang.English)
	if err != nil {
		t.Fatal(err)
	}
	stop := Stopwords(lang.English, stem)
	raw := []struct {
		text string
		cats []int
	}{
		{"We collect your email address", []int{0}},
		{"We collect your location", []int{0}},
		{"We share your data with partners", []int{1}},
		{"We share and collect data", []int{0, 1}},
		{"Partners receive your email", []int{1}},
		{"Contact us by post", nil},
		{"We collect usage data and share it", []int{0, 1}},
		{"This policy may change", nil},
	}
	var exs []Example
	for _, r := range raw {
		cl := segment.Clause{Text: r.text, Tokens: toks(r.text)}
		var names []string
		for _, f := range Features(cl, stem, stop, Options{Bigrams: true}) {
			names = append(names, f.Name)
		}
		exs = append(exs, Example{Features: names, Cats: r.cats})
	}
	return exs
}

func TestTrainDeterministic(t *testing.T) {
	exs := tinyData(t)
	p := Params{Options: Options{Bigrams: true}, Alpha: 1, Threshold: 0.5}
	o := TrainOptions{Lambda: 1e-2, Epochs: 30, MinDF: 1, Keep: 0, PosBoost: 1, Seed: 7}
	a := Train(exs, testCats, p, o).FormatWeights()
	b := Train(exs, testCats, p, o).FormatWeights()
	if !bytes.Equal(a, b) {
		t.Fatalf("two runs differ:\n%s\n---\n%s", a, b)
	}
	m := Train(exs, testCats, p, o)
	if m.Weight(0, "u:collect") <= 0 || m.Weight(1, "u:share") <= 0 {
		t.Errorf("weights of the obvious cues: collect %v, share %v; want > 0", m.Weight(0, "u:collect"), m.Weight(1, "u:share"))
	}
	if m.Weight(0, "u:share") >= m.Weight(0, "u:collect") {
		t.Errorf("category a: share %v >= collect %v", m.Weight(0, "u:share"), m.Weight(0, "u:collect"))
	}
}

func TestFormatParseRoundTrip(t *testing.T) {
	p := Params{Options: Options{Bigrams: true, Context: true}, Alpha: 1.5, Threshold: 0.4}
	m := Train(tinyData(t), testCats, p, TrainOptions{Lambda: 1e-2, Epochs: 10, MinDF: 1, Keep: 5, Seed: 1})
	for ci := range testCats {
		if n := len(m.Weights[ci]); n > 5 {
			t.Errorf("category %d keeps %d weights, want <= 5", ci, n)
		}
	}
	got, err := Parse("test.tsv", m.Format("round trip"), m.FormatWeights(), testCats)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, m) {
		t.Errorf("Parse(Format(m)) = %+v, want %+v", got, m)
	}
}

func TestParseErrors(t *testing.T) {
	good := "param\tthreshold\t0.5\nbias\ta\t0\nbias\tb\t0\n"
	tests := []struct {
		name, data, want string
	}{
		{"ok", good, ""},
		{"unknown category", good + "w\tc\tu:x\t1\n", "unknown category"},
		{"bad weight", good + "w\ta\tu:x\tone\n", "invalid syntax"},
		{"missing bias", "param\tthreshold\t0.5\nbias\ta\t0\n", "no bias for b"},
		{"threshold out of range", "param\tthreshold\t1.5\nbias\ta\t0\nbias\tb\t0\n", "threshold"},
		{"unknown param", good + "param\tgamma\t1\n", "unknown param"},
		{"malformed", good + "w\ta\t1\n", "malformed"},
		{"feature line", good + "f\tu:x\t0.5\t0\n", ""},
		{"feature line, bad weight", good + "f\tu:x\t0.5\tone\n", "invalid syntax"},
		{"feature line, a weight short", good + "f\tu:x\t0.5\n", "malformed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("t.tsv", []byte(tt.data), nil, testCats)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("got error %v, want none", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("got error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestParseFeatureLine: an f line gives a feature its weight in each
// category, in the order of cats; a 0 is no weight.
func TestParseFeatureLine(t *testing.T) {
	m, err := Parse("t.tsv", []byte("param\tthreshold\t0.5\nbias\ta\t0\nbias\tb\t0\nf\tu:x\t0.5\t0\nf\tb:x_y\t0\t-1.25\n"), nil, testCats)
	if err != nil {
		t.Fatal(err)
	}
	want := []map[uint32]float64{{Key("u:x"): 0.5}, {Key("b:x_y"): -1.25}}
	if !reflect.DeepEqual(m.Weights, want) {
		t.Errorf("weights %v, want %v", m.Weights, want)
	}
}

func TestFeatures(t *testing.T) {
	stem, _ := Stemmer(lang.English)
	stop := Stopwords(lang.English, stem)
	cl := segment.Clause{Text: "We share third-party data", Tokens: toks("We share third-party data"),
		LeadIn: "Recipients:", LeadInTokens: toks("Recipients:")}
	tests := []struct {
		name string
		o    Options
		want []string
	}{
		{"unigrams", Options{}, []string{"u:we", "u:share", "u:third", "u:parti", "u:data"}},
		{"bigrams", Options{Bigrams: true}, []string{"u:we", "b:we_share", "u:share", "b:share_third", "u:third", "b:third_parti", "u:parti", "b:parti_data", "u:data"}},
		{"context", Options{Context: true}, []string{"u:we", "u:share", "u:third", "u:parti", "u:data", "l:recipi"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range Features(cl, stem, stop, tt.o) {
				got = append(got, f.Name)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	// "third-party" is one token holding two words: both map back to it.
	for _, f := range Features(cl, stem, stop, Options{Bigrams: true}) {
		if f.Name == "b:third_parti" && (f.First != 2 || f.Last != 2) {
			t.Errorf("b:third_parti spans tokens %d..%d, want 2..2", f.First, f.Last)
		}
	}
}

// TestSplitTabs checks splitTabs against strings.Split.
func TestSplitTabs(t *testing.T) {
	for _, s := range []string{"", "a", "a\tb", "w\tcat\tu:word\t0.5", "a\tb\tc\td\te", "a\tb\tc\td\te\tf", "\t\t\t\t\t\t", "x\t"} {
		var buf [8]string
		if got, want := splitTabs(s, &buf), strings.Split(s, "\t"); !slices.Equal(got, want) {
			t.Errorf("splitTabs(%q) = %q, want %q", s, got, want)
		}
	}
}
