// lib/pagehtml.js: the page's flat tree as the engine reads it. DOMs are
// built with jsdom; the engine checks use the built extension/engine.wasm.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { JSDOM, VirtualConsole } from "jsdom";

import "../lib/pagehtml.js";
import { loadEngine } from "../lib/engine.js";
import { corpusPage, shadowPolicyPage } from "./pages.mjs";

const Page = /** @type {any} */ (globalThis).PolicyLensPage;

/**
 * A jsdom document, its scripts run when asked; every shadow root attached,
 * open or closed, is recorded, as chrome.dom.openOrClosedShadowRoot sees them.
 * @param {string} html
 * @param {{scripts?: boolean}} [o]
 */
function load(html, o = {}) {
  /** @type {WeakMap<Element, ShadowRoot>} */
  const roots = new WeakMap();
  const dom = new JSDOM(html, {
    runScripts: o.scripts ? "dangerously" : undefined,
    virtualConsole: new VirtualConsole(),
    beforeParse(window) {
      const attach = window.Element.prototype.attachShadow;
      window.Element.prototype.attachShadow = function (/** @type {ShadowRootInit} */ init) {
        const r = attach.call(this, init);
        roots.set(this, r);
        return r;
      };
    },
  });
  const doc = dom.window.document;
  return { dom, doc, opts: { shadowRootOf: (/** @type {Element} */ el) => roots.get(el) ?? null } };
}

/** The body part of serialize's output. @param {string} html */
const bodyOf = (html) => (html.match(/<body[^>]*>([\s\S]*)<\/body>/) || ["", ""])[1];

