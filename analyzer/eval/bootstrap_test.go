package eval

import (
	"bytes"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/report"
)

// docSlice is one document's slice with collection counts and a checklist
// of total items, correct of them right.
func docSlice(name string, c Counts, correct, total int) Slice {
	s := newSlice(name, "en")
	s.Documents = 1
	s.Categories[report.Collection] = c
	s.ChecklistCorrect, s.ChecklistTotal = correct, total
	return s
}

func TestBootstrap(t *testing.T) {
	collF1 := Measure{"collection F1", func(s Slice) float64 { return s.Categories[report.Collection].F1() }}
	acc := Measure{"checklist acc.", Slice.ChecklistAccuracy}
	tests := []struct {
		name string
		docs []Slice
		// want is the value on all documents; point, when set, says every
		// resample gives it too (Low == High == want).
		want  []float64
		point bool
	}{
		{
			name:  "identical documents leave no spread",
			docs:  []Slice{docSlice("a", Counts{TP: 3, FN: 1}, 8, 10), docSlice("b", Counts{TP: 3, FN: 1}, 8, 10)},
			want:  []float64{6.0 / 7.0, 0.8},
			point: true,
		},
		{
			name: "one perfect and one wrong document spread over the range",
			docs: []Slice{
				docSlice("a", Counts{TP: 4}, 10, 10), docSlice("b", Counts{FP: 4, FN: 4}, 0, 10),
				docSlice("c", Counts{TP: 4}, 10, 10), docSlice("d", Counts{FP: 4, FN: 4}, 0, 10),
			},
			want: []float64{0.5, 0.5},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Bootstrap(tt.docs, []Measure{collF1, acc}, 500, 7)
			again := Bootstrap(tt.docs, []Measure{collF1, acc}, 500, 7)
			for i, iv := range got {
				if diff := iv.Value - tt.want[i]; diff > 1e-9 || diff < -1e-9 {
					t.Errorf("measure %d: value %.4f, want %.4f", i, iv.Value, tt.want[i])
				}
				if iv.Low > iv.Value || iv.Value > iv.High {
					t.Errorf("measure %d: interval [%.4f, %.4f] does not hold the value %.4f", i, iv.Low, iv.High, iv.Value)
				}
				if tt.point && (iv.Low != iv.Value || iv.High != iv.Value) {
					t.Errorf("measure %d: interval [%.4f, %.4f], want the single value %.4f", i, iv.Low, iv.High, iv.Value)
				}
				if !tt.point && iv.High-iv.Low < 0.2 {
					t.Errorf("measure %d: interval [%.4f, %.4f] is too narrow for documents this different", i, iv.Low, iv.High)
				}
				if iv != again[i] {
					t.Errorf("measure %d: %v then %v with the same seed", i, iv, again[i])
				}
			}
		})
	}
}

func TestPercentile(t *testing.T) {
	xs := []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
	tests := []struct {
		q    float64
		want float64
	}{{0, 1}, {0.025, 1}, {0.5, 6}, {0.975, 11}, {1, 11}}
	for _, tt := range tests {
		if got := percentile(xs, tt.q); got != tt.want {
			t.Errorf("percentile(%v) = %v, want %v", tt.q, got, tt.want)
		}
	}
	if got := percentile(nil, 0.5); got != 0 {
		t.Errorf("percentile of nothing = %v, want 0", got)
	}
}

func TestWriteBootstrap(t *testing.T) {
	en := docSlice("en/a.md", Counts{TP: 3, FN: 1}, 8, 10)
	fr := docSlice("fr/b.md", Counts{TP: 1, FP: 1}, 9, 10)
	fr.Language = "fr"
	m := Metrics{
		ByLanguage: []Slice{{Name: "en"}, {Name: "fr"}},
		ByDocument: []Slice{en, fr},
	}
	var b bytes.Buffer
	if err := m.WriteBootstrap(&b, 50, 1); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"50 resamples", "en (1 docs)", "fr (1 docs)", "macro-F1", "missing prec.", "jurisdiction R"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	// One document per language: every interval is its value.
	found := false
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) == 8 && f[0]+" "+f[1] == "checklist acc." {
			found = strings.Join(f[2:], " ") == "0.800 0.800 0.800 0.900 0.900 0.900"
		}
	}
	if !found {
		t.Errorf("checklist row is not the documents' own values:\n%s", out)
	}
}
