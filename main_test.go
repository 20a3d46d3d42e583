package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/analyzer/eval"
	"github.com/policylens/policylens/analyzer/extract"
	"github.com/policylens/policylens/analyzer/report"
)

// runCLI calls run with args and stdin, and returns stdout, stderr and the error.
func runCLI(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const spanishPolicy = `Política de privacidad. Recopilamos su nombre, su dirección de correo electrónico y su dirección IP cuando utiliza nuestros servicios. Compartimos sus datos personales con proveedores de servicios que nos ayudan a gestionar el sitio. Utilizamos cookies para analizar el tráfico. Puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a privacidad@ejemplo.es. Conservamos sus datos durante tres años.`

const germanPolicy = `Datenschutzerklärung. Wir erheben Ihren Namen, Ihre E-Mail-Adresse und Ihre IP-Adresse, wenn Sie unsere Dienste nutzen. Wir geben Ihre personenbezogenen Daten an Dienstleister weiter, die uns beim Betrieb der Website helfen. Wir verwenden Cookies, um den Verkehr zu analysieren. Sie haben das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten.`

const recipe = `Classic pancakes. Whisk two eggs with a cup of milk and a pinch of salt. Add flour slowly until the batter is smooth, then let it rest for half an hour. Heat a pan with butter and pour a ladle of batter. Cook until bubbles form, flip, and serve warm with maple syrup and berries.`

// TestBadInput checks that every kind of bad input gives a clear one-line
// error naming the problem, never a panic or a report.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	huge := bytes.Repeat([]byte("We collect your email address to send you news. "), 6<<20/49+1)
	tests := []struct {
		name    string
		data    []byte // written to a file; nil means no file
		file    string // path to pass instead of the written file
		wantErr string
	}{
		{name: "missing file", file: filepath.Join(dir, "nope.txt"), wantErr: "no such file"},
		{name: "directory", file: dir, wantErr: "is a directory"},
		{name: "empty", data: []byte{}, wantErr: "empty"},
		{name: "whitespace only", data: []byte(" \n\t\r\n  \u00a0"), wantErr: "empty"},
		{name: "binary NUL", data: []byte("abc\x00\x01\x02def"), wantErr: "binary"},
		{name: "PDF", data: []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj"), wantErr: "PDF"},
		{name: "PNG", data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), wantErr: "PNG"},
		{name: "high bytes, not text", data: bytes.Repeat([]byte("\xe9\xff\xb0a\x8f"), 300), wantErr: "binary"},
		{name: "too large", data: huge, wantErr: "too large"},
		{name: "page without text", data: []byte(`<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav><footer>© 2026</footer></body></html>`), wantErr: "policy"},
		{name: "not a policy", data: []byte(recipe), wantErr: "privacy policy"},
		{name: "one practice only", data: []byte(strings.Repeat("We may share your personal data with partners such as advertisers. ", 40)), wantErr: "all speak of sharing and nothing else"},
		{name: "Spanish", data: []byte(spanishPolicy), wantErr: "Spanish"},
		{name: "German", data: []byte(germanPolicy), wantErr: "German"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := tt.file
			if path == "" {
				path = writeFile(t, dir, strings.ReplaceAll(tt.name, " ", "_"), tt.data)
			}
			out, _, err := runCLI(t, "", "analyze", "--format", "json", path)
			if err == nil {
				t.Fatalf("got no error and output %.200q, want an error containing %q", out, tt.wantErr)
			}
			msg := err.Error()
			if !strings.Contains(strings.ToLower(msg), strings.ToLower(tt.wantErr)) {
				t.Errorf("got error %q, want it to contain %q", msg, tt.wantErr)
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("got a multi-line error %q, want one line", msg)
			}
			if out != "" {
				t.Errorf("got output %.200q with an error, want none", out)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args    []string
		wantErr string
	}{
		{nil, "no command"},
		{[]string{"frobnicate"}, "unknown command"},
		{[]string{"analyze"}, "one FILE"},
		{[]string{"analyze", "--format", "pdf", "x"}, "--format"},
		{[]string{"analyze", "--language", "de", "x"}, "--language"},
		{[]string{"analyze", "--encoding", "klingon-8", "x"}, "--encoding"},
		{[]string{"corpus", "--language", "xx", "."}, "--language"},
		{[]string{"corpus", "--encoding", "nope", "."}, "--encoding"},
		{[]string{"corpus"}, "DIR"},
		{[]string{"eval"}, "DIR"},
		{[]string{"diff", "a.md"}, "OLD and NEW"},
		{[]string{"history"}, "DIR"},
		{[]string{"history", "--format", "xml", "x"}, "--format"},
		{[]string{"history", "no-such-folder"}, "neither a folder"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			_, _, err := runCLI(t, "", tt.args...)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("got %v, want an error containing %q", err, tt.wantErr)
			}
			var ee *exitError
			if !asExit(err, &ee) || ee.code != 2 {
				t.Errorf("got exit %v, want usage exit code 2", err)
			}
		})
	}
}

