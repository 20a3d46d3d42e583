package segment

import (
	"strings"
	"testing"
	"time"

	"github.com/policylens/policylens/analyzer/extract"
	"github.com/policylens/policylens/analyzer/lang"
)

// TestSegmentAdversarial guards against quadratic paths: each 100 KB input
// below took seconds to a minute before the fix named beside it, and takes
// well under 200 ms now (2-core machine, no -race).
func TestSegmentAdversarial(t *testing.T) {
	if testing.Short() {
		t.Skip("slow inputs; skipped with -short")
	}
	// Generous for -race on a loaded machine; the quadratic versions took
	// 55 s on "only semicolons" without -race.
	const limit = 20 * time.Second
	tests := []struct {
		name string
		text string
	}{
		{"many semicolons", strings.Repeat("a b c d e f; ", 8000)}, // words counted once per sentence
		{"only semicolons", strings.Repeat(";", 100000)},           // same
		{"brackets without space", strings.Repeat("(", 100000)},    // long runs bypass prose
		{"list numbers", strings.Repeat("1. ", 33000)},             // no TrimSpace of the whole prefix
		{"initials", strings.Repeat("a. ", 33000)},                 // same path as above
		{"prose drops text", strings.Repeat("A'S0", 25000)},        // gaps re-tokenized by rule
		{"bullets", "x:\n" + strings.Repeat("- a\n", 25000)},       // one lead-in, many items
		{"short lines", strings.Repeat("A\n", 50000)},              // one piece a line
		{"one long word", strings.Repeat("é", 50000)},              // cut on rune boundaries
	}
	for _, tt := range tests {
		for _, code := range []lang.Code{lang.English, lang.French} {
			t.Run(tt.name+"/"+string(code), func(t *testing.T) {
				doc := &extract.Document{Text: tt.text, Blocks: []extract.Block{{Kind: extract.Paragraph, Start: 0, End: len(tt.text)}}}
				start := time.Now()
				cls, err := New(code).Segment(doc)
				if err != nil {
					t.Fatal(err)
				}
				if d := time.Since(start); d > limit {
					t.Errorf("Segment took %v on %d bytes, want < %v", d, len(tt.text), limit)
				}
				checkInvariants(t, doc, cls)
			})
		}
	}
}
