package analyzer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"github.com/policylens/policylens/analyzer/checklist"
	"github.com/policylens/policylens/analyzer/extract"
	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/internal/gentest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden reports under testdata/golden/")

// engine is built once for all tests: building loads the language models.
var (
	engineOnce sync.Once
	testEngine *Engine
	engineErr  error
)

func newEngine(t testing.TB) *Engine {
	t.Helper()
	engineOnce.Do(func() { testEngine, engineErr = New() })
	if engineErr != nil {
		t.Fatalf("New: %v", engineErr)
	}
	return testEngine
}

// corpusFiles lists the policies of the labelled corpus.
func corpusFiles(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, pat := range []string{"*.txt", "*.md", "*.html"} {
		m, err := filepath.Glob(filepath.Join("..", "corpus", pat))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range m {
			if !strings.EqualFold(filepath.Base(f), "README.md") {
				files = append(files, f)
			}
		}
	}
	if len(files) == 0 {
		t.Fatal("no policies in ../corpus")
	}
	return files
}

// TestGoldenReports compares the report of every corpus policy with its
// golden JSON under testdata/golden/. Run `go test ./analyzer -update` to
// rewrite them after a deliberate change, and review the diff.
func TestGoldenReports(t *testing.T) {
	e := newEngine(t)
	for _, f := range corpusFiles(t) {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			rep, err := e.Analyze(context.Background(), raw, Options{})
			if err != nil {
				t.Fatalf("Analyze: %v", err)
			}
			got, err := json.MarshalIndent(rep, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("..", "testdata", "golden", strings.TrimSuffix(name, filepath.Ext(name))+".json")
			gentest.Check(t, golden, got, *update, "go test ./analyzer -update")
		})
	}
}

// TestReportInvariants checks what every report must hold, whatever the
// engine's judgement: offsets point at the clause text, ids are unique,
// every label has evidence, every checklist and flag clause exists.
func TestReportInvariants(t *testing.T) {
	e := newEngine(t)
	for _, f := range corpusFiles(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			rep, err := e.Analyze(context.Background(), raw, Options{URL: "https://example.com/privacy"})
			if err != nil {
				t.Fatalf("Analyze: %v", err)
			}
			if rep.Schema != 1 || rep.Source.URL != "https://example.com/privacy" {
				t.Errorf("got schema %d url %q", rep.Schema, rep.Source.URL)
			}
			if len(rep.Summaries) != 6 || len(rep.Checklist) < 20 {
				t.Errorf("got %d summaries and %d checklist items, want 6 and >= 20", len(rep.Summaries), len(rep.Checklist))
			}
			if !strings.Contains("ABCDE", rep.Grade.Letter) || rep.Grade.Letter == "" {
				t.Errorf("got grade %q", rep.Grade.Letter)
			}
			ids := map[string]bool{}
			prevEnd := 0
			for _, c := range rep.Clauses {
				if ids[c.ID] {
					t.Errorf("duplicate clause id %s", c.ID)
				}
				ids[c.ID] = true
				if c.Start < prevEnd || c.End <= c.Start || c.End > rep.Source.TextBytes {
					t.Errorf("%s: bad offsets %d-%d (previous end %d, text %d)", c.ID, c.Start, c.End, prevEnd, rep.Source.TextBytes)
				}
				prevEnd = c.End
				for _, l := range c.Categories {
					if len(l.Evidence) == 0 || l.Score <= 0 || l.Score > 1 {
						t.Errorf("%s: label %s has score %v evidence %v", c.ID, l.Category, l.Score, l.Evidence)
					}
				}
				for _, v := range c.Vague {
					if v.Start < c.Start || v.End > c.End || v.Start >= v.End {
						t.Errorf("%s: vague %q at %d-%d outside clause %d-%d", c.ID, v.Term, v.Start, v.End, c.Start, c.End)
					}
				}
			}
			for _, it := range rep.Checklist {
				for _, id := range it.Clauses {
					if !ids[id] {
						t.Errorf("checklist %s cites unknown clause %s", it.ID, id)
					}
				}
				if it.Status != "found" && it.Status != "vague" && it.Status != "missing" {
					t.Errorf("checklist %s: status %q", it.ID, it.Status)
				}
			}
			for _, fl := range rep.RedFlags {
				if len(fl.Clauses) == 0 {
					t.Errorf("red flag %s cites no clause", fl.ID)
				}
				for _, id := range fl.Clauses {
					if !ids[id] {
						t.Errorf("red flag %s cites unknown clause %s", fl.ID, id)
					}
				}
			}
		})
	}
}