describe("serialize", () => {
  const cases = [
    {
      name: "scripts are written empty; styles and other never-prose elements are left out",
      html: `<body><p>One</p><script id="CookieDeclaration" src="https://consent.example/cd.js" data-cbid="1" async>var x = "<p>no</p>";</script><style>p{}</style><noscript>Enable JS</noscript><template><p>tpl</p></template><svg><text>svg</text></svg><canvas>c</canvas><object>o</object><p>Two</p></body>`,
      want: `<p>One</p><script id="CookieDeclaration" async=""></script><p>Two</p>`,
    },
    {
      name: "an element that opens another is kept, as the engine keeps it",
      html: `<body><template aria-expanded="false"><p>panel</p></template></body>`,
      want: `<template aria-expanded="false"></template>`,
    },
    {
      name: "attributes: handlers, data, sources and style go unless the style hides",
      html: `<body><div id="a" class="b c" role="main" data-x="1" onclick="go()" style="color:red"><img src="x.png" srcset="x2.png 2x" alt="logo"><p hidden style="display: none">h</p><a href="javascript:void 0">j</a><a href="mailto:dpo@example.com">m</a><time datetime="2024-01-02">2 Jan</time><td colspan="2"></td></div></body>`,
      want: `<div id="a" class="b c" role="main"><img alt="logo"><p hidden="" style="display: none">h</p><a>j</a><a href="mailto:dpo@example.com">m</a><time datetime="2024-01-02">2 Jan</time></div>`,
    },
    {
      name: "text and attribute values are escaped",
      html: `<body><p title='say "hi" &amp; go'>a &lt;b&gt; &amp; c&nbsp;d</p></body>`,
      want: `<p title="say &quot;hi&quot; &amp; go">a &lt;b&gt; &amp; c&nbsp;d</p>`,
    },
    {
      name: "a <pre> starting with a newline keeps it",
      html: "<body><pre>\n\nfirst</pre></body>",
      want: "<pre>\n\nfirst</pre>",
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const { doc, dom } = load(c.html);
      const got = Page.serialize(doc);
      dom.window.close();
      assert.equal(bodyOf(got.html), c.want);
      assert.equal(got.shadowRoots, 0);
      assert.equal(got.frames, 0);
      assert.equal(got.truncated, false);
    });
  }

  test("head: title, html attributes and named metas only", () => {
    const { doc } = load(`<html lang="fr" dir="ltr"><head><meta charset="utf-8"><title>A &amp; B</title><meta name="description" content="d"><link rel="stylesheet" href="s.css"><script src="a.js"></script></head><body></body></html>`);
    assert.equal(Page.serialize(doc).html, `<!DOCTYPE html><html lang="fr" dir="ltr"><head><title>A &amp; B</title><meta name="description" content="d"></head><body></body></html>`);
  });

  test("shadow trees in place of their host's children, slots filled", () => {
    const { doc, opts } = load(`<body><x-doc><h1 slot="title">Privacy</h1><p>not slotted</p><p slot="end">slotted end</p></x-doc></body>`);
    const host = /** @type {Element} */ (doc.querySelector("x-doc"));
    const shadow = host.attachShadow({ mode: "closed" });
    shadow.innerHTML = `<style>h1{}</style><slot name="title">no title</slot><p>We collect your <b>email</b>.</p><x-inner></x-inner><slot name="end"></slot><slot name="none"><p>fallback</p></slot>`;
    const inner = /** @type {Element} */ (shadow.querySelector("x-inner"));
    inner.attachShadow({ mode: "open" }).innerHTML = "<p>nested</p>";
    const got = Page.serialize(doc, opts);
    assert.equal(bodyOf(got.html), `<x-doc><h1 slot="title">Privacy</h1><p>We collect your <b>email</b>.</p><x-inner><p>nested</p></x-inner><p slot="end">slotted end</p><p>fallback</p></x-doc>`);
    assert.equal(got.shadowRoots, 2);
    // Without an accessor for closed roots, only the open one is read.
    const open = Page.serialize(doc);
    assert.equal(bodyOf(open.html), `<x-doc><h1 slot="title">Privacy</h1><p>not slotted</p><p slot="end">slotted end</p></x-doc>`);
  });

  test("a readable frame with enough text is written in place; a short one is not", () => {
    const { doc, dom } = load(`<body><p>Top</p><iframe id="long"></iframe><iframe id="short"></iframe></body>`);
    const long = /** @type {HTMLIFrameElement} */ (doc.getElementById("long")).contentDocument;
    const short = /** @type {HTMLIFrameElement} */ (doc.getElementById("short")).contentDocument;
    assert.ok(long && short);
    long.body.innerHTML = `<h2>Policy</h2><p>${"We keep your data for two years. ".repeat(25)}</p><script>x()</script>`;
    short.body.innerHTML = "<p>Advert</p>";
    const got = Page.serialize(doc);
    dom.window.close();
    assert.equal(got.frames, 1);
    assert.match(bodyOf(got.html), /^<p>Top<\/p><div><h2>Policy<\/h2><p>(We keep your data for two years\. ){25}<\/p><script><\/script><\/div>$/);
  });

  test("JSON data scripts are written after the body, escaped; other scripts are not", () => {
    const { doc, dom } = load(`<body><p>One</p><script type="application/ld+json">{"@type":"Organization"}</script><script>var x = 1;</script><script id="__NEXT_DATA__" type=" Application/JSON "></script></body>`);
    const data = { doc: { body: [{ type: "paragraph", text: "We keep it </p> until <!-- here" }] } };
    /** @type {Element} */ (doc.getElementById("__NEXT_DATA__")).textContent = JSON.stringify(data);
    const got = Page.serialize(doc).html;
    dom.window.close();
    assert.equal(bodyOf(got), `<p>One</p><script type="application/ld+json"></script><script></script>`);
    const scripts = [...got.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1, got);
    assert.doesNotMatch(scripts[0][1], /<\/|<!--/);
    assert.deepEqual(JSON.parse(scripts[0][1]), data);
    assert.ok(got.endsWith("</script></html>"));
  });

  test("a JSON data script that would pass maxChars is left out", () => {
    const { doc } = load(`<body><p>word</p><script type="application/json">{"a":"${"x".repeat(500)}"}</script></body>`);
    const got = Page.serialize(doc, { maxChars: 400 });
    assert.equal(got.truncated, false);
    assert.doesNotMatch(got.html, /<script/);
    assert.ok(got.html.endsWith("</body></html>"));
  });

  test("maxChars stops the writing", () => {
    const { doc } = load(`<body>${"<p>word word word</p>".repeat(100)}</body>`);
    const got = Page.serialize(doc, { maxChars: 200 });
    assert.equal(got.truncated, true);
    assert.ok(got.html.length < 300, `${got.html.length} characters`);
  });
});

describe("hiddenText", () => {
  test("empty on a page with no shadow tree nor frame", () => {
    const { doc } = load(`<body><h1>Privacy</h1><p>We collect your email.</p></body>`);
    assert.equal(Page.hiddenText(doc), "");
  });

  test("the text of shadow trees, not the light text their slots show", () => {
    const { doc, opts } = load(`<body><p>Light</p><x-doc><span slot="t">Slotted</span></x-doc></body>`);
    const host = /** @type {Element} */ (doc.querySelector("x-doc"));
    host.attachShadow({ mode: "closed" }).innerHTML = `<slot name="t"></slot><p>We collect your email.</p><p>We keep it a year.</p><style>p{}</style>`;
    assert.equal(Page.hiddenText(doc, opts), "We collect your email.\nWe keep it a year.");
    assert.equal(Page.hiddenText(doc), "", "closed root without the accessor");
  });
});

