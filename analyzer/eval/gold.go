// Package eval measures the engine against the hand-labelled corpus: it loads
// gold labels (corpus/*.labels.json), aligns their units with a document's
// text and scores engine reports against them (categories, vague wording,
// checklist, red flags, bilingual pairs).
//
// It does no I/O of its own beyond the fs.FS it is given, so it builds for
// WebAssembly like the rest of analyzer/.
package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer/report"
)

// Schema is the version of the labels format this package reads.
const Schema = 1

// IndexFile is the corpus index read by Load when present.
const IndexFile = "corpus.json"

// LabelsSuffix ends the name of every labels file.
const LabelsSuffix = ".labels.json"

// VagueKinds are the ids of the kinds of vague wording, as in the team brief.
var VagueKinds = []string{"modality", "conditional", "generalisation", "quantifier", "open_list", "open_time"}

// ChecklistIDs are the 20 checklist items every labels file must rate.
var ChecklistIDs = []string{
	"collection.data_types", "collection.purposes",
	"sharing.recipients", "sharing.sale",
	"cookies.purposes", "cookies.control",
	"rights.access", "rights.deletion", "rights.rectification", "rights.portability",
	"rights.objection", "rights.complaint", "rights.contact", "rights.deadline",
	"retention.period",
	"jurisdiction.law", "jurisdiction.location", "jurisdiction.transfers",
	"policy.updated", "policy.changes",
}

// Statuses are the checklist statuses a labels file may use.
var Statuses = []string{report.StatusFound, report.StatusVague, report.StatusMissing}

// RedFlagIDs are the red flags a labels file may name.
var RedFlagIDs = []string{
	"retention.indefinite", "cookies.dnt_ignored", "policy.continued_use",
	"rights.id_copy", "sharing.sells_data",
}

// Languages are the languages a labelled document may be in.
var Languages = []string{"en", "fr"}

// Vague is one gold instance of vague wording inside a unit.
type Vague struct {
	Term string `json:"term"` // exactly as written in the unit
	Kind string `json:"kind"` // one of VagueKinds
}

// Unit is one gold sentence or list item.
type Unit struct {
	Text       string            `json:"text"`
	Categories []report.Category `json:"categories"`
	Vague      []Vague           `json:"vague"`
	// Heading and LeadIn record the context the labeller read the unit in
	// (its section's heading, its list's lead-in), when the labels file
	// keeps them; scoring does not use them.
	Heading string `json:"heading,omitempty"`
	LeadIn  string `json:"lead_in,omitempty"`
}

// Scopes of a labels file: every unit of the document, whole sections of it
// (the rest of the document is not scored for categories and vague terms),
// or only the checklist and red flags of the whole document (no units).
const (
	ScopeDocument  = ""
	ScopeSections  = "sections"
	ScopeChecklist = "checklist"
)

// Splits a document of an index may belong to. Settings are chosen on train
// and dev; test is only reported.
var Splits = []string{"train", "dev", "test"}

// Gold is one labels file together with the document it labels.
type Gold struct {
	Schema    int               `json:"schema"`
	Document  string            `json:"document"` // file name in the corpus
	Seed      string            `json:"seed"`     // source file name, "" if none
	Language  string            `json:"language"`
	Units     []Unit            `json:"units"`
	Checklist map[string]string `json:"checklist"`
	RedFlags  []string          `json:"red_flags"`
	// Source is where the document was copied from (real policies).
	Source string `json:"source,omitempty"`
	// Scope is ScopeDocument, ScopeSections or ScopeChecklist. A labels
	// file of scope sections may have no checklist (nil): its checklist and
	// red flags are then not scored. One of scope checklist has a checklist
	// and no units.
	Scope string `json:"scope,omitempty"`
	// ChecklistEvidence holds, per checklist id, the words of the policy
	// that decided the gold status (real policies).
	ChecklistEvidence map[string]string `json:"checklist_evidence,omitempty"`

	// Labels is the labels file's name in the corpus.
	Labels string `json:"-"`
	// Pair is the file of the same notice in the other language ("" if none),
	// from the corpus index.
	Pair string `json:"-"`
	// Raw is the document's content as stored.
	Raw []byte `json:"-"`
	// Split is the document's split in the index ("" when none).
	Split string `json:"-"`
}

// HasChecklist reports whether the labels rate the checklist (and red flags).
func (g *Gold) HasChecklist() bool { return g.Checklist != nil }

