// Command clusters learns word clusters from unlabelled real policies and
// writes analyzer/classify/model/<lang>.clusters.tsv (stem, cluster id), a
// feature of the classifier's learned model: words it never saw labelled
// still share a cluster with words it did ("geolocation" with "location",
// « hébergeur » with « serveur »).
//
// Method: skip-gram word vectors with negative sampling (word2vec) over the
// snowball stems of every policy under ../shared/policies-dev except the
// documents of corpus/real's test split and their other copies (heldOut),
// then k-means on the normalised
// vectors. Single-threaded with a fixed seed, so the output is the same on
// every run on one platform. Run it from the repository root:
//
//	go run ./analyzer/classify/internal/clusters [-shared DIR] [-check]
//
// With -check it writes nothing and fails when the committed files differ
// from what it learns: the clusters depend on the extraction's text, so a
// change to extract needs `make model` too.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/policylens/policylens/analyzer/classify/internal/model"
	"github.com/policylens/policylens/analyzer/extract"
	"github.com/policylens/policylens/analyzer/lang"
)

// Settings; changing one changes the clusters and so the model.
const (
	dim       = 48
	window    = 4
	negatives = 5
	epochs    = 4
	minCount  = 5
	maxVocab  = 12000
	k         = 256
	kmIters   = 20
	lr0       = 0.025
	subsample = 1e-4
)

func main() {
	shared := flag.String("shared", "../shared/policies-dev", "folder of unlabelled real policies")
	root := flag.String("root", ".", "repository root")
	check := flag.Bool("check", false, "compare with the committed clusters instead of writing them; fail when they differ")
	flag.Parse()
	if err := run(*root, *shared, *check); err != nil {
		fmt.Fprintln(os.Stderr, "clusters:", err)
		os.Exit(1)
	}
}

