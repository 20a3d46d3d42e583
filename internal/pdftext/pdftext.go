//go:build !(js && wasm)

// Package pdftext extracts the text layer of a PDF for the CLI, which hands
// the text to the engine as plain text. The engine itself (package analyzer)
// never reads PDFs: the browser extension reads web pages, and the PDF
// library must not reach the wasm build (the build tag above keeps it out
// even if someone imports this package there; main_test.go checks the wasm
// engine's dependencies).
//
// The library is github.com/ledongthuc/pdf (BSD-3-Clause, a maintained fork
// of rsc.io/pdf, pure Go): it decodes content streams and fonts (simple
// encodings, ToUnicode CMaps) and gives every glyph with its position,
// width and size. Text is rebuilt from those glyphs: glyphs are grouped into
// lines by their baseline, ordered left to right, with a space wherever the
// gap between two glyphs is wider than a fifth of the font size (many PDFs
// place words, or each glyph, separately and hold no space characters);
// lines further apart than 1.3 times the usual line spacing of the page, or
// set in another font size, start a new paragraph. Pages are separate
// paragraphs.
//
// Scanned documents without OCR have pages but no text: Extract says so with
// ErrNoTextLayer rather than handing the engine an empty text.
package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/ledongthuc/pdf"
)

// Errors of Extract, for errors.Is.
var (
	// ErrNoTextLayer is returned for a PDF whose pages hold no text: a
	// scanned document, or one made of images.
	ErrNoTextLayer = errors.New("this PDF has no text layer (a scanned document?); PolicyLens reads PDFs with selectable text")
	// ErrUnreadable is returned for a PDF the library cannot open: damaged,
	// encrypted, or not a PDF.
	ErrUnreadable = errors.New("cannot read this PDF")
)

// minLetters is the fewest letters a PDF's text needs to count as a text
// layer: page numbers or a scanner's stamp are not a policy.
const minLetters = 20

// IsPDF reports whether raw starts like a PDF file.
func IsPDF(raw []byte) bool {
	return bytes.HasPrefix(raw, []byte("%PDF-"))
}

// Extract returns the text of every page of the PDF in raw, paragraphs
// separated by blank lines. The library panics on some damaged files: any
// panic becomes ErrUnreadable.
func Extract(raw []byte) (text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			text, err = "", fmt.Errorf("%w: %v", ErrUnreadable, r)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	var b strings.Builder
	for i := 1; i <= r.NumPage(); i++ {
		p := r.Page(i)
		if p.V.IsNull() {
			continue
		}
		for _, para := range paragraphs(p.Content().Text) {
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(para)
		}
	}
	letters := 0
	for _, c := range b.String() {
		if unicode.IsLetter(c) {
			letters++
		}
	}
	if letters < minLetters {
		return "", ErrNoTextLayer
	}
	return b.String(), nil
}

// line is one baseline of glyphs.
type line struct {
	y, size float64
	glyphs  []pdf.Text
}

// paragraphs rebuilds a page's paragraphs from its glyphs.
func paragraphs(glyphs []pdf.Text) []string {
	var lines []*line
	for _, g := range glyphs {
		if g.S == "" {
			continue
		}
		var l *line
		for _, c := range lines {
			if math.Abs(c.y-g.Y) <= math.Max(c.size, g.FontSize)/3 {
				l = c
				break
			}
		}
		if l == nil {
			l = &line{y: g.Y, size: g.FontSize}
			lines = append(lines, l)
		}
		l.glyphs = append(l.glyphs, g)
	}
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].y > lines[j].y })

	// The usual spacing of the page's running text: the first quartile of
	// the gaps between baselines (the median may be a paragraph gap on a
	// page of short paragraphs).
	var gaps []float64
	for i := 1; i < len(lines); i++ {
		gaps = append(gaps, lines[i-1].y-lines[i].y)
	}
	sort.Float64s(gaps)
	usual := 0.0
	if len(gaps) > 0 {
		usual = gaps[len(gaps)/4]
	}

	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, "\n"))
			cur = nil
		}
	}
	for i, l := range lines {
		s := l.text()
		if s == "" {
			continue
		}
		if i > 0 {
			prev := lines[i-1]
			if prev.y-l.y > 1.3*usual || math.Abs(prev.size-l.size) > 0.5 {
				flush()
			}
		}
		cur = append(cur, s)
	}
	flush()
	return paras
}

// text joins a line's glyphs left to right, with a space at every gap wider
// than a fifth of the font size.
func (l *line) text() string {
	sort.SliceStable(l.glyphs, func(i, j int) bool { return l.glyphs[i].X < l.glyphs[j].X })
	var b strings.Builder
	end := math.Inf(-1)
	for _, g := range l.glyphs {
		if b.Len() > 0 && g.X-end > g.FontSize/5 && !strings.HasSuffix(b.String(), " ") && !strings.HasPrefix(g.S, " ") {
			b.WriteByte(' ')
		}
		b.WriteString(g.S)
		end = g.X + g.W
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
