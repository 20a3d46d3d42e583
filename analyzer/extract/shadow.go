package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// composeShadowRoots puts each declarative shadow root of the page in place
// of its host's children, as a browser shows the page. Server-rendered web
// components write their shadow tree as a <template shadowrootmode="open">
// (or the older shadowroot="open") first child of the host: without this,
// the template would be dropped with the other templates and its text lost,
// or read out of order. Each <slot> of the shadow tree takes the host's
// children assigned to it (slot="name"; the unnamed slot takes the others,
// text included), or keeps its fallback content when none is; host children
// no slot takes are not shown, so they are dropped. Nested shadow roots are
// composed first. The extension's content script sends the same flat tree
// from the live DOM (extension/lib/pagehtml.js).
func composeShadowRoots(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		composeShadowRoots(c)
	}
	if n.Type != html.ElementNode {
		return
	}
	var tmpl *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if isShadowRoot(c) {
			tmpl = c
			break
		}
	}
	if tmpl == nil {
		return
	}
	var light, shadow []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c != tmpl {
			light = append(light, c)
		}
	}
	for c := tmpl.FirstChild; c != nil; c = c.NextSibling {
		shadow = append(shadow, c)
	}
	for _, c := range light {
		n.RemoveChild(c)
	}
	n.RemoveChild(tmpl)
	for _, c := range shadow {
		tmpl.RemoveChild(c)
		n.AppendChild(c)
	}
	for _, s := range slotsOf(n) {
		fill(s, assigned(light, attrOf(s, "name")))
	}
}

// isShadowRoot reports whether n is a declarative shadow root.
func isShadowRoot(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Template {
		return false
	}
	for _, a := range n.Attr {
		if a.Key == "shadowrootmode" || a.Key == "shadowroot" {
			return true
		}
	}
	return false
}

// slotsOf returns the <slot> elements under n, in document order; slots of
// a nested host were filled when it was composed and are gone.
func slotsOf(n *html.Node) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Slot {
				out = append(out, c)
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return out
}

// assigned returns the host children a slot named name takes: elements
// with slot="name", or for the unnamed slot every child without a slot
// attribute. A child an earlier slot took has a parent again and is left to
// it: the first slot of a name takes its nodes, as in a browser.
func assigned(light []*html.Node, name string) []*html.Node {
	var out []*html.Node
	for _, c := range light {
		slot := ""
		if c.Type == html.ElementNode {
			slot = attrOf(c, "slot")
		}
		if slot == name && c.Parent == nil {
			out = append(out, c)
		}
	}
	return out
}

// fill replaces slot s by the nodes assigned to it, or by its own children
// (the fallback content) when none is.
func fill(s *html.Node, nodes []*html.Node) {
	if len(nodes) == 0 {
		for c := s.FirstChild; c != nil; {
			next := c.NextSibling
			s.RemoveChild(c)
			nodes = append(nodes, c)
			c = next
		}
	}
	for _, c := range nodes {
		s.Parent.InsertBefore(c, s)
	}
	s.Parent.RemoveChild(s)
}
