package segment

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"

	"github.com/policylens/policylens/analyzer/extract"
	"github.com/policylens/policylens/analyzer/lang"
)

// Tuning of clause splitting.
const (
	// minSemicolonWords is the fewest words each side of a ";" needs for the
	// sentence to be split there into two clauses.
	minSemicolonWords = 5
	// maxClauseBytes bounds a clause: longer sentences (enumerations with no
	// period) are cut at the best point before it.
	maxClauseBytes = 1000
	// minCutBytes keeps a cut of a long clause from leaving a tiny piece.
	minCutBytes = 200
)

// Segmenter splits documents in one language into clauses and tokens. Segment
// and Tokens change no state in it, so one Segmenter per language can be
// built once and used from several goroutines (TestSegmentConcurrent, -race).
type Segmenter struct {
	code lang.Code
	abbr map[string]bool
	// punkt is prose's English sentence model (neurosnap/sentences with the
	// English training data), built once: prose.NewDocument would rebuild it
	// from JSON on every call (~10 ms). nil for French, or if it failed to
	// load, in which case the rule splitter is used.
	punkt *sentences.DefaultSentenceTokenizer
}

// New returns a Segmenter for language code. French gets its own rules;
// every other code is segmented as English.
func New(code lang.Code) *Segmenter {
	s := &Segmenter{code: code, abbr: abbreviations["en"]}
	if code == lang.French {
		s.abbr = abbreviations["fr"]
		return s
	}
	s.code = lang.English
	s.punkt = loadPunkt()
	return s
}

// loadPunkt builds the English punkt tokenizer, or returns nil if it fails.
func loadPunkt() (tok *sentences.DefaultSentenceTokenizer) {
	defer func() {
		if recover() != nil {
			tok = nil
		}
	}()
	training, err := parsePunkt(punktEnglish)
	if err != nil {
		return nil
	}
	t, err := english.NewSentenceTokenizer(training)
	if err != nil {
		return nil
	}
	// prose adds these to the English model.
	for _, a := range []string{"mt", "e.g", "i.e", "art", "approx", "incl"} {
		t.AbbrevTypes.Add(a)
	}
	return t
}

func errorf(format string, args ...any) error { return fmt.Errorf("segment: "+format, args...) }

// leadIn is an open list lead-in: a sentence ending in ":" and the list
// level below which items belong to it.
type leadIn struct {
	level int
	sp    span
	cell  extract.Cell // the table cell it is in, zero outside tables
}

// leadInCell reports whether the latest lead-in of leads is in the table
// cell c: a list in a cell takes a lead-in from its own cell only, and
// otherwise the cell's row and column header.
func leadInCell(leads []leadIn, c extract.Cell) bool {
	return len(leads) > 0 && leads[len(leads)-1].cell == c
}

// context is the lead-in a block's clauses get: a list's lead-in, or a
// table cell's row and column header (cell).
type context struct {
	text string
	toks []Token
	cell bool
}

