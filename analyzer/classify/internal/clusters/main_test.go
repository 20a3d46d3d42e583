package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestClustersUpToDate learns the word clusters again from
// ../shared/policies-dev and checks that they equal the committed ones: the
// clusters are read from the extraction's text, so a change to extract (or
// to the test split) without `make model` fails here.
func TestClustersUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("learns word vectors over every development policy")
	}
	root := filepath.Join("..", "..", "..", "..")
	shared := filepath.Join(root, "..", "shared", "policies-dev")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("no unlabelled policies to learn from: %v", err)
	}
	if err := run(root, shared, true); err != nil {
		t.Fatal(err)
	}
}