test("textNodes: reading order through shadow trees and slots, shown elements only", () => {
  const { doc, opts } = load(`<body><p>one</p><x-doc><b slot="s">three</b></x-doc><p class="off">hidden</p><textarea>typed</textarea><p>five</p></body>`);
  const host = /** @type {Element} */ (doc.querySelector("x-doc"));
  host.attachShadow({ mode: "closed" }).innerHTML = `<p>two</p><slot name="s"></slot><p>four</p><style>p{}</style>`;
  const got = Page.textNodes(doc, (/** @type {Element} */ el) => !el.classList.contains("off"), opts).map((n) => n.nodeValue);
  assert.deepEqual(got, ["one", "two", "three", "four", "five"]);
});

describe("the engine reads the flat tree as it reads the page", () => {
  /** @type {any} */
  let engine;
  before(async () => {
    engine = await loadEngine();
  });
  after(() => engine && engine.close());

  /** @param {any} r */
  const gist = (r) =>
    JSON.stringify({
      clauses: r.clauses.map((/** @type {any} */ c) => [c.text, c.categories.map((/** @type {any} */ x) => x.category)]),
      checklist: r.checklist.map((/** @type {any} */ c) => [c.id, c.status]),
      flags: r.red_flags.map((/** @type {any} */ f) => f.id),
      grade: r.grade.letter,
    });

  test("MAX_CHARS is the engine's input limit", () => {
    assert.equal(Page.MAX_CHARS, engine.maxInputBytes);
  });

  test("a page whose JSON data holds more text than it shows reads as partial from its flat tree too", async () => {
    const intro = `<h1>Privacy Policy</h1><p>This policy explains how Example Ltd collects and uses your personal data. We collect information you give us and information about your device. We share data with service providers who help us run the service. You can ask us to access or delete your data. Open a section below to read it.</p>`;
    const body = Array.from({ length: 40 }, (_, i) => ({ type: "paragraph", text: `We collect your email address and payment details to provide service ${i}, and keep them while your account is open.` }));
    const served = `<!DOCTYPE html><html lang="en"><head><title>Privacy Policy</title></head><body><main>${intro}</main><script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { body } } })}</script></body></html>`;
    const want = await engine.analyze(served, { format: "html" });
    assert.equal(want.source.partial, true, "the engine reads the page as partial");
    const { doc, dom } = load(served);
    const got = await engine.analyze(Page.serialize(doc).html, { format: "html" });
    dom.window.close();
    assert.equal(got.source.partial, true, "the flat tree keeps the page data");
    assert.deepEqual(got.diagnostics, want.diagnostics);
  });

  test("a notice vendor's script is still known from the flat tree", async () => {
    const served = `<!DOCTYPE html><html lang="en"><head><title>Cookie Policy</title></head><body><h1>Cookie declaration</h1><p>This website uses cookies. We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. Below you can read which cookies we use.</p><script id="CookieDeclaration" src="https://consent.cookiebot.com/0/cd.js" async></script></body></html>`;
    /** @param {string} html */
    const verdict = (html) => engine.analyze(html, { format: "html" }).then(() => "graded", (/** @type {any} */ err) => `${err.code}: ${err.message}`);
    const want = await verdict(served);
    assert.match(want, /^script_rendered: .*Cookiebot/);
    const { doc, dom } = load(served);
    const got = await verdict(Page.serialize(doc).html);
    dom.window.close();
    assert.equal(got, want);
  });

  const pages = [
    { file: "en-internect-recruiting.txt", lang: "en", title: "Privacy policy - Internect" },
    { file: "fr-nexustech-engagement.txt", lang: "fr", title: "Engagement de confidentialité - Nexus Tech" },
  ];
  for (const p of pages) {
    test(`${p.file}: same report from the served page, its flat tree, and its web-component version`, async () => {
      const served = corpusPage(p.file, p);
      const want = gist(await engine.analyze(served, { format: "html" }));
      const plain = load(served);
      const flat = Page.serialize(plain.doc).html;
      assert.ok(flat.length < served.length, "scripts and styles left out");
      assert.equal(gist(await engine.analyze(flat, { format: "html" })), want);

      const component = load(shadowPolicyPage(p.file, p), { scripts: true });
      const outer = component.doc.documentElement.outerHTML;
      await assert.rejects(engine.analyze(outer, { format: "html" }), (/** @type {any} */ err) => err.code === "script_rendered", "outerHTML lacks the policy");
      const got = Page.serialize(component.doc, component.opts);
      assert.equal(got.shadowRoots, 1);
      assert.equal(gist(await engine.analyze(got.html, { format: "html" })), want);
      assert.ok(Page.hiddenText(component.doc, component.opts).length > 1000, "the heuristic sees the shadow tree's text");
      component.dom.window.close();
    });
  }
});
