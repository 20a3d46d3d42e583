package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policylens/policylens/internal/lazyre"
)

// line is one input line with the byte span of its content (marker and
// surrounding white space excluded).
type line struct {
	start, end int // content span in the input
	blank      bool
	bullet     bool   // starts with a bullet or list number
	marker     string // the bullet or number, trimmed
	numbered   bool   // heading-style numbering: "1.", "§ 3", "01 -", "1.2"
	level      int    // heading level suggested by the numbering
	indent     int    // width of the white space before the line's text
}

var (
	// Numbered section markers that usually start a heading.
	reSection = lazyre.New(`^(§+\s*\d+(?:\.\d+)*\.?|\d{1,2}\s*[-–—]|(?:\d{1,2}\.){1,4}\d{0,2}|(?:article|section|art\.)\s+\d+(?:\.\d+)*\s*[-–—:.]?|[IVX]{1,5}\.)\s+`)
	// Bullets and list numbers.
	reBullet = lazyre.New(`^(?:[•·▪◦‣○●►➢✓✔]\s*|(?:[\-*–—]|\d{1,3}[.)]|[a-zA-Z][.)]|\(\w{1,4}\)|[ivx]{1,5}[.)])\s+)`)
)

// extractText splits plain text into blocks whose offsets point into the
// input unchanged.
func extractText(raw []byte) *Document {
	text := string(raw)
	lines := splitLines(text)
	var blocks []Block
	cur := -1 // index in blocks of the open paragraph, -1 when none
	prevEnds := true
	prevLen := 0
	var indents []int // indentation of the open list levels
	for i, ln := range lines {
		if !ln.bullet {
			indents = nil
		}
		if ln.blank {
			cur = -1
			prevEnds = true
			continue
		}
		content := text[ln.start:ln.end]
		next := nextContent(lines, i)
		switch {
		case ln.numbered && isHeadingLine(content, true, next, text):
			blocks = append(blocks, Block{Kind: Heading, Level: ln.level, Start: ln.start, End: ln.end})
			cur = -1
		case ln.bullet:
			blocks = append(blocks, Block{Kind: ListItem, Level: listLevel(&indents, ln.indent), Start: ln.start, End: ln.end})
			cur = len(blocks) - 1
		case cur >= 0 && !prevEnds && wrapped(prevLen, content) && !(next != nil && isAllCaps(content)):
			// A wrapped line continues the open block.
			blocks[cur].End = ln.end
		case (cur < 0 || prevEnds || isAllCaps(content)) && isHeadingLine(content, false, next, text):
			blocks = append(blocks, Block{Kind: Heading, Level: 2, Start: ln.start, End: ln.end})
			cur = -1
		default:
			blocks = append(blocks, Block{Kind: Paragraph, Start: ln.start, End: ln.end})
			cur = len(blocks) - 1
		}
		prevEnds = endsSentence(content)
		prevLen = utf8.RuneCountInString(content)
	}
	if len(blocks) > 0 && blocks[0].Kind == Heading && blocks[0].Level == 2 && !lines[firstNonBlank(lines)].numbered {
		blocks[0].Level = 1
	}
	return &Document{Text: text, Blocks: textChrome(text, blocks)}
}

// textChrome drops the blocks the chrome rules match. Consecutive list
// items form a group, as a Markdown list does.
func textChrome(text string, blocks []Block) []Block {
	ps := make([]piece, len(blocks))
	group := 0
	for i, b := range blocks {
		if b.Kind == ListItem && (i == 0 || blocks[i-1].Kind != ListItem) {
			group++
		}
		ps[i] = piece{kind: b.Kind, level: b.Level, text: text[b.Start:b.End], start: b.Start, end: b.End}
		if b.Kind == ListItem {
			ps[i].group = group
		}
	}
	kept := dropChrome(ps)
	if len(kept) == len(blocks) {
		return blocks
	}
	out := make([]Block, len(kept))
	for i, p := range kept {
		out[i] = Block{Kind: p.kind, Level: p.level, Start: p.start, End: p.end}
	}
	return out
}

// wrapped reports whether a line looks like the rest of the previous line's
// sentence: it starts in lower case, or the previous line was long enough to
// have been wrapped.
func wrapped(prevLen int, content string) bool {
	r, _ := utf8.DecodeRuneInString(content)
	return unicode.IsLower(r) || prevLen >= 50
}

