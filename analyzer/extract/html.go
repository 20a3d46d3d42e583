package extract

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/policylens/policylens/internal/lazyre"
)

// alwaysChrome are elements that never carry policy text.
const alwaysChrome = "script, style, noscript, template, svg, iframe, object, embed, canvas, " +
	"select, input, textarea, dialog, link, meta, " +
	`[role=dialog], [role=alertdialog], [aria-modal=true]`

// semanticChrome are landmark elements that are page chrome unless they hold
// the content.
//
// form is here because ASP.NET pages wrap the whole page in one.
const semanticChrome = "form, nav, aside, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search]"

var (
	// Words in an id or class that mark chrome. Strong words are removed
	// even when the element has headings and prose (consent managers do).
	reChromeStrong = lazyre.New(`(?i)consent|gdpr|onetrust|(^|[^a-z])cmp([^a-z]|$)|modal|popup|newsletter|cookie-?banner|cookie-?bar|cookie-?notice|cookie-?consent|overlay|toast`)
	reChromeWeak   = lazyre.New(`(?i)cookie|banner|share|sharing|social|breadcrumb|menu|sidebar|side-bar|related|skip|footer|navbar|topbar|masthead|nav-|-nav|navigation|subscribe|promo|advert|(^|[^a-z])ads?([^a-z]|$)|comment|widget|pagination|toolbar`)
	// Hidden elements that are accordion or tab panels keep their text.
	reAccordion = lazyre.New(`(?i)accordion|collaps|panel|faq|expand|toggle|tab-?content|disclosure|details`)
	reSkipLink  = lazyre.New(`(?i)^\s*(skip|jump|aller|passer|acc[eé]der)\b.{0,40}(content|main|navigation|contenu|principal|menu)`)
	reDisplayNo = lazyre.New(`(?i)display\s*:\s*none|visibility\s*:\s*hidden`)
)

// extractHTML parses an HTML page, drops its chrome and returns the policy
// text as blocks.
// errUnparsable marks HTML the parser refuses (it stops at elements nested
// over 512 deep); Extract then reads the page as text.
var errUnparsable = errors.New("unparsable html")

func extractHTML(raw []byte) (*Document, error) {
	gq, err := goquery.NewDocumentFromReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("parse html: %w: %w", errUnparsable, err)
	}
	title := collapse(gq.Find("title").First().Text())
	for _, n := range gq.Nodes {
		composeShadowRoots(n)
	}

	gq.Find(alwaysChrome).Not("[aria-expanded], [aria-controls]").Remove()
	// Buttons are chrome, except those that open accordions or sit in headings.
	gq.Find("button").Each(func(_ int, s *goquery.Selection) {
		if s.Is("[aria-expanded], [aria-controls]") || s.ParentsFiltered("h1, h2, h3, h4, h5, h6, summary, dt").Length() > 0 {
			return
		}
		s.Remove()
	})

	dropTabCopies(gq)

	body := gq.Find("body").First()
	if body.Length() == 0 {
		return &Document{Title: title}, nil
	}
	stats := measure(body.Get(0))
	total := stats.text[body.Get(0)]
	controlled := controlledIDs(gq)
	tabs := tabLabels(gq)

	removeChrome(gq, body, stats, total, controlled)

	root := pickRoot(gq, body)
	updated := ""
	if t, ok := root.Find("time[datetime]").First().Attr("datetime"); ok {
		updated = strings.TrimSpace(t)
	}
	w := &walker{tabs: tabs}
	if root.Length() == 1 && root.Get(0) != body.Get(0) {
		keep := continuations(root.Get(0), body.Get(0), measure(body.Get(0)))
		walkKept(w, body.Get(0), keep)
	} else {
		for _, n := range root.Nodes {
			w.walk(n, walkCtx{kind: Paragraph})
		}
	}
	w.flush(walkCtx{kind: Paragraph})
	doc := dedupe(w.b.doc())
	doc.Title = title
	if doc.Title == "" {
		for _, b := range doc.Blocks {
			if b.Kind == Heading && b.Level == 1 {
				doc.Title = doc.BlockText(b)
				break
			}
		}
	}
	doc.Updated = updated
	return doc, nil
}

