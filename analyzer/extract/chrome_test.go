package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const devPolicies = "/work/shared/policies-dev"

// policyMD is a paragraph of policy prose every chrome case keeps.
const policyMD = "We collect your name and email address when you create an account, and we use them to provide the service to you.\n\n"

// TestChromeMarkdownAndText checks each kind of chrome the rules of
// chrome.go remove from Markdown and plain text, and the policy text next to
// it, some of which looks like chrome (a list of data types, a partner's
// link, a cookie policy's "by continuing" sentence), that they keep.
func TestChromeMarkdownAndText(t *testing.T) {
	tests := []struct {
		name   string
		format Format
		in     string
		want   []string // substrings that must be in the blocks' text
		avoid  []string // substrings that must not
	}{
		{"md nav link list", FormatMarkdown,
			"*   [Mortgages](/mortgages)\n*   [Banking](/banking)\n*   [Loans](/loans)\n*   [Insurance](/insurance)\n*   Get the best rates\n\n" + policyMD,
			[]string{"We collect"}, []string{"Mortgages", "Banking", "best rates"}},
		{"md nested menu of links", FormatMarkdown,
			"*   [Cities](#)\n    *   [Alaska](/ak)\n    *   [Alabama](/al)\n*   [Forum](/forum)\n\n" + policyMD,
			[]string{"We collect"}, []string{"Alaska", "Forum"}},
		{"md table of links", FormatMarkdown,
			"| | | |\n|---|---|---|\n| [AK](/ak) | [AL](/al) | [AR](/ar) |\n| [AZ](/az) | [CA](/ca) | [CO](/co) |\n\n" + policyMD,
			[]string{"We collect"}, []string{"AK", "CO"}},
		{"md link row and menu row", FormatMarkdown,
			"[Home](/) [About](/about) [Contact](/contact)\n\n[Terms](/terms) | Privacy | [Cookies](/cookies)\n\n" + policyMD,
			[]string{"We collect"}, []string{"About", "Terms", "Cookies"}},
		{"md partner links kept (many sites)", FormatMarkdown,
			"## Privacy notices of search providers\n\n[Google](https://policies.google.com/privacy)\n\n[DuckDuckGo](https://duckduckgo.com/privacy)\n\n[Wikipedia](https://foundation.wikimedia.org/privacy)\n\n" + policyMD,
			[]string{"Google", "DuckDuckGo", "Wikipedia"}, nil},
		{"md link list after a lead-in kept", FormatMarkdown,
			"Your data is processed under the relevant notice:\n\n* [Firefox](https://www.mozilla.org/privacy/firefox/)\n* [Thunderbird](https://www.mozilla.org/privacy/thunderbird/)\n\n" + policyMD,
			[]string{"Firefox", "Thunderbird"}, nil},
		{"md list of data types kept", FormatMarkdown,
			"We collect:\n\n- Email\n- Name\n- Phone number\n\n" + policyMD,
			[]string{"Email", "Name", "Phone number"}, nil},
		{"md two e-mail links kept", FormatMarkdown,
			"[dpo@x.example](mailto:dpo@x.example) or [privacy@x.example](mailto:privacy@x.example)\n\n" + policyMD,
			[]string{"dpo@x.example", "privacy@x.example"}, nil},
		{"md inline script", FormatMarkdown,
			"var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1']); (function() { var ga = document.createElement('script'); })();\n\n" + policyMD,
			[]string{"We collect"}, []string{"_gaq", "createElement"}},
		{"md style sheet", FormatMarkdown,
			".css-19ql027-Navbar{display:flex;margin:0 auto;position:relative;} .css-1b1g-Children{display:flex;padding:14px 0;}\n\n" + policyMD,
			[]string{"We collect"}, []string{"display:flex"}},
		{"md json blob", FormatMarkdown,
			"{\"@context\": \"http://schema.org\", \"@type\": \"BreadcrumbList\", \"itemListElement\": []}\n\n" + policyMD,
			[]string{"We collect"}, []string{"schema.org"}},
		{"md data uri and base64 run", FormatMarkdown,
			"We call it ![Club](data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==) and data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg== here.\n\n" + policyMD,
			[]string{"We call it Club and", "here."}, []string{"base64", "iVBOR"}},
		{"md cookie banner with button", FormatMarkdown,
			"We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are ok with that.[Ok](#)\n\n" + policyMD,
			[]string{"We collect"}, []string{"best experience", "Ok"}},
		{"md cookie banner and its buttons", FormatMarkdown,
			policyMD + "This site uses cookies. By continuing to browse you accept our use of cookies.\n\nAccept all\n\nCookie settings\n\n" + policyMD,
			[]string{"We collect"}, []string{"This site uses cookies", "Accept all", "Cookie settings"}},
		{"md cookie policy sentence kept", FormatMarkdown,
			"## Cookies\n\nBy continuing to use our website, you accept our use of cookies as described in this policy.\n\n" + policyMD,
			[]string{"By continuing to use our website"}, nil},
		{"md cookie policy paragraph before a learn-more link kept", FormatMarkdown,
			policyMD + "We use cookies to analyse usage. See below to learn how you can manage your cookie preferences.\n\nLearn More\n\n" + policyMD,
			[]string{"manage your cookie preferences"}, nil},
		{"md cookie notice that assumes consent, before a learn-more link", FormatMarkdown,
			policyMD + "By using this site, you agree to our use of cookies.\n\n[Learn more](/cookies)\n\n" + policyMD,
			[]string{"We collect"}, []string{"By using this site"}},
		{"md skip link and back to top", FormatMarkdown,
			"[Skip to main content](#main)\n\n" + policyMD + "[Back to top](#top)\n",
			[]string{"We collect"}, []string{"Skip", "Back to top"}},
		{"md language menu", FormatMarkdown,
			"*   [Deutsch](/de)\n*   [Español (México)](/es-mx)\n*   [Français (Canada)](/fr-ca)\n*   [日本語](/ja)\n\n" + policyMD,
			[]string{"We collect"}, []string{"Deutsch", "México", "日本語"}},
		{"md language row", FormatMarkdown,
			"English español français العربية русский português Deutsch 日本語 polski\n\n" + policyMD,
			[]string{"We collect"}, []string{"русский"}},
		{"md share widget", FormatMarkdown,
			"Share on [Facebook](https://facebook.com/sharer) [Twitter](https://twitter.com/intent)\n\n[Print](#)\n\n" + policyMD,
			[]string{"We collect"}, []string{"Facebook", "Print"}},
		{"md breadcrumb", FormatMarkdown,
			"[Home](/) > [Legal](/legal) > Privacy Policy\n\n" + policyMD,
			[]string{"We collect"}, []string{"Legal"}},
		{"text one css rule", FormatText,
			".font-ruler-content::after {content:\"@#$%%^&*~IAO\"}\n\n" + policyMD,
			[]string{"We collect"}, []string{"font-ruler"}},
		{"text inline script", FormatText,
			"Privacy Policy\n\nwindow.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());\n\n" + policyMD,
			[]string{"We collect"}, []string{"dataLayer"}},
		{"text json blob", FormatText,
			"window.config = {\"app.name\":\"Kolab\",\"countries\":{\"AF\":[\"AFN\",\"Afghanistan\"],\"AX\":[\"EUR\",\"Aland\"],\"AL\":[\"ALL\",\"Albania\"],\"DZ\":[\"DZD\",\"Algeria\"],\"AS\":[\"USD\",\"Samoa\"],\"AD\":[\"EUR\",\"Andorra\"],\"AO\":[\"AOA\",\"Angola\"],\"AI\":[\"XCD\",\"Anguilla\"]}}\n\n" + policyMD,
			[]string{"We collect"}, []string{"Afghanistan"}},
		{"text base64 line", FormatText,
			"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\n\n" + policyMD,
			[]string{"We collect"}, []string{"iVBOR"}},
		{"text cookie banner", FormatText,
			"This website uses cookies to give you the best experience. By using this site you agree to our use of cookies.\nGot it\n\n" + policyMD,
			[]string{"We collect"}, []string{"best experience", "Got it"}},
		{"text skip link", FormatText,
			"Skip to content\n\n" + policyMD, []string{"We collect"}, []string{"Skip"}},
		{"text language menu lines", FormatText,
			"English\nDeutsch\nFrançais\nEspañol\nItaliano\n\n" + policyMD,
			[]string{"We collect"}, []string{"Deutsch", "Italiano"}},
		{"text share widget", FormatText,
			"Share this page\nFollow us on Twitter\n\n" + policyMD,
			[]string{"We collect"}, []string{"Share", "Twitter"}},
		{"text breadcrumb", FormatText,
			"Home > Legal > Privacy\n\n" + policyMD, []string{"We collect"}, []string{"Legal"}},
		{"text list of data kept", FormatText,
			"We collect:\n- Email\n- Name\n- Facebook profile\n\n" + policyMD,
			[]string{"Email", "Name", "Facebook profile"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustExtract(t, tt.in, tt.format)
			text := doc.BlocksText()
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("missing %q in %q", w, text)
				}
			}
			for _, a := range tt.avoid {
				if strings.Contains(text, a) {
					t.Errorf("chrome %q kept in %q", a, text)
				}
			}
		})
	}
}

