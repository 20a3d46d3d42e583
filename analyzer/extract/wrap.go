package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// joinWrapped joins paragraphs that are the lines of one sentence. Policies
// published as PDF and converted to HTML or Markdown keep the PDF's line
// breaks as paragraph breaks ("nous traitons vos données à caractère
// personnel" / "en qualité de coresponsables du traitement."), so a sentence
// would be read as several clauses, none of them whole. A paragraph that does
// not end a sentence is joined to the next one when that one starts with a
// lower-case letter, which a new paragraph does not. Headings, list items and
// table cells are left as they are, and so are short lines: a PDF's lines
// are long, a list of names written one a paragraph ("Amazon.com",
// "eBay.com") is not a sentence.
func joinWrapped(doc *Document) *Document {
	// Most documents have no such break: keep them as they are.
	wrapped := false
	for i := 1; i < len(doc.Blocks) && !wrapped; i++ {
		wrapped = continues(doc.Blocks[i-1], doc.BlockText(doc.Blocks[i-1]), doc.Blocks[i], doc.BlockText(doc.Blocks[i]))
	}
	if !wrapped {
		return doc
	}
	if doc.Format == FormatText {
		// Plain text keeps its bytes: a joined block spans the break.
		out := *doc
		out.Blocks = []Block{doc.Blocks[0]}
		for _, bl := range doc.Blocks[1:] {
			last := &out.Blocks[len(out.Blocks)-1]
			if continues(*last, doc.BlockText(*last), bl, doc.BlockText(bl)) {
				last.End = bl.End
				continue
			}
			out.Blocks = append(out.Blocks, bl)
		}
		return &out
	}
	var b builder
	cur, text := doc.Blocks[0], doc.BlockText(doc.Blocks[0])
	for _, bl := range doc.Blocks[1:] {
		if next := doc.BlockText(bl); continues(cur, text, bl, next) {
			text += " " + next
			continue
		}
		b.put(cur, text)
		cur, text = bl, doc.BlockText(bl)
	}
	b.put(cur, text)
	out := b.doc()
	out.Format, out.Title, out.Updated = doc.Format, doc.Title, doc.Updated
	return out
}

// continues reports whether block b (text bt) carries on the sentence of
// block a (text at, the blocks joined so far), cut by a line break.
func continues(a Block, at string, b Block, bt string) bool {
	if a.Kind != Paragraph || b.Kind != Paragraph || bt == "" || !WrappedLine(at) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(bt)
	return unicode.IsLower(r)
}

// WrappedLine reports whether s reads as a line of a sentence cut by a line
// break: long enough to be one (five words or more) and not ending one. A
// list of names written one a line ("Amazon.com", "eBay.com") is no
// sentence. The segmenter reads a block's lines with it too.
func WrappedLine(s string) bool {
	return len(strings.Fields(s)) >= 5 && !endsSentence(s)
}
