package diff_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/policylens/policylens/analyzer/diff"
)

// historyDir is the shared development history (issue #10), beside the
// repository.
var historyDir = filepath.Join("..", "..", "..", "shared", "policies-dev", "history")

// BenchmarkCompare measures the diff alone (the reports are built before
// the timer starts) of two ~60 KB versions: Dropbox's terms and privacy
// policy of 4 and 10 October 2012 (62 and 63 KB, 56 clauses added, 9
// removed, 36 reworded). Target: ≤ 50 ms.
func BenchmarkCompare(b *testing.B) {
	benchCompare(b, filepath.Join("Dropbox", "2012-10-04.md"), filepath.Join("Dropbox", "2012-10-10.md"))
}

// BenchmarkCompareUnrelated is the worst case: two different policies of
// about 60 KB, so every clause is compared with every other.
func BenchmarkCompareUnrelated(b *testing.B) {
	benchCompare(b, filepath.Join("Dropbox", "2012-10-04.md"), filepath.Join("Gravatar", "2019-01-18.md"))
}

// benchCompare times diff.Compare on the reports of two files of the shared
// history.
func benchCompare(b *testing.B, oldName, newName string) {
	oldRaw, err1 := os.ReadFile(filepath.Join(historyDir, oldName))
	newRaw, err2 := os.ReadFile(filepath.Join(historyDir, newName))
	if err1 != nil || err2 != nil {
		b.Skipf("the shared history is not at %s: %v %v", historyDir, err1, err2)
	}
	old, new := analyze(b, string(oldRaw)), analyze(b, string(newRaw))
	b.ResetTimer()
	for b.Loop() {
		diff.Compare(old, new)
	}
	b.ReportMetric(float64(len(oldRaw)+len(newRaw))/2/1024, "KB/version")
}
