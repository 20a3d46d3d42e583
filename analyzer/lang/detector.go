package lang

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// languages are the languages the detector tells apart. Every language costs
// wasm size (its lingua models ship with the engine, ~190 KB each in
// low-accuracy mode), so the list holds English and French plus the
// languages a European policy page is most likely written in instead, so
// those are named rather than mistaken for English or French.
var languages = []lingua.Language{
	lingua.English,
	lingua.French,
	lingua.Spanish,
	lingua.German,
	lingua.Italian,
	lingua.Portuguese,
	lingua.Dutch,
	lingua.Polish,
}

// lowAccuracy selects lingua's low-accuracy mode: it reads uni- to trigram
// models only. For texts of 120 characters or more lingua v1.4.0 uses the
// same trigram lookup in both modes, so on policy texts the two agree and
// the wasm engine ships 8% of the model bytes (see detector_test.go).
const lowAccuracy = true

// Tuning of Detect.
const (
	// sampleBytes bounds the text handed to lingua: detection time grows
	// with the text, and a few thousand characters decide a policy's
	// language as well as thirty thousand.
	sampleBytes = 4000
	// sampleParts is how many evenly spread windows make up the sample of a
	// long text (beginning, middle, end), so a banner or a footer in
	// another language cannot decide alone.
	sampleParts = 3
	// chunkBytes is the size of the chunks the sample is cut into, each
	// detected alone: long enough for lingua to be right on 98% of corpus
	// sentences of 40-200 bytes, short enough that a banner is its own vote.
	chunkBytes = 300
	// minLetters is the fewest letters a text (or a chunk) needs for a
	// verdict.
	minLetters = 12
	// minConfidence is the lowest top confidence accepted as a verdict.
	minConfidence = 0.5
)

// Languages returns the languages the detector is built with. The wasm build
// (wasm/internal/langs, wasm/build.sh) keeps only their models.
func Languages() []lingua.Language {
	out := make([]lingua.Language, len(languages))
	copy(out, languages)
	return out
}

// NgramOrders returns the n-gram orders (1 = unigrams ... 5 = fivegrams)
// whose models the detector reads, for the wasm build to keep only those.
func NgramOrders() []int {
	if lowAccuracy {
		return []int{1, 2, 3}
	}
	return []int{1, 2, 3, 4, 5}
}

// linguaDetector is the Detector backed by lingua-go.
type linguaDetector struct {
	d lingua.LanguageDetector
}

// NewDetector returns a lingua-backed Detector for Languages(). Build it once
// and reuse it: it is safe for concurrent use, and lingua loads each model
// lazily on first use and caches it for the process.
func NewDetector() Detector {
	b := lingua.NewLanguageDetectorBuilder().FromLanguages(languages...)
	if lowAccuracy {
		b = b.WithLowAccuracyMode()
	}
	return linguaDetector{d: b.Build()}
}

// Preload loads lingua's models of Languages(), the ones Detect reads, two
// languages at a time, calling pause after each pair. The first Detect
// would otherwise load all of them at once: in WebAssembly that is half a
// second, most of the engine's cold start. lingua keeps the models in a
// process-wide cache shared by every detector, so loading them through a
// short-lived detector of two languages fills the cache this one reads; a
// model already loaded is not loaded again.
func (l linguaDetector) Preload(pause func()) {
	for i := 0; i < len(languages); i += 2 {
		pair := languages[i:min(i+2, len(languages))]
		if len(pair) < 2 {
			pair = append([]lingua.Language{languages[0]}, pair...) // lingua wants two
		}
		b := lingua.NewLanguageDetectorBuilder().FromLanguages(pair...).WithPreloadedLanguageModels()
		if lowAccuracy {
			b = b.WithLowAccuracyMode()
		}
		b.Build()
		pause()
	}
}

