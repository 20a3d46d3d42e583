package analyzer

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
)

// readCorpus returns a corpus file's text.
func readCorpus(t *testing.T, name string) string {
	t.Helper()
	raw, err := os.ReadFile("../corpus/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(raw)
}

const germanSection = `Datenschutzerklärung

Wir erheben die personenbezogenen Daten, die Sie uns bei der Erstellung Ihres Kontos mitteilen, etwa Ihren Namen, Ihre E-Mail-Adresse und Ihre Zahlungsdaten. Wir verwenden diese Daten, um unsere Dienste bereitzustellen und unsere gesetzlichen Pflichten zu erfüllen.

Wir geben Ihre personenbezogenen Daten an Dienstleister weiter, die uns beim Betrieb der Website helfen. Wir verwenden Cookies, um den Verkehr zu analysieren und unser Angebot zu verbessern.

Sie können jederzeit Auskunft, Berichtigung oder Löschung Ihrer Daten verlangen. Wir bewahren Ihre Daten drei Jahre nach Ihrer letzten Bestellung auf und löschen sie danach.`

// TestAnalyzeMultilingual checks that a document holding its policy in
// several languages is read in its English or French part, says which
// other languages it holds, and that Options.Language picks the part.
func TestAnalyzeMultilingual(t *testing.T) {
	e := newEngine(t)
	en := readCorpus(t, "en-webhost-short.txt")
	fr := readCorpus(t, "fr-nexustech-engagement.txt")
	enOnly, err := e.Analyze(context.Background(), []byte(en), Options{})
	if err != nil {
		t.Fatal(err)
	}
	frOnly, err := e.Analyze(context.Background(), []byte(fr), Options{})
	if err != nil {
		t.Fatal(err)
	}
	multi := []byte(en + "\n\n" + germanSection + "\n\n" + fr)
	tests := []struct {
		name      string
		language  string
		want      string
		wantLike  int // clauses of the single-language report
		wantDiags []string
	}{
		{"first part", "", "en", len(enOnly.Clauses), []string{"several languages (also German, French)", "English part"}},
		{"asked for french", "fr", "fr", len(frOnly.Clauses), []string{"several languages (also English, German)", "French part"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := e.Analyze(context.Background(), multi, Options{Language: tt.language})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Language.Code != tt.want {
				t.Errorf("language %q, want %q", rep.Language.Code, tt.want)
			}
			// The part is the single-language document, give or take the
			// clause at a boundary.
			if d := len(rep.Clauses) - tt.wantLike; d < -1 || d > 1 {
				t.Errorf("%d clauses, want about %d (the %s document alone)", len(rep.Clauses), tt.wantLike, tt.want)
			}
			for _, c := range rep.Clauses {
				if strings.Contains(c.Text, "Daten") || (tt.want == "en" && strings.Contains(c.Text, "données")) {
					t.Errorf("clause %s from another part: %q", c.ID, c.Text)
				}
			}
			diags := strings.Join(rep.Diagnostics, " | ")
			for _, w := range tt.wantDiags {
				if !strings.Contains(diags, w) {
					t.Errorf("diagnostics %q, want one containing %q", diags, w)
				}
			}
		})
	}
	t.Run("german only, asked for english", func(t *testing.T) {
		rep, err := e.Analyze(context.Background(), []byte(germanSection), Options{Language: "en"})
		// Forced to English, the German text finds no English practices.
		if err == nil {
			t.Fatalf("got a report in %s, want not_policy", rep.Language.Code)
		}
		if !errors.Is(err, ErrNotPolicy) {
			t.Errorf("got %v, want not_policy", err)
		}
	})
	t.Run("bad language", func(t *testing.T) {
		if _, err := e.Analyze(context.Background(), []byte(en), Options{Language: "de"}); !errors.Is(err, ErrUnsupported) {
			t.Errorf("got %v, want unsupported_language", err)
		}
	})
}

// TestAnalyzeHub checks that a page listing policies per country and
// language is not analysed, and that the message names the English and
// French entries.
func TestAnalyzeHub(t *testing.T) {
	e := newEngine(t)
	page := `<html><head><title>Privacy policies</title></head><body><main><h1>Privacy policies</h1>
<p>Choose your country.</p><ul>
<li><a href="/us">United States – English</a></li><li><a href="/uk">United Kingdom – English</a></li>
<li><a href="/fr">France – Français</a></li><li><a href="/de">Deutschland – Deutsch</a></li>
<li><a href="/es">España – Español</a></li><li><a href="/it">Italia – Italiano</a></li>
<li><a href="/nl">Nederland – Nederlands</a></li><li><a href="/pl">Polska – Polski</a></li>
<li><a href="/se">Sverige – Svenska</a></li><li><a href="/br">Brasil – Português</a></li>
<li><a href="/jp">日本 – 日本語</a></li><li><a href="/kr">대한민국 – 한국어</a></li></ul></main></body></html>`
	_, err := e.Analyze(context.Background(), []byte(page), Options{})
	if !errors.Is(err, ErrNotPolicy) {
		t.Fatalf("got %v, want not_policy", err)
	}
	for _, w := range []string{"lists privacy policies in 11 languages", "“United States – English”", "“France – Français”"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("message %q, want it to contain %q", err.Error(), w)
		}
	}
}

