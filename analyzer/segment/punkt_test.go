package segment

import (
	"flag"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

var updatePunkt = flag.Bool("update", false, "rewrite punkt_en.tsv from neurosnap/sentences' data/english.json")

// TestPunktData checks that punkt_en.tsv holds exactly the English training
// data of neurosnap/sentences, so the sentence splitter is the one prose
// builds from its JSON.
func TestPunktData(t *testing.T) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := sentences.LoadTraining(b)
	if err != nil {
		t.Fatal(err)
	}
	if *updatePunkt {
		text, err := formatPunkt(want)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("punkt_en.tsv", []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := parsePunkt(punktEnglish)
	if err != nil {
		t.Fatal(err)
	}
	for _, pair := range []struct {
		name      string
		got, want sentences.SetString
	}{
		{"AbbrevTypes", got.AbbrevTypes, want.AbbrevTypes},
		{"Collocations", got.Collocations, want.Collocations},
		{"SentStarters", got.SentStarters, want.SentStarters},
		{"OrthoContext", got.OrthoContext, want.OrthoContext},
	} {
		if !reflect.DeepEqual(pair.got, pair.want) {
			t.Errorf("%s: punkt_en.tsv has %d entries, data/english.json %d or other values: go test ./analyzer/segment -run TestPunktData -update", pair.name, len(pair.got), len(pair.want))
		}
	}
}

func TestParsePunktRejects(t *testing.T) {
	for _, data := range []string{"word\t1\n", "# Nope 1\nword\t1\n", "# OrthoContext 1\nword 1\n", "# OrthoContext 1\nword\tx\n"} {
		if _, err := parsePunkt(data); err == nil {
			t.Errorf("parsePunkt(%q) = nil error", data)
		}
	}
}

// formatPunkt writes s in the format parsePunkt reads, keys sorted.
func formatPunkt(s *sentences.Storage) (string, error) {
	var b strings.Builder
	for _, ns := range punktSets(s) {
		keys := make([]string, 0, len(*ns.set))
		for k := range *ns.set {
			if strings.ContainsAny(k, "\t\n") || strings.HasPrefix(k, "# ") {
				return "", fmt.Errorf("punkt key %q cannot be written", k)
			}
			keys = append(keys, k)
		}
		slices.Sort(keys)
		fmt.Fprintf(&b, "# %s %d\n", ns.name, len(keys))
		for _, k := range keys {
			fmt.Fprintf(&b, "%s\t%d\n", k, (*ns.set)[k])
		}
	}
	return b.String(), nil
}
