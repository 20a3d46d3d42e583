package model

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

// TestKey: the key is FNV-1a (32 bits) folded to 28, as its doc says,
// from the values of the reference implementation.
func TestKey(t *testing.T) {
	tests := []struct {
		name string
		fnv  uint32
	}{
		{"", 0x811c9dc5},
		{"a", 0xe40c292c},
		{"foobar", 0xbf9cf968},
	}
	for _, tt := range tests {
		want := tt.fnv>>28 ^ tt.fnv&0x0fffffff
		if got := Key(tt.name); got != want || got >= 1<<KeyBits {
			t.Errorf("Key(%q) = %#x, want %#x", tt.name, got, want)
		}
	}
}

func TestRoundWeight(t *testing.T) {
	tests := []struct{ in, want float64 }{
		{0, 0}, {0.04, 0}, {0.05, 0.1}, {0.149, 0.1}, {-0.26, -0.3}, {2.35, 2.4}, {-12.71, -12.7},
	}
	for _, tt := range tests {
		if got := RoundWeight(tt.in); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("RoundWeight(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestWeightsRoundTrip: weights written and read again are the same map,
// bit for bit (a parsed model decides as the trained one).
func TestWeightsRoundTrip(t *testing.T) {
	m := &Model{Cats: testCats, Weights: []map[uint32]float64{
		{Key("u:collect"): RoundWeight(1.23), Key("b:we_collect"): RoundWeight(0.5), 0: RoundWeight(-0.2)},
		{Key("u:share"): RoundWeight(2.6), Key("u:collect"): RoundWeight(-40.07), 1<<KeyBits - 1: RoundWeight(0.1)},
	}}
	got := &Model{Cats: testCats, Weights: make([]map[uint32]float64, len(testCats))}
	if err := got.ParseWeights("w", m.FormatWeights()); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Weights, m.Weights) {
		t.Errorf("ParseWeights(FormatWeights) = %v, want %v", got.Weights, m.Weights)
	}
}

// TestParseWeightsErrors: a damaged or foreign weights file is an error
// naming what is wrong, never a panic.
func TestParseWeightsErrors(t *testing.T) {
	m := &Model{Cats: testCats, Weights: []map[uint32]float64{{Key("u:x"): 0.5, Key("u:y"): -1}, {Key("u:y"): 2}}}
	good := m.FormatWeights()
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not a PolicyLens weights file"},
		{"foreign", []byte("f\tu:x\t0.5\t0\n"), "not a PolicyLens weights file"},
		{"other categories", append([]byte("PLW1\x03"), good[5:]...), "categories"},
		{"other step", append(append([]byte(nil), good[:5]...), append([]byte{50}, good[6:]...)...), "step"},
		{"truncated", good[:len(good)-1], "weights"},
		{"trailing bytes", append(append([]byte(nil), good...), 0), "after the weights"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := &Model{Cats: testCats, Weights: make([]map[uint32]float64, len(testCats))}
			err := got.ParseWeights("w", tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestNBScale: with NBSmooth set, a feature seen only with the category
// is scaled up against one seen as often without it; lexicon scores keep 1.
func TestNBScale(t *testing.T) {
	vocab := []string{"u:collect", "u:the", "x:collection"}
	xs := [][]feat{{{0, 1}, {1, 1}, {2, 0.5}}, {{0, 1}, {1, 1}, {2, 0.3}}, {{1, 1}, {2, -1}}, {{1, 1}, {2, -0.5}}}
	ys := []float64{1, 1, 0, 0}
	off := nbScale(vocab, xs, ys, TrainOptions{})
	if !reflect.DeepEqual(off, []float64{1, 1, 1}) {
		t.Errorf("scale without NBSmooth = %v, want all 1", off)
	}
	sc := nbScale(vocab, xs, ys, TrainOptions{NBSmooth: 1})
	if !(sc[0] > sc[1]) || sc[2] != 1 {
		t.Errorf("scale = %v, want collect > the, and 1 for the lexicon score", sc)
	}
}
