package vague

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/report"
	"github.com/policylens/policylens/analyzer/segment"
)

// tokRe splits like analyzer/segment: French elisions ("l'", "qu'") are
// tokens of their own, words keep inner hyphens, every other non-space
// character is a token.
var tokRe = regexp.MustCompile(`(?i)\b(?:qu|lorsqu|puisqu|jusqu|quoiqu|presqu|[ldjmnstc])['’]|[\p{L}\p{N}]+(?:[-‑][\p{L}\p{N}]+)*|['’][\p{L}]+|\S`)

// clause builds a clause of text placed at offset base of a document made of
// base filler bytes and text, with its tokens.
func clause(t *testing.T, text string, base int) (segment.Clause, string) {
	t.Helper()
	doc := strings.Repeat("x", base) + text
	var toks []segment.Token
	for _, loc := range tokRe.FindAllStringIndex(text, -1) {
		w := text[loc[0]:loc[1]]
		low := strings.ReplaceAll(strings.ToLower(w), "’", "'")
		toks = append(toks, segment.Token{Text: w, Lower: low, Stem: low, Start: base + loc[0], End: base + loc[1]})
	}
	return segment.Clause{Text: text, Start: base, End: base + len(text), Tokens: toks}, doc
}

// terms renders findings as "term/kind" for comparison.
func terms(vs []report.VagueTerm) []string {
	out := []string{}
	for _, v := range vs {
		out = append(out, v.Term+"/"+v.Kind)
	}
	return out
}

// checkOffsets verifies that every finding's offsets give its term in the
// document, in order and without overlap.
func checkOffsets(t *testing.T, doc string, got []report.VagueTerm) {
	t.Helper()
	prevEnd := -1
	for _, v := range got {
		if v.Start < 0 || v.End > len(doc) || v.Start >= v.End {
			t.Fatalf("bad offsets %+v in a %d-byte document", v, len(doc))
		}
		if doc[v.Start:v.End] != v.Term {
			t.Errorf("doc[%d:%d] = %q, want %q", v.Start, v.End, doc[v.Start:v.End], v.Term)
		}
		if v.Start < prevEnd {
			t.Errorf("%+v overlaps or precedes the previous finding (ended at %d)", v, prevEnd)
		}
		prevEnd = v.End
	}
}

type golden struct {
	Name  string   `json:"name"`
	Input string   `json:"input"`
	Terms []string `json:"terms"` // "term/kind", in order
}

func TestGoldenRules(t *testing.T) {
	for _, code := range []lang.Code{lang.English, lang.French} {
		path := filepath.Join("testdata", fmt.Sprintf("rules_%s.json", code))
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("reading %s: %v", path, err)
		}
		var cases []golden
		if err := json.Unmarshal(b, &cases); err != nil {
			t.Fatalf("parsing %s: %v", path, err)
		}
		if len(cases) == 0 {
			t.Fatalf("%s has no cases", path)
		}
		for _, c := range cases {
			t.Run(string(code)+"/"+c.Name, func(t *testing.T) {
				cl, doc := clause(t, c.Input, 17)
				found := Find(code, cl)
				checkOffsets(t, doc, found)
				got, want := terms(found), c.Terms
				if want == nil {
					want = []string{}
				}
				if strings.Join(got, " | ") != strings.Join(want, " | ") {
					t.Errorf("Find(%q)\n got %q\nwant %q", c.Input, got, want)
				}
			})
		}
	}
}

