// Checks lib/pagehtml.js on real web pages: each page of a folder (default
// ../shared/policies-dev/ota-dating, the saved pages of Open Terms Archive) is
// parsed with jsdom (no script runs), written by PolicyLensPage.serialize,
// and analysed by the wasm engine both ways. Prints, per page, the bytes sent
// and whether the two reports agree (clause texts, checklist, red flags,
// grade, date, whether the page shows only part of its text, diagnostics);
// exits 1 when one differs.
//
//   node extension/tools/pagehtml-check.mjs [DIR]   (needs make wasm)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { JSDOM, VirtualConsole } from "jsdom";

import "../lib/pagehtml.js";
import { loadEngine } from "../lib/engine.js";

const Page = /** @type {any} */ (globalThis).PolicyLensPage;
const root = fileURLToPath(new URL("../..", import.meta.url));
const dir = process.argv[2] || join(root, "..", "shared", "policies-dev", "ota-dating");

/**
 * What a reader of the report sees, to compare two reports.
 * @param {any} r
 */
function gist(r) {
  return JSON.stringify({
    clauses: r.clauses.map((/** @type {any} */ c) => [c.text, c.categories.map((/** @type {any} */ x) => x.category)]),
    checklist: r.checklist.map((/** @type {any} */ c) => [c.id, c.status, c.evidence]),
    flags: r.red_flags.map((/** @type {any} */ f) => f.id),
    grade: r.grade.letter,
    updated: r.updated ?? null,
    partial: r.source?.partial ?? false,
    diagnostics: r.diagnostics ?? [],
  });
}

/** @param {any} err */
const codeOf = (err) => `error ${err && err.code ? err.code : String(err)}`;

const engine = await loadEngine();
const files = readdirSync(dir).filter((f) => /\.html?$/.test(f)).sort();
const ratios = [];
let differ = 0;
for (const f of files) {
  const raw = readFileSync(join(dir, f), "utf8");
  const dom = new JSDOM(raw, { virtualConsole: new VirtualConsole() }); // quiet about the pages' CSS
  const page = Page.serialize(dom.window.document);
  dom.window.close();
  const [a, b] = await Promise.all(
    [raw, page.html].map((html) => engine.analyze(html, { format: "html" }).then(gist, codeOf)),
  );
  ratios.push(page.html.length / raw.length);
  const same = a === b;
  if (!same) differ++;
  console.log(`${same ? "same" : "DIFF"}  ${(page.html.length / 1024).toFixed(0).padStart(5)} KB of ${(raw.length / 1024).toFixed(0).padStart(5)} KB  ${f}`);
  if (!same) console.log(`  raw:  ${a.slice(0, 300)}\n  page: ${b.slice(0, 300)}`);
}
engine.close();
ratios.sort((x, y) => x - y);
const median = ratios.length ? ratios[Math.floor(ratios.length / 2)] : 0;
console.log(`${files.length} pages, ${differ} reports differ; median size sent ${(median * 100).toFixed(1)}% of the page's HTML`);
process.exit(differ ? 1 : 0);
