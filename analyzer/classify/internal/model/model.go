package model

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Params are the decision settings stored with a model: how features are
// built and how the model's logit and the lexicon's score combine.
type Params struct {
	Options
	// Alpha scales the lexicon's normalised score added to the model logit.
	Alpha float64
	// Threshold is the probability at which a category is labelled.
	Threshold float64
	// Thresholds, when set (one per category, in the model's category
	// order), replace Threshold per category: calibrated by the trainer on
	// held-out predictions.
	Thresholds []float64
	// NeighbourThreshold, when set, is the probability at which a category
	// is labelled after the neighbours layer (see Neighbours): the layer's
	// probabilities are calibrated otherwise than the first pass's.
	NeighbourThreshold float64
}

// ThresholdFor returns the probability at which category ci is labelled.
func (p Params) ThresholdFor(ci int) float64 {
	if ci < len(p.Thresholds) && p.Thresholds[ci] > 0 {
		return p.Thresholds[ci]
	}
	return p.Threshold
}

// Model is a one-vs-rest logistic regression over named features, one
// weight vector and bias per category. It is immutable after Parse or Train.
type Model struct {
	Params
	Cats    []string             // category names, in report.Categories order
	Bias    []float64            // per category
	Weights []map[uint32]float64 // per category: feature Key -> weight
	// Neighbours is the second pass over a document's clauses (nil: none).
	Neighbours *Neighbours
}

// Logit returns category ci's model logit for the given features.
func (m *Model) Logit(ci int, fs []Feature) float64 {
	z := m.Bias[ci]
	w := m.Weights[ci]
	for _, f := range fs {
		z += w[Key(f.Name)] * f.Value
	}
	return z
}

// Weight returns the weight of the feature named name in category ci (0
// when it has none).
func (m *Model) Weight(ci int, name string) float64 { return m.Weights[ci][Key(name)] }

