package checklist

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp/syntax"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/report"
)

func TestFilter(t *testing.T) {
	tests := []struct {
		src        string
		size       int // 0: no filter
		pass, fail []string
	}{
		{`\bnames?\b`, 1, []string{"your name"}, []string{"email"}},
		{`(?:\bnames?\b|\bemail\b)`, 2, []string{"email"}, []string{"phone"}},
		{`\bsell\b[^.;]*\b(?:data|information)\b`, 3, []string{"sell it. information"}, []string{"sell it", "data only"}},
		{`(?i)Cookies`, 1, []string{"cookies"}, []string{"cookie"}},
		{`\d+ days?`, 1, []string{"30 days"}, []string{"30 weeks"}},
		{`[a-z]+@[a-z]+`, 1, []string{"a@b"}, []string{"at b"}}, // "@" is rare enough
		{`[a-z]+-[a-z]+`, 0, nil, nil},                          // "-" is not
		{`(?:\bdpo\b|[a-z]+@x)`, 2, []string{"a@x"}, []string{"mail"}},
		{`(?:\bdpo\b|[a-z]+-[a-z]+)`, 0, nil, nil}, // a branch without literal
		{`(?:keep)?`, 0, nil, nil},
	}
	for _, tt := range tests {
		re, err := syntax.Parse(tt.src, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		f := filterOf(re.Simplify())
		size := 0
		if f != nil {
			size = f.size()
		}
		if size != tt.size {
			t.Errorf("filterOf(%q) has %d literals, want %d", tt.src, size, tt.size)
			continue
		}
		for _, g := range []func(string) *grams{func(string) *grams { return nil }, gramsOf} {
			for _, s := range tt.pass {
				if !f.match(s, g(s)) {
					t.Errorf("filterOf(%q) rejects %q", tt.src, s)
				}
			}
			for _, s := range tt.fail {
				if f.match(s, g(s)) {
					t.Errorf("filterOf(%q) accepts %q", tt.src, s)
				}
			}
		}
	}
}

// TestPrefilterAgrees checks that the prefilter never hides a match.
func TestPrefilterAgrees(t *testing.T) {
	p := compile(`\b(?:sell|rent)\b[^.;]{0,60}\b(?:data|information)\b`)
	for _, s := range []string{
		"we never sell your personal data",
		"we rent lists of information",
		"we sell. data",
		"no match here",
	} {
		got := p.FindStringIndex(s) != nil
		want := p.whole().FindStringIndex(s) != nil
		if got != want {
			t.Errorf("%q: prefiltered %v, regexp %v", s, got, want)
		}
	}
}

// TestEveryPatternCompiles runs every check and flag in both languages on a
// clause carrying every category, so that each pattern, compiled lazily, is
// compiled here at least once (a bad pattern panics).
func TestEveryPatternCompiles(t *testing.T) {
	labels := []report.Label{}
	for _, c := range report.Categories {
		labels = append(labels, report.Label{Category: c})
	}
	for _, code := range []lang.Code{lang.English, lang.French, lang.Unknown} {
		text := "we collect and share data"
		in := Input{Lang: code, Text: text, Clauses: []report.Clause{{ID: "c1", Text: text, End: len(text), Categories: labels}}}
		items, _ := Run(in)
		if len(items) != len(Checks) {
			t.Fatalf("%s: %d items", code, len(items))
		}
	}
}

func TestSplitAlternatives(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{`\bname\b`, []string{`\bname\b`}},
		{`a|b`, []string{`a`, `b`}},
		{`(?:a|b(?:c|d))`, []string{`a`, `b(?:c|d)`}},
		{`(?:(?:a|b))`, []string{`a`, `b`}},
		{`(?:a|b)c`, []string{`(?:a|b)c`}},
		{`(?:a)|(?:b)`, []string{`(?:a)`, `(?:b)`}},
		{`[|]x|y`, []string{`[|]x`, `y`}},
		{`[]|]x|y`, []string{`[]|]x`, `y`}},
		{`[^]|]x|[[:alpha:]|]`, []string{`[^]|]x`, `[[:alpha:]|]`}},
		{`\|x|y\(`, []string{`\|x`, `y\(`}},
		{`(?i)a|b`, []string{`(?i)a|b`}}, // a flag's scope would change
		{`(a|b)|c`, []string{`(a|b)`, `c`}},
	}
	for _, tt := range tests {
		got := splitAlternatives(tt.src)
		if strings.Join(got, "\x00") != strings.Join(tt.want, "\x00") {
			t.Errorf("splitAlternatives(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}

// TestSplitAgrees is a differential test: for every pattern of the package,
// the filtered search (with and without byte pairs, see grams; for
// alternations, branch by branch) finds the same leftmost match as the
// whole regexp, on every line of the corpus, folded.
func TestSplitAgrees(t *testing.T) {
	files, err := filepath.Glob("../../corpus/*.*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	var texts, long []string
	seen := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, ".json") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		long = append(long, fold(string(b)).s)
		// Lines: whole texts would take the plain regexp seconds each,
		// so they are only read by patterns searched at their starts.
		for _, line := range strings.Split(string(b), "\n") {
			if s := fold(line).s; !seen[s] {
				seen[s] = true
				texts = append(texts, s)
			}
		}
	}
	split, started := 0, 0
	for _, r := range patterns {
		p := r.p
		p.compiled()
		if p.alts != nil {
			split++
		}
		for _, s := range texts {
			want := p.whole().FindStringIndex(s)
			if got := p.FindStringIndex(s); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("pattern %.60q on %.80q: got %v, want %v", p.src, s, got, want)
			}
			if got := p.find(s, gramsOf(s)); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("pattern %.60q on %.80q with its byte pairs: got %v, want %v", p.src, s, got, want)
			}
		}
		if p.startLiterals() == nil {
			continue
		}
		started++
		for i, s := range append(long, texts...) {
			if i >= len(long) && i%4 != 0 {
				continue // a sample of the lines is enough
			}
			got, want := p.findAtStarts(s), p.whole().FindStringIndex(s)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("pattern %.60q at its starts on %.80q: got %v, want %v", p.src, s, got, want)
			}
			if i < len(long) {
				all, wantAll := p.findAll(s), p.whole().FindAllStringIndex(s, -1)
				if fmt.Sprint(all) != fmt.Sprint(wantAll) {
					t.Errorf("pattern %.60q, all matches on a whole text: got %v, want %v", p.src, all, wantAll)
				}
			}
		}
	}
	if split == 0 || started == 0 {
		t.Errorf("%d patterns split, %d searched at their starts: the test tests nothing", split, started)
	}
	t.Logf("%d patterns, %d split, %d searched at their starts; %d texts", len(patterns), split, started, len(texts))
}
