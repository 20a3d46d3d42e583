package model

import (
	"math"
	"math/rand/v2"
	"sort"
)

// Example is one training clause: its feature names and its gold
// categories (indexes into the model's categories).
type Example struct {
	Features []string
	Values   []float64 // parallel to Features; nil means all 1
	Cats     []int
}

// feat is one feature of an example during training.
type feat struct {
	j int
	v float64
}

// TrainOptions are the trainer's hyperparameters.
type TrainOptions struct {
	Lambda   float64 // L2 strength on the weights (not the bias)
	Epochs   int     // passes of SGD over the data
	MinDF    int     // features seen in fewer examples are dropped
	Keep     int     // strongest weights kept per category (0: all)
	PosBoost float64 // weight of positive examples (1: none)
	Seed     uint64  // seed of the per-epoch shuffle
}

// Train fits one L2-regularised logistic regression per category with SGD
// (learning rate 1/(lambda*(t+t0)), weights kept as scale*vector so the L2
// shrink is O(1) per step). The vocabulary is sorted and the shuffle is
// seeded, so the same data and options give the same weights.
func Train(exs []Example, cats []string, p Params, o TrainOptions) *Model {
	df := map[string]int{}
	for _, e := range exs {
		for _, f := range e.Features {
			df[f]++
		}
	}
	vocab := make([]string, 0, len(df))
	for f, n := range df {
		if n >= max(o.MinDF, 1) {
			vocab = append(vocab, f)
		}
	}
	sort.Strings(vocab)
	id := make(map[string]int, len(vocab))
	for i, f := range vocab {
		id[f] = i
	}
	xs := make([][]feat, len(exs))
	for i, e := range exs {
		for k, f := range e.Features {
			v := 1.0
			if e.Values != nil {
				v = e.Values[k]
			}
			if j, ok := id[f]; ok && v != 0 {
				xs[i] = append(xs[i], feat{j, v})
			}
		}
		sort.Slice(xs[i], func(a, b int) bool { return xs[i][a].j < xs[i][b].j })
	}
	m := &Model{Params: p, Cats: cats, Bias: make([]float64, len(cats)), Weights: make([]map[string]float64, len(cats))}
	for ci := range cats {
		ys := make([]float64, len(exs))
		for i, e := range exs {
			for _, c := range e.Cats {
				if c == ci {
					ys[i] = 1
				}
			}
		}
		w, b := fit(xs, ys, len(vocab), o)
		m.Bias[ci] = math.Round(b*1e4) / 1e4
		m.Weights[ci] = prune(vocab, w, o.Keep)
	}
	return m
}

// fit runs SGD for one binary problem.
func fit(xs [][]feat, ys []float64, dim int, o TrainOptions) ([]float64, float64) {
	v := make([]float64, dim)
	scale, b := 1.0, 0.0
	lambda := o.Lambda
	// t0 makes the first rate 0.5: large enough to move, small enough
	// not to blow up on binary features.
	t0 := 1 / (lambda * 0.5)
	order := make([]int, len(xs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x5eed))
	boost := o.PosBoost
	if boost <= 0 {
		boost = 1
	}
	t := 0.0
	for ep := 0; ep < o.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			eta := 1 / (lambda * (t + t0))
			t++
			z := b
			for _, f := range xs[i] {
				z += scale * v[f.j] * f.v
			}
			g := Sigmoid(z) - ys[i]
			if ys[i] == 1 {
				g *= boost
			}
			scale *= 1 - eta*lambda
			if scale < 1e-9 {
				for j := range v {
					v[j] *= scale
				}
				scale = 1
			}
			for _, f := range xs[i] {
				v[f.j] -= eta * g * f.v / scale
			}
			b -= eta * g
		}
	}
	for j := range v {
		v[j] *= scale
	}
	return v, b
}

// prune keeps the keep strongest weights (all when keep is 0) and drops
// those too small to matter.
func prune(vocab []string, w []float64, keep int) map[string]float64 {
	idx := make([]int, 0, len(w))
	for j, x := range w {
		if RoundWeight(x) != 0 {
			idx = append(idx, j)
		}
	}
	sort.Slice(idx, func(a, b int) bool {
		x, y := math.Abs(w[idx[a]]), math.Abs(w[idx[b]])
		if x != y {
			return x > y
		}
		return vocab[idx[a]] < vocab[idx[b]]
	})
	if keep > 0 && len(idx) > keep {
		idx = idx[:keep]
	}
	out := make(map[string]float64, len(idx))
	for _, j := range idx {
		// Round as the file does, so a model in memory decides like the
		// same model written and parsed again.
		out[vocab[j]] = RoundWeight(w[j])
	}
	return out
}

// RoundWeight rounds a feature weight to the precision the model file keeps
// (two decimals: a logit sums a few dozen weights, so the rounding moves it
// by far less than the gap between a label and none, and the file stays
// small in the wasm).
func RoundWeight(x float64) float64 { return math.Round(x*100) / 100 }