// dropTabCopies keeps one tab panel of each id. Some pages render their tab
// set once per section (a static export of every tab's route), each copy
// with its own panel shown and the others hidden: the panels of one id are
// then copies of one text, which a reader sees once. The copy kept is the
// one shown (not hidden), or the first when all are hidden; a tab set whose
// ids are unique is left as it is.
func dropTabCopies(gq *goquery.Document) {
	byID := map[string][]*goquery.Selection{}
	var order []string
	gq.Find("[role=tabpanel][id]").Each(func(_ int, s *goquery.Selection) {
		id, _ := s.Attr("id")
		if byID[id] == nil {
			order = append(order, id)
		}
		byID[id] = append(byID[id], s)
	})
	for _, id := range order {
		panels := byID[id]
		if len(panels) < 2 {
			continue
		}
		keep := 0
		for i, s := range panels {
			if !isHidden(s) {
				keep = i
				break
			}
		}
		for i, s := range panels {
			if i != keep {
				s.Remove()
			}
		}
	}
}

// isHidden reports whether an element is hidden by its own attributes
// (hidden, aria-hidden="true", an inline display:none or visibility:hidden).
func isHidden(s *goquery.Selection) bool {
	if _, ok := s.Attr("hidden"); ok {
		return true
	}
	if aria, _ := s.Attr("aria-hidden"); strings.EqualFold(aria, "true") {
		return true
	}
	style, _ := s.Attr("style")
	return reDisplayNo.MatchString(style)
}

// tabLabels takes the tabs (role=tab) out of the page and returns their
// labels by the id of the panel each controls: the walker writes a label as
// the heading of its panel, where a reader sees it, rather than as a row of
// words before the first panel.
func tabLabels(gq *goquery.Document) map[string]string {
	ids := map[string]bool{}
	gq.Find("[role=tabpanel][id]").Each(func(_ int, s *goquery.Selection) {
		id, _ := s.Attr("id")
		ids[id] = true
	})
	labels := map[string]string{}
	gq.Find("[role=tab][aria-controls]").Each(func(_ int, s *goquery.Selection) {
		id, _ := s.Attr("aria-controls")
		label := collapse(s.Text())
		if !ids[id] || label == "" {
			return
		}
		// A tab set rendered several times has several tabs for one
		// panel (dropTabCopies): the first names it, all go.
		if labels[id] == "" {
			labels[id] = label
		}
		s.Remove()
	})
	return labels
}

// controlledIDs returns the ids named by aria-controls attributes: those
// elements are accordion or tab panels even when hidden.
func controlledIDs(gq *goquery.Document) map[string]bool {
	ids := map[string]bool{}
	gq.Find("[aria-controls]").Each(func(_ int, s *goquery.Selection) {
		v, _ := s.Attr("aria-controls")
		for _, id := range strings.Fields(v) {
			ids[id] = true
		}
	})
	return ids
}

// linkTargets returns the ids the page's in-page links lead to (href="#id").
func linkTargets(gq *goquery.Document) map[string]bool {
	ids := map[string]bool{}
	gq.Find(`a[href^="#"]`).Each(func(_ int, s *goquery.Selection) {
		href, _ := s.Attr("href")
		if id := strings.TrimPrefix(href, "#"); id != "" {
			ids[id] = true
		}
	})
	return ids
}

