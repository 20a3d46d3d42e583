package eval

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is the byte range [Start, End) of a unit in a document's text.
type Span struct {
	Start, End int
}

// normalised is a text reduced to its lower-cased letters and digits, with
// the byte range each normalised byte came from in the original.
type normalised struct {
	text  string
	start []int // start[k]: offset in the original of the rune normalised byte k belongs to
	end   []int // end[k]: offset just after that rune
}

// keep reports whether r takes part in comparisons.
func keep(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// normalise returns s's lower-cased letters and digits only.
func normalise(s string) string {
	var b strings.Builder
	for _, r := range s {
		if keep(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func newNormalised(s string) normalised {
	n := normalised{start: make([]int, 0, len(s)), end: make([]int, 0, len(s))}
	var b strings.Builder
	b.Grow(len(s))
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !keep(r) {
			i += size
			continue
		}
		m := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		b.Write(buf[:m])
		for range m {
			n.start = append(n.start, i)
			n.end = append(n.end, i+size)
		}
		i += size
	}
	n.text = b.String()
	return n
}

// atBoundary reports whether a match of the normalised range [k, k+m) starts
// and ends on word boundaries of the original text, so that a short unit
// ("Remuneration") is not found inside a longer word.
func (n normalised) atBoundary(orig string, k, m int) bool {
	s, e := n.start[k], n.end[k+m-1]
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(orig[:s])
		if keep(r) {
			return false
		}
	}
	if e < len(orig) {
		r, _ := utf8.DecodeRuneInString(orig[e:])
		if keep(r) {
			return false
		}
	}
	return true
}

// Align finds each unit's text in docText, in order: texts are compared on
// their lower-cased letters and digits only, each search starting where the
// previous unit ended, and a match must start and end on word boundaries.
// The spans are byte offsets in docText. A unit that cannot be found is an
// error naming it.
func Align(docText string, units []Unit) ([]Span, error) {
	spans, missing := align(docText, units)
	if len(missing) > 0 {
		i := missing[0]
		if normalise(units[i].Text) == "" {
			return nil, fmt.Errorf("unit %d %q: no letters or digits to find", i+1, short(units[i].Text))
		}
		return nil, fmt.Errorf("unit %d %q: not found in the document after the previous unit", i+1, short(units[i].Text))
	}
	return spans, nil
}

// AlignLenient is Align for real pages, whose extracted text may lose a
// passage a labeller read in the source (a block the extraction took for
// page chrome): a unit it cannot find gets an empty span where the
// previous unit found ends (so spans stay in order and it overlaps no
// clause) and is listed in missing (0-based), and the search for the next unit goes on from the
// last unit found. Scoring counts a missing unit's labels as missed.
func AlignLenient(docText string, units []Unit) (spans []Span, missing []int) {
	return align(docText, units)
}

func align(docText string, units []Unit) ([]Span, []int) {
	doc := newNormalised(docText)
	spans := make([]Span, len(units))
	var missing []int
	from := 0 // in doc.text
	here := 0 // in docText: where the last unit found ends
	for i, u := range units {
		want := normalise(u.Text)
		if want == "" {
			spans[i] = Span{here, here}
			missing = append(missing, i)
			continue
		}
		k, found := from, false
		for {
			j := strings.Index(doc.text[k:], want)
			if j < 0 {
				break
			}
			k += j
			if doc.atBoundary(docText, k, len(want)) {
				found = true
				break
			}
			// Skip to the next rune of the normalised text.
			_, size := utf8.DecodeRuneInString(doc.text[k:])
			k += size
		}
		if !found {
			spans[i] = Span{here, here}
			missing = append(missing, i)
			continue
		}
		spans[i] = Span{Start: doc.start[k], End: doc.end[k+len(want)-1]}
		from = k + len(want)
		here = spans[i].End
	}
	return spans, missing
}
