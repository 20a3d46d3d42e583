package extract

import (
	"bytes"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	gtext "github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/policylens/policylens/internal/lazyre"
)

// Markdown is read with goldmark (CommonMark plus the GFM table and
// strikethrough extensions), walking its syntax tree and taking each block's
// text from the source through the nodes' segments:
//
//   - ATX and setext headings keep their level; a paragraph that is one
//     short **bold** span (HTML converted to Markdown writes headings so) is
//     a heading one level below the last "#" heading;
//   - list items keep their depth (the number of enclosing lists), tables
//     give one block per cell, block quotes are read through;
//   - link, emphasis and code markup is removed, link text kept; an image is
//     not text a reader sees, so its alt text is dropped;
//   - raw HTML blocks (CommonMark kinds 1-7, consecutive ones joined) are
//     read by the HTML path: chrome removed, then walked into blocks;
//   - kramdown attribute lines ({: ... }, alone or ending a line) are
//     removed before parsing and the first datetime="..." among them is the
//     policy's date.
//
// The blocks then go through the same chrome rules as plain text
// (chrome.go): menus and link lists, scripts, base64, cookie banners...

var (
	// An attribute list alone on its line or ending one.
	reMDAttrTail = lazyre.New(`(?m)[ \t]*\{:[^}\n]*\}[ \t]*$`)
	reMDDatetime = lazyre.New(`datetime\s*=\s*["']?([^"'\s}]+)`)
	// Runs of two or more * or _ left unpaired, and image or link markup
	// CommonMark does not accept (a space in the destination).
	reStrayEmphasis = lazyre.New(`\*\*+|__+`)
	reBrokenImage   = lazyre.New(`!\[([^\]]*)\]\([^)]*\)`)
	reBrokenLink    = lazyre.New(`\[([^\]]*)\]\([^)\s]*(?:\s[^)]*)?\)`)
)

// markdown is the parser; goldmark parsers hold no per-document state and
// are safe for concurrent use.
var markdown = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough),
	goldmark.WithParserOptions(parser.WithAttribute()))

