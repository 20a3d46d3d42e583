package extract

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policylens/policylens/internal/lazyre"
)

// Page chrome in Markdown and plain text.
//
// An HTML page says what is chrome with its elements (nav, footer, ids and
// classes: see html.go). Markdown converted from a page, or text copied from
// one, keeps the chrome's text but not those hints, so it is recognised from
// the blocks themselves: each rule in chromeRules looks at one block, or at a
// group of blocks (a list, a table, a run of short blocks), and says whether
// it is chrome. A rule must never match policy prose: each is written
// against what a policy says (a list of data types, a partner's link after
// "We share with:", "By continuing to use the site you accept cookies" in a
// cookie policy) as much as against the chrome it removes, and the tests
// hold both kinds of example.
//
// Markdown's and HTML's own text also loses data: URIs and base64 runs
// (stripBlobs); plain text cannot be changed (offsets point into it), so a
// block that is mostly such a run is dropped instead.

// piece is a block before chrome removal, with what the rules need to know
// about where it came from.
type piece struct {
	kind  BlockKind
	level int
	text  string // the block's text (for plain text, the input's span)
	// start and end are the span of the block in the input (plain text).
	start, end int
	linkText   int      // bytes of text inside links
	linkLabels []string // each link's text
	linkSites  []string // each link's site (siteOf), "" for a relative link
	group      int      // >0: the list or table the block is in (outermost)
	cell       Cell     // where a table cell's text sits in its table
	code       bool     // from a Markdown code block
	runIn      bool     // a paragraph that starts with a bold run-in label (Block.RunIn)
	label      bool     // a heading that was a run-in label (Block.Label)
}

// words returns the piece's words: runs of letters, digits and apostrophes.
func (p *piece) words() []string {
	return strings.FieldsFunc(p.text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
	})
}

// linkOnly reports whether the piece is all, or nearly all, link text.
func (p *piece) linkOnly() bool {
	n := len(strings.Join(strings.Fields(p.text), ""))
	return p.linkText > 0 && p.linkText*10 >= n*8
}

// chromeRule is one kind of chrome. A block rule looks at one piece; a group
// rule at a list or table, or at a run of short blocks outside any (ps), with
// the block before it (lead, nil at the start).
type chromeRule struct {
	name  string
	doc   string
	block func(p *piece) bool
	group func(ps []piece, lead *piece) bool
}

