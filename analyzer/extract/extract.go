package extract

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policylens/policylens/internal/lazyre"
)

// ErrNoText is returned by Extract when the input holds no text block once
// the page chrome is removed (for example a page of only scripts and menus).
var ErrNoText = errors.New("extract: no text found")

// Extract turns raw input into a Document. When f is FormatAuto the format is
// guessed from the content (see DetectFormat). It returns an error wrapping
// ErrNoText when nothing readable is left.
func Extract(raw []byte, f Format) (*Document, error) {
	if f == FormatAuto {
		f = DetectFormat(raw)
	}
	var (
		doc *Document
		err error
	)
	switch f {
	case FormatHTML:
		doc, err = extractHTML(raw)
		if err != nil && errors.Is(err, errUnparsable) {
			// The HTML parser gives up on pathological pages (elements
			// nested over 512 deep). Read such a page as text with its
			// tags removed rather than not at all.
			doc, err, f = extractText(stripTags(raw)), nil, FormatText
		}
	case FormatMarkdown:
		doc = extractMarkdown(raw)
	case FormatText:
		doc = extractText(raw)
	default:
		return nil, fmt.Errorf("extract: unknown format %q", f)
	}
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", f, err)
	}
	if len(doc.Blocks) == 0 {
		return nil, fmt.Errorf("extract %s: %w", f, ErrNoText)
	}
	doc.Format = f
	doc = joinWrapped(doc)
	if f != FormatText {
		doc.Embedded = embeddedText(raw)
	}
	if doc.Updated == "" {
		doc.Updated = findUpdated(doc)
	}
	return doc, nil
}

var (
	reHTMLStart = lazyre.New(`(?i)^\s*(<\?xml|<!doctype\s+html|<html|<head|<body|<!--)`)
	reHTMLNear  = lazyre.New(`(?i)<(html|body|head|div|p|article|main|section|table|ul|span|meta|title)[\s>/]`)
	reTag       = lazyre.New(`</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>`)
	reMDHeading = lazyre.New(`(?m)^#{1,6}[ \t]+\S`)
	reMDAttr    = lazyre.New(`(?m)\{:[^}\n]*\}[ \t]*$`)
	reMDLink    = lazyre.New(`\[[^\]\n]+\]\([^)\s]+[^)\n]*\)`)
	reMDList    = lazyre.New(`(?m)^[ \t]*([*+-]|\d{1,3}\.)[ \t]+\S`)
	reMDTable   = lazyre.New(`(?m)^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|`)
	reMDBold    = lazyre.New(`\*\*[^*\n]+\*\*`)
	// reMDSetext is a setext heading: a line of text underlined with = or -.
	reMDSetext = lazyre.New(`(?m)^[ \t]{0,3}[^\s=|-][^\n]{2,}\n[ \t]{0,3}(?:={3,}|-{3,})[ \t]*$`)
)

// stripTags removes markup: script and style contents, then every tag, one
// line break per block-level tag so that paragraphs stay apart.
func stripTags(raw []byte) []byte {
	out := reScriptStyle.ReplaceAll(raw, nil)
	out = reBlockTag.ReplaceAll(out, []byte("\n\n"))
	out = reTag.ReplaceAll(out, nil)
	out = reBlankRun.ReplaceAll(out, []byte("\n\n"))
	return bytes.TrimSpace([]byte(html.UnescapeString(string(out))))
}

var (
	reScriptStyle = lazyre.New(`(?is)<(script|style|noscript|template)\b.*?</(script|style|noscript|template)\s*>`)
	reBlankRun    = lazyre.New(`\n\s*\n\s*`)
	reBlockTag    = lazyre.New(`(?i)</?(p|div|li|h[1-6]|tr|td|th|section|article|br|ul|ol|table|main|header|footer|nav)\b[^>]*>`)
)

