// Package compact is PolicyLens's storage format for lingua's n-gram models:
// what lingua v1.4.0 ships as zipped protocol buffers (one map of n-gram to
// probability a language and order, parsed into a Go map on first use), in
// a form that needs neither zip, nor protobuf, nor a map, and is a fraction
// of the size.
//
// Lossless by construction. lingua's probabilities are relative
// frequencies: an n-gram's count divided by the count of its (n-1)-gram
// prefix (unigrams: by the total). Encode finds, for every group of n-grams
// sharing a prefix, the smallest denominator d and numerators a such that
// float64(a)/float64(d) is bit for bit the stored float64, and stores the
// integers (a few bits each instead of 64). A group for which no such d is
// found keeps its float64 values verbatim. Decode divides again, so every
// lookup returns exactly what lingua's own map held; Encode checks it.
//
// Layout of one model (all integers unsigned varints):
//
//	"LCM1" order
//	A  rune_1 .. rune_A            the alphabet, ascending
//	N  key_1 .. key_N              packed keys, delta-coded (first absolute)
//	per group of keys sharing their first order-1 letters, in key order:
//	   d  a_1 .. a_g               d > 0: probability_i = a_i / d
//	   0  float64_1 .. float64_g   d = 0: little-endian IEEE bits
//
// A key (uint64) packs the alphabet indexes of an n-gram's letters in base A, first
// letter most significant, so sorted keys list the n-grams of a prefix
// together.
package compact

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"unicode/utf8"
)

const magic = "LCM1"

// maxDenominatorTries bounds the search for a group's denominator: the
// candidates are k/p for the group's smallest probability p and k = 1..max.
const maxDenominatorTries = 4096

// Model is one decoded n-gram model: sorted packed keys and their
// probabilities.
type Model struct {
	order    int
	alphabet []rune
	// ascii maps a rune below 128 to its alphabet index + 1 (0: absent), so
	// that the common case needs no search.
	ascii [128]uint16
	keys  []uint64
	probs []float64
}

// Order returns the n-gram length of the model's entries.
func (m *Model) Order() int { return m.order }

// Len returns the number of n-grams in the model.
func (m *Model) Len() int { return len(m.keys) }

// index returns r's position in the alphabet.
func (m *Model) index(r rune) (uint64, bool) {
	if r >= 0 && r < 128 {
		i := m.ascii[r]
		return uint64(i) - 1, i != 0
	}
	i, ok := slices.BinarySearch(m.alphabet, r)
	return uint64(i), ok
}

// Probability returns the probability of ngram (order runes long), 0 if the
// model does not hold it: what lingua's map lookup returned.
func (m *Model) Probability(ngram string) float64 {
	if m == nil {
		return 0
	}
	var key uint64
	n := 0
	base := uint64(len(m.alphabet))
	for _, r := range ngram {
		i, ok := m.index(r)
		if !ok {
			return 0
		}
		key = key*base + i
		n++
	}
	if n != m.order {
		return 0
	}
	if i, ok := slices.BinarySearch(m.keys, key); ok {
		return m.probs[i]
	}
	return 0
}

// Each calls f for every n-gram of the model, in key order.
func (m *Model) Each(f func(ngram string, probability float64)) {
	base := uint64(len(m.alphabet))
	buf := make([]rune, m.order)
	for i, k := range m.keys {
		for j := m.order - 1; j >= 0; j-- {
			buf[j] = m.alphabet[k%base]
			k /= base
		}
		f(string(buf), m.probs[i])
	}
}

// Encode returns the compact form of a model of order-rune n-grams.
func Encode(order int, probs map[string]float64) ([]byte, error) {
	if order < 1 {
		return nil, fmt.Errorf("compact: order %d", order)
	}
	set := map[rune]bool{}
	for g := range probs {
		if utf8.RuneCountInString(g) != order || !utf8.ValidString(g) {
			return nil, fmt.Errorf("compact: n-gram %q is not %d letters", g, order)
		}
		for _, r := range g {
			set[r] = true
		}
	}
	alphabet := make([]rune, 0, len(set))
	for r := range set {
		alphabet = append(alphabet, r)
	}
	slices.Sort(alphabet)
	if math.Pow(float64(len(alphabet)), float64(order)) >= 1<<63 {
		return nil, fmt.Errorf("compact: %d letters do not pack %d-grams into 63 bits", len(alphabet), order)
	}
	m := &Model{order: order, alphabet: alphabet}
	m.initASCII()
	type entry struct {
		key uint64
		p   float64
	}
	entries := make([]entry, 0, len(probs))
	for g, p := range probs {
		var key uint64
		for _, r := range g {
			i, _ := m.index(r)
			key = key*uint64(len(alphabet)) + i
		}
		entries = append(entries, entry{key, p})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].key < entries[j].key })

	out := []byte(magic)
	out = binary.AppendUvarint(out, uint64(order))
	out = binary.AppendUvarint(out, uint64(len(alphabet)))
	for _, r := range alphabet {
		out = binary.AppendUvarint(out, uint64(r))
	}
	out = binary.AppendUvarint(out, uint64(len(entries)))
	prev := uint64(0)
	for _, e := range entries {
		out = binary.AppendUvarint(out, e.key-prev)
		prev = e.key
	}
	div := m.prefixDivisor()
	for start := 0; start < len(entries); {
		end := start + 1
		for end < len(entries) && entries[end].key/div == entries[start].key/div {
			end++
		}
		group := make([]float64, end-start)
		for i := range group {
			group[i] = entries[start+i].p
		}
		if d, nums, ok := rational(group); ok {
			out = binary.AppendUvarint(out, d)
			for _, a := range nums {
				out = binary.AppendUvarint(out, a)
			}
		} else {
			out = binary.AppendUvarint(out, 0)
			for _, p := range group {
				out = binary.LittleEndian.AppendUint64(out, math.Float64bits(p))
			}
		}
		start = end
	}

	// The format's promise: every probability comes back bit for bit.
	back, err := Decode(out)
	if err != nil {
		return nil, fmt.Errorf("compact: decoding what was encoded: %w", err)
	}
	if back.Len() != len(probs) {
		return nil, fmt.Errorf("compact: %d n-grams encoded, %d decoded", len(probs), back.Len())
	}
	for g, p := range probs {
		if q := back.Probability(g); math.Float64bits(q) != math.Float64bits(p) {
			return nil, fmt.Errorf("compact: %q: probability %v encoded, %v decoded", g, p, q)
		}
	}
	return out, nil
}