// extractMarkdown turns Markdown into blocks; Text is the cleaned blocks
// joined by blank lines.
func extractMarkdown(raw []byte) *Document {
	src, updated := stripAttributes(bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n")))
	root := markdown.Parser().Parse(gtext.NewReader(src))
	r := &mdReader{src: src}
	r.block(root, 0)
	r.flushHTML()

	var b builder
	for _, p := range dropChrome(r.pieces) {
		b.put(Block{Kind: p.kind, Level: p.level, Cell: p.cell, RunIn: p.runIn, Label: p.label}, p.text)
	}
	doc := b.doc()
	doc.Updated = updated
	for _, bl := range doc.Blocks {
		if bl.Kind == Heading {
			doc.Title = doc.BlockText(bl)
			break
		}
	}
	return doc
}

// stripAttributes blanks kramdown attribute lists ("{: ... }" on a line of
// their own or at the end of one) keeping every other byte where it is, and
// returns the first datetime they give.
func stripAttributes(src []byte) ([]byte, string) {
	if !bytes.Contains(src, []byte("{:")) {
		return src, ""
	}
	updated := ""
	out := reMDAttrTail.ReplaceAllFunc(src, func(m []byte) []byte {
		if d := reMDDatetime.FindSubmatch(m); d != nil && updated == "" {
			updated = string(d[1])
		}
		return bytes.Repeat([]byte(" "), len(m))
	})
	return out, updated
}

// mdReader walks goldmark's tree and collects pieces.
type mdReader struct {
	src      []byte
	pieces   []piece
	atxLevel int          // level of the last heading
	group    int          // id of the outermost open list or table, 0 outside
	groups   int          // ids handed out
	html     bytes.Buffer // consecutive raw HTML blocks not yet read
	tables   int          // tables read so far (Cell.Table of the last)
	cell     Cell         // the table cell being read, zero outside
}

// block reads a block node. depth is the number of enclosing lists.
func (r *mdReader) block(n ast.Node, depth int) {
	if n.Kind() != ast.KindHTMLBlock {
		r.flushHTML()
	}
	switch n := n.(type) {
	case *ast.Heading:
		r.atxLevel = n.Level
		r.inline(n, Heading, n.Level)
	case *ast.Paragraph, *ast.TextBlock:
		if rows := tableRows(n, r.src); rows != nil {
			r.tableFallback(rows)
			return
		}
		kind, level := Paragraph, 0
		if depth > 0 {
			kind, level = ListItem, depth
		} else if isBoldHeading(string(linesOf(n, r.src))) {
			// One level below the last heading, so that a run of bold
			// headings are siblings.
			kind, level = Heading, min(max(r.atxLevel+1, 2), 6)
		} else if brk := boldFirstLine(n, r.src); brk != nil {
			// "**Location and IP address**  " over the section's first
			// line: the bold line is the section's heading.
			r.inlineRange(n.FirstChild(), brk.NextSibling(), Heading, min(max(r.atxLevel+1, 2), 6))
			r.inlineRange(brk.NextSibling(), nil, Paragraph, 0)
			return
		}
		if kind == Paragraph {
			if label, rest, ok := r.startsRunIn(n); ok {
				r.runIn(n, label, rest)
				return
			}
		}
		r.inline(n, kind, level)
	case *ast.List:
		outer := r.group == 0
		if outer {
			r.groups++
			r.group = r.groups
		}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			r.block(c, depth+1)
		}
		r.flushHTML()
		if outer {
			r.group = 0
		}
	case *east.Table:
		outer := r.group == 0
		if outer {
			r.groups++
			r.group = r.groups
		}
		r.tables++
		row := 0
		for rn := n.FirstChild(); rn != nil; rn = rn.NextSibling() {
			row++
			col := 0
			for c := rn.FirstChild(); c != nil; c = c.NextSibling() {
				if c.Kind() != east.KindTableCell {
					continue
				}
				col++
				r.cell = Cell{Table: r.tables, Row: row, Col: col}
				r.inline(c, TableCell, 0)
			}
		}
		r.cell = Cell{}
		if outer {
			r.group = 0
		}
	case *ast.HTMLBlock:
		r.html.Write(linesOf(n, r.src))
		if n.HasClosure() {
			r.html.Write(n.ClosureLine.Value(r.src))
		}
		r.html.WriteByte('\n')
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		kind, level := Paragraph, 0
		if depth > 0 {
			kind, level = ListItem, depth
		}
		r.add(piece{kind: kind, level: level, text: collapse(string(linesOf(n, r.src))), code: true})
	case *ast.ThematicBreak:
	default: // document, list item, block quote: their children
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			r.block(c, depth)
		}
	}
}

func (r *mdReader) add(p piece) {
	if p.text == "" || p.kind == TableCell && reDelimCell.MatchString(p.text) {
		// A second delimiter row, used as a rule between rows, is no text.
		return
	}
	if p.group == 0 {
		p.group = r.group
	}
	if !p.cell.InTable() {
		p.cell = r.cell
	}
	r.pieces = append(r.pieces, p)
}

// tableRows returns the lines of a paragraph that is a table GFM does not
// accept (converted pages write a delimiter row where none belongs, or
// leave it out): two or more lines, each starting with "|". Nil otherwise.
func tableRows(n ast.Node, src []byte) []string {
	lines := n.Lines()
	if lines.Len() < 2 {
		return nil
	}
	rows := make([]string, 0, lines.Len())
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		ln := strings.TrimSpace(string(seg.Value(src)))
		if !strings.HasPrefix(ln, "|") {
			return nil
		}
		rows = append(rows, ln)
	}
	return rows
}

