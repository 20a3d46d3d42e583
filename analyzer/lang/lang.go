// Package lang decides which language a policy is written in.
//
// Only English and French are analysed; any other language is reported as
// unsupported, named where it can be. Detect reads a text (a policy, or a
// clause of a few words: short.go); Decide reads a document's blocks,
// lets only its prose vote (prose.go), cuts a document written in several
// languages into parts and picks the English or French one (decide.go),
// and recognises pages that only list policies per language (hub.go).
package lang

// Code is an ISO 639-1 language code ("en", "fr", "es", ...).
type Code string

// The supported languages.
const (
	English Code = "en"
	French  Code = "fr"
	Unknown Code = ""
)

// Result is a detection outcome.
type Result struct {
	Code       Code
	Name       string  // English name of the language, e.g. "French", "Spanish"
	Confidence float64 // 0..1
	// Restricted is true when the text was too short for a verdict among
	// all the detector's languages and was decided between English and
	// French only (see short.go); Confidence is then the winner's share of
	// the two.
	Restricted bool
}

// Supported reports whether the engine can analyse text in r's language.
func (r Result) Supported() bool { return r.Code == English || r.Code == French }

// Detector detects the language of a text.
type Detector interface {
	Detect(text string) Result
}

// Preloader is a Detector that can load its models ahead of the first
// Detect, a part at a time, calling pause between parts (see
// analyzer.Engine.Preload). Preloading changes no result.
type Preloader interface {
	Preload(pause func())
}
