package extract

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// blockList renders blocks as "kind/level:text" for compact comparisons.
func blockList(doc *Document) []string {
	out := make([]string, len(doc.Blocks))
	for i, b := range doc.Blocks {
		out[i] = string(b.Kind) + "/" + itoa(b.Level) + ":" + doc.BlockText(b)
	}
	return out
}

func sameList(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if got[i] != want[i] {
			return false
		}
	}
	return true
}

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Format
	}{
		{"doctype", "<!DOCTYPE html><html><body><p>Hi</p></body></html>", FormatHTML},
		{"fragment div", "<div class=\"x\"><p>We collect data.</p></div>", FormatHTML},
		{"leading text then tags", "Privacy\n<p>a</p><p>b</p><p>c</p><ul><li>d</li></ul>", FormatHTML},
		{"markdown heading", "# Privacy\n\nWe collect data.", FormatMarkdown},
		{"markdown datetime", "Effective May 1, 2025\n{: datetime=\"2025-05-01\" }\n\nText.", FormatMarkdown},
		{"markdown links and list", "Intro\n\n- see [our site](https://x.example)\n- more", FormatMarkdown},
		{"markdown bold headings", "**A**\n\ntext\n\n**B**\n\ntext\n\n**C**\n\ntext", FormatMarkdown},
		{"markdown setext headings", "Controlling your data\n---------------------\n\nYou may ask us.\n\nContact\n=======\n\nWrite to us.", FormatMarkdown},
		{"plain with one rule", "Privacy Policy\n\nWe collect your name.\n-----\nWe keep it a year.", FormatText},
		{"plain", "Privacy Policy\n\nWe collect your name.\n• item one\n", FormatText},
		{"plain with a less-than", "Children < 13 years are not allowed.", FormatText},
		{"empty", "", FormatText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DetectFormat([]byte(tt.in)); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestExtractText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "title, paragraphs, bullets",
			in:   "Privacy policy\n\nWe collect data.\n\n• Your name\n• Your email.\n",
			want: []string{"heading/1:Privacy policy", "paragraph/0:We collect data.", "list_item/1:Your name", "list_item/1:Your email."},
		},
		{
			name: "an address line is no heading",
			in:   "Please write to:\n\n**privacy (at) example (dot) com**\n\nWe answer within a month.\n",
			want: []string{"paragraph/0:Please write to:", "paragraph/0:**privacy (at) example (dot) com**", "paragraph/0:We answer within a month."},
		},
		{
			name: "one paragraph a line",
			in:   "We collect your name.\nWe share it with partners.\n",
			want: []string{"paragraph/0:We collect your name.", "paragraph/0:We share it with partners."},
		},
		{
			name: "wrapped lines are joined",
			in:   "We collect your name and\nyour email address.\n",
			want: []string{"paragraph/0:We collect your name and\nyour email address."},
		},
		{
			name: "numbered all-caps heading",
			in:   "1. INFORMATION WE COLLECT\nWe collect your name.\n2. HOW WE SHARE IT\nWe do not.",
			want: []string{"heading/2:INFORMATION WE COLLECT", "paragraph/0:We collect your name.", "heading/2:HOW WE SHARE IT", "paragraph/0:We do not."},
		},
		{
			name: "numbered list stays a list",
			in:   "We collect:\n1. Your name\n2. Your email\n3) Your phone\na) Your address",
			want: []string{"paragraph/0:We collect:", "list_item/1:Your name", "list_item/1:Your email", "list_item/1:Your phone", "list_item/1:Your address"},
		},
		{
			name: "section sign headings with sub-levels",
			in:   "§1 Storage\nData is stored.\n§5.1 Verification\nWe verify.",
			want: []string{"heading/2:Storage", "paragraph/0:Data is stored.", "heading/3:Verification", "paragraph/0:We verify."},
		},
		{
			name: "dash numbered heading",
			in:   "01 - Who we are\nWe are a shop.",
			want: []string{"heading/2:Who we are", "paragraph/0:We are a shop."},
		},
		{
			name: "question heading, lead-in with colon is not",
			in:   "How do we collect your data?\n\nWe collect it in several ways:\n\n- forms\n- cookies",
			want: []string{"heading/1:How do we collect your data?", "paragraph/0:We collect it in several ways:", "list_item/1:forms", "list_item/1:cookies"},
		},
		{
			name: "bullet without space, nbsp around",
			in:   "\u00a0•Current salary\u00a0\n–\tDesired salary",
			want: []string{"list_item/1:Current salary", "list_item/1:Desired salary"},
		},
		{
			name: "last line short is not a heading",
			in:   "We collect data.\n\nContact us",
			want: []string{"paragraph/0:We collect data.", "paragraph/0:Contact us"},
		},
		{
			name: "all-caps line ends a wrapped paragraph",
			in:   "We collect your name and\nyour email address\nSHARING\nWe never sell it.",
			want: []string{"paragraph/0:We collect your name and\nyour email address", "heading/2:SHARING", "paragraph/0:We never sell it."},
		},
		{
			name: "address and label lines are not headings",
			in:   "Contact\n\nName: Jane Doe\nEmail: dpo@x.example\n180 John St, Toronto\nWrite to us.",
			want: []string{"heading/1:Contact", "paragraph/0:Name: Jane Doe", "paragraph/0:Email: dpo@x.example", "paragraph/0:180 John St, Toronto", "paragraph/0:Write to us."},
		},
		{
			name: "nested bullets by indentation",
			in:   "We collect:\n- identity\n    - name\n    - email\n- usage\n",
			want: []string{"paragraph/0:We collect:", "list_item/1:identity", "list_item/2:name", "list_item/2:email", "list_item/1:usage"},
		},
		{
			name: "crlf",
			in:   "Cookies\r\n\r\nWe use cookies.\r\n",
			want: []string{"heading/1:Cookies", "paragraph/0:We use cookies."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract([]byte(tt.in), FormatText)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != tt.in {
				t.Errorf("Text was changed")
			}
			checkDoc(t, doc)
			if got := blockList(doc); !sameList(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestExtractMarkdown(t *testing.T) {
	tests := []struct {
		name        string
		in          string
		want        []string
		wantUpdated string
	}{
		{
			name: "headings, datetime, paragraph joined",
			in:   "# Focus Privacy Notice\n\nEffective April 22, 2025\n{: datetime=\"2025-04-22\" }\n\n## Data\n\nWe process **technical** data\nand _settings_ data.\n",
			want: []string{"heading/1:Focus Privacy Notice", "paragraph/0:Effective April 22, 2025", "heading/2:Data",
				"paragraph/0:We process technical data and settings data."},
			wantUpdated: "2025-04-22",
		},
		{
			name:        "trailing attribute on the date line",
			in:          "Date d'effet : 31 octobre 2025 {: datetime=\"2025-10-31\" }\n",
			want:        []string{"paragraph/0:Date d'effet : 31 octobre 2025"},
			wantUpdated: "2025-10-31",
		},
		{
			name: "links, code, html tags, snake_case kept",
			in:   "See [our FAQ](https://x.example/faq \"FAQ\") and `about:telemetry`, <span class=\"a\">the</span> setting_name value.",
			want: []string{"paragraph/0:See our FAQ and about:telemetry, the setting_name value."},
		},
		{
			name: "a bold address line is no heading",
			in:   "## Contact\n\nFor a copy of your data, please contact:\n\n**privacy (at) example (dot) com**\n\n**Questions**\n\nAsk us.",
			want: []string{"heading/2:Contact", "paragraph/0:For a copy of your data, please contact:", "paragraph/0:privacy (at) example (dot) com",
				"heading/3:Questions", "paragraph/0:Ask us."},
		},
		{
			name: "nested lists",
			in:   "- one\n- two\n  continued\n    * nested\n- three\n1. numbered",
			want: []string{"list_item/1:one", "list_item/1:two continued", "list_item/2:nested", "list_item/1:three", "list_item/1:numbered"},
		},
		{
			name: "table",
			in:   "| Who | Why |\n|---|:---:|\n| Processors | [Hosting](https://h.example) |\n",
			want: []string{"table_cell/0:Who", "table_cell/0:Why", "table_cell/0:Processors", "table_cell/0:Hosting"},
		},
		{
			name: "a bold first line over a line break is the section's heading",
			in:   "# Privacy\n\n**Location and IP address**  \nWhen you give access, we use your position.\n\n**Contact form  \n**When you contact us, we save your inquiry.\n\n**We never sell your data.**  \nWe never will.",
			want: []string{"heading/1:Privacy", "heading/2:Location and IP address", "paragraph/0:When you give access, we use your position.",
				"heading/2:Contact form", "paragraph/0:When you contact us, we save your inquiry.", "paragraph/0:We never sell your data. We never will."},
		},
		{
			name: "lines of a PDF kept as paragraphs are one sentence again",
			in:   "# Politique\n\nNous traitons vos données à caractère personnel\n\nen qualité de coresponsables du traitement.\n\nAmazon.com\n\neBay.com",
			want: []string{"heading/1:Politique", "paragraph/0:Nous traitons vos données à caractère personnel en qualité de coresponsables du traitement.",
				"paragraph/0:Amazon.com", "paragraph/0:eBay.com"},
		},
		{
			name: "bold paragraph is a heading",
			in:   "**OBJET**\n\nLa présente Politique s'applique.\n\n**QUI SOMMES-NOUS ?**\n\nTexte.",
			want: []string{"heading/2:OBJET", "paragraph/0:La présente Politique s'applique.", "heading/2:QUI SOMMES-NOUS ?", "paragraph/0:Texte."},
		},
		{
			name: "raw html block runs to the blank line and keeps its structure",
			in:   "Intro.\n\n<table>\n  <tr><th>Purpose</th><th>Data</th></tr>\n  <tr>\n    <td>To provide the service</td>\n    <td><ul><li>Technical data</li><li>Contact data</li></ul></td>\n  </tr>\n</table>\nAfter.\n\nOutside.",
			want: []string{"paragraph/0:Intro.", "table_cell/0:Purpose", "table_cell/0:Data", "table_cell/0:To provide the service",
				"list_item/1:Technical data", "list_item/1:Contact data", "paragraph/0:After.", "paragraph/0:Outside."},
		},
		{
			name: "setext heading and rule",
			in:   "Privacy\n=======\n\nText.\n\n---\n\nMore.",
			want: []string{"heading/1:Privacy", "paragraph/0:Text.", "paragraph/0:More."},
		},
		{
			name: "setext level 2 and a heading inside a list item",
			in:   "Data\n----\n\n*   Get the best rates\n    ------------------\n\n*   Keep them",
			want: []string{"heading/2:Data", "heading/2:Get the best rates", "list_item/1:Keep them"},
		},
		{
			name: "loose nested lists by CommonMark's rules",
			in:   "1.  Identity\n\n    We keep:\n\n    *   your **name**\n\n        *   first name\n\n2.  Usage",
			want: []string{"list_item/1:Identity", "list_item/1:We keep:", "list_item/2:your name", "list_item/3:first name", "list_item/1:Usage"},
		},
		{
			name: "reference links, autolinks, escapes, entities",
			in:   "See [our FAQ][faq], <https://x.example/a> and a\\_b &amp; c.\n\n[faq]: https://x.example/faq \"FAQ\"\n",
			want: []string{"paragraph/0:See our FAQ, https://x.example/a and a_b & c."},
		},
		{
			name: "image alt text kept in prose, dropped in a link",
			in:   "The programme called ![Club V](data:image/gif;base64,R0lGOD) gives points. [![Logo](logo.png)](/) Home",
			want: []string{"paragraph/0:The programme called Club V gives points. Home"},
		},
		{
			name: "gfm table with inline markup and a rule row",
			in:   "| Cookie | Purpose |\n| --- | --- |\n| `_ga` | **Analytics** by [Google](https://g.example) |\n| --- | --- |\n| _id | Session |\n",
			want: []string{"table_cell/0:Cookie", "table_cell/0:Purpose", "table_cell/0:_ga", "table_cell/0:Analytics by Google", "table_cell/0:_id", "table_cell/0:Session"},
		},
		{
			name: "table rows GFM refuses are still cells",
			in:   "| | |\n| --- | --- |Title\n| Data | Why |\n| --- | --- |\n| Name | Account |\n",
			want: []string{"table_cell/0:Title", "table_cell/0:Data", "table_cell/0:Why", "table_cell/0:Name", "table_cell/0:Account"},
		},
		{
			name: "raw html block read by the HTML path, script removed",
			in:   "<div class=\"x\">\n<p>We keep logs.</p><script>var a = 1;</script>\n<ul><li>IP address</li></ul>\n</div>\n\nAfter.",
			want: []string{"paragraph/0:We keep logs.", "list_item/1:IP address", "paragraph/0:After."},
		},
		{
			name: "stray emphasis markers and heading attributes",
			in:   "## Retention {#retention}\n\n**Des données** sont conservées ****.\n",
			want: []string{"heading/2:Retention", "paragraph/0:Des données sont conservées ."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustExtract(t, tt.in, FormatMarkdown)
			if got := blockList(doc); !sameList(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if doc.Updated != tt.wantUpdated {
				t.Errorf("Updated = %q, want %q", doc.Updated, tt.wantUpdated)
			}
			var parts []string
			for _, b := range doc.Blocks {
				parts = append(parts, doc.BlockText(b))
			}
			if j := strings.Join(parts, "\n\n"); j != doc.Text {
				t.Errorf("Text %q is not the blocks joined (%q)", doc.Text, j)
			}
		})
	}
}

// paragraphs returns n different policy paragraphs.
func paragraphs(n int) string {
	var sb strings.Builder
	for i := range n {
		sb.WriteString("<p>Clause " + itoa(i+1) + ": we collect your name and email address when you create an account.</p>")
	}
	return sb.String()
}

const policyP = "<p>We collect your name and email address when you create an account, and we use them to provide the service to you.</p>"

func TestExtractHTMLChrome(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  []string // substrings that must be in Text
		avoid []string // substrings that must not be
	}{
		{"script style noscript", "<body><script>var x='SCRIPT';</script><style>.a{}</style><noscript>NOSCRIPT</noscript>" + policyP + "</body>",
			[]string{"We collect"}, []string{"SCRIPT", ".a{}"}},
		{"nav header footer aside", "<body><header>HEADER</header><nav>NAV</nav><div>" + policyP + "</div><aside>ASIDE</aside><footer>FOOTER</footer></body>",
			[]string{"We collect"}, []string{"HEADER", "NAV", "ASIDE", "FOOTER"}},
		{"article header kept", "<body><article><header><h1>Privacy</h1></header>" + policyP + "<footer>Last updated: 2024-01-01</footer></article></body>",
			[]string{"Privacy", "Last updated"}, nil},
		{"hidden and aria-hidden", "<body><div hidden>HIDDEN</div><span aria-hidden=\"true\">ICON</span><div style=\"display: none\">NONE</div>" + policyP + "</body>",
			[]string{"We collect"}, []string{"HIDDEN", "ICON", "NONE"}},
		{"roles", "<body><div role=\"navigation\">RNAV</div><div role=\"banner\">RBANNER</div><div role=\"dialog\">RDIALOG</div><div role=\"contentinfo\">RINFO</div><div role=\"complementary\">RCOMP</div>" + policyP + "</body>",
			[]string{"We collect"}, []string{"RNAV", "RBANNER", "RDIALOG", "RINFO", "RCOMP"}},
		{"cookie banner by class", "<body><div class=\"cookie-banner\"><p>We use cookies on this site. Accept?</p><button>OK</button></div>" + policyP + "</body>",
			[]string{"We collect"}, []string{"Accept?", "OK"}},
		{"consent manager with headings", "<body><div id=\"onetrust-consent-sdk\"><h2>Privacy preference center</h2><p>" + strings.Repeat("When you visit any website it may store or retrieve information on your browser. ", 8) + "</p></div><main><h1>Privacy</h1>" + policyP + "</main></body>",
			[]string{"We collect"}, []string{"preference center"}},
		{"cookie-policy article kept", "<body><nav class=\"menu\"><a href=\"/\">Home</a></nav><article class=\"cookie-policy\"><h1>Cookie Policy</h1><p>We use cookies to remember your preferences and to measure traffic on our site.</p></article></body>",
			[]string{"Cookie Policy", "remember your preferences"}, []string{"Home"}},
		{"privacy-policy-content div kept", "<body><div class=\"privacy-policy-content\"><h1>Privacy</h1>" + policyP + policyP + "</div><div class=\"sidebar\"><a href=\"/a\">Other page</a></div></body>",
			[]string{"Privacy", "We collect"}, []string{"Other page"}},
		{"cookies section inside main kept", "<body><main><h1>Privacy</h1>" + policyP + "<section id=\"cookies\" class=\"cookies-section\"><h2>Cookies</h2><p>We use cookies and similar technologies to keep you signed in and, with your consent, to measure the audience of our site and improve it.</p></section></main></body>",
			[]string{"Cookies", "keep you signed in"}, nil},
		{"page-wide form kept, small form removed", "<body><form id=\"aspnetForm\"><div class=\"content\">" + policyP + policyP + "</div></form><form class=\"search\"><label>Search the site</label></form></body>",
			[]string{"We collect"}, []string{"Search the site"}},
		{"skip link", "<body><a href=\"#main\">Skip to main content</a><main id=\"main\">" + policyP + "</main></body>",
			[]string{"We collect"}, []string{"Skip"}},
		{"share and breadcrumb", "<body><div class=\"breadcrumbs\"><a href=\"/\">Home</a> / Legal</div><div class=\"social-share\"><a href=\"#\">Tweet</a></div>" + policyP + "</body>",
			[]string{"We collect"}, []string{"Home", "Tweet"}},
		{"plain buttons removed, accordion buttons kept", "<body><main><h2><button aria-expanded=\"true\">Retention</button></h2>" + policyP + "<button>Print</button></main></body>",
			[]string{"Retention", "We collect"}, []string{"Print"}},
		{"hidden accordion panel kept", "<body><main><button aria-controls=\"p1\">Sharing</button><div id=\"p1\" hidden><p>We share data with processors only.</p></div>" + policyP + "</main></body>",
			[]string{"We share data with processors only."}, nil},
		{"details kept", "<body><main>" + policyP + "<details><summary>Rights</summary><p>You can ask us to delete your data.</p></details></main></body>",
			[]string{"Rights", "You can ask us to delete your data."}, nil},
		{"intro beside the sections, its paragraph written as spans", "<body><div class=\"page\"><div class=\"intro\"><h3>Personal data</h3><div class=\"description\"><span>We care a great deal about the protection of your privacy.</span> That is why we commit to the processing of personal data on our site and in our app being compliant with the GDPR and the national data protection law.</div></div><div class=\"sections\"><div class=\"section\"><h2>1. Privacy policy</h2>" + policyP + policyP + "</div></div></div></body>",
			[]string{"We care a great deal", "compliant with the GDPR", "We collect"}, nil},
		{"date line beside the content kept, button after it dropped",
			"<body><div class=\"help\"><div class=\"text\"><h1>Cookie policy</h1>" + policyP + policyP + policyP + "</div><div class=\"last-modified\">Last updated on 16 April 2021</div><p><a role=\"button\" href=\"#\">Change my preferences</a></p></div></body>",
			[]string{"We collect", "Last updated on 16 April 2021"}, []string{"Change my preferences"}},
		{"lines under a title each in its own wrapper (page builders)",
			"<body><div class=\"page\"><div class=\"hero\"><div class=\"pic\"></div><div class=\"t\"><h1>Privacy Policy</h1></div><div class=\"t\"><p>If you live outside of the United States, this policy applies.</p></div><div class=\"t\"><p>Effective Date: June 5, 2026</p></div></div>" +
				"<div class=\"content\"><div class=\"s\">" + policyP + policyP + "</div><div class=\"s\">" + policyP + policyP + "</div></div></div><div class=\"links\"><a href=\"/a\">Our story</a> <a href=\"/b\">Couples</a></div></body>",
			[]string{"Privacy Policy", "this policy applies", "Effective Date: June 5, 2026", "We collect"}, []string{"Our story"}},
		{"section the page links to kept though named navigation-block, link menu dropped",
			"<body><main>" + policyP + policyP + "<p><a href=\"#contact\">Contact us</a> <a href=\"#menu\">Menu</a></p>" +
				"<div class=\"navigation-block\" id=\"contact\"><p>Please let us know if you have any questions about this Policy or want to exercise your rights. Write to dpo@example.com.</p></div>" +
				"<div class=\"navigation-menu\" id=\"menu\"><a href=\"/a\">Our story</a> <a href=\"/b\">Careers</a> <a href=\"/c\">Press</a></div></main></body>",
			[]string{"We collect", "Write to dpo@example.com."}, []string{"Our story"}},
		{"related articles dropped", "<body><article>" + policyP + policyP + "</article><div class=\"related\"><article><a href=\"/x\">Other story about bridges</a></article></div></body>",
			[]string{"We collect"}, []string{"bridges"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustExtract(t, tt.in, FormatHTML)
			for _, w := range tt.want {
				if !strings.Contains(doc.Text, w) {
					t.Errorf("missing %q in %q", w, doc.Text)
				}
			}
			for _, a := range tt.avoid {
				if strings.Contains(doc.Text, a) {
					t.Errorf("chrome %q kept in %q", a, doc.Text)
				}
			}
		})
	}
}

func TestExtractHTMLBlocks(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"kinds and levels", "<main><h2>Data</h2><p>We  collect\n data.</p><ul><li>name<ul><li>first name</li></ul></li><li>email</li></ul><table><tr><th>Who</th><td>Processors</td></tr></table><dl><dt>Term</dt><dd>Meaning</dd></dl></main>",
			[]string{"heading/2:Data", "paragraph/0:We collect data.", "list_item/1:name", "list_item/2:first name", "list_item/1:email",
				"table_cell/0:Who", "table_cell/0:Processors", "paragraph/0:Term", "paragraph/0:Meaning"}},
		{"div with direct text and double br", "<main><div>First part.<br><br>Second part.<br>same block.</div></main>",
			[]string{"paragraph/0:First part.", "paragraph/0:Second part. same block."}},
		{"nbsp and narrow nbsp become spaces", "<main><p>Vos droits\u00a0: accès\u202fet effacement</p></main>",
			[]string{"paragraph/0:Vos droits : accès et effacement"}},
		{"inline elements do not split", "<main><p>We <b>never</b> sell <a href=\"/x\">your data</a>.</p></main>",
			[]string{"paragraph/0:We never sell your data."}},
		{"tab labels head their panels", "<main><h1>Privacy</h1><div role=\"tablist\"><button role=\"tab\" aria-controls=\"a\">Data</button><button role=\"tab\" aria-controls=\"b\">Rights</button></div><div role=\"tabpanel\" id=\"a\"><p>We collect your email.</p></div><div role=\"tabpanel\" id=\"b\" hidden><p>You can ask for a copy.</p></div></main>",
			[]string{"heading/1:Privacy", "heading/2:Data", "paragraph/0:We collect your email.", "heading/2:Rights", "paragraph/0:You can ask for a copy."}},
		{"tab set rendered once per section: each panel read once, where it is shown",
			"<main><section><div role=\"tablist\"><button role=\"tab\" aria-controls=\"a\">Data</button><button role=\"tab\" aria-controls=\"b\">Rights</button></div>" +
				"<div role=\"tabpanel\" id=\"a\"><p>What we collect.</p></div><div role=\"tabpanel\" id=\"b\" hidden><p>What you can ask.</p></div>" +
				"<p>We collect your email.</p></section>" +
				"<section><div role=\"tablist\"><button role=\"tab\" aria-controls=\"a\">Data</button><button role=\"tab\" aria-controls=\"b\">Rights</button></div>" +
				"<div role=\"tabpanel\" id=\"a\" hidden><p>What we collect.</p></div><div role=\"tabpanel\" id=\"b\"><p>What you can ask.</p></div>" +
				"<p>You can ask for a copy.</p></section></main>",
			[]string{"heading/2:Data", "paragraph/0:What we collect.", "paragraph/0:We collect your email.",
				"heading/2:Rights", "paragraph/0:What you can ask.", "paragraph/0:You can ask for a copy."}},
		{"tab set rendered twice, all its panels hidden: the first copy is read",
			"<main><div role=\"tabpanel\" id=\"a\" hidden><p>What we collect.</p></div><p>We collect your email.</p><div role=\"tabpanel\" id=\"a\" hidden><p>What we collect.</p></div></main>",
			[]string{"paragraph/0:What we collect.", "paragraph/0:We collect your email."}},
		{"a paragraph all in bold, or a bold line over <br>, is a heading",
			"<main><h1>Privacy</h1><p><b>Your rights</b></p><p>You can ask for a copy.</p><p><strong>Contact form</strong><br>When you contact us, we save your inquiry.</p><p><b>We never sell your data.</b></p><ul><li><b>Cookies</b><br>We use cookies to count visits.</li></ul></main>",
			[]string{"heading/1:Privacy", "heading/2:Your rights", "paragraph/0:You can ask for a copy.", "heading/2:Contact form",
				"paragraph/0:When you contact us, we save your inquiry.", "paragraph/0:We never sell your data.", "list_item/1:Cookies", "list_item/1:We use cookies to count visits."}},
		{"lines of a PDF kept as paragraphs are one sentence again", "<main><p>We collect your name and your email address in order</p><p>to send you our newsletter.</p></main>",
			[]string{"paragraph/0:We collect your name and your email address in order to send you our newsletter."}},
		{"layout table keeps paragraphs", "<body><table><tr><td><h1>Privacy</h1><p>We collect data.</p></td></tr></table></body>",
			[]string{"heading/1:Privacy", "paragraph/0:We collect data."}},
		{"bold lines in a data table's cells name their row, they head nothing",
			"<main><h2>Your rights</h2><table><tr><td><p><strong>Right</strong></p></td><td><p><strong>How</strong></p></td></tr>" +
				"<tr><td><p><strong>Access, Portability</strong></p><p>Right to a copy of your data</p></td><td><p><b>Online.</b> Log in to download it.</p></td></tr>" +
				"<tr><td><b>Erasure</b><br>Right to have it deleted</td><td>Write to us.</td></tr></table><p>We answer within a month.</p></main>",
			[]string{"heading/2:Your rights", "paragraph/0:Right", "paragraph/0:How", "paragraph/0:Access, Portability", "paragraph/0:Right to a copy of your data",
				"paragraph/0:Online. Log in to download it.", "table_cell/0:Erasure", "table_cell/0:Right to have it deleted", "table_cell/0:Write to us.", "paragraph/0:We answer within a month."}},
		{"a row of spans of one class, shown as blocks by the page's style sheet, is a row of paragraphs",
			"<main><div class=\"policy\"><span class=\"t\">We collect your email to send the newsletter.</span><span class=\"t\"></span><span class=\"t\">9. Changes</span>" +
				"<span class=\"t\">We will notify you of significant changes.</span><span class=\"t\">10. Cookies</span></div></main>",
			[]string{"paragraph/0:We collect your email to send the newsletter.", "heading/2:9. Changes", "paragraph/0:We will notify you of significant changes.", "heading/2:10. Cookies"}},
		{"styled spans of a word processor's paragraph, or spans inside a paragraph, stay one paragraph",
			"<main><div><span style=\"color: black\">For U.S. residents, see the </span><span style=\"color: red\">Your U.S. State Privacy Rights</span><span style=\"color: black\"> section below, which lists </span><span style=\"color: black\">the rights you have.</span></div>" +
				"<p><span class=\"t\">We keep your data </span><span class=\"t\">for two years </span><span class=\"t\">after your last visit, </span><span class=\"t\">then delete it.</span></p></main>",
			[]string{"paragraph/0:For U.S. residents, see the Your U.S. State Privacy Rights section below, which lists the rights you have.",
				"paragraph/0:We keep your data for two years after your last visit, then delete it."}},
		{"a server-rendered web component: its shadow tree in place, slots filled, in reading order",
			"<main><policy-text><template shadowrootmode=\"open\"><style>p{}</style><slot name=\"title\">Untitled</slot><p>We collect your email.</p>" +
				"<x-note><template shadowroot=\"open\"><p>Note:</p><slot></slot></template>We keep it a year.</x-note><slot></slot><slot name=\"none\"><p>Fallback text.</p></slot></template>" +
				"<h2 slot=\"title\">Privacy</h2><p>You can ask for a copy.</p><p slot=\"elsewhere\">Never shown.</p></policy-text><template><p>Not shown.</p></template></main>",
			[]string{"heading/2:Privacy", "paragraph/0:We collect your email.", "paragraph/0:Note:", "paragraph/0:We keep it a year.",
				"paragraph/0:You can ask for a copy.", "paragraph/0:Fallback text."}},
		{"a page laid out in one column of a table keeps its bold headings",
			"<body><table><tr><td><p><b>Your rights</b></p><p>You can ask for a copy.</p></td></tr></table></body>",
			[]string{"heading/2:Your rights", "paragraph/0:You can ask for a copy."}},
		{"a page laid out in a table beside a menu keeps its bold headings",
			"<body><table><tr><td><a href=\"/\">Home</a></td><td><p><b>Cookies</b></p><p>" + strings.Repeat("We use cookies to count visits. ", 50) + "</p></td></tr></table></body>",
			[]string{"table_cell/0:Home", "heading/2:Cookies", "paragraph/0:" + strings.TrimSpace(strings.Repeat("We use cookies to count visits. ", 50))}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustExtract(t, tt.in, FormatHTML)
			if got := blockList(doc); !sameList(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestExtractHTMLMetadata(t *testing.T) {
	tests := []struct {
		name, in, title, updated string
	}{
		{"title tag kept as is", "<html><head><title> Privacy Policy | Acme </title></head><body><main><h1>Privacy</h1>" + policyP + "</main></body></html>", "Privacy Policy | Acme", ""},
		{"first h1 when no title", "<body><main><h1>Our Privacy Notice</h1>" + policyP + "</main></body>", "Our Privacy Notice", ""},
		{"time datetime", "<body><main><p>Updated <time datetime=\"2024-05-01\">May 1</time></p>" + policyP + "</main></body>", "", "2024-05-01"},
		{"last updated line", "<body><main><p>Last updated: March 3, 2024</p>" + policyP + "</main></body>", "", "March 3, 2024"},
		{"date line at the bottom of a long policy", "<body><main>" + paragraphs(45) + "<p>Mis à jour le 16 avril 2021</p></main></body>", "", "16 avril 2021"},
		{"past versions listed at the bottom are not the date", "<body><main>" + paragraphs(45) + "<p>Mise à jour du 18 juillet 2023 : <a href=\"/v3\">consulter</a></p><p>Mise à jour du 30 novembre 2020 : <a href=\"/v2\">consulter</a></p></main></body>", "", ""},
		{"french line", "<body><main><p>Dernière mise à jour : 2 juin 2025</p>" + policyP + "</main></body>", "", "2 juin 2025"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract([]byte(tt.in), FormatAuto)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.title {
				t.Errorf("Title: got %q, want %q", doc.Title, tt.title)
			}
			if doc.Updated != tt.updated {
				t.Errorf("Updated: got %q, want %q", doc.Updated, tt.updated)
			}
		})
	}
}

func TestErrNoText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		f    Format
	}{
		{"only scripts and nav", "<html><head><script>x()</script></head><body><nav><a href=\"/\">Home</a></nav><script>y()</script></body></html>", FormatHTML},
		{"empty html", "<html></html>", FormatHTML},
		{"blank text", " \n\t\n", FormatText},
		{"markdown of attributes only", "{: datetime=\"2020-01-01\" }\n", FormatMarkdown},
		{"empty auto", "", FormatAuto},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract([]byte(tt.in), tt.f)
			if !errors.Is(err, ErrNoText) {
				t.Errorf("got %v, %v; want ErrNoText", doc, err)
			}
		})
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := Extract([]byte("x"), Format("pdf")); err == nil || errors.Is(err, ErrNoText) {
		t.Errorf("got %v, want an unknown-format error", err)
	}
}

// TestDeepHTML checks that a page nested deeper than the HTML parser accepts
// is read as text rather than refused.
func TestDeepHTML(t *testing.T) {
	raw := strings.Repeat("<div>", 600) + "<p>We collect your email address.</p><script>var x = 1;</script>" + strings.Repeat("</div>", 600)
	doc, err := Extract([]byte(raw), FormatAuto)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != FormatText || strings.TrimSpace(doc.Text) != "We collect your email address." {
		t.Errorf("got %s %q", doc.Format, doc.Text)
	}
}

// TestDedupe checks that a passage repeated right after itself (a desktop
// and a mobile copy of a section) is read once, and that a passage the
// policy repeats further on (the same rights under two laws, one list of
// purposes in two rows of a table) is read in both places.
func TestDedupe(t *testing.T) {
	long := func(s string) string {
		return "<p>" + s + strings.Repeat(" and so on", 8) + ".</p>"
	}
	a, b, c := long("You may object to processing"), long("You may object to direct marketing"), long("You may withdraw your consent")
	tests := []struct {
		name  string
		in    string
		count int // times the first paragraph of the passage is in the text
	}{
		{"desktop and mobile copies side by side", "<main><div class=\"d\">" + a + b + c + "</div><div class=\"m\">" + a + b + c + "</div></main>", 1},
		{"copies with a heading each", "<main><div><h2>Your rights</h2>" + a + b + c + "</div><div><h2>Your rights</h2>" + a + b + c + "</div></main>", 1},
		{"passage repeated in a later section", "<main><h2>Under the GDPR</h2>" + a + b + c + "<h2>Under the UK GDPR</h2>" + a + b + c + "</main>", 2},
		{"same list in two rows of a table", "<main><table><tr><td>Service providers</td><td>" + a + b + c + "</td></tr><tr><td>Contractors</td><td>" + a + b + c + "</td></tr></table></main>", 2},
		{"two paragraphs repeated side by side stay", "<main>" + a + b + a + b + "</main>", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustExtract(t, tt.in, FormatHTML)
			if got := strings.Count(doc.Text, "You may object to processing"); got != tt.count {
				t.Errorf("got %d copies, want %d in %q", got, tt.count, doc.Text)
			}
		})
	}
}

// TestTableCells checks that table cells carry their table, row and column
// in every input format, so that the segmenter can read a cell with its row
// and its column's header.
func TestTableCells(t *testing.T) {
	type cell struct {
		text string
		pos  Cell
	}
	tests := []struct {
		name string
		in   string
		f    Format
		want []cell
	}{
		{"markdown", "# Policy\n\n| Data | Kept for |\n|---|---|\n| Email | 3 years |\n| Orders | 10 years |\n\nText after.\n\n| A | B |\n|---|---|\n| x | y |\n", FormatMarkdown, []cell{
			{"Data", Cell{1, 1, 1}}, {"Kept for", Cell{1, 1, 2}}, {"Email", Cell{1, 2, 1}}, {"3 years", Cell{1, 2, 2}},
			{"Orders", Cell{1, 3, 1}}, {"10 years", Cell{1, 3, 2}}, {"A", Cell{2, 1, 1}}, {"B", Cell{2, 1, 2}}, {"x", Cell{2, 2, 1}}, {"y", Cell{2, 2, 2}},
		}},
		{"markdown rows GFM refuses", "# Policy\n\n| Data | Kept for |\n| Email | 3 years |\n", FormatMarkdown, []cell{
			{"Data", Cell{1, 1, 1}}, {"Kept for", Cell{1, 1, 2}}, {"Email", Cell{1, 2, 1}}, {"3 years", Cell{1, 2, 2}},
		}},
		{"html with colspan", `<html><body><main><h1>Policy</h1><table><tr><th>Data</th><th colspan="2">Kept for</th><th>Why</th></tr>` +
			`<tr><td>Email</td><td>3</td><td>years</td><td>Newsletter</td></tr></table></main></body></html>`, FormatHTML, []cell{
			{"Data", Cell{1, 1, 1}}, {"Kept for", Cell{1, 1, 2}}, {"Why", Cell{1, 1, 4}},
			{"Email", Cell{1, 2, 1}}, {"3", Cell{1, 2, 2}}, {"years", Cell{1, 2, 3}}, {"Newsletter", Cell{1, 2, 4}},
		}},
		{"html table in markdown follows the markdown table", "# Policy\n\n| A | B |\n|---|---|\n| x | y |\n\n<table><tr><th>C</th></tr><tr><td>z</td></tr></table>\n", FormatMarkdown, []cell{
			{"A", Cell{1, 1, 1}}, {"B", Cell{1, 1, 2}}, {"x", Cell{1, 2, 1}}, {"y", Cell{1, 2, 2}}, {"C", Cell{2, 1, 1}}, {"z", Cell{2, 2, 1}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract([]byte(tt.in), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []cell
			for _, b := range doc.Blocks {
				if b.Cell.InTable() {
					got = append(got, cell{doc.BlockText(b), b.Cell})
				} else if b.Kind == TableCell {
					t.Errorf("table cell %q without its place", doc.BlockText(b))
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
}

// TestRunIn covers paragraphs that open with a bold run-in label: after a
// paragraph ending in ":" they are a list's items (Block.RunIn); elsewhere
// a label followed by a sentence heads its paragraph (Block.Label), while
// bold words that begin the sentence stay in it.
func TestRunIn(t *testing.T) {
	type block struct {
		kind         BlockKind
		text         string
		runIn, label bool
	}
	tests := []struct {
		name string
		in   string
		f    Format
		want []block
	}{
		{"markdown list of run-in paragraphs",
			"# Rights\n\nYou may have the right to:\n\n**Access.** You can ask for a copy.\n\n**Request Deletion** of your data.\n\nWrite to us.\n",
			FormatMarkdown, []block{
				{Heading, "Rights", false, false}, {Paragraph, "You may have the right to:", false, false},
				{Paragraph, "Access. You can ask for a copy.", true, false}, {Paragraph, "Request Deletion of your data.", true, false},
				{Paragraph, "Write to us.", false, false},
			}},
		{"markdown bold first words are no label",
			"# Contact\n\nWrite to us:\n\n**By** email at privacy@example.com.\n\n**Acme** Corp., 1 Main Street.\n",
			FormatMarkdown, []block{
				{Heading, "Contact", false, false}, {Paragraph, "Write to us:", false, false},
				{Paragraph, "By email at privacy@example.com.", false, false}, {Paragraph, "Acme Corp., 1 Main Street.", false, false},
			}},
		{"markdown labels head their paragraph",
			"# Policy\n\n**Data Retention**. We keep it two years.\n\n**Third parties:** we share it with our host.\n\n**Personal information** is any information about you.\n",
			FormatMarkdown, []block{
				{Heading, "Policy", false, false}, {Heading, "Data Retention", false, true}, {Paragraph, "We keep it two years.", false, false},
				{Heading, "Third parties", false, true}, {Paragraph, "we share it with our host.", false, false},
				{Paragraph, "Personal information is any information about you.", true, false},
			}},
		{"html list of run-in paragraphs",
			`<html><body><main><h1>Rights</h1><p>You may have the right to:</p><p><strong>Access.</strong> You can ask for a copy.</p>` +
				`<p><b>Deletion</b>: we erase your data.</p><p><b>By</b> email.</p><p>Write to us.</p></main></body></html>`,
			FormatHTML, []block{
				{Heading, "Rights", false, false}, {Paragraph, "You may have the right to:", false, false},
				{Paragraph, "Access. You can ask for a copy.", true, false}, {Paragraph, "Deletion: we erase your data.", true, false},
				{Paragraph, "By email.", false, false}, {Paragraph, "Write to us.", false, false},
			}},
		{"html labels head their paragraph",
			`<html><body><main><h1>Policy</h1><p><strong>Data Retention.</strong> We keep it two years.</p>` +
				`<p><b>Personal information</b> is any information about you.</p><p><b>Contact form</b><br>When you write, we keep your email.</p></main></body></html>`,
			FormatHTML, []block{
				{Heading, "Policy", false, false}, {Heading, "Data Retention", false, true}, {Paragraph, "We keep it two years.", false, false},
				{Paragraph, "Personal information is any information about you.", true, false},
				{Heading, "Contact form", false, false}, {Paragraph, "When you write, we keep your email.", false, false},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract([]byte(tt.in), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []block
			for _, b := range doc.Blocks {
				got = append(got, block{b.Kind, doc.BlockText(b), b.RunIn, b.Label})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("blocks:\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// TestEmbeddedText counts the text of the rich-text nodes a page's
// embedded data holds, and only those.
func TestEmbeddedText(t *testing.T) {
	para := func(typ, text string) string { return `{"type":"` + typ + `","text":"` + text + `","spans":[]}` }
	long := "We collect your name and email address when you create an account."
	tests := []struct {
		name string
		in   string
		f    Format
		want int
	}{
		{"prismic nodes in next data", `<html><body><main><h1>Privacy</h1><p>` + long + `</p></main>` +
			`<script id="__NEXT_DATA__" type="application/json">{"props":{"body":[` + para("heading2", "How we share your data") + `,` +
			para("paragraph", long) + `,` + para("list-item", "With our payment processor, to charge you.") + `]}}</script></body></html>`,
			FormatHTML, len("How we share your data") + len(long) + len("With our payment processor, to charge you.")},
		{"contentful text nodes", `<html><body><main><p>` + long + `</p></main><script type="application/json">` +
			`{"nodeType":"paragraph","content":[{"nodeType":"text","value":"` + long + `","marks":[]}]}</script></body></html>`,
			FormatHTML, len(long)},
		{"short strings and other data are not text", `<html><body><main><p>` + long + `</p></main><script type="application/json">` +
			`{"type":"paragraph","text":"Accept"},{"label":"` + long + `"}</script></body></html>`, FormatHTML, 0},
		{"none in plain text", `{"type":"paragraph","text":"` + long + `"}` + "\n\n" + long, FormatText, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract([]byte(tt.in), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Embedded != tt.want {
				t.Errorf("Embedded = %d, want %d", doc.Embedded, tt.want)
			}
		})
	}
}
