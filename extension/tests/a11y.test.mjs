// Accessibility checks that need no browser: colour contrast of the popup's
// palette (WCAG 2 formula, >= 4.5:1 for text), and the popup's structure.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { BADGE_COLORS } from "../lib/view.js";

const css = readFileSync(new URL("../popup.css", import.meta.url), "utf8");
const html = readFileSync(new URL("../popup.html", import.meta.url), "utf8");
const vars = Object.fromEntries([...css.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));

/** @param {string} hex */
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
/** @param {string} a @param {string} b */
function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test("a11y: contrast of text colours >= 4.5:1", () => {
  const pairs = [
    ["fg", "bg"],
    ["muted", "bg"],
    ["good", "good-bg"],
    ["fair", "fair-bg"],
    ["poor", "poor-bg"],
    ["good", "bg"],
    ["fair", "bg"],
    ["poor", "bg"],
  ];
  for (const [fg, bg] of pairs) {
    assert.ok(vars[fg] && vars[bg], `--${fg} and --${bg} defined`);
    const c = contrast(vars[fg], vars[bg]);
    assert.ok(c >= 4.5, `--${fg} on --${bg}: ${c.toFixed(2)}:1`);
  }
  // White text: grade letter, "Analyse anyway" button, toolbar badge.
  for (const bg of ["good", "fair", "poor", "none", "focus"]) {
    const c = contrast("#ffffff", vars[bg]);
    assert.ok(c >= 4.5, `white on --${bg}: ${c.toFixed(2)}:1`);
  }
  for (const [tone, bg] of Object.entries(BADGE_COLORS)) {
    const c = contrast("#ffffff", bg);
    assert.ok(c >= 4.5, `badge ${tone}: ${c.toFixed(2)}:1`);
  }
  assert.ok(contrast("#000000", "#ffffff") > 20.9, "formula sanity");
});

test("a11y: popup structure", () => {
  assert.match(html, /<html lang="/);
  assert.match(html, /<h1\b/);
  // grade (for screen readers), top findings, why, flags, checklist, good points, categories, site
  assert.equal((html.match(/<h2\b/g) ?? []).length, 8);
  assert.match(html, /id="status"[^>]*aria-live="polite"/);
  assert.match(html, /id="state-message"[^>]*aria-live="polite"/);
  assert.match(html, /<main\b/);
  assert.match(css, /:focus-visible\s*\{[^}]*outline:\s*3px/);
  // Every section is labelled by its heading.
  // (The "changed since" section's heading is written by popup-change.js.)
  for (const m of html.matchAll(/<section\b[^>]*aria-labelledby="([^"]+)"/g)) {
    if (m[1] === "change-h") assert.match(readFileSync(new URL("../popup-change.js", import.meta.url), "utf8"), /\.id = "change-h"/);
    else assert.match(html, new RegExp(`id="${m[1]}"`));
  }
});
