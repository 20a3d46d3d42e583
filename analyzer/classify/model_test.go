package classify

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/report"
)

// TestEmbeddedModel checks that each language's embedded model parses,
// weighs every category and decides with a usable threshold, and that its
// file stays small enough to ship in the wasm build.
func TestEmbeddedModel(t *testing.T) {
	// The weights ship in the wasm: what counts is their gzip size (the
	// learned model, weights and clusters of both languages, may add at most
	// 1 MB gzip to the engine; issue #8).
	const maxBytes, maxGzip = 400 << 10, 100 << 10
	for _, code := range []lang.Code{lang.English, lang.French} {
		t.Run(string(code), func(t *testing.T) {
			m, err := LoadModel(code)
			if err != nil {
				t.Fatalf("LoadModel(%q): %v", code, err)
			}
			if len(m.Cats) != len(report.Categories) {
				t.Fatalf("%d categories, want %d", len(m.Cats), len(report.Categories))
			}
			for ci, cat := range m.Cats {
				if len(m.Weights[ci]) < 20 {
					t.Errorf("%s: %d weights, want a trained model (>= 20)", cat, len(m.Weights[ci]))
				}
			}
			if m.Threshold <= 0 || m.Threshold >= 1 {
				t.Errorf("threshold %v, want in (0, 1)", m.Threshold)
			}
			var data []byte
			for _, ext := range []string{".tsv", ".weights"} {
				b, err := modelFS.ReadFile("model/" + string(code) + ext)
				if err != nil {
					t.Fatal(err)
				}
				data = append(data, b...)
			}
			if len(data) > maxBytes {
				t.Errorf("model files are %d bytes, want <= %d", len(data), maxBytes)
			}
			var gz bytes.Buffer
			w, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
			w.Write(data)
			w.Close()
			if gz.Len() > maxGzip {
				t.Errorf("model files are %d bytes gzip -9, want <= %d", gz.Len(), maxGzip)
			}
		})
	}
	if _, err := LoadModel("es"); err == nil {
		t.Error("LoadModel(es): got no error")
	}
}

// TestModelEvidence checks that a label decided with the model's help
// carries evidence taken from the clause as written.
func TestModelEvidence(t *testing.T) {
	tests := []struct {
		code lang.Code
		text string
		want report.Category
	}{
		{lang.English, "We keep your messages for 30 days after you delete them.", report.Retention},
		{lang.English, "Our payment processor receives your card details.", report.Sharing},
		{lang.French, "Vos données sont conservées pendant trois ans.", report.Retention},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			c := mustNew(t, tt.code)
			var found bool
			for _, l := range c.Classify(clause(t, tt.code, tt.text, "", "")) {
				if l.Category != tt.want {
					continue
				}
				found = true
				if len(l.Evidence) == 0 {
					t.Errorf("%s: no evidence", l.Category)
				}
				for _, ev := range l.Evidence {
					if !strings.Contains(tt.text, ev) {
						t.Errorf("%s: evidence %q not in the clause", l.Category, ev)
					}
				}
			}
			if !found {
				t.Errorf("no %s label", tt.want)
			}
		})
	}
}

// TestLexiconOnly checks that a Classifier without a model is the lexicon
// alone (the baseline the trainer measures against).
func TestLexiconOnly(t *testing.T) {
	c, err := NewWithModel(lang.English, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := c.Classify(clause(t, lang.English, "We share your data with advertising partners.", "", ""))
	if len(got) != 1 || got[0].Category != report.Sharing {
		t.Errorf("got %+v, want sharing", got)
	}
	if fs := c.Features(clause(t, lang.English, "We share.", "", "")); fs != nil {
		t.Errorf("Features without a model: got %v, want nil", fs)
	}
}