// tableFallback adds one table cell per cell of rows, each cell's text
// read as Markdown; delimiter rows and their leftovers are dropped.
func (r *mdReader) tableFallback(rows []string) {
	outer := r.group == 0
	if outer {
		r.groups++
		r.group = r.groups
	}
	r.tables++
	for ri, row := range rows {
		for ci, cell := range splitRow(row) {
			if reDelimCell.MatchString(cell) {
				continue
			}
			r.cell = Cell{Table: r.tables, Row: ri + 1, Col: ci + 1}
			sub := &mdReader{src: []byte(cell)}
			sub.block(markdown.Parser().Parse(gtext.NewReader(sub.src)), 0)
			sub.flushHTML()
			for _, p := range sub.pieces {
				p.kind, p.level, p.group, p.cell = TableCell, 0, 0, Cell{}
				r.add(p)
			}
		}
	}
	r.cell = Cell{}
	if outer {
		r.group = 0
	}
}

var reDelimCell = lazyre.New(`^\s*:?-{3,}:?\s*$`)

// splitRow cuts a Markdown table row into cells, honouring "\|" escapes.
func splitRow(row string) []string {
	row = strings.TrimSpace(row)
	row = strings.TrimPrefix(row, "|")
	if strings.HasSuffix(row, "|") && !strings.HasSuffix(row, `\|`) {
		row = row[:len(row)-1]
	}
	var cells []string
	var cur strings.Builder
	for i := 0; i < len(row); i++ {
		switch {
		case row[i] == '\\' && i+1 < len(row) && row[i+1] == '|':
			cur.WriteByte('|')
			i++
		case row[i] == '|':
			cells = append(cells, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(row[i])
		}
	}
	return append(cells, cur.String())
}

// flushHTML reads the raw HTML gathered so far as a fragment of a page.
func (r *mdReader) flushHTML() {
	if r.html.Len() == 0 {
		return
	}
	src := r.html.String()
	r.html.Reset()
	base := r.tables
	for _, p := range htmlPieces(src) {
		if p.cell.InTable() {
			// The fragment numbers its tables from 1: continue the count.
			p.cell.Table += base
			r.tables = max(r.tables, p.cell.Table)
		}
		r.add(p)
	}
}

// htmlPieces reads an HTML fragment the way extractHTML reads a page, minus
// the choice of a content region: chrome elements removed, then walked.
func htmlPieces(src string) []piece {
	gq, err := goquery.NewDocumentFromReader(strings.NewReader(src))
	if err != nil {
		return []piece{{kind: Paragraph, text: collapse(stripTagsString(src))}}
	}
	body := gq.Find("body").First()
	if body.Length() == 0 {
		return nil
	}
	gq.Find(alwaysChrome).Remove()
	st := measure(body.Get(0))
	removeChrome(gq, body, st, st.text[body.Get(0)], controlledIDs(gq))
	w := &walker{}
	for _, n := range body.Nodes {
		w.walk(n, walkCtx{kind: Paragraph})
	}
	w.flush(walkCtx{kind: Paragraph})
	d := w.b.doc()
	out := make([]piece, 0, len(d.Blocks))
	for _, b := range d.Blocks {
		out = append(out, piece{kind: b.Kind, level: b.Level, text: d.BlockText(b), cell: b.Cell, runIn: b.RunIn, label: b.Label})
	}
	return out
}

func stripTagsString(s string) string { return string(stripTags([]byte(s))) }

// inline adds the text of n's inline children as one piece.
func (r *mdReader) inline(n ast.Node, kind BlockKind, level int) {
	r.inlineRange(n.FirstChild(), nil, kind, level)
}

// inlineRange adds the text of the inline siblings from first up to (not
// including) end as one piece; end nil reads to the last sibling.
func (r *mdReader) inlineRange(first, end ast.Node, kind BlockKind, level int) {
	var sb strings.Builder
	p := piece{kind: kind, level: level}
	r.textRange(first, end, &sb, &p, false)
	p.text = cleanText(sb.String())
	r.add(p)
}

// text writes the visible text of n's inline descendants to sb, counting
// the bytes inside links in p.
func (r *mdReader) text(n ast.Node, sb *strings.Builder, p *piece, inLink bool) {
	r.textRange(n.FirstChild(), nil, sb, p, inLink)
}

// textRange is text over the siblings from first up to (not including) end.
func (r *mdReader) textRange(first, end ast.Node, sb *strings.Builder, p *piece, inLink bool) {
	for c := first; c != nil && c != end; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Value(r.src)
			if !c.IsRaw() {
				// Emphasis markers CommonMark could not pair ("**Des"
				// in converted pages) are markup, not text.
				v = reStrayEmphasis.ReplaceAll(v, nil)
				v = util.UnescapePunctuations(v)
			}
			r.write(sb, p, string(v), inLink)
			if c.SoftLineBreak() || c.HardLineBreak() {
				sb.WriteByte(' ')
			}
		case *ast.String:
			r.write(sb, p, string(c.Value), inLink)
		case *ast.CodeSpan:
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if t, ok := t.(*ast.Text); ok {
					r.write(sb, p, string(t.Value(r.src)), inLink)
				}
			}
		case *ast.Link:
			if isContactLink(c.Destination) {
				// An e-mail address or a phone number is content.
				r.text(c, sb, p, inLink)
				continue
			}
			var label strings.Builder
			r.text(c, &label, p, true)
			p.linkLabels = append(p.linkLabels, collapse(label.String()))
			p.linkSites = append(p.linkSites, siteOf(string(c.Destination)))
			sb.WriteString(label.String())
		case *ast.AutoLink:
			label := string(c.Label(r.src))
			if c.AutoLinkType == ast.AutoLinkEmail || isContactLink(c.URL(r.src)) {
				r.write(sb, p, label, inLink)
				continue
			}
			p.linkLabels = append(p.linkLabels, label)
			p.linkSites = append(p.linkSites, siteOf(string(c.URL(r.src))))
			r.write(sb, p, label, true)
		case *ast.Image:
			// An image in a link is a logo or an icon; elsewhere its alt
			// text can stand for words ("the programme called [logo]").
			if !inLink {
				r.text(c, sb, p, false)
			}
		case *ast.RawHTML:
			if isBreakTag(c, r.src) {
				sb.WriteByte(' ')
			}
		default: // emphasis, strikethrough...
			r.text(c, sb, p, inLink)
		}
	}
}

