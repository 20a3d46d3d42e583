package extract

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

var update = flag.Bool("update", false, "rewrite testdata/html/*.expected.txt from the extractor's output")

const htmlFixtures = "../../testdata/html"

// TestGoldenHTML compares the text extracted from each fixture with the
// hand-written expected text.
func TestGoldenHTML(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(htmlFixtures, "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no fixtures in " + htmlFixtures)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".html")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Extract(raw, FormatAuto)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if doc.Format != FormatHTML {
				t.Errorf("format = %q, want html", doc.Format)
			}
			checkDoc(t, doc)
			want := strings.TrimSuffix(file, ".html") + ".expected.txt"
			if *update {
				if err := os.WriteFile(want, []byte(doc.Text), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			exp, err := os.ReadFile(want)
			if err != nil {
				t.Fatal(err)
			}
			p, r, f1 := bowF1(doc.Text, string(exp))
			t.Logf("%s: bag-of-words precision %.3f recall %.3f F1 %.3f", name, p, r, f1)
			if doc.Text != string(exp) {
				t.Errorf("text differs from %s (F1 %.3f)\n%s", want, f1, firstDiff(doc.Text, string(exp)))
			}
		})
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return ""
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

// bowF1 scores got against want as bags of lower-cased words.
func bowF1(got, want string) (precision, recall, f1 float64) {
	bag := func(s string) map[string]int {
		m := map[string]int{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}) {
			m[w]++
		}
		return m
	}
	g, w := bag(got), bag(want)
	common, ng, nw := 0, 0, 0
	for k, c := range g {
		ng += c
		common += min(c, w[k])
	}
	for _, c := range w {
		nw += c
	}
	if ng == 0 || nw == 0 {
		return 0, 0, 0
	}
	precision, recall = float64(common)/float64(ng), float64(common)/float64(nw)
	if common == 0 {
		return precision, recall, 0
	}
	return precision, recall, 2 * precision * recall / (precision + recall)
}

// mustExtract extracts in as format, failing the test on an error, and
// checks the document's invariants (see checkDoc).
func mustExtract(t testing.TB, in string, format Format) *Document {
	t.Helper()
	doc, err := Extract([]byte(in), format)
	if err != nil {
		t.Fatal(err)
	}
	checkDoc(t, doc)
	return doc
}

// checkDoc verifies the invariants every Document must hold.
func checkDoc(t testing.TB, doc *Document) {
	t.Helper()
	prev := 0
	for i, b := range doc.Blocks {
		if b.Start < prev || b.Start > b.End || b.End > len(doc.Text) {
			t.Fatalf("block %d [%d,%d) out of order or range (prev end %d, text %d)", i, b.Start, b.End, prev, len(doc.Text))
		}
		if strings.TrimSpace(doc.Text[b.Start:b.End]) == "" {
			t.Fatalf("block %d is empty", i)
		}
		switch b.Kind {
		case Heading:
			if b.Level < 1 || b.Level > 6 {
				t.Fatalf("heading %d has level %d", i, b.Level)
			}
		case ListItem:
			if b.Level < 1 {
				t.Fatalf("list item %d has level %d", i, b.Level)
			}
		case Paragraph, TableCell:
		default:
			t.Fatalf("block %d has kind %q", i, b.Kind)
		}
		prev = b.End
	}
}
