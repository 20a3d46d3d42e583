// Times lib/pagehtml.js in headless Chromium on real web pages (default
// ../shared/policies-dev/ota-dating): for each page, the median of 7 runs of
// PolicyLensPage.serialize against 7 of documentElement.outerHTML, the page's
// own scripts off, and hiddenText (run on every page the content script
// judges). Prints one line per page and the medians.
//
//   node extension/tools/pagehtml-bench.mjs [DIR]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

import { CHROMIUM_FLAGS } from "../tests/chromium-flags.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dir = process.argv[2] || join(root, "..", "shared", "policies-dev", "ota-dating");
const source = readFileSync(new URL("../lib/pagehtml.js", import.meta.url), "utf8");
const RUNS = 7;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: [...CHROMIUM_FLAGS, "--headless=new"] });
const context = await browser.newContext({ javaScriptEnabled: false });
const page = await context.newPage();
/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ratios = [];
const hidden = [];
try {
  for (const f of readdirSync(dir).filter((x) => /\.html?$/.test(x)).sort()) {
    await page.setContent(readFileSync(join(dir, f), "utf8"), { waitUntil: "domcontentloaded", timeout: 30000 });
    const t = await page.evaluate(
      ({ source, runs }) => {
        (0, eval)(source);
        const Page = /** @type {any} */ (globalThis).PolicyLensPage;
        const time = (/** @type {() => unknown} */ fn) => {
          const out = [];
          for (let i = 0; i < runs; i++) {
            const t0 = performance.now();
            fn();
            out.push(performance.now() - t0);
          }
          return out.sort((a, b) => a - b)[Math.floor(runs / 2)];
        };
        return {
          outer: time(() => document.documentElement.outerHTML),
          flat: time(() => Page.serialize(document)),
          hidden: time(() => Page.hiddenText(document)),
          nodes: document.getElementsByTagName("*").length,
        };
      },
      { source, runs: RUNS },
    );
    ratios.push(t.flat / Math.max(t.outer, 0.01));
    hidden.push(t.hidden);
    console.log(`${t.flat.toFixed(2).padStart(7)} ms serialize, ${t.outer.toFixed(2).padStart(6)} ms outerHTML, ${t.hidden.toFixed(2).padStart(6)} ms hiddenText, ${String(t.nodes).padStart(6)} elements  ${f}`);
  }
} finally {
  await browser.close();
}
console.log(`${ratios.length} pages; serialize / outerHTML, median ×${median(ratios).toFixed(1)}; hiddenText median ${median(hidden).toFixed(2)} ms, at most ${Math.max(...hidden).toFixed(2)} ms`);