func (r *mdReader) write(sb *strings.Builder, p *piece, s string, inLink bool) {
	sb.WriteString(s)
	if inLink {
		p.linkText += len(strings.TrimSpace(s))
	}
}

// isContactLink reports whether a link destination is an e-mail address or
// a phone number.
func isContactLink(dest []byte) bool {
	d := bytes.ToLower(dest)
	return bytes.HasPrefix(d, []byte("mailto:")) || bytes.HasPrefix(d, []byte("tel:"))
}

// isBreakTag reports whether an inline HTML tag is a <br>.
func isBreakTag(n *ast.RawHTML, src []byte) bool {
	if n.Segments.Len() == 0 {
		return false
	}
	seg := n.Segments.At(0)
	v := bytes.ToLower(seg.Value(src))
	return bytes.HasPrefix(v, []byte("<br"))
}

// cleanText resolves character references, removes data: URIs and base64
// runs and collapses white space.
func cleanText(s string) string {
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	if strings.Contains(s, "](") {
		s = reBrokenImage.ReplaceAllString(s, "$1")
		s = reBrokenLink.ReplaceAllString(s, "$1")
	}
	return collapse(stripBlobs(s))
}

// linesOf returns the source lines of a block node.
func linesOf(n ast.Node, src []byte) []byte {
	lines := n.Lines()
	var out []byte
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		out = append(out, seg.Value(src)...)
	}
	return out
}

