package analyzer

import (
	"strings"
	"unicode"
)

// A long text that hardly ever names personal data, privacy or cookies is
// not a privacy policy, however many of its sentences the classifier can
// read as practices: a site's terms of use (licences, user content) or a
// help page speak of accounts, content and sharing too. Over the real
// pages of ../shared/policies-dev, every privacy policy names its subject
// at least 1.5 times per thousand words (NordPass's 31,000-word policy is
// the lowest); a terms-of-use page and a help page there, none or 0.5.
const (
	// topicMinWords is the length below which the rate is not judged: a
	// short notice ("We collect no data.") need not name its subject.
	topicMinWords = 500
	// topicWordsPerTerm is the most words a policy has per privacy term.
	topicWordsPerTerm = 1000
)

// privacyTerms are the phrases, lower-cased, that name a privacy policy's
// subject in English and French. Both lists are counted whatever the
// language, so that an English page and its French version are judged
// alike.
var privacyTerms = []string{
	"personal information", "personal data", "personal details", "personally identifiable",
	"privacy", "your information", "your data", "information about you", "data about you",
	"user data", "information we collect", "cookie",
	"données personnelles", "données à caractère personnel", "informations personnelles",
	"renseignements personnels", "vie privée", "confidentialité", "vos données",
	"vos informations", "données vous concernant", "traceur",
}

// privacyTermCount returns how many times text names personal data,
// privacy or cookies, and how many words it has.
func privacyTermCount(text string) (terms, words int) {
	low := strings.ToLower(text)
	for _, t := range privacyTerms {
		terms += strings.Count(low, t)
	}
	return terms, len(strings.Fields(text))
}

// offTopic reports whether text is long and names personal data, privacy
// or cookies too rarely to be a privacy policy.
func offTopic(terms, words int) bool {
	return words >= topicMinWords && terms*topicWordsPerTerm < words
}

// countWords returns how many space-separated fields of s hold a letter
// ("Icon / profile" is two words).
func countWords(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}
