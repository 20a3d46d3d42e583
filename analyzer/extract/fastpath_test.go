package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// fastPathTexts are the corpus's lines and blocks, plus cases made for the
// edges of the fast paths.
func fastPathTexts(t *testing.T) []string {
	t.Helper()
	b64 := "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk"
	texts := []string{
		"", "cookie", "COOKIES", "Cοokie", "coo\u212Aie", "CO\u212AIE", "témoin", "TÉMOINS", "Traceurs", "tracer", "moins",
		"img " + b64 + " end", b64 + "==", b64 + "===x", b64[:59], b64[:60], "x" + b64 + "/+" + b64,
		strings.Repeat("a", 80), strings.Repeat("aB", 40), strings.Repeat("aB1", 30) + "=", "é" + b64 + "é",
		"data:image/png;base64," + b64 + " after", b64 + " " + b64,
	}
	files, err := filepath.Glob("../../corpus/*.*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(raw))
		texts = append(texts, strings.Split(string(raw), "\n")...)
	}
	return texts
}

// TestStripBase64 checks stripBase64 against the regexp it replaces.
func TestStripBase64(t *testing.T) {
	re := regexp.MustCompile(`[A-Za-z0-9+/]{60,}={0,2}`)
	want := func(s string) string {
		return re.ReplaceAllStringFunc(s, func(m string) string {
			if strings.IndexFunc(m, unicode.IsUpper) >= 0 && strings.IndexFunc(m, unicode.IsLower) >= 0 &&
				strings.IndexFunc(m, unicode.IsDigit) >= 0 {
				return " "
			}
			return m
		})
	}
	for _, s := range fastPathTexts(t) {
		if got, want := stripBase64(s), want(s); got != want {
			t.Errorf("stripBase64(%.80q) = %.80q, want %.80q", s, got, want)
		}
	}
}

// TestMayNameCookies checks that the filter never hides a match of reCookie.
func TestMayNameCookies(t *testing.T) {
	for _, s := range fastPathTexts(t) {
		if reCookie.MatchString(s) && !mayNameCookies(s) {
			t.Errorf("mayNameCookies(%.80q) = false, but reCookie matches", s)
		}
	}
}
