package lang

import (
	"fmt"
	"strings"
)

// Decide finds the language of a document's main text, from its blocks
// (paragraphs, headings, list items), and the parts of a document written
// in several languages, one after the other.
//
// Only blocks that read as prose vote (isProse): navigation, language
// switchers, link lists and scripts do not. A document without any prose
// block, or with less than minProseLetters of it, is read whole, as before. The prose is sampled with windows of
// about chunkBytes spread evenly over it (the same number of bytes Detect
// reads, so the cost is the same); each window is detected alone, by its
// script when it is not Latin, else by the Detector. Runs of windows in the
// same language make the document's parts; where two parts meet, the
// boundary is placed at the block where the language changes (a binary
// search between the two windows, one detection per step). A part is kept
// when it holds at least minPartShare of the prose or minPartBytes; smaller
// runs (a sentence quoted in another language, a banner) join the part
// they sit in.
//
// The main part is the one in the language asked for (want), else the
// first English or French part, else the largest. Its Result's Confidence
// is the share of its windows' letters the detector gave its language.

// Tuning of Decide.
const (
	// windows is the number of sample windows of a long document.
	windows = sampleBytes / chunkBytes
	// minPartShare and minPartBytes: a language part must hold at least
	// this share of the prose, or this many bytes of it (a few paragraphs:
	// a section in another language), to be a part of its own; a quoted
	// sentence or a cookie banner is not.
	minPartShare = 0.15
	minPartBytes = 500
	// minProseLetters is the least prose, in letters, that decides alone
	// (about two sentences); a page with less is read whole, as before:
	// one sentence may be a quotation, or full of names.
	minProseLetters = 250
)

// Span is a block of the document: a byte range of its text.
type Span struct{ Start, End int }

// Part is a stretch of a document in one language.
type Part struct {
	Result
	// Start and End are the byte range of the part in the text; Blocks
	// the range of block indices [FirstBlock, EndBlock).
	Start, End           int
	FirstBlock, EndBlock int
	// Share is the part's share of the document's prose letters.
	Share float64
}

// Decision is the outcome of Decide.
type Decision struct {
	// Main is the part to analyse.
	Main Part
	// Parts lists every language part in document order (Main among them);
	// a single-language document has one.
	Parts []Part
	// Hub is set when the page lists policies in many languages rather
	// than holding one (see hub.go).
	Hub *Hub
	// Forced is true when want named a language no part is in: Main is
	// then the whole document, read in want's language.
	Forced bool
	// ProseLetters counts the letters of the blocks that read as prose: 0
	// on a page of scripts, menus and links only.
	ProseLetters int
}

// NoProse reports whether the document holds too little prose to decide
// on and its whole text reads as no language either: scripts, styles,
// menus or lists of names, not sentences.
func (d Decision) NoProse() bool {
	return d.ProseLetters < minProseLetters && d.Main.Code == Unknown && d.Main.Name == ""
}

// MainBlocks returns the block ranges [first, end) to analyse: every part
// in the main part's language (an English policy may hold a section in
// Korean and go on in English), or the whole document when Forced.
func (d Decision) MainBlocks() [][2]int {
	if d.Forced {
		return [][2]int{{d.Main.FirstBlock, d.Main.EndBlock}}
	}
	var out [][2]int
	for _, p := range d.Parts {
		if p.Name == d.Main.Name {
			out = append(out, [2]int{p.FirstBlock, p.EndBlock})
		}
	}
	return out
}

// MainShare is the share of the prose in the main language.
func (d Decision) MainShare() float64 {
	if d.Forced {
		return 1
	}
	share := 0.0
	for _, p := range d.Parts {
		if p.Name == d.Main.Name {
			share += p.Share
		}
	}
	return share
}