// Segment splits doc into clauses, block by block. Heading blocks give their
// text as the Heading of the clauses that follow, except a run-in label
// (extract.Block.Label), which heads the next paragraph only. A sentence
// ending in ":" before list items (list_item blocks, or lines starting with
// •, - or *) is the LeadIn of each item, and so it is before paragraphs that
// open with a bold run-in label (extract.Block.RunIn), a list written as
// paragraphs. A table cell's LeadIn is its row's first cell and its
// column's header, "Email address | Retention period" (see
// tableCells.context).
func (s *Segmenter) Segment(doc *extract.Document) ([]Clause, error) {
	if doc == nil {
		return nil, errorf("nil document")
	}
	var (
		out        []Clause
		heading    span
		hasHeading bool
		headToks   []Token
		leads      []leadIn
		// runInLead is the paragraph sentence ending in ":" that the
		// run-in paragraphs after it are items of, while they last.
		runInLead *span
		// label is a run-in label (extract.Block.Label): the heading of
		// the next block's clauses.
		label *context
		memo  = stems{}
		cells = indexCells(doc)
		// cellToks holds the tokens of the cells read as others' lead-in
		// (a header serves every row, a row's first cell its row), by block.
		cellToks = map[int][]Token{}
	)
	// contextOf is the text at sp with its tokens, as a heading or lead-in.
	contextOf := func(sp span) *context {
		return &context{doc.Text[sp.start:sp.end], s.tokens(doc.Text[sp.start:sp.end], sp.start, memo), false}
	}
	for bi, b := range doc.Blocks {
		if b.Start < 0 || b.End > len(doc.Text) || b.Start > b.End {
			return out, errorf("block %d: offsets [%d:%d] outside the text (%d bytes)", bi, b.Start, b.End, len(doc.Text))
		}
		sp := trimSpan(doc.Text, span{b.Start, b.End})
		if sp.start == sp.end {
			continue
		}
		if b.Kind == extract.Heading && b.Label {
			// A run-in label heads the next paragraph only.
			label = contextOf(sp)
			continue
		}
		blockLabel := label
		label = nil
		if b.Kind == extract.Heading {
			heading, hasHeading = sp, true
			headToks = s.tokens(doc.Text[sp.start:sp.end], sp.start, memo)
			leads, runInLead = nil, nil
			continue
		}
		if b.Kind != extract.Paragraph || !b.RunIn {
			runInLead = nil
		}
		var lead *context
		level := b.Level
		if level < 1 {
			level = 1
		}
		switch {
		case b.Kind == extract.ListItem && (!b.Cell.InTable() || leadInCell(leads, b.Cell)):
			// A list outside tables, or under a lead-in of its own cell.
			for len(leads) > 0 && leads[len(leads)-1].level >= level {
				leads = leads[:len(leads)-1]
			}
			if len(leads) > 0 {
				lead = contextOf(leads[len(leads)-1].sp)
			}
		case b.Cell.InTable():
			leads = nil
			if bis := cells.context(b.Cell); len(bis) > 0 {
				lead = &context{cell: true}
				parts := make([]string, len(bis))
				for i, ci := range bis {
					sp := cellSpan(doc, ci)
					parts[i] = doc.Text[sp.start:sp.end]
					toks, ok := cellToks[ci]
					if !ok {
						toks = s.tokens(parts[i], sp.start, memo)
						cellToks[ci] = toks
					}
					lead.toks = append(lead.toks, toks...)
				}
				lead.text = strings.Join(parts, " | ")
			}
		case runInLead != nil:
			// "You may have the right to:" + "**Access.** You can ask...".
			lead, leads = contextOf(*runInLead), nil
		default:
			leads = nil
		}
		last, err := s.block(doc.Text, bi, sp, lead, memo, func(c Clause) {
			c.Index = len(out)
			switch {
			case blockLabel != nil:
				c.Heading, c.HeadingTokens = blockLabel.text, blockLabel.toks
			case hasHeading:
				c.Heading = doc.Text[heading.start:heading.end]
				c.HeadingTokens = headToks
			}
			if n := len(out); n > 0 && out[n-1].Heading == c.Heading {
				c.PrevTokens = out[n-1].Tokens
			}
			out = append(out, c)
		})
		if err != nil {
			return out, errorf("block %d: %w", bi, err)
		}
		if lead == nil && b.Kind == extract.Paragraph && !b.Cell.InTable() && last != nil && endsWithColon(doc.Text[last.start:last.end]) {
			runInLead = last
		}
		if last != nil && endsWithColon(doc.Text[last.start:last.end]) {
			lv := 0
			if b.Kind == extract.ListItem {
				lv = level
			}
			leads = append(leads, leadIn{level: lv, sp: *last, cell: b.Cell})
		}
	}
	return out, nil
}

// block emits the clauses of one block and returns its last sentence. lead
// is the lead-in of the list the block is an item of, if any; inside the
// block, bullet lines after a sentence ending in ":" take it as lead-in.
func (s *Segmenter) block(text string, bi int, sp span, lead *context, memo stems, emit func(Clause)) (*span, error) {
	var last *span
	var inline *context // lead-in of inline bullet lines
	for _, p := range pieces(text, sp) {
		cur := lead
		if p.bullet && inline != nil {
			cur = inline
		}
		sents, err := s.sentences(text, p.span)
		if err != nil {
			return last, err
		}
		for i := range sents {
			sent := sents[i]
			for _, c := range s.splitClause(text, sent) {
				cl := Clause{
					Block:  bi,
					Text:   text[c.start:c.end],
					Start:  c.start,
					End:    c.end,
					Tokens: s.tokens(text[c.start:c.end], c.start, memo),
				}
				if cur != nil {
					cl.LeadIn = cur.text
					cl.LeadInTokens = cur.toks
					cl.InTable = cur.cell
				}
				emit(cl)
			}
			last = &sent
		}
		if !p.bullet && last != nil && endsWithColon(text[last.start:last.end]) {
			inline = &context{text[last.start:last.end], s.tokens(text[last.start:last.end], last.start, memo), false}
		} else if !p.bullet {
			inline = nil
		}
	}
	return last, nil
}