// chromeRules are the kinds of chrome removed from Markdown and plain text.
// The cookie-banner rule needs a block's neighbours and lives in dropChrome.
var chromeRules = []chromeRule{
	{
		name:  "skip-link",
		doc:   `"Skip to content", "Aller au contenu", "Back to top": a short block that is only such a link.`,
		block: func(p *piece) bool { return len(p.text) <= 80 && reSkipText.MatchString(p.text) },
	},
	{
		name:  "script",
		doc:   "Inline JavaScript or CSS left in the text: at least two code signals (function(, var, window., =>...) and dense code punctuation, or many signals.",
		block: func(p *piece) bool { return isCode(p.text) },
	},
	{
		name:  "json",
		doc:   `A JSON blob: starts with { or [ and has at least three "key": pairs, or (a script's data) has ten or more and JSON punctuation makes 10% of it.`,
		block: func(p *piece) bool { return isJSON(p.text) },
	},
	{
		name: "blob",
		doc:  "A block that is mostly data: URIs or base64 runs (only plain text has them left: Markdown and HTML text loses them).",
		block: func(p *piece) bool {
			n := len(strings.TrimSpace(p.text))
			return n > 0 && len(strings.TrimSpace(stripBlobs(p.text)))*2 < n
		},
	},
	{
		name: "language-row",
		doc:  "A block that lists languages in a row (a language menu rendered inline): five or more language names, 40% of its words or more.",
		block: func(p *piece) bool {
			ws := p.words()
			n := 0
			for _, w := range ws {
				if languageNames[strings.ToLower(w)] && !regionOnly[strings.ToLower(w)] {
					n++
				}
			}
			return n >= 5 && n*10 >= len(ws)*4
		},
	},
	{
		name: "link-row",
		doc:  `A block of two or more links and next to no other text, or split by separators (|, /, ·, •) into short parts all links but one (the current page): a menu, a footer row, a language switcher written inline.`,
		block: func(p *piece) bool {
			return p.group == 0 && len(p.linkLabels) >= 2 && !endsSentence(p.text) && !showsURL(p) &&
				(p.linkOnly() || isMenuRow(p)) && !manySites([]piece{*p})
		},
	},
	{
		name:  "widget",
		doc:   `A short block whose every word is interface vocabulary ("Share", "Tweet", "Facebook", "Print", "Open navigation", "Sign in"): share widgets and menu buttons. One word alone is kept unless it is a link ("Email" can be an item of a list of data).`,
		block: isWidget,
	},
	{
		name:  "breadcrumb",
		doc:   `"Home > Legal > Privacy": a short block of two or more short parts split by >, ›, », / or |, starting at the home page or made of links.`,
		block: isBreadcrumb,
	},
	{
		name: "link-list",
		doc:  `A list, a table or a run of short blocks whose items are links (80% of them, the others short labels): menus, site maps, tables of contents. Kept when the block before ends with a colon ("Our partners' policies:") or when the links go to many different sites (a list of partners' policies; a menu links within its own site).`,
		group: func(ps []piece, lead *piece) bool {
			if len(ps) < 2 || lead != nil && strings.HasSuffix(strings.TrimSpace(lead.text), ":") || manySites(ps) {
				return false
			}
			links := 0
			for i := range ps {
				switch {
				case ps[i].linkOnly():
					links++
				case len(ps[i].words()) > 6:
					return false
				}
			}
			return links*10 >= len(ps)*8
		},
	},
	{
		name: "language-menu",
		doc:  "A list, table or run of at least three short blocks, 70% of them language names (English, Deutsch, Français (Canada), 日本語...).",
		group: func(ps []piece, _ *piece) bool {
			if len(ps) < 3 {
				return false
			}
			n := 0
			for i := range ps {
				if isLanguageName(ps[i].text) {
					n++
				}
			}
			return n*10 >= len(ps)*7
		},
	},
}

// manySites reports whether the links of ps go to three or more sites, and
// to a different site for most of them.
func manySites(ps []piece) bool {
	sites := map[string]bool{}
	links := 0
	for i := range ps {
		for _, s := range ps[i].linkSites {
			links++
			if s != "" {
				sites[s] = true
			}
		}
	}
	return len(sites) >= 3 && len(sites)*10 >= links*6
}

// siteOf returns the site of an absolute http(s) link: its host without
// the subdomains ("www.hostelworld.com" and "french.hostelworld.com" are
// one site), "" for other links.
func siteOf(dest string) string {
	u, err := url.Parse(dest)
	if err != nil || u.Host == "" || u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "" {
		return ""
	}
	labels := strings.Split(strings.ToLower(u.Hostname()), ".")
	n := 2
	// Second-level registries: example.co.uk, example.com.au.
	if len(labels) >= 3 && len(labels[len(labels)-2]) <= 3 && len(labels[len(labels)-1]) == 2 {
		n = 3
	}
	if len(labels) > n {
		labels = labels[len(labels)-n:]
	}
	return strings.Join(labels, ".")
}

// dropChrome returns the pieces that are not chrome, in order.
func dropChrome(ps []piece) []piece {
	drop := make([]bool, len(ps))
	for i := range ps {
		for _, r := range chromeRules {
			if r.block != nil && r.block(&ps[i]) {
				drop[i] = true
				break
			}
		}
	}
	dropCookieBanners(ps, drop)
	for _, g := range groupsOf(ps, drop) {
		var lead *piece
		for j := g[0] - 1; j >= 0; j-- {
			if !drop[j] {
				lead = &ps[j]
				break
			}
		}
		var members []piece
		for i := g[0]; i < g[1]; i++ {
			if !drop[i] {
				members = append(members, ps[i])
			}
		}
		for _, r := range chromeRules {
			if r.group != nil && r.group(members, lead) {
				for i := g[0]; i < g[1]; i++ {
					drop[i] = true
				}
				break
			}
		}
	}
	out := ps[:0:0]
	for i := range ps {
		if !drop[i] {
			out = append(out, ps[i])
		}
	}
	return out
}