func asExit(err error, target **exitError) bool {
	e, ok := err.(*exitError)
	if ok {
		*target = e
	}
	return ok
}

// TestClassifyLines checks the evaluators' contract: one output line per
// input line, in order, errors on their own line, the rest going on.
func TestClassifyLines(t *testing.T) {
	in := strings.Join([]string{
		`{"id": 1, "text": "We share your email address with our advertising partners.", "extra": true}`,
		`{"id": "b", "text": "Nous conservons vos données pendant trois ans après la fin de la relation commerciale."}`,
		`not json at all`,
		`{"id": 4}`,
		`{"id": 5, "text": ""}`,
		`{"id": 6, "text": "` + strings.ReplaceAll(spanishPolicy, `"`, `\"`) + `"}`,
		`{"id": 7, "text": "You may ask us to delete your account data at any time."}`,
	}, "\n")
	out, _, err := runCLI(t, in, "classify")
	if err != nil {
		t.Fatalf("classify: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 7 {
		t.Fatalf("got %d lines, want 7:\n%s", len(lines), out)
	}
	type line struct {
		ID         any      `json:"id"`
		Language   string   `json:"language"`
		Categories []string `json:"categories"`
		Vague      []struct {
			Term, Kind string
			Start, End int
		} `json:"vague"`
		Error string `json:"error"`
	}
	var got []line
	for _, l := range lines {
		var v line
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("output line %q is not JSON: %v", l, err)
		}
		got = append(got, v)
	}
	wants := []struct {
		id       any
		lang     string
		category string
		errPart  string
	}{
		{float64(1), "en", "sharing", ""},
		{"b", "fr", "retention", ""},
		{nil, "", "", "malformed JSON"},
		{float64(4), "", "", "text"},
		{float64(5), "", "", "empty"},
		{float64(6), "", "", "Spanish"},
		{float64(7), "en", "rights", ""},
	}
	for i, w := range wants {
		g := got[i]
		if g.ID != w.id {
			t.Errorf("line %d: got id %v, want %v", i, g.ID, w.id)
		}
		if w.errPart != "" {
			if !strings.Contains(g.Error, w.errPart) {
				t.Errorf("line %d: got error %q, want it to contain %q", i, g.Error, w.errPart)
			}
			continue
		}
		if g.Error != "" {
			t.Errorf("line %d: unexpected error %q", i, g.Error)
		}
		if g.Language != w.lang {
			t.Errorf("line %d: got language %q, want %q", i, g.Language, w.lang)
		}
		if !containsStr(g.Categories, w.category) {
			t.Errorf("line %d: got categories %v, want %s among them", i, g.Categories, w.category)
		}
	}
	if len(got[6].Vague) != 0 {
		t.Errorf("a permission (you may ask) was flagged vague: %+v", got[6].Vague)
	}
	if len(got[0].Vague) != 0 {
		t.Errorf("a plain statement was flagged vague: %+v", got[0].Vague)
	}
}