// sentences splits text[sp] into trimmed sentence spans in document offsets.
func (s *Segmenter) sentences(text string, sp span) ([]span, error) {
	t := text[sp.start:sp.end]
	var rel []span
	ok := false
	if s.punkt != nil {
		rel, ok = punktSpans(s.punkt, t)
	}
	if !ok {
		var err error
		if rel, err = ruleSpans(t, s.abbr); err != nil {
			return nil, err
		}
	}
	rel = mergeSpans(t, rel, s.abbr)
	out := make([]span, 0, len(rel))
	for _, r := range rel {
		r = trimSpan(text, span{sp.start + r.start, sp.start + r.end})
		if r.start < r.end {
			out = append(out, r)
		}
	}
	return out, nil
}

// piece is a part of a block split at blank lines and list bullets.
type piece struct {
	span
	bullet bool
}

// bullets start the lines of an inline list.
var bullets = []string{"•", "-", "*", "–", "·", "▪", "◦", "‣"}

// bulletLen returns the byte length of a bullet marker and its space at the
// start of line, or 0.
func bulletLen(line string) int {
	for _, b := range bullets {
		if strings.HasPrefix(line, b) {
			r, size := utf8.DecodeRuneInString(line[len(b):])
			if unicode.IsSpace(r) {
				return len(b) + size
			}
		}
	}
	return 0
}

// pieces splits the block span sp into paragraphs at line breaks, and
// lines starting with a bullet into items without their marker. A line that
// starts in lower case continues the line before it (hard-wrapped text),
// across a blank line too when the text before it ends no sentence (a PDF's
// lines kept as paragraphs); any other line starts a new piece, so that a
// title line without a final period does not run into the sentence after it.
func pieces(text string, sp span) []piece {
	var out []piece
	cur := piece{span: span{-1, -1}}
	blank := false // a blank line since cur's last line
	flush := func() {
		if cur.start >= 0 {
			if t := trimSpan(text, cur.span); t.start < t.end {
				out = append(out, piece{t, cur.bullet})
			}
		}
		cur = piece{span: span{-1, -1}}
	}
	for ls := sp.start; ls < sp.end; {
		le := strings.IndexByte(text[ls:sp.end], '\n')
		if le < 0 {
			le = sp.end
		} else {
			le += ls
		}
		line := trimSpan(text, span{ls, le})
		ls = le + 1
		if line.start == line.end {
			blank = true
			continue
		}
		lt := text[line.start:line.end]
		first, _ := utf8.DecodeRuneInString(lt)
		wrapped := cur.start >= 0 && unicode.IsLower(first) && (!blank || extract.WrappedLine(text[cur.start:cur.end]))
		blank = false
		switch n := bulletLen(lt); {
		case n > 0:
			flush()
			cur = piece{span: span{line.start + n, line.end}, bullet: true}
		case wrapped:
			cur.end = line.end
		default:
			flush()
			cur = piece{span: line}
		}
	}
	flush()
	return out
}

// splitClause splits a sentence at semicolons between two long enough
// parts, and cuts parts longer than maxClauseBytes. A semicolon inside
// brackets, or one followed by a word that continues an enumeration ("and",
// "to", "et", "pour", ...), separates list items rather than commitments, so
// the sentence is kept whole there.
func (s *Segmenter) splitClause(text string, sent span) []span {
	var parts []span
	t := text[sent.start:sent.end]
	// Words are counted in one pass (total, then running) so that a
	// sentence of many semicolons stays linear.
	total := countWords(t)
	words, atStart := 0, 0 // words up to i; words up to the current part's start
	start := sent.start
	depth, inWord := 0, false
	for i, r := range t {
		switch {
		case isAlnum(r):
			if !inWord {
				words++
			}
			inWord = true
			continue
		case r == '\'' || r == '’' || r == '-':
			continue
		}
		inWord = false
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case ';':
			end := sent.start + i + 1
			if depth == 0 && words-atStart >= minSemicolonWords && total-words >= minSemicolonWords &&
				!s.continues(text[end:sent.end]) {
				parts = append(parts, trimSpan(text, span{start, end}))
				start, atStart = end, words
			}
		}
	}
	parts = append(parts, trimSpan(text, span{start, sent.end}))
	var out []span
	for _, p := range parts {
		out = append(out, cutLong(text, p)...)
	}
	return out
}

// continuations are, per language, words that start the next item of an
// enumeration rather than a new commitment.
var continuations = map[lang.Code]map[string]bool{
	lang.English: setOf("and", "or", "but", "nor", "to", "for", "in", "with", "by", "as", "from", "on", "including", "such"),
	lang.French:  setOf("et", "ou", "mais", "ni", "à", "au", "aux", "pour", "dans", "avec", "par", "de", "du", "des", "en", "sur", "notamment", "y"),
}

// maxContinuationBytes is longer than any continuation word.
const maxContinuationBytes = 16

