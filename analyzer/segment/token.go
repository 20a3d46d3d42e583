package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"

	"github.com/policylens/policylens/analyzer/lang"
)

// Tokens splits text into words and punctuation marks with their lower-case
// forms and stems. Offsets are shifted by base, so pass the offset of text in
// the document text to get document offsets.
func (s *Segmenter) Tokens(text string, base int) []Token {
	return s.tokens(text, base, nil)
}

// stems memoises stems during one Segment call (a policy repeats its words;
// stemming is a quarter of segmenting time). nil disables it.
type stems map[string]string

// tokens is Tokens with a stem memo.
func (s *Segmenter) tokens(text string, base int, memo stems) []Token {
	spans, ok := proseTokens(text)
	if !ok {
		spans = ruleTokens(text)
	}
	toks := make([]Token, 0, len(spans))
	for _, sp := range spans {
		for _, p := range s.refine(text, sp) {
			toks = append(toks, s.token(text[p.start:p.end], base+p.start, base+p.end, memo))
		}
	}
	return toks
}

// token builds a Token from its text and document offsets.
func (s *Segmenter) token(text string, start, end int, memo stems) Token {
	lower := normLower(text)
	stem := lower
	if isWord(lower) {
		var ok bool
		if stem, ok = memo[lower]; !ok {
			stem = s.stem(lower)
			if memo != nil {
				memo[lower] = stem
			}
		}
	}
	return Token{Text: text, Lower: lower, Stem: stem, Start: start, End: end}
}

// stem returns the snowball stem of a lower-case word in s's language.
func (s *Segmenter) stem(lower string) string {
	if s.code == lang.French {
		return french.Stem(lower, false)
	}
	return english.Stem(lower, false)
}

// normLower lower-cases text, with typographic apostrophes as ASCII and
// no-break spaces as plain spaces. Most tokens are ASCII: they skip the
// replacer, whose characters are all non-ASCII.
func normLower(text string) string {
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			return lowerReplacer.Replace(strings.ToLower(text))
		}
	}
	return strings.ToLower(text)
}

var lowerReplacer = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u00a0", " ", "\u202f", " ")

// isWord reports whether a token contains a letter (words are stemmed;
// numbers and punctuation are not).
func isWord(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// span is a byte range [start, end).
type span struct{ start, end int }

// proseTokens runs prose's word tokenizer over text and finds its tokens back
// in text. prose rewrites curly quotes to ASCII before tokenizing, so the
// tokens are located in the same rewrite, with a map back to text's offsets.
// prose silently drops text in some cases (the rest of "A'S000" after "A"):
// any non-space text between the tokens it returns is tokenized by rule. It
// reports false if prose panics or a token cannot be located.
func proseTokens(text string) (spans []span, ok bool) {
	defer func() {
		if recover() != nil {
			spans, ok = nil, false
		}
	}()
	if longestRun(text) > maxProseRun {
		return nil, false
	}
	clean, back := sanitize(text)
	doc, err := prose.NewDocument(text,
		prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil, false
	}
	gap := func(from, to int) {
		a, b := back[from], back[to]
		for _, g := range ruleTokens(text[a:b]) {
			spans = append(spans, span{a + g.start, a + g.end})
		}
	}
	cur := 0
	for _, t := range doc.Tokens() {
		i := strings.Index(clean[cur:], t.Text)
		if i < 0 || t.Text == "" {
			return nil, false
		}
		start := cur + i
		end := start + len(t.Text)
		if i > 0 {
			gap(cur, start)
		}
		spans = append(spans, span{back[start], back[end]})
		cur = end
	}
	gap(cur, len(clean))
	return spans, true
}

// maxProseRun is the longest run of non-space bytes handed to prose: its
// tokenizer strips a prefix or suffix one character per pass and re-counts
// the rest each time, quadratic in the run's length ("((((...").
const maxProseRun = 256

// longestRun returns the length in bytes of the longest run of non-space
// bytes in text.
func longestRun(text string) int {
	longest, run := 0, 0
	for _, r := range text {
		if unicode.IsSpace(r) {
			run = 0
			continue
		}
		run += utf8.RuneLen(r)
		if run > longest {
			longest = run
		}
	}
	return longest
}

// sanitize applies prose's quote rewriting to text and returns the rewritten
// text with, for each of its byte offsets (and its length), the offset in
// text.
func sanitize(text string) (string, []int) {
	var b strings.Builder
	b.Grow(len(text))
	back := make([]int, 0, len(text)+1)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\u201c' || r == '\u201d':
			b.WriteByte('"')
			back = append(back, i)
		case r == '\u2018' || r == '\u2019':
			b.WriteByte('\'')
			back = append(back, i)
		case strings.HasPrefix(text[i:], "&rsquo;"):
			size = len("&rsquo;")
			b.WriteByte('\'')
			back = append(back, i)
		default:
			b.WriteString(text[i : i+size])
			for k := 0; k < size; k++ {
				back = append(back, i+k)
			}
		}
		i += size
	}
	back = append(back, len(text))
	return b.String(), back
}

