// Finding a clause's sentence among the page's text nodes (lib/locate.js).
import { test } from "node:test";
import assert from "node:assert/strict";

import "../lib/locate.js";

const L = /** @type {any} */ (globalThis).PolicyLensLocate;

/**
 * The text a match covers, read back from the strings.
 * @param {string[]} nodes
 * @param {any} m
 */
function cover(nodes, m) {
  let out = "";
  for (let i = m.startNode; i <= m.endNode; i++) {
    const from = i === m.startNode ? m.startOffset : 0;
    const to = i === m.endNode ? m.endOffset : nodes[i].length;
    out += nodes[i].slice(from, to);
  }
  return out;
}

test("locate: table", () => {
  const cases = [
    {
      name: "exact, inside one node",
      nodes: ["Intro. We keep your data forever. Outro."],
      sentence: "We keep your data forever.",
      how: "exact",
      text: "We keep your data forever.",
    },
    {
      name: "across nodes and odd whitespace",
      nodes: ["We collect your ", "name", ",\n   e-mail and CV.", " Next sentence."],
      breaks: [false, false, false, false],
      sentence: "We collect your name, e-mail and CV.",
      how: "exact",
      text: "We collect your name,\n   e-mail and CV.",
    },
    {
      name: "curly apostrophes and non-breaking spaces on the page",
      nodes: ["Nexus Tech peut s’échanger\u00a0ces données."],
      sentence: "Nexus Tech peut s'échanger ces données.",
      how: "exact",
      text: "Nexus Tech peut s’échanger\u00a0ces données.",
    },
    {
      name: "case differs",
      nodes: ["WE SELL YOUR DATA TO ADVERTISERS."],
      sentence: "We sell your data to advertisers.",
      how: "exact",
      text: "WE SELL YOUR DATA TO ADVERTISERS.",
    },
    {
      name: "block elements become word breaks",
      nodes: ["We collect:", "your name", "your address"],
      sentence: "We collect: your name",
      how: "exact",
      text: "We collect:your name",
    },
    {
      name: "the end differs: longest prefix",
      nodes: ["Your data is kept for as long as needed by law, then deleted."],
      sentence: "Your data is kept for as long as needed (see the table below).",
      how: "prefix",
      text: "Your data is kept for as long as needed",
    },
    {
      name: "the start differs: longest suffix",
      nodes: ["Item 3) you may ask us to delete your account at any time."],
      sentence: "We collect: you may ask us to delete your account at any time.",
      how: "suffix",
      text: "you may ask us to delete your account at any time.",
    },
  ];
  for (const c of cases) {
    const m = L.locate(L.buildIndex(c.nodes, c.breaks), c.sentence);
    assert.ok(m, `${c.name}: not found`);
    assert.equal(m.how, c.how, c.name);
    assert.equal(cover(c.nodes, m), c.text, c.name);
  }
});

test("locate: an inline split without breaks is not a word break", () => {
  const nodes = ["Your per", "sonal data"];
  assert.equal(L.buildIndex(nodes, [false, false]).text, "your personal data");
  assert.equal(L.buildIndex(nodes).text, "your per sonal data");
});

test("locate: nothing close enough", () => {
  const index = L.buildIndex(["Completely unrelated text about cakes and tea."]);
  assert.equal(L.locate(index, "We sell your data to advertisers."), null);
  assert.equal(L.locate(index, "   "), null);
  assert.equal(L.locate(L.buildIndex([]), "anything"), null);
});

test("locate: the hint picks among repeated sentences", () => {
  const nodes = ["Contact us.", " Middle text that is long enough to separate the two. ".repeat(5), "Contact us."];
  const first = L.locate(L.buildIndex(nodes), "Contact us.", 0);
  const last = L.locate(L.buildIndex(nodes), "Contact us.", 0.99);
  assert.equal(first.startNode, 0);
  assert.equal(last.startNode, 2);
});

test("locate: normalize", () => {
  assert.equal(L.normalize("  A\u00a0 b’c\u00ad — D "), "a b'c - d");
});