// isBoldHeading reports whether a paragraph is one short **bold** span, which
// Markdown converted from HTML uses for headings.
func isBoldHeading(p string) bool {
	p = strings.TrimSpace(p)
	if len(p) < 5 || len(p) > 150 || !strings.HasPrefix(p, "**") || !strings.HasSuffix(p, "**") {
		return false
	}
	inner := strings.TrimSpace(p[2 : len(p)-2])
	if inner == "" || strings.Contains(inner, "**") || isAddressLine(inner) {
		return false
	}
	last := inner[len(inner)-1]
	return last == '?' || !endsSentence(inner)
}

// boldFirstLine returns the inline child of paragraph n that ends its first
// line when that line is all **bold** and reads as a heading, with more text
// on the next lines: pages converted to Markdown write a section's heading
// so ("**Contact form**" and a hard line break, or the break inside the
// bold span: "**Contact form  \n**When you..."). It returns nil otherwise.
func boldFirstLine(n ast.Node, src []byte) ast.Node {
	lines := n.Lines()
	if lines.Len() < 2 {
		return nil
	}
	l0, l1 := lines.At(0), lines.At(1)
	first := strings.TrimSpace(strings.TrimRight(string(l0.Value(src)), " \t\n\\"))
	second := strings.TrimSpace(string(l1.Value(src)))
	switch {
	case strings.HasPrefix(first, "**") && strings.HasSuffix(first, "**") && len(first) > 4:
	case strings.HasPrefix(first, "**") && !strings.Contains(first[2:], "**") && strings.HasPrefix(second, "**"):
		first += "**"
	default:
		return nil
	}
	if !isBoldHeading(first) {
		return nil
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if c.SoftLineBreak() || c.HardLineBreak() {
				if c.NextSibling() == nil {
					return nil
				}
				return c
			}
		case *ast.RawHTML:
			if isBreakTag(c, src) {
				return nil // a <br> inside the line: not a one-line bold span
			}
		}
	}
	return nil
}

// runIn adds paragraph n, which opens with a run-in label (startsRunIn
// read it as the heading piece label and the paragraph piece rest): after a
// lead-in it is a list's item, marked runIn; elsewhere a label followed by
// a sentence ("**Data retention.** We keep...") becomes the heading of its
// paragraph, marked label; otherwise n is a paragraph.
func (r *mdReader) runIn(n ast.Node, label, rest piece) {
	if !r.afterLeadIn() {
		if text, ok := splitRunInLabel(label.text, rest.text); ok {
			label.text, rest.text = strings.TrimRight(label.text, " :."), text
			r.add(label)
			r.add(rest)
			return
		}
	}
	k := len(r.pieces)
	r.inline(n, Paragraph, 0)
	if len(r.pieces) > k {
		r.pieces[k].runIn = true
	}
}

// afterLeadIn reports whether the last piece read ends in ":" or is a
// run-in list item: a run-in paragraph after it is the list's next item.
func (r *mdReader) afterLeadIn() bool {
	if len(r.pieces) == 0 {
		return false
	}
	last := r.pieces[len(r.pieces)-1]
	return last.kind == Paragraph && !last.cell.InTable() && (last.runIn || strings.HasSuffix(last.text, ":"))
}

// startsRunIn reports whether paragraph n opens with a **bold** span that
// text follows on the same line and that reads as a label (labelLike): a
// run-in label ("**Access.** You can ask..."), not a bold heading line.
// It returns the bold span as a heading piece marked label and the text
// after it as a paragraph piece, for runIn.
func (r *mdReader) startsRunIn(n ast.Node) (label, rest piece, ok bool) {
	first, isBold := n.FirstChild().(*ast.Emphasis)
	if !isBold || first.Level != 2 || first.NextSibling() == nil || !r.runsOn(first) {
		return piece{}, piece{}, false
	}
	var sb strings.Builder
	label = piece{kind: Heading, level: min(max(r.atxLevel+1, 2), 6), label: true}
	r.text(first, &sb, &label, false)
	label.text = cleanText(sb.String())
	sb.Reset()
	rest = piece{kind: Paragraph}
	r.textRange(first.NextSibling(), nil, &sb, &rest, false)
	rest.text = cleanText(sb.String())
	return label, rest, labelLike(label.text, rest.text)
}