// Sigmoid is the logistic function.
func Sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// Parse reads a model's settings file and its weights file (nil: none,
// see FormatWeights). The settings file has lines of tab-separated fields,
//
//	param <name> <value>        (bigrams, dropstop, context, stack, prev, clusters: 0/1; alpha, threshold, nbthreshold)
//	bias <category> <weight>
//	f <feature> <weight>...     (one weight per category, in cats order; 0 for none; small hand-written models)
//	w <category> <feature> <weight>
//	nb <input> <weight>...      (the neighbours layer: "bias" or an input of NeighbourInputNames, one weight per category)
//
// with '#' comment lines. cats fixes the category order; every category
// must have a bias.
func Parse(name string, data, weights []byte, cats []string) (*Model, error) {
	m := &Model{Cats: cats, Bias: make([]float64, len(cats)), Weights: make([]map[uint32]float64, len(cats))}
	idx := map[string]int{}
	// Weight lines, to size the maps once (the engine parses a model on its
	// first page, in WebAssembly before the browser has optimised the code);
	// ParseWeights sizes them for the weights file.
	perCat := bytes.Count(data, []byte("\nw\t"))/max(len(cats), 1) + bytes.Count(data, []byte("\nf\t")) + 1
	for i, c := range cats {
		idx[c] = i
		m.Weights[i] = make(map[uint32]float64, perCat)
	}
	// at names a line for error messages, only when there is one.
	at := func(line int) string { return name + ":" + strconv.Itoa(line) }
	hasBias := make([]bool, len(cats))
	nbNames := NeighbourInputNames(cats)
	nbIndex := make(map[string]int, len(nbNames))
	for j, n := range nbNames {
		nbIndex[n] = j
	}
	var buf [8]string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := splitTabs(text, &buf)
		num := func(s string) (float64, error) {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return 0, fmt.Errorf("classify: %s: %w", at(line), err)
			}
			return v, nil
		}
		cat := func(s string) (int, error) {
			i, ok := idx[s]
			if !ok {
				return 0, fmt.Errorf("classify: %s: unknown category %q", at(line), s)
			}
			return i, nil
		}
		switch {
		case f[0] == "param" && len(f) == 3:
			v, err := num(f[2])
			if err != nil {
				return nil, err
			}
			switch f[1] {
			case "bigrams":
				m.Bigrams = v != 0
			case "dropstop":
				m.DropStop = v != 0
			case "context":
				m.Context = v != 0
			case "stack":
				m.Stack = v != 0
			case "prev":
				m.Prev = v != 0
			case "clusters":
				m.Clusters = v != 0
			case "alpha":
				m.Alpha = v
			case "threshold":
				m.Threshold = v
			case "nbthreshold":
				m.NeighbourThreshold = v
			default:
				if c, ok := strings.CutPrefix(f[1], "threshold."); ok {
					ci, err := cat(c)
					if err != nil {
						return nil, err
					}
					if v <= 0 || v >= 1 {
						return nil, fmt.Errorf("classify: %s: threshold %v not in (0, 1)", at(line), v)
					}
					if m.Thresholds == nil {
						m.Thresholds = make([]float64, len(cats))
					}
					m.Thresholds[ci] = v
					continue
				}
				return nil, fmt.Errorf("classify: %s: unknown param %q", at(line), f[1])
			}
		case f[0] == "bias" && len(f) == 3:
			ci, err := cat(f[1])
			if err != nil {
				return nil, err
			}
			if m.Bias[ci], err = num(f[2]); err != nil {
				return nil, err
			}
			hasBias[ci] = true
		case f[0] == "f" && len(f) == 2+len(cats):
			for ci := range cats {
				if f[2+ci] == "0" {
					continue
				}
				v, err := num(f[2+ci])
				if err != nil {
					return nil, err
				}
				m.Weights[ci][Key(f[1])] = v
			}
		case f[0] == "nb" && len(f) == 2+len(cats):
			if m.Neighbours == nil {
				m.Neighbours = &Neighbours{W: make([][]float64, len(cats)), B: make([]float64, len(cats))}
				for ci := range cats {
					m.Neighbours.W[ci] = make([]float64, len(nbNames))
				}
			}
			j, isInput := nbIndex[f[1]]
			if !isInput && f[1] != "bias" {
				return nil, fmt.Errorf("classify: %s: unknown neighbours input %q", at(line), f[1])
			}
			for ci := range cats {
				v, err := num(f[2+ci])
				if err != nil {
					return nil, err
				}
				if isInput {
					m.Neighbours.W[ci][j] = v
				} else {
					m.Neighbours.B[ci] = v
				}
			}
		case f[0] == "w" && len(f) == 4:
			ci, err := cat(f[1])
			if err != nil {
				return nil, err
			}
			v, err := num(f[3])
			if err != nil {
				return nil, err
			}
			m.Weights[ci][Key(f[2])] = v
		default:
			return nil, fmt.Errorf("classify: %s: malformed line %q", at(line), text)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("classify: read %s: %w", name, err)
	}
	for i, ok := range hasBias {
		if !ok {
			return nil, fmt.Errorf("classify: %s: no bias for %s", name, cats[i])
		}
	}
	if m.Threshold <= 0 || m.Threshold >= 1 {
		return nil, fmt.Errorf("classify: %s: threshold %v not in (0, 1)", name, m.Threshold)
	}
	if weights != nil {
		if err := m.ParseWeights(name, weights); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// splitTabs is strings.Split(text, "\t"), into buf when the line has no
// more fields than buf holds (a model's lines have eight at most), so that
// parsing a model does not allocate a slice a line.
func splitTabs(text string, buf *[8]string) []string {
	f := buf[:0]
	for len(f) < len(buf) {
		field, rest, ok := strings.Cut(text, "\t")
		f = append(f, field)
		if !ok {
			return f
		}
		text = rest
	}
	return append(f, strings.Split(text, "\t")...)
}

// Format writes m's settings in the format Parse reads: params, the
// neighbours layer and the biases; FormatWeights writes its feature weights.
func (m *Model) Format(header string) []byte {
	var b bytes.Buffer
	for _, l := range strings.Split(strings.TrimSpace(header), "\n") {
		fmt.Fprintf(&b, "# %s\n", l)
	}
	b01 := func(v bool) int {
		if v {
			return 1
		}
		return 0
	}
	fmt.Fprintf(&b, "param\tbigrams\t%d\nparam\tdropstop\t%d\nparam\tcontext\t%d\nparam\tstack\t%d\n", b01(m.Bigrams), b01(m.DropStop), b01(m.Context), b01(m.Stack))
	if m.Prev {
		fmt.Fprintf(&b, "param\tprev\t1\n")
	}
	if m.Clusters {
		fmt.Fprintf(&b, "param\tclusters\t1\n")
	}
	fmt.Fprintf(&b, "param\talpha\t%s\nparam\tthreshold\t%s\n", ftoa(m.Alpha), ftoa(m.Threshold))
	if m.NeighbourThreshold > 0 {
		fmt.Fprintf(&b, "param\tnbthreshold\t%s\n", ftoa(m.NeighbourThreshold))
	}
	for ci, t := range m.Thresholds {
		if t > 0 && ci < len(m.Cats) {
			fmt.Fprintf(&b, "param\tthreshold.%s\t%s\n", m.Cats[ci], ftoa(t))
		}
	}
	if c := m.Neighbours; c != nil {
		line := func(name string, w func(ci int) float64) {
			b.WriteString("nb\t" + name)
			for ci := range m.Cats {
				b.WriteString("\t" + ftoa(w(ci)))
			}
			b.WriteByte('\n')
		}
		line("bias", func(ci int) float64 { return c.B[ci] })
		for j, name := range NeighbourInputNames(m.Cats) {
			line(name, func(ci int) float64 { return c.W[ci][j] })
		}
	}
	for ci, c := range m.Cats {
		fmt.Fprintf(&b, "bias\t%s\t%s\n", c, ftoa(m.Bias[ci]))
	}
	return b.Bytes()
}

// ftoa prints a weight with 4 decimals: enough for the decision, small on disk.
func ftoa(v float64) string {
	s := strconv.FormatFloat(v, 'f', 4, 64)
	if s == "-0.0000" {
		s = "0.0000"
	}
	return s
}
