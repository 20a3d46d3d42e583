package extract

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/policylens/policylens/internal/lazyre"
)

// brMark stands for a <br> in the inline buffer; two in a row split a block.
const brMark = '\x01'

var reDoubleBr = lazyre.New("\x01[\\s\x01]*\x01")

// walkCtx is what the enclosing elements say about text found here.
type walkCtx struct {
	kind      BlockKind
	level     int
	listDepth int
	cell      Cell // the table cell the text is in, zero outside tables
	// dataCell marks text inside a cell of a data table (isDataCell):
	// bold lines there are the cell's own words, not headings.
	dataCell bool
}

// tableState counts the rows and columns of an open <table>.
type tableState struct {
	id, row, col int
}

// walker emits blocks in document order from an HTML subtree.
type walker struct {
	b   builder
	buf strings.Builder
	// tabs are the labels of tab panels by the panel's id (tabLabels);
	// tabLevel is the heading level they get, fixed at the first one.
	tabs     map[string]string
	tabLevel int
	// State of the current line (since the last <br> or block), to split a
	// bold line followed by <br> from the text after it: old pages write
	// headings as <b>Title</b><br>.
	bold        int  // depth of open <b>/<strong>
	lineHasText bool // the line has visible text
	lineAllBold bool // all of it inside <b>/<strong>
	lineStart   int  // where the line starts in buf
	// State of the block being gathered, to mark a run-in label
	// (Block.RunIn): its first visible text is bold, and text outside
	// bold follows on the same line.
	blockText, blockBold, runIn bool
	labelEnd                    int // with runIn, where the bold label ends in buf
	// hLevel is the level of the last <h1>-<h6>: a bold line that reads
	// as a heading goes one level below it, so that a run of them are
	// siblings (as in Markdown, isBoldHeading).
	hLevel int
	// tables are the open <table> elements, innermost last; ntables
	// counts those met so far (Cell.Table).
	tables  []tableState
	ntables int
}

// boldHeading returns the text of a bold line when it reads as a heading
// (isBoldHeading: short, not a sentence, not an address), "" otherwise.
func boldHeading(line string) string {
	line = collapse(strings.ReplaceAll(line, string(brMark), " "))
	if !isBoldHeading("**" + line + "**") {
		return ""
	}
	return line
}

// flush emits the inline text gathered so far as blocks of ctx's kind.
func (w *walker) flush(ctx walkCtx) {
	s := w.buf.String()
	var label, rest string
	runIn := w.runIn && ctx.kind == Paragraph
	if runIn {
		end := min(w.labelEnd, len(s))
		label, rest = collapse(s[:end]), collapse(s[end:])
		runIn = labelLike(label, rest)
	}
	w.blockText, w.blockBold, w.runIn = false, false, false
	if w.buf.Len() == 0 {
		return
	}
	if ctx.dataCell {
		runIn = false
	}
	if runIn && !w.afterLeadIn() && !strings.ContainsRune(s, brMark) {
		// "<p><b>Data retention.</b> We keep...</p>" outside a list: the
		// label is the heading of its paragraph.
		if text, ok := splitRunInLabel(label, rest); ok {
			w.b.put(Block{Kind: Heading, Level: w.subLevel(), Label: true}, strings.TrimRight(label, " :."))
			w.b.put(Block{Kind: Paragraph, Cell: ctx.cell}, text)
			w.buf.Reset()
			w.newLine()
			return
		}
	}
	// A paragraph all in bold ("<p><b>Your rights</b></p>") is a heading.
	if ctx.kind == Paragraph && !ctx.dataCell && w.lineHasText && w.lineAllBold && !strings.ContainsRune(s, brMark) {
		if h := boldHeading(s); h != "" {
			w.subheading(h)
			return
		}
	}
	for i, part := range reDoubleBr.Split(s, -1) {
		w.b.put(Block{Kind: ctx.kind, Level: ctx.level, Cell: ctx.cell, RunIn: runIn && i == 0}, part)
	}
	w.buf.Reset()
	w.newLine()
}

// afterLeadIn reports whether the last block ends in ":" or is a run-in
// list item: a run-in paragraph after it is the list's next item.
func (w *walker) afterLeadIn() bool {
	bs := w.b.blocks
	if len(bs) == 0 {
		return false
	}
	last := bs[len(bs)-1]
	return last.Kind == Paragraph && !last.Cell.InTable() && (last.RunIn || strings.HasSuffix(w.b.sb.String()[last.Start:last.End], ":"))
}

func (w *walker) newLine() {
	w.lineHasText, w.lineAllBold = false, true
	w.lineStart = w.buf.Len()
}

