package model

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
)

// KeyBits is the size of a feature Key in bits.
const KeyBits = 28

// Key is the key a feature's weight is stored under: the FNV-1a hash of its
// name (32 bits), folded to KeyBits. Storing keys rather than names keeps
// the weights file small (a name costs about 3.5 bytes gzip-compressed, a
// sorted 28-bit key's gap about 2); a feature that the model has no weight
// for falls on one of its 17,000 keys of a language once in 16,000 lookups,
// about once in three documents, and then adds that key's small weight:
// the hashing trick's noise, far under the model's own.
func Key(name string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(name); i++ {
		h ^= uint32(name[i])
		h *= 16777619
	}
	return h>>KeyBits ^ h&(1<<KeyBits-1)
}

// WeightStep is the precision of a stored feature weight: weights are kept
// as whole multiples of it (see RoundWeight). A logit sums a few dozen
// weights; rounding them to 0.1 moved the cross-validation macro-F1 by
// less than 0.002 (round 27) and makes the file a fifth smaller.
const WeightStep = 0.1

// stepMilli is WeightStep in thousandths, as the weights file stores it.
const stepMilli = 100

// RoundWeight rounds a feature weight to a multiple of WeightStep, as the
// weights file keeps it, so that a model in memory decides like the same
// model written and parsed again.
func RoundWeight(x float64) float64 { return float64(int64(math.Round(x/WeightStep))) * WeightStep }

// weightsMagic starts a weights file (version 1).
var weightsMagic = []byte("PLW1")

// FormatWeights writes m's feature weights in the binary form ParseWeights
// reads:
//
//	"PLW1"
//	uvarint categories, uvarint step (thousandths), uvarint keys
//	4 x keys x byte     the sorted keys, each as its gap from the one before
//	                    (big-endian), the gaps' high bytes first, then the
//	                    next bytes, and so on, each byte complemented (^b)
//	keys x byte         which categories the key has a weight in (bit ci)
//	weights x varint    those weights in key then category order, in steps
//
// Columns rather than records, so that gzip finds the repeats of each. The
// gaps' high bytes are mostly zeros; they are complemented because Go's
// WebAssembly linker splits the data segment at every run of zero bytes,
// and the headers of those hundreds of segments compress worse than the
// runs (0.35 KB of the engine's gzip size).
func (m *Model) FormatWeights() []byte {
	all := map[uint32]bool{}
	for _, w := range m.Weights {
		for k, v := range w {
			if v != 0 {
				all[k] = true
			}
		}
	}
	keys := slices.Sorted(maps.Keys(all))
	var b bytes.Buffer
	b.Write(weightsMagic)
	b.Write(binary.AppendUvarint(nil, uint64(len(m.Cats))))
	b.Write(binary.AppendUvarint(nil, stepMilli))
	b.Write(binary.AppendUvarint(nil, uint64(len(keys))))
	for shift := 24; shift >= 0; shift -= 8 {
		prev := uint32(0)
		for _, k := range keys {
			b.WriteByte(^byte((k - prev) >> shift))
			prev = k
		}
	}
	for _, k := range keys {
		var mask byte
		for ci, w := range m.Weights {
			if w[k] != 0 {
				mask |= 1 << ci
			}
		}
		b.WriteByte(mask)
	}
	for _, k := range keys {
		for _, w := range m.Weights {
			if v := w[k]; v != 0 {
				b.Write(binary.AppendVarint(nil, int64(math.Round(v/WeightStep))))
			}
		}
	}
	return b.Bytes()
}

// ParseWeights reads a weights file written by FormatWeights into m, whose
// categories must match the file's.
func (m *Model) ParseWeights(name string, data []byte) error {
	r := bytes.NewReader(data)
	bad := func(what string, err error) error {
		if err == nil {
			err = errors.New("malformed")
		}
		return fmt.Errorf("classify: %s: %s: %w", name, what, err)
	}
	magic := make([]byte, len(weightsMagic))
	if _, err := r.Read(magic); err != nil || !bytes.Equal(magic, weightsMagic) {
		return bad("header", errors.New("not a PolicyLens weights file"))
	}
	ncats, err := binary.ReadUvarint(r)
	if err != nil || ncats != uint64(len(m.Cats)) || ncats > 8 {
		return bad("categories", fmt.Errorf("file has %d, model %d", ncats, len(m.Cats)))
	}
	step, err := binary.ReadUvarint(r)
	if err != nil || step != stepMilli {
		return bad("step", fmt.Errorf("%d thousandths, want %d", step, stepMilli))
	}
	n, err := binary.ReadUvarint(r)
	if err != nil || n > uint64(len(data)) {
		return bad("count", err)
	}
	planes := make([]byte, 4*n)
	if _, err := io.ReadFull(r, planes); err != nil {
		return bad("keys", err)
	}
	for i := range planes {
		planes[i] = ^planes[i]
	}
	keys := make([]uint32, n)
	prev := uint64(0)
	for i := range keys {
		gap := uint64(planes[i])<<24 | uint64(planes[int(n)+i])<<16 | uint64(planes[2*int(n)+i])<<8 | uint64(planes[3*int(n)+i])
		if prev += gap; prev >= 1<<KeyBits {
			return bad("keys", fmt.Errorf("key %#x over %d bits", prev, KeyBits))
		}
		keys[i] = uint32(prev)
	}
	masks := make([]byte, n)
	if _, err := io.ReadFull(r, masks); err != nil {
		return bad("categories of the keys", err)
	}
	// Size each category's map once, to what it will hold (the engine
	// parses a model on its first page, in WebAssembly).
	for ci := range m.Cats {
		count := 0
		for _, mask := range masks {
			count += int(mask>>ci) & 1
		}
		grown := make(map[uint32]float64, len(m.Weights[ci])+count)
		maps.Copy(grown, m.Weights[ci])
		m.Weights[ci] = grown
	}
	for i, k := range keys {
		for ci := range m.Cats {
			if masks[i]&(1<<ci) == 0 {
				continue
			}
			q, err := binary.ReadVarint(r)
			if err != nil {
				return bad("weights", err)
			}
			m.Weights[ci][k] = float64(q) * WeightStep
		}
	}
	if r.Len() != 0 {
		return bad("end", fmt.Errorf("%d bytes after the weights", r.Len()))
	}
	return nil
}
