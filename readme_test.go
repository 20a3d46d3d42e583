package main

import (
	"os"
	"strings"
	"testing"
)

// TestREADMEExamples runs every example of README.md that shows a command
// ("$ policylens ..." as the first line of a ```text block) and compares
// the block with the real output, so the README cannot drift from the CLI.
// In the block, a line that is only "..." stands for any number of lines
// (none included), and a line ending in "..." for any line that starts with
// what comes before it. Examples that read standard input from a file not
// in the repository, or the shared development data when it is absent, are
// skipped with the reason.
func TestREADMEExamples(t *testing.T) {
	raw, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	examples := readmeExamples(string(raw))
	if len(examples) < 4 {
		t.Fatalf("found %d examples in README.md, want at least 4 (analyze, diff, history csv, history text)", len(examples))
	}
	for _, ex := range examples {
		t.Run(ex.command, func(t *testing.T) {
			args := strings.Fields(strings.TrimPrefix(ex.command, "$ policylens "))
			for _, a := range args {
				if a == "<" || a == "|" {
					t.Skipf("the example reads standard input from a file that is not in the repository")
				}
				if strings.HasPrefix(a, sharedHistory) {
					if _, err := os.Stat(a); err != nil {
						t.Skipf("the shared development data is not at %s", a)
					}
				}
			}
			out, _, err := runCLI(t, "", args...)
			if err != nil {
				t.Fatalf("%s: %v", ex.command, err)
			}
			got := strings.Split(strings.TrimRight(out, "\n"), "\n")
			if !matchLines(ex.want, got) {
				t.Errorf("README example differs from the real output.\nREADME:\n%s\n\nreal output:\n%s", strings.Join(ex.want, "\n"), out)
			}
		})
	}
}

type readmeExample struct {
	command string
	want    []string
}

func readmeExamples(md string) []readmeExample {
	var out []readmeExample
	lines := strings.Split(md, "\n")
	for i := 0; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "```text" || i+1 >= len(lines) || !strings.HasPrefix(lines[i+1], "$ policylens ") {
			continue
		}
		ex := readmeExample{command: lines[i+1]}
		for i += 2; i < len(lines) && strings.TrimSpace(lines[i]) != "```"; i++ {
			ex.want = append(ex.want, lines[i])
		}
		out = append(out, ex)
	}
	return out
}

// matchLines matches want, with its "..." lines, against got.
func matchLines(want, got []string) bool {
	if len(want) == 0 {
		return len(got) == 0
	}
	w := strings.TrimRight(want[0], " ")
	if strings.TrimSpace(w) == "..." {
		for k := 0; k <= len(got); k++ {
			if matchLines(want[1:], got[k:]) {
				return true
			}
		}
		return false
	}
	if len(got) == 0 {
		return false
	}
	g := strings.TrimRight(got[0], " ")
	if prefix, ok := strings.CutSuffix(w, "..."); ok {
		if !strings.HasPrefix(g, prefix) {
			return false
		}
	} else if g != w {
		return false
	}
	return matchLines(want[1:], got[1:])
}

func TestMatchLines(t *testing.T) {
	tests := []struct {
		want, got string
		ok        bool
	}{
		{"a\nb", "a\nb", true},
		{"a\nb", "a\nc", false},
		{"a\n...\nd", "a\nb\nc\nd", true},
		{"a\n...\nd", "a\nd", true},
		{"a\n...", "a\nb\nc", true},
		{"a\nb, c, ...", "a\nb, c, d, e", true},
		{"a", "a\nb", false},
	}
	for _, tt := range tests {
		if got := matchLines(strings.Split(tt.want, "\n"), strings.Split(tt.got, "\n")); got != tt.ok {
			t.Errorf("matchLines(%q, %q) = %v, want %v", tt.want, tt.got, got, tt.ok)
		}
	}
}