// groupsOf returns the [start,end) ranges of the groups the group rules look
// at: each list or table, and each run of two or more consecutive short
// blocks outside them (a menu whose items became paragraphs or lines).
func groupsOf(ps []piece, drop []bool) [][2]int {
	var out [][2]int
	for i := 0; i < len(ps); {
		j := i + 1
		switch {
		case ps[i].group > 0:
			for j < len(ps) && ps[j].group == ps[i].group {
				j++
			}
			out = append(out, [2]int{i, j})
		case isShortLabel(&ps[i]):
			for j < len(ps) && ps[j].group == 0 && (drop[j] || isShortLabel(&ps[j])) {
				j++
			}
			if j-i >= 2 {
				out = append(out, [2]int{i, j})
			}
		}
		i = j
	}
	return out
}

// isShortLabel reports whether a piece outside lists is a label a menu is
// made of: at most five words, no sentence end. (Plain text reads a column
// of labels as headings, so headings count.)
func isShortLabel(p *piece) bool {
	return p.group == 0 && len(p.words()) <= 5 && !endsSentence(p.text)
}

var (
	reSkipText = lazyre.New(`(?i)^\W*(?:(?:skip|jump|go|aller|passer|acc[eé]der)\b.{0,40}\b(?:content|main|navigation|contenu|principal|menu|footer|search)|back to top|to the top|retour en haut|haut de (?:la )?page)\W*$`)
	// The call to agree in a cookie banner.
	reCookie        = lazyre.New(`(?i)cookie|témoin|traceur`)
	reCookieConsent = lazyre.New(`(?i)by (?:continuing|clicking|using|navigating|browsing|closing|scrolling)|if you continue|(?:you|to) (?:accept|agree|consent)|we(?:'ll| will) assume|(?:are|you're) (?:ok|happy|fine) with|en (?:poursuivant|continuant)|vous acceptez|accept(?:ez)? (?:all |the |our )?(?:use of )?cookies|allow (?:all )?cookies|cookie (?:settings|preferences)|paramétrer|tout accepter|best experience|meilleure expérience`)
	// The strong calls, enough at a document's edge without a button.
	reCookieAssume = lazyre.New(`(?i)by (?:continuing|clicking|using|navigating|browsing|closing|scrolling)|if you continue|you (?:accept|agree|consent)|we(?:'ll| will) assume|(?:are|you're) (?:ok|happy|fine) with|en (?:poursuivant|continuant)|vous acceptez`)
	// A button of a banner or a dialog: one that answers it, and one that
	// leads to more (which also follows policy paragraphs).
	reButton     = lazyre.New(`(?i)^\W*(?:ok(?:ay)?|got it|accept(?: all)?(?: cookies)?|i accept|i agree|agree|allow(?: all)?(?: cookies)?|dismiss|close|decline|reject(?: all)?|refuse|deny|continue|tout accepter|accepter|j'accepte|refuser|tout refuser|continuer sans accepter|fermer|d'accord|ok,? j'ai compris|x|×)\W*$`)
	reInfoButton = lazyre.New(`(?i)^\W*(?:learn more|more info(?:rmation)?|read more|find out more|(?:cookie )?settings|manage (?:cookies|preferences|settings)|customi[sz]e|en savoir plus|paramétrer|personnaliser)\W*$`)
)

