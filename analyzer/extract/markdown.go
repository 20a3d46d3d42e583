package extract

import (
	"html"
	"regexp"
	"strings"

	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var (
	reMDHead     = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$`)
	reMDItem     = regexp.MustCompile(`^([ \t]*)([*+-]|\d{1,9}[.)])[ \t]+(.*)$`)
	reMDAttrLine = regexp.MustCompile(`^[ \t]*\{:[^}]*\}[ \t]*$`)
	reMDAttrTail = regexp.MustCompile(`[ \t]*\{:[^}]*\}[ \t]*$`)
	reMDDatetime = regexp.MustCompile(`datetime\s*=\s*["']?([^"'\s}]+)`)
	reMDFence    = regexp.MustCompile("^[ \t]*(```|~~~)")
	reMDHR       = regexp.MustCompile(`^ {0,3}([-*_])([ \t]*[-*_]){2,}[ \t]*$`)
	reMDSetext   = regexp.MustCompile(`^ {0,3}(=+|-+)[ \t]*$`)
	reMDRefDef   = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s*\S+`)
	reMDTableSep = regexp.MustCompile(`^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$`)
	reMDQuote    = regexp.MustCompile(`^ {0,3}>[ \t]?`)

	reInlineImage = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	reInlineLink  = regexp.MustCompile(`\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)`)
	reInlineRef   = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	reAutoLink    = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	reMDHTMLBlock = regexp.MustCompile(`(?i)^<(?:table|div|ul|ol|dl|section|article|blockquote|details|figure|p)(?:[\s>]|$)`)
	reHTMLTag     = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->`)
	reEmphasis    = regexp.MustCompile(`(^|[\s(\[{"'«“])[*_]([^\s*_](?:[^*_]*[^\s*_])?)[*_]([\s).,;:!?\]}"'»”]|$)`)
	reEscape      = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!|>])`)
)

// mdState tracks the block being built while reading Markdown lines.
type mdState struct {
	b        builder
	para     []string
	kind     BlockKind
	level    int
	indents  []int // indentation of the open list levels
	updated  string
	atxLevel int // level of the last "#" heading
}

// flush emits the paragraph or list item being built.
func (st *mdState) flush() {
	if len(st.para) == 0 {
		return
	}
	text := cleanInline(strings.Join(st.para, " "))
	kind, level := st.kind, st.level
	if kind == Paragraph && isBoldHeading(strings.Join(st.para, " ")) {
		// One level below the last "#" heading, so that a run of bold
		// headings are siblings.
		kind, level = Heading, min(max(st.atxLevel+1, 2), 6)
	}
	st.b.add(kind, level, text)
	st.para, st.kind, st.level = nil, Paragraph, 0
}

// isBoldHeading reports whether a paragraph is one short **bold** span, which
// Markdown converted from HTML uses for headings.
func isBoldHeading(p string) bool {
	p = strings.TrimSpace(p)
	if len(p) < 5 || len(p) > 150 || !strings.HasPrefix(p, "**") || !strings.HasSuffix(p, "**") {
		return false
	}
	inner := strings.TrimSpace(p[2 : len(p)-2])
	if inner == "" || strings.Contains(inner, "**") {
		return false
	}
	last := inner[len(inner)-1]
	return last == '?' || !endsSentence(inner)
}

// extractMarkdown turns Markdown into blocks; Text is the cleaned blocks
// joined by blank lines.
func extractMarkdown(raw []byte) *Document {
	st := &mdState{kind: Paragraph}
	lines := strings.Split(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n")
	fence := ""
	var htmlLines []string
	inHTML := false
	for _, ln := range lines {
		ln = strings.ReplaceAll(ln, "\r", "")
		if fence != "" {
			if strings.HasPrefix(strings.TrimSpace(ln), fence) {
				fence = ""
				st.flush()
				continue
			}
			st.para = append(st.para, ln)
			continue
		}
		if m := reMDFence.FindStringSubmatch(ln); m != nil {
			st.flush()
			fence = m[1]
			continue
		}
		if reMDAttrLine.MatchString(ln) || reMDAttrTail.MatchString(ln) {
			if m := reMDDatetime.FindStringSubmatch(ln); m != nil && st.updated == "" {
				st.updated = m[1]
			}
			ln = reMDAttrTail.ReplaceAllString(ln, "")
			if strings.TrimSpace(ln) == "" {
				continue
			}
		}
		if inHTML {
			if strings.TrimSpace(ln) != "" {
				htmlLines = append(htmlLines, ln)
				continue
			}
			st.addHTML(strings.Join(htmlLines, "\n"))
			inHTML = false
		}
		ln = reMDQuote.ReplaceAllString(ln, "")
		trimmed := strings.TrimSpace(ln)
		switch {
		case trimmed == "":
			st.flush()
			continue
		case reMDRefDef.MatchString(ln):
			continue
		case reMDSetext.MatchString(ln) && len(st.para) > 0 && st.kind == Paragraph:
			level := 1
			if strings.HasPrefix(trimmed, "-") {
				level = 2
			}
			st.kind, st.level = Heading, level
			st.flush()
			continue
		case reMDHR.MatchString(ln):
			st.flush()
			continue
		}
		if len(st.para) == 0 && reMDHTMLBlock.MatchString(trimmed) {
			// A raw HTML block (CommonMark's kind 6) runs to the next blank
			// line; its elements give blocks as on an HTML page.
			st.flush()
			htmlLines = append(htmlLines[:0], ln)
			inHTML = true
			continue
		}
		if m := reMDHead.FindStringSubmatch(ln); m != nil {
			st.flush()
			st.indents = nil
			st.atxLevel = len(m[1])
			st.b.add(Heading, len(m[1]), cleanInline(m[2]))
			continue
		}
		if strings.HasPrefix(trimmed, "|") || (strings.Count(trimmed, "|") >= 2 && len(st.para) == 0 && st.kind != ListItem) {
			st.flush()
			if reMDTableSep.MatchString(trimmed) {
				continue
			}
			for _, cell := range splitRow(trimmed) {
				st.b.add(TableCell, 0, cleanInline(cell))
			}
			continue
		}
		if m := reMDItem.FindStringSubmatch(ln); m != nil {
			st.flush()
			st.kind, st.level = ListItem, st.listLevel(indentWidth(m[1]))
			st.para = append(st.para, m[3])
			continue
		}
		if st.kind == ListItem && len(st.para) > 0 {
			// Continuation (indented or lazy) of a list item.
			st.para = append(st.para, trimmed)
			continue
		}
		if len(st.para) == 0 && indentWidth(ln[:len(ln)-len(strings.TrimLeft(ln, " \t"))]) < 2 {
			st.indents = nil
		}
		st.para = append(st.para, trimmed)
	}
	if inHTML {
		st.addHTML(strings.Join(htmlLines, "\n"))
	}
	st.flush()
	doc := st.b.doc()
	doc.Updated = st.updated
	for _, b := range doc.Blocks {
		if b.Kind == Heading {
			doc.Title = doc.BlockText(b)
			break
		}
	}
	return doc
}

// addHTML adds the blocks of a raw HTML block: table cells, list items and
// paragraphs as the HTML walker finds them.
func (st *mdState) addHTML(src string) {
	nodes, err := nethtml.ParseFragment(strings.NewReader(src), &nethtml.Node{Type: nethtml.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		st.b.add(Paragraph, 0, cleanInline(src))
		return
	}
	w := &walker{}
	for _, n := range nodes {
		w.walk(n, walkCtx{kind: Paragraph})
	}
	w.flush(walkCtx{kind: Paragraph})
	d := w.b.doc()
	for _, b := range d.Blocks {
		st.b.add(b.Kind, b.Level, d.BlockText(b))
	}
}

// listLevel returns the nesting depth (from 1) of a list item indented by n.
func (st *mdState) listLevel(n int) int {
	return listLevel(&st.indents, n)
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

// cleanInline removes Markdown inline markup and HTML tags from s.
func cleanInline(s string) string {
	s = reInlineImage.ReplaceAllString(s, "$1")
	s = reInlineLink.ReplaceAllString(s, "$1")
	s = reInlineRef.ReplaceAllString(s, "$1")
	s = reAutoLink.ReplaceAllString(s, "$1")
	s = reHTMLTag.ReplaceAllString(s, " ")
	s = strings.ReplaceAll(s, "**", "")
	s = strings.ReplaceAll(s, "__", "")
	s = strings.ReplaceAll(s, "`", "")
	// Twice, for adjacent spans sharing a separator.
	s = reEmphasis.ReplaceAllString(s, "$1$2$3")
	s = reEmphasis.ReplaceAllString(s, "$1$2$3")
	s = reEscape.ReplaceAllString(s, "$1")
	s = html.UnescapeString(s)
	return collapse(s)
}
