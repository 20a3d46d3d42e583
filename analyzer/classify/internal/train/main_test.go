package main

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/policylens/policylens/analyzer/eval"
)

// TestModelsUpToDate retrains both models from the bank, the corpus labels
// and the lexicons and checks that they equal the committed weights: a change
// to any of those without `make model` fails here.
func TestModelsUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("trains both models")
	}
	var out bytes.Buffer
	if err := run([]string{"-root", "../../../..", "-check"}, &out); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
}

// TestFoldSpecs checks -leaveout and -trainfrac: their specs, and that the
// train fraction keeps every dev and test document and about K/N of the
// train ones, the same ones on every run.
func TestFoldSpecs(t *testing.T) {
	for _, tc := range []struct {
		flag, spec string
		ok         bool
	}{
		{"leaveout", "0/5", true}, {"leaveout", "5/5", false}, {"leaveout", "1/1", false}, {"leaveout", "x", false},
		{"trainfrac", "4/8", true}, {"trainfrac", "8/8", true}, {"trainfrac", "0/8", false}, {"trainfrac", "9/8", false}, {"trainfrac", "1", false},
	} {
		var err error
		if tc.flag == "leaveout" {
			_, err = leaveOutFold(tc.spec)
		} else {
			_, err = trainFraction(tc.spec)
		}
		if (err == nil) != tc.ok {
			t.Errorf("-%s %q: error %v, want ok=%v", tc.flag, tc.spec, err, tc.ok)
		}
	}
	keep, err := trainFraction("4/8")
	if err != nil {
		t.Fatal(err)
	}
	kept := 0
	for i := range 1000 {
		g := eval.Gold{Document: fmt.Sprintf("en/doc-%d.md", i), Split: "train"}
		if keep(g) {
			kept++
		}
		if keep(g) != keep(g) {
			t.Fatalf("%s: kept on one call, not on the next", g.Document)
		}
		for _, split := range []string{"dev", "test"} {
			if g.Split = split; !keep(g) {
				t.Errorf("%s (%s): left out, want kept", g.Document, split)
			}
		}
	}
	if kept < 400 || kept > 600 {
		t.Errorf("-trainfrac 4/8 kept %d of 1000 train documents, want about 500", kept)
	}
}
