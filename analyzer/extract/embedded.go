package extract

import (
	"bytes"

	"github.com/policylens/policylens/internal/lazyre"
)

// reRichText finds the text of one rich-text node in a page's embedded
// data, as headless content managers serialise them for the script that
// renders the page: Prismic's {"type":"paragraph","text":"..."} (also
// heading1 to heading6, list-item, o-list-item) and Contentful's
// {"nodeType":"text","value":"..."}. Short strings (labels, button
// captions) are left out.
var reRichText = lazyre.New(`"(?:type"\s*:\s*"(?:paragraph|heading[1-6]|list-item|o-list-item|preformatted)"\s*,\s*"text|nodeType"\s*:\s*"text"\s*,\s*"value)"\s*:\s*"(?:[^"\\]|\\.){20,}"`)

// embeddedText returns how many bytes of text the rich-text nodes of raw's
// embedded page data hold (see reRichText), 0 when it has none. A page
// built by a script can show only part of that text (collapsed sections,
// one document of many) while its data holds the rest.
func embeddedText(raw []byte) int {
	if !bytes.Contains(raw, []byte(`"text"`)) && !bytes.Contains(raw, []byte(`"value"`)) {
		return 0
	}
	n := 0
	for _, m := range reRichText.FindAllIndex(raw, -1) {
		// The node's text is the last string of the match: from the
		// quote after the key's colon to the closing quote.
		node := raw[m[0]:m[1]]
		key := bytes.Index(node, []byte(`"text"`))
		if key < 0 {
			key = bytes.Index(node, []byte(`"value"`))
		}
		colon := key + bytes.IndexByte(node[key:], ':')
		open := colon + bytes.IndexByte(node[colon:], '"')
		n += len(node) - open - 2
	}
	return n
}
