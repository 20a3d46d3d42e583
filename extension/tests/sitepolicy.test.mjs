// lib/sitepolicy.js: the site of a URL and the choice of a page's policy link.
import { test } from "node:test";
import assert from "node:assert/strict";

import "../lib/sitepolicy.js";

const S = /** @type {any} */ (globalThis).PolicyLensSite;

test("sitepolicy: registrable domain", () => {
  const cases = [
    ["www.example.com", "example.com"],
    ["shop.example.co.uk", "example.co.uk"],
    ["example.co.uk", "example.co.uk"],
    ["a.b.example.com.au", "example.com.au"],
    ["mairie.paris.gouv.fr", "paris.gouv.fr"],
    ["alice.github.io", "alice.github.io"],
    ["docs.alice.github.io", "alice.github.io"],
    ["127.0.0.1", "127.0.0.1"],
    ["localhost", "localhost"],
    ["WWW.Shop-EN.test.", "shop-en.test"],
    ["[::1]", "[::1]"],
  ];
  for (const [host, want] of cases) assert.equal(S.registrableDomain(host), want, host);
  assert.equal(S.siteOf("https://www.example.com/a"), "example.com");
  assert.equal(S.siteOf("chrome://extensions"), "");
});

test("sitepolicy: link texts that name a privacy policy", () => {
  const cases = [
    ["Privacy", true],
    ["Privacy Policy", true],
    ["Privacy notice", true],
    ["Your privacy choices", true],
    ["Privacy & cookies", true],
    ["Politique de confidentialité", true],
    ["Confidentialité", true],
    ["Données personnelles", true],
    ["Vie privée", true],
    ["Protection des données", true],
    ["Charte de confidentialité", true],
    ["Datenschutzerklärung", true],
    ["Cookies", false],
    ["Legal", false],
    ["Mentions légales", false],
    ["Terms of use", false],
    ["We respect your privacy, read more about how we handle your data", false],
    ["Privacy screen filters", false],
  ];
  for (const [text, want] of cases) assert.equal(S.linkTextNamesPolicy(text), want, text);
});

test("sitepolicy: common policy paths", () => {
  const cases = [
    ["https://a.example/privacy", true],
    ["https://a.example/privacy-policy/", true],
    ["https://a.example/legal/privacy", true],
    ["https://a.example/fr/confidentialite", true],
    ["https://a.example/politique-de-confidentialite.html", true],
    ["https://a.example/donnees-personnelles", true],
    ["https://a.example/products/privacy-screen", false],
    ["https://a.example/legal", false],
  ];
  for (const [url, want] of cases) assert.equal(S.pathNamesPolicy(url), want, url);
});

test("sitepolicy: findPolicyLink picks the site's own policy", () => {
  const page = "https://www.shop.example/products/42";
  const cases = [
    {
      name: "footer link by text",
      links: [
        { href: "https://www.shop.example/cart", text: "Cart" },
        { href: "https://www.shop.example/legal/privacy-notice", text: "Privacy notice", chrome: true },
      ],
      want: { url: "https://www.shop.example/legal/privacy-notice", sameSite: true },
    },
    {
      name: "rel=privacy-policy wins over a text link",
      links: [
        { href: "https://www.shop.example/blog/privacy-tips", text: "Privacy" },
        { href: "https://shop.example/p/7", rel: "privacy-policy" },
      ],
      want: { url: "https://shop.example/p/7", sameSite: true },
    },
    {
      name: "aria-label names it",
      links: [{ href: "https://www.shop.example/doc/19", text: "🔒", aria: "Politique de confidentialité", chrome: true }],
      want: { url: "https://www.shop.example/doc/19", sameSite: true },
    },
    {
      name: "path only (link text says Legal)",
      links: [{ href: "https://www.shop.example/privacy", text: "Legal" }],
      want: { url: "https://www.shop.example/privacy", sameSite: true },
    },
    {
      name: "same site preferred over a parent company's",
      links: [
        { href: "https://www.parent.example/privacy", text: "Privacy policy", chrome: true },
        { href: "https://help.shop.example/privacy", text: "Privacy", chrome: true },
      ],
      want: { url: "https://help.shop.example/privacy", sameSite: true },
    },
    {
      name: "only a parent company's policy: cross-site",
      links: [{ href: "https://www.parent.example/privacy#shop", text: "Privacy policy", chrome: true }],
      want: { url: "https://www.parent.example/privacy", sameSite: false },
    },
    { name: "no policy link", links: [{ href: "https://www.shop.example/about", text: "About" }, { href: "mailto:a@b.c", text: "Privacy" }], want: null },
    { name: "the page itself is not its own link", links: [{ href: page + "#top", text: "Privacy" }], want: null },
  ];
  for (const c of cases) {
    const got = S.findPolicyLink(c.links, page);
    if (c.want === null) assert.equal(got, null, c.name);
    else {
      assert.ok(got, c.name);
      assert.equal(got.url, c.want.url, c.name);
      assert.equal(got.sameSite, c.want.sameSite, c.name);
    }
  }
});