// run learns the clusters of both languages from the policies under shared
// and writes them under root, or, with check, compares them with the files
// there.
func run(root, shared string, check bool) error {
	test, err := testSources(filepath.Join(root, "corpus", "real", "corpus.json"))
	if err != nil {
		return err
	}
	det := lang.NewDetector()
	texts := map[lang.Code][][]string{}
	stems := map[lang.Code]func(string) string{}
	for _, c := range []lang.Code{lang.English, lang.French} {
		if stems[c], err = model.Stemmer(c); err != nil {
			return err
		}
	}
	err = filepath.WalkDir(shared, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		ext := filepath.Ext(path)
		if ext != ".md" && ext != ".txt" && ext != ".html" || strings.EqualFold(d.Name(), "README.md") {
			return nil
		}
		rel, _ := filepath.Rel(shared, path)
		if heldOut(filepath.ToSlash(rel), test) {
			return nil // never learn from held-out test documents, even unlabelled
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		doc, err := extract.Extract(raw, extract.FormatAuto)
		if err != nil {
			return nil
		}
		res := det.Detect(doc.Text)
		if !res.Supported() {
			return nil
		}
		st := stems[res.Code]
		for _, line := range strings.Split(doc.Text, "\n") {
			var ws []string
			for _, w := range model.Words(strings.ToLower(line)) {
				ws = append(ws, st(w))
			}
			if len(ws) > 2 {
				texts[res.Code] = append(texts[res.Code], ws)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, c := range []lang.Code{lang.English, lang.French} {
		if len(texts[c]) == 0 {
			return errors.New("no text in " + string(c))
		}
		assign, vocab, ntok := learn(texts[c])
		out := filepath.Join(root, "analyzer", "classify", "model", string(c)+".clusters.tsv")
		var buf bytes.Buffer
		w := bufio.NewWriter(&buf)
		fmt.Fprintf(w, "# PolicyLens word clusters (%s), written by go run ./analyzer/classify/internal/clusters.\n", c)
		fmt.Fprintf(w, "# %d stems of %d tokens of unlabelled real policies (corpus/real test documents left out); skip-gram %d dims, window %d, %d negatives, %d epochs; k-means k=%d.\n", len(vocab), ntok, dim, window, negatives, epochs, k)
		order := slices.Clone(vocab)
		sort.Strings(order)
		idx := map[string]int{}
		for i, v := range vocab {
			idx[v] = i
		}
		for _, v := range order {
			fmt.Fprintf(w, "%s\t%d\n", v, assign[idx[v]])
		}
		if err := w.Flush(); err != nil {
			return err
		}
		if check {
			old, err := os.ReadFile(out)
			if err != nil {
				return err
			}
			if !bytes.Equal(old, buf.Bytes()) {
				return fmt.Errorf("%s is out of date with ../shared/policies-dev or the extraction: run make model", out)
			}
			continue
		}
		if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
			return err
		}
		fmt.Printf("%s: %d stems, %d tokens\n", out, len(vocab), ntok)
	}
	return nil
}

// heldOut reports whether the file rel (relative to policies-dev, with
// slashes) is a test document of test (testSources) or another copy of
// one: an earlier version of a policy whose history holds a test document
// ("history/Dropbox/2012-10-04.md" beside the test "history/Dropbox/2017-05-17.md"),
// or the same page in another format ("ota-dating/eharmony.privacy.html"
// beside the test "ota-dating/eharmony.privacy.md"). Their words are the
// test document's words.
func heldOut(rel string, test map[string]bool) bool {
	if test[rel] {
		return true
	}
	for src := range test {
		if dir := path.Dir(src); strings.HasPrefix(src, "history/") && path.Dir(rel) == dir {
			return true
		}
		if strings.TrimSuffix(src, path.Ext(src)) == strings.TrimSuffix(rel, path.Ext(rel)) {
			return true
		}
	}
	return false
}

// testSources returns the sources (relative to policies-dev) of corpus/real's
// test documents.
func testSources(index string) (map[string]bool, error) {
	data, err := os.ReadFile(index)
	if err != nil {
		return nil, err
	}
	var idx struct {
		Documents []struct {
			Split  string `json:"split"`
			Source string `json:"source"`
		} `json:"documents"`
	}
	if err := json.Unmarshal(data, &idx); err != nil {
		return nil, fmt.Errorf("%s: %w", index, err)
	}
	out := map[string]bool{}
	for _, d := range idx.Documents {
		if d.Split == "test" {
			out[strings.TrimPrefix(d.Source, "policies-dev/")] = true
		}
	}
	return out, nil
}

// learn returns the cluster of every vocabulary stem, the vocabulary (by
// decreasing count) and the number of tokens read.
func learn(lines [][]string) ([]int, []string, int) {
	count := map[string]int{}
	ntok := 0
	for _, l := range lines {
		for _, w := range l {
			count[w]++
			ntok++
		}
	}
	var vocab []string
	for w, n := range count {
		if n >= minCount && len(w) > 1 {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		if count[vocab[i]] != count[vocab[j]] {
			return count[vocab[i]] > count[vocab[j]]
		}
		return vocab[i] < vocab[j]
	})
	if len(vocab) > maxVocab {
		vocab = vocab[:maxVocab]
	}
	id := map[string]int{}
	for i, w := range vocab {
		id[w] = i
	}
	rng := rand.New(rand.NewPCG(1, 2))
	// Unigram^0.75 table for negatives.
	table := make([]int32, 0, 1<<20)
	var z float64
	for _, w := range vocab {
		z += math.Pow(float64(count[w]), 0.75)
	}
	for i, w := range vocab {
		n := int(math.Pow(float64(count[w]), 0.75) / z * float64(1<<20))
		for range max(n, 1) {
			table = append(table, int32(i))
		}
	}
	V := len(vocab)
	in := make([]float32, V*dim)
	out := make([]float32, V*dim)
	for i := range in {
		in[i] = (rng.Float32() - 0.5) / dim
	}
	// Sentences as ids, with frequent-word subsampling decided once.
	var sents [][]int32
	total := float64(ntok)
	for _, l := range lines {
		var s []int32
		for _, w := range l {
			i, ok := id[w]
			if !ok {
				continue
			}
			f := float64(count[w]) / total
			keep := (math.Sqrt(f/subsample) + 1) * subsample / f
			if keep < 1 && rng.Float64() > keep {
				continue
			}
			s = append(s, int32(i))
		}
		if len(s) > 1 {
			sents = append(sents, s)
		}
	}
	grad := make([]float32, dim)
	steps, done := epochs*len(sents), 0
	for range epochs {
		for _, s := range sents {
			lr := float32(lr0 * max(1-float64(done)/float64(steps), 0.0001))
			done++
			for p, c := range s {
				for q := max(0, p-window); q <= min(len(s)-1, p+window); q++ {
					if q == p {
						continue
					}
					ctx := int(s[q])
					vi := in[int(c)*dim : int(c)*dim+dim]
					clear(grad)
					for n := 0; n <= negatives; n++ {
						target, label := ctx, float32(1)
						if n > 0 {
							target = int(table[rng.IntN(len(table))])
							if target == ctx {
								continue
							}
							label = 0
						}
						vo := out[target*dim : target*dim+dim]
						var dot float32
						for d := range dim {
							dot += vi[d] * vo[d]
						}
						g := (label - sigmoid(dot)) * lr
						for d := range dim {
							grad[d] += g * vo[d]
							vo[d] += g * vi[d]
						}
					}
					for d := range dim {
						vi[d] += grad[d]
					}
				}
			}
		}
	}
	// Normalise and cluster.
	for i := range V {
		v := in[i*dim : i*dim+dim]
		var n float32
		for _, x := range v {
			n += x * x
		}
		n = float32(math.Sqrt(float64(n)))
		if n > 0 {
			for d := range v {
				v[d] /= n
			}
		}
	}
	kk := min(k, V)
	cent := make([]float32, kk*dim)
	for c := range kk {
		// Spread the initial centres over the frequency ranking.
		copy(cent[c*dim:c*dim+dim], in[(c*V/kk)*dim:(c*V/kk)*dim+dim])
	}
	assign := make([]int, V)
	for range kmIters {
		for i := range V {
			v := in[i*dim : i*dim+dim]
			best, bestD := 0, float32(-2)
			for c := range kk {
				var dot float32
				cv := cent[c*dim : c*dim+dim]
				for d := range dim {
					dot += v[d] * cv[d]
				}
				if dot > bestD {
					best, bestD = c, dot
				}
			}
			assign[i] = best
		}
		clear(cent)
		n := make([]int, kk)
		for i := range V {
			c := assign[i]
			n[c]++
			for d := range dim {
				cent[c*dim+d] += in[i*dim+d]
			}
		}
		for c := range kk {
			if n[c] == 0 {
				continue
			}
			var norm float32
			for d := range dim {
				norm += cent[c*dim+d] * cent[c*dim+d]
			}
			norm = float32(math.Sqrt(float64(norm)))
			for d := range dim {
				cent[c*dim+d] /= norm
			}
		}
	}
	return assign, vocab, ntok
}

func sigmoid(x float32) float32 {
	if x > 6 {
		return 1
	}
	if x < -6 {
		return 0
	}
	return float32(1 / (1 + math.Exp(-float64(x))))
}