// indexEntry is one document of corpus.json.
type indexEntry struct {
	File     string  `json:"file"`
	Labels   string  `json:"labels"`
	Language string  `json:"language"`
	Seed     *string `json:"seed"`
	Pair     *string `json:"pair"`
	// Split is train, dev or test (optional).
	Split string `json:"split,omitempty"`
	// Source and Licence record where a real policy comes from and under
	// which licence (optional, informative).
	Source  string `json:"source,omitempty"`
	Licence string `json:"licence,omitempty"`
}

type index struct {
	Documents []indexEntry `json:"documents"`
}

// Load reads the labelled corpus in fsys: the documents listed in corpus.json
// when it exists, else every *.labels.json file (in name order) with the
// document it names. Every labels file is validated; the first problem is
// returned as an error naming the file and, where it applies, the unit.
func Load(fsys fs.FS) ([]Gold, error) {
	idxData, err := fs.ReadFile(fsys, IndexFile)
	switch {
	case err == nil:
		return loadIndexed(fsys, idxData)
	case errors.Is(err, fs.ErrNotExist):
		return loadGlob(fsys)
	default:
		return nil, fmt.Errorf("read %s: %w", IndexFile, err)
	}
}

func loadIndexed(fsys fs.FS, data []byte) ([]Gold, error) {
	var idx index
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&idx); err != nil {
		return nil, fmt.Errorf("%s: %w", IndexFile, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%s: data after the index", IndexFile)
	}
	if len(idx.Documents) == 0 {
		return nil, fmt.Errorf("%s: no documents", IndexFile)
	}
	files := make(map[string]bool, len(idx.Documents))
	for _, e := range idx.Documents {
		if e.File == "" {
			return nil, fmt.Errorf("%s: a document has no file", IndexFile)
		}
		if files[e.File] {
			return nil, fmt.Errorf("%s: %s listed twice", IndexFile, e.File)
		}
		files[e.File] = true
	}
	golds := make([]Gold, 0, len(idx.Documents))
	for _, e := range idx.Documents {
		labels := e.Labels
		if labels == "" {
			labels = strings.TrimSuffix(e.File, path.Ext(e.File)) + LabelsSuffix
		}
		g, err := loadOne(fsys, labels)
		if err != nil {
			return nil, err
		}
		if g.Document != e.File {
			return nil, fmt.Errorf("%s: document %q, but %s lists it for %q", labels, g.Document, IndexFile, e.File)
		}
		if e.Language != "" && e.Language != g.Language {
			return nil, fmt.Errorf("%s: language %q, but %s says %q", labels, g.Language, IndexFile, e.Language)
		}
		if e.Seed != nil && *e.Seed != g.Seed {
			return nil, fmt.Errorf("%s: seed %q, but %s says %q", labels, g.Seed, IndexFile, *e.Seed)
		}
		if e.Split != "" && !slices.Contains(Splits, e.Split) {
			return nil, fmt.Errorf("%s: %s: unknown split %q", IndexFile, e.File, e.Split)
		}
		g.Split = e.Split
		if e.Pair != nil && *e.Pair != "" {
			if !files[*e.Pair] || *e.Pair == e.File {
				return nil, fmt.Errorf("%s: %s: pair %q is not another document of the index", IndexFile, e.File, *e.Pair)
			}
			g.Pair = *e.Pair
		}
		golds = append(golds, g)
	}
	// A pair must be declared on both sides and join two languages.
	byFile := make(map[string]*Gold, len(golds))
	for i := range golds {
		byFile[golds[i].Document] = &golds[i]
	}
	for _, g := range golds {
		if g.Pair == "" {
			continue
		}
		other := byFile[g.Pair]
		if other.Pair != g.Document {
			return nil, fmt.Errorf("%s: %s pairs with %s, but %s does not pair back", IndexFile, g.Document, g.Pair, g.Pair)
		}
		if other.Language == g.Language {
			return nil, fmt.Errorf("%s: pair %s / %s is in one language (%s)", IndexFile, g.Document, g.Pair, g.Language)
		}
	}
	return golds, nil
}

