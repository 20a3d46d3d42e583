package diff_test

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/analyzer/diff"
	"github.com/policylens/policylens/analyzer/report"
)

var (
	engineOnce sync.Once
	engine     *analyzer.Engine
)

func analyze(t testing.TB, text string) *report.Report {
	t.Helper()
	engineOnce.Do(func() {
		var err error
		if engine, err = analyzer.New(); err != nil {
			t.Fatal(err)
		}
	})
	rep, err := engine.Analyze(context.Background(), []byte(text), analyzer.Options{})
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	return rep
}

const policyMD = `# Privacy Policy

## What we collect

1. We collect your name, email address and IP address when you create an account.
2. We use them to provide the service and to prevent fraud.

## Sharing

We share your personal data with service providers who host our servers. We **do not sell** your personal data.

## Your rights

You have the right to access, rectify and delete your personal data. Write to [our team](mailto:privacy@example.com); we answer within one month.

## Retention

We keep your account data for two years after your last login, then delete it.
`

const policyHTML = `<!doctype html><html><head><title>Privacy Policy</title></head><body>
<nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav>
<main><h1>Privacy Policy</h1>
<h2>What we collect</h2>
<ol><li>We collect your name, email address and IP address when you create an account.</li>
<li>We use them to provide the service and to prevent fraud.</li></ol>
<h2>Sharing</h2>
<p>We share your personal data with service providers who host our servers.
We <em>do not sell</em> your personal data.</p>
<h2>Your rights</h2>
<p>You have the right to access, rectify and delete your personal data. Write to <a href="mailto:privacy@example.com">our team</a>; we answer within one month.</p>
<h2>Retention</h2>
<p>We keep your account data for two years after your last login, then delete it.</p>
</main><footer>© 2026 Example · <a href="/terms">Terms</a></footer></body></html>`

const policyFR = `Politique de confidentialité

Nous collectons votre nom, votre adresse e-mail et votre adresse IP lorsque vous créez un compte.

Nous partageons vos données personnelles avec nos hébergeurs. Nous ne vendons pas vos données personnelles.

Vous pouvez accéder à vos données, les rectifier et les supprimer en écrivant à privacy@example.fr.

Nous conservons vos données pendant deux ans après votre dernière connexion.
`

const policyFRReordered = `Politique de confidentialité

Nous conservons vos données pendant deux ans après votre dernière connexion.

- Nous collectons votre nom, votre adresse e-mail et votre adresse IP lorsque vous créez un compte.
- Nous partageons vos données personnelles avec nos hébergeurs.   Nous ne vendons pas vos données personnelles.

Vous pouvez accéder à vos données, les rectifier et les supprimer en écrivant à privacy@example.fr.
`

// TestCompareSame checks that reformatting, markup, numbering and order make
// no change, in English and French.
func TestCompareSame(t *testing.T) {
	tests := []struct{ name, old, new string }{
		{"Markdown vs HTML with page chrome", policyMD, policyHTML},
		{"HTML vs Markdown", policyHTML, policyMD},
		{"French, reordered and turned into a list", policyFR, policyFRReordered},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diff.Compare(analyze(t, tt.old), analyze(t, tt.new))
			if d.Changed() {
				b, _ := json.MarshalIndent(d, "", "  ")
				t.Errorf("got a change, want none:\n%s", b)
			}
			if d.Status() != "same" {
				t.Errorf("got status %q, want same", d.Status())
			}
		})
	}
}

func TestCompareChanged(t *testing.T) {
	changed := strings.Replace(policyMD, "We **do not sell** your personal data.", "We may sell your personal data to advertisers.", 1)
	changed = strings.Replace(changed, "We keep your account data for two years after your last login, then delete it.", "We keep your account data for three years after your last login, then delete it.", 1)
	d := diff.Compare(analyze(t, policyMD), analyze(t, changed))
	if d.Status() != "changed" {
		t.Fatalf("got status %q, want changed", d.Status())
	}
	if len(d.RedFlags.Added) != 1 || d.RedFlags.Added[0] != "sharing.sells_data" {
		t.Errorf("got red flags added %v, want [sharing.sells_data]", d.RedFlags.Added)
	}
	var sale bool
	for _, c := range d.Checklist {
		sale = sale || c.ID == "sharing.sale"
	}
	if !sale {
		t.Errorf("got checklist changes %+v, want sharing.sale among them", d.Checklist)
	}
	var three bool
	for _, r := range d.Reworded {
		if strings.Contains(r.New.Text, "three years") && strings.Contains(r.Old.Text, "two years") {
			three = true
		}
	}
	if !three {
		t.Errorf("the retention sentence is not reworded: %+v", d.Reworded)
	}
}

// TestCompareJSONShape checks the JSON shape: every key present,
// lists empty and never null.
func TestCompareJSONShape(t *testing.T) {
	rep := analyze(t, policyMD)
	b, err := json.Marshal(diff.Compare(rep, rep))
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	for _, want := range []string{
		`"schema":1`, `"old":{"title":"Privacy Policy","updated":"","language":"en","grade":"`,
		`"grade":{"old":"`, `"old_score":`, `"new_score":`,
		`"added":[]`, `"removed":[]`, `"reworded":[]`, `"checklist":[]`,
		`"red_flags":{"added":[],"removed":[]}`, `"categories":[]`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("JSON lacks %s:\n%s", want, got)
		}
	}
	if strings.Contains(got, "null") {
		t.Errorf("JSON holds a null:\n%s", got)
	}
}
