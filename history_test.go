package main

import (
	"encoding/json"
	"errors"
	"flag"
	"github.com/policylens/policylens/internal/gentest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden outputs under testdata/golden/")

// exampleHistory is a small history we wrote: a policy, the same policy as
// an HTML page with navigation, renumbered and reordered, with a new date
// (noise), a version that sells data and drops its retention period
// (changed), and a second version the same day that only fixes spacing and
// the date line (noise).
const exampleHistory = "testdata/history/example"

// sharedHistory is the development data of issue #10, beside the repository.
const sharedHistory = "../shared/policies-dev/history"

func TestDiffCLI(t *testing.T) {
	v1 := filepath.Join(exampleHistory, "2024-01-10.md")
	v2 := filepath.Join(exampleHistory, "2024-03-02.html")
	v3 := filepath.Join(exampleHistory, "2024-06-01.md")

	out, _, err := runCLI(t, "", "diff", "--format", "json", v2, v3)
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Schema   int
		Grade    struct{ Old, New string }
		Added    []struct{ ID, Text string }
		Removed  []json.RawMessage
		Reworded []struct {
			Old, New   struct{ ID, Text string }
			Similarity float64
		}
		Checklist []struct{ ID, Old, New string }
		RedFlags  struct{ Added, Removed []string } `json:"red_flags"`
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if d.Schema != 1 || d.Grade.Old != "A" || d.Grade.New != "C" {
		t.Errorf("got schema %d, grade %s → %s, want 1, A → C", d.Schema, d.Grade.Old, d.Grade.New)
	}
	if len(d.RedFlags.Added) != 1 || d.RedFlags.Added[0] != "sharing.sells_data" || d.RedFlags.Removed == nil {
		t.Errorf("got red flags %+v, want sharing.sells_data added and an empty removed list", d.RedFlags)
	}
	if len(d.Reworded) == 0 || len(d.Added) == 0 || len(d.Checklist) == 0 {
		t.Errorf("got %d reworded, %d added, %d checklist changes; want some of each", len(d.Reworded), len(d.Added), len(d.Checklist))
	}

	text, _, err := runCLI(t, "", "diff", "--format", "text", v2, v3)
	if err != nil {
		t.Fatal(err)
	}
	first := strings.Index(text, "NEW RED FLAG")
	grade := strings.Index(text, "Grade: A")
	clause := strings.Index(text, "\n+ ")
	if first < 0 || grade < first || clause < grade || !strings.Contains(text, "\n~ ") || !strings.Contains(text, "LOST") {
		t.Errorf("the text form should lead with red flags, then lost commitments and the grade, then +/-/~ clauses:\n%s", text)
	}
	md, _, err := runCLI(t, "", "diff", "--format", "md", v2, v3)
	if err != nil || !strings.Contains(md, "**New red flag:**") || !strings.Contains(md, "| + |") {
		t.Errorf("md: %v\n%s", err, md)
	}

	tests := []struct {
		name     string
		args     []string
		wantExit int // 0: no error
	}{
		{"same policy, Markdown vs HTML, no flag", []string{"diff", v1, v2}, 0},
		{"noise only, --exit-code", []string{"diff", "--exit-code", v1, v2}, 1},
		{"identical, --exit-code", []string{"diff", "--exit-code", v1, v1}, 0},
		{"changed, no flag", []string{"diff", v2, v3}, 0},
		{"changed, --exit-code", []string{"diff", "--exit-code", v2, v3}, 1},
		{"changed, --exit-code after the files", []string{"diff", v2, v3, "--exit-code"}, 1},
		{"one version only", []string{"diff", v1}, 2},
		{"bad format", []string{"diff", "--format", "csv", v1, v2}, 2},
		{"both on stdin", []string{"diff", "-", "-"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runCLI(t, "", tt.args...)
			code := 0
			if err != nil {
				code = 1
				var ee *exitError
				if errors.As(err, &ee) {
					code = ee.code
				}
			}
			if code != tt.wantExit {
				t.Errorf("got exit %d (%v), want %d", code, err, tt.wantExit)
			}
		})
	}
}

// historyRows runs history --format json and decodes its lines.
func historyRows(t *testing.T, args ...string) []historyRow {
	t.Helper()
	out, _, err := runCLI(t, "", append([]string{"history", "--format", "json"}, args...)...)
	if err != nil {
		t.Fatal(err)
	}
	var rows []historyRow
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r historyRow
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		rows = append(rows, r)
	}
	return rows
}