// reLabelValue matches "Name: value" lines and lines with addresses, which
// are not headings.
var reLabelValue = lazyre.New(`\S\s*:\s+\S|@|https?://|www\.`)

func firstNonBlank(lines []line) int {
	for i, l := range lines {
		if !l.blank {
			return i
		}
	}
	return 0
}

// listLevel returns the nesting depth (from 1) of a list item indented by
// n, given the indentations of the open levels.
func listLevel(indents *[]int, n int) int {
	st := *indents
	for len(st) > 0 && st[len(st)-1] > n {
		st = st[:len(st)-1]
	}
	if len(st) == 0 || st[len(st)-1] < n {
		st = append(st, n)
	}
	*indents = st
	return len(st)
}

// nextContent returns the next non-blank line after i, or nil.
func nextContent(lines []line, i int) *line {
	for j := i + 1; j < len(lines); j++ {
		if !lines[j].blank {
			return &lines[j]
		}
	}
	return nil
}

// splitLines cuts text into lines and classifies each.
func splitLines(text string) []line {
	var out []line
	for pos := 0; pos <= len(text); {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		out = append(out, classifyLine(text, pos, end))
		if nl < 0 {
			break
		}
		pos = end + 1
	}
	return out
}

func classifyLine(text string, start, end int) line {
	s, e := trimSpan(text, start, end)
	ln := line{start: s, end: e, blank: s >= e, indent: indentWidth(text[start:s])}
	if ln.blank {
		return ln
	}
	content := text[s:e]
	if m := reSection.FindStringSubmatch(content); m != nil && !reDecimal.MatchString(content) {
		cs, ce := trimSpan(text, s+len(m[0]), e)
		if cs < ce {
			ln.numbered = true
			ln.marker = strings.TrimSpace(m[1])
			ln.level = 2 + strings.Count(strings.TrimRight(ln.marker, "."), ".")
			if ln.level > 6 {
				ln.level = 6
			}
			// A numbered line stays a list item unless it turns out to be a heading.
			ln.bullet = true
			ln.start, ln.end = cs, ce
			return ln
		}
	}
	if m := reBullet.FindString(content); m != "" {
		cs, ce := trimSpan(text, s+len(m), e)
		if cs < ce {
			ln.bullet = true
			ln.marker = strings.TrimSpace(m)
			ln.start, ln.end = cs, ce
		}
	}
	return ln
}

// reDecimal matches lines that start with a number such as "1.5 million",
// which are not section numbers.
var reDecimal = lazyre.New(`^\d+\.\d+\s+[a-z]`)

// trimSpan narrows [s,e) of text to exclude white space (incl. no-break spaces).
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\ufeff' && r != '\u200b' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\ufeff' && r != '\u200b' {
			break
		}
		e -= n
	}
	return s, e
}

// endsSentence reports whether a line ends like a finished sentence or
// clause, so that the next line starts a new block.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\"'’”»)]*_")
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;…", r)
}

// isHeadingLine decides whether a line (its content without marker) is a
// heading: short, no final punctuation, and followed by text; ALL CAPS lines
// qualify too.
func isHeadingLine(content string, numbered bool, next *line, text string) bool {
	if next == nil {
		return false
	}
	words := len(strings.Fields(content))
	if words == 0 || len(content) > 120 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(content)
	if unicode.IsLower(first) || reUpdated.MatchString(content) || reLabelValue.MatchString(content) || isAddressLine(strings.Trim(content, "*_ ")) {
		return false
	}
	if isAllCaps(content) && words <= 15 {
		return true
	}
	if words > 12 {
		return false
	}
	s := strings.TrimRight(content, " \t")
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".,;:!…", last) {
		return false
	}
	if last == '?' && words > 10 {
		return false
	}
	if !numbered && unicode.IsDigit(first) {
		return false // addresses, amounts
	}
	if numbered {
		// "1. Your name" followed by "2. Your email" is a list, not headings.
		return !next.bullet || next.numbered && next.level > 2
	}
	// The next line must look like the start of a new block, not the rest
	// of a wrapped sentence.
	nr, _ := utf8.DecodeRuneInString(text[next.start:next.end])
	return next.bullet || !unicode.IsLower(nr)
}

// isAllCaps reports whether s has at least three letters and no lower-case one.
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}
