package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/lang"
)

// TestCompactModelsUpToDate converts lingua's own models again (Convert
// checks that every probability decodes bit for bit) and compares the
// result with the committed third_party/lingua-go/models, so the detector
// cannot read models other than lingua's. It needs lingua v1.4.0 in the
// module cache and skips, saying so, when it is not there (no download in
// tests).
func TestCompactModelsUpToDate(t *testing.T) {
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Skipf("go env GOMODCACHE: %v", err)
	}
	src := filepath.Join(strings.TrimSpace(string(out)), "github.com", "pemistahl", "lingua-go@v1.4.0", "language-models")
	if _, err := os.Stat(src); err != nil {
		t.Skipf("lingua v1.4.0's models are not in the module cache (go mod download %s): %v", upstream, err)
	}
	files, err := Convert(src, lang.Languages(), lang.NgramOrders())
	if err != nil {
		t.Fatal(err)
	}
	files["README.md"] = []byte(readme)
	if err := Check(filepath.Join("..", "..", "..", "..", "third_party", "lingua-go", "models"), files); err != nil {
		t.Fatal(err)
	}
}

func TestFieldsRejectsTruncated(t *testing.T) {
	for _, b := range [][]byte{{0x08}, {0x09, 1, 2}, {0x12, 5, 'a'}, {0xff}} {
		if err := fields(b, func(int, int, uint64, []byte) error { return nil }); err == nil {
			t.Errorf("fields(%x) = nil, want an error", b)
		}
	}
}
