// Command policylens reads privacy policies for researchers: one policy, a
// stream of segments, a whole corpus in parallel, or an evaluation against
// hand-written labels.
//
//	policylens analyze [--format json|text|md] [--encoding NAME] FILE|-
//	policylens classify [FILE|-]            JSON lines {"id","text"[,"heading","lead_in","language"]} in and out
//	policylens corpus [--workers N] [--encoding NAME] DIR|FILE.jsonl
//	policylens eval [--split S] [--alone all|heading|none] [--bootstrap N] [--min-* F ...] DIR
//	policylens diff [--format json|text|md] [--exit-code] OLD NEW
//	policylens history [--format text|json|csv] DIR | REPO:PATH | REPO PATH
//
// main only maps run's error to an exit code, so the CLI is tested by
// calling run.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/analyzer/decode"
	"github.com/policylens/policylens/analyzer/eval"
	"github.com/policylens/policylens/analyzer/extract"
	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/render"
	"github.com/policylens/policylens/analyzer/report"
	"github.com/policylens/policylens/internal/pdftext"
)

const usage = `policylens reads privacy policies (English or French) and reports what they say.

Usage:
  policylens analyze [--format json|text|md] [--url URL] [--title T] [--encoding NAME] [--language en|fr] FILE|-
      Analyse one policy (HTML, Markdown, plain text or a PDF with a text
      layer, detected from content).
      The format defaults to text on a terminal, json otherwise. The encoding
      is detected (byte order mark, the page's charset, else UTF-8 or
      Windows-1252); --encoding forces one (utf-8, windows-1252, iso-8859-15,
      utf-16le, ...). A document in several languages is read in its first
      English or French part, or the one --language asks for.
  policylens classify [FILE|-]
      JSON lines in ({"id": ..., "text": ..., "language": "en"|"fr" optional}),
      one JSON line out per input line, in order:
      {"id","language","categories","vague"} or {"id","error"}.
  policylens corpus [--workers N] [--encoding NAME] [--language en|fr] DIR|FILE.jsonl...
      Analyse every policy of the folders (and their subfolders), JSON-lines
      files and policy files given, in parallel: one JSON line per document on stdout
      ({"id","report"} or {"id","error"}), a summary table on stderr.
  policylens eval [--split train|dev|test] [--alone all|heading|none] [--bootstrap N] [--min-f1 F]
                  [--min-precision F] [--min-recall F] [--min-vague-f1 F] [--min-checklist F]
                  [--min-language-checklist F] [--min-missing-precision F] [--min-agreement F] DIR
      Compare the engine with the gold labels in DIR (see corpus/README.md).
      --alone scores the categories of each labelled unit read alone by
      classify, with its heading and lead-in (all), its heading (heading) or
      its text only (none), as an evaluator sampling sentences would.
      --bootstrap N adds a 95% interval to each figure the bars name, per
      language, from N resamples of the documents (1000 is usual).
  policylens diff [--format json|text|md] [--exit-code] OLD NEW
      What changed between two versions of a policy (any formats): clauses
      added, removed and reworded, checklist, red flags, categories, grade.
      --exit-code exits 1 when they differ.
  policylens history [--format text|json|csv] DIR | REPO:PATH | REPO PATH
      One row per version of a policy: dated files in DIR (YYYY-MM-DD*.md|html|txt,
      YYYY-MM-DD.2.md for a second the same day) or the commits of PATH in a
      git repository (bare or working tree). json is JSON lines.
  policylens version
`

// exitError carries an exit code other than 1.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }

func usageError(format string, args ...any) error {
	return &exitError{code: 2, err: fmt.Errorf(format, args...)}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		code := 1
		var ee *exitError
		if errors.As(err, &ee) {
			code = ee.code
		}
		if !errors.Is(err, errSilent) {
			fmt.Fprintln(os.Stderr, "policylens: "+oneLine(err.Error()))
		}
		os.Exit(code)
	}
}

