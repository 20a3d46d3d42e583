package lang

import (
	"strings"
	"unicode"

	"github.com/pemistahl/lingua-go"
)

// A clause of a few words ("We collect your email.") is too short for
// lingua to be sure among eight languages: its confidence spreads over
// several of them and the detector used to answer "an unknown language".
// The engine only needs to know whether such a text is English, French or
// neither, so when the eight-language verdict is unsure, shortText makes a
// restricted decision between English and French, unless the text is
// clearly in another language:
//
//   - when the other six languages together hold more than maxOtherShare
//     of lingua's confidence, the text is not read as English or French (it
//     is named when one of them holds at least minOtherConfidence);
//   - otherwise English and French are weighed by two equal-weight
//     experts: lingua's share of the two (which on a few words is often
//     wrong: low-accuracy mode gives "Contact our data protection officer."
//     to French at 0.95), and the share of the two languages' function
//     words (guard.go) among the text's words. The winner's mean share is
//     the Confidence, reported, and the Result is marked Restricted;
//   - the winner must pass the same alphabet check as long texts and hold
//     at least one of its function words: a Spanish or German sentence has
//     none of them, an English or French clause nearly always has one.

// Tuning of shortText.
const (
	// maxShortLetters is the most letters of a text decided this way;
	// longer texts keep the eight-language verdict.
	maxShortLetters = 200
	// maxOtherShare is the largest confidence the other languages may hold
	// together for the text to be read as English or French.
	maxOtherShare = 0.6
	// minOtherConfidence is the least confidence of another language for
	// the text to be named in it.
	minOtherConfidence = 0.35
)

func shortText(text string, en, fr float64, best lingua.Language, bestConf float64) Result {
	if _, ok := otherScript(text); ok || countLetters(text) < minLetters {
		return Result{}
	}
	if other := 1 - en - fr; other > maxOtherShare {
		if best != lingua.English && best != lingua.French && best != lingua.Unknown && bestConf >= minOtherConfidence {
			return Result{Code: Code(strings.ToLower(best.IsoCode639_1().String())), Name: best.String(), Confidence: bestConf}
		}
		return Result{}
	}
	fwEN, fwFR := functionShare(English, text), functionShare(French, text)
	pEN := en / (en + fr)
	if fwEN+fwFR > 0 {
		pEN = (pEN + fwEN/(fwEN+fwFR)) / 2
	}
	code, conf := English, pEN
	if pEN < 0.5 {
		code, conf = French, 1-pEN
	}
	if !plausibleShort(code, text) {
		return Result{}
	}
	return Result{Code: code, Name: nameOf(code), Confidence: conf, Restricted: true}
}

// functionShare is the share of text's words that are function words of
// code.
func functionShare(code Code, text string) float64 {
	words, n := 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		if functionWords[code][w] {
			n++
		}
	}
	if words == 0 {
		return 0
	}
	return float64(n) / float64(words)
}

// plausibleShort is plausible for a few words: the alphabet check, and at
// least one function word.
func plausibleShort(code Code, text string) bool {
	letters, foreign, _, function := letterCounts(code, alphabets[code], text)
	return function > 0 && float64(foreign) <= maxForeignLetters*float64(letters)
}
