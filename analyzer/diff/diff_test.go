package diff

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestNormalize runs the language-neutral cases that the browser's copy of
// Normalize (extension/lib/memory.js) passes too.
func TestNormalize(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "diff", "normalize.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct{ Name, Input, Output string }
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			if got := Normalize(c.Input); got != c.Output {
				t.Errorf("Normalize(%q) = %q, want %q", c.Input, got, c.Output)
			}
		})
	}
}

func TestAlignTexts(t *testing.T) {
	tests := []struct {
		name          string
		old, new      []string
		unchanged     int
		added         []int
		removed       []int
		reworded      [][2]int // old, new
		minSimilarity float64
	}{
		{
			name:      "identical",
			old:       []string{"We collect your name.", "We share it with hosts."},
			new:       []string{"We collect your name.", "We share it with hosts."},
			unchanged: 2,
		},
		{
			name:      "moved",
			old:       []string{"We collect your name.", "We share it with hosts.", "We keep it for two years."},
			new:       []string{"We keep it for two years.", "We collect your name.", "We share it with hosts."},
			unchanged: 3,
		},
		{
			name:      "reformatted: numbering, case, markup, spacing",
			old:       []string{"1. We collect your name.", "2. We share it with **hosts**."},
			new:       []string{"(a) we collect   your name", "- We share it with <em>hosts</em>;"},
			unchanged: 2,
		},
		{
			name: "reworded",
			old: []string{
				"We keep your personal data for two years after your last login.",
				"You can ask us for a copy of your data.",
			},
			new: []string{
				"We keep your personal data for three years after your last login.",
				"You can ask us for a copy of your data.",
			},
			unchanged:     1,
			reworded:      [][2]int{{0, 0}},
			minSimilarity: 0.7,
		},
		{
			name:    "unrelated sentences are added and removed, not reworded",
			old:     []string{"We keep your data for two years."},
			new:     []string{"We share your data with advertising partners in other countries."},
			added:   []int{0},
			removed: []int{0},
		},
		{
			name: "split: one old sentence, two new ones",
			old: []string{
				"We collect your name and email address when you sign up, and we share them with the payment provider that bills you.",
			},
			new: []string{
				"We collect your name and email address when you sign up.",
				"We share them with the payment provider that bills you.",
			},
			reworded:      [][2]int{{0, 0}, {0, 1}},
			minSimilarity: 0.8,
		},
		{
			name: "merged: two old sentences, one new",
			old: []string{
				"We use cookies to keep you signed in.",
				"You can refuse cookies in your browser settings.",
			},
			new: []string{
				"We use cookies to keep you signed in, and you can refuse them in your browser settings.",
			},
			reworded:      [][2]int{{0, 0}, {1, 0}},
			minSimilarity: 0.5,
		},
		{
			name: "cut differently, same words: unchanged",
			old:  []string{"We collect: your name; your email address."},
			new:  []string{"We collect:", "your name;", "your email address."},
			// one old clause, three new ones, all the same words
			unchanged: 3,
		},
		{
			name: "a new sentence after a reworded one stays added",
			old:  []string{"We keep your data for two years."},
			new: []string{
				"We keep your data for three years.",
				"We sell your browsing history to data brokers.",
			},
			reworded:      [][2]int{{0, 0}},
			added:         []int{1},
			minSimilarity: 0.6,
		},
		{
			name:          "a date line that changed is reworded",
			old:           []string{"Last updated: 10 January 2024", "We collect your name."},
			new:           []string{"We collect your name.", "Last updated: 2 March 2024"},
			unchanged:     1,
			reworded:      [][2]int{{0, 1}},
			minSimilarity: 0.3,
		},
		{
			name:      "duplicates pair up in order",
			old:       []string{"Contact us.", "We collect your name.", "Contact us."},
			new:       []string{"Contact us.", "We collect your name."},
			unchanged: 2,
			removed:   []int{2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := AlignTexts(tt.old, tt.new)
			if a.Unchanged != tt.unchanged {
				t.Errorf("unchanged: got %d, want %d", a.Unchanged, tt.unchanged)
			}
			if !reflect.DeepEqual(a.Added, tt.added) {
				t.Errorf("added: got %v, want %v", a.Added, tt.added)
			}
			if !reflect.DeepEqual(a.Removed, tt.removed) {
				t.Errorf("removed: got %v, want %v", a.Removed, tt.removed)
			}
			var got [][2]int
			for _, p := range a.Reworded {
				got = append(got, [2]int{p.Old, p.New})
				if p.Similarity < tt.minSimilarity || p.Similarity > 1 {
					t.Errorf("reworded %d→%d: got similarity %.3f, want %.2f..1", p.Old, p.New, p.Similarity, tt.minSimilarity)
				}
			}
			if !reflect.DeepEqual(got, tt.reworded) {
				t.Errorf("reworded: got %v, want %v", got, tt.reworded)
			}
		})
	}
}

func TestSimilarity(t *testing.T) {
	tests := []struct {
		a, b     string
		min, max float64
	}{
		{"We keep your data.", "we keep your data", 1, 1},
		{"We keep your data for two years", "We keep your data for three years", 0.7, 0.8},
		{"We share your data with advertisers", "We share your data with service providers", 0.55, 0.75},
		{"We keep your data for two years.", "You can ask us to delete your data.", 0, 0.35},
		{"", "We keep your data.", 0, 0},
	}
	for _, tt := range tests {
		got := Similarity(tt.a, tt.b)
		if got < tt.min || got > tt.max {
			t.Errorf("Similarity(%q, %q) = %.3f, want %.2f..%.2f", tt.a, tt.b, got, tt.min, tt.max)
		}
	}
}

func TestOnlyDatesDiffer(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Last updated: March 3rd, 2016", "Last updated: 12 May 2017", true},
		{"Dernière mise à jour : 3 mars 2016", "Dernière mise à jour : 1er juin 2018", true},
		{"We keep your data for 2 years", "We keep your data for 3 years", false},
		{"Effective 2016", "Effective 2017", true},
		{"We keep your data for two years", "We keep your data for three years", false},
		{"Effective May 3, 2016", "Effective 12 June 2017", true},
		{"We keep your data", "We may keep your data", false},
	}
	for _, tt := range tests {
		if got := onlyDatesDiffer(tt.a, tt.b); got != tt.want {
			t.Errorf("onlyDatesDiffer(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