// errSilent is returned when the failure was already reported.
var errSilent = errors.New("")

// run is the whole CLI: args without the program name.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return usageError("no command given")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "analyze", "analyse":
		return runAnalyze(ctx, rest, stdin, stdout)
	case "classify":
		return runClassify(ctx, rest, stdin, stdout)
	case "corpus":
		return runCorpus(ctx, rest, stdout, stderr)
	case "eval":
		return runEval(ctx, rest, stdout)
	case "diff":
		return runDiff(ctx, rest, stdin, stdout)
	case "history":
		return runHistory(ctx, rest, stdout)
	case "version", "--version":
		fmt.Fprintf(stdout, "policylens %s (report schema %d)\n", analyzer.Version, report.Schema)
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	return usageError("unknown command %q (try: policylens help)", cmd)
}

func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return usageError("%s: %v", fs.Name(), err)
	}
	return nil
}

// parseInterspersed parses flags wherever they stand among the arguments
// ("history DIR --format csv" as well as "history --format csv DIR") and
// returns the other arguments in order; "--" ends the flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := parseFlags(fs, args); err != nil {
			return nil, err
		}
		n := len(args) - len(fs.Args()) // arguments the flags took
		ended := n > 0 && args[n-1] == "--"
		args = fs.Args()
		if ended || len(args) == 0 {
			return append(rest, args...), nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

func runAnalyze(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	fl := newFlags("analyze")
	format := fl.String("format", "", "json, text or md")
	url := fl.String("url", "", "the page's URL, recorded in the report")
	title := fl.String("title", "", "the page's title, recorded in the report")
	encoding := fl.String("encoding", "", "the input's character encoding (utf-8, windows-1252, iso-8859-15, utf-16le, ...); default: detected")
	language := fl.String("language", "", "en or fr: the part of a multilingual document to read; default: the first English or French part")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if err := checkEncoding("analyze", *encoding); err != nil {
		return err
	}
	if err := checkLanguage("analyze", *language); err != nil {
		return err
	}
	if fl.NArg() != 1 {
		return usageError("analyze: give one FILE, or - for standard input")
	}
	if *format == "" {
		*format = "json"
		if isTerminal(stdout) {
			*format = "text"
		}
	}
	if *format != "json" && *format != "text" && *format != "md" {
		return usageError("analyze: --format must be json, text or md, not %q", *format)
	}
	name := fl.Arg(0)
	raw, err := readInput(name, stdin)
	if err != nil {
		return err
	}
	opts := analyzer.Options{URL: *url, Title: *title, Encoding: *encoding, Language: *language}
	if raw, err = fromPDF(raw, &opts); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	eng, err := analyzer.New()
	if err != nil {
		return err
	}
	rep, err := eng.Analyze(ctx, raw, opts)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	switch *format {
	case "text":
		return render.Text(stdout, rep)
	case "md":
		return render.Markdown(stdout, rep)
	}
	return writeJSON(stdout, rep, true)
}

// maxPDFBytes is the largest PDF the CLI reads. A PDF is mostly fonts and
// images: its text, which the engine gets, is far smaller, and must still
// be within analyzer.MaxInputBytes.
const maxPDFBytes = 64 << 20

// fromPDF returns raw unchanged unless it is a PDF, whose text layer it
// returns instead (as plain text, which o then says). The engine never
// reads PDFs itself: the PDF library stays out of the browser build.
func fromPDF(raw []byte, o *analyzer.Options) ([]byte, error) {
	if !pdftext.IsPDF(raw) {
		return raw, nil
	}
	if len(raw) > maxPDFBytes {
		return nil, &analyzer.Error{Code: analyzer.CodeTooLarge, Message: fmt.Sprintf("the PDF is over %d MiB", maxPDFBytes>>20)}
	}
	text, err := pdftext.Extract(raw)
	switch {
	case errors.Is(err, pdftext.ErrNoTextLayer):
		return nil, &analyzer.Error{Code: analyzer.CodeNoTextLayer, Message: err.Error()}
	case err != nil:
		return nil, &analyzer.Error{Code: analyzer.CodeBadPDF, Message: oneLine(err.Error())}
	}
	o.Format, o.Encoding = extract.FormatText, ""
	return []byte(text), nil
}

// readInput reads FILE or, for "-", standard input, never more than one byte
// past the engine's limit (or, for a PDF, past maxPDFBytes), so a huge file
// fails fast with a clear message.
func readInput(name string, stdin io.Reader) ([]byte, error) {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %w", name, unwrapPathError(err))
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, fmt.Errorf("%s is a directory (use: policylens corpus %s)", name, name)
		}
		r = f
	}
	raw, err := io.ReadAll(io.LimitReader(r, analyzer.MaxInputBytes+1))
	if err == nil && len(raw) > analyzer.MaxInputBytes && pdftext.IsPDF(raw) {
		var more []byte
		more, err = io.ReadAll(io.LimitReader(r, maxPDFBytes-analyzer.MaxInputBytes))
		raw = append(raw, more...)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", name, err)
	}
	return raw, nil
}