// dropCookieBanners marks cookie banners: a short block (500 bytes at most)
// about cookies that asks the reader to agree, next to a button that
// answers it ("Accept", "Got it") or ending with one; or, when it says that
// browsing on means agreeing ("By continuing...", "we'll assume you're OK"),
// next to a "Learn more" or "Settings" button or among the first or last
// five blocks of a document of twenty or more. "See below to learn how to
// manage your cookie preferences. / Learn more" in a policy is no banner. Its buttons go with it. A cookie policy's own
// sentence ("By continuing to browse, you accept our use of cookies") in the
// body of the policy has no button beside it and stays.
func dropCookieBanners(ps []piece, drop []bool) {
	isButton := func(i int) bool {
		return i >= 0 && i < len(ps) && len(ps[i].text) <= 40 && (reButton.MatchString(ps[i].text) || reInfoButton.MatchString(ps[i].text))
	}
	isAnswer := func(i int) bool {
		return i >= 0 && i < len(ps) && len(ps[i].text) <= 40 && reButton.MatchString(ps[i].text)
	}
	for i := range ps {
		p := &ps[i]
		if drop[i] || len(p.text) > 500 || p.kind == Heading || strings.HasSuffix(p.text, ":") ||
			!mayNameCookies(p.text) || !reCookie.MatchString(p.text) || !reCookieConsent.MatchString(p.text) {
			continue
		}
		last := ""
		if len(p.linkLabels) > 0 {
			last = strings.TrimSpace(p.linkLabels[len(p.linkLabels)-1])
		}
		endsWithButton := last != "" && strings.HasSuffix(strings.TrimSpace(p.text), last) && reButton.MatchString(last)
		assumes := reCookieAssume.MatchString(p.text)
		edge := len(ps) >= 20 && (i < 5 || i >= len(ps)-5)
		answered := endsWithButton || isAnswer(i-1) || isAnswer(i+1)
		if !answered && !(assumes && (edge || isButton(i-1) || isButton(i+1))) {
			continue
		}
		drop[i] = true
		for j := i + 1; isButton(j); j++ {
			drop[j] = true
		}
		for j := i - 1; isButton(j); j-- {
			drop[j] = true
		}
	}
}

// mayNameCookies is false when s cannot match reCookie: every match holds
// "coo", "moin" or "traceur" in ASCII letters of either case (the letters
// that (?i) also matches outside ASCII, the k of cookie (K, the Kelvin sign)
// and the é of témoin, are left out). Most blocks fail it, faster than the
// regexp, which tries its three words at every byte.
func mayNameCookies(s string) bool {
	return containsFoldASCII(s, "coo") || containsFoldASCII(s, "moin") || containsFoldASCII(s, "traceur")
}

// containsFoldASCII reports whether s contains lit, a lower-case ASCII
// word, with its letters in either case.
func containsFoldASCII(s, lit string) bool {
	for i := 0; i+len(lit) <= len(s); i++ {
		k := 0
		for k < len(lit) && s[i+k]|0x20 == lit[k] {
			k++
		}
		if k == len(lit) {
			return true
		}
	}
	return false
}

// widgetWords are the words of share widgets, menu buttons and account links.
var widgetWords = wordSet(`share shares sharing tweet facebook twitter x linkedin pinterest reddit whatsapp instagram youtube tiktok
	tumblr telegram email e-mail mail print follow us on this page article story post open close toggle navigation nav menu main
	search sign in up log login logout out register subscribe home top back to skip content like comment comments
	partager imprimer suivez-nous suivez nous fermer ouvrir rechercher recherche connexion inscription accueil se connecter
	s'inscrire s'abonner`)

// widgetCore are the words that make a block a widget; the others ("on",
// "us", "this") only go with them.
var widgetCore = wordSet(`share tweet facebook twitter linkedin pinterest reddit whatsapp instagram youtube tiktok tumblr telegram
	print follow toggle navigation menu search sign login logout register subscribe partager imprimer suivez-nous fermer
	rechercher connexion inscription`)

func isWidget(p *piece) bool {
	ws := p.words()
	if len(ws) == 0 || len(ws) > 8 || len(ws) == 1 && p.linkText == 0 {
		return false
	}
	core := false
	for _, w := range ws {
		w = strings.ToLower(w)
		if !widgetWords[w] {
			return false
		}
		core = core || widgetCore[w]
	}
	return core
}

var (
	reCrumbSep  = lazyre.New(`\s*(?:>|›|»|→|/|\|)\s*`)
	reCrumbHome = lazyre.New(`(?i)^\W*(?:home|accueil|start|startseite|inicio)\b`)
)

func isBreadcrumb(p *piece) bool {
	if len(p.text) > 150 || endsSentence(p.text) {
		return false
	}
	parts := reCrumbSep.Split(strings.TrimSpace(p.text), -1)
	if len(parts) < 2 {
		return false
	}
	for _, part := range parts {
		if n := len(strings.Fields(part)); n == 0 || n > 5 {
			return false
		}
	}
	return reCrumbHome.MatchString(p.text) || len(p.linkLabels) >= 2 && p.linkOnly()
}

