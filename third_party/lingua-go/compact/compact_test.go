package compact

import (
	"math"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	tests := []struct {
		name  string
		order int
		probs map[string]float64
	}{
		{"unigrams", 1, map[string]float64{"a": 0.5, "b": 0.25, "é": 0.125, "z": 0.125}},
		{"bigrams", 2, map[string]float64{"ab": 1.0 / 3, "ac": 2.0 / 3, "ba": 1, "éa": 0.1}},
		{"trigrams, irrational values kept verbatim", 3, map[string]float64{"abc": math.Pi / 4, "abd": math.E / 3, "xyz": 1}},
		{"empty", 3, map[string]float64{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Encode(tt.order, tt.probs)
			if err != nil {
				t.Fatal(err)
			}
			m, err := Decode(b)
			if err != nil {
				t.Fatal(err)
			}
			if m.Len() != len(tt.probs) || m.Order() != tt.order {
				t.Fatalf("Len() = %d, Order() = %d, want %d, %d", m.Len(), m.Order(), len(tt.probs), tt.order)
			}
			for g, p := range tt.probs {
				if got := m.Probability(g); math.Float64bits(got) != math.Float64bits(p) {
					t.Errorf("Probability(%q) = %v, want %v", g, got, p)
				}
			}
			n := 0
			m.Each(func(g string, p float64) {
				n++
				if tt.probs[g] != p {
					t.Errorf("Each: %q %v, want %v", g, p, tt.probs[g])
				}
			})
			if n != len(tt.probs) {
				t.Errorf("Each visited %d n-grams, want %d", n, len(tt.probs))
			}
			for _, g := range []string{"", "q", "qq", "qqq", "abcd", "aé"} {
				if _, ok := tt.probs[g]; !ok && m.Probability(g) != 0 {
					t.Errorf("Probability(%q) = %v, want 0", g, m.Probability(g))
				}
			}
		})
	}
}

func TestNilModel(t *testing.T) {
	var m *Model
	if got := m.Probability("abc"); got != 0 {
		t.Errorf("nil model: Probability = %v, want 0", got)
	}
}

func TestEncodeRejects(t *testing.T) {
	for _, probs := range []map[string]float64{{"ab": 0.5}, {"a\xff": 0.5}} {
		if _, err := Encode(1, probs); err == nil {
			t.Errorf("Encode(1, %v) = nil error", probs)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	good, err := Encode(2, map[string]float64{"ab": 0.5, "ac": 0.5})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range [][]byte{nil, []byte("LCM0"), good[:len(good)-1], append(append([]byte{}, good...), 0)} {
		if _, err := Decode(b); err == nil {
			t.Errorf("Decode(%x) = nil error", b)
		}
	}
}