// removeChrome deletes navigation, banners, hidden elements and the like,
// but never an element that holds the page's content.
func removeChrome(gq *goquery.Document, body *goquery.Selection, st *stats, total int, controlled map[string]bool) {
	targets := linkTargets(gq) // before the table of contents goes with the nav
	holdsContent := func(s *goquery.Selection) bool {
		n := s.Get(0)
		if n == body.Get(0) || s.Is("html, body, main, article, [role=main]") {
			return true
		}
		if s.Find("main, article, [role=main]").Length() > 0 {
			return true
		}
		t := st.text[n]
		return total > 0 && t*2 > total && st.link[n]*2 < t
	}

	// Hidden elements, unless they are accordion panels.
	body.Find("[hidden], [aria-hidden=true], [style]").Each(func(_ int, s *goquery.Selection) {
		if !isHidden(s) {
			return
		}
		id, _ := s.Attr("id")
		class, _ := s.Attr("class")
		role, _ := s.Attr("role")
		if controlled[id] || reAccordion.MatchString(class) || role == "tabpanel" || role == "region" ||
			s.Is("[aria-labelledby]") || s.ParentsFiltered("details").Length() > 0 {
			return
		}
		if holdsContent(s) {
			return
		}
		s.Remove()
	})

	// Site header and footer: only top-level ones; an article's own header
	// carries its title.
	body.Find("header, footer").Each(func(_ int, s *goquery.Selection) {
		if s.ParentsFiltered("article, main, [role=main], section").Length() > 0 || holdsContent(s) {
			return
		}
		s.Remove()
	})
	body.Find(semanticChrome).Each(func(_ int, s *goquery.Selection) {
		if holdsContent(s) {
			return
		}
		s.Remove()
	})

	kept := map[*html.Node]bool{}
	body.Find("[id], [class]").Each(func(_ int, s *goquery.Selection) {
		if s.Is("html, body") || len(s.Nodes) == 0 || s.Get(0).Parent == nil {
			return
		}
		id, _ := s.Attr("id")
		class, _ := s.Attr("class")
		names := id + " " + class
		strong := reChromeStrong.MatchString(names)
		if !strong && !reChromeWeak.MatchString(names) {
			return
		}
		// A tab or accordion panel is named after its topic (id="p-share").
		if s.Is("main, article, [role=main], [role=tabpanel], h1, h2, h3, h4, h5, h6") || controlled[id] {
			return
		}
		// Consent managers can outweigh a short policy, so a strong match is
		// kept only when it wraps the page's structure.
		if strong && s.Find("main, article, [role=main], h1").Length() > 0 || !strong && holdsContent(s) {
			return
		}
		if !strong {
			n := s.Get(0)
			lowLinks := st.link[n]*2 <= st.text[n]
			// Text elements and tables named after their topic
			// (class="cookie-table"), and anything inside a section kept
			// as prose, are content unless they are lists of links.
			if lowLinks && (s.Is("p, table, dl, blockquote, pre, li, tr, td, th") || insideKept(n, kept)) {
				return
			}
			// A section the page's own links lead to (href="#id": a table
			// of contents, "see Contact us") is content, whatever its
			// name says (class="navigation-block" on a scroll target).
			if isProseSection(s, st) || targets[id] && st.link[n]*10 <= st.text[n]*3 && st.prose[n] >= 100 {
				kept[n] = true
				return
			}
		}
		s.Remove()
	})

	body.Find("a").Each(func(_ int, s *goquery.Selection) {
		if href, _ := s.Attr("href"); strings.HasPrefix(href, "#") && reSkipLink.MatchString(s.Text()) {
			s.Remove()
		}
	})
}

// dedupe drops the second copy of a passage a page holds twice in a row:
// a run of blocks, three or more of them of 80 bytes or more, that repeats
// word for word the run right before it (a desktop and a mobile copy of a
// section, side by side, one of them shown by a style sheet the extractor
// does not read). A passage repeated further on stays: policies repeat a
// paragraph, a list or a whole passage from one section to the next (the
// rights under the GDPR and again under the UK GDPR, one list of purposes
// in each row of a table), and a reader reads it in both places. Tab sets
// rendered several times are handled on the tree (dropTabCopies).
func dedupe(doc *Document) *Document {
	n := len(doc.Blocks)
	texts := make([]string, n)
	long := make([]bool, n)
	for i, bl := range doc.Blocks {
		texts[i] = doc.BlockText(bl)
		long[i] = bl.End-bl.Start >= 80
	}
	// copyLen returns the length l of the longest run at i that repeats the
	// l blocks right before i, 0 when none does. The lengths tried are the
	// distances back to the latest earlier blocks of the same text.
	seen := map[string][]int{}
	copyLen := func(i int) int {
		prev := seen[texts[i]]
		best := 0
		for c := 0; c < len(prev) && c < 64; c++ {
			k := prev[len(prev)-1-c]
			l := i - k
			if i+l > n {
				break // farther occurrences give longer runs still
			}
			same := true
			for m := 0; m < l && same; m++ {
				same = texts[k+m] == texts[i+m]
			}
			if same {
				best = l
			}
		}
		return best
	}
	drop := make([]bool, n)
	dropped := false
	for i := 0; i < n; {
		l := copyLen(i)
		longs := 0
		for k := i; k < i+l; k++ {
			if long[k] {
				longs++
			}
		}
		if longs < 3 {
			seen[texts[i]] = append(seen[texts[i]], i)
			i++
			continue
		}
		for k := i; k < i+l; k++ {
			drop[k] = true
		}
		dropped = true
		i += l
	}
	if !dropped {
		return doc
	}
	var b builder
	for i, bl := range doc.Blocks {
		if !drop[i] {
			b.put(bl, texts[i])
		}
	}
	return b.doc()
}

