// Package segment splits a policy's text into sentences and clauses, and
// clauses into tokens with their stems.
package segment

// Token is one word or punctuation mark.
type Token struct {
	Text  string // as written
	Lower string // lower-cased, apostrophes and spaces normalised
	Stem  string // snowball stem of Lower in the document's language
	// Start and End are byte offsets in the document text.
	Start, End int
}

// Clause is one unit of meaning: a sentence, or a part of one that states its
// own commitment (a semicolon item, a list item under its lead-in).
type Clause struct {
	Index int // 0-based position in document order
	Block int // index of the extract.Block it comes from
	Text  string
	// Start and End are byte offsets of Text in the document text.
	Start, End int
	// Heading is the text of the nearest preceding heading, if any.
	Heading string
	// LeadIn is the sentence that introduces a list ("We collect:") when
	// this clause is one of its items; it belongs with each item. For a
	// table cell it is the cell's row (its first cell) and its column's
	// header, joined by " | " ("Email address | Retention period").
	LeadIn string
	// InTable marks a clause read from a table cell; its LeadIn is then
	// the cell's row and column header, not a sentence of the text.
	InTable bool
	Tokens  []Token
	// LeadInTokens and HeadingTokens are the tokens of LeadIn and Heading,
	// with offsets in the document text, for classifiers that use context.
	LeadInTokens  []Token
	HeadingTokens []Token
	// PrevTokens are the tokens of the clause before this one under the
	// same heading (nil for the first): real policies carry a topic from
	// sentence to sentence ("This information is for our use only"), so
	// classifiers may read the neighbour too.
	PrevTokens []Token
}
