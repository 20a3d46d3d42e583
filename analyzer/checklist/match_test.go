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
