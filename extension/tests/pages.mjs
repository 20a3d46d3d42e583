// Test pages built from the corpus: a policy's plain text wrapped in a
// simple site (nav, main, footer), and pages that are not policies. Shared by
// detect.test.mjs and the end-to-end test's local server.
import { readFileSync } from "node:fs";

const corpus = new URL("../../corpus/", import.meta.url);

/** @param {string} s @returns {string} */
export function escapeHTML(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Wraps paragraphs in a page with a header, a nav and a footer.
 * @param {{lang: string, title: string, body: string, site?: string}} p
 * @returns {string}
 */
export function sitePage({ lang, title, body, site = "Example" }) {
  const fr = lang === "fr";
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${escapeHTML(title)}</title>
<style>body{font:16px/1.5 sans-serif;max-width:46em;margin:0 auto;padding:0 1em} nav a{margin-right:1em}</style></head>
<body>
<header><p><strong>${escapeHTML(site)}</strong></p>
<nav><a href="/">${fr ? "Accueil" : "Home"}</a><a href="/jobs">${fr ? "Produits" : "Jobs"}</a><a href="/about">${fr ? "À propos" : "About"}</a></nav></header>
<main>
${body}
</main>
<footer><p><a href="/privacy">${fr ? "Confidentialité" : "Privacy"}</a> · <a href="/terms">${fr ? "Conditions" : "Terms"}</a> · © 2026 ${escapeHTML(site)}</p></footer>
</body></html>
`;
}

/**
 * The corpus text as HTML: the first line is the h1, short lines without a
 * final period are h2, bullet lines are list items, the rest paragraphs.
 * @param {string} text
 * @returns {string}
 */
export function textToHTML(text) {
  const blocks = text.replace(/\r\n/g, "\n").split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const out = [];
  blocks.forEach((block, i) => {
    const lines = block.split("\n").map((l) => l.trim()).filter(Boolean);
    if (lines.every((l) => /^[•\-*·]\s*/.test(l))) {
      out.push(`<ul>\n${lines.map((l) => `<li>${escapeHTML(l.replace(/^[•\-*·]\s*/, ""))}</li>`).join("\n")}\n</ul>`);
      return;
    }
    const one = lines.join(" ");
    if (i === 0 && one.length < 80) out.push(`<h1>${escapeHTML(one)}</h1>`);
    else if (one.length < 80 && !/[.:;]$/.test(one)) out.push(`<h2>${escapeHTML(one)}</h2>`);
    else out.push(`<p>${escapeHTML(one)}</p>`);
  });
  return out.join("\n");
}

/**
 * A corpus policy as a page.
 * @param {string} file e.g. "en-internect-recruiting.txt"
 * @param {{lang: string, title: string, site?: string}} opts
 */
export function corpusPage(file, opts) {
  return sitePage({ ...opts, body: textToHTML(readFileSync(new URL(file, corpus), "utf8")) });
}

/** A page that is not a policy, with the usual footer link to one. */
export function recipePage() {
  const steps = [
    "Preheat the oven to 180 degrees and butter a round cake tin of about twenty centimetres.",
    "Whisk the eggs with the sugar until the mixture is pale and has doubled in volume, about five minutes.",
    "Fold in the flour and the baking powder with a spatula, then the melted butter and the lemon zest.",
    "Pour the batter into the tin and bake for thirty-five minutes, until a knife comes out clean.",
    "Let the cake cool for ten minutes before turning it out onto a rack. Dust with icing sugar.",
    "This cake keeps for three days in a tin. It freezes well, wrapped in cling film, for a month.",
  ];
  const body = `<h1>Lemon sponge cake</h1>
<p>A light lemon sponge for Sunday afternoons, ready in under an hour with ingredients you already have.</p>
<h2>Ingredients</h2>
<ul><li>4 eggs</li><li>200 g sugar</li><li>200 g flour</li><li>1 teaspoon baking powder</li><li>120 g melted butter</li><li>zest of two lemons</li></ul>
<h2>Method</h2>
${steps.map((s) => `<p>${s}</p>`).join("\n")}
<p>${"Serve it with a cup of tea, some fresh berries, or a spoon of cream on the side. ".repeat(4)}</p>`;
  return sitePage({ lang: "en", title: "Lemon sponge cake - Easy Recipes", body, site: "Easy Recipes" });
}

/**
 * A shop's product page whose footer links to the site's privacy policy.
 * @param {{lang: "en"|"fr", site: string, policyHref?: string, linkText?: string}} p
 *   policyHref absent: no policy link at all
 */
export function shopPage({ lang, site, policyHref, linkText }) {
  const fr = lang === "fr";
  const para = fr
    ? "Ce sac en toile de coton bio est cousu en France. Il mesure quarante centimètres de haut, ferme par une fermeture éclair et se lave à trente degrés. Livraison en trois jours ouvrés, retours gratuits pendant un mois."
    : "This organic cotton tote bag is sewn in Portugal. It is forty centimetres tall, closes with a zip and can be washed at thirty degrees. Delivery in three working days, free returns for a month.";
  const body = `<h1>${fr ? "Sac en toile « Marché »" : "“Market” canvas tote"}</h1>
<p>${para}</p><p>${para}</p>
<p><button>${fr ? "Ajouter au panier" : "Add to basket"}</button> <strong>24,00 €</strong></p>`;
  const footerLinks = [
    `<a href="/contact">${fr ? "Contact" : "Contact"}</a>`,
    `<a href="/cgv">${fr ? "CGV" : "Terms of sale"}</a>`,
    policyHref ? `<a href="${escapeHTML(policyHref)}">${escapeHTML(linkText ?? (fr ? "Politique de confidentialité" : "Privacy policy"))}</a>` : "",
  ].filter(Boolean);
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${fr ? "Sac en toile" : "Canvas tote"} - ${escapeHTML(site)}</title></head>
<body>
<header><nav><a href="/">${escapeHTML(site)}</a> <a href="/cart">${fr ? "Panier" : "Basket"}</a></nav></header>
<main>${body}</main>
<footer><p>${footerLinks.join(" · ")} · © 2026 ${escapeHTML(site)}</p></footer>
</body></html>
`;
}

/**
 * A policy page whose text is rendered by script after load (a single-page
 * app): the HTML holds only a title, a heading and "Loading…".
 * @param {string} file corpus policy
 * @param {number} delayMs when the text appears
 */
export function scriptRenderedPolicyPage(file, delayMs) {
  const inner = textToHTML(readFileSync(new URL(file, corpus), "utf8"));
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Privacy Policy - App</title></head>
<body>
<div id="app"><p>Loading…</p></div>
<script>
setTimeout(() => { document.getElementById("app").innerHTML = ${JSON.stringify(inner)}; }, ${delayMs});
</script>
</body></html>
`;
}

/** A short policy at /about/privacy.php named by its title and h1 (issue #9). */
export function shortPolicyPage() {
  return sitePage({
    lang: "en",
    title: "Privacy Policy | Smallco",
    site: "Smallco",
    body: `<h1>Privacy Policy</h1>
<p>Smallco respects your privacy. When you write to us or order a print, we keep your name, postal address and email address so that we can answer and send the order.</p>
<p>We use one cookie to remember the contents of your basket. It expires when you close the browser.</p>
<p>Our payment provider receives your card number; we never see it. We do not give your address to anyone else.</p>
<p>Write to privacy@smallco.example to see, correct or remove what we hold about you. This page was last changed in March.</p>`,
  });
}

/**
 * A policy drawn by a web component: the page's HTML holds an empty
 * <policy-text> element whose script puts the policy's text in a closed
 * shadow root, with the site's heading slotted in from the page. Neither
 * outerHTML nor innerText has the policy; the flat tree does
 * (lib/pagehtml.js).
 * @param {string} file corpus policy
 * @param {{lang: string, title: string, site?: string}} opts
 */
export function shadowPolicyPage(file, opts) {
  const inner = textToHTML(readFileSync(new URL(file, corpus), "utf8"));
  const h1 = inner.match(/^<h1>.*<\/h1>\n?/);
  const rest = h1 ? inner.slice(h1[0].length) : inner;
  const component = `<policy-text>${h1 ? h1[0].replace("<h1>", '<h1 slot="title">') : ""}</policy-text>
<script>
customElements.define("policy-text", class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: "closed" }).innerHTML = "<style>p { margin: 0 0 1em }</style><slot name=\\"title\\"></slot>" + ${JSON.stringify(rest).replaceAll("</", "<\\/")};
  }
});
</script>`;
  return sitePage({ ...opts, body: component });
}

/**
 * A policy whose later sections are collapsed, as many real policies show
 * them: after the first two sections, every other section is a closed
 * <details> and the others ARIA accordion panels (a button with
 * aria-controls and aria-expanded="false", the panel hidden by a class
 * until a click). The engine reads the collapsed text; "Show in the page"
 * has to open it.
 * @param {string} file corpus policy
 * @param {{lang: string, title: string, site?: string}} opts
 */
export function accordionPolicyPage(file, opts) {
  const html = textToHTML(readFileSync(new URL(file, corpus), "utf8"));
  const parts = html.split(/\n(?=<h2>)/);
  const out = parts.slice(0, 3);
  parts.slice(3).forEach((part, i) => {
    const m = part.match(/^<h2>(.*?)<\/h2>\n?([\s\S]*)$/);
    if (!m) {
      out.push(part);
      return;
    }
    const [, title, body] = m;
    out.push(
      i % 2 === 0
        ? `<details><summary>${title}</summary>\n${body}\n</details>`
        : `<div class="accordion-item"><h2><button type="button" aria-expanded="false" aria-controls="panel-${i}">${title}</button></h2>\n<div id="panel-${i}" class="accordion-panel collapsed">\n${body}\n</div></div>`,
    );
  });
  const script = `<style>.accordion-panel.collapsed { display: none }</style>
<script>
for (const b of document.querySelectorAll("button[aria-controls]")) {
  b.addEventListener("click", () => {
    const open = b.getAttribute("aria-expanded") === "true";
    b.setAttribute("aria-expanded", String(!open));
    document.getElementById(b.getAttribute("aria-controls")).classList.toggle("collapsed", open);
  });
}
</script>`;
  return sitePage({ ...opts, body: out.join("\n") + "\n" + script });
}

/**
 * A policy whose whole text is collapsed under its title (Grindr's page: one
 * accordion): only the title and the section's summary are visible, all the
 * text is in a closed <details>.
 * @param {string} file corpus policy
 * @param {{lang: string, title: string, site?: string}} opts
 */
export function collapsedPolicyPage(file, opts) {
  const html = textToHTML(readFileSync(new URL(file, corpus), "utf8"));
  const h1 = html.match(/^<h1>.*<\/h1>\n?/);
  const rest = h1 ? html.slice(h1[0].length) : html;
  return sitePage({ ...opts, body: `${h1 ? h1[0] : ""}<details><summary>Read the policy</summary>\n${rest}\n</details>` });
}
