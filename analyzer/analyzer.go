// Package analyzer is the PolicyLens engine: it turns a privacy policy (an
// HTML page, Markdown or plain text, in English or French) into a Report.
//
// The data flows one way, one package a stage:
//
//	decode (bytes -> UTF-8) -> extract (HTML -> text blocks)
//	-> lang (the main text's language, its English or French part)
//	-> segment (clauses, tokens) -> classify (categories) + vague (vague wording)
//	-> checklist, grade -> report
//
// The engine makes no OS calls, so the same code runs in the CLI and, compiled
// to WebAssembly, in the browser extension.
package analyzer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/policylens/policylens/analyzer/checklist"
	"github.com/policylens/policylens/analyzer/classify"
	"github.com/policylens/policylens/analyzer/extract"
	"github.com/policylens/policylens/analyzer/grade"
	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/report"
	"github.com/policylens/policylens/analyzer/segment"
	"github.com/policylens/policylens/analyzer/vague"
	"github.com/policylens/policylens/internal/lazyre"
)

// Version is the engine's version, written into every report.
const Version = "0.1.0"

// Options describe where an input comes from and how to read it.
type Options struct {
	URL   string
	Title string
	// Format forces the input format; the zero value detects it from content.
	Format extract.Format
	// Encoding names the input's character encoding (a WHATWG label such as
	// "utf-8", "windows-1252", "iso-8859-15", "utf-16le") and overrides the
	// byte order mark, the page's declaration and sniffing. The zero value
	// decides from the input (see package decode). Every offset in the
	// report refers to the decoded UTF-8 text, not to the input's bytes.
	// The browser build reads UTF-8 only.
	Encoding string
	// Language asks for the part of the document in this language ("en"
	// or "fr") when it holds several, and is used as the text's language
	// when no part of it is detected in that language. The zero value
	// analyses the first English or French part. Classify uses it instead
	// of detection.
	Language string
}

// Engine analyses policies. Build one with New and reuse it. An Engine is
// safe for concurrent use: its only state is each language's pipeline,
// built once, on the first policy in that language, so that a browser
// extension whose worker restarts often pays only for the language it reads.
type Engine struct {
	detector lang.Detector
	langs    map[lang.Code]*lazyPipeline
}

// pipeline holds the per-language stages.
type pipeline struct {
	segmenter  *segment.Segmenter
	classifier *classify.Classifier
}

// lazyPipeline builds a language's pipeline on first use.
type lazyPipeline struct {
	code lang.Code
	once sync.Once
	p    *pipeline
	err  error
}

func (l *lazyPipeline) get() (*pipeline, error) {
	l.once.Do(func() {
		c, err := classify.New(l.code)
		if err != nil {
			l.err = fmt.Errorf("engine: classifier %s: %w", l.code, err)
			return
		}
		l.p = &pipeline{segmenter: segment.New(l.code), classifier: c}
	})
	return l.p, l.err
}

// New builds an Engine for English and French. The language pipelines are
// built on first use; Preload builds them ahead of time.
func New() (*Engine, error) {
	e := &Engine{detector: lang.NewDetector(), langs: map[lang.Code]*lazyPipeline{}}
	for _, code := range []lang.Code{lang.English, lang.French} {
		e.langs[code] = &lazyPipeline{code: code}
	}
	return e, nil
}

// policyTitle matches headings that name a whole policy.
var policyTitle = lazyre.New(`(?i)privacy|policy|notice|confidentialit|donn[ée]es personnelles|protection des donn`)

