//go:build !js

package checklist_test

import (
	"testing"

	"github.com/policylens/policylens/analyzer/checklist"
)

// TestDocs checks that every check and red flag has its documentation in
// Docs, and that Docs documents nothing else.
func TestDocs(t *testing.T) {
	ids := map[string]bool{}
	for _, ck := range checklist.Checks {
		ids[ck.ID] = true
	}
	for _, f := range checklist.Flags {
		ids[f.ID] = true
	}
	for id := range ids {
		if checklist.Docs[id] == "" {
			t.Errorf("%s: no entry in Docs", id)
		}
	}
	for id := range checklist.Docs {
		if !ids[id] {
			t.Errorf("Docs documents %s, which is no check or flag", id)
		}
	}
}
