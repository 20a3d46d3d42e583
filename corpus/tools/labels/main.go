// Command labels prepares real policies for labelling and builds gold label
// files from what labellers wrote. It is a corpus tool, not part of the
// engine: it uses only the engine's extraction and segmentation stages (never
// its classifier, vagueness rules or checklist) so that labellers read the
// units the engine will read without seeing any of its answers.
//
//	go run ./corpus/tools/labels prep -out DIR FILE...   write one unit template per file
//	go run ./corpus/tools/labels build DIR               turn DIR's *.lab (and *.checklist) into labels files
//	go run ./corpus/tools/labels checklist -doc FILE -source SRC -lang en|fr -o OUT.labels.json NAME.checklist
//	                                                     a labels file of scope checklist (no units) from a .checklist
//	go run ./corpus/tools/labels agree A.labels.json B.labels.json ...
//	                                                     Cohen's kappa between two labellings (pairs of files)
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/policylens/policylens/analyzer/extract"
	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/segment"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "labels:", err)
		os.Exit(1)
	}
}

func run(_ context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return errors.New("usage: labels prep|build ...")
	}
	switch args[0] {
	case "prep":
		return prep(args[1:], stdout)
	case "build":
		return build(args[1:], stdout)
	case "agree":
		return agree(args[1:], stdout)
	case "checklist":
		return checklistOnly(args[1:])
	}
	return fmt.Errorf("unknown command %q", args[0])
}

// section is a run of clauses under one heading.
type section struct {
	heading string
	clauses []segment.Clause
}

