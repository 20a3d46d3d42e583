// Package extract turns a raw policy page (HTML, Markdown or plain text) into
// the policy's text as ordered blocks, with the page chrome removed.
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
}

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