// insideKept reports whether an ancestor of n is in kept.
func insideKept(n *html.Node, kept map[*html.Node]bool) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if kept[p] {
			return true
		}
	}
	return false
}

// isProseSection reports whether an element whose class looks like chrome is
// in fact a section of the policy (e.g. class="cookie-policy"): it has a
// heading and a fair amount of text that is not links.
func isProseSection(s *goquery.Selection, st *stats) bool {
	n := s.Get(0)
	t := st.text[n]
	if t == 0 || st.link[n]*10 > t*3 {
		return false
	}
	if s.Find("h1, h2, h3, h4, h5, h6").Length() > 0 && st.prose[n] >= 200 {
		return true
	}
	return st.prose[n] >= 600
}

// stats holds per-node text measures taken once on the cleaned tree.
type stats struct {
	text  map[*html.Node]int // bytes of collapsed-ish text
	link  map[*html.Node]int // bytes of text inside links
	prose map[*html.Node]int // bytes of text in paragraphs of 40+ bytes
}

func measure(root *html.Node) *stats {
	st := &stats{text: map[*html.Node]int{}, link: map[*html.Node]int{}, prose: map[*html.Node]int{}}
	var rec func(n *html.Node, inLink bool) (int, int, int)
	rec = func(n *html.Node, inLink bool) (int, int, int) {
		if n.Type == html.TextNode {
			t := len(strings.TrimSpace(n.Data))
			if inLink {
				return t, t, 0
			}
			return t, 0, 0
		}
		var text, link, prose int
		isLink := inLink || n.DataAtom == atom.A
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			t, l, p := rec(c, isLink)
			text, link, prose = text+t, link+l, prose+p
		}
		if n.Type == html.ElementNode {
			if isParagraphTag(n.DataAtom) && prose == 0 && text >= 40 && link*2 < text {
				prose = text - link
			}
			st.text[n], st.link[n], st.prose[n] = text, link, prose
		}
		return text, link, prose
	}
	rec(root, false)
	return st
}

func isParagraphTag(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Li, atom.Td, atom.Dd, atom.Dt, atom.Pre, atom.Blockquote, atom.Div, atom.Section, atom.Span:
		return true
	}
	return false
}

// pickRoot chooses the content root: main/article/[role=main] when one holds
// most of the text, otherwise the densest region.
func pickRoot(gq *goquery.Document, body *goquery.Selection) *goquery.Selection {
	st := measure(body.Get(0))
	score := func(n *html.Node) float64 {
		t := st.text[n]
		if t == 0 {
			return 0
		}
		return float64(st.prose[n]) * (1 - float64(st.link[n])/float64(t))
	}
	bodyScore := score(body.Get(0))
	var best *html.Node
	bestScore := 0.0
	body.Find("main, [role=main], article").Each(func(_ int, s *goquery.Selection) {
		n := s.Get(0)
		if sc := score(n); sc > bestScore {
			best, bestScore = n, sc
		}
	})
	if best != nil && bestScore >= 0.5*bodyScore && bestScore > 0 {
		return gq.FindNodes(best)
	}
	if n := densest(body.Get(0), st); n != nil {
		return gq.FindNodes(n)
	}
	return body
}

