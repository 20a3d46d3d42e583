package checklist_test

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// guidePhrasing is one phrasing of the guide's list: an item, the words as
// quoted and the status the engine gives.
type guidePhrasing struct{ id, text, want string }

// phrasingLine is a line of the list: "- ID: ..." followed by quoted
// phrasings, each with its status.
var (
	phrasingLine = regexp.MustCompile(`^- ([a-z]+\.[a-z_]+)(?: \(round \d+\))?: (.+)$`)
	phrasingItem = regexp.MustCompile(`(?:"([^"]+)"|« ([^»]+) ») → (found|vague|missing)`)
)

// guidePhrasings reads the section "Checklist phrasings found in real text"
// of the labelling guide.
func guidePhrasings(t *testing.T) []guidePhrasing {
	t.Helper()
	data, err := os.ReadFile("../../corpus/README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, sec, ok := strings.Cut(string(data), "### Checklist phrasings found in real text\n")
	if !ok {
		t.Fatal(`corpus/README.md has no section "Checklist phrasings found in real text"`)
	}
	sec, _, _ = strings.Cut(sec, "\n### ")
	var out []guidePhrasing
	for _, line := range strings.Split(sec, "\n") {
		m := phrasingLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		items := phrasingItem.FindAllStringSubmatch(m[2], -1)
		if len(items) == 0 {
			t.Errorf("guide line with no phrasing: %q", line)
		}
		for _, it := range items {
			out = append(out, guidePhrasing{id: m[1], text: it[1] + it[2], want: it[3]})
		}
	}
	return out
}

// TestGuidePhrasings checks that every phrasing the guide lists is a case of
// TestChecks with the same item and status: the guide says what the engine
// does, and TestChecks proves it.
func TestGuidePhrasings(t *testing.T) {
	phrasings := guidePhrasings(t)
	if len(phrasings) < 50 {
		t.Fatalf("read %d phrasings from the guide, want the whole list", len(phrasings))
	}
	for _, ph := range phrasings {
		covered := false
		for _, tc := range checkCases {
			if tc.id != ph.id || tc.want != ph.want {
				continue
			}
			for _, x := range tc.clauses {
				if strings.Contains(x.text+"\n"+x.leadIn, ph.text) {
					covered = true
				}
			}
		}
		if !covered {
			t.Errorf("%s: %q → %s is in the guide but no case of TestChecks has it with that status", ph.id, ph.text, ph.want)
		}
	}
}
