package segment

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/policylens/policylens/analyzer/extract"
	"github.com/policylens/policylens/analyzer/lang"
)

// paragraphDoc builds a Document with one paragraph block per text part
// separated by blank lines, as extract does for plain text.
func paragraphDoc(text string) *extract.Document {
	doc := &extract.Document{Format: extract.FormatText, Text: text}
	for _, m := range regexp.MustCompile(`(?s)\S.*?(?:\n\s*\n|$)`).FindAllStringIndex(text, -1) {
		doc.Blocks = append(doc.Blocks, extract.Block{Kind: extract.Paragraph, Start: m[0], End: m[1]})
	}
	return doc
}

// linesDoc builds a Document with one paragraph block per non-empty line,
// the layout of the corpus's plain-text policies.
func linesDoc(text string) *extract.Document {
	doc := &extract.Document{Format: extract.FormatText, Text: text}
	for _, m := range regexp.MustCompile(`[^\n]+`).FindAllStringIndex(text, -1) {
		doc.Blocks = append(doc.Blocks, extract.Block{Kind: extract.Paragraph, Start: m[0], End: m[1]})
	}
	return doc
}

// blocksDoc builds a Document from (kind, level, text) blocks joined by
// blank lines, as extract does for HTML and Markdown.
type blk struct {
	kind  extract.BlockKind
	level int
	text  string
}

func blocksDoc(blocks ...blk) *extract.Document {
	doc := &extract.Document{Format: extract.FormatHTML}
	var b strings.Builder
	for i, x := range blocks {
		if i > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(x.text)
		doc.Blocks = append(doc.Blocks, extract.Block{Kind: x.kind, Level: x.level, Start: start, End: b.Len()})
	}
	doc.Text = b.String()
	return doc
}

// checkInvariants checks the offset contract of Segment's output.
func checkInvariants(t *testing.T, doc *extract.Document, cls []Clause) {
	t.Helper()
	prevEnd := 0
	for i, c := range cls {
		if c.Index != i {
			t.Fatalf("clause %d has Index %d", i, c.Index)
		}
		if c.Start < prevEnd || c.Start >= c.End || c.End > len(doc.Text) {
			t.Fatalf("clause %d offsets [%d:%d] (previous end %d, text %d bytes)", i, c.Start, c.End, prevEnd, len(doc.Text))
		}
		prevEnd = c.End
		if got := doc.Text[c.Start:c.End]; got != c.Text {
			t.Fatalf("clause %d: text[Start:End] = %q, Text = %q", i, got, c.Text)
		}
		if strings.TrimSpace(c.Text) != c.Text {
			t.Errorf("clause %d not trimmed: %q", i, c.Text)
		}
		if c.Block < 0 || c.Block >= len(doc.Blocks) {
			t.Fatalf("clause %d: Block %d out of range", i, c.Block)
		}
		if b := doc.Blocks[c.Block]; c.Start < b.Start || c.End > b.End {
			t.Errorf("clause %d [%d:%d] outside its block [%d:%d]", i, c.Start, c.End, b.Start, b.End)
		}
		if len(c.Text) > maxClauseBytes {
			t.Errorf("clause %d is %d bytes, want <= %d", i, len(c.Text), maxClauseBytes)
		}
		checkTokens(t, doc.Text, c.Tokens, c.Start, c.End)
		if c.LeadIn == "" && c.LeadInTokens != nil || c.Heading == "" && c.HeadingTokens != nil {
			t.Errorf("clause %d has context tokens without context text", i)
		}
		for _, tk := range append(append([]Token{}, c.LeadInTokens...), c.HeadingTokens...) {
			if tk.Start < 0 || tk.End > len(doc.Text) || doc.Text[tk.Start:tk.End] != tk.Text {
				t.Errorf("clause %d: context token %+v does not match the text", i, tk)
			}
		}
	}
}

