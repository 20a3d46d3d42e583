package checklist

import (
	"reflect"
	"regexp/syntax"
	"testing"

	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/report"
)

func TestRequiredLiterals(t *testing.T) {
	tests := []struct {
		src  string
		want []string // nil: no prefilter
	}{
		{`\bnames?\b`, []string{"name"}},
		{`(?:\bnames?\b|\bemail\b)`, []string{"name", "email"}},
		{`\bsell\b[^.;]*\bdata\b`, []string{"sell"}},
		{`\b(?:sell|sold)\b[^.;]*\bpersonal data\b`, []string{"personal data"}},
		{`(?i)Cookies`, []string{"cookies"}},
		{`\d+ days?`, []string{" day"}},
		{`[a-z]+@[a-z]+`, nil}, // one-letter literal: no prefilter
		{`(?:\bdpo\b|[a-z]+@x)`, []string{"dpo", "@x"}},
		{`(?:\bdpo\b|[a-z]+@[a-z]+)`, nil}, // one branch without literal
		{`(?:keep)?`, nil},
	}
	for _, tt := range tests {
		re, err := syntax.Parse(tt.src, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := required(re.Simplify())
		if !ok {
			got = nil
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("required(%q) = %q, want %q", tt.src, got, tt.want)
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