// prefixDivisor is what a key is divided by to get its prefix's packed key
// (unigrams: one group, the empty prefix).
func (m *Model) prefixDivisor() uint64 {
	if m.order == 1 {
		return math.MaxUint64
	}
	return uint64(len(m.alphabet))
}

// rational finds the smallest denominator d and numerators such that
// float64(a_i)/float64(d) == ps[i] exactly.
func rational(ps []float64) (d uint64, nums []uint64, ok bool) {
	pmin := math.Inf(1)
	for _, p := range ps {
		if !(p > 0 && p <= 1) {
			return 0, nil, false
		}
		pmin = min(pmin, p)
	}
	nums = make([]uint64, len(ps))
	for k := 1; k <= maxDenominatorTries; k++ {
		d = uint64(math.Round(float64(k) / pmin))
		if d == 0 || d > 1<<40 {
			continue
		}
		good := true
		for i, p := range ps {
			a := uint64(math.Round(p * float64(d)))
			if a == 0 || float64(a)/float64(d) != p {
				good = false
				break
			}
			nums[i] = a
		}
		if good {
			return d, nums, true
		}
	}
	return 0, nil, false
}

// Decode reads a model written by Encode.
func Decode(b []byte) (*Model, error) {
	r := reader{b: b}
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errors.New("compact: not a compact model")
	}
	r.i = len(magic)
	m := &Model{order: int(r.uvarint())}
	a := r.uvarint()
	if r.err != nil || m.order < 1 || a > 1<<16 {
		return nil, errors.New("compact: bad header")
	}
	m.alphabet = make([]rune, a)
	for i := range m.alphabet {
		m.alphabet[i] = rune(r.uvarint())
	}
	m.initASCII()
	n := r.uvarint()
	if r.err != nil || n > uint64(len(b)) {
		return nil, errors.New("compact: bad entry count")
	}
	m.keys = make([]uint64, n)
	k := uint64(0)
	for i := range m.keys {
		k += r.uvarint()
		m.keys[i] = k
	}
	m.probs = make([]float64, n)
	div := m.prefixDivisor()
	for start := 0; start < len(m.keys) && r.err == nil; {
		end := start + 1
		for end < len(m.keys) && m.keys[end]/div == m.keys[start]/div {
			end++
		}
		if d := r.uvarint(); d > 0 {
			for i := start; i < end; i++ {
				m.probs[i] = float64(r.uvarint()) / float64(d)
			}
		} else {
			for i := start; i < end; i++ {
				m.probs[i] = math.Float64frombits(r.uint64())
			}
		}
		start = end
	}
	if r.err != nil {
		return nil, r.err
	}
	if r.i != len(b) {
		return nil, fmt.Errorf("compact: %d trailing bytes", len(b)-r.i)
	}
	return m, nil
}

func (m *Model) initASCII() {
	for i, r := range m.alphabet {
		if r >= 0 && r < 128 {
			m.ascii[r] = uint16(i + 1)
		}
	}
}

// reader reads varints, remembering the first error.
type reader struct {
	b   []byte
	i   int
	err error
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.i:])
	if n <= 0 {
		r.err = errors.New("compact: truncated")
		return 0
	}
	r.i += n
	return v
}

func (r *reader) uint64() uint64 {
	if r.err != nil {
		return 0
	}
	if len(r.b)-r.i < 8 {
		r.err = errors.New("compact: truncated")
		return 0
	}
	v := binary.LittleEndian.Uint64(r.b[r.i:])
	r.i += 8
	return v
}