// checkTokens checks that tokens are ordered, inside [start, end), match the
// text, and cover every non-space rune of it.
func checkTokens(t *testing.T, text string, toks []Token, start, end int) {
	t.Helper()
	prev := start
	covered := 0
	for _, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > end {
			t.Fatalf("token %+v outside [%d:%d] or before %d", tk, start, end, prev)
		}
		if text[tk.Start:tk.End] != tk.Text {
			t.Fatalf("token text %q, text[Start:End] = %q", tk.Text, text[tk.Start:tk.End])
		}
		if tk.Lower == "" || tk.Stem == "" {
			t.Fatalf("token %+v has empty Lower or Stem", tk)
		}
		if strings.TrimSpace(tk.Text) != tk.Text {
			t.Errorf("token %q has spaces around it", tk.Text)
		}
		prev = tk.End
		covered += len(strings.Join(strings.Fields(tk.Text), ""))
	}
	if want := len(strings.Join(strings.Fields(text[start:end]), "")); covered != want {
		t.Errorf("tokens cover %d non-space bytes of %q, want %d", covered, text[start:end], want)
	}
}

func texts(cls []Clause) []string {
	out := make([]string, len(cls))
	for i, c := range cls {
		out[i] = c.Text
	}
	return out
}

func TestSegmentSentences(t *testing.T) {
	tests := []struct {
		name string
		code lang.Code
		text string
		want []string
	}{
		{"en simple", lang.English, "We collect data. We share it.", []string{"We collect data.", "We share it."}},
		{"en e.g. and i.e.", lang.English,
			"We collect identifiers, e.g. your name, and contact data, i.e. your e-mail address. We keep them.",
			[]string{"We collect identifiers, e.g. your name, and contact data, i.e. your e-mail address.", "We keep them."}},
		{"en decimals and money", lang.English,
			"Fees rose by 1.5 percent to $2.50 per user. Version 2.0 applies.",
			[]string{"Fees rose by 1.5 percent to $2.50 per user.", "Version 2.0 applies."}},
		{"en U.S.", lang.English,
			"Data is stored in the U.S. and in the EU. Transfers rely on safeguards.",
			[]string{"Data is stored in the U.S. and in the EU.", "Transfers rely on safeguards."}},
		{"en art. number", lang.English,
			"We rely on Art. 6 GDPR. See No. 3 below.",
			[]string{"We rely on Art. 6 GDPR.", "See No. 3 below."}},
		{"en titles", lang.English,
			"Contact Mr. Smith or Dr. Jones. They answer fast!",
			[]string{"Contact Mr. Smith or Dr. Jones.", "They answer fast!"}},
		{"en question and quote", lang.English,
			`What do we collect? We collect "usage data." We do not sell it.`,
			[]string{"What do we collect?", `We collect "usage data."`, "We do not sell it."}},
		{"en blank line", lang.English, "First part without period\n\nSecond part.", []string{"First part without period", "Second part."}},
		{"fr simple", lang.French, "Nous collectons vos données. Nous les partageons.",
			[]string{"Nous collectons vos données.", "Nous les partageons."}},
		{"fr abbreviations", lang.French,
			"Conformément à l’art. 6 du RGPD, cf. art. 13, M. Dupont traite les données, c.-à-d. vos nom et prénom, p. ex. lors de l'inscription. Voir n° 4.",
			[]string{"Conformément à l’art. 6 du RGPD, cf. art. 13, M. Dupont traite les données, c.-à-d. vos nom et prénom, p. ex. lors de l'inscription.", "Voir n° 4."}},
		{"fr Mme and etc.", lang.French,
			"Mme Martin et Mlle Durand reçoivent les demandes, courriers, etc. Elles répondent sous 30 jours.",
			[]string{"Mme Martin et Mlle Durand reçoivent les demandes, courriers, etc.", "Elles répondent sous 30 jours."}},
		{"fr decimals", lang.French,
			"La version 1.5 du service s'applique. Le taux est de 2,5 %.",
			[]string{"La version 1.5 du service s'applique.", "Le taux est de 2,5 %."}},
		{"fr nbsp before ? and !", lang.French,
			"Que collectons-nous\u00a0? Vos données\u202f! Rien d’autre.",
			[]string{"Que collectons-nous\u00a0?", "Vos données\u202f!", "Rien d’autre."}},
		{"fr guillemets", lang.French,
			"Nous appelons cela « données d’usage. » Nous ne les vendons pas. Il a dit «\u00a0jamais\u00a0!\u00a0» puis il est parti.",
			[]string{"Nous appelons cela « données d’usage. »", "Nous ne les vendons pas.", "Il a dit «\u00a0jamais\u00a0!\u00a0» puis il est parti."}},
		{"fr domain and e-mail end sentences", lang.French,
			"Consultez www.exemple.fr. Écrivez à dpo@exemple.fr. Merci.",
			[]string{"Consultez www.exemple.fr.", "Écrivez à dpo@exemple.fr.", "Merci."}},
		{"fr numbered heading line", lang.French, "1. Données collectées\n\nNous collectons.", []string{"1. Données collectées", "Nous collectons."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSentences(t, tt.code, paragraphDoc(tt.text), tt.want) })
	}
}