// TestChromeRealPolicies runs the extractor over real Markdown policies with
// their sites' chrome: each keeps a sentence of its policy and loses a piece
// of its chrome.
func TestChromeRealPolicies(t *testing.T) {
	tests := []struct {
		file        string
		keep, avoid string
	}{
		{"en-tosback/Bankrate.md", "Bankrate is compensated in exchange for", "Mortgage calculator"},
		{"en-tosback/City-data.md", "We do not guarantee the accuracy", "var _gaq"},
		{"en-tosback/iNaturalist.md", "We also explicitly and publicly share", "Español (México)"},
		{"en-tosback/Privva.md", "We do not intentionally gather", "createElement"},
		{"en-tosback/BBC_UK.md", "", "Back to top"},
		{"en-tosback/Bose.md", "", "Skip to content"},
		{"en-tosback/Hostelworld.md", "", "Español"},
		{"en-tosback/Bethesda.md", "", "BreadcrumbList"},
		{"en-tosback/Lucid_Software.md", "", "display:flex"},
		{"en-tosback/Goguardian.md", "", "base64"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(devPolicies, tt.file))
			if os.IsNotExist(err) {
				t.Skip("development policies not present")
			}
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Extract(raw, FormatAuto)
			if err != nil {
				t.Fatal(err)
			}
			text := doc.BlocksText()
			if tt.keep != "" && !strings.Contains(text, tt.keep) {
				t.Errorf("policy text %q lost", tt.keep)
			}
			if strings.Contains(text, tt.avoid) {
				t.Errorf("chrome %q kept", tt.avoid)
			}
		})
	}
}
