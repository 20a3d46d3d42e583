package eval

import (
	"bytes"
	"math"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/policylens/policylens/analyzer/report"
)

func TestAlign(t *testing.T) {
	tests := []struct {
		name    string
		doc     string
		units   []string
		want    []Span
		wantErr string
	}{
		{
			name:  "exact sentences",
			doc:   "We collect data. We share it.",
			units: []string{"We collect data.", "We share it."},
			want:  []Span{{0, 15}, {17, 28}},
		},
		{
			name:  "case, punctuation and spacing ignored",
			doc:   "Title\n\n• We  COLLECT your e‑mail, name.\nYou’re free.",
			units: []string{"we collect your e-mail name", "You're free"},
			want:  []Span{{11, 42}, {44, 57}},
		},
		{
			name:  "repeated text found in order",
			doc:   "By email :\nX.\nBy email :",
			units: []string{"By email :", "X.", "By email :"},
			want:  []Span{{0, 8}, {11, 12}, {14, 22}},
		},
		{
			name:  "match must start and end on word boundaries",
			doc:   "Unsalaried. Salary",
			units: []string{"Salary"},
			want:  []Span{{12, 18}},
		},
		{
			name:  "accented letters are kept",
			doc:   "Données recueillies. Autre.",
			units: []string{"données recueillies"},
			want:  []Span{{0, 20}},
		},
		{
			name:    "missing unit is an error naming it",
			doc:     "We collect data.",
			units:   []string{"We sell data."},
			wantErr: `unit 1 "We sell data."`,
		},
		{
			name:    "search is forward only",
			doc:     "B then A.",
			units:   []string{"A", "B"},
			wantErr: `unit 2 "B"`,
		},
		{
			name:    "unit without letters",
			doc:     "text",
			units:   []string{"—"},
			wantErr: "no letters or digits",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			units := make([]Unit, len(tt.units))
			for i, u := range tt.units {
				units[i] = Unit{Text: u}
			}
			got, err := Align(tt.doc, units)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// validLabels returns a labels file in JSON with one edit applied by the
// caller through strings.Replace.
func validLabels() string {
	var b strings.Builder
	b.WriteString(`{"schema": 1, "document": "d.txt", "seed": null, "language": "en",
  "units": [{"text": "We may share data.", "categories": ["sharing"], "vague": [{"term": "may", "kind": "modality"}]}],
  "checklist": {`)
	for i, id := range ChecklistIDs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(`"` + id + `": "missing"`)
	}
	b.WriteString(`}, "red_flags": ["sharing.sells_data"]}`)
	return b.String()
}

func TestParseLabels(t *testing.T) {
	tests := []struct {
		name, old, new string
		wantErr        string
	}{
		{name: "valid"},
		{name: "unknown category", old: `["sharing"]`, new: `["sharing", "tracking"]`, wantErr: `unit 1 "We may share data.": unknown category "tracking"`},
		{name: "unknown kind", old: `"kind": "modality"`, new: `"kind": "hedge"`, wantErr: `unknown kind "hedge"`},
		{name: "term not in unit", old: `"term": "may"`, new: `"term": "might"`, wantErr: `"might" listed 1 times but found 0`},
		{name: "unknown status", old: `"policy.changes": "missing"`, new: `"policy.changes": "absent"`, wantErr: `policy.changes: unknown status "absent"`},
		{name: "unknown checklist id", old: `"policy.changes": "missing"`, new: `"policy.changes": "missing", "policy.colour": "found"`, wantErr: `unknown id "policy.colour"`},
		{name: "missing checklist id", old: `, "policy.changes": "missing"`, new: ``, wantErr: "policy.changes is missing"},
		{name: "unknown red flag", old: `["sharing.sells_data"]`, new: `["sharing.everything"]`, wantErr: `unknown id "sharing.everything"`},
		{name: "unknown field", old: `"schema": 1`, new: `"schema": 1, "colour": "red"`, wantErr: `unknown field "colour"`},
		{name: "wrong schema", old: `"schema": 1`, new: `"schema": 2`, wantErr: "schema 2"},
		{name: "unknown language", old: `"language": "en"`, new: `"language": "de"`, wantErr: `unknown language "de"`},
		{name: "no units", old: `"units": [{"text": "We may share data.", "categories": ["sharing"], "vague": [{"term": "may", "kind": "modality"}]}]`, new: `"units": []`, wantErr: "no units"},
		{name: "units in scope checklist", old: `"schema": 1`, new: `"schema": 1, "scope": "checklist"`, wantErr: "units in a labels file of scope checklist"},
		{name: "scope checklist without checklist", old: `"units": [{"text": "We may share data.", "categories": ["sharing"], "vague": [{"term": "may", "kind": "modality"}]}],
  "checklist": {`, new: `"scope": "checklist", "units": [], "x": {`, wantErr: `unknown field "x"`},
		{name: "unknown scope", old: `"schema": 1`, new: `"schema": 1, "scope": "pages"`, wantErr: `unknown scope "pages"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := validLabels()
			if tt.old != "" {
				if !strings.Contains(data, tt.old) {
					t.Fatalf("test edit %q does not apply", tt.old)
				}
				data = strings.Replace(data, tt.old, tt.new, 1)
			}
			g, err := ParseLabels([]byte(data))
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("got error %v, want none", err)
				}
				if got, want := g.Units[0].Categories, []report.Category{report.Sharing}; !reflect.DeepEqual(got, want) {
					t.Errorf("got %v, want %v", got, want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("got error %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	labels := func(doc, lang string) *fstest.MapFile {
		s := strings.Replace(validLabels(), `"d.txt"`, `"`+doc+`"`, 1)
		s = strings.Replace(s, `"language": "en"`, `"language": "`+lang+`"`, 1)
		return &fstest.MapFile{Data: []byte(s)}
	}
	doc := &fstest.MapFile{Data: []byte("We may share data.")}
	tests := []struct {
		name      string
		fs        fstest.MapFS
		wantDocs  []string
		wantPairs []string
		wantErr   string
	}{
		{
			name:     "without index: every labels file",
			fs:       fstest.MapFS{"b.labels.json": labels("b.txt", "en"), "b.txt": doc, "a.labels.json": labels("a.txt", "en"), "a.txt": doc},
			wantDocs: []string{"a.txt", "b.txt"}, wantPairs: []string{"", ""},
		},
		{
			name: "index with a pair",
			fs: fstest.MapFS{
				"corpus.json": {Data: []byte(`{"documents": [
					{"file": "en.txt", "labels": "en.labels.json", "language": "en", "seed": null, "pair": "fr.txt"},
					{"file": "fr.txt", "language": "fr", "seed": null, "pair": "en.txt"}]}`)},
				"en.labels.json": labels("en.txt", "en"), "en.txt": doc,
				"fr.labels.json": labels("fr.txt", "fr"), "fr.txt": doc,
			},
			wantDocs: []string{"en.txt", "fr.txt"}, wantPairs: []string{"fr.txt", "en.txt"},
		},
		{
			name: "one-sided pair",
			fs: fstest.MapFS{
				"corpus.json": {Data: []byte(`{"documents": [
					{"file": "en.txt", "pair": "fr.txt"}, {"file": "fr.txt"}]}`)},
				"en.labels.json": labels("en.txt", "en"), "en.txt": doc,
				"fr.labels.json": labels("fr.txt", "fr"), "fr.txt": doc,
			},
			wantErr: "does not pair back",
		},
		{
			name: "index language disagrees",
			fs: fstest.MapFS{
				"corpus.json":    {Data: []byte(`{"documents": [{"file": "en.txt", "language": "fr"}]}`)},
				"en.labels.json": labels("en.txt", "en"), "en.txt": doc,
			},
			wantErr: `en.labels.json: language "en"`,
		},
		{
			name: "bad labels file named",
			fs: fstest.MapFS{
				"x.labels.json": {Data: []byte(validLabels() + "junk")},
				"d.txt":         doc,
			},
			wantErr: "x.labels.json: decode: data after the labels",
		},
		{
			name:    "document missing",
			fs:      fstest.MapFS{"a.labels.json": labels("a.txt", "en")},
			wantErr: "a.labels.json: read document",
		},
		{
			name:    "empty corpus",
			fs:      fstest.MapFS{},
			wantErr: "no corpus.json",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golds, err := Load(tt.fs)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			var docs, pairs []string
			for _, g := range golds {
				docs = append(docs, g.Document)
				pairs = append(pairs, g.Pair)
				if string(g.Raw) != "We may share data." {
					t.Errorf("%s: got raw %q, want the document's bytes", g.Document, g.Raw)
				}
			}
			if !reflect.DeepEqual(docs, tt.wantDocs) {
				t.Errorf("got documents %v, want %v", docs, tt.wantDocs)
			}
			if !reflect.DeepEqual(pairs, tt.wantPairs) {
				t.Errorf("got pairs %v, want %v", pairs, tt.wantPairs)
			}
		})
	}
}

func TestMatchVague(t *testing.T) {
	tests := []struct {
		name      string
		gold      []Vague
		pred      []report.VagueTerm
		want      Counts
		wantKinds int
	}{
		{name: "none", want: Counts{}},
		{
			name: "normalised match",
			gold: []Vague{{"Such  as", "open_list"}, {"aussi longtemps que nécessaire", "open_time"}},
			pred: []report.VagueTerm{{Term: "such as", Kind: "open_list"}, {Term: "Aussi longtemps que nécessaire", Kind: "open_time"}},
			want: Counts{TP: 2}, wantKinds: 2,
		},
		{
			name: "typographic apostrophe",
			gold: []Vague{{"as long as it’s legally possible", "conditional"}},
			pred: []report.VagueTerm{{Term: "as long as it's legally possible", Kind: "open_time"}},
			want: Counts{TP: 1}, wantKinds: 0,
		},
		{
			name: "multiset: two gold, one predicted, one extra",
			gold: []Vague{{"may", "modality"}, {"may", "modality"}},
			pred: []report.VagueTerm{{Term: "may", Kind: "modality"}, {Term: "some", Kind: "quantifier"}},
			want: Counts{TP: 1, FP: 1, FN: 1}, wantKinds: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, kinds := matchVague(tt.gold, tt.pred)
			if got != tt.want || kinds != tt.wantKinds {
				t.Errorf("got %+v kinds %d, want %+v kinds %d", got, kinds, tt.want, tt.wantKinds)
			}
		})
	}
}

// Synthetic document for Score: three units.
const synthText = "Privacy\n\nWe collect your name. We may share it with partners. You can delete it."

func synthGold(lang, doc, pair string) Gold {
	cl := map[string]string{}
	for _, id := range ChecklistIDs {
		cl[id] = report.StatusMissing
	}
	cl["collection.data_types"] = report.StatusFound
	cl["sharing.recipients"] = report.StatusVague
	cl["rights.deletion"] = report.StatusFound
	return Gold{
		Schema: 1, Document: doc, Language: lang, Pair: pair,
		Units: []Unit{
			{Text: "We collect your name.", Categories: []report.Category{report.Collection}},
			{Text: "We may share it with partners.", Categories: []report.Category{report.Sharing}, Vague: []Vague{{"may", "modality"}}},
			{Text: "You can delete it.", Categories: []report.Category{report.Rights}},
		},
		Checklist: cl,
		RedFlags:  []string{},
	}
}

// clause builds a report clause over the first occurrence of text in synthText.
func clause(text string, cats ...report.Category) report.Clause {
	start := strings.Index(synthText, text)
	c := report.Clause{Text: text, Start: start, End: start + len(text)}
	for _, cat := range cats {
		c.Categories = append(c.Categories, report.Label{Category: cat})
	}
	return c
}

func vagueAt(c *report.Clause, term, kind string) {
	s := strings.Index(synthText, term)
	c.Vague = append(c.Vague, report.VagueTerm{Term: term, Kind: kind, Start: s, End: s + len(term)})
}

func perfectReport() *report.Report {
	share := clause("We may share it with partners.", report.Sharing)
	vagueAt(&share, "may", "modality")
	return &report.Report{
		Clauses: []report.Clause{
			clause("We collect your name.", report.Collection),
			share,
			clause("You can delete it.", report.Rights),
		},
		Checklist: []report.CheckItem{
			{ID: "collection.data_types", Status: "found"},
			{ID: "sharing.recipients", Status: "vague"},
			{ID: "rights.deletion", Status: "found"},
		},
	}
}

func TestScore(t *testing.T) {
	// A worse report: the first two units merged into one clause (which
	// covers both, so labels both), a wrong category, a spurious vague term,
	// two checklist errors and a spurious red flag.
	merged := clause("We collect your name. We may share it with partners.", report.Sharing, report.Cookies)
	vagueAt(&merged, "partners", "quantifier")
	worse := &report.Report{
		Clauses: []report.Clause{merged, clause("You can delete it.")},
		Checklist: []report.CheckItem{
			{ID: "collection.data_types", Status: "vague"},
			{ID: "rights.deletion", Status: "found"},
		},
		RedFlags: []report.RedFlag{{ID: "sharing.sells_data"}},
	}

	tests := []struct {
		name          string
		rep           *report.Report
		wantMacro     float64
		wantCats      map[report.Category]Counts
		wantVague     Counts
		wantChecklist float64
		wantFlags     Counts
	}{
		{
			name:      "perfect report scores 1",
			rep:       perfectReport(),
			wantMacro: 1,
			wantCats: map[report.Category]Counts{
				report.Collection: {TP: 1}, report.Sharing: {TP: 1}, report.Rights: {TP: 1},
				report.Cookies: {}, report.Retention: {}, report.Jurisdiction: {},
			},
			wantVague:     Counts{TP: 1},
			wantChecklist: 1,
		},
		{
			name: "worse report scores below 1",
			rep:  worse,
			// The merged clause labels both units it covers: collection F1 0
			// (FN), sharing 2/3 (a TP, and an FP on the first unit), cookies 0
			// (two FP), rights 0 (FN), retention and jurisdiction 1 (nothing to
			// find, nothing said).
			wantMacro: (2.0/3 + 2) / 6,
			wantCats: map[report.Category]Counts{
				report.Collection: {FN: 1}, report.Sharing: {TP: 1, FP: 1}, report.Cookies: {FP: 2},
				report.Rights: {FN: 1}, report.Retention: {}, report.Jurisdiction: {},
			},
			wantVague:     Counts{FP: 1, FN: 1},
			wantChecklist: 18.0 / 20,
			wantFlags:     Counts{FP: 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Score([]Scored{{Gold: synthGold("en", "d.txt", ""), Report: tt.rep, Text: synthText}})
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			if got := m.MacroF1(); math.Abs(got-tt.wantMacro) > 1e-9 {
				t.Errorf("macro-F1: got %v, want %v", got, tt.wantMacro)
			}
			if !reflect.DeepEqual(m.Overall.Categories, tt.wantCats) {
				t.Errorf("categories: got %v, want %v", m.Overall.Categories, tt.wantCats)
			}
			if m.Overall.Vague != tt.wantVague {
				t.Errorf("vague: got %+v, want %+v", m.Overall.Vague, tt.wantVague)
			}
			if got := m.ChecklistAccuracy(); math.Abs(got-tt.wantChecklist) > 1e-9 {
				t.Errorf("checklist: got %v, want %v", got, tt.wantChecklist)
			}
			if m.Overall.RedFlags != tt.wantFlags {
				t.Errorf("red flags: got %+v, want %+v", m.Overall.RedFlags, tt.wantFlags)
			}
		})
	}
}

// TestScoreChecklistScope: a labels file of scope checklist has no units;
// only its checklist and red flags are scored.
func TestScoreChecklistScope(t *testing.T) {
	g := synthGold("en", "d.txt", "")
	g.Units, g.Scope = nil, ScopeChecklist
	if err := g.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	rep := perfectReport()
	rep.Checklist[0].Status = report.StatusVague // collection.data_types: gold found
	m, err := Score([]Scored{{Gold: g, Report: rep, Text: synthText}})
	if err != nil {
		t.Fatalf("got error %v, want none", err)
	}
	if m.Overall.Units != 0 {
		t.Errorf("units: got %d, want 0", m.Overall.Units)
	}
	for c, n := range m.Overall.Categories {
		if n != (Counts{}) {
			t.Errorf("%s: got %+v, want nothing counted", c, n)
		}
	}
	if got, want := m.ChecklistAccuracy(), 19.0/20; math.Abs(got-want) > 1e-9 {
		t.Errorf("checklist: got %v, want %v", got, want)
	}
	var b strings.Builder
	if err := m.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "d.txt") || !strings.Contains(b.String(), "0.950") {
		t.Errorf("per-document row missing:\n%s", b.String())
	}
}

func TestScoreLanguagesAndPairs(t *testing.T) {
	fr := perfectReport()
	fr.Checklist = fr.Checklist[:1] // two items fall back to "missing"
	fr.Clauses = fr.Clauses[:1]
	m, err := Score([]Scored{
		{Gold: synthGold("en", "en.txt", "fr.txt"), Report: perfectReport(), Text: synthText},
		{Gold: synthGold("fr", "fr.txt", "en.txt"), Report: fr, Text: synthText},
	})
	if err != nil {
		t.Fatalf("got error %v, want none", err)
	}
	if got, want := len(m.ByLanguage), 2; got != want {
		t.Fatalf("languages: got %d, want %d", got, want)
	}
	if got, want := m.ByLanguage[0].MacroF1(), 1.0; got != want {
		t.Errorf("en macro-F1: got %v, want %v", got, want)
	}
	if got, want := m.ByLanguage[1].ChecklistAccuracy(), 18.0/20; math.Abs(got-want) > 1e-9 {
		t.Errorf("fr checklist: got %v, want %v", got, want)
	}
	if got, want := m.Overall.Units, 6; got != want {
		t.Errorf("units: got %d, want %d", got, want)
	}
	if len(m.Pairs) != 1 {
		t.Fatalf("pairs: got %d, want 1", len(m.Pairs))
	}
	p := m.Pairs[0]
	if got, want := p.Agreement(), 18.0/20; math.Abs(got-want) > 1e-9 {
		t.Errorf("pair agreement: got %v, want %v", got, want)
	}
	if got, want := p.CategoriesB, []report.Category{report.Collection}; !reflect.DeepEqual(got, want) {
		t.Errorf("pair categories: got %v, want %v", got, want)
	}
}

func TestScoreErrors(t *testing.T) {
	tests := []struct {
		name    string
		docs    []Scored
		wantErr string
	}{
		{name: "no documents", wantErr: "no documents"},
		{name: "no report", docs: []Scored{{Gold: synthGold("en", "d.txt", ""), Text: synthText}}, wantErr: "d.txt: no report"},
		{name: "unit not in text", docs: []Scored{{Gold: synthGold("en", "d.txt", ""), Report: perfectReport(), Text: "Other text."}}, wantErr: "d.txt: unit 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Score(tt.docs)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("got error %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestBestUnit(t *testing.T) {
	spans := []Span{{0, 10}, {12, 30}, {31, 40}}
	tests := []struct {
		start, end, want int
	}{
		{0, 10, 0},
		{5, 25, 1},   // 5 bytes in unit 0, 13 in unit 1
		{8, 14, 0},   // 2 and 2: the first wins
		{10, 12, -1}, // between units
		{29, 40, 2},
		{45, 50, -1},
	}
	for _, tt := range tests {
		if got := bestUnit(spans, tt.start, tt.end); got != tt.want {
			t.Errorf("bestUnit(%d, %d): got %d, want %d", tt.start, tt.end, got, tt.want)
		}
	}
}

func TestClauseUnits(t *testing.T) {
	spans := []Span{{0, 10}, {12, 30}, {31, 40}}
	tests := []struct {
		name       string
		start, end int
		want       []int
	}{
		{"one unit", 0, 10, []int{0}},
		{"most of one, a little of the next", 5, 25, []int{1, 0}}, // 5 of unit 0's 10 bytes: half
		{"a sentence over three line units", 0, 40, []int{1, 0, 2}},
		{"under half of the other unit", 14, 34, []int{1}}, // 3 of unit 2's 9 bytes
		{"between units", 10, 12, nil},
	}
	for _, tt := range tests {
		if got := clauseUnits(spans, tt.start, tt.end); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: clauseUnits(%d, %d): got %v, want %v", tt.name, tt.start, tt.end, got, tt.want)
		}
	}
}

func TestWriteText(t *testing.T) {
	m, err := Score([]Scored{{Gold: synthGold("fr", "d.txt", ""), Report: perfectReport(), Text: synthText}})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := m.WriteText(&b); err != nil {
		t.Fatalf("got error %v, want none", err)
	}
	for _, want := range []string{"collection", "jurisdiction", "macro-F1", "vague terms", "checklist acc.", "red flags", "d.txt", "fr P", "bilingual pairs: none"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("got output without %q:\n%s", want, b.String())
		}
	}
}

// FuzzAlign checks that the sentences of any text align, in order, onto
// spans whose normalised text is the sentence's.
func FuzzAlign(f *testing.F) {
	f.Add("We collect data. We share it. We collect data.")
	f.Add("Données. DONNÉES. e‑mail. İstanbul. ß.")
	f.Add("a. a. a")
	f.Fuzz(func(t *testing.T, doc string) {
		var units []Unit
		for _, part := range strings.Split(doc, ". ") {
			if normalise(part) != "" {
				units = append(units, Unit{Text: part})
			}
		}
		spans, err := Align(doc, units)
		if err != nil {
			t.Fatalf("got error %v, want none", err)
		}
		prev := 0
		for i, s := range spans {
			if s.Start < prev || s.End <= s.Start || s.End > len(doc) {
				t.Fatalf("unit %d: got span %v after %d, want an ordered span inside the text", i, s, prev)
			}
			if got, want := normalise(doc[s.Start:s.End]), normalise(units[i].Text); got != want {
				t.Fatalf("unit %d: got %q, want %q", i, got, want)
			}
			prev = s.End
		}
	})
}

func TestCheckBars(t *testing.T) {
	m := Metrics{
		ByLanguage: []Slice{newSlice("en", "en"), newSlice("fr", "fr")},
		Pairs:      []Pair{{A: "a.md", B: "b.md", ChecklistAgree: 17, ChecklistTotal: 20}},
	}
	m.ByLanguage[0].Categories[report.Collection] = Counts{TP: 9, FN: 1} // F1 < 1 for en
	tests := []struct {
		name string
		bars Bars
		want []string // substrings of the error; none: no error
	}{
		{"no bars", Bars{}, nil},
		{"agreement", Bars{Agreement: 0.9}, []string{"pair a.md / b.md agrees on 0.850"}},
		{"macro per language", Bars{MacroF1: 0.999}, []string{"(en) is below 0.999"}},
		{"checklist", Bars{Checklist: 0.5}, []string{"checklist accuracy 0.000"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := m.Check(tt.bars)
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("Check = %v, want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Check = nil, want %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("Check = %q, lacks %q", err, w)
				}
			}
		})
	}
}

func TestCountsCount(t *testing.T) {
	tests := []struct {
		gold, predicted bool
		want            Counts
	}{
		{true, true, Counts{TP: 1}},
		{false, true, Counts{FP: 1}},
		{true, false, Counts{FN: 1}},
		{false, false, Counts{}},
	}
	for _, tt := range tests {
		var c Counts
		c.Count(tt.gold, tt.predicted)
		if c != tt.want {
			t.Errorf("Count(%v, %v) = %+v, want %+v", tt.gold, tt.predicted, c, tt.want)
		}
	}
}