// TestLongestMatch checks that overlapping phrases give one term, the longest.
func TestLongestMatch(t *testing.T) {
	tests := []struct {
		code  lang.Code
		input string
		want  string
	}{
		{lang.English, "We share data with partners including but not limited to Stripe.", "including but not limited to/open_list"},
		{lang.English, "We keep it for as long as necessary.", "as long as necessary/open_time"},
		{lang.English, "Access is given under certain conditions.", "under certain conditions/conditional"},
		{lang.French, "Nous conservons les données aussi longtemps que nécessaire.", "aussi longtemps que nécessaire/open_time"},
		{lang.French, "Vos données, y compris, sans s’y limiter, votre nom.", "y compris, sans s’y limiter/open_list"},
	}
	for _, tt := range tests {
		t.Run(tt.input, func(t *testing.T) {
			cl, doc := clause(t, tt.input, 0)
			found := Find(tt.code, cl)
			checkOffsets(t, doc, found)
			if got := strings.Join(terms(found), " | "); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHedgeVsPermission pairs a hedge with a permission built on the same modal.
func TestHedgeVsPermission(t *testing.T) {
	tests := []struct {
		code            lang.Code
		hedge, granting string
	}{
		{lang.English, "We may share your data with advertisers.", "You may request a copy of your data."},
		{lang.English, "Your data may be transferred abroad.", "You may opt out at any time."},
		{lang.English, "We can share aggregated data with partners.", "You can contact us at privacy@example.com."},
		{lang.English, "You may be asked to provide your ID.", "You may also ask us to delete it."},
		{lang.English, "They may use cookies to track you.", "They may also request us to destroy this data."},
		{lang.English, "Customers, partners and users may provide us with contact information.", "Customers may request an archive of their data."},
		{lang.French, "Nous pouvons partager vos données avec nos partenaires.", "Vous pouvez exercer vos droits en nous écrivant."},
		{lang.French, "Vos données peuvent être transmises à nos prestataires.", "Vous pouvez nous contacter à tout moment."},
		{lang.French, "Il peut vous être demandé de fournir des données.", "L’utilisateur peut demander la suppression de ses données."},
		{lang.French, "Vous pouvez être contacté par nos partenaires.", "Les clients peuvent lire ces e-mails."},
	}
	for _, tt := range tests {
		t.Run(tt.hedge, func(t *testing.T) {
			cl, _ := clause(t, tt.hedge, 0)
			if got := terms(Find(tt.code, cl)); !containsKind(got, "modality") {
				t.Errorf("hedge %q: got %q, want a modality term", tt.hedge, got)
			}
			cl, _ = clause(t, tt.granting, 0)
			if got := terms(Find(tt.code, cl)); containsKind(got, "modality") {
				t.Errorf("permission %q: got %q, want no modality term", tt.granting, got)
			}
		})
	}
}

func containsKind(ts []string, kind string) bool {
	for _, t := range ts {
		if strings.HasSuffix(t, "/"+kind) {
			return true
		}
	}
	return false
}

// TestOtherLanguages checks that text in an unsupported language gives nothing.
func TestOtherLanguages(t *testing.T) {
	cl, _ := clause(t, "We may share some data, such as your name.", 0)
	for _, code := range []lang.Code{lang.Unknown, "es"} {
		if got := Find(code, cl); got != nil {
			t.Errorf("Find(%q) = %v, want nil", code, got)
		}
	}
	if got := Find(lang.English, segment.Clause{}); got != nil {
		t.Errorf("Find(empty clause) = %v, want nil", got)
	}
}

// TestRuleTable checks the exported table: unique ids that name their
// language and kind, a doc, phrases, and a known kind.
func TestRuleTable(t *testing.T) {
	kinds := map[Kind]bool{}
	for _, k := range Kinds {
		if k.Doc() == "" {
			t.Errorf("kind %q has no doc", k)
		}
		kinds[k] = true
	}
	if len(Kinds) != 6 {
		t.Errorf("len(Kinds) = %d, want 6", len(Kinds))
	}
	seen := map[string]bool{}
	for _, r := range Rules {
		if seen[r.ID] {
			t.Errorf("duplicate rule id %q", r.ID)
		}
		seen[r.ID] = true
		if !kinds[r.Kind] {
			t.Errorf("rule %q: unknown kind %q", r.ID, r.Kind)
		}
		if want := string(r.Lang) + "." + string(r.Kind) + "."; !strings.HasPrefix(r.ID, want) {
			t.Errorf("rule id %q, want prefix %q", r.ID, want)
		}
		if r.Doc == "" || len(r.Phrases) == 0 {
			t.Errorf("rule %q: doc or phrases missing", r.ID)
		}
		for _, p := range r.Phrases {
			if len(p) < 2 || p != strings.ToLower(p) || strings.Contains(p, "’") || strings.Contains(p, "  ") {
				t.Errorf("rule %q: phrase %q is not in lower-cased token form", r.ID, p)
			}
		}
	}
}

func TestPhrases(t *testing.T) {
	got := phrases("for? as_long_as necessary|needed", "d' autres", "including ,? but")
	want := []string{"as long as necessary", "as long as needed", "for as long as necessary", "for as long as needed", "d'autres", "including but", "including, but"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func BenchmarkFind(b *testing.B) {
	t := &testing.T{}
	var cls []segment.Clause
	for _, s := range []string{
		"We may share certain data, such as your name and email, with various third parties from time to time, where appropriate.",
		"You can contact us at any time to request access to your personal data, and we will answer within 30 days.",
		"Nous pouvons partager certaines données, notamment votre nom, avec nos partenaires le cas échéant.",
	} {
		cl, _ := clause(t, s, 0)
		cls = append(cls, cl)
	}
	codes := []lang.Code{lang.English, lang.English, lang.French}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, cl := range cls {
			Find(codes[j], cl)
		}
	}
}
