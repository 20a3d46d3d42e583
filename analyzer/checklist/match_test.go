package checklist

import (
	"reflect"
	"testing"
)

// TestLegalConditionsPrefilter checks that the words legalConditions looks
// for before running the regexp keep every match of each alternative.
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
		want := legalCondition.FindAllStringIndex(s, -1)
		if got := legalConditions(s); !reflect.DeepEqual(got, want) {
			t.Errorf("legalConditions(%q) = %v, want %v", s, got, want)
		}
		if want == nil && s != "nothing of the kind here" {
			t.Errorf("%q: the case matches no alternative; fix the case", s)
		}
	}
}
