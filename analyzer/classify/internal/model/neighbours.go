package model

import (
	"math"
)

// Neighbours is the classifier's second pass: a small logistic regression per
// category that revises a clause's probability in the light of its
// neighbours' first-pass probabilities. Real policies are labelled section
// by section: a sentence under "How we share" that only says "This includes
// our payment processor." is sharing because its neighbours are. The inputs
// of a clause (see NeighbourInputs) are, per category, its own first-pass
// logit, the first-pass probability of the clause before it and of the
// clause after it in the same section, the mean probability of the
// section's other clauses, and three indicators of which neighbours exist.
//
// A context layer never gives a clause a label its own words cannot explain:
// the classifier keeps its evidence rules (see classify.Classifier).
type Neighbours struct {
	// W holds, per category, one weight per input (NeighbourInputs order).
	W [][]float64
	// B holds the bias of every category.
	B []float64
}

// Input groups of a context layer, in order; each group but the last holds
// one input per category.
const (
	ctxOwn  = iota // the clause's own first-pass logit
	ctxPrev        // the previous clause's first-pass probability
	ctxNext        // the next clause's first-pass probability
	ctxSec         // the mean probability of the section's other clauses
	ctxHas         // three indicators: has a previous, a next, other clauses
)

// NeighbourInputNames returns the names of the inputs of a context layer over
// cats, in order, as the model file writes them.
func NeighbourInputNames(cats []string) []string {
	var out []string
	for _, g := range []string{"own", "prev", "next", "sec"} {
		for _, c := range cats {
			out = append(out, g+"."+c)
		}
	}
	return append(out, "has.prev", "has.next", "has.sec")
}

// maxLogit bounds a first-pass logit as a context input, so that one very
// sure clause does not dominate the layer's fit.
const maxLogit = 8

// Sections returns, for the clauses of one document given by their
// headings in order, the previous and next clause of each in the same
// section (-1 for none) and the section each belongs to (the index of its
// first clause). A section is a run of consecutive clauses under the same
// heading.
func Sections(headings []string) (prev, next, sec []int) {
	n := len(headings)
	prev, next, sec = make([]int, n), make([]int, n), make([]int, n)
	for i := range n {
		prev[i], next[i], sec[i] = -1, -1, i
		if i > 0 && headings[i-1] == headings[i] {
			prev[i], next[i-1], sec[i] = i-1, i, sec[i-1]
		}
	}
	return prev, next, sec
}

// NeighbourInputs returns the neighbours-layer inputs of every clause of
// one document from the first-pass logits z (per clause, per category) and
// the clauses' headings, in document order (sections as Sections finds
// them).
func NeighbourInputs(z [][]float64, headings []string) [][]float64 {
	prev, next, sec := Sections(headings)
	n := len(z)
	if n == 0 {
		return nil
	}
	k := len(z[0])
	p := make([][]float64, n)
	sum := map[int][]float64{}
	count := map[int]int{}
	for i := range z {
		p[i] = make([]float64, k)
		s := sum[sec[i]]
		if s == nil {
			s = make([]float64, k)
			sum[sec[i]] = s
		}
		for c := range k {
			p[i][c] = Sigmoid(z[i][c])
			s[c] += p[i][c]
		}
		count[sec[i]]++
	}
	out := make([][]float64, n)
	for i := range z {
		in := make([]float64, 4*k+3)
		for c := range k {
			in[ctxOwn*k+c] = math.Max(-maxLogit, math.Min(maxLogit, z[i][c]))
			if j := prev[i]; j >= 0 {
				in[ctxPrev*k+c] = p[j][c]
			}
			if j := next[i]; j >= 0 {
				in[ctxNext*k+c] = p[j][c]
			}
			if m := count[sec[i]] - 1; m > 0 {
				in[ctxSec*k+c] = (sum[sec[i]][c] - p[i][c]) / float64(m)
			}
		}
		if prev[i] >= 0 {
			in[ctxHas*k] = 1
		}
		if next[i] >= 0 {
			in[ctxHas*k+1] = 1
		}
		if count[sec[i]] > 1 {
			in[ctxHas*k+2] = 1
		}
		out[i] = in
	}
	return out
}

// Alone reports whether the inputs in (of NeighbourInputs) are those of a
// clause alone in its section: the layer does not apply to it.
func Alone(in []float64) bool {
	return in[len(in)-1] == 0
}

// Logit returns category ci's second-pass logit for the inputs in.
func (c *Neighbours) Logit(ci int, in []float64) float64 {
	z := c.B[ci]
	for j, w := range c.W[ci] {
		z += w * in[j]
	}
	return z
}

// TrainNeighbours fits a context layer: per category, an L2-regularised
// logistic regression of y on the inputs, by Newton's method (a fixed
// number of steps from zero, so the result is deterministic). The weights
// are rounded as the model file keeps them.
func TrainNeighbours(inputs [][]float64, y [][]bool, ncat int, lambda float64) *Neighbours {
	ctx := &Neighbours{W: make([][]float64, ncat), B: make([]float64, ncat)}
	if len(inputs) == 0 {
		for ci := range ncat {
			ctx.W[ci] = make([]float64, 0)
		}
		return ctx
	}
	d := len(inputs[0]) + 1 // inputs and the bias, last
	for ci := range ncat {
		w := make([]float64, d)
		for range 30 {
			g := make([]float64, d)
			h := make([][]float64, d)
			for a := range h {
				h[a] = make([]float64, d)
			}
			for i, in := range inputs {
				z := w[d-1]
				for j, v := range in {
					z += w[j] * v
				}
				p := Sigmoid(z)
				t := 0.0
				if y[i][ci] {
					t = 1
				}
				r, s := p-t, p*(1-p)
				for a := range d {
					va := 1.0
					if a < d-1 {
						va = in[a]
					}
					if va == 0 {
						continue
					}
					g[a] += r * va
					for b := a; b < d; b++ {
						vb := 1.0
						if b < d-1 {
							vb = in[b]
						}
						h[a][b] += s * va * vb
					}
				}
			}
			n := float64(len(inputs))
			for a := range d {
				g[a] /= n
				for b := a; b < d; b++ {
					h[a][b] /= n
					h[b][a] = h[a][b]
				}
				if a < d-1 { // the bias is not regularised
					g[a] += lambda * w[a]
					h[a][a] += lambda
				}
				h[a][a] += 1e-9
			}
			step := solve(h, g)
			for a := range d {
				w[a] -= step[a]
			}
		}
		ctx.W[ci] = make([]float64, d-1)
		for j := range d - 1 {
			ctx.W[ci][j] = roundNb(w[j])
		}
		ctx.B[ci] = roundNb(w[d-1])
	}
	return ctx
}

// roundNb keeps a context weight to 4 decimals, as the model file does.
func roundNb(v float64) float64 { return math.Round(v*1e4) / 1e4 }

// solve returns x with a·x = b (Gaussian elimination with partial
// pivoting; a and b are overwritten).
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	for col := range n {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[piv][col]) {
				piv = r
			}
		}
		a[col], a[piv] = a[piv], a[col]
		b[col], b[piv] = b[piv], b[col]
		if a[col][col] == 0 {
			continue
		}
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			if f == 0 {
				continue
			}
			for c := col; c < n; c++ {
				a[r][c] -= f * a[col][c]
			}
			b[r] -= f * b[col]
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := b[r]
		for c := r + 1; c < n; c++ {
			s -= a[r][c] * x[c]
		}
		if a[r][r] != 0 {
			x[r] = s / a[r][r]
		}
	}
	return x
}