// showsURL reports whether a link of p shows its address, which a reader
// is meant to read or copy ("opt out at https://...").
func showsURL(p *piece) bool {
	for _, l := range p.linkLabels {
		l = strings.ToLower(strings.TrimSpace(l))
		if strings.HasPrefix(l, "http") || strings.HasPrefix(l, "www.") {
			return true
		}
	}
	return false
}

var reMenuSep = lazyre.New(`\s+[|/·•]\s+`)

// isMenuRow reports whether p is "Terms | Privacy | Cookies" with every part
// but one a link.
func isMenuRow(p *piece) bool {
	parts := reMenuSep.Split(strings.TrimSpace(p.text), -1)
	if len(parts) < 3 {
		return false
	}
	labels := map[string]bool{}
	for _, l := range p.linkLabels {
		labels[strings.TrimSpace(l)] = true
	}
	plain := 0
	for _, part := range parts {
		if labels[strings.TrimSpace(part)] {
			continue
		}
		if plain++; plain > 1 || len(strings.Fields(part)) > 5 {
			return false
		}
	}
	return true
}

// codeSignals are strings that are common in scripts and style sheets and
// rare in prose.
var codeSignals = []string{"function(", "function (", "var ", "let ", "const ", "window.", "document.", "=>", "});", "})", "$(",
	"jquery", ".push(", "return ", "if(", "==", "!=", "&&", "||", "<![cdata[", "gtag(", "datalayer", "googletag", "@media",
	"!important", "px;", "getelementbyid", "createelement", "addeventlistener", "json.parse", "new date", "typeof ", "null;", "true;", "false;"}

// isCode reports whether s reads as JavaScript or CSS.
func isCode(s string) bool {
	if len(s) < 20 {
		return false
	}
	low := strings.ToLower(s)
	signals := 0
	for _, sig := range codeSignals {
		signals += strings.Count(low, sig)
	}
	punct := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{', '}', '(', ')', ';', '=', '<', '>', '[', ']':
			punct++
		}
	}
	density := float64(punct) / float64(len(s))
	if signals >= 2 && density >= 0.03 || signals >= 6 && density >= 0.015 {
		return true
	}
	return isStyleSheet(s)
}

// isStyleSheet reports whether rules "selector{property:value;...}" (two
// semicolons at least, or one rule starting with a selector: ".a::after
// {content:"x"}") make most of s: the bytes of each {...} holding a colon, with the selector
// before it (up to 300 bytes), cover half of it.
func isStyleSheet(s string) bool {
	t := strings.TrimSpace(s)
	oneRule := strings.HasSuffix(t, "}") && strings.IndexByte(".#@:[*", t[0]) >= 0
	if strings.IndexByte(s, '{') < 0 || strings.Count(s, ";") < 2 && !oneRule {
		return false
	}
	covered, prevEnd := 0, 0
	for i := 0; i < len(s); {
		open := strings.IndexByte(s[i:], '{')
		if open < 0 {
			break
		}
		open += i
		end := strings.IndexAny(s[open+1:], "{}")
		if end < 0 {
			break
		}
		end += open + 1
		if s[end] == '}' && strings.IndexByte(s[open:end], ':') >= 0 {
			start := max(prevEnd, open-300)
			covered += end + 1 - start
			prevEnd = end + 1
		}
		i = end
		if s[end] == '}' {
			i++
		}
	}
	return covered*2 >= len(s)
}

var reJSONKey = lazyre.New(`"[^"\n]{1,60}"\s*:`)

// isJSON reports whether s is a JSON object or array.
func isJSON(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if s[0] == '{' || s[0] == '[' {
		return len(reJSONKey.FindAllStringIndex(s, 3)) >= 3
	}
	if len(reJSONKey.FindAllStringIndex(s, 10)) < 10 {
		return false
	}
	punct := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{', '}', '[', ']', '"', ':', ',', '\\':
			punct++
		}
	}
	return punct*10 >= len(s)
}