// TestAnalyzeMenuAndBanner checks that a saved page holding only a menu and
// a cookie banner is not graded as a policy: the classifier labels menu
// entries ("Banking", "Credit cards") now and then, but only sentences of
// four words or more count as speaking of data practices.
func TestAnalyzeMenuAndBanner(t *testing.T) {
	e := newEngine(t)
	page := "Open navigation Bankrate\n\n*   Mortgages\n*   Banking\n*   Credit cards\n*   Loans\n\nBanking\n\nBanking overview\n\n" +
		"Credit cards\n\nCredit cards overview\n\nIcon / profile\n\nElevate your Bankrate experience\n\n" +
		"Get insider access to our best financial tools and content\n\n" +
		"Bankrate uses cookies to ensure that you get the best experience on our website.\n\n" +
		"By clicking on or navigating this site, you accept our use of cookies as described in our privacy policy.\n"
	_, err := e.Analyze(context.Background(), []byte(page), Options{})
	if !errors.Is(err, ErrNotPolicy) {
		t.Fatalf("got %v, want not_policy", err)
	}
}

// TestClassifyLanguage checks short clauses: detected with their
// confidence, or given.
func TestClassifyLanguage(t *testing.T) {
	e := newEngine(t)
	tests := []struct {
		text, language, want string
		wantErr              error
	}{
		{"We collect your email.", "", "en", nil},
		{"Nous collectons votre adresse e-mail.", "", "fr", nil},
		{"We collect your email.", "fr", "fr", nil},
		{"Wir erheben Ihre E-Mail-Adresse.", "", "", ErrUnsupported},
		{"Recopilamos su correo electrónico.", "", "", ErrUnsupported},
		{"We collect your email.", "es", "", ErrUnsupported},
	}
	for _, tt := range tests {
		t.Run(tt.text+" "+tt.language, func(t *testing.T) {
			res, err := e.Classify(context.Background(), tt.text, ClauseContext{Language: tt.language})
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("got %+v, %v; want %v", res, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if res.Language != tt.want || res.Confidence <= 0.5 {
				t.Errorf("language %q (%.2f), want %q with confidence > 0.5", res.Language, res.Confidence, tt.want)
			}
		})
	}
}

// TestAnalyzeNoProse checks pages with no sentence at all: scripts or a
// list of links are not_policy with a message saying so, not "an unknown
// language".
func TestAnalyzeNoProse(t *testing.T) {
	e := newEngine(t)
	tests := []struct{ name, text, wantMsg string }{
		{"script", strings.Repeat(`(function (e, t) { var n = e.amplitude || {_q: [], _iq: {}}; var r = t.createElement("script"); r.async = true; })(window, document); `, 20), "rendered by JavaScript"},
		{"links", "LogMeIn Privacy Policy\n\n[LogMeIn U.S. Privacy Policy](https://example.com/us)\n\n[Grasshopper Privacy Policy](https://example.com/g)\n\n[Privacy Shield Notice](https://example.com/ps)", "privacy policy"},
		{"empty html body", `<html><head><title>Privacy</title></head><body><div id="root"></div></body></html>`, "rendered by JavaScript"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := e.Analyze(context.Background(), []byte(tt.text), Options{})
			want := ErrNotPolicy
			if strings.Contains(tt.wantMsg, "JavaScript") {
				want = ErrScriptRendered
			}
			if !errors.Is(err, want) || !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("got %v, want %s mentioning %q", err, want.Code, tt.wantMsg)
			}
		})
	}
}
