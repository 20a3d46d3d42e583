// Package extract turns a raw policy page (HTML, Markdown or plain text) into
// the policy's text as ordered blocks, with the page chrome removed.
//
// The method, one file a path:
//   - html.go: goquery parses the page; chrome elements go (scripts, forms,
//     nav, header and footer outside the content, hidden elements that are
//     not accordion or tab panels, ids and classes that name chrome); the
//     content root is main/article/[role=main] when it holds most of the
//     prose, else the densest region (Readability's scoring), widened to
//     the sibling containers that continue the policy (continuations); a
//     tab set the page renders several times is read once, each panel
//     where it is shown (dropTabCopies), and a passage repeated right
//     after itself (a desktop and a mobile copy) once (dedupe). walk.go
//     turns the kept tree into blocks.
//   - markdown.go: goldmark's CommonMark tree, block by block; raw HTML
//     blocks go through the HTML path.
//   - text.go: lines classified into headings, list items and paragraphs;
//     the text keeps its bytes and blocks are spans of it.
//   - chrome.go: Markdown and text carry the chrome of the page they came
//     from without its markup; a table of rules (one per kind: menus and
//     link lists, scripts, JSON, base64, cookie banners, language menus...)
//     drops those blocks.
//
// make extract-bench measures the result against reference texts, beside
// Mozilla Readability (analyzer/extract/bench).
package extract

import "strings"

// Format is the kind of input.
type Format string

// The input formats extract understands.
const (
	FormatAuto     Format = ""
	FormatHTML     Format = "html"
	FormatMarkdown Format = "markdown"
	FormatText     Format = "text"
)

// BlockKind says what a block was on the page.
type BlockKind string

// Block kinds.
const (
	Heading   BlockKind = "heading"
	Paragraph BlockKind = "paragraph"
	ListItem  BlockKind = "list_item"
	TableCell BlockKind = "table_cell"
)

// Block is one ordered piece of the policy's text.
type Block struct {
	Kind  BlockKind
	Level int // heading level 1-6, list nesting depth from 1; 0 otherwise
	// Start and End are byte offsets of the block's text in Document.Text.
	Start, End int
	// Cell places a block read from a table cell in its table; zero
	// outside tables.
	Cell Cell
	// RunIn marks a paragraph that starts with a bold run-in label and goes
	// on after it ("**Access.** You can ask for a copy...", "**Request
	// Deletion** of your data"; not "**By** email", see labelLike). Pages
	// write lists so: after a paragraph ending in ":", such paragraphs are
	// its items (the segmenter reads them with that lead-in).
	RunIn bool
	// Label marks a heading that was a paragraph's run-in label outside a
	// list ("**Data retention.** We keep..."): it heads that paragraph
	// only, not the ones after it.
	Label bool
}

// Cell is where a block sits in a table: which table of the document
// (from 1, in document order), which row and which column (from 1). A
// reader reads a cell with its row and its column's header ("Email address
// | Retention period" for "3 years"); the segmenter gives clauses that
// context.
type Cell struct {
	Table, Row, Col int
}

// InTable reports whether the block comes from a table cell.
func (c Cell) InTable() bool { return c.Table > 0 }

// Document is the extracted policy text.
type Document struct {
	Format Format
	// Text is what every offset refers to. For plain text it is the input
	// itself; for HTML and Markdown it is the blocks' texts joined by "\n\n".
	Text   string
	Blocks []Block
	// Title is the page's title (HTML <title> or first heading), if any.
	Title string
	// Updated is a "last updated" date found in metadata (a Markdown
	// {: datetime="..." } line, an HTML <time datetime>), if any.
	Updated string
	// Embedded is how many bytes of text the page's embedded data holds in
	// rich-text nodes a script renders (Prismic, Contentful), which Text
	// does not include; 0 for most pages. Much more of it than of Text
	// says this copy of the page shows only part of its text.
	Embedded int
}

// BlockText returns the text of block b.
func (d *Document) BlockText(b Block) string { return d.Text[b.Start:b.End] }

// BlocksText returns the blocks' texts joined by blank lines: Text itself
// for HTML and Markdown; for plain text, the input without the lines the
// chrome rules dropped (scripts, menus...), which is what language
// detection should read.
func (d *Document) BlocksText() string {
	if d.Format != FormatText {
		return d.Text
	}
	var sb strings.Builder
	for i, b := range d.Blocks {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(d.BlockText(b))
	}
	return sb.String()
}
