package gentest

import (
	"os"
	"path/filepath"
	"testing"
)

// fakeT records a failure instead of stopping the test.
type fakeT struct {
	testing.TB
	failed string
}

func (f *fakeT) Helper()                           {}
func (f *fakeT) Fatalf(format string, args ...any) { f.failed = format }
func (f *fakeT) Errorf(format string, args ...any) { f.failed = format }

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "x_gen.go")
	tests := []struct {
		name     string
		update   bool
		want     string
		wantFail bool
	}{
		{name: "update writes the file, folder included", update: true, want: "a"},
		{name: "same content passes", want: "a"},
		{name: "other content fails", want: "b", wantFail: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ft := &fakeT{TB: t}
			ok := Check(ft, path, []byte(tt.want), tt.update, "go test -update")
			if (ft.failed != "") != tt.wantFail || ok == tt.wantFail {
				t.Errorf("failed %q, returned %v, want failure %v", ft.failed, ok, tt.wantFail)
			}
		})
	}
	if b, _ := os.ReadFile(path); string(b) != "a" {
		t.Errorf("file holds %q, want %q", b, "a")
	}
}
