package diff_test

import (
	"testing"

	"github.com/policylens/policylens/internal/lazyre"
)

// TestRegexpsCompile compiles the package's regexps, which compile on
// first use (internal/lazyre) rather than when the program starts.
func TestRegexpsCompile(t *testing.T) {
	if err := lazyre.CheckAll(); err != nil {
		t.Fatal(err)
	}
}