func containsStr(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TestCorpusNeverDropsADocument runs a directory holding good and bad files
// and a JSON-lines corpus with a malformed line: every input gets a line.
func TestCorpusNeverDropsADocument(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "good.txt", []byte(goodPolicy))
	writeFile(t, dir, "empty.txt", nil)
	writeFile(t, dir, "binary.html", []byte("\x00\x01\x02"))
	writeFile(t, dir, "spanish.md", []byte(spanishPolicy))
	writeFile(t, dir, "README.md", []byte("# not a document"))
	out, stderr, err := runCLI(t, "", "corpus", "--workers", "3", dir)
	if err != nil {
		t.Fatalf("corpus: %v", err)
	}
	assertCorpusLines(t, out, map[string]string{"good.txt": "", "empty.txt": "empty", "binary.html": "binary", "spanish.md": "unsupported_language"})
	if !strings.Contains(stderr, "4 documents: 1 analysed, 3 failed") {
		t.Errorf("summary missing or wrong:\n%s", stderr)
	}
	for _, c := range []string{"collection", "sharing", "retention", "rights.access"} {
		if !strings.Contains(stderr, c) {
			t.Errorf("summary lacks %q:\n%s", c, stderr)
		}
	}

	good, _ := json.Marshal(goodPolicy)
	jsonl := writeFile(t, dir, "c.jsonl", []byte(`{"id": "a", "text": `+string(good)+"}\n{oops\n"+`{"id": "c"}`+"\n"))
	out, _, err = runCLI(t, "", "corpus", jsonl)
	if err != nil {
		t.Fatalf("corpus jsonl: %v", err)
	}
	assertCorpusLines(t, out, map[string]string{"a": "", "line 2": "malformed", "c": "text"})
}

func assertCorpusLines(t *testing.T, out string, want map[string]string) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%.2000s", len(lines), len(want), out)
	}
	for _, l := range lines {
		var r struct {
			ID     string          `json:"id"`
			Report json.RawMessage `json:"report"`
			Error  *struct{ Code, Message string }
		}
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("line %.200q: %v", l, err)
		}
		w, ok := want[r.ID]
		if !ok {
			t.Errorf("unexpected id %q", r.ID)
			continue
		}
		switch {
		case w == "" && (r.Error != nil || len(r.Report) == 0):
			t.Errorf("%s: got error %+v, want a report", r.ID, r.Error)
		case w != "" && (r.Error == nil || !strings.Contains(r.Error.Code+" "+r.Error.Message, w)):
			t.Errorf("%s: got error %+v, want one mentioning %q", r.ID, r.Error, w)
		}
	}
}

const goodPolicy = `Privacy Policy

Last updated: 3 March 2026

We collect your name, email address and IP address when you create an account, to provide the service and to prevent fraud.

We share your personal data with service providers who host our servers, and we do not sell your personal data.

We use cookies and similar technologies to keep you signed in and to measure audience. You can refuse non-essential cookies in the cookie settings.

You have the right to access, rectify and delete your personal data. Write to privacy@example.com; we answer within one month. You may lodge a complaint with your data protection authority.

We keep your account data for two years after your last login, then delete it.

Your data is stored in Ireland. This policy is governed by the laws of Ireland.
`

// runEvalBars runs `policylens eval` with the flags bars on dir, logs its
// tables and fails the test when eval exits non-zero (a bar not reached).
// It skips under -short, saying why.
func runEvalBars(t *testing.T, why string, bars []string, dir string) string {
	t.Helper()
	if testing.Short() {
		t.Skip(why)
	}
	out, _, err := runCLI(t, "", append(append([]string{"eval"}, bars...), dir)...)
	t.Log("\n" + out)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// The bars the engine must reach on the labelled corpus (corpus/), the
// targets of the engine and generalisation issues. They are not tuned to the
// engine's current scores: lowering one needs a reason in the commit.
var corpusBars = []string{"--min-f1", "0.88", "--min-vague-f1", "0.85", "--min-checklist", "0.90", "--min-agreement", "0.90"}

// TestEvalCorpus runs `policylens eval corpus/` with the bars above, so a
// regression in any stage shows as a failing test with the scores printed.
func TestEvalCorpus(t *testing.T) {
	out := runEvalBars(t, "eval runs the engine over the whole corpus", corpusBars, "corpus")
	for _, want := range []string{"macro-F1", "vague terms", "checklist acc.", "per document"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q", want)
		}
	}
}

// realTestBars hold the engine to its figures on the held-out test documents
// of corpus/real (real policies never trained or tuned on). They are
// regression floors, set a little below what the engine measured when they
// were last raised (2026-12-03, round 13, on the 7,117 test units of round
// 12: category macro-F1 EN 0.818 / FR 0.797, vague F1 EN 0.879 / FR 0.855,
// checklist accuracy EN 0.855 / FR 0.842, precision of "missing" EN 0.756 /
// FR 0.541), not the targets of issue #8 (macro-F1 0.85 with P and R 0.80
// per category, vague F1 0.85, checklist 0.92, missing precision 0.93),
// which the engine does not reach yet: see the README. Raise them as the
// engine improves; never lower them to let a change through. The macro-F1
// floor went from 0.79 to 0.78 when round 19 labelled 2,213 more test units
// (French 2,503 -> 4,048): the same engine measures 0.790 FR on the units of
// before and 0.787 on all of them (English 0.821 on both); the floor follows
// the measure, not a change of the engine. It went from 0.78 to 0.79 in
// round 27 (2026-12-05), when the classifier measured EN 0.822 / FR 0.799.
var realTestBars = []string{"--split", "test", "--min-f1", "0.79", "--min-vague-f1", "0.85",
	"--min-language-checklist", "0.83", "--min-missing-precision", "0.52"}

