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

func TestHeldOut(t *testing.T) {
	test := map[string]bool{"history/Dropbox/2017-05-17.md": true, "ota-dating/eharmony.privacy.md": true, "en-tosback/Ebsco.md": true}
	tests := []struct {
		rel  string
		want bool
	}{
		{"history/Dropbox/2017-05-17.md", true},
		{"history/Dropbox/2012-10-04.md", true},    // an earlier version of a test policy
		{"ota-dating/eharmony.privacy.html", true}, // the test page in another format
		{"en-tosback/Ebsco.md", true},
		{"history/Gravatar/2014-12-20.md", false},
		{"ota-dating/eharmony.trackers.md", false}, // another page of the company
		{"en-tosback/Economist.md", false},
		{"en-tosback/Ebsco2.md", false},
	}
	for _, tt := range tests {
		if got := heldOut(tt.rel, test); got != tt.want {
			t.Errorf("heldOut(%q) = %v, want %v", tt.rel, got, tt.want)
		}
	}
}