// densest finds the content region the Readability way: each paragraph adds
// its score to its parent and, less, to its grandparents; the best candidate
// is penalised by its link density; then the candidate is widened to its
// ancestor while that ancestor adds little but sibling content with prose.
func densest(body *html.Node, st *stats) *html.Node {
	scores := map[*html.Node]float64{}
	var order []*html.Node // scored nodes in a deterministic order
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				visit(c)
			}
		}
		if n.Type != html.ElementNode || !isParagraphTag(n.DataAtom) && !isHeading(n.DataAtom) {
			return
		}
		own := ownText(n)
		if own < 25 || st.link[n]*2 > st.text[n] {
			return // too short, or a list of links
		}
		sc := 1 + float64(strings.Count(textOf(n), ",")) + min(float64(own)/100, 3)
		add := func(m *html.Node, v float64) {
			if _, ok := scores[m]; !ok {
				order = append(order, m)
			}
			scores[m] += v
		}
		if own >= 200 && (n.DataAtom == atom.Td || n.DataAtom == atom.Div || n.DataAtom == atom.Section) {
			// A cell or div holding the whole text between <br>s (old
			// table layouts) is a candidate itself.
			add(n, sc)
		}
		p := n.Parent
		for level := 1; p != nil && level <= 3; level++ {
			div := float64(level)
			if level == 3 {
				div = 6
			}
			add(p, sc/div)
			if p == body {
				break
			}
			p = p.Parent
		}
	}
	visit(body)
	var best *html.Node
	bestScore := 0.0
	for _, n := range order {
		sc, t := scores[n], st.text[n]
		if t == 0 {
			continue
		}
		sc *= 1 - float64(st.link[n])/float64(t)
		if sc > bestScore {
			best, bestScore = n, sc
		}
	}
	if best == nil {
		return nil
	}
	// Widen while the parent's prose is mostly ours plus sibling sections:
	// policies are often split into sibling section elements.
	for best != body && best.Parent != nil {
		p := best.Parent
		pt := st.text[p]
		if pt == 0 || st.prose[p] < st.prose[best] {
			break
		}
		linkRatio := float64(st.link[p]) / float64(pt)
		extra := st.text[p] - st.text[best]
		gain := st.prose[p] - st.prose[best]
		wrapper := extra <= 20
		siblings := linkRatio <= 0.35 && float64(gain) >= 0.3*float64(st.prose[best]) && float64(gain) >= 0.6*float64(extra)
		if !wrapper && !siblings {
			break
		}
		best = p
	}
	return best
}

// continuations returns the content root and the elements around it that
// continue the policy: policies are often cut into sibling containers (an
// intro block beside the main region, one container per section, a section
// after the table of contents, tab panels and <details> of unequal sizes),
// and the region chosen as the root is then only one of them. Climbing from
// the root to body, a sibling of the root or of one of its ancestors is kept
// when it reads as a section of prose: few links (30% of its text at most)
// and a heading with 100 bytes of paragraphs (or 200 of text outside links:
// a paragraph written as spans in a div), or 400 bytes of paragraphs
// (150 next to the root itself), or any paragraph when it is an element of
// the same kind as the root (a series of tab panels, sections, <details>).
// A heading right before the root is its title and is kept too, and so is
// the page's h1 (with a short line after it) in a block before the root
// that is not kept. The page chrome is gone by now, so what is
// left beside the root is mostly content or promotion, which has more
// links and less prose.
func continuations(root, body *html.Node, st *stats) map[*html.Node]bool {
	keep := map[*html.Node]bool{root: true}
	level := 0
	for cur := root; cur != body && cur.Parent != nil; cur = cur.Parent {
		minProse := 400
		if level == 0 {
			minProse = 150
		}
		level++
		var pending *html.Node // a heading waiting for the section after it
		for s := cur.Parent.FirstChild; s != nil; s = s.NextSibling {
			if s == cur || s.Type != html.ElementNode {
				continue
			}
			t := st.text[s]
			if t == 0 {
				continue
			}
			if isHeading(s.DataAtom) {
				pending = s
				if next := nextElement(s); next == cur {
					keep[s] = true // the root's own heading
				}
				continue
			}
			lowLinks := st.link[s]*10 <= t*3
			section := lowLinks && (st.prose[s] >= minProse || hasHeading(s) && (st.prose[s] >= 100 || t-st.link[s] >= 200) ||
				sameKind(s, cur) && st.prose[s] > 0)
			switch {
			case section:
				keep[s] = true
				if pending != nil {
					keep[pending] = true
				}
			case isDateLine(s, st):
				keep[s] = true
			case before(s, cur):
				keepTitle(s, st, keep)
			}
			pending = nil
		}
	}
	return keep
}

