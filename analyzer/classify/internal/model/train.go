package model

import (
	"math"
	"math/rand/v2"
	"sort"
	"strings"
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
	// NBSmooth, when positive, scales each binary feature by its naive
	// Bayes log-count ratio for the category (Wang and Manning 2012,
	// "NBSVM"), smoothed by NBSmooth, raised to NBPower: a feature seen
	// mostly with (or without) the category is regularised less. The
	// stored weight is the product, so inference does not change.
	NBSmooth float64
	NBPower  float64 // exponent of |ratio| (0 with NBSmooth set: 1)
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
	m := &Model{Params: p, Cats: cats, Bias: make([]float64, len(cats)), Weights: make([]map[uint32]float64, len(cats))}
	for ci := range cats {
		ys := make([]float64, len(exs))
		for i, e := range exs {
			for _, c := range e.Cats {
				if c == ci {
					ys[i] = 1
				}
			}
		}
		w, b := fit(xs, ys, nbScale(vocab, xs, ys, o), o)
		m.Bias[ci] = math.Round(b*1e4) / 1e4
		m.Weights[ci] = prune(vocab, w, o.Keep)
	}
	return m
}

// nbScale returns each feature's scale for one binary problem: 1 unless
// o.NBSmooth is set, then |log-count ratio|^NBPower for the binary
// features (those whose name has no "x:" prefix: the lexicon scores are
// real-valued and keep 1).
func nbScale(vocab []string, xs [][]feat, ys []float64, o TrainOptions) []float64 {
	sc := make([]float64, len(vocab))
	for j := range sc {
		sc[j] = 1
	}
	if o.NBSmooth <= 0 {
		return sc
	}
	pos, neg := make([]float64, len(vocab)), make([]float64, len(vocab))
	var np, nn float64
	for i, x := range xs {
		for _, f := range x {
			if ys[i] == 1 {
				pos[f.j]++
			} else {
				neg[f.j]++
			}
		}
	}
	for j := range vocab {
		pos[j] += o.NBSmooth
		neg[j] += o.NBSmooth
		np += pos[j]
		nn += neg[j]
	}
	pw := o.NBPower
	if pw == 0 {
		pw = 1
	}
	for j, name := range vocab {
		if strings.HasPrefix(name, "x:") {
			continue
		}
		sc[j] = math.Pow(math.Abs(math.Log((pos[j]/np)/(neg[j]/nn))), pw)
	}
	return sc
}

// fit runs SGD for one binary problem, each feature j's value multiplied
// by sc[j]; it returns the weights of the unscaled features (w[j]*sc[j]).
func fit(xs [][]feat, ys []float64, sc []float64, o TrainOptions) ([]float64, float64) {
	v := make([]float64, len(sc))
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
				z += scale * v[f.j] * f.v * sc[f.j]
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
				v[f.j] -= eta * g * f.v * sc[f.j] / scale
			}
			b -= eta * g
		}
	}
	for j := range v {
		v[j] *= scale * sc[j]
	}
	return v, b
}

// prune keeps the keep strongest weights (all when keep is 0) and drops
// those too small to matter, by feature Key. Two kept features with one
// key (a 32-bit hash: about one pair in 30 models of 17,000 features)
// share the sum of their weights, as inference would read them.
func prune(vocab []string, w []float64, keep int) map[uint32]float64 {
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
	out := make(map[uint32]float64, len(idx))
	for _, j := range idx {
		k := Key(vocab[j])
		if v := RoundWeight(out[k] + RoundWeight(w[j])); v != 0 {
			out[k] = v
		} else {
			delete(out, k)
		}
	}
	return out
}
