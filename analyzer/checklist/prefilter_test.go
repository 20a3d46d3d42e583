package checklist

import (
	"regexp/syntax"
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
		for _, s := range tt.pass {
			if !f.match(s) {
				t.Errorf("filterOf(%q) rejects %q", tt.src, s)
			}
		}
		for _, s := range tt.fail {
			if f.match(s) {
				t.Errorf("filterOf(%q) accepts %q", tt.src, s)
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
		want := p.re.FindStringIndex(s) != nil
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
