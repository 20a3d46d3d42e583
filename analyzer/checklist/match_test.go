package checklist

import (
	"reflect"
	"regexp"
	"testing"
)

// TestLegalConditionsPrefilter checks that the filtered search of
// legalCondition keeps every match of each alternative of the plain regexp.
func TestLegalConditionsPrefilter(t *testing.T) {
	for _, s := range []string{
		"where the legal requirements are met",
		"if the conditions have been fulfilled",
		"subject to applicable data protection law",
		"depending on where you live",
		"depending on your country of residence",
		"sous reserve de la legislation applicable",
		"si les conditions legales sont reunies",
		"lorsque la loi le permet",
		"selon votre pays de residence",
		"depending on the laws of their country",
		"where the applicable legal requirements apply",
		"where permitted by applicable law",
		"if local law permits",
		"where possible",
		"lorsque c'est possible",
		"dans la mesure du possible",
		"si la loi de votre pays le prevoit",
		"dans la mesure ou la loi l'autorise",
		"selon la legislation en vigueur la ou vous residez",
		"nothing of the kind here",
	} {
		want := regexp.MustCompile(legalCondition.raw).FindAllStringIndex(s, -1)
		if got := findAllRe(legalCondition, s); !reflect.DeepEqual(got, want) {
			t.Errorf("legal conditions of %q: got %v, want %v", s, got, want)
		}
		if want == nil && s != "nothing of the kind here" {
			t.Errorf("%q: the case matches no alternative; fix the case", s)
		}
	}
}

func TestJoinDomains(t *testing.T) {
	tests := []struct{ in, want string }{
		{"topics within “phpbb.com” and is used to store", "topics within “phpbb-com” and is used to store"},
		{"booking.com will not sell your data.", "booking-com will not sell your data."},
		{"write to privacy@booking.com.", "write to privacy@booking.com."},
		{"see https://www.phpbb.com/privacy or www.example.com/contact.", "see https://www.phpbb.com/privacy or www.example.com/contact."},
		{"e.g. your name, i.e. data.", "e.g. your name, i.e. data."},
		{"version 2.0 of the policy", "version 2.0 of the policy"},
	}
	for _, tt := range tests {
		if got := joinDomains(tt.in); got != tt.want {
			t.Errorf("joinDomains(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