func (w *walker) walk(n *html.Node, ctx walkCtx) {
	switch n.Type {
	case html.TextNode:
		if strings.TrimSpace(n.Data) != "" {
			switch {
			case !w.blockText:
				w.blockText, w.blockBold = true, w.bold > 0
			case w.blockBold && w.bold == 0 && w.lineStart == 0 && !w.runIn:
				w.runIn, w.labelEnd = true, w.buf.Len()
			}
		}
		w.buf.WriteString(n.Data)
		if strings.TrimSpace(n.Data) != "" {
			if !w.lineHasText {
				w.lineHasText, w.lineAllBold = true, true
			}
			if w.bold == 0 {
				w.lineAllBold = false
			}
		}
		return
	case html.ElementNode:
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c, ctx)
		}
		return
	default:
		return
	}
	switch n.DataAtom {
	case atom.Br:
		if w.lineHasText && w.lineAllBold && ctx.kind == Paragraph && !ctx.dataCell {
			// "<b>Contact form</b><br>When you contact us...": the bold
			// line is the heading of the text after it.
			if h := boldHeading(w.buf.String()[w.lineStart:]); h != "" {
				before := w.buf.String()[:w.lineStart]
				w.buf.Reset()
				w.buf.WriteString(before)
				w.flush(ctx) // leaves the buffer empty
				w.subheading(h)
				return
			}
		}
		w.buf.WriteByte(brMark)
		if w.lineHasText && w.lineAllBold {
			w.buf.WriteByte(brMark)
		}
		w.newLine()
		return
	case atom.Hr:
		w.flush(ctx)
		return
	case atom.Img, atom.Head, atom.Title, atom.Script, atom.Style:
		return
	}
	if !isBlockNode(n) {
		isBold := n.DataAtom == atom.B || n.DataAtom == atom.Strong
		if isBold {
			w.bold++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c, ctx)
		}
		if isBold {
			w.bold--
		}
		return
	}
	w.flush(ctx)
	if label := w.tabs[attrOf(n, "id")]; label != "" {
		if w.tabLevel == 0 {
			w.tabLevel = min(max(w.b.lastHeadingLevel()+1, 2), 6)
		}
		w.b.add(Heading, w.tabLevel, label)
	}
	inner := ctx
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		inner.kind, inner.level = Heading, int(n.Data[1]-'0')
		w.hLevel = inner.level
	case atom.Summary:
		inner.kind, inner.level = Heading, min(max(w.b.lastHeadingLevel()+1, 2), 6)
	case atom.Ul, atom.Ol, atom.Menu, atom.Dir:
		inner.listDepth = ctx.listDepth + 1
		inner.kind, inner.level = Paragraph, 0
	case atom.Li:
		inner.kind, inner.level = ListItem, max(ctx.listDepth, 1)
	case atom.Table:
		w.ntables++
		w.tables = append(w.tables, tableState{id: w.ntables})
		defer func() { w.tables = w.tables[:len(w.tables)-1] }()
	case atom.Tr:
		if k := len(w.tables); k > 0 {
			w.tables[k-1].row++
			w.tables[k-1].col = 0
		}
	case atom.Td, atom.Th:
		if !hasBlockDescendant(n) {
			inner.kind, inner.level = TableCell, 0
		}
		inner.dataCell = isDataCell(n)
		if k := len(w.tables); k > 0 {
			t := &w.tables[k-1]
			if t.row == 0 {
				t.row = 1 // a cell outside any <tr>
			}
			t.col++
			inner.cell = Cell{Table: t.id, Row: t.row, Col: t.col}
			// A cell spanning columns takes the first; the next cell
			// starts after the span.
			if span, err := strconv.Atoi(attrOf(n, "colspan")); err == nil && span > 1 && span < 100 {
				t.col += span - 1
			}
		}
	default:
		if ctx.kind != ListItem && ctx.kind != TableCell && ctx.kind != Heading {
			inner.kind, inner.level = Paragraph, 0
		}
	}
	rows := inlineRows(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if rows && c.Type == html.ElementNode {
			w.flush(inner)
		}
		w.walk(c, inner)
		if rows && c.Type == html.ElementNode {
			w.flushRow(inner)
		}
	}
	w.flush(inner)
}

// maxRowHeading is the longest row of an inlineRows block (in bytes) that
// can be a numbered heading.
const maxRowHeading = 120

// flushRow ends one row of an inlineRows block: a short numbered title that
// ends no sentence ("10. Cookies", "2.1 The information you give us") is a
// heading, as such a line is in plain text; any other row is flushed as a
// paragraph.
func (w *walker) flushRow(ctx walkCtx) {
	s := collapse(strings.ReplaceAll(w.buf.String(), string(brMark), " "))
	if s == "" || len(s) > maxRowHeading || !reSection.MatchString(s) || endsSentence(s) {
		w.flush(ctx)
		return
	}
	w.blockText, w.blockBold, w.runIn = false, false, false
	w.subheading(s)
}

