package eval

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path"
	"strconv"
	"strings"
	"testing"
)

const corpusDir = "../../corpus"

// TestCorpusLabels validates every labels file of the real corpus on its own:
// it decodes, every id is known, every unit is found in the document as-is
// (plain-text extraction keeps .txt files byte-identical) and no sentence is
// left out between units.
func TestCorpusLabels(t *testing.T) {
	fsys := os.DirFS(corpusDir)
	data, err := fs.ReadFile(fsys, IndexFile)
	if err != nil {
		t.Fatalf("read corpus index: %v", err)
	}
	var idx index
	if err := json.Unmarshal(data, &idx); err != nil {
		t.Fatalf("decode corpus index: %v", err)
	}
	for _, e := range idx.Documents {
		t.Run(e.File, func(t *testing.T) {
			labels := e.Labels
			if labels == "" {
				labels = strings.TrimSuffix(e.File, path.Ext(e.File)) + LabelsSuffix
			}
			raw, err := fs.ReadFile(fsys, labels)
			if errors.Is(err, fs.ErrNotExist) {
				t.Skipf("%s is not written yet (labelling in progress)", labels)
			}
			if err != nil {
				t.Fatal(err)
			}
			g, err := ParseLabels(raw)
			if err != nil {
				t.Fatalf("%s: %v", labels, err)
			}
			if g.Document != e.File {
				t.Errorf("got document %q, want %q", g.Document, e.File)
			}
			doc, err := fs.ReadFile(fsys, g.Document)
			if err != nil {
				t.Fatal(err)
			}
			if path.Ext(g.Document) != ".txt" {
				t.Skipf("%s is not plain text: its units are checked against the extracted text by eval", g.Document)
			}
			spans, err := Align(string(doc), g.Units)
			if err != nil {
				t.Fatalf("%s: %v", labels, err)
			}
			for _, problem := range gapProblems(string(doc), spans) {
				t.Errorf("%s: %s", labels, problem)
			}
		})
	}
}

// TestCorpusLoad loads the whole corpus the way `policylens eval` does.
func TestCorpusLoad(t *testing.T) {
	golds, err := Load(os.DirFS(corpusDir))
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("a labels file listed in corpus.json is not written yet: %v", err)
	}
	if err != nil {
		t.Fatalf("got error %v, want none", err)
	}
	if len(golds) == 0 {
		t.Fatal("got no documents, want the corpus")
	}
	for _, g := range golds {
		if len(g.Raw) == 0 {
			t.Errorf("%s: got an empty document", g.Document)
		}
	}
}

// gapProblems reports text between aligned units that looks like a sentence
// the labels left out: letters on the same line as a unit, or a whole line
// ending like a sentence (headings do not end with "." or "!").
func gapProblems(doc string, spans []Span) []string {
	var out []string
	prev := 0
	for i := 0; i <= len(spans); i++ {
		next := len(doc)
		if i < len(spans) {
			next = spans[i].Start
		}
		lines := strings.Split(doc[prev:next], "\n")
		for j, line := range lines {
			edge := (j == 0 && i > 0) || (j == len(lines)-1 && i < len(spans))
			switch {
			case edge && normalise(line) != "":
				out = append(out, "text left out next to unit "+strconv.Itoa(i)+": "+strings.TrimSpace(line))
			case !edge && (strings.HasSuffix(strings.TrimSpace(line), ".") || strings.HasSuffix(strings.TrimSpace(line), "!")):
				out = append(out, "line left out before unit "+strconv.Itoa(i+1)+": "+strings.TrimSpace(line))
			}
		}
		if i < len(spans) {
			prev = spans[i].End
		}
	}
	return out
}

func TestGapProblems(t *testing.T) {
	doc := "Title\n\nFirst one. Second one.\nForgotten line.\n\nHeading\nThird."
	tests := []struct {
		name  string
		units []string
		want  int
	}{
		{name: "all units", units: []string{"First one.", "Second one.", "Forgotten line.", "Third."}, want: 0},
		{name: "sentence left out on a unit's line", units: []string{"First one.", "Forgotten line.", "Third."}, want: 1},
		{name: "line left out", units: []string{"First one.", "Second one.", "Third."}, want: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			units := make([]Unit, len(tt.units))
			for i, u := range tt.units {
				units[i] = Unit{Text: u}
			}
			spans, err := Align(doc, units)
			if err != nil {
				t.Fatal(err)
			}
			if got := gapProblems(doc, spans); len(got) != tt.want {
				t.Errorf("got %d problems %q, want %d", len(got), got, tt.want)
			}
		})
	}
}