// checkSentences segments doc and compares the clauses' texts with want.
func checkSentences(t *testing.T, code lang.Code, doc *extract.Document, want []string) {
	t.Helper()
	cls, err := New(code).Segment(doc)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc, cls)
	if got := texts(cls); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestSegmentWrappedLines: a block whose lines are separated by blank lines
// (extract joins the lines of a PDF kept as paragraphs into one block) is
// read across them when the line before ends no sentence and the next starts
// in lower case.
func TestSegmentWrappedLines(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a sentence over a blank line", "We collect your name and your email address in order\n\nto send you our newsletter.",
			[]string{"We collect your name and your email address in order\n\nto send you our newsletter."}},
		{"a short line is no sentence", "Amazon.com\n\neBay.com is another site.", []string{"Amazon.com", "eBay.com is another site."}},
		{"a finished sentence stays apart", "We collect your name and your email address.\n\nthen we keep them.", []string{"We collect your name and your email address.", "then we keep them."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &extract.Document{Format: extract.FormatText, Text: tt.text, Blocks: []extract.Block{{Kind: extract.Paragraph, Start: 0, End: len(tt.text)}}}
			checkSentences(t, lang.English, doc, tt.want)
		})
	}
}

func TestSegmentSemicolons(t *testing.T) {
	tests := []struct {
		name string
		code lang.Code
		text string
		want []string
	}{
		{"two commitments", lang.English,
			"We keep your account data for as long as your account is open; we delete your logs after thirty days.",
			[]string{"We keep your account data for as long as your account is open;", "we delete your logs after thirty days."}},
		{"short side kept whole", lang.English,
			"We collect names; emails; and phone numbers from our customers.",
			[]string{"We collect names; emails; and phone numbers from our customers."}},
		{"three parts", lang.French,
			"Nous conservons vos données de compte pendant la durée du contrat ; nous supprimons les journaux après trente jours ; vous pouvez demander leur effacement à tout moment.",
			[]string{"Nous conservons vos données de compte pendant la durée du contrat ;", "nous supprimons les journaux après trente jours ;", "vous pouvez demander leur effacement à tout moment."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := paragraphDoc(tt.text)
			cls, err := New(tt.code).Segment(doc)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, doc, cls)
			if got := texts(cls); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// want is an expected clause: its text, lead-in and heading.
type want struct{ text, leadIn, heading string }

func TestSegmentContext(t *testing.T) {
	tests := []struct {
		name string
		code lang.Code
		doc  *extract.Document
		want []want
	}{
		{"heading and list items", lang.English, blocksDoc(
			blk{extract.Heading, 2, "What we collect"},
			blk{extract.Paragraph, 0, "We use your data. We collect the following data:"},
			blk{extract.ListItem, 1, "Your name."},
			blk{extract.ListItem, 1, "Your e-mail address"},
			blk{extract.Paragraph, 0, "That is all."},
			blk{extract.Heading, 2, "Sharing"},
			blk{extract.ListItem, 1, "Nothing is shared."},
		), []want{
			{"We use your data.", "", "What we collect"},
			{"We collect the following data:", "", "What we collect"},
			{"Your name.", "We collect the following data:", "What we collect"},
			{"Your e-mail address", "We collect the following data:", "What we collect"},
			{"That is all.", "", "What we collect"},
			{"Nothing is shared.", "", "Sharing"},
		}},
		{"nested list lead-ins", lang.English, blocksDoc(
			blk{extract.Paragraph, 0, "We share data with:"},
			blk{extract.ListItem, 1, "processors, namely:"},
			blk{extract.ListItem, 2, "hosting providers"},
			blk{extract.ListItem, 1, "authorities"},
		), []want{
			{"We share data with:", "", ""},
			{"processors, namely:", "We share data with:", ""},
			{"hosting providers", "processors, namely:", ""},
			{"authorities", "We share data with:", ""},
		}},
		{"inline bullets", lang.French, paragraphDoc(
			"Nous collectons les données suivantes\u00a0:\n• votre nom ;\n- l’adresse électronique\n* le numéro de téléphone.\nMerci."), []want{
			{"Nous collectons les données suivantes\u00a0:", "", ""},
			{"votre nom ;", "Nous collectons les données suivantes\u00a0:", ""},
			{"l’adresse électronique", "Nous collectons les données suivantes\u00a0:", ""},
			{"le numéro de téléphone.", "Nous collectons les données suivantes\u00a0:", ""},
			{"Merci.", "", ""},
		}},
		{"bullets without lead-in", lang.English, paragraphDoc("We collect data\n- and keep it\n• for a year."), []want{
			{"We collect data", "", ""},
			{"and keep it", "", ""},
			{"for a year.", "", ""},
		}},
		{"lines", lang.English, paragraphDoc("Information We Collect\nWe collect data when you\nsign up. We keep it."), []want{
			{"Information We Collect", "", ""},
			{"We collect data when you\nsign up.", "", ""},
			{"We keep it.", "", ""},
		}},
		{"empty blocks skipped", lang.English, blocksDoc(
			blk{extract.Heading, 1, "  "},
			blk{extract.Paragraph, 0, "Text."},
		), []want{{"Text.", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cls, err := New(tt.code).Segment(tt.doc)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, tt.doc, cls)
			var got []want
			for _, c := range cls {
				got = append(got, want{c.Text, c.LeadIn, c.Heading})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestSegmentLongClause(t *testing.T) {
	text := "We collect " + strings.Repeat("your name, your address, your phone number ", 60) + "and more."
	doc := paragraphDoc(text)
	cls, err := New(lang.English).Segment(doc)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc, cls)
	if len(cls) < 3 {
		t.Fatalf("got %d clauses from a %d-byte sentence, want >= 3", len(cls), len(text))
	}
	for _, c := range cls[:len(cls)-1] {
		if !strings.HasSuffix(c.Text, ",") {
			t.Errorf("clause cut at %q, want after a comma", c.Text[len(c.Text)-10:])
		}
	}
	// No spaces at all: cut anyway, on rune boundaries.
	doc = paragraphDoc(strings.Repeat("é", 1500))
	cls, err = New(lang.French).Segment(doc)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc, cls)
}

func TestSegmentErrors(t *testing.T) {
	tests := []struct {
		name string
		doc  *extract.Document
	}{
		{"nil document", nil},
		{"block past the end", &extract.Document{Text: "abc", Blocks: []extract.Block{{Kind: extract.Paragraph, Start: 0, End: 4}}}},
		{"reversed block", &extract.Document{Text: "abc", Blocks: []extract.Block{{Kind: extract.Paragraph, Start: 2, End: 1}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := New(lang.English).Segment(tt.doc); err == nil {
				t.Errorf("Segment() error = nil, want an error")
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name  string
		code  lang.Code
		text  string
		texts []string
		stems map[string]string // token text -> stem, for a few tokens
	}{
		{"en words and punctuation", lang.English, `We don't sell "your" data (e.g. cookies), U.S.-style; costs $1.5.`,
			[]string{"We", "do", "n't", "sell", `"`, "your", `"`, "data", "(", "e.g.", "cookies", ")", ",", "U.S.-style", ";", "costs", "$", "1.5", "."},
			map[string]string{"cookies": "cooki", "sell": "sell", "1.5": "1.5"}},
		{"en curly apostrophe", lang.English, "We’re sharing the user’s data.",
			[]string{"We", "’re", "sharing", "the", "user", "’s", "data", "."},
			map[string]string{"sharing": "share"}},
		{"fr elisions", lang.French, "L'utilisateur n’a pas d’accès jusqu’à lorsqu'il s’inscrit, aujourd'hui.",
			[]string{"L'", "utilisateur", "n’", "a", "pas", "d’", "accès", "jusqu’", "à", "lorsqu'", "il", "s’", "inscrit", ",", "aujourd'hui", "."},
			map[string]string{"utilisateur": "utilis", "n’": "n'", "accès": "acces"}},
		{"fr guillemets and nbsp", lang.French, "«\u00a0données\u00a0» ; cookies\u202f!",
			[]string{"«", "données", "»", ";", "cookies", "!"},
			map[string]string{"données": "don"}},
		{"empty", lang.English, "", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(tt.code)
			const base = 7
			toks := s.Tokens(tt.text, base)
			var got []string
			for _, tk := range toks {
				got = append(got, tk.Text)
				if tt.text[tk.Start-base:tk.End-base] != tk.Text {
					t.Errorf("token %q at [%d:%d] does not match text (base %d)", tk.Text, tk.Start, tk.End, base)
				}
				if want, ok := tt.stems[tk.Text]; ok && tk.Stem != want {
					t.Errorf("stem of %q = %q, want %q", tk.Text, tk.Stem, want)
				}
				if strings.Contains(tk.Lower, "’") || tk.Lower != strings.ToLower(tk.Lower) {
					t.Errorf("Lower %q not normalised", tk.Lower)
				}
			}
			if !reflect.DeepEqual(got, tt.texts) {
				t.Errorf("got %q, want %q", got, tt.texts)
			}
		})
	}
}

func TestRuleTokensFallback(t *testing.T) {
	text := "L’accès, e-mail 1.5 «ok»!"
	var got []string
	for _, sp := range ruleTokens(text) {
		got = append(got, text[sp.start:sp.end])
	}
	want := []string{"L’accès", ",", "e-mail", "1.5", "«", "ok", "»", "!"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestRuleSplitterFallback(t *testing.T) {
	// The English punkt model is replaced by the rule splitter when missing.
	s := New(lang.English)
	s.punkt = nil
	doc := paragraphDoc("We collect data, e.g. your name. See art. 6 GDPR. Thanks!")
	cls, err := s.Segment(doc)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc, cls)
	want := []string{"We collect data, e.g. your name.", "See art. 6 GDPR.", "Thanks!"}
	if got := texts(cls); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func corpusFiles(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob("../../corpus/*.txt")
	if err != nil {
		tb.Fatal(err)
	}
	if len(files) == 0 {
		tb.Skip("no corpus/*.txt files")
	}
	return files
}

func TestSegmentCorpus(t *testing.T) {
	for _, f := range corpusFiles(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			code := lang.English
			if strings.HasPrefix(filepath.Base(f), "fr-") {
				code = lang.French
			}
			doc := linesDoc(string(raw))
			cls, err := New(code).Segment(doc)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, doc, cls)
			if len(cls) < len(doc.Blocks) {
				t.Errorf("%d clauses from %d blocks", len(cls), len(doc.Blocks))
			}
			t.Logf("%d bytes, %d blocks, %d clauses", len(doc.Text), len(doc.Blocks), len(cls))
		})
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"", ".", "We collect: \n- a\n- b", "M. l’art. 6 ; « x » ?\u00a0!", "a;b;c;d;e;f g h i j k; l m n o p q",
		"U.S. e.g. i.e. 1.5 $3 don't", "\xff\xfe", strings.Repeat("x, ", 500), "•\n•\n:", "' ’ '' l' qu’",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	en, fr := New(lang.English), New(lang.French)
	f.Fuzz(func(t *testing.T, text string, french bool) {
		s := en
		if french {
			s = fr
		}
		doc := &extract.Document{Text: text, Blocks: []extract.Block{{Kind: extract.Paragraph, Start: 0, End: len(text)}}}
		cls, err := s.Segment(doc)
		if err != nil {
			t.Fatalf("Segment(%q) error: %v", text, err)
		}
		checkInvariants(t, doc, cls)
	})
}

func BenchmarkSegment(b *testing.B) {
	raw, err := os.ReadFile("../../corpus/en-biztonet-app.txt")
	if err != nil {
		b.Skip("corpus/en-biztonet-app.txt missing:", err)
	}
	doc := linesDoc(string(raw))
	s := New(lang.English)
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Segment(doc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		New(lang.English)
	}
}

// TestSegmentConcurrent runs one Segmenter from several goroutines, as the
// engine does; run with -race.
func TestSegmentConcurrent(t *testing.T) {
	files := corpusFiles(t)
	s := New(lang.English)
	var wg sync.WaitGroup
	errs := make(chan error, len(files)*2)
	for i := 0; i < 2; i++ {
		for _, f := range files {
			wg.Add(1)
			go func(f string) {
				defer wg.Done()
				raw, err := os.ReadFile(f)
				if err != nil {
					errs <- err
					return
				}
				if _, err := s.Segment(linesDoc(string(raw))); err != nil {
					errs <- err
				}
			}(f)
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestSegmentTableCells checks a table cell's LeadIn: its row's first cell
// and its column's header; none for header cells and one-row tables.
func TestSegmentTableCells(t *testing.T) {
	doc := blocksDoc(
		blk{extract.Heading, 2, "How long we keep data"},
		blk{extract.TableCell, 0, "Data"}, blk{extract.TableCell, 0, "Retention period"},
		blk{extract.TableCell, 0, "Email address"}, blk{extract.TableCell, 0, "3 years after your last visit"},
		blk{extract.TableCell, 0, "Invoices"}, blk{extract.TableCell, 0, "10 years"},
		blk{extract.TableCell, 0, "Alone"}, blk{extract.TableCell, 0, "in its row"},
		blk{extract.Paragraph, 0, "After the table."},
	)
	cells := [][3]int{{1, 1, 1}, {1, 1, 2}, {1, 2, 1}, {1, 2, 2}, {1, 3, 1}, {1, 3, 2}, {2, 1, 1}, {2, 1, 2}}
	for i, c := range cells {
		doc.Blocks[i+1].Cell = extract.Cell{Table: c[0], Row: c[1], Col: c[2]}
	}
	cls, err := New(lang.English).Segment(doc)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc, cls)
	type got struct {
		text, lead string
		inTable    bool
	}
	want := []got{
		{"Data", "", false}, {"Retention period", "", false},
		{"Email address", "Data", true}, {"3 years after your last visit", "Email address | Retention period", true},
		{"Invoices", "Data", true}, {"10 years", "Invoices | Retention period", true},
		{"Alone", "", false}, {"in its row", "", false},
		{"After the table.", "", false},
	}
	var have []got
	for _, c := range cls {
		have = append(have, got{c.Text, c.LeadIn, c.InTable})
		if c.LeadIn != "" && len(c.LeadInTokens) == 0 {
			t.Errorf("%q: lead-in %q without tokens", c.Text, c.LeadIn)
		}
	}
	if !reflect.DeepEqual(have, want) {
		t.Errorf("got  %v\nwant %v", have, want)
	}
}

// TestSegmentListInTableCell: a list in a table cell takes the lead-in of
// its own cell ("including:"), and otherwise the cell's row and column
// header, never a lead-in of another cell.
func TestSegmentListInTableCell(t *testing.T) {
	doc := blocksDoc(
		blk{extract.TableCell, 0, "Purpose"}, blk{extract.TableCell, 0, "Data"},
		blk{extract.Paragraph, 0, "To run the service, including:"}, blk{extract.ListItem, 1, "creating your account"},
		blk{extract.ListItem, 1, "Account data"}, blk{extract.ListItem, 1, "Usage data"},
	)
	cells := [][3]int{{1, 1, 1}, {1, 1, 2}, {1, 2, 1}, {1, 2, 1}, {1, 2, 2}, {1, 2, 2}}
	for i, c := range cells {
		doc.Blocks[i].Cell = extract.Cell{Table: c[0], Row: c[1], Col: c[2]}
	}
	cls, err := New(lang.English).Segment(doc)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc, cls)
	want := map[string]string{
		"creating your account": "To run the service, including:",
		"Account data":          "To run the service, including: | Data",
		"Usage data":            "To run the service, including: | Data",
	}
	for _, c := range cls {
		if w, ok := want[c.Text]; ok && c.LeadIn != w {
			t.Errorf("%q: lead-in %q, want %q", c.Text, c.LeadIn, w)
		}
	}
}

// TestSegmentRunIn: run-in paragraphs after a sentence ending in ":" take
// it as lead-in, until another paragraph; a run-in label (a Label heading)
// is the heading of the next paragraph only.
func TestSegmentRunIn(t *testing.T) {
	doc := blocksDoc(
		blk{extract.Heading, 2, "Your rights"},
		blk{extract.Paragraph, 0, "You may have the right to:"},
		blk{extract.Paragraph, 0, "Access. You can ask for a copy."},
		blk{extract.Paragraph, 0, "Deletion of your data."},
		blk{extract.Paragraph, 0, "Write to us."},
		blk{extract.Heading, 3, "Data Retention"},
		blk{extract.Paragraph, 0, "We keep it two years."},
		blk{extract.Paragraph, 0, "Then we delete it."},
	)
	doc.Blocks[2].RunIn, doc.Blocks[3].RunIn, doc.Blocks[5].Label = true, true, true
	cls, err := New(lang.English).Segment(doc)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc, cls)
	type got struct{ text, lead, heading string }
	want := []got{
		{"You may have the right to:", "", "Your rights"},
		{"Access.", "You may have the right to:", "Your rights"},
		{"You can ask for a copy.", "You may have the right to:", "Your rights"},
		{"Deletion of your data.", "You may have the right to:", "Your rights"},
		{"Write to us.", "", "Your rights"},
		{"We keep it two years.", "", "Data Retention"},
		{"Then we delete it.", "", "Your rights"},
	}
	var have []got
	for _, c := range cls {
		have = append(have, got{c.Text, c.LeadIn, c.Heading})
		if c.Heading != "" && len(c.HeadingTokens) == 0 {
			t.Errorf("%q: heading %q without tokens", c.Text, c.Heading)
		}
	}
	if !reflect.DeepEqual(have, want) {
		t.Errorf("got  %v\nwant %v", have, want)
	}
}
