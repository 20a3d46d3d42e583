// The policy-page heuristic (lib/detect.js) on HTML pages: corpus policies
// wrapped in a site, pages that are not policies.
import { test } from "node:test";
import assert from "node:assert/strict";

import "../lib/detect.js";
import { corpusPage, recipePage, sitePage } from "./pages.mjs";

const D = /** @type {any} */ (globalThis).PolicyLensDetect;

const enPolicy = corpusPage("en-internect-recruiting.txt", { lang: "en", title: "Privacy policy - Internect" });
const frPolicy = corpusPage("fr-nexustech-engagement.txt", { lang: "fr", title: "Engagement de confidentialité - Nexus Tech" });
const enPolicyPlain = corpusPage("en-internect-recruiting.txt", { lang: "en", title: "Internect" });

test("detect: policy pages and others", () => {
  const cases = [
    { name: "EN policy at /privacy", url: "https://internect.example/privacy", html: enPolicy, want: true },
    { name: "FR policy at /politique-de-confidentialite", url: "https://nexus.example/politique-de-confidentialit%C3%A9", html: frPolicy, want: true },
    { name: "FR policy, title only", url: "https://nexus.example/legal/p12", html: frPolicy, want: true },
    { name: "EN policy, only its h1 names it", url: "https://internect.example/legal/doc?id=7", html: enPolicyPlain, want: true },
    {
      name: "long policy, nothing names it (body vocabulary only)",
      url: "https://biztonet.example/app/doc",
      html: corpusPage("en-biztonet-app.txt", { lang: "en", title: "Biztonet" }).replace(/<h1>[^<]*<\/h1>/, ""),
      want: true,
    },
    { name: "recipe with a footer link to the policy", url: "https://recipes.example/lemon-cake", html: recipePage(), want: false },
    {
      name: "short cookie notice page",
      url: "https://shop.example/cookie-policy",
      html: sitePage({ lang: "en", title: "Cookie policy", body: "<h1>Cookie policy</h1><p>We use cookies. Accept or refuse them in the banner.</p>" }),
      want: false,
    },
    {
      name: "privacy word in the URL but a shop page",
      url: "https://shop.example/products/privacy-screen-filter",
      html: sitePage({
        lang: "en",
        title: "Privacy screen filter 15 inch - Shop",
        body: `<h1>Privacy screen filter</h1><p>${"An anti-glare filter for 15 inch laptops that narrows the viewing angle, so that people next to you on the train cannot read your screen. Fits with removable tabs; matte finish reduces reflections. ".repeat(4)}</p>`,
      }),
      want: false,
    },
  ];
  for (const c of cases) {
    const v = D.assess(D.pageInfoFromHTML(c.html, c.url));
    assert.equal(v.policy, c.want, `${c.name}: ${v.reasons.join(", ")}`);
  }
});

test("detect: reasons name what was seen", () => {
  const v = D.assess(D.pageInfoFromHTML(frPolicy, "https://nexus.example/politique-de-confidentialite"));
  assert.ok(v.reasons.includes("url:confidentialite"), v.reasons.join(", "));
  assert.ok(v.reasons.some((/** @type {string} */ r) => r.startsWith("title:")), v.reasons.join(", "));
  assert.ok(v.words > 500, `words ${v.words}`);
});

test("detect: URL words leave the host out", () => {
  assert.equal(D.urlWords("https://privacy.example/shop/cart"), " shop cart ");
  assert.equal(D.urlWords("https://x.example/legal/Privacy_Policy.html"), " legal privacy policy html ");
  assert.equal(D.fold("Données Personnelles’"), "donnees personnelles'");
});

test("detect: pageInfoFromHTML drops scripts and reads headings", () => {
  const info = D.pageInfoFromHTML(
    "<html><head><title>T &amp; C</title><script>var privacy = 1;</script></head><body><h1>Privacy</h1><h2>B</h2><p>x&nbsp;y</p></body></html>",
    "u",
  );
  assert.equal(info.title, "T & C");
  assert.deepEqual(info.headings, ["Privacy", "B"]);
  assert.equal(info.text, "Privacy B x y");
});
