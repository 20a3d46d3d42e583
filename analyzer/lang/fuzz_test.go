package lang

import (
	"strings"
	"testing"
)

// wordDetector is a fast stand-in for lingua in FuzzDecide (whose models
// take seconds to load under the fuzzer's instrumentation): a text is the
// language of the first of "the", "les", "die" it holds.
type wordDetector struct{}

func (wordDetector) Detect(text string) Result {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch w {
		case "the":
			return Result{Code: English, Name: "English", Confidence: 1}
		case "les":
			return Result{Code: French, Name: "French", Confidence: 1}
		case "die":
			return Result{Code: "de", Name: "German", Confidence: 1}
		}
	}
	return Result{}
}

// FuzzDecide checks that Decide never panics and that its parts tile the
// document's blocks in order, the main one among them, whatever the blocks.
func FuzzDecide(f *testing.F) {
	f.Add(enPolicy+"\x00"+frPolicy+"\x00"+dePolicy, "")
	f.Add("Home\x00Products\x00"+enPolicy, "fr")
	f.Add("English\x00Français\x00Deutsch\x00Español\x00Italiano\x00Polski", "")
	f.Add(strings.Repeat("é", 400)+"\x00"+nlPolicy, "en")
	d := wordDetector{}
	f.Fuzz(func(t *testing.T, joined, want string) {
		text, spans := doc(strings.Split(joined, "\x00")...)
		code, err := ParseCode(want)
		if err != nil {
			code = Unknown
		}
		dec := Decide(d, text, spans, code)
		if len(dec.Parts) == 0 {
			t.Fatalf("no parts")
		}
		if dec.Parts[0].FirstBlock != 0 || dec.Parts[len(dec.Parts)-1].EndBlock != len(spans) {
			t.Fatalf("parts %+v do not cover blocks 0-%d", dec.Parts, len(spans))
		}
		for i := 1; i < len(dec.Parts); i++ {
			if dec.Parts[i].FirstBlock != dec.Parts[i-1].EndBlock || dec.Parts[i].FirstBlock >= dec.Parts[i].EndBlock {
				t.Fatalf("parts %+v do not tile the blocks", dec.Parts)
			}
		}
		for _, r := range dec.MainBlocks() {
			if r[0] < 0 || r[0] >= r[1] || r[1] > len(spans) {
				t.Fatalf("main blocks %v outside 0-%d", dec.MainBlocks(), len(spans))
			}
		}
	})
}