// TestEvalRealTest runs `policylens eval --split test corpus/real` with the
// bars above.
func TestEvalRealTest(t *testing.T) {
	runEvalBars(t, "eval runs the engine over the real test documents", realTestBars, "corpus/real")
}

// realTestAloneBars hold classify, given each held-out test unit alone with
// its heading and lead-in, to its figures when it was set (round 27:
// macro-F1 EN 0.800 / FR 0.760); a regression floor, like realTestBars.
var realTestAloneBars = []string{"--split", "test", "--alone", "all", "--min-f1", "0.75"}

// TestEvalRealTestAlone runs `policylens eval --split test --alone all
// corpus/real` with the bars above, and checks that the report is the
// category table alone.
func TestEvalRealTestAlone(t *testing.T) {
	out := runEvalBars(t, "eval classifies every real test unit", realTestAloneBars, "corpus/real")
	if !strings.Contains(out, "each unit alone through classify (context: all)") || !strings.Contains(out, "macro-F1") || strings.Contains(out, "checklist acc.") {
		t.Errorf("eval --alone output is not the category table:\n%s", out)
	}
	if _, _, err := runCLI(t, "", "eval", "--alone", "sometimes", "corpus/real"); err == nil {
		t.Error("eval --alone sometimes: got no error")
	}
}