// DetectFormat guesses whether raw is HTML, Markdown or plain text.
func DetectFormat(raw []byte) Format {
	head := raw
	if len(head) > 4096 {
		head = head[:4096]
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if reHTMLStart.Match(head) {
		return FormatHTML
	}
	near := head
	if len(near) > 512 {
		near = near[:512]
	}
	if reHTMLNear.Match(near) {
		return FormatHTML
	}
	tagBytes := 0
	tags := reTag.FindAllIndex(head, -1)
	for _, m := range tags {
		tagBytes += m[1] - m[0]
	}
	if len(tags) >= 5 && tagBytes*100 >= len(head)*15 {
		return FormatHTML
	}
	sample := raw
	if len(sample) > 65536 {
		sample = sample[:65536]
	}
	// The line-anchored patterns have no literal prefix for Go's regexp to
	// skip ahead to, so they are tried at every byte of up to 64 KB: a
	// heading needs a '#' and a table rule "---" and a '|', which a plain
	// text usually lacks and bytes.IndexByte finds far faster.
	switch {
	case bytes.IndexByte(sample, '#') >= 0 && reMDHeading.Match(sample),
		reMDAttr.Match(sample),
		bytes.IndexByte(sample, '|') >= 0 && bytes.Contains(sample, []byte("---")) && reMDTable.Match(sample):
		return FormatMarkdown
	case reMDLink.Match(sample) && reMDList.Match(sample):
		return FormatMarkdown
	case len(reMDBold.FindAllIndex(sample, 3)) >= 3:
		return FormatMarkdown
	case bytes.Contains(sample, []byte("\n---")) || bytes.Contains(sample, []byte("\n===")):
		// Two setext headings ("Controlling your personal information"
		// over a line of dashes): one alone may be a plain text's rule.
		if len(reMDSetext.FindAllIndex(sample, 2)) >= 2 {
			return FormatMarkdown
		}
	}
	return FormatText
}

// builder accumulates blocks whose text is joined with "\n\n".
type builder struct {
	sb     strings.Builder
	blocks []Block
}

// add appends a block after collapsing its whitespace; empty blocks are dropped.
func (b *builder) add(kind BlockKind, level int, text string) {
	text = collapse(text)
	if text == "" {
		return
	}
	if b.sb.Len() > 0 {
		b.sb.WriteString("\n\n")
	}
	start := b.sb.Len()
	b.sb.WriteString(text)
	b.blocks = append(b.blocks, Block{Kind: kind, Level: level, Start: start, End: b.sb.Len()})
}

// put appends a block of bl's kind, level, table cell and run-in marks with text (see
// add), for the passes that rebuild a document from its blocks.
func (b *builder) put(bl Block, text string) {
	n := len(b.blocks)
	b.add(bl.Kind, bl.Level, text)
	if len(b.blocks) > n {
		b.blocks[n].Cell, b.blocks[n].RunIn, b.blocks[n].Label = bl.Cell, bl.RunIn, bl.Label
	}
}

// lastHeadingLevel is the level of the latest heading, 0 when none.
func (b *builder) lastHeadingLevel() int {
	for i := len(b.blocks) - 1; i >= 0; i-- {
		if b.blocks[i].Kind == Heading {
			return b.blocks[i].Level
		}
	}
	return 0
}

func (b *builder) doc() *Document {
	return &Document{Text: b.sb.String(), Blocks: b.blocks}
}

// collapse folds every run of white space (including no-break spaces) into
// one plain space, drops invisible format characters and trims the ends.
// Invalid UTF-8 bytes become U+FFFD so that the output is valid UTF-8.
func collapse(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad' || r == '\u2060':
			continue
		case r == utf8.RuneError, unicode.IsControl(r):
			if r != utf8.RuneError {
				space = true
				continue
			}
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return sb.String()
}

var reUpdated = lazyre.New(`(?i)^(?:last\s+(?:updated|modified|revised|update)|updated|effective(?:\s+date)?|date\s+of\s+last\s+update|derni[eè]re\s+mise\s+[aà]\s+jour|derni[eè]re\s+modification|mis[e]?\s+[aà]\s+jour|date\s+d['’]entr[ée]e\s+en\s+vigueur|en\s+vigueur|date\s+d['’]effet)\b\s*(?:on|as\s+of|le|:|-|–|—)?\s*:?\s*(.{4,60})$`)

// findUpdated looks for a "Last updated: ..." style block among the first
// 40 blocks and returns its date text. Policies also date themselves at
// the bottom: failing that, a date line among the last 5 blocks is taken
// when it is the only one there (several are a list of past versions).
func findUpdated(doc *Document) string {
	date := func(b Block) string {
		if b.End-b.Start > 120 {
			return ""
		}
		return updatedDate(collapse(doc.BlockText(b)))
	}
	n := len(doc.Blocks)
	for i := 0; i < min(n, 40); i++ {
		if d := date(doc.Blocks[i]); d != "" {
			return d
		}
	}
	found := ""
	for i := max(40, n-5); i < n; i++ {
		if d := date(doc.Blocks[i]); d != "" {
			if found != "" {
				return ""
			}
			found = d
		}
	}
	return found
}

// updatedDate returns the date of a "Last updated: ..." style line, ""
// when line is not one or names no date (no digit).
func updatedDate(line string) string {
	m := reUpdated.FindStringSubmatch(line)
	if m == nil {
		return ""
	}
	date := strings.TrimRight(strings.TrimSpace(m[1]), ".")
	if strings.IndexFunc(date, unicode.IsDigit) < 0 {
		return ""
	}
	return date
}