func TestAnalyzeErrors(t *testing.T) {
	e := newEngine(t)
	tests := []struct {
		name string
		in   string
		o    Options
		want error
	}{
		{"empty", "", Options{}, ErrEmpty},
		{"spaces", "   \n\n\t ", Options{}, ErrEmpty},
		{"utf-16 spaces", "\xff\xfe \x00\n\x00", Options{}, ErrEmpty},
		{"nul", "a\x00b", Options{}, ErrBinary},
		{"high bytes, not UTF-8", strings.Repeat("\xe9\xff\xb0a\x8f", 200), Options{}, ErrBinary},
		{"unknown encoding", "We collect your email.", Options{Encoding: "klingon-8"}, ErrEncoding},
		{"too large", strings.Repeat("a", MaxInputBytes+1), Options{}, ErrTooLarge},
		{"not policy", "The weather will be sunny tomorrow with light winds from the west. Temperatures will rise in the afternoon.", Options{}, ErrNotPolicy},
		{"terms of use", strings.Repeat("You grant us a licence to use, share and display the content you post on the site. We may suspend your account at any time if you breach these terms. You may not share our content with third parties without our written permission. These terms are governed by the laws of England and the courts of London. ", 15), Options{}, ErrNotPolicy},
		{"notice loaded by a script", `<html><body><nav><a href="/">Home</a> <a href="/loans">Loans</a> <a href="/cards">Credit cards</a></nav><main><h1>Privacy policy</h1>` +
			`<div id="otnotice-1" class="otnotice"></div></main><p>Bankrate uses cookies to ensure that you get the best experience on our website.</p>` +
			`<script>OneTrust.NoticeApi.Initialized.then(function() { OneTrust.NoticeApi.LoadNotices(["https://example.com/notice.json"]); });</script></body></html>`, Options{}, ErrScriptRendered},
		{"italian", "Raccogliamo il tuo nome e il tuo indirizzo email quando crei un account. Condividiamo i tuoi dati personali con fornitori di servizi. Utilizziamo i cookie per analizzare il traffico. Hai il diritto di accedere ai tuoi dati e di cancellarli.", Options{}, ErrUnsupported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := e.Analyze(context.Background(), []byte(tt.in), tt.o)
			if !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
}

func TestAnalyzeCanceled(t *testing.T) {
	e := newEngine(t)
	raw, err := os.ReadFile(corpusFiles(t)[0])
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.Analyze(ctx, raw, Options{}); !errors.Is(err, ErrCanceled) {
		t.Fatalf("got %v, want %v", err, ErrCanceled)
	}
}

// TestConcurrentAnalyze runs the corpus from several goroutines at once and
// checks the reports equal the sequential ones (run with -race).
func TestConcurrentAnalyze(t *testing.T) {
	e := newEngine(t)
	files := corpusFiles(t)
	want := map[string]string{}
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		rep, err := e.Analyze(context.Background(), raw, Options{})
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(rep)
		want[f] = string(b)
	}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		for _, f := range files {
			wg.Add(1)
			go func() {
				defer wg.Done()
				raw, _ := os.ReadFile(f)
				rep, err := e.Analyze(context.Background(), raw, Options{})
				if err != nil {
					t.Error(err)
					return
				}
				if b, _ := json.Marshal(rep); string(b) != want[f] {
					t.Errorf("%s: concurrent report differs from sequential", f)
				}
			}()
		}
	}
	wg.Wait()
}