// TestEncodings checks that a policy saved in another encoding than UTF-8 is
// decoded, analysed like its UTF-8 original and says so in its diagnostics,
// and that --encoding overrides the detection.
func TestEncodings(t *testing.T) {
	dir := t.TempDir()
	frUTF8, err := os.ReadFile("corpus/fr-nexustech-engagement.txt")
	if err != nil {
		t.Fatal(err)
	}
	enUTF8, err := os.ReadFile("corpus/en-webhost-short.txt")
	if err != nil {
		t.Fatal(err)
	}
	latin := func(b []byte) []byte {
		t.Helper()
		out, err := encoding.ReplaceUnsupported(charmap.Windows1252.NewEncoder()).Bytes(b)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	utf16le := func(b []byte) []byte {
		t.Helper()
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(b)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	htmlLatin := append(append([]byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Politique</title></head><body><main><p>`),
		latin(bytes.ReplaceAll(frUTF8, []byte("\n\n"), []byte("</p><p>")))...), "</p></main></body></html>"...)
	tests := []struct {
		name     string
		data     []byte
		args     []string
		wantLang string
		wantDiag string // "" means no diagnostic about the encoding
	}{
		{"UTF-8 reference", frUTF8, nil, "fr", ""},
		{"Windows-1252 text", latin(frUTF8), nil, "fr", "read as Windows-1252"},
		{"Latin-1 HTML with http-equiv", htmlLatin, nil, "fr", "windows-1252, declared by the page"},
		{"UTF-16 with BOM", utf16le(enUTF8), nil, "en", "UTF-16LE (byte order mark)"},
		{"--encoding override", latin(frUTF8), []string{"--encoding", "iso-8859-1"}, "fr", "as asked"},
	}
	var ref []string
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, dir, fmt.Sprintf("in%d", i), tt.data)
			args := append(append([]string{"analyze", "--format", "json"}, tt.args...), path)
			out, _, err := runCLI(t, "", args...)
			if err != nil {
				t.Fatalf("analyze: %v", err)
			}
			var rep report.Report
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatal(err)
			}
			if rep.Language.Code != tt.wantLang {
				t.Errorf("language = %q, want %q", rep.Language.Code, tt.wantLang)
			}
			diags := strings.Join(rep.Diagnostics, " | ")
			if tt.wantDiag != "" && !strings.Contains(diags, tt.wantDiag) {
				t.Errorf("diagnostics = %q, want one containing %q", diags, tt.wantDiag)
			}
			if tt.wantDiag == "" && strings.Contains(diags, "encod") {
				t.Errorf("diagnostics = %q, want none about the encoding", diags)
			}
			var cats []string
			for _, s := range rep.Summaries {
				cats = append(cats, string(s.Category)+"="+string(s.Status))
			}
			if tt.wantLang == "fr" && !strings.Contains(tt.name, "HTML") {
				// The decoded text is the original: same reading.
				if ref == nil {
					ref = cats
				} else if strings.Join(cats, " ") != strings.Join(ref, " ") {
					t.Errorf("summaries %v, want those of the UTF-8 original %v", cats, ref)
				}
			}
		})
	}
	t.Run("unknown encoding is a usage error", func(t *testing.T) {
		_, _, err := runCLI(t, "", "analyze", "--encoding", "klingon-8", filepath.Join(dir, "in0"))
		var ee *exitError
		if !asExit(err, &ee) || ee.code != 2 || !strings.Contains(err.Error(), "klingon-8") {
			t.Errorf("got %v, want a usage error naming the encoding", err)
		}
	})
}

// TestPDF checks that the CLI reads a PDF's text layer, in analyze and in
// corpus, and names a scanned PDF's problem.
func TestPDF(t *testing.T) {
	out, _, err := runCLI(t, "", "analyze", "--format", "json", "testdata/pdf/text-policy.pdf")
	if err != nil {
		t.Fatalf("analyze text-policy.pdf: %v", err)
	}
	var rep report.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Language.Code != "en" || rep.Source.Format != "text" || rep.Source.Title != "Privacy Policy" || len(rep.Clauses) < 10 {
		t.Errorf("report: language %q, format %q, title %q, %d clauses; want en, text, Privacy Policy, >= 10",
			rep.Language.Code, rep.Source.Format, rep.Source.Title, len(rep.Clauses))
	}
	if !strings.Contains(rep.Clauses[0].Text+rep.Clauses[1].Text+rep.Clauses[2].Text, "Birchwood Books") {
		t.Errorf("first clauses %q..., want the policy's opening", rep.Clauses[0].Text)
	}

	_, _, err = runCLI(t, "", "analyze", "testdata/pdf/scanned.pdf")
	if err == nil || !strings.Contains(err.Error(), "no text layer") {
		t.Errorf("analyze scanned.pdf: got %v, want the no-text-layer error", err)
	}

	dir := t.TempDir()
	for _, f := range []string{"text-policy.pdf", "scanned.pdf"} {
		raw, err := os.ReadFile(filepath.Join("testdata/pdf", f))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, f, raw)
	}
	out, _, err = runCLI(t, "", "corpus", "--workers", "2", dir)
	if err != nil {
		t.Fatalf("corpus: %v", err)
	}
	assertCorpusLines(t, out, map[string]string{"scanned.pdf": "no_text_layer", "text-policy.pdf": ""})
}

// TestWasmDependencies checks that the browser build links neither the PDF
// library nor the decoders of x/text (see internal/pdftext and the twin
// analyzer/decode/decode_wasm.go).
func TestWasmDependencies(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command on PATH (%v); cannot list the wasm build's dependencies", err)
	}
	cmd := exec.Command(goBin, "list", "-deps", "./wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("go list for js/wasm failed (%v); cannot check the wasm dependencies", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, banned := range []string{"github.com/ledongthuc/pdf", "internal/pdftext", "golang.org/x/text/encoding", "golang.org/x/net/html/charset"} {
			if strings.Contains(dep, banned) {
				t.Errorf("the wasm build imports %s", dep)
			}
		}
	}
}

// TestClassifyLanguageField checks short clauses and the optional
// "language" field of classify's input lines, and that the output keeps
// its shape.
func TestClassifyLanguageField(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "s", "text": "We collect your email."}`,
		`{"id": "t", "text": "Nous collectons votre adresse e-mail."}`,
		`{"id": "f", "text": "We collect your email.", "language": "fr"}`,
		`{"id": "g", "text": "Wir erheben Ihre E-Mail-Adresse."}`,
		`{"id": "x", "text": "We collect your email.", "language": "de"}`,
	}, "\n")
	out, _, err := runCLI(t, in, "classify")
	if err != nil {
		t.Fatalf("classify: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	wants := []struct{ lang, errPart string }{{"en", ""}, {"fr", ""}, {"fr", ""}, {"", "German"}, {"", "en (English) and fr (French)"}}
	if len(lines) != len(wants) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(wants), out)
	}
	for i, w := range wants {
		var m map[string]any
		if err := json.Unmarshal([]byte(lines[i]), &m); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if w.errPart != "" {
			if e, _ := m["error"].(string); !strings.Contains(e, w.errPart) {
				t.Errorf("line %d: %s, want an error containing %q", i, lines[i], w.errPart)
			}
			continue
		}
		var keys []string
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if strings.Join(keys, ",") != "categories,id,language,vague" {
			t.Errorf("line %d: keys %v, want categories, id, language, vague", i, keys)
		}
		if m["language"] != w.lang {
			t.Errorf("line %d: language %v, want %q", i, m["language"], w.lang)
		}
	}
}

// TestCorpusTree checks that corpus reads a tree of folders and several
// paths without losing a document, and that its summary gives languages,
// kinds and errors by code.
func TestCorpusTree(t *testing.T) {
	root := t.TempDir()
	for _, d := range []string{"en/a", "fr", "mixed/deep/er", ".hidden"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	fr, err := os.ReadFile("corpus/fr-nexustech-engagement.txt")
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := os.ReadFile("testdata/pdf/scanned.pdf")
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, root, "en/a/good.txt", []byte(goodPolicy))
	writeFile(t, root, "en/recipe.md", []byte(recipe))
	writeFile(t, root, "fr/policy.txt", fr)
	writeFile(t, root, "mixed/deep/er/spanish.html", []byte("<html><body><p>"+spanishPolicy+"</p></body></html>"))
	writeFile(t, root, "mixed/deep/german.txt", []byte(germanPolicy))
	writeFile(t, root, "mixed/scan.pdf", pdf)
	writeFile(t, root, "mixed/empty.txt", nil)
	writeFile(t, root, "README.md", []byte("# about this tree"))
	writeFile(t, root, "notes.json", []byte("{}"))
	writeFile(t, root, ".hidden/secret.txt", []byte(goodPolicy))

	out, stderr, err := runCLI(t, "", "corpus", "--workers", "2", root)
	if err != nil {
		t.Fatalf("corpus: %v", err)
	}
	assertCorpusLines(t, out, map[string]string{
		"en/a/good.txt": "", "en/recipe.md": "not_policy", "fr/policy.txt": "",
		"mixed/deep/er/spanish.html": "unsupported_language", "mixed/deep/german.txt": "unsupported_language",
		"mixed/scan.pdf": "no_text_layer", "mixed/empty.txt": "empty",
	})
	for _, want := range []string{
		"7 documents: 2 analysed, 5 failed",
		"kinds: error 2, not_policy 1, other_language 2, policy 2",
		"errors by code: empty 1, no_text_layer 1, not_policy 1, unsupported_language 2",
		"other languages (not analysed): German 1, Spanish 1",
		"languages: en 1, fr 1;",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("summary lacks %q:\n%s", want, stderr)
		}
	}

	// Several paths: every document once, ids naming their path.
	out, _, err = runCLI(t, "", "corpus", "--workers", "2", filepath.Join(root, "en"), filepath.Join(root, "fr", "policy.txt"), filepath.Join(root, "mixed", "deep"))
	if err != nil {
		t.Fatalf("corpus with three paths: %v", err)
	}
	en, deep := filepath.ToSlash(filepath.Join(root, "en")), filepath.ToSlash(filepath.Join(root, "mixed", "deep"))
	assertCorpusLines(t, out, map[string]string{
		en + "/a/good.txt": "", en + "/recipe.md": "not_policy", filepath.ToSlash(filepath.Join(root, "fr", "policy.txt")): "",
		deep + "/er/spanish.html": "unsupported_language", deep + "/german.txt": "unsupported_language",
	})
}

// TestAnalyzeLanguageFlag checks --language on a document holding an
// English and a French policy, one after the other.
func TestAnalyzeLanguageFlag(t *testing.T) {
	en, err := os.ReadFile("corpus/en-webhost-short.txt")
	if err != nil {
		t.Fatal(err)
	}
	fr, err := os.ReadFile("corpus/fr-nexustech-engagement.txt")
	if err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, t.TempDir(), "both.txt", append(append(en, "\n\n"...), fr...))
	for _, tt := range []struct{ flag, want, other string }{{"", "en", "French"}, {"fr", "fr", "English"}, {"en", "en", "French"}} {
		t.Run("--language="+tt.flag, func(t *testing.T) {
			args := []string{"analyze", "--format", "json"}
			if tt.flag != "" {
				args = append(args, "--language", tt.flag)
			}
			out, _, err := runCLI(t, "", append(args, path)...)
			if err != nil {
				t.Fatal(err)
			}
			var rep report.Report
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatal(err)
			}
			if rep.Language.Code != tt.want {
				t.Errorf("language %q, want %q", rep.Language.Code, tt.want)
			}
			if d := strings.Join(rep.Diagnostics, " | "); !strings.Contains(d, "also "+tt.other) {
				t.Errorf("diagnostics %q, want one naming %s", d, tt.other)
			}
		})
	}
}

