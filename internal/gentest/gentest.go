// Package gentest checks generated and golden files in tests: with the
// test's -update flag it rewrites the file, otherwise it reports an error
// when the file is not what the code gives today. It is for tests only.
package gentest

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// Check compares the file at path with want. When update is true it writes
// want to path instead, creating its folder if needed. A file that cannot
// be read or written stops the test; a mismatch is reported as an error
// that names the command that refreshes the file (refresh). Check returns
// whether the file now holds want.
func Check(t testing.TB, path string, want []byte, update bool, refresh string) bool {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatalf("create the folder of %s: %v", path, err)
		}
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatalf("write %s: %v", path, err)
		}
		return true
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run %s to create it)", err, refresh)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from what the code gives now; run %s and review the diff", path, refresh)
		return false
	}
	return true
}