// continues reports whether rest starts with a continuation word.
func (s *Segmenter) continues(rest string) bool {
	rest = strings.TrimLeftFunc(rest, func(r rune) bool { return !isAlnum(r) })
	end := strings.IndexFunc(rest, func(r rune) bool { return !isAlnum(r) })
	if end < 0 {
		end = len(rest)
	}
	if end > maxContinuationBytes {
		return false
	}
	return continuations[s.code][strings.ToLower(rest[:end])]
}

// cutLong cuts a span longer than maxClauseBytes at the last ";", ":", ","
// or, failing those, space before the limit.
func cutLong(text string, sp span) []span {
	var out []span
	for sp.end-sp.start > maxClauseBytes {
		window := text[sp.start : sp.start+maxClauseBytes]
		cut := -1
		for _, sep := range []string{"; ", ": ", ", ", " "} {
			if i := strings.LastIndex(window, sep); i >= minCutBytes {
				cut = i + len(sep)
				break
			}
		}
		if cut < 0 {
			// No space at all: cut at a rune boundary.
			cut = maxClauseBytes
			for cut > 0 && !utf8.RuneStart(text[sp.start+cut]) {
				cut--
			}
			if cut == 0 {
				break
			}
		}
		head := trimSpan(text, span{sp.start, sp.start + cut})
		if head.start < head.end {
			out = append(out, head)
		}
		sp = trimSpan(text, span{sp.start + cut, sp.end})
	}
	if sp.start < sp.end {
		out = append(out, sp)
	}
	return out
}

// countWords counts runs of letters or digits.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		if isAlnum(r) {
			if !in {
				n++
			}
			in = true
		} else if r != '\'' && r != '’' && r != '-' {
			in = false
		}
	}
	return n
}

// endsWithColon reports whether s ends with ":" (before any space).
func endsWithColon(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：")
}

// trimSpan shrinks sp to exclude leading and trailing white space.
func trimSpan(text string, sp span) span {
	t := text[sp.start:sp.end]
	l := len(t) - len(strings.TrimLeftFunc(t, unicode.IsSpace))
	r := len(strings.TrimRightFunc(t, unicode.IsSpace))
	if l >= r {
		return span{sp.start, sp.start}
	}
	return span{sp.start + l, sp.start + r}
}

// tableCells indexes the cells of a document's tables: the first block of
// each cell, and each table's header row (its first row) and row count.
type tableCells struct {
	at     map[extract.Cell]int // first block of each cell
	header map[int]int          // table -> its first row
	rows   map[int]int          // table -> number of rows with text
}

func indexCells(doc *extract.Document) tableCells {
	t := tableCells{at: map[extract.Cell]int{}, header: map[int]int{}, rows: map[int]int{}}
	lastTable, lastRow := 0, 0
	for i, b := range doc.Blocks {
		c := b.Cell
		if !c.InTable() || strings.TrimSpace(doc.BlockText(b)) == "" {
			continue
		}
		if _, ok := t.at[c]; !ok {
			t.at[c] = i
		}
		if h, ok := t.header[c.Table]; !ok || c.Row < h {
			t.header[c.Table] = c.Row
		}
		// Cells come in document order, row after row.
		if c.Table != lastTable || c.Row != lastRow {
			t.rows[c.Table]++
			lastTable, lastRow = c.Table, c.Row
		}
	}
	return t
}

// context returns the blocks of the lead-in of the cell c: its row's first
// cell and its column's header, without the cell itself; none for a header
// cell or a table of one row.
func (t tableCells) context(c extract.Cell) []int {
	head := t.header[c.Table]
	if t.rows[c.Table] < 2 || c.Row == head {
		return nil
	}
	var out []int
	for col := 1; col < c.Col; col++ {
		if i, ok := t.at[extract.Cell{Table: c.Table, Row: c.Row, Col: col}]; ok {
			out = append(out, i)
			break
		}
	}
	if i, ok := t.at[extract.Cell{Table: c.Table, Row: head, Col: c.Col}]; ok {
		out = append(out, i)
	}
	return out
}

// maxCellContext caps the bytes one cell gives to another's lead-in: a
// row's first cell can be a paragraph.
const maxCellContext = 200

// cellSpan returns the trimmed span of block i, cut at a space before
// maxCellContext bytes.
func cellSpan(doc *extract.Document, i int) span {
	sp := trimSpan(doc.Text, span{doc.Blocks[i].Start, doc.Blocks[i].End})
	if sp.end-sp.start > maxCellContext {
		cut := sp.start + maxCellContext
		for cut > sp.start && doc.Text[cut] != ' ' {
			cut--
		}
		if cut > sp.start {
			sp.end = cut
		}
	}
	return sp
}