// htmlCopyTolerance is how far below the Markdown copies' figures the HTML
// pages of the same policies may score (macro-F1 and checklist accuracy):
// the extension reads the page, the labels were written on the Markdown.
const htmlCopyTolerance = 0.01

// TestEvalHTMLCopies scores the HTML pages of the labelled train and dev
// policies that ../shared/policies-dev also holds as a web page (the dating
// sites' pages of Open Terms Archive), against the labels written on their
// Markdown copies: what the extension reads of a real page must score as
// well as the text the engine learnt from. A page whose text is not the
// Markdown copy's (another version or language; more than 2% of its
// labelled units not found in its text) is left out.
func TestEvalHTMLCopies(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses every labelled page twice")
	}
	shared := filepath.Join("..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "policies-dev", "ota-dating")); err != nil {
		t.Skipf("no web pages to read: %v", err)
	}
	golds, err := eval.Load(os.DirFS("corpus/real"))
	if err != nil {
		t.Fatal(err)
	}
	// reads reports whether raw's text holds the units of g: at most 2% of
	// them not found.
	reads := func(g eval.Gold, raw []byte) bool {
		doc, err := extract.Extract(raw, extract.FormatAuto)
		if err != nil {
			return false
		}
		_, lost := eval.AlignLenient(doc.Text, g.Units)
		return len(lost)*50 <= len(g.Units)
	}
	var mdGolds, pageGolds []eval.Gold
	for _, g := range golds {
		if g.Split == "test" || !strings.HasPrefix(g.Source, "policies-dev/ota-dating/") || !strings.HasSuffix(g.Source, ".md") {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(shared, strings.TrimSuffix(g.Source, ".md")+".html"))
		if err != nil {
			continue
		}
		if !reads(g, raw) {
			t.Logf("%s: the HTML page is not the Markdown copy's text, left out", g.Document)
			continue
		}
		if !reads(g, g.Raw) {
			t.Fatalf("%s: the labelled Markdown copy does not read", g.Document)
		}
		page := g
		page.Raw = raw
		mdGolds, pageGolds = append(mdGolds, g), append(pageGolds, page)
	}
	if len(pageGolds) < 15 {
		t.Fatalf("only %d HTML pages to compare, want at least 15", len(pageGolds))
	}
	eng, err := analyzer.New()
	if err != nil {
		t.Fatal(err)
	}
	metrics := func(golds []eval.Gold) eval.Metrics {
		t.Helper()
		scored, _, err := analyzeGolds(context.Background(), eng, golds)
		if err != nil {
			t.Fatal(err)
		}
		m, err := eval.Score(scored)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	mm, hm := metrics(mdGolds), metrics(pageGolds)
	mp, _ := mm.Overall.MissingPrecision()
	hp, _ := hm.Overall.MissingPrecision()
	t.Logf("%d policies: macro-F1 %.3f Markdown / %.3f HTML; checklist %.3f / %.3f; missing precision %.3f / %.3f",
		len(pageGolds), mm.MacroF1(), hm.MacroF1(), mm.ChecklistAccuracy(), hm.ChecklistAccuracy(), mp, hp)
	if hm.MacroF1() < mm.MacroF1()-htmlCopyTolerance {
		t.Errorf("HTML pages macro-F1 %.3f, Markdown copies %.3f", hm.MacroF1(), mm.MacroF1())
	}
	if hm.ChecklistAccuracy() < mm.ChecklistAccuracy()-htmlCopyTolerance {
		t.Errorf("HTML pages checklist accuracy %.3f, Markdown copies %.3f", hm.ChecklistAccuracy(), mm.ChecklistAccuracy())
	}
}
