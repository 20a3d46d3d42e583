// Opens real saved policy pages in headless Chromium with the extension
// loaded, as a user would, and compares what the extension says with what
// the CLI says about the same file. Default pages: ../shared/policies-dev/
// ota-dating (Open Terms Archive's saved pages), served from 127.0.0.1 with
// their own scripts off (Content-Security-Policy: script-src 'none'; the
// extension's content script still runs), each at /NAME (the file name names
// "privacy" or "trackers", as the sites' own URLs do).
//
// For each page: the tab's final state (done, not_policy_page, error code),
// grade and clause count, beside `policylens analyze`'s. Exits 1 when a page
// the CLI grades is not graded the same in the browser, or graded by the
// browser when the CLI refuses it. Skipped (exit 0) when DIR is missing.
// Run by run-e2e.sh (make e2e) after e2e.mjs.
//
//   node extension/tests/real-pages.mjs [DIR]   (needs make wasm)
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

import { CHROMIUM_FLAGS } from "./chromium-flags.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dir = process.argv[2] || join(root, "..", "shared", "policies-dev", "ota-dating");
const ext = join(root, "extension");
const cli = join(root, "bin", "policylens");
const WAIT = 30000;
/** How long a page the CLI refuses is given to reach a state (a captcha page navigates away and never does). */
const WAIT_REFUSED = 10000;

if (!existsSync(dir)) {
  console.log(`real-pages: ${dir} is missing: skipped`);
  process.exit(0);
}
// The CLI of this tree (go build is quick when nothing changed).
execFileSync("go", ["build", "-o", cli, "."], { cwd: root, stdio: "inherit", env: { ...process.env, PATH: `${process.env.PATH}:/usr/local/go/bin` } });

/**
 * The CLI's answer for a file: its grade and clause count, or its error message.
 * @param {string} file
 */
function cliAnswer(file) {
  try {
    const r = JSON.parse(execFileSync(cli, ["analyze", "--format", "json", file], { encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "pipe"] }));
    return { state: "done", grade: r.grade.letter, clauses: r.clauses.length };
  } catch (err) {
    const msg = String(/** @type {any} */ (err).stderr || err);
    return { state: "error", message: msg.trim().split("\n")[0].slice(0, 100) };
  }
}

const files = readdirSync(dir).filter((f) => /\.html?$/.test(f)).sort();
const server = http.createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname.slice(1));
  if (!files.includes(name)) {
    res.writeHead(404).end();
    return;
  }
  res
    .writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": "script-src 'none'" })
    .end(readFileSync(join(dir, name)));
});
await new Promise((r) => server.listen(0, "127.0.0.1", () => r(undefined)));
const port = /** @type {import("node:net").AddressInfo} */ (server.address()).port;
const profile = mkdtempSync(join(tmpdir(), "real-pages-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  timeout: WAIT,
});
let bad = 0;
try {
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent("serviceworker", { timeout: WAIT });
  for (const f of files) {
    const url = `http://127.0.0.1:${port}/${encodeURIComponent(f)}`;
    const page = await context.newPage();
    const want = cliAnswer(join(dir, f));
    await page.goto(url, { timeout: WAIT, waitUntil: "load" });
    const deadline = Date.now() + (want.state === "done" ? WAIT : WAIT_REFUSED);
    /** @type {any} */
    let tab = null;
    while (!tab && Date.now() < deadline) {
      tab = await worker.evaluate(async (/** @type {string} */ u) => {
        const bg = /** @type {any} */ (globalThis).policylensBackground;
        const t = bg.tabs().find((/** @type {any} */ x) => x.url === u);
        if (!t || ["pending", "reading"].includes(t.state)) return null;
        const st = await bg.tabState(t.id);
        return { state: t.state, grade: st?.report?.grade?.letter, clauses: st?.report?.clauses?.length, error: st?.error?.code };
      }, url);
      if (!tab) await new Promise((r) => setTimeout(r, 200));
    }
    await page.close();
    // A policy the CLI refuses for its language is sent to the engine all the
    // same, which names the language (lib/detect.js OTHER_LANGUAGE).
    const language = want.state !== "done" && /the text is in/.test(want.message);
    const same =
      want.state === "done"
        ? tab?.state === "done" && tab.grade === want.grade && tab.clauses === want.clauses
        : tab?.state !== "done" && (!language || tab?.error === "unsupported_language");
    if (!same) bad++;
    const got = tab ? `${tab.state}${tab.grade ? ` ${tab.grade} (${tab.clauses} clauses)` : ""}${tab.error ? ` ${tab.error}` : ""}` : "no state";
    const cliSays = want.state === "done" ? `${want.grade} (${want.clauses} clauses)` : want.message;
    console.log(`${same ? "same" : "DIFF"}  ${f.padEnd(34)} browser: ${got.padEnd(28)} CLI: ${cliSays}`);
  }
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
}
console.log(`real-pages: ${files.length} saved pages, ${bad} where the extension and the CLI disagree`);
process.exit(bad ? 1 : 0);