// Preload does ahead of time, a part at a time, what the first analyses
// would otherwise do on the way: it loads the language detector's models,
// builds the pipeline of each language in codes (none given: English then
// French) and compiles its checklist patterns, calling pause after every
// part. It changes no result; an analysis that starts meanwhile builds what
// it needs itself (each part is built once, whoever asks first).
//
// It is for the wasm bridge, which calls it right after it starts with a
// pause that hands the event loop back to JavaScript: Go runs on the page's
// (or worker's) only thread, so work between pauses blocks it. The bridge
// preloads English only: the French pipeline is built by the first French
// page.
func (e *Engine) Preload(pause func(), codes ...lang.Code) error {
	if p, ok := e.detector.(lang.Preloader); ok {
		p.Preload(pause)
	}
	if len(codes) == 0 {
		codes = []lang.Code{lang.English, lang.French}
	}
	for _, code := range codes {
		if e.langs[code] == nil {
			return fmt.Errorf("engine: no pipeline for language %q", code)
		}
		if _, err := e.langs[code].get(); err != nil {
			return err
		}
		pause()
		checklist.Preload(code, pause)
	}
	return nil
}

// A page whose embedded data (extract.Document.Embedded) holds at least
// minEmbedded bytes of text, and embeddedRatio times more than the page
// shows, is read with a diagnostic: its report may rest on part of it.
const (
	minEmbedded   = 4000
	embeddedRatio = 2
)

// noProse is the error for a page with no sentences to read:
// script_rendered when the text's own text is missing because scripts
// render it (an HTML page with no prose at all: a browser would have shown
// some; or Markdown and text that carry inline JavaScript), not_policy
// otherwise.
func noProse(text []byte, format extract.Format) error {
	if format == extract.FormatHTML || scripted(text) {
		return newError(CodeScriptRendered, "no policy text in this copy of the page: it holds only scripts, styles, menus or links, so its text is rendered by JavaScript (open it in a browser, or save it after it has loaded)")
	}
	return newError(CodeNotPolicy, "no sentences to read: the page holds only menus, links or other text that is not a policy")
}

// formatOf is f, or the format detected from text when f is automatic.
func formatOf(text []byte, f extract.Format) extract.Format {
	if f == extract.FormatAuto {
		return extract.DetectFormat(text)
	}
	return f
}

// scripted reports whether text carries script: a <script> element or
// one of the marks inline JavaScript leaves in a converted page.
func scripted(text []byte) bool {
	low := bytes.ToLower(text)
	for _, sig := range [][]byte{[]byte("<script"), []byte("function("), []byte("function ("), []byte("window."), []byte("document."), []byte("=>"), []byte("gtag("), []byte("datalayer"), []byte("json.parse"), []byte(".push(")} {
		if bytes.Contains(low, sig) {
			return true
		}
	}
	return false
}

// noticeLoaders are the marks of a privacy-notice vendor's embed, which
// loads the policy's text with a script: OneTrust's notice container
// ("otnotice"), Termly's policy embed, Cookiebot's cookie declaration.
// (Cookie banners of the same vendors are other marks: a page with a
// banner is no notice.)
var noticeLoaders = []struct{ mark, vendor string }{
	{"otnotice", "OneTrust"}, {"termly-embed", "Termly"}, {"cookiedeclaration", "Cookiebot"},
}

// loadedOr is err, a not_policy verdict, unless the page carries a notice
// vendor's embed (noticeLoaders): its policy is loaded by a script and is
// not in this copy, which script_rendered says.
func loadedOr(text []byte, err error) error {
	low := bytes.ToLower(text)
	for _, l := range noticeLoaders {
		if bytes.Contains(low, []byte(l.mark)) {
			return newError(CodeScriptRendered, "no policy text in this copy of the page: its policy is loaded by a script (a %s privacy notice), so open it in a browser, or save it after it has loaded", l.vendor)
		}
	}
	return err
}

// minPolicyClauses and minPolicyCategories decide "not a privacy policy": a
// page with fewer labelled clauses, or fewer distinct categories, is
// reported as not_policy rather than graded.
const (
	minPolicyClauses    = 3
	minPolicyCategories = 2
	// minSentenceWords is how many words a labelled clause needs to count
	// for the two minimums above.
	minSentenceWords = 4
)

