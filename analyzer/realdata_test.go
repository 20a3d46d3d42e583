package analyzer

import (
	"bufio"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// realDataRoot is the folder of real development policies beside the
// checkout (../shared/policies-dev from the module root).
var realDataRoot = filepath.Join("..", "..", "shared", "policies-dev")

// realDataFolders are the folders TestRealData reads, every file of them.
var realDataFolders = []string{"en-tosback", "fr-ota", "ota-dating"}

// expectation is one line of testdata/realdata.tsv.
type expectation struct {
	file, language, kind, note string
}

// pending reports whether a mismatch is logged rather than failed: files
// waiting for the extract branch's chrome removal ("pending_extraction:")
// and pages the engine is known to misread as policies ("known_miss:",
// each explained in its note). Neither may ever be read as English or
// French when it is in another language.
func (x expectation) pending() bool {
	return strings.HasPrefix(x.note, "pending_extraction") || strings.HasPrefix(x.note, "known_miss")
}

// outcome is the engine's reading of a file, in the terms of the
// expectations.
type outcome struct {
	kind, language, detail string
}

// namedLanguages are the languages the engine names (lingua's and the
// scripts'); for any other (Norwegian...) the test only checks that the
// file is not read as English or French.
var namedLanguages = map[string]bool{"es": true, "de": true, "it": true, "pt": true, "nl": true, "pl": true,
	"zh": true, "ja": true, "ko": true, "el": true, "he": true, "th": true, "hy": true, "ka": true}

// TestRealData runs the engine over every file of the real development
// policies and checks each against what a reader sees in it
// (testdata/realdata.tsv): its kind (policy, not_policy, other_language,
// script_rendered) and the language of its main text. No file in another
// language may be read as English or French, pending or not.
func TestRealData(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the 385 real development policies (about 10 s of CPU)")
	}
	if _, err := os.Stat(realDataRoot); err != nil {
		t.Skipf("no real development policies at %s (the shared folder beside the checkout): %v", realDataRoot, err)
	}
	want := readExpectations(t, "../testdata/realdata.tsv")

	// The data file and the folders hold the same files.
	listed := map[string]bool{}
	for _, x := range want {
		listed[x.file] = true
	}
	for _, dir := range realDataFolders {
		entries, err := os.ReadDir(filepath.Join(realDataRoot, dir))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if f := dir + "/" + e.Name(); !e.IsDir() && !listed[f] {
				t.Errorf("%s is not in testdata/realdata.tsv: open it and add what a reader sees", f)
			}
		}
	}

	// Files saved twice under two names (ota-dating's trackers pages that
	// are the privacy page) are analysed once.
	e := newEngine(t)
	start := time.Now()
	first := map[[sha256.Size]byte]int{} // content -> index of its first file
	same := make([]int, len(want))       // index of the file whose outcome is this one's
	raws := make([][]byte, len(want))
	var todo []int
	for i, x := range want {
		raw, err := os.ReadFile(filepath.Join(realDataRoot, x.file))
		if err != nil {
			t.Fatalf("%s is listed but cannot be read: %v", x.file, err)
		}
		sum := sha256.Sum256(raw)
		if j, ok := first[sum]; ok {
			same[i] = j
			continue
		}
		first[sum], same[i], raws[i] = i, i, raw
		todo = append(todo, i)
	}
	got := make([]outcome, len(want))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				got[i] = readReal(e, raws[i])
			}
		}()
	}
	for _, i := range todo {
		next <- i
	}
	close(next)
	wg.Wait()
	for i := range got {
		got[i] = got[same[i]]
	}
	t.Logf("%d files (%d different) in %v", len(want), len(todo), time.Since(start).Round(time.Millisecond))

	pending, passing := 0, 0
	count := map[string]int{}
	for i, x := range want {
		g := got[i]
		if g.kind == "policy" {
			count[strings.SplitN(x.file, "/", 2)[0]+" "+g.language]++
		}
		t.Run(x.file, func(t *testing.T) {
			if g.kind == "policy" && x.kind == "other_language" {
				t.Errorf("read as a policy in %q (%s), but a reader sees %s %s", g.language, g.detail, x.language, x.kind)
				return
			}
			if err := match(x, g); err != nil {
				if x.pending() {
					pending++
					t.Logf("pending: %v (%s)", err, x.note)
					return
				}
				t.Errorf("%v (%s)", err, g.detail)
				return
			}
			passing++
			if x.pending() {
				t.Logf("passes now: remove its %s mark", strings.SplitN(x.note, ":", 2)[0])
			}
		})
	}
	var keys []string
	for k := range count {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("policies read in %s: %d", k, count[k])
	}
	t.Logf("%d of %d files as expected, %d pending (known misses, logged)", passing, len(want), pending)
}

// match says how g differs from x, or nil.
func match(x expectation, g outcome) error {
	if g.kind != x.kind {
		return fmt.Errorf("kind %s (language %q), want %s (%q)", g.kind, g.language, x.kind, x.language)
	}
	switch x.kind {
	case "policy":
		if g.language != x.language {
			return fmt.Errorf("read in %q, want %q", g.language, x.language)
		}
	case "other_language":
		if namedLanguages[x.language] && g.language != x.language {
			return fmt.Errorf("named %q, want %q", g.language, x.language)
		}
	}
	return nil
}

// readReal analyses one file of the real policies.
func readReal(e *Engine, raw []byte) outcome {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	rep, err := e.Analyze(ctx, raw, Options{})
	if err == nil {
		return outcome{kind: "policy", language: rep.Language.Code,
			detail: fmt.Sprintf("grade %s, %d clauses, diagnostics %q", rep.Grade.Letter, len(rep.Clauses), rep.Diagnostics)}
	}
	var ae *Error
	if !errors.As(err, &ae) {
		return outcome{kind: "error", detail: err.Error()}
	}
	o := outcome{language: ae.Language, detail: ae.Message}
	switch ae.Code {
	case CodeUnsupported:
		o.kind = "other_language"
	case CodeNotPolicy, CodeScriptRendered:
		o.kind = ae.Code
	default:
		o.kind = "error " + ae.Code
	}
	return o
}

// readExpectations reads testdata/realdata.tsv.
func readExpectations(t *testing.T, path string) []expectation {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	kinds := map[string]bool{"policy": true, "not_policy": true, "other_language": true, "script_rendered": true}
	var out []expectation
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 || !kinds[cols[2]] || seen[cols[0]] {
			t.Fatalf("%s:%d: want file, language, a kind and a note, tab-separated, each file once: %q", path, n, line)
		}
		seen[cols[0]] = true
		out = append(out, expectation{file: cols[0], language: cols[1], kind: cols[2], note: cols[3]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