// checkEncoding refuses an --encoding name the engine does not know, as a
// usage error, before any file is read.
func checkEncoding(cmd, name string) error {
	if name == "" {
		return nil
	}
	if _, err := decode.Lookup(name); err != nil {
		return usageError("%s: --encoding: %v", cmd, err)
	}
	return nil
}

// checkLanguage refuses a --language other than en or fr as a usage error.
func checkLanguage(cmd, name string) error {
	if _, err := lang.ParseCode(name); err != nil {
		return usageError("%s: --language: %v", cmd, err)
	}
	return nil
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// classifyLine is one input line of the classify command; fields other
// than these are ignored. Heading and LeadIn are the context a reader sees
// around the text (its section's heading, the sentence introducing its
// list), both optional.
type classifyLine struct {
	ID      json.RawMessage `json:"id"`
	Text    *string         `json:"text"`
	Heading string          `json:"heading"`
	LeadIn  string          `json:"lead_in"`
	// Language ("en" or "fr"), when given, is used instead of detection.
	Language string `json:"language"`
}

// classifyOut is one output line of the classify command. Keep its shape:
// evaluators depend on it.
type classifyOut struct {
	ID         json.RawMessage    `json:"id"`
	Language   string             `json:"language"`
	Categories []string           `json:"categories"`
	Vague      []report.VagueTerm `json:"vague"`
}

// classifyErr is the output line for an input line the engine cannot handle.
type classifyErr struct {
	ID    json.RawMessage `json:"id"`
	Error string          `json:"error"`
}

func runClassify(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	fl := newFlags("classify")
	workers := fl.Int("workers", runtime.NumCPU(), "parallel workers")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	in := stdin
	if fl.NArg() > 1 {
		return usageError("classify: give at most one FILE")
	}
	if fl.NArg() == 1 && fl.Arg(0) != "-" {
		f, err := os.Open(fl.Arg(0))
		if err != nil {
			return fmt.Errorf("cannot read %s: %w", fl.Arg(0), unwrapPathError(err))
		}
		defer f.Close()
		in = f
	}
	eng, err := analyzer.New()
	if err != nil {
		return err
	}
	lines := make(chan []byte)
	var readErr error
	go func() {
		defer close(lines)
		readErr = eachLine(in, func(b []byte) bool {
			select {
			case lines <- b:
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	err = ordered(ctx, *workers, lines, func(line []byte) any {
		return classifyOne(ctx, eng, line)
	}, func(v any) error {
		return writeJSON(w, v, false)
	})
	if err != nil {
		return err
	}
	if readErr != nil {
		return fmt.Errorf("classify: reading input: %w", readErr)
	}
	return ctx.Err()
}

func classifyOne(ctx context.Context, eng *analyzer.Engine, line []byte) any {
	var in classifyLine
	if err := json.Unmarshal(line, &in); err != nil {
		return classifyErr{ID: json.RawMessage("null"), Error: "malformed JSON line: " + oneLine(err.Error())}
	}
	id := in.ID
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	if in.Text == nil {
		return classifyErr{ID: id, Error: `missing "text" field`}
	}
	res, err := eng.Classify(ctx, *in.Text, analyzer.ClauseContext{Heading: in.Heading, LeadIn: in.LeadIn, Language: in.Language})
	if err != nil {
		return classifyErr{ID: id, Error: oneLine(err.Error())}
	}
	out := classifyOut{ID: id, Language: res.Language, Categories: []string{}, Vague: res.Vague}
	for _, l := range res.Categories {
		out.Categories = append(out.Categories, string(l.Category))
	}
	return out
}

// eachLine calls fn for every non-blank line of r (without its newline),
// however long, until fn returns false.
func eachLine(r io.Reader, fn func([]byte) bool) error {
	br := bufio.NewReaderSize(r, 1<<16)
	for {
		line, err := br.ReadBytes('\n')
		if t := bytes.TrimSpace(line); len(t) > 0 {
			if !fn(t) {
				return nil
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// ordered runs work on every item of in with n workers and calls emit with
// the results in input order.
func ordered[T any](ctx context.Context, n int, in <-chan T, work func(T) any, emit func(any) error) error {
	if n < 1 {
		n = 1
	}
	type job struct {
		item T
		out  chan any
	}
	jobs := make(chan job, n)
	queue := make(chan chan any, 4*n)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- work(j.item)
			}
		}()
	}
	go func() {
		defer close(queue)
		defer close(jobs)
		for it := range in {
			out := make(chan any, 1)
			queue <- out
			jobs <- job{item: it, out: out}
		}
	}()
	var err error
	for out := range queue {
		v := <-out
		if err == nil {
			err = emit(v)
		}
	}
	wg.Wait()
	return err
}

// corpusDoc is one document of a corpus run.
type corpusDoc struct {
	ID    string
	Path  string // file to read, or "" when Raw is set
	Raw   []byte
	URL   string
	Title string
	Err   error // a problem found before analysis (unreadable JSON line...)
}

// corpusResult is one output line of the corpus command.
type corpusResult struct {
	ID     string         `json:"id"`
	Report *report.Report `json:"report,omitempty"`
	Error  *analyzerError `json:"error,omitempty"`
}

type analyzerError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	// Language is the detected language of an unsupported_language error.
	Language string `json:"language,omitempty"`
}

func runCorpus(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fl := newFlags("corpus")
	workers := fl.Int("workers", runtime.NumCPU(), "parallel workers (default: all cores)")
	encoding := fl.String("encoding", "", "the files' character encoding; default: detected for each file")
	language := fl.String("language", "", "en or fr: the part of multilingual documents to read")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if err := checkEncoding("corpus", *encoding); err != nil {
		return err
	}
	if err := checkLanguage("corpus", *language); err != nil {
		return err
	}
	if fl.NArg() == 0 {
		return usageError("corpus: give a DIR or FILE.jsonl (or several)")
	}
	var docs []corpusDoc
	for _, path := range fl.Args() {
		some, err := listCorpus(path)
		if err != nil {
			return err
		}
		if fl.NArg() > 1 {
			// Several paths: ids name the path too, so they stay unique.
			for i := range some {
				if some[i].Path == path {
					some[i].ID = filepath.ToSlash(path) // a policy file given by name
				} else {
					some[i].ID = filepath.ToSlash(filepath.Join(path, some[i].ID))
				}
			}
		}
		docs = append(docs, some...)
	}
	if len(docs) == 0 {
		return fmt.Errorf("corpus: no policy files in %s (looked for .txt, .md, .html, .htm, .pdf)", strings.Join(fl.Args(), ", "))
	}
	eng, err := analyzer.New()
	if err != nil {
		return err
	}
	in := make(chan corpusDoc)
	go func() {
		defer close(in)
		for _, d := range docs {
			select {
			case in <- d:
			case <-ctx.Done():
				return
			}
		}
	}()
	bar := newProgress(stderr, len(docs))
	w := bufio.NewWriter(stdout)
	var sum summary
	err = ordered(ctx, *workers, in, func(d corpusDoc) any {
		return analyzeDoc(ctx, eng, d, analyzer.Options{Encoding: *encoding, Language: *language})
	}, func(v any) error {
		r := v.(corpusResult)
		sum.add(r)
		bar.step()
		return writeJSON(w, r, false)
	})
	bar.done()
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	sum.write(stderr)
	return ctx.Err()
}

func analyzeDoc(ctx context.Context, eng *analyzer.Engine, d corpusDoc, base analyzer.Options) corpusResult {
	res := corpusResult{ID: d.ID}
	fail := func(err error) corpusResult {
		res.Error = &analyzerError{Code: analyzer.CodeOf(err), Message: oneLine(err.Error())}
		var ae *analyzer.Error
		if errors.As(err, &ae) {
			res.Error.Language = ae.Language
		}
		return res
	}
	if d.Err != nil {
		return fail(d.Err)
	}
	raw := d.Raw
	if d.Path != "" {
		var err error
		if raw, err = readInput(d.Path, nil); err != nil {
			return fail(err)
		}
	}
	opts := base
	opts.URL, opts.Title = d.URL, d.Title
	raw, err := fromPDF(raw, &opts)
	if err != nil {
		return fail(err)
	}
	rep, err := eng.Analyze(ctx, raw, opts)
	if err != nil {
		return fail(err)
	}
	res.Report = rep
	return res
}

// policyExt lists the file endings a corpus directory is read for.
var policyExt = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true, ".pdf": true}

// listCorpus lists the documents of a directory and its subdirectories
// (every policy file, README files and hidden folders excepted), a
// JSON-lines file ({"id", "text"|"html", "url", "title"}) or a single
// policy file.
func listCorpus(path string) ([]corpusDoc, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", unwrapPathError(err))
	}
	if !st.IsDir() {
		ext := strings.ToLower(filepath.Ext(path))
		if policyExt[ext] {
			return []corpusDoc{{ID: filepath.Base(path), Path: path}}, nil
		}
		return readJSONLCorpus(path)
	}
	var docs []corpusDoc
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != path && (strings.HasPrefix(name, ".") || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if !policyExt[strings.ToLower(filepath.Ext(name))] || strings.EqualFold(strings.TrimSuffix(name, filepath.Ext(name)), "readme") {
			return nil
		}
		rel, _ := filepath.Rel(path, p)
		docs = append(docs, corpusDoc{ID: filepath.ToSlash(rel), Path: p})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	return docs, nil
}

func readJSONLCorpus(path string) ([]corpusDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", unwrapPathError(err))
	}
	defer f.Close()
	var docs []corpusDoc
	n := 0
	err = eachLine(f, func(line []byte) bool {
		n++
		var v struct {
			ID      json.RawMessage `json:"id"`
			Text    *string         `json:"text"`
			HTML    *string         `json:"html"`
			Content *string         `json:"content"`
			URL     string          `json:"url"`
			Title   string          `json:"title"`
		}
		d := corpusDoc{ID: fmt.Sprintf("line %d", n)}
		if err := json.Unmarshal(line, &v); err != nil {
			d.Err = fmt.Errorf("line %d: malformed JSON: %v", n, err)
			docs = append(docs, d)
			return true
		}
		if len(v.ID) > 0 && string(v.ID) != "null" {
			var s string
			if json.Unmarshal(v.ID, &s) == nil {
				d.ID = s
			} else {
				d.ID = string(v.ID)
			}
		}
		d.URL, d.Title = v.URL, v.Title
		switch {
		case v.HTML != nil:
			d.Raw = []byte(*v.HTML)
		case v.Text != nil:
			d.Raw = []byte(*v.Text)
		case v.Content != nil:
			d.Raw = []byte(*v.Content)
		default:
			d.Err = fmt.Errorf("line %d: no \"text\" or \"html\" field", n)
		}
		docs = append(docs, d)
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("corpus: reading %s: %w", path, err)
	}
	return docs, nil
}

// summary accumulates the corpus table.
type summary struct {
	docs, failed int
	errs         map[string]int
	covered      map[report.Category]int
	vague        map[report.Category]int
	missing      map[string]int
	items        []string
	flags        map[string]int
	grades       map[string]int
	languages    map[string]int
	kinds        map[string]int
	others       map[string]int // unsupported languages, by name
}

// kindOf sorts a corpus result the way the real-data expectations do
// (testdata/realdata.tsv): policy, not_policy, other_language,
// script_rendered, or the error code of anything else.
func kindOf(r corpusResult) string {
	if r.Report != nil {
		return "policy"
	}
	switch r.Error.Code {
	case analyzer.CodeUnsupported:
		return "other_language"
	case analyzer.CodeNotPolicy, "script_rendered":
		return r.Error.Code
	}
	return "error"
}

// otherName names the language of an unsupported_language error from its
// message ("the text is in German; ...").
func otherName(e *analyzerError) string {
	msg := strings.TrimPrefix(e.Message, "the text is in ")
	if name, _, ok := strings.Cut(msg, ";"); ok && name != e.Message {
		return name
	}
	return e.Language
}

func (s *summary) add(r corpusResult) {
	if s.errs == nil {
		s.errs, s.covered, s.vague = map[string]int{}, map[report.Category]int{}, map[report.Category]int{}
		s.missing, s.flags, s.grades, s.languages = map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	}
	if s.kinds == nil {
		s.kinds, s.others = map[string]int{}, map[string]int{}
	}
	s.docs++
	s.kinds[kindOf(r)]++
	if r.Report == nil {
		s.failed++
		s.errs[r.Error.Code]++
		if r.Error.Code == analyzer.CodeUnsupported {
			s.others[otherName(r.Error)]++
		}
		return
	}
	rep := r.Report
	s.languages[rep.Language.Code]++
	s.grades[rep.Grade.Letter]++
	for _, c := range rep.Summaries {
		if c.Status != report.StatusMissing {
			s.covered[c.Category]++
		}
		if len(c.VagueClauses) > 0 {
			s.vague[c.Category]++
		}
	}
	for _, it := range rep.Checklist {
		if !slices.Contains(s.items, it.ID) {
			s.items = append(s.items, it.ID)
		}
		if it.Status == report.StatusMissing {
			s.missing[it.ID]++
		}
	}
	for _, f := range rep.RedFlags {
		s.flags[f.ID]++
	}
}

func (s *summary) write(w io.Writer) {
	ok := s.docs - s.failed
	fmt.Fprintf(w, "\n%d documents: %d analysed, %d failed", s.docs, ok, s.failed)
	if s.failed > 0 {
		fmt.Fprintf(w, " (%s)", mapString(s.errs))
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "kinds: %s\n", mapString(s.kinds))
	if s.failed > 0 {
		fmt.Fprintf(w, "errors by code: %s\n", mapString(s.errs))
	}
	if len(s.others) > 0 {
		fmt.Fprintf(w, "other languages (not analysed): %s\n", mapString(s.others))
	}
	if ok == 0 {
		return
	}
	fmt.Fprintf(w, "languages: %s; grades: %s\n\n", mapString(s.languages), mapString(s.grades))
	pct := func(n int) string { return fmt.Sprintf("%3.0f%%", 100*float64(n)/float64(ok)) }
	fmt.Fprintf(w, "%-14s %8s %12s\n", "category", "covered", "with vague")
	for _, c := range report.Categories {
		fmt.Fprintf(w, "%-14s %8s %12s\n", c, pct(s.covered[c]), pct(s.vague[c]))
	}
	fmt.Fprintf(w, "\n%-26s %8s\n", "commitment", "missing")
	for _, id := range s.items {
		fmt.Fprintf(w, "%-26s %8s\n", id, pct(s.missing[id]))
	}
	if len(s.flags) > 0 {
		fmt.Fprintf(w, "\n%-26s %8s\n", "red flag", "policies")
		keys := sortedKeys(s.flags)
		for _, k := range keys {
			fmt.Fprintf(w, "%-26s %8s\n", k, pct(s.flags[k]))
		}
	}
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func mapString(m map[string]int) string {
	var parts []string
	for _, k := range sortedKeys(m) {
		name := k
		if name == "" {
			name = "?"
		}
		parts = append(parts, fmt.Sprintf("%s %d", name, m[k]))
	}
	return strings.Join(parts, ", ")
}

// progress draws a bar on a terminal and nothing elsewhere.
type progress struct {
	w     io.Writer
	total int
	n     int
	on    bool
}

func newProgress(w io.Writer, total int) *progress {
	return &progress{w: w, total: total, on: isTerminal(w)}
}

func (p *progress) step() {
	p.n++
	if !p.on {
		return
	}
	const width = 30
	fill := width * p.n / p.total
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d", strings.Repeat("#", fill), strings.Repeat(".", width-fill), p.n, p.total)
}

func (p *progress) done() {
	if p.on && p.n > 0 {
		fmt.Fprintln(p.w)
	}
}

func runEval(ctx context.Context, args []string, stdout io.Writer) error {
	fl := newFlags("eval")
	var bars eval.Bars
	fl.Float64Var(&bars.MacroF1, "min-f1", 0, "exit non-zero when the category macro-F1 of any language is below this")
	fl.Float64Var(&bars.VagueF1, "min-vague-f1", 0, "exit non-zero when vague-term F1 is below this")
	fl.Float64Var(&bars.Checklist, "min-checklist", 0, "exit non-zero when checklist accuracy is below this")
	fl.Float64Var(&bars.Agreement, "min-agreement", 0, "exit non-zero when a bilingual pair's checklist agreement is below this")
	fl.Float64Var(&bars.Precision, "min-precision", 0, "exit non-zero when the precision of any category in any language is below this")
	fl.Float64Var(&bars.Recall, "min-recall", 0, "exit non-zero when the recall of any category in any language is below this")
	fl.Float64Var(&bars.LanguageChecklist, "min-language-checklist", 0, "exit non-zero when the checklist accuracy of any language is below this")
	fl.Float64Var(&bars.MissingPrecision, "min-missing-precision", 0, "exit non-zero when the precision of \"missing\" in any language is below this")
	split := fl.String("split", "", "score only the documents of this split of the index (train, dev or test)")
	boot := fl.Int("bootstrap", 0, "also print a 95% interval of each bar's figure per language, from this many resamples of the documents (1000 is usual); 0: none")
	alone := fl.String("alone", "", "score each labelled unit alone through classify, as an evaluator sampling sentences would, with its heading and lead-in (all), its heading only (heading) or its text only (none); the categories only")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if *alone != "" && !slices.Contains([]string{"all", "heading", "none"}, *alone) {
		return usageError("eval: --alone must be all, heading or none")
	}
	if fl.NArg() != 1 {
		return usageError("eval: give the labelled corpus DIR")
	}
	if *split != "" && !slices.Contains(eval.Splits, *split) {
		return usageError("eval: --split must be train, dev or test")
	}
	dir := fl.Arg(0)
	golds, err := eval.Load(os.DirFS(dir))
	if err != nil {
		return fmt.Errorf("eval %s: %w", dir, err)
	}
	if *split != "" {
		golds = slices.DeleteFunc(golds, func(g eval.Gold) bool { return g.Split != *split })
		if len(golds) == 0 {
			return fmt.Errorf("eval %s: no documents in split %q", dir, *split)
		}
	}
	eng, err := analyzer.New()
	if err != nil {
		return err
	}
	if *alone != "" {
		return evalAlone(ctx, eng, golds, *alone, bars, stdout)
	}
	scored, refused, err := analyzeGolds(ctx, eng, golds)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	m, err := eval.Score(scored)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if err := m.WriteText(stdout); err != nil {
		return err
	}
	if len(refused) > 0 {
		fmt.Fprintf(stdout, "refused as not a policy, scored as labelling nothing: %d (%s)\n", len(refused), strings.Join(refused, ", "))
	}
	if *boot > 0 {
		if err := m.WriteBootstrap(stdout, *boot, bootstrapSeed); err != nil {
			return fmt.Errorf("eval: %w", err)
		}
	}
	if err := m.Check(bars); err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	return nil
}

// analyzeGolds analyses each labelled document of golds as it is stored
// (Gold.Raw) and pairs the report with the extracted text its offsets refer
// to, for eval.Score. A page the engine refuses as not a policy (a site's
// terms of use, a help page kept as a negative example) is scored as a
// report that labels nothing and finds no commitment; refused lists them.
// Any other error stops it, naming the document.
func analyzeGolds(ctx context.Context, eng *analyzer.Engine, golds []eval.Gold) (scored []eval.Scored, refused []string, err error) {
	scored = make([]eval.Scored, 0, len(golds))
	for _, g := range golds {
		rep, err := eng.Analyze(ctx, g.Raw, analyzer.Options{})
		var ae *analyzer.Error
		switch {
		case errors.As(err, &ae) && ae.Code == analyzer.CodeNotPolicy:
			rep = &report.Report{Language: report.Language{Code: g.Language}}
			refused = append(refused, g.Document)
		case err != nil:
			return nil, nil, fmt.Errorf("%s: %w", g.Document, err)
		}
		doc, err := extract.Extract(g.Raw, extract.FormatAuto)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", g.Document, err)
		}
		scored = append(scored, eval.Scored{Gold: g, Report: rep, Text: doc.Text})
	}
	return scored, refused, nil
}

// bootstrapSeed makes eval --bootstrap print the same intervals every run.
const bootstrapSeed = 1

// evalAlone scores each labelled unit of golds read alone by classify, with
// the context alone names (see runEval's --alone), and checks the category
// bars.
func evalAlone(ctx context.Context, eng *analyzer.Engine, golds []eval.Gold, alone string, bars eval.Bars, stdout io.Writer) error {
	m, err := eval.ScoreUnits(golds, func(g eval.Gold, u eval.Unit) ([]report.Category, error) {
		cc := analyzer.ClauseContext{Language: g.Language}
		if alone != "none" {
			cc.Heading = u.Heading
		}
		if alone == "all" {
			cc.LeadIn = u.LeadIn
		}
		res, err := eng.Classify(ctx, u.Text, cc)
		if err != nil {
			return nil, err
		}
		cats := make([]report.Category, len(res.Categories))
		for i, l := range res.Categories {
			cats[i] = l.Category
		}
		return cats, nil
	})
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	fmt.Fprintf(stdout, "each unit alone through classify (context: %s)\n", alone)
	if err := m.WriteCategories(stdout); err != nil {
		return err
	}
	if err := m.Check(eval.Bars{MacroF1: bars.MacroF1, Precision: bars.Precision, Recall: bars.Recall}); err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	return nil
}

func writeJSON(w io.Writer, v any, indent bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(v)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// oneLine keeps the first line of an error message.
func oneLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