// ruleTokens is the tokenizer used when prose fails: runs of letters and
// digits (with inner apostrophes, hyphens, dots and commas between
// alphanumerics, as in "e-mail", "1.5", "l'accès"), and every other
// non-space rune alone.
func ruleTokens(text string) []span {
	var out []span
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isAlnum(r):
			j := i + size
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isAlnum(r2) {
					j += s2
					continue
				}
				if strings.ContainsRune("'\u2019-.,", r2) && j+s2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+s2:])
					if isAlnum(r3) {
						j += s2
						continue
					}
				}
				break
			}
			out = append(out, span{i, j})
			i = j
		default:
			out = append(out, span{i, i + size})
			i += size
		}
	}
	return out
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// refine splits what prose leaves joined: punctuation it does not know at
// either end of a word (« », …, ¿, typographic dashes), and French elisions
// ("l'utilisateur" -> "l'" + "utilisateur").
func (s *Segmenter) refine(text string, sp span) []span {
	t := text[sp.start:sp.end]
	if !strings.ContainsFunc(t, isAlnum) {
		return []span{sp}
	}
	var out []span
	// Leading punctuation, one rune a token, except the apostrophe of an
	// English clitic prose split off ("'s", "'ll", "'re").
	for !isClitic(text[sp.start:sp.end]) {
		r, size := utf8.DecodeRuneInString(text[sp.start:sp.end])
		if isAlnum(r) || sp.start+size >= sp.end {
			break
		}
		out = append(out, span{sp.start, sp.start + size})
		sp.start += size
	}
	// Trailing punctuation, kept for abbreviations like "U.S." and "e.g."
	// that prose deliberately leaves whole.
	var tail []span
	for {
		r, size := utf8.DecodeLastRuneInString(text[sp.start:sp.end])
		if isAlnum(r) || sp.end-size <= sp.start {
			break
		}
		if r == '.' && strings.Contains(text[sp.start:sp.end-size], ".") {
			break
		}
		tail = append([]span{{sp.end - size, sp.end}}, tail...)
		sp.end -= size
	}
	if s.code == lang.French {
		if n := elision(text[sp.start:sp.end]); n > 0 && n < sp.end-sp.start {
			out = append(out, span{sp.start, sp.start + n})
			sp.start += n
		}
	}
	out = append(out, sp)
	return append(out, tail...)
}

// isClitic reports whether t is an apostrophe and one to three letters.
func isClitic(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	if r != '\'' && r != '’' {
		return false
	}
	rest := t[size:]
	n := utf8.RuneCountInString(rest)
	return n >= 1 && n <= 3 && !strings.ContainsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
}

// elisions are the French words that drop their vowel before another word.
var elisions = []string{"jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "qu", "l", "d", "j", "n", "s", "c", "m", "t"}

// elision returns the byte length of a leading French elided word with its
// apostrophe ("l'", "qu’"), or 0.
func elision(w string) int {
	for _, e := range elisions {
		if len(w) <= len(e) || !strings.EqualFold(w[:len(e)], e) {
			continue
		}
		rest := w[len(e):]
		for _, apo := range []string{"'", "\u2019"} {
			if strings.HasPrefix(rest, apo) {
				after := rest[len(apo):]
				if r, _ := utf8.DecodeRuneInString(after); unicode.IsLetter(r) {
					return len(e) + len(apo)
				}
			}
		}
	}
	return 0
}