// keepTitle keeps the page's title (an h1) found in n, a block before the
// root that is not kept (a column with the table of contents), and the
// short lines without links that follow it in n, up to three ("Last
// updated: ...", "This policy applies outside the US."): after the h1
// itself, or after the element the h1 is alone in (page builders wrap each
// line in its own container).
func keepTitle(n *html.Node, st *stats, keep map[*html.Node]bool) {
	var h1 *html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil && h1 == nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.H1 {
				h1 = c
			} else {
				find(c)
			}
		}
	}
	if n.DataAtom == atom.H1 {
		h1 = n
	} else {
		find(n)
	}
	if h1 == nil {
		return
	}
	keep[h1] = true
	// The line after: h1's next element, or its wrapper's when the h1 is
	// the only text of its wrapper.
	from := h1
	for from != n && nextElement(from) == nil && from.Parent != nil && st.text[from.Parent] == st.text[from] {
		from = from.Parent
	}
	next := nextElement(from)
	for i := 0; i < 3 && next != nil && st.link[next] == 0 && st.text[next] > 0 && st.text[next] <= 120 && leafBlocks(next) <= 1; i++ {
		keep[next] = true
		next = nextElement(next)
	}
}

// isDateLine reports whether n is a short line without links that gives
// the policy's date ("Last updated: 16 April 2021", "Mis à jour le
// 2 juin 2025"): kept when it stands beside the content, outside it.
func isDateLine(n *html.Node, st *stats) bool {
	t := st.text[n]
	if t == 0 || t > 120 || st.link[n] > 0 || leafBlocks(n) > 1 {
		return false
	}
	return updatedDate(collapse(textOf(n))) != ""
}

// leafBlocks counts the blocks under n that hold no other block: 0 or 1
// for one line, however many wrappers it has.
func leafBlocks(n *html.Node) int {
	c := 0
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		if k.Type != html.ElementNode {
			continue
		}
		if isBlockNode(k) && !hasBlockDescendant(k) {
			c++
		} else {
			c += leafBlocks(k)
		}
	}
	return c
}

// before reports whether sibling a comes before sibling b.
func before(a, b *html.Node) bool {
	for s := a.NextSibling; s != nil; s = s.NextSibling {
		if s == b {
			return true
		}
	}
	return false
}

// sameKind reports whether two elements are of one kind (same tag, class
// and role): the other tab panels or <details> of a series the root is one
// of, kept whatever their size.
func sameKind(a, b *html.Node) bool {
	if a.DataAtom != b.DataAtom {
		return false
	}
	switch a.DataAtom {
	case atom.Section, atom.Article, atom.Details:
		return true
	}
	return attrOf(a, "class") == attrOf(b, "class") && attrOf(a, "role") == attrOf(b, "role") && (attrOf(a, "class") != "" || attrOf(a, "role") != "")
}

func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
	}
	return nil
}

func hasHeading(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (isHeading(c.DataAtom) || c.DataAtom == atom.Summary || hasHeading(c)) {
			return true
		}
	}
	return false
}

// walkKept walks, in document order, the elements of keep under n.
func walkKept(w *walker, n *html.Node, keep map[*html.Node]bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case keep[c]:
			w.walk(c, walkCtx{kind: Paragraph})
			w.flush(walkCtx{kind: Paragraph})
		case c.Type == html.ElementNode && holdsKept(c, keep):
			walkKept(w, c, keep)
		}
	}
}

// holdsKept reports whether an element of keep is under n.
func holdsKept(n *html.Node, keep map[*html.Node]bool) bool {
	for k := range keep {
		for p := k.Parent; p != nil; p = p.Parent {
			if p == n {
				return true
			}
		}
	}
	return false
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// ownText counts the bytes of text directly inside n or its inline children.
func ownText(n *html.Node) int {
	t := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			t += len(strings.TrimSpace(c.Data))
		case c.Type == html.ElementNode && !isBlockNode(c):
			t += ownText(c)
		}
	}
	return t
}

func textOf(n *html.Node) string {
	var sb strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return sb.String()
}
