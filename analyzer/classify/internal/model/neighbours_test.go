package model

import (
	"math"
	"reflect"
	"testing"
)

func TestSections(t *testing.T) {
	tests := []struct {
		name                string
		headings            []string
		prev, next, section []int
	}{
		{"empty", nil, []int{}, []int{}, []int{}},
		{"one clause", []string{"A"}, []int{-1}, []int{-1}, []int{0}},
		{"two sections", []string{"A", "A", "B", "B", "B"},
			[]int{-1, 0, -1, 2, 3}, []int{1, -1, 3, 4, -1}, []int{0, 0, 2, 2, 2}},
		{"a heading again later is another section", []string{"A", "B", "A"},
			[]int{-1, -1, -1}, []int{-1, -1, -1}, []int{0, 1, 2}},
		{"no headings: one section", []string{"", "", ""},
			[]int{-1, 0, 1}, []int{1, 2, -1}, []int{0, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prev, next, sec := Sections(tt.headings)
			if !reflect.DeepEqual(prev, tt.prev) || !reflect.DeepEqual(next, tt.next) || !reflect.DeepEqual(sec, tt.section) {
				t.Errorf("Sections(%q) = %v %v %v, want %v %v %v", tt.headings, prev, next, sec, tt.prev, tt.next, tt.section)
			}
		})
	}
}

func TestNeighbourInputs(t *testing.T) {
	// Two categories; three clauses in one section, then one alone.
	z := [][]float64{{0, 20}, {math.Log(3), -20}, {-math.Log(3), 0}, {1, 1}}
	in := NeighbourInputs(z, []string{"H", "H", "H", "I"})
	if n := len(NeighbourInputNames(testCats)); len(in[0]) != n {
		t.Fatalf("%d inputs, want %d (the names)", len(in[0]), n)
	}
	// Clause 1: own logits (clamped), prev = clause 0, next = clause 2,
	// section mean of clauses 0 and 2.
	p0, p2 := []float64{0.5, Sigmoid(20)}, []float64{0.25, 0.5}
	want := []float64{math.Log(3), -maxLogit, p0[0], p0[1], p2[0], p2[1], (p0[0] + p2[0]) / 2, (p0[1] + p2[1]) / 2, 1, 1, 1}
	for j := range want {
		if math.Abs(in[1][j]-want[j]) > 1e-12 {
			t.Errorf("clause 1 input %s = %v, want %v", NeighbourInputNames(testCats)[j], in[1][j], want[j])
		}
	}
	if in[0][8] != 0 || in[0][9] != 1 || in[2][9] != 0 {
		t.Errorf("has.prev / has.next of the first and last clauses: %v, %v", in[0][8:], in[2][8:])
	}
	if Alone(in[1]) || !Alone(in[3]) {
		t.Errorf("Alone: clause 1 %v, clause 3 %v; want false, true", Alone(in[1]), Alone(in[3]))
	}
}

// TestTrainNeighbours: the layer learns what the first pass cannot see. The
// label of a clause is category a when the previous clause was a, whatever
// its own logit says.
func TestTrainNeighbours(t *testing.T) {
	var in [][]float64
	var y [][]bool
	for i := range 400 {
		prevA := i%2 == 0
		own := float64(i%7) - 3 // noise
		x := make([]float64, len(NeighbourInputNames(testCats)))
		x[0] = own
		if prevA {
			x[2] = 0.9
		} else {
			x[2] = 0.1
		}
		x[8], x[10] = 1, 1
		in = append(in, x)
		y = append(y, []bool{prevA, false})
	}
	nb := TrainNeighbours(in, y, len(testCats), 1e-3)
	if w := nb.W[0][2]; w < 2 {
		t.Errorf("weight of prev.a for a = %v, want a strong positive weight", w)
	}
	right := 0
	for i, x := range in {
		if (Sigmoid(nb.Logit(0, x)) >= 0.5) == y[i][0] {
			right++
		}
	}
	if right != len(in) {
		t.Errorf("layer right on %d of %d training clauses", right, len(in))
	}
	again := TrainNeighbours(in, y, len(testCats), 1e-3)
	if !reflect.DeepEqual(nb, again) {
		t.Error("TrainNeighbours is not deterministic")
	}
}

// TestFormatParseNeighbours: a model with a neighbours layer and its
// threshold survives the file format.
func TestFormatParseNeighbours(t *testing.T) {
	p := Params{Options: Options{Bigrams: true}, Alpha: 1, Threshold: 0.25, NeighbourThreshold: 0.3}
	m := Train(tinyData(t), testCats, p, TrainOptions{Lambda: 1e-2, Epochs: 5, MinDF: 1, Keep: 5, Seed: 1})
	n := len(NeighbourInputNames(testCats))
	m.Neighbours = &Neighbours{W: [][]float64{make([]float64, n), make([]float64, n)}, B: []float64{-0.5, 0.25}}
	for j := range n {
		m.Neighbours.W[0][j], m.Neighbours.W[1][j] = float64(j)/8, -float64(j)/4
	}
	got, err := Parse("test.tsv", m.Format("neighbours"), m.FormatWeights(), testCats)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, m) {
		t.Errorf("Parse(Format(m)) = %+v, want %+v", got.Neighbours, m.Neighbours)
	}
	if _, err := Parse("bad.tsv", []byte("param\tthreshold\t0.5\nbias\ta\t0\nbias\tb\t0\nnb\tnope.a\t1\t2\n"), nil, testCats); err == nil {
		t.Error("an unknown neighbours input parsed without error")
	}
}