// runsOn reports whether text follows the bold span first on its line.
func (r *mdReader) runsOn(first ast.Node) bool {
	for c := first.NextSibling(); c != nil; c = c.NextSibling() {
		t, ok := c.(*ast.Text)
		if !ok {
			return true // a link or more emphasis: text all the same
		}
		if len(bytes.TrimSpace(t.Value(r.src))) > 0 {
			return true
		}
		if t.SoftLineBreak() || t.HardLineBreak() {
			return false // the bold span is a line of its own
		}
	}
	return false
}

// isAddressLine reports whether a short line is an address to write to (an
// email, written out or not, or a web address) rather than a title: "**privacy
// (at) fruux (dot) com**" is the contact the sentence before announces.
func isAddressLine(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "@") || strings.Contains(l, "(at)") || strings.Contains(l, "[at]") ||
		strings.Contains(l, "http://") || strings.Contains(l, "https://") || strings.HasPrefix(l, "www.")
}

func indentWidth(s string) int {
	n := 0
	for _, r := range s {
		if r == '\t' {
			n += 4
		} else {
			n++
		}
	}
	return n
}

// maxLabelWords is the longest run-in label read as its paragraph's
// heading.
const maxLabelWords = 12

// splitRunInLabel decides whether the bold span label that opens a
// paragraph, with rest the text after it, is a run-in label ("**Data
// retention.** We keep...", "**Third parties:** On our site...") rather
// than words of the paragraph's first sentence ("**Personal information**
// is any information..."). It returns rest without the punctuation that
// ends the label outside the bold ("**Data retention**. We keep...").
func splitRunInLabel(label, rest string) (string, bool) {
	words := len(strings.Fields(label))
	if words == 0 || words > maxLabelWords || isAddressLine(label) || rest == "" {
		return rest, false
	}
	// What ends the label: its own last character, or punctuation just
	// after the bold.
	end, _ := utf8.DecodeLastRuneInString(label)
	t := strings.TrimLeft(rest, ".:–—- ")
	if p := strings.TrimSpace(rest[:len(rest)-len(t)]); p != "" {
		end, _ = utf8.DecodeRuneInString(p)
	} else if !endsSentence(label) {
		return rest, false
	}
	first, _ := utf8.DecodeRuneInString(t)
	// A sentence starts after the label; after a colon it may start in
	// lower case ("**Third parties:** we share...").
	if t == "" || !(unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune("\"“«(", first) || end == ':' && unicode.IsLower(first)) {
		return rest, false
	}
	return t, true
}

// labelFunctionWords end no label: a bold span that ends with one is the
// start of a sentence put in bold ("**By** email", "**We** collect", « **Nous**
// collectons »), not a run-in label ("**Deletion** of your data").
const labelFunctionWords = " a an the by to of in on at for from with and or if as we you i it our your this that these is are will may can do not please" +
	" le la les l un une des de du d par pour en et ou si nous vous je notre votre nos vos ce cette est sont ne au aux dans sur avec "

// labelLike reports whether a bold span that opens a paragraph, with the
// text after it, can be a run-in label: it has letters, does not end with
// a function word, and is either punctuated as a label ("**Access.**",
// "**Access**: you can") or two words or more ("**Request Deletion** of
// your data"). One bold word that runs on ("**Internect** Corp.") is no
// label.
func labelLike(label, after string) bool {
	words := strings.FieldsFunc(strings.ToLower(label), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 0 || !strings.ContainsFunc(label, unicode.IsLetter) || strings.Contains(labelFunctionWords, " "+words[len(words)-1]+" ") {
		return false
	}
	punct := func(s string) bool {
		r, _ := utf8.DecodeRuneInString(s)
		return strings.ContainsRune(".:–—-", r)
	}
	l := strings.TrimSpace(label)
	last, _ := utf8.DecodeLastRuneInString(l)
	return len(words) >= 2 || strings.ContainsRune(".:", last) || punct(strings.TrimSpace(after))
}