func loadGlob(fsys fs.FS) ([]Gold, error) {
	names, err := fs.Glob(fsys, "*"+LabelsSuffix)
	if err != nil {
		return nil, fmt.Errorf("list labels files: %w", err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no %s and no *%s files", IndexFile, LabelsSuffix)
	}
	slices.Sort(names)
	golds := make([]Gold, 0, len(names))
	for _, name := range names {
		g, err := loadOne(fsys, name)
		if err != nil {
			return nil, err
		}
		golds = append(golds, g)
	}
	return golds, nil
}

// loadOne reads, decodes and validates one labels file and reads its document.
func loadOne(fsys fs.FS, name string) (Gold, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return Gold{}, fmt.Errorf("read labels: %w", err)
	}
	g, err := ParseLabels(data)
	if err != nil {
		return Gold{}, fmt.Errorf("%s: %w", name, err)
	}
	g.Labels = name
	g.Raw, err = fs.ReadFile(fsys, g.Document)
	if err != nil {
		return Gold{}, fmt.Errorf("%s: read document: %w", name, err)
	}
	return g, nil
}

// ParseLabels decodes and validates one labels file. Unknown fields,
// categories, vague kinds, checklist ids or statuses and red flags are
// errors, as is a missing checklist id or a vague term absent from its unit.
func ParseLabels(data []byte) (Gold, error) {
	var g Gold
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return Gold{}, fmt.Errorf("decode: %w", err)
	}
	if dec.More() {
		return Gold{}, errors.New("decode: data after the labels")
	}
	if err := g.Validate(); err != nil {
		return Gold{}, err
	}
	return g, nil
}

// Validate checks g against the label format (see corpus/README.md).
func (g *Gold) Validate() error {
	if g.Schema != Schema {
		return fmt.Errorf("schema %d, want %d", g.Schema, Schema)
	}
	if g.Document == "" {
		return errors.New("no document")
	}
	if !slices.Contains(Languages, g.Language) {
		return fmt.Errorf("unknown language %q", g.Language)
	}
	switch {
	case g.Scope == ScopeChecklist && len(g.Units) > 0:
		return errors.New("units in a labels file of scope checklist")
	case g.Scope == ScopeChecklist && g.Checklist == nil:
		return errors.New("scope checklist without a checklist")
	case g.Scope != ScopeChecklist && len(g.Units) == 0:
		return errors.New("no units")
	}
	for i, u := range g.Units {
		if err := u.validate(); err != nil {
			return fmt.Errorf("unit %d %q: %w", i+1, short(u.Text), err)
		}
	}
	if g.Scope != ScopeDocument && g.Scope != ScopeSections && g.Scope != ScopeChecklist {
		return fmt.Errorf("unknown scope %q", g.Scope)
	}
	if g.Checklist == nil && g.Scope == ScopeSections {
		if len(g.RedFlags) > 0 {
			return errors.New("red_flags without a checklist")
		}
		return nil
	}
	for id := range g.ChecklistEvidence {
		if !slices.Contains(ChecklistIDs, id) {
			return fmt.Errorf("checklist_evidence: unknown id %q", id)
		}
	}
	for id, st := range g.Checklist {
		if !slices.Contains(ChecklistIDs, id) {
			return fmt.Errorf("checklist: unknown id %q", id)
		}
		if !slices.Contains(Statuses, st) {
			return fmt.Errorf("checklist: %s: unknown status %q", id, st)
		}
	}
	for _, id := range ChecklistIDs {
		if _, ok := g.Checklist[id]; !ok {
			return fmt.Errorf("checklist: %s is missing", id)
		}
	}
	seen := map[string]bool{}
	for _, f := range g.RedFlags {
		if !slices.Contains(RedFlagIDs, f) {
			return fmt.Errorf("red_flags: unknown id %q", f)
		}
		if seen[f] {
			return fmt.Errorf("red_flags: %s listed twice", f)
		}
		seen[f] = true
	}
	return nil
}

func (u Unit) validate() error {
	if normalise(u.Text) == "" {
		return errors.New("no letters or digits")
	}
	for _, c := range u.Categories {
		if !slices.Contains(report.Categories, c) {
			return fmt.Errorf("unknown category %q", c)
		}
	}
	for i, c := range u.Categories {
		if slices.Contains(u.Categories[:i], c) {
			return fmt.Errorf("category %q listed twice", c)
		}
	}
	count := map[string]int{}
	for _, v := range u.Vague {
		if !slices.Contains(VagueKinds, v.Kind) {
			return fmt.Errorf("vague term %q: unknown kind %q", v.Term, v.Kind)
		}
		if strings.TrimSpace(v.Term) == "" {
			return errors.New("empty vague term")
		}
		count[v.Term]++
		if n := strings.Count(u.Text, v.Term); n < count[v.Term] {
			return fmt.Errorf("vague term %q listed %d times but found %d times in the unit", v.Term, count[v.Term], n)
		}
	}
	return nil
}

// short abbreviates a unit's text for error messages.
func short(s string) string {
	const max = 60
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "..."
}