// Analyze reads one policy and returns its report. Errors are *Error values
// whose Code says what was wrong with the input.
func (e *Engine) Analyze(ctx context.Context, raw []byte, o Options) (rep *report.Report, err error) {
	defer recoverInto(&err)
	text, format, diags, err := decodeInput(raw, o.Format, o.Encoding)
	if err != nil {
		return nil, err
	}
	doc, err := extract.Extract(text, format)
	if err != nil {
		if errors.Is(err, extract.ErrNoText) {
			return nil, noProse(text, formatOf(text, format))
		}
		return nil, fmt.Errorf("extract: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, canceled(err)
	}
	want, err := lang.ParseCode(o.Language)
	if err != nil {
		return nil, newError(CodeUnsupported, "%v", err)
	}
	dec := lang.Decide(e.detector, doc.Text, spans(doc.Blocks), want)
	if dec.Hub != nil && !dec.Forced {
		return nil, newError(CodeNotPolicy, "%s", dec.Hub.Message())
	}
	if dec.NoProse() && !dec.Forced {
		return nil, noProse(text, doc.Format)
	}
	lr := dec.Main.Result
	p, err := e.pipeline(lr)
	if err != nil {
		return nil, err
	}
	if others := dec.Others(); others != "" && !dec.Forced {
		part := *doc
		part.Blocks = nil
		var ranges []string
		for _, r := range dec.MainBlocks() {
			blocks := doc.Blocks[r[0]:r[1]]
			part.Blocks = append(part.Blocks, blocks...)
			ranges = append(ranges, fmt.Sprintf("%d-%d", blocks[0].Start, blocks[len(blocks)-1].End))
		}
		doc = &part
		diags = append(diags, fmt.Sprintf("the document is in several languages (also %s); this report reads its %s part (bytes %s of the text, %.0f%% of its prose)",
			others, lr.Name, strings.Join(ranges, ", "), 100*dec.MainShare()))
	}
	shown := len(doc.Text)
	partial := doc.Embedded >= minEmbedded && doc.Embedded > embeddedRatio*shown
	if partial {
		diags = append(diags, fmt.Sprintf("this copy of the page shows only part of its text: %d KB, against %d KB in the page's embedded data that a script shows (collapsed sections, or other documents of the site); the report may rest on part of the policy (open the page in a browser and expand its sections)",
			max(shown/1000, 1), doc.Embedded/1000))
	}
	if lr.Restricted {
		diags = append(diags, fmt.Sprintf("the text is too short for a sure language verdict: it was decided between English and French only (%s, %.2f)", lr.Name, lr.Confidence))
	}
	if dec.Forced {
		diags = append(diags, fmt.Sprintf("read as %s, as asked; the text's detected language is %s", lr.Name, nameOr(dec.Parts[0].Name)))
	}
	if terms, words := privacyTermCount(doc.Text); offTopic(terms, words) {
		return nil, loadedOr(text, newError(CodeNotPolicy, "this does not read as a privacy policy: its %d words name personal data, privacy or cookies %d times (a privacy policy does at least once in every %d words)", words, terms, topicWordsPerTerm))
	}
	clauses, err := e.clauses(ctx, p, lr.Code, doc)
	if err != nil {
		return nil, err
	}

	// Only sentences count: a menu's "Banking" or "Credit cards" labelled
	// by the classifier does not make a page of links a policy.
	labelled, cats := 0, map[report.Category]bool{}
	for _, c := range clauses {
		if len(c.Categories) == 0 || countWords(c.Text) < minSentenceWords {
			continue
		}
		labelled++
		for _, l := range c.Categories {
			cats[l.Category] = true
		}
	}
	if labelled < minPolicyClauses {
		return nil, loadedOr(text, newError(CodeNotPolicy, "this does not read as a privacy policy: %d of its %d sentences speak of personal data practices (a policy has at least %d)", labelled, len(clauses), minPolicyClauses))
	}
	if len(cats) < minPolicyCategories {
		var only report.Category
		for c := range cats {
			only = c
		}
		return nil, loadedOr(text, newError(CodeNotPolicy, "this does not read as a privacy policy: its %d sentences on personal data all speak of %s and nothing else", labelled, only))
	}

	title := o.Title
	if title == "" {
		title = doc.Title
	}
	if title == "" {
		// Plain text has no <title>: its first heading names it when it
		// reads as a policy's name ("Privacy Policy"), not a section's.
		for _, b := range doc.Blocks {
			if b.Kind == extract.Heading {
				if h := doc.BlockText(b); policyTitle.MatchString(h) {
					title = h
				}
				break
			}
		}
	}
	rep = &report.Report{
		Schema: report.Schema,
		Engine: Version,
		Source: report.Source{
			URL: o.URL, Title: title, Format: string(doc.Format),
			Bytes: len(raw), TextBytes: len(doc.Text), Updated: doc.Updated, Partial: partial,
		},
		Language: report.Language{Code: string(lr.Code), Name: lr.Name, Confidence: round3(lr.Confidence)},
		Clauses:  clauses,
	}
	rep.Checklist, rep.RedFlags = checklist.Run(checklist.Input{
		Lang: lr.Code, Text: doc.Text, Updated: doc.Updated, Clauses: clauses,
	})
	rep.Summaries = checklist.Summarize(clauses, rep.Checklist)
	rep.Grade = grade.Compute(rep.Summaries, rep.Checklist, rep.RedFlags)
	rep.Diagnostics = append(rep.Diagnostics, diags...)
	if lr.Confidence < 0.5 && !dec.Forced {
		rep.Diagnostics = append(rep.Diagnostics, fmt.Sprintf("language detection is unsure (%.2f)", lr.Confidence))
	}
	return rep, nil
}

// ClauseResult is the engine's reading of one short text (a segment of a
// policy), as the classify command prints it.
type ClauseResult struct {
	Language string `json:"language"`
	// Confidence is the language's: the detector's, or for a few words
	// decided between English and French only, the winner's share of the
	// two (see lang/short.go); 1 when the language was given.
	Confidence float64            `json:"language_confidence"`
	Categories []report.Label     `json:"categories"`
	Vague      []report.VagueTerm `json:"vague"`
}

// ClauseContext is what a reader sees around a short text taken from a
// policy: the heading of its section and the sentence that introduces its
// list. Both are optional; they inform the categories ("Name and email"
// under "Information we collect" is collection) and never the vague terms.
type ClauseContext struct {
	Heading string
	LeadIn  string
	// Language ("en" or "fr"), when set, is used instead of detection.
	Language string
}

// Classify labels one short text, a paragraph or a sentence of a policy,
// without the checks that apply to whole policies, in the light of its
// context (the zero ClauseContext for none). Categories are the union over
// the text's clauses (best score kept); vague terms have byte offsets in
// text.
//
// cc.Language, when set ("en" or "fr"), is the text's language and
// detection is skipped.
func (e *Engine) Classify(ctx context.Context, text string, cc ClauseContext) (res *ClauseResult, err error) {
	defer recoverInto(&err)
	raw, _, _, err := decodeInput([]byte(text), extract.FormatText, "")
	if err != nil {
		return nil, err
	}
	text = string(raw)
	doc, err := extract.Extract(raw, extract.FormatText)
	if err != nil && !errors.Is(err, extract.ErrNoText) {
		return nil, fmt.Errorf("extract: %w", err)
	}
	if doc == nil || len(doc.Blocks) == 0 {
		doc = &extract.Document{Format: extract.FormatText, Text: text,
			Blocks: []extract.Block{{Kind: extract.Paragraph, Start: 0, End: len(text)}}}
	}
	want, err := lang.ParseCode(cc.Language)
	if err != nil {
		return nil, newError(CodeUnsupported, "%v", err)
	}
	lr := lang.Result{Code: want, Name: string(want), Confidence: 1}
	if want == lang.Unknown {
		lr = e.detector.Detect(text)
	}
	p, err := e.pipeline(lr)
	if err != nil {
		return nil, err
	}
	clauses, err := e.clausesIn(ctx, p, lr.Code, doc, cc)
	if err != nil {
		return nil, err
	}
	res = &ClauseResult{Language: string(lr.Code), Confidence: round3(lr.Confidence), Categories: []report.Label{}, Vague: []report.VagueTerm{}}
	best := map[report.Category]int{}
	for _, c := range clauses {
		for _, l := range c.Categories {
			if i, ok := best[l.Category]; ok {
				if l.Score > res.Categories[i].Score {
					res.Categories[i] = l
				}
				continue
			}
			best[l.Category] = len(res.Categories)
			res.Categories = append(res.Categories, l)
		}
		res.Vague = append(res.Vague, c.Vague...)
	}
	sortLabels(res.Categories)
	return res, nil
}

// pipeline returns the pipeline of lr's language, or an
// unsupported_language error naming the language.
func (e *Engine) pipeline(lr lang.Result) (*pipeline, error) {
	lp, ok := e.langs[lr.Code]
	if !ok || !lr.Supported() {
		err := newError(CodeUnsupported, "the text is in %s; PolicyLens reads English and French only", nameOr(lr.Name))
		err.Language = string(lr.Code)
		return nil, err
	}
	p, err := lp.get()
	if err != nil {
		return nil, &Error{Code: CodeInternal, Message: err.Error()}
	}
	return p, nil
}

func nameOr(name string) string {
	if name == "" {
		return "an unknown language"
	}
	return name
}

// spans returns the byte ranges of blocks, for lang.Decide.
func spans(blocks []extract.Block) []lang.Span {
	out := make([]lang.Span, len(blocks))
	for i, b := range blocks {
		out[i] = lang.Span{Start: b.Start, End: b.End}
	}
	return out
}

// clauses segments doc and labels every clause.
func (e *Engine) clauses(ctx context.Context, p *pipeline, code lang.Code, doc *extract.Document) ([]report.Clause, error) {
	return e.clausesIn(ctx, p, code, doc, ClauseContext{})
}

// clausesIn is clauses with a context given from outside the text: a
// heading or lead-in the text's own layout does not provide.
func (e *Engine) clausesIn(ctx context.Context, p *pipeline, code lang.Code, doc *extract.Document, cc ClauseContext) ([]report.Clause, error) {
	segs, err := p.segmenter.Segment(doc)
	if err != nil {
		return nil, fmt.Errorf("segment: %w", err)
	}
	heading, leadIn := strings.TrimSpace(cc.Heading), strings.TrimSpace(cc.LeadIn)
	for i := range segs {
		// The text's own heading and lead-in, when it has them, are closer.
		if heading != "" && segs[i].Heading == "" {
			segs[i].Heading, segs[i].HeadingTokens = heading, p.segmenter.Tokens(heading, 0)
		}
		if leadIn != "" && segs[i].LeadIn == "" {
			segs[i].LeadIn, segs[i].LeadInTokens = leadIn, p.segmenter.Tokens(leadIn, 0)
		}
	}
	out := make([]report.Clause, 0, len(segs))
	labels, err := p.classifier.Batch().Document(segs, ctx.Err)
	if err != nil {
		return nil, canceled(err)
	}
	for i, s := range segs {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, canceled(err)
			}
		}
		c := report.Clause{
			ID:         "c" + strconv.Itoa(i+1),
			Text:       s.Text,
			Start:      s.Start,
			End:        s.End,
			Heading:    s.Heading,
			LeadIn:     s.LeadIn,
			InTable:    s.InTable,
			Categories: labels[i],
			Vague:      vague.Find(code, s),
		}
		if c.Categories == nil {
			c.Categories = []report.Label{}
		}
		if c.Vague == nil {
			c.Vague = []report.VagueTerm{}
		}
		out = append(out, c)
	}
	return out, nil
}

// sortLabels orders labels as report.Categories.
func sortLabels(ls []report.Label) {
	slices.SortStableFunc(ls, func(a, b report.Label) int {
		return slices.Index(report.Categories, a.Category) - slices.Index(report.Categories, b.Category)
	})
}

func canceled(err error) error {
	return &Error{Code: CodeCanceled, Message: "analysis canceled: " + err.Error()}
}

// recoverInto turns a panic in any stage into an internal error, so one bad
// document never takes down a corpus run or the wasm runtime.
func recoverInto(err *error) {
	if r := recover(); r != nil {
		*err = &Error{Code: CodeInternal, Message: fmt.Sprintf("internal error: %v", r)}
	}
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }
