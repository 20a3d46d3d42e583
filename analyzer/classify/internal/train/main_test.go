package main

import (
	"bytes"
	"testing"
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
