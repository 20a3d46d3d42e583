package analyzer

import (
	"strings"
	"testing"
)

func TestOffTopic(t *testing.T) {
	filler := strings.Repeat("word ", 995)
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"short notice naming nothing", "We collect no data and set nothing on your device.", false},
		{"long, never names its subject", strings.Repeat("word ", 600), true},
		{"long, once in 1,000 words", filler + "our Privacy notice", false},
		{"long, once in 1,200 words", strings.Repeat("word ", 1195) + "our Privacy notice", true},
		{"French terms count", filler + "vos données personnelles", false},
		{"cookies count", filler + "we set Cookies", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			terms, words := privacyTermCount(tt.text)
			if got := offTopic(terms, words); got != tt.want {
				t.Errorf("offTopic(%d terms, %d words) = %v, want %v", terms, words, got, tt.want)
			}
		})
	}
}