func prep(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("prep", flag.ContinueOnError)
	out := fs.String("out", "", "output folder")
	target := fs.Int("units", 32, "units to take from each document (whole sections)")
	all := fs.Bool("all", false, "take every section")
	focus := fs.String("focus", "", "prefer windows holding a section whose heading matches this regular expression (case-insensitive)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	det := lang.NewDetector()
	for _, path := range fs.Args() {
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		doc, err := extract.Extract(raw, extract.FormatAuto)
		if err != nil {
			fmt.Fprintf(stdout, "skip %s: %v\n", path, err)
			continue
		}
		res := det.Detect(doc.Text)
		if !res.Supported() {
			fmt.Fprintf(stdout, "skip %s: language %q\n", path, res.Name)
			continue
		}
		clauses, err := segment.New(res.Code).Segment(doc)
		if err != nil {
			fmt.Fprintf(stdout, "skip %s: %v\n", path, err)
			continue
		}
		var secs []section
		for _, c := range clauses {
			if len(secs) == 0 || secs[len(secs)-1].heading != c.Heading {
				secs = append(secs, section{heading: c.Heading})
			}
			secs[len(secs)-1].clauses = append(secs[len(secs)-1].clauses, c)
		}
		if len(secs) == 0 {
			fmt.Fprintf(stdout, "skip %s: no clauses\n", path)
			continue
		}
		chosen := make([]bool, len(secs))
		n := 0
		if *all {
			for i := range chosen {
				chosen[i] = true
			}
		} else {
			var re *regexp.Regexp
			if *focus != "" {
				var err error
				if re, err = regexp.Compile("(?i)" + *focus); err != nil {
					return fmt.Errorf("-focus: %w", err)
				}
			}
			chosen = window(secs, *target, filepath.Base(path), re)
		}
		for i, c := range chosen {
			if c {
				n += len(secs[i].clauses)
			}
		}
		if n > 2**target && !*all {
			fmt.Fprintf(stdout, "note %s: %d units in whole sections\n", path, n)
		}
		name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		name = string(res.Code) + "-" + sanitize(name)
		var b strings.Builder
		fmt.Fprintf(&b, "# source: %s\n# language: %s\n", path, res.Code)
		num := 0
		for i, s := range secs {
			if !chosen[i] {
				continue
			}
			fmt.Fprintf(&b, "\n## section: %s\n", oneLine(s.heading))
			lead := ""
			for _, c := range s.clauses {
				if c.LeadIn != "" && c.LeadIn != lead {
					fmt.Fprintf(&b, "   (list under the lead-in: %s)\n", oneLine(c.LeadIn))
				}
				lead = c.LeadIn
				num++
				fmt.Fprintf(&b, "%d\t%s\n", num, oneLine(c.Text))
			}
		}
		if err := os.WriteFile(filepath.Join(*out, name+".units.txt"), []byte(b.String()), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s\t%d units\t%d sections of %d\n", name, num, countTrue(chosen), len(secs))
		// The full extracted text, for reading the whole policy.
		if err := os.WriteFile(filepath.Join(*out, name+".fulltext.txt"), []byte(doc.Text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// window picks a run of whole consecutive sections holding about target
// clauses: among the start positions whose run lands between 0.7 and 1.5
// times the target and is mostly prose (not navigation), one chosen by a
// hash of the file name (so that the choice is reproducible and spread over
// the document); failing that, the run that comes closest. With focus, runs
// holding a section whose heading matches focus are preferred.
func window(secs []section, target int, name string, focus *regexp.Regexp) []bool {
	type run struct{ from, to, n int }
	var good, focused []run
	best := run{n: -1}
	for from := range secs {
		n, prose := 0, 0
		hit := false
		to := from
		for ; to < len(secs) && n < target; to++ {
			n += len(secs[to].clauses)
			for _, c := range secs[to].clauses {
				if len(strings.Fields(c.Text)) >= 6 {
					prose++
				}
			}
			if focus != nil && focus.MatchString(secs[to].heading) {
				hit = true
			}
		}
		r := run{from, to, n}
		if float64(n) >= 0.7*float64(target) && float64(n) <= 1.5*float64(target) && prose*2 >= n {
			good = append(good, r)
			if hit {
				focused = append(focused, r)
			}
		}
		if best.n < 0 || abs(n-target) < abs(best.n-target) {
			best = r
		}
	}
	if len(focused) > 0 {
		good = focused
	}
	h := fnv.New32a()
	h.Write([]byte(name))
	pick := best
	if len(good) > 0 {
		pick = good[int(h.Sum32()%uint32(len(good)))]
	}
	chosen := make([]bool, len(secs))
	for i := pick.from; i < pick.to; i++ {
		chosen[i] = true
	}
	return chosen
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func countTrue(b []bool) int {
	n := 0
	for _, v := range b {
		if v {
			n++
		}
	}
	return n
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func sanitize(s string) string {
	s = strings.ToLower(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		default:
			if b.Len() > 0 && !strings.HasSuffix(b.String(), "-") {
				b.WriteByte('-')
			}
		}
	}
	return strings.Trim(b.String(), "-")
}

// Unit mirrors eval's unit format.
type unit struct {
	Text       string   `json:"text"`
	Heading    string   `json:"heading,omitempty"`
	LeadIn     string   `json:"lead_in,omitempty"`
	Categories []string `json:"categories"`
	Vague      []vague  `json:"vague"`
}

type vague struct {
	Term string `json:"term"`
	Kind string `json:"kind"`
}

var catCodes = map[byte]string{'c': "collection", 's': "sharing", 'k': "cookies", 'r': "rights", 't': "retention", 'j': "jurisdiction"}
var catOrder = []string{"collection", "sharing", "cookies", "rights", "retention", "jurisdiction"}
var kinds = map[string]bool{"modality": true, "conditional": true, "generalisation": true, "quantifier": true, "open_list": true, "open_time": true}

// build reads DIR/NAME.units.txt with DIR/NAME.lab and writes DIR/NAME.labels.json.
func build(args []string, stdout io.Writer) error {
	if len(args) != 1 {
		return errors.New("usage: labels build DIR")
	}
	dir := args[0]
	labs, err := filepath.Glob(filepath.Join(dir, "*.lab"))
	if err != nil {
		return err
	}
	sort.Strings(labs)
	for _, lab := range labs {
		name := strings.TrimSuffix(filepath.Base(lab), ".lab")
		n, err := buildOne(dir, name)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		fmt.Fprintf(stdout, "%s\t%d units\n", name, n)
	}
	return nil
}

type tmplUnit struct {
	text, heading, leadIn string
}

func readTemplate(path string) (src, language string, units []tmplUnit, err error) {
	f, err := os.Open(path)
	if err != nil {
		return "", "", nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	heading, lead := "", ""
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# source: "):
			src = strings.TrimPrefix(line, "# source: ")
		case strings.HasPrefix(line, "# language: "):
			language = strings.TrimPrefix(line, "# language: ")
		case strings.HasPrefix(line, "## section: "):
			heading, lead = strings.TrimPrefix(line, "## section: "), ""
		case strings.HasPrefix(line, "   (list under the lead-in: "):
			lead = strings.TrimSuffix(strings.TrimPrefix(line, "   (list under the lead-in: "), ")")
		case line == "":
		default:
			_, text, ok := strings.Cut(line, "\t")
			if !ok {
				return "", "", nil, fmt.Errorf("template line %q", line)
			}
			units = append(units, tmplUnit{text: text, heading: heading, leadIn: lead})
		}
	}
	return src, language, units, sc.Err()
}

func buildOne(dir, name string) (int, error) {
	src, language, tmpl, err := readTemplate(filepath.Join(dir, name+".units.txt"))
	if err != nil {
		return 0, err
	}
	data, err := os.ReadFile(filepath.Join(dir, name+".lab"))
	if err != nil {
		return 0, err
	}
	labels := map[int][]string{}
	for ln, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		var idx int
		if _, err := fmt.Sscanf(f[0], "%d", &idx); err != nil || idx < 1 || idx > len(tmpl) {
			return 0, fmt.Errorf(".lab line %d: bad unit number %q", ln+1, f[0])
		}
		if _, dup := labels[idx]; dup {
			return 0, fmt.Errorf(".lab line %d: unit %d labelled twice", ln+1, idx)
		}
		labels[idx] = f[1:]
	}
	var units []unit
	var pendingGap []string // H and X lines since the last unit
	for i, t := range tmpl {
		f, ok := labels[i+1]
		if !ok {
			return 0, fmt.Errorf("unit %d not labelled", i+1)
		}
		code := ""
		if len(f) > 0 {
			code = strings.TrimSpace(f[0])
		}
		switch code {
		case "H", "X": // a heading or not policy text: not a unit
			pendingGap = append(pendingGap, t.text)
			continue
		case "M": // continues the previous unit; its vague terms join the unit's
			if len(units) == 0 {
				return 0, fmt.Errorf("unit %d: M with no previous unit", i+1)
			}
			vs, err := parseVague(f, t.text, i+1)
			if err != nil {
				return 0, err
			}
			last := &units[len(units)-1]
			// Text skipped between the unit and its continuation (a page
			// marker) stays inside the unit, so that its text is one piece
			// of the document.
			for _, g := range pendingGap {
				last.Text += " " + g
			}
			pendingGap = nil
			last.Text += " " + t.text
			last.Vague = append(last.Vague, vs...)
			continue
		}
		pendingGap = nil
		u := unit{Text: t.text, Heading: t.heading, LeadIn: t.leadIn, Categories: []string{}, Vague: []vague{}}
		if code != "-" {
			have := map[string]bool{}
			for k := 0; k < len(code); k++ {
				c, ok := catCodes[code[k]]
				if !ok {
					return 0, fmt.Errorf("unit %d: unknown category code %q", i+1, code[k])
				}
				have[c] = true
			}
			for _, c := range catOrder {
				if have[c] {
					u.Categories = append(u.Categories, c)
				}
			}
		}
		vs, err := parseVague(f, t.text, i+1)
		if err != nil {
			return 0, err
		}
		u.Vague = append(u.Vague, vs...)
		units = append(units, u)
	}
	out := map[string]any{
		"schema":   1,
		"document": filepath.Base(src),
		"source":   src,
		"language": language,
		"scope":    "sections",
		"units":    units,
	}
	if cl, err := os.ReadFile(filepath.Join(dir, name+".checklist")); err == nil {
		items, flags, ev, err := parseChecklist(string(cl))
		if err != nil {
			return 0, fmt.Errorf("checklist: %w", err)
		}
		out["checklist"], out["red_flags"], out["checklist_evidence"] = items, flags, ev
	}
	js, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return 0, err
	}
	return len(units), os.WriteFile(filepath.Join(dir, name+".labels.json"), append(js, '\n'), 0o644)
}

// checklistOnly writes a labels file of scope checklist: the checklist and
// red flags of a whole policy, read in full by a labeller, with no unit
// labels (eval scores only its checklist).
func checklistOnly(args []string) error {
	fs := flag.NewFlagSet("checklist", flag.ContinueOnError)
	doc := fs.String("doc", "", "the document's file name in the corpus (e.g. en/en-arlo.md)")
	src := fs.String("source", "", "where the document was copied from (e.g. policies-dev/en-tosback/Arlo.md)")
	language := fs.String("lang", "", "the policy's language: en or fr")
	out := fs.String("o", "", "the labels file to write")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 || *doc == "" || *out == "" || (*language != "en" && *language != "fr") {
		return errors.New("usage: labels checklist -doc FILE -source SRC -lang en|fr -o OUT NAME.checklist")
	}
	data, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		return err
	}
	items, flags, ev, err := parseChecklist(string(data))
	if err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	js, err := json.MarshalIndent(map[string]any{
		"schema":             1,
		"document":           *doc,
		"source":             *src,
		"language":           *language,
		"scope":              "checklist",
		"units":              []unit{},
		"checklist":          items,
		"red_flags":          flags,
		"checklist_evidence": ev,
	}, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(*out, append(js, '\n'), 0o644)
}

// parseVague reads the vague terms of a .lab line's fields (after the unit
// number) as term/kind pairs separated by ';', each of which must occur in
// the line's text.
func parseVague(f []string, text string, n int) ([]vague, error) {
	var out []vague
	if len(f) < 2 || strings.TrimSpace(f[1]) == "" {
		return out, nil
	}
	for _, v := range strings.Split(f[1], ";") {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		// The term may itself hold a slash; the kind is after the last one.
		j := strings.LastIndex(v, "/")
		if j < 0 {
			return nil, fmt.Errorf("unit %d: vague %q is not term/kind", n, v)
		}
		term, kind := v[:j], v[j+1:]
		if !kinds[kind] {
			return nil, fmt.Errorf("unit %d: unknown vague kind %q", n, kind)
		}
		if !strings.Contains(strings.ToLower(text), strings.ToLower(term)) {
			return nil, fmt.Errorf("unit %d: vague term %q not in its text", n, term)
		}
		out = append(out, vague{Term: term, Kind: kind})
	}
	return out, nil
}

// parseChecklist reads lines "ID<TAB>found|vague|missing<TAB>deciding words"
// and one line "red_flags<TAB>id,id".
func parseChecklist(s string) (map[string]string, []string, map[string]string, error) {
	items, ev := map[string]string{}, map[string]string{}
	flags := []string{}
	for ln, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if f[0] == "red_flags" {
			if len(f) > 1 {
				for _, id := range strings.Split(f[1], ",") {
					if id = strings.TrimSpace(id); id != "" && id != "-" {
						flags = append(flags, id)
					}
				}
			}
			continue
		}
		if len(f) < 2 {
			return nil, nil, nil, fmt.Errorf("line %d: want ID<TAB>status<TAB>words", ln+1)
		}
		st := strings.TrimSpace(f[1])
		if st != "found" && st != "vague" && st != "missing" {
			return nil, nil, nil, fmt.Errorf("line %d: status %q", ln+1, st)
		}
		items[strings.TrimSpace(f[0])] = st
		if len(f) == 3 {
			ev[strings.TrimSpace(f[0])] = strings.TrimSpace(f[2])
		}
	}
	if len(items) != 20 {
		return nil, nil, nil, fmt.Errorf("%d checklist items, want 20", len(items))
	}
	return items, flags, ev, nil
}

// agree reads pairs of labels files of one document labelled twice and
// prints Cohen's kappa per category (over the units both labellers kept,
// matched by text) and per checklist item (over the documents), with the
// raw agreement.
func agree(args []string, stdout io.Writer) error {
	if len(args) == 0 || len(args)%2 != 0 {
		return errors.New("usage: labels agree A1 B1 [A2 B2 ...] (pairs of labels files)")
	}
	type doc struct {
		Units     []unit            `json:"units"`
		Checklist map[string]string `json:"checklist"`
		RedFlags  []string          `json:"red_flags"`
	}
	read := func(p string) (doc, error) {
		var d doc
		data, err := os.ReadFile(p)
		if err != nil {
			return d, err
		}
		return d, json.Unmarshal(data, &d)
	}
	catPairs := map[string][][2]bool{}
	itemPairs := map[string][][2]string{}
	units, dropped := 0, 0
	for i := 0; i < len(args); i += 2 {
		a, err := read(args[i])
		if err != nil {
			return fmt.Errorf("%s: %w", args[i], err)
		}
		b, err := read(args[i+1])
		if err != nil {
			return fmt.Errorf("%s: %w", args[i+1], err)
		}
		bu := map[string][]unit{}
		for _, u := range b.Units {
			bu[u.Text] = append(bu[u.Text], u)
		}
		for _, u := range a.Units {
			list := bu[u.Text]
			if len(list) == 0 {
				dropped++ // kept as a unit by one labeller only (heading, merge)
				continue
			}
			v := list[0]
			bu[u.Text] = list[1:]
			units++
			for _, c := range catOrder {
				catPairs[c] = append(catPairs[c], [2]bool{hasCat(u.Categories, c), hasCat(v.Categories, c)})
			}
		}
		if a.Checklist != nil && b.Checklist != nil {
			for id, st := range a.Checklist {
				itemPairs[id] = append(itemPairs[id], [2]string{st, b.Checklist[id]})
			}
			for _, f := range []string{"retention.indefinite", "sharing.sells_data", "cookies.dnt_ignored", "policy.continued_use", "rights.id_copy"} {
				itemPairs["flag:"+f] = append(itemPairs["flag:"+f], [2]string{fmt.Sprint(hasCat(a.RedFlags, f)), fmt.Sprint(hasCat(b.RedFlags, f))})
			}
		}
	}
	fmt.Fprintf(stdout, "units labelled by both: %d (%d kept as units by one labeller only)\n", units, dropped)
	fmt.Fprintf(stdout, "%-24s %6s %6s %5s\n", "category", "kappa", "agree", "pos")
	var all [][2]string
	for _, c := range catOrder {
		var ps [][2]string
		pos := 0
		for _, p := range catPairs[c] {
			ps = append(ps, [2]string{fmt.Sprint(p[0]), fmt.Sprint(p[1])})
			if p[0] || p[1] {
				pos++
			}
		}
		k, ag := kappa(ps)
		fmt.Fprintf(stdout, "%-24s %6.3f %6.3f %5d\n", c, k, ag, pos)
	}
	ids := make([]string, 0, len(itemPairs))
	for id := range itemPairs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	if len(ids) > 0 {
		fmt.Fprintf(stdout, "\nchecklist (%d documents)\n%-28s %6s %6s\n", len(itemPairs[ids[0]]), "item", "kappa", "agree")
	}
	for _, id := range ids {
		k, ag := kappa(itemPairs[id])
		fmt.Fprintf(stdout, "%-28s %6.3f %6.3f\n", id, k, ag)
		if !strings.HasPrefix(id, "flag:") {
			all = append(all, itemPairs[id]...)
		}
	}
	if len(all) > 0 {
		k, ag := kappa(all)
		fmt.Fprintf(stdout, "%-28s %6.3f %6.3f\n", "all checklist items", k, ag)
	}
	return nil
}

func hasCat(list []string, c string) bool {
	for _, x := range list {
		if x == c {
			return true
		}
	}
	return false
}

// kappa returns Cohen's kappa and the raw agreement of paired labels. When
// the chance agreement is 1 (both labellers always gave the same single
// label) kappa is 1 if they agree everywhere.
func kappa(ps [][2]string) (k, observed float64) {
	if len(ps) == 0 {
		return 0, 0
	}
	n := float64(len(ps))
	ma, mb := map[string]float64{}, map[string]float64{}
	agreeN := 0.0
	for _, p := range ps {
		ma[p[0]]++
		mb[p[1]]++
		if p[0] == p[1] {
			agreeN++
		}
	}
	observed = agreeN / n
	expected := 0.0
	for l, a := range ma {
		expected += (a / n) * (mb[l] / n)
	}
	if expected == 1 {
		return 1, observed
	}
	return (observed - expected) / (1 - expected), observed
}
