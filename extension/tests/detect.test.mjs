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

/** A short cookie policy in ordinary wording: privacy vocabulary, not dense enough to pass unnamed. */
const COOKIE_POLICY =
  "Cookies are small text files that a website stores on your device when you visit it. We use them to keep you signed in, " +
  "to remember your language and to understand how the site is used. Some are set by us; others are set by third parties " +
  "who help us measure audiences, such as our analytics provider, which acts as our processor. We ask for your consent " +
  "before setting any cookie that the site does not need, and you can opt out at any time from the settings link at the " +
  "bottom of each page. Your browser also lets you block or delete cookies; the help pages of Chrome, Firefox, Safari and " +
  "Edge explain how. Blocking every cookie may stop parts of the site from working. The audience cookies last thirteen " +
  "months at most, then they are deleted, and the personal data they hold is not kept longer. We never use them to show " +
  "you advertising and never disclose what they record. Read our privacy notice to learn about your rights and how to " +
  "use them. If you have a question about this page, write to our support team, who answer within a week. This page was " +
  "last changed in March, and we will tell you here when it changes again.";
/** What each of its cookies does, in plain words (the longer part of real ones): no privacy vocabulary. */
const COOKIE_LIST = ["sign-in", "language", "basket", "theme", "audience", "load balancer", "video player", "chat window"]
  .map((name) => `<li>${name}: it lets the page remember the ${name} setting from one page to the next, so that you do not have to choose it again each time you open a new page of the site or come back later in the same week.</li>`)
  .join("");

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
      name: "cookie policy titled only \"Cookies\", under an unnamed URL (Inshallah's)",
      url: "https://app.example/legal/c",
      html: sitePage({ lang: "en", title: "Cookies", body: `<h1>Cookies 🍪</h1><p>${COOKIE_POLICY}</p><ul>${COOKIE_LIST}</ul>` }),
      want: true,
    },
    {
      name: "a bakery's page titled \"Cookies\"",
      url: "https://bakery.example/cookies",
      html: sitePage({ lang: "en", title: "Cookies", body: `<h1>Cookies</h1><p>${"Our cookies are baked every morning with butter, sugar and chocolate chips; we collect the orders at nine. ".repeat(12)}</p>` }),
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

test("detect: a policy in a language PolicyLens does not read goes to the engine, which names it", () => {
  const text = "Wir verarbeiten Ihre Daten nur, soweit es für den Betrieb unserer Dienste erforderlich ist. ".repeat(15);
  const german = (/** @type {string} */ lang, /** @type {string} */ title) =>
    `<!doctype html><html${lang ? ` lang="${lang}"` : ""}><head><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p></body></html>`;
  const cases = [
    { name: "German Datenschutz page, lang=de", html: german("de", "Datenschutzerklärung"), url: "https://finya.example/datenschutz", want: true },
    { name: "the same with lang=de-DE", html: german("de-DE", "Datenschutzhinweise - LOVOO"), url: "https://lovoo.example/d", want: true },
    { name: "no declared language: no English or French function words", html: german("", "Datenschutzerklärung"), url: "https://x.example/d", want: true },
    {
      name: "no declared language, English words: the vocabulary decides",
      html: `<html><head><title>Privacy</title></head><body><h1>Privacy</h1><p>${"We are a small club and this is the page where you can read about the way we run the garden with our members. ".repeat(8)}</p></body></html>`,
      url: "https://club.example/privacy",
      want: false,
    },
    { name: "German shop page, named nothing", html: german("de", "Schuhe kaufen"), url: "https://shop.example/schuhe", want: false },
    { name: "declared English: the vocabulary decides", html: german("en", "Datenschutzerklärung"), url: "https://x.example/d", want: false },
  ];
  for (const c of cases) {
    const v = D.assess(D.pageInfoFromHTML(c.html, c.url));
    assert.equal(v.policy, c.want, `${c.name}: ${v.reasons.join(", ")}`);
    if (c.want) assert.ok(v.reasons.some((/** @type {string} */ r) => r.startsWith("lang:")), v.reasons.join(", "));
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

/** A short real-world-like policy: named by URL, title and h1, little vocabulary. */
const shortPolicy = sitePage({
  lang: "en",
  title: "Privacy Policy | Smallco",
  body: `<h1>Privacy Policy</h1>
<p>Smallco respects your privacy. When you write to us or order a print, we keep your name, postal address and email address so that we can answer and send the order.</p>
<p>We use one cookie to remember the contents of your basket. It expires when you close the browser.</p>
<p>Our payment provider receives your card number; we never see it. We do not give your address to anyone else.</p>
<p>Write to privacy@smallco.example to see, correct or remove what we hold about you. This page was last changed in March.</p>`,
});

test("detect: strong naming (URL, title, main heading) lowers the bar, table", () => {
  const frShort = sitePage({
    lang: "fr",
    title: "Politique de confidentialité - Petiteboutique",
    body: `<h1>Politique de confidentialité</h1><p>${"Nous conservons votre nom et votre adresse pour livrer vos commandes. Vous pouvez nous écrire pour les consulter ou les faire effacer. ".repeat(4)}</p>`,
  });
  const cases = [
    // issue #9: four kinds of privacy vocabulary, named in three places
    { name: "EN /about/privacy.php, title and h1 say Privacy Policy", url: "https://smallco.example/about/privacy.php", html: shortPolicy, want: true, strong: 3 },
    { name: "same page at an unnamed URL (title + h1 still name it)", url: "https://smallco.example/page?id=12", html: shortPolicy, want: true, strong: 2 },
    { name: "FR short policy at /donnees-personnelles", url: "https://boutique.example/donnees-personnelles", html: frShort, want: true, strong: 3 },
    {
      name: "only the URL names it: normal bar",
      url: "https://smallco.example/privacy",
      html: shortPolicy.replace(/<title>[^<]*<\/title>/, "<title>Smallco</title>").replace(/<h1>[^<]*<\/h1>/, "<h1>Smallco</h1>"),
      want: false,
      strong: 1,
    },
    {
      name: "privacy screen filter product (named nowhere strongly)",
      url: "https://shop.example/products/privacy-screen-filter",
      html: sitePage({ lang: "en", title: "Privacy screen filter - Shop", body: `<h1>Privacy screen filter</h1><p>${"A filter for laptops. ".repeat(30)}</p>` }),
      want: false,
      strong: 0,
    },
    {
      name: "strongly named but empty (still loading): not a policy yet, thin",
      url: "https://spa.example/privacy-policy",
      html: sitePage({ lang: "en", title: "Privacy Policy", body: `<h1>Privacy Policy</h1><div id="app">Loading…</div>` }),
      want: false,
      strong: 3,
      thin: true,
    },
  ];
  for (const c of cases) {
    const v = D.assess(D.pageInfoFromHTML(c.html, c.url));
    assert.equal(v.policy, c.want, `${c.name}: ${v.reasons.join(", ")}`);
    assert.equal(v.strong, c.strong, `${c.name}: strong ${v.strong}`);
    if (c.thin !== undefined) assert.equal(v.thin, c.thin, `${c.name}: thin`);
  }
});

test("detect: which titles and URLs name a privacy policy", () => {
  const titles = [
    ["Privacy Policy", true],
    ["Privacy | Acme", true],
    ["Acme - Privacy notice", true],
    ["Your privacy at Acme", true],
    ["Politique de confidentialité - Acme", true],
    ["Charte de confidentialité", true],
    ["Protection des données personnelles", true],
    ["Vie privée", true],
    ["Données personnelles | Acme", true],
    ["Privacy screen filter 15 inch - Shop", false],
    ["Cookie policy", false],
    ["Mentions légales", false],
    ["Terms of service", false],
  ];
  for (const [t, want] of titles) assert.equal(D.namesPolicy(D.fold(t)), want, t);
  const urls = [
    ["https://a.example/about/privacy.php", true],
    ["https://a.example/legal/privacy-policy/", true],
    ["https://a.example/fr/politique-de-confidentialite", true],
    ["https://a.example/confidentialit%C3%A9", true],
    ["https://a.example/vie-privee.html", true],
    ["https://privacy.example/shop", false],
    ["https://a.example/products/privacy-screen-filter", false],
    ["https://a.example/legal/p12", false],
  ];
  for (const [u, want] of urls) assert.equal(D.urlNamesPolicy(u), want, u);
});