// Others names the languages of the parts other than the main one, for a
// diagnostic ("German, Dutch"); "" when there are none.
func (d Decision) Others() string {
	var names []string
	for _, p := range d.Parts {
		if p.Name == d.Main.Name {
			continue
		}
		n := p.Name
		if n == "" {
			n = "an unknown language"
		}
		if !contains(names, n) {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// window is one sampled piece of prose and its detected language.
type window struct {
	block   int // index into the prose blocks
	text    string
	letters int
	res     Result
}

// Decide decides the language of text made of blocks; want ("en", "fr" or
// Unknown) asks for that language's part.
func Decide(d Detector, text string, blocks []Span, want Code) Decision {
	var prose []int // indices into blocks
	letters := 0
	for i, b := range blocks {
		if s := text[b.Start:b.End]; isProse(s) {
			prose = append(prose, i)
			letters += countLetters(s)
		}
	}
	hub := findHub(text, blocks, prose)
	if letters < minProseLetters {
		r := detectAny(d, text)
		p := Part{Result: r, Start: 0, End: len(text), FirstBlock: 0, EndBlock: len(blocks), Share: 1}
		return finish(Decision{Main: p, Parts: []Part{p}, Hub: hub, ProseLetters: letters}, want)
	}

	ws := sampleWindows(d, text, blocks, prose, letters)
	if len(ws) == 0 {
		r := detectAny(d, text)
		p := Part{Result: r, Start: 0, End: len(text), FirstBlock: 0, EndBlock: len(blocks), Share: 1}
		return finish(Decision{Main: p, Parts: []Part{p}, Hub: hub, ProseLetters: letters}, want)
	}
	// Runs of windows in one language; mergeSmall then joins the parts too
	// small to stand alone to their neighbours.
	type run struct {
		name       string
		res        Result
		first, end int // windows [first, end)
		letters    int
	}
	total, pending := 0, 0
	for _, w := range ws {
		total += w.letters
	}
	var runs []run
	for i, w := range ws {
		if w.res.Name == "" && len(ws) > 1 {
			// A window no language is sure of (a list of names, a table)
			// joins the run it sits in rather than making a part of
			// "an unknown language".
			if n := len(runs); n > 0 {
				runs[n-1].end = i + 1
				runs[n-1].letters += w.letters
			} else {
				pending += w.letters
			}
			continue
		}
		if n := len(runs); n > 0 && runs[n-1].name == w.res.Name {
			runs[n-1].end = i + 1
			runs[n-1].letters += w.letters
			continue
		}
		runs = append(runs, run{name: w.res.Name, res: w.res, first: i, end: i + 1, letters: w.letters + pending})
		pending = 0
	}
	if len(runs) == 0 { // every window unknown
		r := ws[0].res
		p := Part{Result: r, Start: 0, End: len(text), FirstBlock: 0, EndBlock: len(blocks), Share: 1}
		return finish(Decision{Main: p, Parts: []Part{p}, Hub: hub, ProseLetters: letters}, want)
	}
	// Block boundaries: a part runs from its first window's block (the
	// first part from the document's start) to where the next begins.
	starts := make([]int, len(runs)) // index into blocks
	starts[0] = 0
	for i := 1; i < len(runs); i++ {
		lo, hi := ws[runs[i-1].end-1].block, ws[runs[i].first].block // prose indices
		// The part starts after the last prose block of the previous one,
		// so the headings above its first sentences come with it.
		b := max(boundary(d, text, blocks, prose, lo, hi, runs[i].name), lo+1)
		starts[i] = prose[b-1] + 1
	}
	var parts []Part
	for i, r := range runs {
		endBlock := len(blocks)
		if i+1 < len(runs) {
			endBlock = starts[i+1]
		}
		res := r.res
		conf := 0.0
		for _, w := range ws[r.first:r.end] {
			if w.res.Name == r.name {
				conf += w.res.Confidence * float64(w.letters)
			}
		}
		res.Confidence = conf / float64(r.letters)
		// A part of several windows is not a few words decided between
		// English and French.
		res.Restricted = res.Restricted && r.end-r.first == 1
		// The guard again, on all the part's windows together: a window
		// of Norwegian may lack æ, ø and å, the part does not.
		var sample strings.Builder
		for _, w := range ws[r.first:r.end] {
			if w.res.Name == r.name {
				sample.WriteString(w.text)
				sample.WriteByte('\n')
			}
		}
		if res.Code != Unknown && !res.Restricted && !plausible(res.Code, sample.String()) {
			res = Result{}
		}
		p := Part{Result: res, FirstBlock: starts[i], EndBlock: endBlock, Share: float64(r.letters) / float64(total)}
		if p.FirstBlock >= p.EndBlock {
			continue // two languages within one block: it stays with the other part
		}
		p.Start, p.End = blocks[p.FirstBlock].Start, blocks[p.EndBlock-1].End
		if p.FirstBlock == 0 {
			p.Start = 0
		}
		if p.EndBlock == len(blocks) {
			p.End = len(text)
		}
		parts = append(parts, p)
	}
	return finish(Decision{Parts: mergeSmall(parts, proseBytes(blocks, prose)), Hub: hub, ProseLetters: letters}, want)
}

// proseBytes returns, for every block, its bytes when it is prose and 0
// otherwise.
func proseBytes(blocks []Span, prose []int) []int {
	out := make([]int, len(blocks))
	for _, i := range prose {
		out[i] = blocks[i].End - blocks[i].Start
	}
	return out
}

// mergeSmall sets every part's Share to its share of the prose bytes (the
// windows only estimate it, and a window of few letters counts as much as
// a long one), then merges the parts under minPartShare into their
// neighbour, the smallest first, unless they hold minPartBytes of prose. Bytes rather than letters: a Korean or
// Chinese character is one letter but carries a word's worth of text.
func mergeSmall(parts []Part, prose []int) []Part {
	total := 0
	for _, n := range prose {
		total += n
	}
	share := func(p Part) float64 {
		n := 0
		for _, b := range prose[p.FirstBlock:p.EndBlock] {
			n += b
		}
		return float64(n) / float64(max(total, 1))
	}
	for i := range parts {
		parts[i].Share = share(parts[i])
	}
	for len(parts) > 1 {
		small := -1
		for i, p := range parts {
			if p.Share < minPartShare && p.Share*float64(total) < minPartBytes && (small < 0 || p.Share < parts[small].Share) {
				small = i
			}
		}
		if small < 0 {
			break
		}
		into := small - 1
		if into < 0 {
			into = small + 1
		}
		lo, hi := min(small, into), max(small, into)
		m := parts[into]
		m.FirstBlock, m.Start = parts[lo].FirstBlock, parts[lo].Start
		m.EndBlock, m.End = parts[hi].EndBlock, parts[hi].End
		m.Share = share(m)
		parts = append(parts[:lo], append([]Part{m}, parts[hi+1:]...)...)
		for i := 0; i+1 < len(parts); i++ { // neighbours of one language join
			if parts[i].Name == parts[i+1].Name {
				parts[i].EndBlock, parts[i].End = parts[i+1].EndBlock, parts[i+1].End
				parts[i].Share = share(parts[i])
				parts = append(parts[:i+1], parts[i+2:]...)
				i--
			}
		}
	}
	return parts
}

// finish picks the main part.
func finish(dec Decision, want Code) Decision {
	pick := -1
	if want != Unknown {
		for i, p := range dec.Parts {
			if p.Code == want {
				pick = i
				break
			}
		}
		if pick < 0 {
			// Asked for a language no part is in: read the whole text in it.
			whole := Part{Result: Result{Code: want, Name: nameOf(want), Confidence: 0},
				Start: dec.Parts[0].Start, End: dec.Parts[len(dec.Parts)-1].End,
				FirstBlock: dec.Parts[0].FirstBlock, EndBlock: dec.Parts[len(dec.Parts)-1].EndBlock, Share: 1}
			dec.Main, dec.Forced = whole, true
			return dec
		}
	}
	if pick < 0 {
		for i, p := range dec.Parts {
			if p.Supported() {
				pick = i
				break
			}
		}
	}
	if pick < 0 {
		pick = 0
		for i, p := range dec.Parts {
			if p.Share > dec.Parts[pick].Share {
				pick = i
			}
		}
	}
	dec.Main = dec.Parts[pick]
	return dec
}

// nameOf names the supported languages.
func nameOf(c Code) string {
	switch c {
	case English:
		return "English"
	case French:
		return "French"
	}
	return string(c)
}

// ParseCode reads a language asked for by a user: "en" or "fr" (any case,
// or their English names); anything else is an error.
func ParseCode(s string) (Code, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return Unknown, nil
	case "en", "english":
		return English, nil
	case "fr", "french", "français", "francais":
		return French, nil
	}
	return Unknown, fmt.Errorf("language %q: PolicyLens reads en (English) and fr (French)", s)
}

// detectAny detects the language of text: by script when it is mostly not
// Latin, else with d.
func detectAny(d Detector, text string) Result {
	if r, ok := otherScript(sample(text, sampleBytes, sampleParts)); ok {
		return r
	}
	return d.Detect(text)
}

// sampleWindows detects windows of about chunkBytes spread evenly over the
// prose blocks (by letters): a long block may give several, a short one
// none when its neighbours are sampled.
func sampleWindows(d Detector, text string, blocks []Span, prose []int, letters int) []window {
	counts := make([]int, len(prose))
	for i, b := range prose {
		counts[i] = countLetters(blockText(text, blocks, b))
	}
	var out []window
	at, pi := 0, 0 // letters before prose[pi]
	lastBlock, lastEnd := -1, 0
	for k := 0; k < windows; k++ {
		target := k * letters / windows
		for pi+1 < len(prose) && at+counts[pi] <= target {
			at += counts[pi]
			pi++
		}
		s := blockText(text, blocks, prose[pi])
		off := 0
		if counts[pi] > 0 {
			off = (target - at) * len(s) / counts[pi]
		}
		// Near a block's end, the window is the block's last chunkBytes.
		off = max(0, min(off, len(s)-chunkBytes))
		if pi == lastBlock && off < lastEnd {
			continue // this stretch is sampled already
		}
		start, end := wordBounds(s, off, off+chunkBytes)
		if len(s)-end < chunkBytes/2 {
			end = len(s) // do not leave a scrap for the next window
		}
		if end <= start {
			continue
		}
		w := s[start:end]
		lastBlock, lastEnd = pi, end
		out = append(out, window{block: pi, text: w, letters: countLetters(w), res: detectAny(d, w)})
	}
	return out
}

func blockText(text string, blocks []Span, i int) string {
	return text[blocks[i].Start:blocks[i].End]
}

// windowText is the start of s, about chunkBytes, cut at a space.
func windowText(s string) string {
	if len(s) <= chunkBytes+chunkBytes/2 {
		return s
	}
	_, end := wordBounds(s, 0, chunkBytes)
	return s[:end]
}

// boundary returns the index into prose of the first block, between
// prose indices lo (in the previous part) and hi (in the next one), that is
// in the next part's language name: a binary search, assuming one change.
func boundary(d Detector, text string, blocks []Span, prose []int, lo, hi int, name string) int {
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if detectAny(d, windowText(blockText(text, blocks, prose[mid]))).Name == name {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
}
