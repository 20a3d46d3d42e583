package lingua

import (
	"fmt"
	"regexp"
	"testing"
)

// TestScriptOnlyAsRegexp checks scriptOnly against upstream's regexps.
func TestScriptOnlyAsRegexp(t *testing.T) {
	texts := []string{"", "abc", "héllo", "abc1", "日本", "日本語です", "Привет", "Привет!", "a\xffb", "\xff", "ΑΒΓ", "שלום", "한국어", "ไทย", "ab c", "ǅ", "Ⅻ", "ª"}
	for a := arabic; a <= thai; a++ {
		re := regexp.MustCompile(fmt.Sprintf("^\\p{%v}+$", scriptName[a]))
		for _, s := range texts {
			if got, want := a.matches(s), re.MatchString(s); got != want {
				t.Errorf("%s on %q: got %v, want %v", scriptName[a], s, got, want)
			}
		}
	}
}

var scriptName = map[alphabet]string{arabic: "Arabic", armenian: "Armenian", bengali: "Bengali", cyrillic: "Cyrillic", devanagari: "Devanagari", georgian: "Georgian", greek: "Greek", gujarati: "Gujarati", gurmukhi: "Gurmukhi", han: "Han", hangul: "Hangul", hebrew: "Hebrew", hiragana: "Hiragana", katakana: "Katakana", latin: "Latin", tamil: "Tamil", telugu: "Telugu", thai: "Thai"}
