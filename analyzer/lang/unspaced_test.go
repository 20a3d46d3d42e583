package lang

import (
	"testing"
	"unicode"
)

// TestUnspacedScriptsStart checks the shortcut of isProse: no rune before
// U+0E01 is in the scripts written without spaces.
func TestUnspacedScriptsStart(t *testing.T) {
	for r := rune(0); r < 0x0E01; r++ {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar) {
			t.Fatalf("%U is in a script written without spaces", r)
		}
	}
}