// subLevel is the level of a heading that is no <h1>-<h6> (a bold line, a
// run-in label, a numbered title): one below the last <h1>-<h6>, at least
// 2, so that a run of them are siblings (as in Markdown, isBoldHeading).
func (w *walker) subLevel() int { return min(max(w.hLevel+1, 2), 6) }

// subheading emits h as a heading at subLevel and starts a new line with
// an empty buffer.
func (w *walker) subheading(h string) {
	w.b.add(Heading, w.subLevel(), h)
	w.buf.Reset()
	w.newLine()
}

// minInlineRows is the fewest inline elements of one kind that make a
// block's rows (inlineRows).
const minInlineRows = 4

// inlineRows reports whether the block n holds its text as a row of inline
// elements of one tag and class, each a paragraph of its own: a page whose
// style sheet shows <span>s as blocks (Material UI's Typography as a span),
// which would otherwise read as one run of sentences ("...review
// them.10. CookiesTo learn more"). It takes a <div>, <section>, <article>,
// <main>, <aside> or <body> with at least minInlineRows <span>, <a>,
// <font> or <label> children of one class (a class, not only a style: a
// word processor's export writes a paragraph as a row of styled spans),
// nothing else but white space between them, and two of them three words
// long or more.
func inlineRows(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Article, atom.Main, atom.Aside, atom.Body:
	default:
		return false
	}
	var tag atom.Atom
	class, count := "", 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Span, atom.A, atom.Font, atom.Label:
			default:
				return false
			}
			if count == 0 {
				tag, class = c.DataAtom, attrOf(c, "class")
			} else if c.DataAtom != tag || attrOf(c, "class") != class {
				return false
			}
			count++
		}
	}
	if count < minInlineRows || class == "" {
		return false
	}
	long := 0
	for c := n.FirstChild; c != nil && long < 2; c = c.NextSibling {
		if c.Type == html.ElementNode && hasWords(c, 3) {
			long++
		}
	}
	return long >= 2
}

// hasWords reports whether the text under n holds at least k words. It
// stops reading as soon as it has found them, so that asking it of every
// child of every block stays linear in the page.
func hasWords(n *html.Node, k int) bool {
	words, inWord := 0, false
	return eachText(n, func(t string) bool {
		for _, r := range t {
			space := unicode.IsSpace(r)
			if !space && !inWord {
				if words++; words >= k {
					return true
				}
			}
			inWord = !space
		}
		return false
	})
}

// isBlockNode reports whether n starts a new block. Unknown (custom)
// elements are blocks when they contain blocks.
func isBlockNode(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body, atom.Caption,
		atom.Center, atom.Dd, atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt,
		atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2,
		atom.H3, atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr, atom.Html,
		atom.Legend, atom.Li, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Pre,
		atom.Section, atom.Summary, atom.Table, atom.Tbody, atom.Td, atom.Tfoot, atom.Th,
		atom.Thead, atom.Tr, atom.Ul, atom.Search, atom.Option, atom.Optgroup:
		return true
	case 0:
		return hasBlockDescendant(n)
	}
	return false
}

// maxDataCellText is the most text (in bytes) a cell of a data table holds;
// a longer cell is a page laid out in a table.
const maxDataCellText = 1500

// isDataCell reports whether the <td> or <th> n is a cell of a data table:
// its row has other cells and it holds at most maxDataCellText bytes of
// text. A bold line there ("<td><p><b>Access, Portability</b></p><p>Right
// to ...</p></td>") names the row, as in a Markdown table, and does not
// head the text after the table; a page laid out in a table keeps its bold
// headings.
func isDataCell(n *html.Node) bool {
	if n.Parent == nil {
		return false
	}
	cells := 0
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
			cells++
		}
	}
	return cells >= 2 && textLen(n, maxDataCellText+1) <= maxDataCellText
}

// textLen is the length of the text under n, counted up to limit.
func textLen(n *html.Node, limit int) int {
	total := 0
	eachText(n, func(t string) bool {
		total += len(strings.TrimSpace(t))
		return total >= limit
	})
	return total
}

// eachText calls fn with the text nodes under n in document order (those
// of <script> and <style> left out) until fn returns true; it reports
// whether fn did.
func eachText(n *html.Node, fn func(string) bool) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if fn(c.Data) {
				return true
			}
		case html.ElementNode:
			if c.DataAtom != atom.Script && c.DataAtom != atom.Style && eachText(c, fn) {
				return true
			}
		}
	}
	return false
}

func hasBlockDescendant(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom != 0 && isBlockNode(c) || hasBlockDescendant(c) {
			return true
		}
	}
	return false
}

// attrOf returns the value of n's attribute key, "" when it has none.
func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
