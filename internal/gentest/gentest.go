// Package gentest checks generated files in tests: with the test's -update
// flag it rewrites the file, otherwise it fails when the file is not what
// the generator gives today. It is for tests only.
package gentest

import (
	"bytes"
	"os"
	"testing"
)

// Check compares the file at path with want. When update is true it writes
// want to path instead (and the caller's test should stop there). On a
// mismatch the test fails with a message that names the command that
// refreshes the file.
func Check(t testing.TB, path string, want []byte, update bool, refresh string) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatalf("write %s: %v", path, err)
		}
		return
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is out of date: %s", path, refresh)
	}
}