var reDataURI = lazyre.New(`data:[a-zA-Z]+/[a-zA-Z0-9.+-]+(?:;[a-zA-Z0-9=.+-]+)*,[^\s)"'<>]*`)

// stripBlobs removes data: URIs and base64 runs (60 characters or more with
// upper and lower case letters and digits) from s.
func stripBlobs(s string) string {
	if strings.Contains(s, "data:") {
		s = reDataURI.ReplaceAllString(s, " ")
	}
	return stripBase64(s)
}

// stripBase64 replaces each match of `[A-Za-z0-9+/]{60,}={0,2}` in s that
// holds an upper-case letter, a lower-case letter and a digit by a space.
// It scans the bytes once: Go's regexp tried the 60-character run at every
// byte of the text, which made it a tenth of the chrome removal's time on
// plain text (TestStripBase64 checks it against that regexp).
func stripBase64(s string) string {
	var b strings.Builder
	last := 0 // s[last:] is not written to b yet
	for i := 0; i < len(s); {
		if !isBase64(s[i]) {
			i++
			continue
		}
		j := i
		var upper, lower, digit bool
		for ; j < len(s) && isBase64(s[j]); j++ {
			c := s[j]
			upper = upper || 'A' <= c && c <= 'Z'
			lower = lower || 'a' <= c && c <= 'z'
			digit = digit || '0' <= c && c <= '9'
		}
		if j-i < 60 {
			i = j // no match starts inside a shorter run
			continue
		}
		for k := 0; k < 2 && j < len(s) && s[j] == '='; k++ {
			j++
		}
		if upper && lower && digit {
			b.WriteString(s[last:i])
			b.WriteByte(' ')
			last = j
		}
		i = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// isBase64 reports whether c is in [A-Za-z0-9+/].
func isBase64(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '/'
}

// languageNames are languages as a language menu names them: in their own
// language and in English.
var languageNames = wordSet(`english deutsch german français francais french español espanol spanish italiano italian
	português portugues portuguese nederlands dutch polski polish русский russian українська ukrainian čeština cestina czech
	slovenčina slovak magyar hungarian română romana romanian български bulgarian hrvatski croatian srpski српски serbian
	slovenščina slovenian ελληνικά greek türkçe turkce turkish dansk danish svenska swedish norsk norwegian bokmål suomi finnish
	íslenska icelandic eesti estonian latviešu latvian lietuvių lithuanian català catalan euskara basque galego galician
	עברית hebrew العربية arabic فارسی persian हिन्दी hindi বাংলা bengali தமிழ் tamil ไทย thai tiếng việt vietnamese
	bahasa indonesia indonesian melayu malay filipino tagalog 日本語 japanese 한국어 korean 中文 chinese 简体中文 繁體中文 繁体中文
	简体 繁體 普通话 粵語 afrikaans shqip albanian հայերեն armenian azərbaycan azerbaijani беларуская belarusian bosanski bosnian
	ქართული georgian қазақ kazakh кыргызча македонски macedonian монгол mongolian नेपाली nepali اردو urdu kiswahili swahili
	cymraeg welsh gaeilge irish esperanto lëtzebuergesch luxembourgish malti maltese brasil brazil portugal canada mexico méxico
	españa latinoamérica argentina uk us usa america australia india belgique belgië schweiz suisse österreich simplified
	traditional hk taiwan 台灣 中国 简体 do da de`)

var reLangParen = lazyre.New(`[(（][^)）]*[)）]`)

// isLanguageName reports whether s is a language's name, possibly with a
// region ("Español (México)", "Português do Brasil", "English - UK").
func isLanguageName(s string) bool {
	s = strings.ToLower(reLangParen.ReplaceAllString(s, " "))
	ws := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '/' || r == ',' || r == '|' || r == '·'
	})
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if !languageNames[w] {
			return false
		}
	}
	// The region words alone are not a language.
	first, _ := utf8.DecodeRuneInString(ws[0])
	return first != utf8.RuneError && !regionOnly[ws[0]]
}

var regionOnly = wordSet(`brasil brazil portugal canada mexico méxico españa latinoamérica argentina uk us usa america australia
	india belgique belgië schweiz suisse österreich simplified traditional hk taiwan 台灣 中国 do da de`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
