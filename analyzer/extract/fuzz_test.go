package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// realInputs lists the real policies the extractor must handle: the repo's
// corpus, the shared seeds and development policies, and our HTML fixtures.
// Shared files outside the repo are skipped when absent.
func realInputs(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, pat := range []string{
		"../../corpus/*.txt",
		"../../testdata/html/*.html",
		"/work/shared/seeds/*.txt",
		"/work/shared/policies-dev/*.md",
		"/work/shared/policies-dev/fr-ota/*.md",
	} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	return files
}

// TestRealInputs extracts every real policy in auto mode: the detected
// format must match the file type and the document must be well formed.
func TestRealInputs(t *testing.T) {
	files := realInputs(t)
	if len(files) == 0 {
		t.Skip("no real inputs found")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if strings.HasSuffix(file, "README.md") {
				t.Skip("README, not a policy")
			}
			doc, err := Extract(raw, FormatAuto)
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]Format{".txt": FormatText, ".md": FormatMarkdown, ".html": FormatHTML}[filepath.Ext(file)]
			// Markdown without any Markdown syntax reads the same as text.
			if doc.Format != want && !(want == FormatMarkdown && doc.Format == FormatText) {
				t.Errorf("format = %q, want %q", doc.Format, want)
			}
			checkDoc(t, doc)
			if doc.Format == FormatText && doc.Text != string(raw) {
				t.Error("plain-text Text differs from the input")
			}
			if len(doc.Blocks) < 3 && len(raw) > 2000 {
				t.Errorf("only %d blocks", len(doc.Blocks))
			}
		})
	}
}

// FuzzExtract checks that no input makes Extract panic or return a
// malformed document, in every format.
func FuzzExtract(f *testing.F) {
	for _, file := range realInputs(f) {
		raw, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	for _, s := range []string{"", "<", "<p>", "# ", "- ", "{: datetime=", "| a |\n|---|", "\xff\xfe<p>x</p>", "•", "§", "1. A\nb",
		`<x-a><template shadowrootmode="open"><slot><slot name="b">f</slot></slot><x-b><template shadowroot="open"><slot></slot></template><slot></slot></x-b></template><p slot="b">b</p>t</x-a>`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		for _, format := range []Format{FormatAuto, FormatHTML, FormatMarkdown, FormatText} {
			doc, err := Extract(raw, format)
			if err != nil {
				continue
			}
			checkDoc(t, doc)
			if doc.Format == FormatText && doc.Text != string(raw) {
				t.Fatalf("plain-text Text differs from the input")
			}
		}
	})
}