// BenchmarkAnalyze measures a whole analysis of each corpus policy.
func BenchmarkAnalyze(b *testing.B) {
	e := newEngine(b)
	for _, f := range corpusFiles(b) {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(f), func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				if _, err := e.Analyze(context.Background(), raw, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestPreload preloads a new engine, pausing between parts (building both
// language pipelines: the embedded lexicons and models must load, since New
// defers them to first use), and checks that it then reports exactly what
// the shared engine does.
func TestPreload(t *testing.T) {
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	pauses := 0
	if err := e.Preload(func() { pauses++ }); err != nil {
		t.Fatal(err)
	}
	if pauses < 4 {
		t.Errorf("Preload paused %d times, want a pause between parts", pauses)
	}
	ref := newEngine(t)
	for _, f := range []string{"en-biztonet-app.txt", "fr-nexustech-engagement.txt", "fr-mozilla-focus.md"} {
		raw, err := os.ReadFile(filepath.Join("..", "corpus", f))
		if err != nil {
			t.Fatal(err)
		}
		got, err := e.Analyze(context.Background(), raw, Options{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		want, err := ref.Analyze(context.Background(), raw, Options{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		if !bytes.Equal(g, w) {
			t.Errorf("%s: the preloaded engine's report differs", f)
		}
	}
}

// TestPreloadConcurrent preloads an engine while it analyses, as the wasm
// bridge may (run with -race).
func TestPreloadConcurrent(t *testing.T) {
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join("..", "corpus", "fr-nexustech-engagement.txt"))
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error)
	go func() { done <- e.Preload(func() {}) }()
	if _, err := e.Analyze(context.Background(), raw, Options{}); err != nil {
		t.Error(err)
	}
	if err := <-done; err != nil {
		t.Error(err)
	}
}

// TestEmbeddedDiagnostic: a page whose embedded data holds far more text
// than it shows (a script renders the rest) is analysed with a diagnostic
// that says the report may rest on part of the policy; the same page
// without that data gets none.
func TestEmbeddedDiagnostic(t *testing.T) {
	e := newEngine(t)
	raw, err := os.ReadFile(filepath.Join("..", "corpus", "en-webhost-short.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var body strings.Builder
	for _, p := range strings.Split(string(raw), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			body.WriteString("<p>" + p + "</p>\n")
		}
	}
	var data strings.Builder
	for i := range 3 * len(raw) / 60 {
		fmt.Fprintf(&data, `{"type":"paragraph","text":"Section %d: we keep your account data for as long as you use the service.","spans":[]},`, i)
	}
	page := func(script string) []byte {
		return []byte("<html><body><main>" + body.String() + "</main>" + script + "</body></html>")
	}
	for _, tt := range []struct {
		name   string
		script string
		want   bool
	}{
		{"embedded text", `<script id="__NEXT_DATA__" type="application/json">{"body":[` + strings.TrimSuffix(data.String(), ",") + `]}</script>`, true},
		{"no embedded text", "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := e.Analyze(context.Background(), page(tt.script), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Contains(strings.Join(rep.Diagnostics, " | "), "shows only part of its text")
			if got != tt.want {
				t.Errorf("diagnostic about embedded text: %v, want %v (diagnostics %q)", got, tt.want, rep.Diagnostics)
			}
			if rep.Source.Partial != tt.want {
				t.Errorf("source.partial = %v, want %v", rep.Source.Partial, tt.want)
			}
		})
	}
}

// BenchmarkChecklist measures the checklist and red flags alone on each
// corpus policy, from the clauses its analysis gives: the stage most
// rounds add rules to.
func BenchmarkChecklist(b *testing.B) {
	e := newEngine(b)
	for _, f := range corpusFiles(b) {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		rep, err := e.Analyze(context.Background(), raw, Options{})
		if err != nil {
			b.Fatal(err)
		}
		doc, err := extract.Extract(raw, extract.FormatAuto)
		if err != nil {
			b.Fatal(err)
		}
		code, err := lang.ParseCode(rep.Language.Code)
		if err != nil {
			b.Fatal(err)
		}
		in := checklist.Input{Lang: code, Text: doc.Text, Updated: doc.Updated, Clauses: rep.Clauses}
		b.Run(filepath.Base(f), func(b *testing.B) {
			for b.Loop() {
				checklist.Run(in)
			}
		})
	}
}
