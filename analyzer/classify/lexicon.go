package classify

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/policylens/policylens/analyzer/classify/internal/model"
	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/report"
)

// The lexicons are data, one file per language, so that changing a cue is a
// data edit. See lexicon/README.txt for the format.
//
//go:embed lexicon/*.txt
var lexiconFS embed.FS

// wildcard in a pattern matches any one word.
const wildcard = "*"

// cue is one weighted stem sequence of a category.
type cue struct {
	id      int      // index in lexicon.cues, to count a cue once per clause
	cat     int      // index in report.Categories
	stems   []string // stemmed words; wildcard matches any word
	weight  float64  // negative weights are counter-cues
	support bool     // support cues add up to at most category.supportCap
	source  string   // the line as written, for error messages
}

// category holds the decision parameters of one category.
type category struct {
	threshold  float64
	supportCap float64
	// yield, when > 0, drops the label when another category scores
	// higher and none of this category's own cues weighs at least yield:
	// collection wording ("data", "use", "purposes") runs through every
	// section, so it only stands beside a stronger category on a strong cue.
	yield float64
	// dense is added to the score of a short clause made mostly of this
	// category's support cues (see Classifier.dense).
	dense float64
}

// lexicon is the parsed lexicon of one language; never mutated after load.
type lexicon struct {
	stem    func(string) string
	cats    []category
	cues    []cue
	byFirst []map[string][]*cue // per category: first stem -> cues, longest first
	// skip holds the stems of words a phrase may pass over.
	skip map[string]bool
	// leadWeight and headWeight scale the scores of the lead-in and heading.
	leadWeight, headWeight float64
}

// stemmerFor returns the stemmer of a language (shared with the model).
func stemmerFor(code lang.Code) (func(string) string, error) { return model.Stemmer(code) }

// words splits lower-cased text into words (see model.Words): the lexicon
// and the model split text alike.
func words(s string) []string { return model.Words(s) }

// loadLexicon parses the lexicon file of a language.
func loadLexicon(code lang.Code) (*lexicon, error) {
	stem, err := stemmerFor(code)
	if err != nil {
		return nil, err
	}
	name := "lexicon/" + string(code) + ".txt"
	data, err := lexiconFS.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("classify: read %s: %w", name, err)
	}
	return parseLexicon(name, data, stem)
}

// parseLexicon parses lexicon text; name is used in error messages.
func parseLexicon(name string, data []byte, stem func(string) string) (*lexicon, error) {
	lx := &lexicon{stem: stem, cats: make([]category, len(report.Categories)), leadWeight: 0.6, headWeight: 0.4, skip: map[string]bool{}}
	for i := range lx.cats {
		lx.cats[i] = category{threshold: 1, supportCap: 0.7}
	}
	cur := -1
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if i := strings.Index(text, "#"); i >= 0 {
			text = strings.TrimSpace(text[:i])
		}
		if text == "" {
			continue
		}
		pos := name + ":" + strconv.Itoa(line)
		if strings.HasPrefix(text, "[") && strings.HasSuffix(text, "]") {
			c := report.Category(strings.TrimSpace(text[1 : len(text)-1]))
			cur = catIndex(c)
			if cur < 0 {
				return nil, fmt.Errorf("classify: %s: unknown category %q", pos, c)
			}
			continue
		}
		fields := strings.Fields(text)
		if fields[0] == "skip" {
			for _, f := range fields[1:] {
				for _, wd := range words(strings.ToLower(f)) {
					lx.skip[stem(wd)] = true
				}
			}
			continue
		}
		switch fields[0] {
		case "threshold", "support_cap", "yield", "dense", "lead_weight", "heading_weight":
			if len(fields) != 2 {
				return nil, fmt.Errorf("classify: %s: %s wants one number", pos, fields[0])
			}
			v, err := strconv.ParseFloat(fields[1], 64)
			if err != nil {
				return nil, fmt.Errorf("classify: %s: %w", pos, err)
			}
			switch {
			case fields[0] == "lead_weight":
				lx.leadWeight = v
			case fields[0] == "heading_weight":
				lx.headWeight = v
			case cur < 0:
				return nil, fmt.Errorf("classify: %s: %s outside a category", pos, fields[0])
			case fields[0] == "threshold":
				lx.cats[cur].threshold = v
			case fields[0] == "yield":
				lx.cats[cur].yield = v
			case fields[0] == "dense":
				lx.cats[cur].dense = v
			default:
				lx.cats[cur].supportCap = v
			}
			continue
		}
		if cur < 0 {
			return nil, fmt.Errorf("classify: %s: cue outside a category", pos)
		}
		if len(fields) < 2 {
			return nil, fmt.Errorf("classify: %s: want \"weight phrase\"", pos)
		}
		ws := fields[0]
		support := strings.HasSuffix(ws, "?")
		ws = strings.TrimSuffix(ws, "?")
		w, err := strconv.ParseFloat(ws, 64)
		if err != nil {
			return nil, fmt.Errorf("classify: %s: weight: %w", pos, err)
		}
		var stems []string
		for _, f := range fields[1:] {
			if f == wildcard {
				stems = append(stems, wildcard)
				continue
			}
			for _, wd := range words(strings.ToLower(strings.ReplaceAll(f, "’", "'"))) {
				stems = append(stems, stem(wd))
			}
		}
		if len(stems) == 0 || stems[0] == wildcard {
			return nil, fmt.Errorf("classify: %s: phrase must start with a word", pos)
		}
		lx.cues = append(lx.cues, cue{cat: cur, stems: stems, weight: w, support: support, source: pos + ": " + text})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("classify: scan %s: %w", name, err)
	}
	lx.byFirst = make([]map[string][]*cue, len(report.Categories))
	for i := range lx.byFirst {
		lx.byFirst[i] = map[string][]*cue{}
	}
	// Inflected forms that stem alike ("cookie", "cookies") may be listed
	// for readability when they agree; a conflict is a data error.
	// (Keys and positions are built without fmt: the lexicon is parsed on
	// the engine's first page, where fmt's reflection ran unoptimised in
	// WebAssembly.)
	seen := map[string]*cue{}
	var dups []string
	kept := lx.cues[:0]
	for _, c := range lx.cues {
		key := strconv.Itoa(c.cat) + "\x00" + strconv.FormatBool(c.support) + "\x00" + strings.Join(c.stems, "\x00")
		if prev, ok := seen[key]; ok {
			if prev.weight != c.weight {
				dups = append(dups, fmt.Sprintf("%s (same stems as %s)", c.source, prev.source))
			}
			continue
		}
		kept = append(kept, c)
		seen[key] = &kept[len(kept)-1]
	}
	lx.cues = kept
	for i := range lx.cues {
		c := &lx.cues[i]
		c.id = i
		m := lx.byFirst[c.cat]
		m[c.stems[0]] = append(m[c.stems[0]], c)
	}
	if len(dups) > 0 {
		return nil, fmt.Errorf("classify: conflicting cues:\n%s", strings.Join(dups, "\n"))
	}
	for _, m := range lx.byFirst {
		for k, cs := range m {
			sortLongestFirst(cs)
			m[k] = cs
		}
	}
	return lx, nil
}

// sortLongestFirst orders cues so that the longest phrase is tried first.
func sortLongestFirst(cs []*cue) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && len(cs[j].stems) > len(cs[j-1].stems); j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// catIndex returns the position of c in report.Categories, or -1.
func catIndex(c report.Category) int {
	for i, k := range report.Categories {
		if k == c {
			return i
		}
	}
	return -1
}
