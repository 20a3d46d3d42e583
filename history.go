package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/analyzer/diff"
	"github.com/policylens/policylens/analyzer/render"
	"github.com/policylens/policylens/analyzer/report"
)

func runDiff(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	fl := newFlags("diff")
	format := fl.String("format", "", "json, text or md")
	exitCode := fl.Bool("exit-code", false, "exit 1 when the versions differ")
	pos, err := parseInterspersed(fl, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usageError("diff: give two versions, OLD and NEW (a FILE, or - for standard input)")
	}
	if pos[0] == "-" && pos[1] == "-" {
		return usageError("diff: only one of OLD and NEW can be standard input")
	}
	if *format == "" {
		*format = "json"
		if isTerminal(stdout) {
			*format = "text"
		}
	}
	if *format != "json" && *format != "text" && *format != "md" {
		return usageError("diff: --format must be json, text or md, not %q", *format)
	}
	eng, err := analyzer.New()
	if err != nil {
		return err
	}
	var reps [2]*report.Report
	for k := range reps {
		name := pos[k]
		raw, err := readInput(name, stdin)
		if err != nil {
			return err
		}
		if reps[k], err = eng.Analyze(ctx, raw, analyzer.Options{}); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	d := diff.Compare(reps[0], reps[1])
	switch *format {
	case "text":
		err = render.DiffText(stdout, d, pos[0], pos[1])
	case "md":
		err = render.DiffMarkdown(stdout, d, pos[0], pos[1])
	default:
		err = writeJSON(stdout, d, true)
	}
	if err != nil {
		return err
	}
	if *exitCode && d.Changed() {
		return &exitError{code: 1, err: errSilent}
	}
	return nil
}

// policyVersion is one version of a policy in a history.
type policyVersion struct {
	Date    string // YYYY-MM-DD
	Version string // file name, or short commit hash
	read    func() ([]byte, error)
}

// datedFile matches the files of a history folder: a date, an optional
// ordinal for a second version the same day ("2024-06-01.2.md"), anything
// else, and a policy extension.
var datedFile = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})(?:[._-](\d{1,3}))?(?:[._ -].*)?\.(?:md|markdown|html?|txt)$`)

// listDatedFiles lists the versions in a history folder, oldest first.
func listDatedFiles(dir string) ([]policyVersion, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("history: %w", unwrapPathError(err))
	}
	type keyed struct {
		v   policyVersion
		ord int
	}
	var vs []keyed
	for _, e := range entries {
		m := datedFile.FindStringSubmatch(e.Name())
		if e.IsDir() || m == nil {
			continue
		}
		ord := 1
		if m[2] != "" {
			ord, _ = strconv.Atoi(m[2])
		}
		p := filepath.Join(dir, e.Name())
		vs = append(vs, keyed{policyVersion{Date: m[1], Version: e.Name(), read: func() ([]byte, error) { return readInput(p, nil) }}, ord})
	}
	slices.SortStableFunc(vs, func(a, b keyed) int {
		if c := strings.Compare(a.v.Date, b.v.Date); c != 0 {
			return c
		}
		if a.ord != b.ord {
			return a.ord - b.ord
		}
		return strings.Compare(a.v.Version, b.v.Version)
	})
	out := make([]policyVersion, len(vs))
	for i, k := range vs {
		out[i] = k.v
	}
	return out, nil
}

// listGitVersions lists the commits that changed path in the repository
// (bare or working tree) repo, oldest first, dated by author date: Open
// Terms Archive records when a version was seen as the author date.
func listGitVersions(ctx context.Context, repo, path string) ([]policyVersion, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, fmt.Errorf("history: reading a git repository needs the git command: %w", err)
	}
	path = filepath.ToSlash(path)
	out, err := exec.CommandContext(ctx, "git", "-C", repo, "log", "--reverse", "--format=%H %as", "--", path).Output()
	if err != nil {
		return nil, fmt.Errorf("history: git log in %s: %s", repo, gitError(err))
	}
	var vs []policyVersion
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		hash, date, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		vs = append(vs, policyVersion{Date: date, Version: hash[:12], read: func() ([]byte, error) {
			raw, err := exec.CommandContext(ctx, "git", "-C", repo, "show", hash+":"+path).Output()
			if err != nil {
				return nil, fmt.Errorf("git show %s:%s: %s", hash[:12], path, gitError(err))
			}
			return raw, nil
		}})
	}
	if len(vs) == 0 {
		return nil, fmt.Errorf("history: no commit of %s in %s", path, repo)
	}
	return vs, nil
}

func gitError(err error) string {
	if ee, ok := err.(*exec.ExitError); ok && len(ee.Stderr) > 0 {
		return oneLine(strings.TrimSpace(string(ee.Stderr)))
	}
	return err.Error()
}

// isGitRepo says whether dir is a git repository: a bare one or a working
// tree's top.
func isGitRepo(dir string) bool {
	for _, p := range []string{".git", "HEAD"} {
		if _, err := os.Stat(filepath.Join(dir, p)); err == nil {
			if p == "HEAD" {
				_, err := os.Stat(filepath.Join(dir, "objects"))
				return err == nil
			}
			return true
		}
	}
	return false
}

// historyRow is one version in the history's output.
type historyRow struct {
	Date     string   `json:"date"`
	Version  string   `json:"version"`
	Grade    string   `json:"grade"`
	Score    float64  `json:"score"`
	Found    int      `json:"found"`
	Vague    int      `json:"vague"`
	Missing  int      `json:"missing"`
	RedFlags []string `json:"red_flags"`
	// Change is "first", "same" (the same bytes), "noise" (other bytes,
	// but no statement about a data practice changed: see diff.Result.Noise)
	// or "changed", against the previous version that could be analysed.
	Change    string             `json:"change"`
	Added     int                `json:"added"`
	Removed   int                `json:"removed"`
	Reworded  int                `json:"reworded"`
	Checklist []diff.CheckChange `json:"checklist"`
	Error     string             `json:"error,omitempty"`
}

func runHistory(ctx context.Context, args []string, stdout io.Writer) error {
	fl := newFlags("history")
	format := fl.String("format", "", "text, json (JSON lines) or csv")
	workers := fl.Int("workers", runtime.NumCPU(), "parallel workers")
	pos, err := parseInterspersed(fl, args)
	if err != nil {
		return err
	}
	if *format == "" {
		*format = "json"
		if isTerminal(stdout) {
			*format = "text"
		}
	}
	if *format != "json" && *format != "text" && *format != "csv" {
		return usageError("history: --format must be text, json or csv, not %q", *format)
	}
	var versions []policyVersion
	switch len(pos) {
	case 1:
		arg := pos[0]
		if st, serr := os.Stat(arg); serr == nil && st.IsDir() {
			versions, err = listDatedFiles(arg)
			break
		}
		repo, path, ok := strings.Cut(arg, ":")
		if !ok || !isGitRepo(repo) {
			return usageError("history: %s is neither a folder of dated versions nor REPO:PATH in a git repository", arg)
		}
		versions, err = listGitVersions(ctx, repo, path)
	case 2:
		if !isGitRepo(pos[0]) {
			return usageError("history: %s is not a git repository", pos[0])
		}
		versions, err = listGitVersions(ctx, pos[0], pos[1])
	default:
		return usageError("history: give a DIR of dated versions, REPO.git:PATH, or a git working tree and a PATH")
	}
	if err != nil {
		return err
	}
	if len(versions) == 0 {
		return fmt.Errorf("history: no dated versions in %s (looked for YYYY-MM-DD*.md|html|txt)", pos[0])
	}
	eng, err := analyzer.New()
	if err != nil {
		return err
	}

	in := make(chan policyVersion)
	go func() {
		defer close(in)
		for _, v := range versions {
			select {
			case in <- v:
			case <-ctx.Done():
				return
			}
		}
	}()
	type analysed struct {
		v   policyVersion
		sum [sha256.Size]byte
		rep *report.Report
		err error
	}
	var rows []historyRow
	var prev analysed
	err = ordered(ctx, *workers, in, func(v policyVersion) any {
		raw, err := v.read()
		if err != nil {
			return analysed{v: v, err: err}
		}
		rep, err := eng.Analyze(ctx, raw, analyzer.Options{})
		return analysed{v: v, sum: sha256.Sum256(raw), rep: rep, err: err}
	}, func(x any) error {
		a := x.(analysed)
		rows = append(rows, historyRowOf(a.v, prev.rep, a.rep, a.err, a.sum == prev.sum))
		if a.rep != nil {
			prev = a
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	switch *format {
	case "csv":
		return writeHistoryCSV(stdout, rows)
	case "text":
		return writeHistoryText(stdout, rows)
	}
	w := bufio.NewWriter(stdout)
	for _, r := range rows {
		if err := writeJSON(w, r, false); err != nil {
			return err
		}
	}
	return w.Flush()
}

// historyRowOf is the row of one version; prev is the report of the last
// version that could be analysed (nil for the first), identical whether
// the two files have the same bytes.
func historyRowOf(v policyVersion, prev, rep *report.Report, err error, identical bool) historyRow {
	row := historyRow{Date: v.Date, Version: v.Version, RedFlags: []string{}, Checklist: []diff.CheckChange{}}
	if err != nil {
		row.Error = oneLine(err.Error())
		return row
	}
	row.Grade, row.Score = rep.Grade.Letter, rep.Grade.Score
	for _, it := range rep.Checklist {
		switch it.Status {
		case report.StatusFound:
			row.Found++
		case report.StatusVague:
			row.Vague++
		default:
			row.Missing++
		}
	}
	for _, f := range rep.RedFlags {
		row.RedFlags = append(row.RedFlags, f.ID)
	}
	if prev == nil {
		row.Change = "first"
		return row
	}
	d := diff.Compare(prev, rep)
	switch {
	case identical:
		row.Change = "same"
	case d.Status() == "changed":
		row.Change = "changed"
	default:
		// Other bytes but the same statements: whitespace, markup, order,
		// navigation, dates (diff.Result.Noise).
		row.Change = "noise"
	}
	row.Added, row.Removed, row.Reworded = len(d.Added), len(d.Removed), len(d.Reworded)
	row.Checklist = d.Checklist
	return row
}

// checklistCell writes checklist changes as "id:old>new" separated by
// spaces, one cell for CSV and text.
func checklistCell(cs []diff.CheckChange) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.ID + ":" + c.Old + ">" + c.New
	}
	return strings.Join(parts, " ")
}

func writeHistoryCSV(w io.Writer, rows []historyRow) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"date", "version", "grade", "score", "found", "vague", "missing", "red_flags", "change", "added", "removed", "reworded", "checklist_changes", "error"})
	for _, r := range rows {
		score := ""
		if r.Error == "" {
			score = strconv.FormatFloat(r.Score, 'f', 1, 64)
		}
		_ = cw.Write([]string{
			r.Date, r.Version, r.Grade, score,
			strconv.Itoa(r.Found), strconv.Itoa(r.Vague), strconv.Itoa(r.Missing),
			strings.Join(r.RedFlags, " "), r.Change,
			strconv.Itoa(r.Added), strconv.Itoa(r.Removed), strconv.Itoa(r.Reworded),
			checklistCell(r.Checklist), r.Error,
		})
	}
	cw.Flush()
	return cw.Error()
}

func writeHistoryText(w io.Writer, rows []historyRow) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%-10s  %-16s %-5s %5s  %-13s %-8s %-12s %s\n", "date", "version", "grade", "score", "found/vg/miss", "change", "+/-/~", "red flags; checklist changes")
	for _, r := range rows {
		if r.Error != "" {
			fmt.Fprintf(&b, "%-10s  %-16s error: %s\n", r.Date, shortName(r.Version), r.Error)
			continue
		}
		counts := fmt.Sprintf("%d/%d/%d", r.Found, r.Vague, r.Missing)
		edits := ""
		if r.Change != "first" {
			edits = fmt.Sprintf("%d/%d/%d", r.Added, r.Removed, r.Reworded)
		}
		// red flags, then "; " and the checklist changes if any
		notes := strings.Join(r.RedFlags, " ")
		if cl := checklistCell(r.Checklist); cl != "" {
			notes += "; " + cl
		}
		line := fmt.Sprintf("%-10s  %-16s %-5s %5.1f  %-13s %-8s %-12s %s", r.Date, shortName(r.Version), r.Grade, r.Score, counts, r.Change, edits, notes)
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	_, err := w.Write(b.Bytes())
	return err
}

func shortName(s string) string {
	if len(s) > 16 {
		return s[:15] + "…"
	}
	return s
}
