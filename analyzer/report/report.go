// Package report defines the Report: the single, versioned JSON contract that
// the CLI, the WebAssembly bridge and the browser popup all share.
//
// Every field has a JSON tag; the shape only changes together with Schema.
package report

// Schema is the version of the report's JSON shape. Bump it on any breaking
// change to the fields below.
const Schema = 1

// Category is one of the six kinds of practice a clause can describe.
type Category string

// The six categories, in display order.
const (
	Collection   Category = "collection"
	Sharing      Category = "sharing"
	Cookies      Category = "cookies"
	Rights       Category = "rights"
	Retention    Category = "retention"
	Jurisdiction Category = "jurisdiction"
)

// Categories lists the six categories in display order.
var Categories = []Category{Collection, Sharing, Cookies, Rights, Retention, Jurisdiction}

// Report is what the engine says about one policy.
type Report struct {
	Schema int    `json:"schema"`
	Engine string `json:"engine"` // engine version, e.g. "0.1.0"

	Source   Source   `json:"source"`
	Language Language `json:"language"`

	// Clauses are in document order. Offsets refer to the extracted text
	// (for plain-text input: the input itself).
	Clauses []Clause `json:"clauses"`

	// Summaries has one entry per category, in the order of Categories.
	Summaries []CategorySummary `json:"summaries"`

	// Checklist has one entry per commitment the engine checks for.
	Checklist []CheckItem `json:"checklist"`

	// RedFlags are explicit practices that are bad for the user.
	RedFlags []RedFlag `json:"red_flags"`

	Grade Grade `json:"grade"`

	// Diagnostics are non-fatal remarks about the analysis (e.g. a short
	// text, a low language confidence).
	Diagnostics []string `json:"diagnostics,omitempty"`
}

// Source describes the analysed input.
type Source struct {
	URL    string `json:"url,omitempty"`
	Title  string `json:"title,omitempty"`
	Format string `json:"format"` // "html", "markdown" or "text"
	Bytes  int    `json:"bytes"`  // size of the raw input
	// TextBytes is the length of the extracted text that offsets refer to.
	TextBytes int `json:"text_bytes"`
	// Updated is the policy's "last updated" date as written, if found.
	Updated string `json:"updated,omitempty"`
	// Partial says this copy of the page shows only part of its text: its
	// embedded data holds much more, which a script shows (collapsed
	// sections); diagnostics says how much. The grade may rest on part of
	// the policy.
	Partial bool `json:"partial,omitempty"`
}

// Language is the detected language of the policy's main text.
type Language struct {
	Code       string  `json:"code"` // "en" or "fr"
	Name       string  `json:"name"` // "English", "French"
	Confidence float64 `json:"confidence"`
}

// Clause is one unit of meaning: a sentence, or a part of a sentence that
// states its own commitment (a list item with its lead-in, a semicolon item).
type Clause struct {
	ID      string `json:"id"` // "c1", "c2", ... in document order
	Text    string `json:"text"`
	Start   int    `json:"start"` // byte offset in the extracted text
	End     int    `json:"end"`
	Heading string `json:"heading,omitempty"` // nearest section heading
	LeadIn  string `json:"lead_in,omitempty"` // "We collect:" for a list item
	// InTable marks a table cell: its LeadIn is its row's first cell and
	// its column's header ("Email address | Retention period").
	InTable bool `json:"in_table,omitempty"`

	Categories []Label     `json:"categories"`
	Vague      []VagueTerm `json:"vague"`
}

// Label is one category assigned to a clause, with what decided it.
type Label struct {
	Category Category `json:"category"`
	Score    float64  `json:"score"`    // 0..1, higher is surer
	Evidence []string `json:"evidence"` // the words or phrases that decided it
}

// VagueTerm is one instance of vague wording.
type VagueTerm struct {
	Term  string `json:"term"`  // as written in the text
	Kind  string `json:"kind"`  // see the vague package: modality, conditional, ...
	Start int    `json:"start"` // byte offsets in the extracted text
	End   int    `json:"end"`
}

// Status values for category summaries and checklist items.
const (
	StatusCovered = "covered" // category summaries: clear statements found
	StatusFound   = "found"   // checklist: the commitment is stated clearly
	StatusVague   = "vague"   // stated, but hedged or open-ended
	StatusMissing = "missing" // not stated at all
)

// CategorySummary sums up one category over the whole policy.
type CategorySummary struct {
	Category Category `json:"category"`
	Status   string   `json:"status"` // covered, vague or missing
	// Clauses are the ids of the clauses labelled with this category.
	Clauses []string `json:"clauses"`
	// VagueClauses are the ids of those clauses that hold vague wording.
	VagueClauses []string `json:"vague_clauses"`
	// Summary is one plain-language line for a person, in the policy's language
	// neutral form (the popup localises from Status and counts).
	Summary string `json:"summary"`
}

// CheckItem is one commitment a good policy makes.
type CheckItem struct {
	ID       string   `json:"id"` // e.g. "retention.period"
	Category string   `json:"category"`
	Title    string   `json:"title"`  // short English description
	Status   string   `json:"status"` // found, vague or missing
	Clauses  []string `json:"clauses"`
	// Evidence is the phrase that decided the status, when there is one.
	Evidence string `json:"evidence,omitempty"`
}

// RedFlag is an explicit practice that is bad for the user.
type RedFlag struct {
	ID       string   `json:"id"` // e.g. "retention.indefinite"
	Title    string   `json:"title"`
	Severity string   `json:"severity"` // "high" or "medium"
	Clauses  []string `json:"clauses"`
	Evidence string   `json:"evidence"`
}

// Grade is the overall mark, from A (best) to E.
type Grade struct {
	Letter string  `json:"letter"`
	Score  float64 `json:"score"` // 0..100
	// Reasons list the rule's terms that moved the score, for display.
	Reasons []string `json:"reasons"`
}