// Detect returns the language of text's main body. The sample is cut into
// chunks of about chunkBytes; each chunk's confidence values from lingua,
// weighted by its letters, are averaged. The language with the highest mean
// wins, and its mean is the Confidence: the share of the text lingua
// attributes to it, so a French page with an English cookie banner is
// French with a confidence below 1. (lingua's own confidence saturates at
// 1 on any text of a few hundred letters.) Texts with too few letters, or
// whose best mean is below minConfidence, give Code Unknown and no Name, and
// so do English or French verdicts that fail the plausibility check of
// guard.go (a language outside the detector's list).
func (l linguaDetector) Detect(text string) Result {
	s := sample(text, sampleBytes, sampleParts)
	scores := make(map[lingua.Language]float64, len(languages))
	total := 0
	for _, c := range chunks(s, chunkBytes) {
		n := countLetters(c)
		if n < minLetters {
			continue
		}
		total += n
		for _, v := range l.d.ComputeLanguageConfidenceValues(c) {
			scores[v.Language()] += float64(n) * v.Value()
		}
	}
	if total == 0 {
		return Result{}
	}
	best, bestScore := lingua.Unknown, 0.0
	for _, lg := range languages { // fixed order: ties break the same way every time
		if scores[lg] > bestScore {
			best, bestScore = lg, scores[lg]
		}
	}
	conf := bestScore / float64(total)
	code := Unknown
	if best != lingua.Unknown {
		code = Code(strings.ToLower(best.IsoCode639_1().String()))
	}
	if best == lingua.Unknown || conf < minConfidence || !plausible(code, s) {
		// Another language, outside the detector's list (see guard.go), or
		// a text too short for lingua to be sure: see short.go.
		if total < maxShortLetters {
			return shortText(s, scores[lingua.English]/float64(total), scores[lingua.French]/float64(total), best, conf)
		}
		return Result{}
	}
	return Result{
		Code:       code,
		Name:       best.String(),
		Confidence: math.Min(conf, 1),
	}
}

// chunks cuts s into pieces of about size bytes at spaces.
func chunks(s string, size int) []string {
	var out []string
	for len(s) > 0 {
		if len(s) <= size+size/2 {
			return append(out, s)
		}
		_, end := wordBounds(s, 0, size)
		if end <= 0 {
			end = size
			for end < len(s) && !utf8.RuneStart(s[end]) {
				end++
			}
		}
		out = append(out, s[:end])
		s = s[end:]
	}
	return out
}

// countLetters counts the letters in s.
func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// sample returns text if it is at most max bytes long, and otherwise parts
// windows of about max/parts bytes spread evenly over it (the first at the
// beginning, the last at the end), cut at spaces so no word is split,
// joined by newlines.
func sample(text string, max, parts int) string {
	if len(text) <= max || parts < 1 {
		return text
	}
	win := max / parts
	var b strings.Builder
	b.Grow(max + parts)
	for i := 0; i < parts; i++ {
		start := 0
		if parts > 1 {
			start = i * (len(text) - win) / (parts - 1)
		}
		end := start + win
		start, end = wordBounds(text, start, end)
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(text[start:end])
	}
	return b.String()
}

// wordBounds moves start forward past the word it may cut and end back to the
// last space before it, keeping both on rune boundaries. If the window holds
// a single long word, it only aligns the ends to runes.
func wordBounds(text string, start, end int) (int, int) {
	if end > len(text) {
		end = len(text)
	}
	s, e := start, end
	if s > 0 && !isSpaceBefore(text, s) {
		if i := strings.IndexFunc(text[s:e], unicode.IsSpace); i >= 0 {
			s += i
		}
	}
	if e < len(text) && !isSpaceBefore(text, e+1) {
		if i := strings.LastIndexFunc(text[s:e], unicode.IsSpace); i > 0 {
			e = s + i
		}
	}
	for s < e && !utf8.RuneStart(text[s]) {
		s++
	}
	for e > s && e < len(text) && !utf8.RuneStart(text[e]) {
		e--
	}
	return s, e
}

// isSpaceBefore reports whether the byte before offset i is a space.
func isSpaceBefore(text string, i int) bool {
	return i > 0 && i <= len(text) && (text[i-1] == ' ' || text[i-1] == '\n' || text[i-1] == '\t' || text[i-1] == '\r')
}
