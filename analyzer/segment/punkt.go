package segment

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"gopkg.in/neurosnap/sentences.v1"
)

// punktEnglish is the English punkt training data prose uses
// (neurosnap/sentences' data/english.json, 403 KB of JSON that
// sentences.LoadTraining decodes by reflection: most of the English
// pipeline's start-up, 4x slower still in WebAssembly), as plain lines read
// without reflection. Each set starts with a "# Name count" line, then
// "key<TAB>value" lines. TestPunktData checks it is exactly what the JSON
// holds; `go test ./analyzer/segment -run TestPunktData -update` rewrites it.
//
//go:embed punkt_en.tsv
var punktEnglish string

// punktSets are the sets of sentences.Storage, in file order.
func punktSets(s *sentences.Storage) []struct {
	name string
	set  *sentences.SetString
} {
	return []struct {
		name string
		set  *sentences.SetString
	}{
		{"AbbrevTypes", &s.AbbrevTypes},
		{"Collocations", &s.Collocations},
		{"SentStarters", &s.SentStarters},
		{"OrthoContext", &s.OrthoContext},
	}
}

// parsePunkt reads the format of punkt_en.tsv.
func parsePunkt(data string) (*sentences.Storage, error) {
	s := sentences.NewStorage()
	sets := map[string]*sentences.SetString{}
	for _, ns := range punktSets(s) {
		sets[ns.name] = ns.set
	}
	var cur sentences.SetString
	for n, line := range strings.Split(strings.TrimSuffix(data, "\n"), "\n") {
		if name, ok := strings.CutPrefix(line, "# "); ok {
			name, count, _ := strings.Cut(name, " ")
			set, ok := sets[name]
			if !ok {
				return nil, fmt.Errorf("punkt data line %d: unknown set %q", n+1, name)
			}
			size, _ := strconv.Atoi(count)
			*set = make(sentences.SetString, size)
			cur = *set
			continue
		}
		key, val, ok := strings.Cut(line, "\t")
		v, err := strconv.Atoi(val)
		if !ok || err != nil || cur == nil {
			return nil, fmt.Errorf("punkt data line %d: %q", n+1, line)
		}
		cur[key] = v
	}
	return s, nil
}