func checkExampleRows(t *testing.T, rows []historyRow, wantVersions []string) {
	t.Helper()
	want := []struct{ date, grade, change string }{
		{"2024-01-10", "A", "first"},
		{"2024-03-02", "A", "noise"},
		{"2024-06-01", "C", "changed"},
		{"2024-06-01", "C", "noise"},
	}
	if len(rows) != len(want) {
		t.Fatalf("got %d rows, want %d: %+v", len(rows), len(want), rows)
	}
	for i, w := range want {
		r := rows[i]
		if r.Date != w.date || r.Grade != w.grade || r.Change != w.change || r.Error != "" {
			t.Errorf("row %d: got %s %s %s %q, want %s %s %s", i, r.Date, r.Grade, r.Change, r.Error, w.date, w.grade, w.change)
		}
		if wantVersions != nil && r.Version != wantVersions[i] {
			t.Errorf("row %d: got version %s, want %s", i, r.Version, wantVersions[i])
		}
	}
	if got := rows[2].RedFlags; len(got) != 1 || got[0] != "sharing.sells_data" {
		t.Errorf("row 2: got red flags %v, want [sharing.sells_data]", got)
	}
	if len(rows[2].Checklist) == 0 || rows[2].Added+rows[2].Reworded == 0 {
		t.Errorf("row 2: got %+v, want checklist and clause changes", rows[2])
	}
}

func TestHistoryDir(t *testing.T) {
	rows := historyRows(t, exampleHistory)
	checkExampleRows(t, rows, []string{"2024-01-10.md", "2024-03-02.html", "2024-06-01.md", "2024-06-01.2.md"})

	csv, _, err := runCLI(t, "", "history", exampleHistory, "--format", "csv") // flags after the folder, as in the issue
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(csv), "\n")
	if len(lines) != 5 || !strings.HasPrefix(lines[0], "date,version,grade,score,found,vague,missing,red_flags,change,") {
		t.Errorf("got CSV:\n%s\nwant a header and 4 rows", csv)
	}
}

// TestHistoryGit builds a git repository from the example history at test
// time (one commit per version, dated with the file's date) and reads it
// as a working tree and a path, as WORKTREE:PATH, and as a bare REPO.git:PATH.
func TestHistoryGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed: the git form of history cannot be tested")
	}
	repo := filepath.Join(t.TempDir(), "policies")
	git := func(env []string, args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", repo}, args...)...)
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_SYSTEM=/dev/null",
			"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		cmd.Env = append(cmd.Env, env...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	if err := os.MkdirAll(filepath.Join(repo, "Example"), 0o755); err != nil {
		t.Fatal(err)
	}
	git(nil, "init", "-q")
	files := []string{"2024-01-10.md", "2024-03-02.html", "2024-06-01.md", "2024-06-01.2.md"}
	for i, f := range files {
		raw, err := os.ReadFile(filepath.Join(exampleHistory, f))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(repo, "Example"), "Privacy Policy.md", raw)
		writeFile(t, repo, "unrelated.txt", []byte(f)) // a commit that also touches another file
		date := f[:10] + "T1" + string(rune('0'+i)) + ":00:00Z"
		git([]string{"GIT_AUTHOR_DATE=" + date, "GIT_COMMITTER_DATE=" + date}, "add", "-A")
		git([]string{"GIT_AUTHOR_DATE=" + date, "GIT_COMMITTER_DATE=" + date}, "commit", "-q", "-m", "version "+f)
	}
	writeFile(t, repo, "unrelated.txt", []byte("only this file changes"))
	git(nil, "commit", "-q", "-am", "not a policy change")

	bare := repo + ".git"
	if out, err := exec.Command("git", "clone", "-q", "--bare", repo, bare).CombinedOutput(); err != nil {
		t.Fatalf("git clone --bare: %v\n%s", err, out)
	}
	for _, args := range [][]string{
		{repo, "Example/Privacy Policy.md"},
		{repo + ":Example/Privacy Policy.md"},
		{bare + ":Example/Privacy Policy.md"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			rows := historyRows(t, args...)
			checkExampleRows(t, rows, nil)
			for _, r := range rows {
				if len(r.Version) != 12 {
					t.Errorf("got version %q, want a 12-character commit hash", r.Version)
				}
			}
		})
	}
	if _, _, err := runCLI(t, "", "history", repo+":nope.md"); err == nil || !strings.Contains(err.Error(), "no commit") {
		t.Errorf("got %v for a path with no commit, want an error saying so", err)
	}
}

// TestHistoryGolden compares the history of a real policy (Dropbox, nine
// versions 2012–2017, from the shared development data) with its golden
// CSV and text. Run `go test . -run HistoryGolden -update` to rewrite them
// after a deliberate change, and review the diff.
func TestHistoryGolden(t *testing.T) {
	dir := filepath.Join(sharedHistory, "Dropbox")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("the shared development history is not at %s (issue #10's data); skipping the golden history", dir)
	}
	for _, format := range []string{"csv", "text"} {
		t.Run(format, func(t *testing.T) {
			out, _, err := runCLI(t, "", "history", "--format", format, dir)
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", "history-Dropbox."+map[string]string{"csv": "csv", "text": "txt"}[format])
			if !gentest.Check(t, golden, []byte(out), *update, "go test . -run HistoryGolden -update") {
				t.Logf("got:\n%s", out)
			}
		})
	}
}
