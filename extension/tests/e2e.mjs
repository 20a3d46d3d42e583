// End-to-end test of the extension in headless Chromium (run by run-e2e.sh).
//
// A local server on 127.0.0.1 serves two corpus policies wrapped in a site
// (EN, FR) and a page that is not a policy. With the unpacked extension
// loaded, it checks: the badge of a policy tab, the popup (opened as a tab,
// popup.html?tabId=N) against the engine's report, a click on a sentence
// marks it on the page and scrolls it into view, the French UI (second
// browser with --lang=fr), and the not-a-policy state with its "Analyse this
// page anyway" button. Only loopback resolves (--host-resolver-rules): the
// extension needs no network. Every wait has a timeout; exit status 1 with a
// message on the first failure.
import http from "node:http";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

import { loadEngine } from "../lib/engine.js";
import { corpusPage, recipePage } from "./pages.mjs";
import { CHROMIUM_FLAGS } from "./chromium-flags.mjs";

const EXT_DIR = fileURLToPath(new URL("../", import.meta.url));
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const SHOTS = process.env.POLICYLENS_SHOTS || mkdtempSync(join("/tmp", "policylens-shots."));
const WAIT = 20000; // ms, any single wait

const en = JSON.parse(readFileSync(new URL("../_locales/en/messages.json", import.meta.url), "utf8"));
const fr = JSON.parse(readFileSync(new URL("../_locales/fr/messages.json", import.meta.url), "utf8"));

/** Pages served, by path. */
const PAGES = {
  "/privacy": corpusPage("en-internect-recruiting.txt", { lang: "en", title: "Privacy policy - Internect", site: "Internect" }),
  "/politique-de-confidentialite": corpusPage("fr-nexustech-engagement.txt", {
    lang: "fr",
    title: "Engagement de confidentialité - Nexus Tech",
    site: "Nexus Tech",
  }),
  "/recipe": recipePage(),
};

/** @type {string[]} */
const timings = [];
const t0 = performance.now();
/** @param {string} what @param {number} since */
const took = (what, since) => timings.push(`${what}: ${Math.round(performance.now() - since)} ms`);

class Failure extends Error {}
/** @param {boolean} ok @param {string} msg */
function check(ok, msg) {
  if (!ok) throw new Failure(msg);
  console.log(`  ok  ${msg}`);
}

/**
 * Polls fn until it returns a truthy value.
 * @template T
 * @param {string} what
 * @param {() => Promise<T>} fn
 * @param {number} [ms]
 * @returns {Promise<T>}
 */
async function until(what, fn, ms = WAIT) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try {
      const v = await withTimeout(fn(), Math.max(1000, end - Date.now()), what);
      if (v) return v;
      last = v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Failure(`timed out after ${ms} ms waiting for ${what} (last: ${String(last?.message ?? JSON.stringify(last))})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * @template T
 * @param {Promise<T>} p
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
function withTimeout(p, ms, what) {
  /** @type {NodeJS.Timeout} */
  let timer;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Failure(`timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]);
}

/** @param {string} s */
const norm = (s) => s.replace(/\s+/g, " ").replace(/[’]/g, "'").trim().toLowerCase();

function startServer() {
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const page = PAGES[/** @type {keyof typeof PAGES} */ (path)];
    if (!page) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/**
 * Launches Chromium with the extension and a fresh profile.
 * @param {string} lang UI language
 * @param {string} [extDir] the unpacked extension
 * @param {boolean} [engineLoads] whether the engine is expected to load
 */
async function launch(lang, extDir = EXT_DIR, engineLoads = true) {
  const profile = mkdtempSync(join(tmpdir(), `profile-${lang}-`));
  const started = performance.now();
  const context = await withTimeout(
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      locale: lang,
      env: { ...process.env, LANGUAGE: lang, LANG: lang === "fr" ? "fr_FR.UTF-8" : "en_US.UTF-8" },
      args: [
        ...CHROMIUM_FLAGS,
        `--lang=${lang}`,
        `--disable-extensions-except=${extDir}`,
        `--load-extension=${extDir}`,
      ],
      timeout: WAIT,
    }),
    WAIT + 5000,
    "browser launch",
  );
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent("serviceworker", { timeout: WAIT });
  const extId = new URL(worker.url()).host;
  // The engine loads when the worker starts; wait for it to be ready.
  const info = await until("engine ready in the service worker", () =>
    worker.evaluate(() => {
      const i = /** @type {any} */ (globalThis).policylensBackground?.engineInfo();
      return i && (i.state === "ready" || i.state === "failed") ? i : null;
    }),
  );
  if (engineLoads && info.state !== "ready") throw new Failure(`engine failed to load in the service worker: ${info.error}`);
  if (!engineLoads && info.state !== "failed") throw new Failure(`engine loaded (${info.state}) though engine.wasm is missing`);
  took(`[${lang}] launch to engine ready`, started);
  timings.push(`[${lang}] engine load in the worker: ${Math.round(info.loadMs)} ms (${JSON.stringify(roundAll(info.timings))})`);
  return { context, worker, extId, profile, engineLoadMs: info.loadMs };
}

/** @param {Record<string, number>} o */
function roundAll(o) {
  return Object.fromEntries(Object.entries(o ?? {}).map(([k, v]) => [k, Math.round(v)]));
}

/**
 * Opens a page and waits until the background has a final state for it.
 * @returns {Promise<{page: import("playwright-core").Page, tabId: number, state: string}>}
 */
async function openAndWait(/** @type {any} */ b, /** @type {string} */ url) {
  const page = await b.context.newPage();
  const started = performance.now();
  await page.goto(url, { timeout: WAIT, waitUntil: "load" });
  const tab = await until(`a final state for ${url}`, () =>
    b.worker.evaluate((/** @type {string} */ u) => {
      const t = /** @type {any} */ (globalThis).policylensBackground.tabs().find((/** @type {any} */ x) => x.url === u);
      return t && t.state !== "pending" ? t : null;
    }, url),
  );
  took(`page load to result (${new URL(url).pathname})`, started);
  return { page, tabId: tab.id, state: tab.state };
}

/**
 * Opens the popup as a tab for tabId and waits for it to show something.
 * @returns {Promise<import("playwright-core").Page>}
 */
async function openPopup(/** @type {any} */ b, /** @type {number} */ tabId, /** @type {string} */ ready) {
  const popup = await b.context.newPage();
  const started = performance.now();
  await popup.goto(`chrome-extension://${b.extId}/popup.html?tabId=${tabId}`, { timeout: WAIT });
  await popup.locator(ready).waitFor({ state: "visible", timeout: WAIT });
  took(`popup opened to ${ready} shown`, started);
  return popup;
}

/** Checks the popup's report against the engine's report. */
async function checkPopupReport(/** @type {import("playwright-core").Page} */ popup, /** @type {any} */ report, /** @type {any} */ msgs) {
  const letter = (await popup.locator("#grade-letter").textContent())?.trim();
  check(letter === report.grade.letter, `popup grade ${letter} = report grade ${report.grade.letter}`);
  const cats = await popup.locator("#categories > li").evaluateAll((lis) =>
    lis.map((li) => ({ id: li.getAttribute("data-category"), status: li.getAttribute("data-status"), label: li.querySelector(".cat-label")?.textContent })),
  );
  check(
    JSON.stringify(cats.map((c) => [c.id, c.status])) === JSON.stringify(report.summaries.map((/** @type {any} */ s) => [s.category, s.status])),
    `popup categories and statuses = report summaries (${cats.map((c) => `${c.id}:${c.status}`).join(" ")})`,
  );
  check(cats[0].label === msgs.category_collection.message, `category label in the UI language: "${cats[0].label}"`);
  const flags = await popup.locator("#flags > li[data-id]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-id")));
  const wantFlags = report.red_flags.map((/** @type {any} */ f) => f.id);
  check(
    JSON.stringify([...flags].sort()) === JSON.stringify([...wantFlags].sort()),
    `popup red flags [${flags}] = report red flags [${wantFlags}]`,
  );
  const items = await popup.locator("#checklist > li[data-id]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-id")));
  const wantItems = report.checklist.filter((/** @type {any} */ c) => c.status !== "found").map((/** @type {any} */ c) => c.id);
  check(
    JSON.stringify([...items].sort()) === JSON.stringify([...wantItems].sort()),
    `popup checklist shows the ${wantItems.length} missing/vague items of the report`,
  );
}

/** Clicks the first sentence button and checks the page marks and shows it. */
async function checkHighlight(/** @type {import("playwright-core").Page} */ popup, /** @type {import("playwright-core").Page} */ page, /** @type {any} */ report, /** @type {any} */ msgs) {
  const button = popup.locator("button.sentence").first();
  const clauseId = await button.getAttribute("data-clause", { timeout: WAIT });
  const clause = report.clauses.find((/** @type {any} */ c) => c.id === clauseId);
  check(!!clause, `sentence button ${clauseId} is a clause of the report`);
  await button.click({ timeout: WAIT });
  await until("the popup to confirm the highlight", async () => {
    const s = await popup.locator("#status").textContent();
    if (s === msgs.highlight_failed.message) throw new Failure(`the page did not find clause ${clauseId}: ${clause.text}`);
    return s === msgs.highlight_done.message;
  });
  await page.bringToFront();
  const got = await until("the mark to be in view", () =>
    page.evaluate(() => {
      const marks = Array.from(document.querySelectorAll("mark.policylens-highlight"));
      if (marks.length === 0) return null;
      const r = marks[0].getBoundingClientRect();
      const inView = r.bottom > 0 && r.top < window.innerHeight;
      return inView ? { text: marks.map((m) => m.textContent).join(""), top: r.top, scrollY: window.scrollY, focused: document.activeElement === marks[0] } : null;
    }),
  );
  const want = norm(clause.text);
  const have = norm(got.text);
  check(
    have.length >= Math.min(want.length, 16) && (want.startsWith(have) || want.endsWith(have) || have === want),
    `page marks the clause's sentence (${have.length}/${want.length} chars: "${got.text.slice(0, 60)}…")`,
  );
  check(got.scrollY > 0, `page scrolled to it (scrollY ${Math.round(got.scrollY)}, mark top ${Math.round(got.top)})`);
  check(got.focused, "the mark has focus (screen readers)");
}

async function main() {
  const server = /** @type {http.Server} */ (await startServer());
  const port = /** @type {import("node:net").AddressInfo} */ (server.address()).port;
  const base = `http://127.0.0.1:${port}`;
  console.log(`e2e: server ${base}, chromium ${CHROMIUM}`);
  /** @type {any[]} */
  const browsers = [];
  /** @type {(() => void)[]} */
  const cleanups = [];
  try {
    // Expected reports, computed by the same engine in Node on the served HTML.
    let started = performance.now();
    const engine = await loadEngine();
    took("engine load in Node", started);
    /** @type {Record<string, any>} */
    const expected = {};
    for (const path of ["/privacy", "/politique-de-confidentialite"]) {
      started = performance.now();
      expected[path] = await engine.analyze(PAGES[/** @type {keyof typeof PAGES} */ (path)], { url: base + path, format: "html" });
      took(`analyze ${path} in Node`, started);
    }
    engine.close();

    // ---- English browser ----
    console.log("English UI:");
    const b = await launch("en");
    browsers.push(b);
    const pol = await openAndWait(b, `${base}/privacy`);
    check(pol.state === "done", `policy page analysed (state ${pol.state})`);
    const entry = await b.worker.evaluate((/** @type {number} */ id) => /** @type {any} */ (globalThis).policylensBackground.tabState(id), pol.tabId);
    const report = entry.report;
    timings.push(`analysis in the worker: ${JSON.stringify(roundAll({ hashMs: entry.timings.hashMs, queueMs: entry.timings.queueMs, analyzeMs: entry.timings.analyzeMs }))}`);
    const exp = expected["/privacy"];
    if (JSON.stringify(report.summaries) !== JSON.stringify(exp.summaries) || JSON.stringify(report.red_flags) !== JSON.stringify(exp.red_flags)) {
      console.error("worker summaries:", JSON.stringify(report.summaries.map((/** @type {any} */ x) => [x.category, x.status, x.clauses.length])));
      console.error("node   summaries:", JSON.stringify(exp.summaries.map((/** @type {any} */ x) => [x.category, x.status, x.clauses.length])));
      console.error("worker flags:", JSON.stringify(report.red_flags), "\nnode   flags:", JSON.stringify(exp.red_flags));
    }
    check(
      JSON.stringify(report.summaries) === JSON.stringify(exp.summaries) &&
        JSON.stringify(report.red_flags) === JSON.stringify(exp.red_flags) &&
        report.grade.letter === exp.grade.letter,
      `worker report (live DOM) = Node report (served HTML): grade ${exp.grade.letter}, ${exp.red_flags.length} flags`,
    );
    const badge = await b.worker.evaluate(async (/** @type {number} */ tabId) => ({
      text: await chrome.action.getBadgeText({ tabId }),
      title: await chrome.action.getTitle({ tabId }),
      color: await chrome.action.getBadgeBackgroundColor({ tabId }),
    }), pol.tabId);
    check(badge.text === report.grade.letter, `badge text "${badge.text}" = grade`);
    const high = report.red_flags.filter((/** @type {any} */ f) => f.severity === "high").length;
    check(badge.title.includes(`${report.red_flags.length} red flags (${high} serious)`), `badge tooltip: "${badge.title}"`);
    const poor = ["D", "E"].includes(report.grade.letter);
    check(!poor || (badge.color[0] > 150 && badge.color[1] < 80), `badge colour ${badge.color} fits grade ${report.grade.letter}`);

    const popup = await openPopup(b, pol.tabId, "#report");
    await checkPopupReport(popup, report, en);
    check((await popup.locator("h2").first().textContent()) === en.section_grade.message, "popup headings in English");
    const shot = join(SHOTS, "popup-en.png");
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.screenshot({ path: shot, fullPage: true, timeout: WAIT });
    await checkHighlight(popup, pol.page, report, en);

    // Same-document navigation (a table of contents link) keeps the badge;
    // a new document clears it.
    await pol.page.evaluate(() => {
      location.hash = "#section-2";
    });
    await new Promise((r) => setTimeout(r, 700));
    const afterHash = await b.worker.evaluate((/** @type {number} */ tabId) => chrome.action.getBadgeText({ tabId }), pol.tabId);
    check(afterHash === report.grade.letter, `badge kept after a #fragment navigation ("${afterHash}")`);
    // A data: URL: no content script runs there, so only the background's
    // navigation handling can clear the badge.
    await pol.page.goto("data:text/html,<p>another document</p>", { timeout: WAIT });
    await until("the badge to clear after navigating away", async () =>
      (await b.worker.evaluate((/** @type {number} */ tabId) => chrome.action.getBadgeText({ tabId }), pol.tabId)) === "",
    );
    check(true, "badge cleared after navigating to another document");

    // Not a policy: the heuristic says so, the popup offers to analyse anyway.
    const other = await openAndWait(b, `${base}/recipe`);
    check(other.state === "not_policy_page", `recipe page not analysed (state ${other.state})`);
    const otherBadge = await b.worker.evaluate((/** @type {number} */ tabId) => chrome.action.getBadgeText({ tabId }), other.tabId);
    check(otherBadge === "", `no badge on the recipe page ("${otherBadge}")`);
    const popup2 = await openPopup(b, other.tabId, "#state");
    const msg = await popup2.locator("#state-message").textContent();
    check(msg === en.state_not_policy_page.message, `popup says "${msg}"`);
    const anyway = popup2.locator("#analyze-anyway");
    check(await anyway.isVisible(), "popup offers “Analyse this page anyway”");
    await anyway.click({ timeout: WAIT });
    await until("the engine's verdict on the recipe page", async () =>
      (await popup2.locator("#state-message").textContent()) === en.state_not_policy.message,
    );
    check(true, `after "analyse anyway": "${en.state_not_policy.message}"`);
    await popup2.screenshot({ path: join(SHOTS, "popup-not-policy.png"), timeout: WAIT });

    // ---- French browser ----
    console.log("French UI:");
    const bf = await launch("fr");
    browsers.push(bf);
    const frp = await openAndWait(bf, `${base}/politique-de-confidentialite`);
    check(frp.state === "done", `French policy analysed (state ${frp.state})`);
    const frEntry = await bf.worker.evaluate((/** @type {number} */ id) => /** @type {any} */ (globalThis).policylensBackground.tabState(id), frp.tabId);
    check(frEntry.report.language.code === "fr", "engine reads the page as French");
    // getUILanguage() and @@ui_locale say en-US in headless whatever the
    // flags; the messages served are the French ones all the same.
    const uiLang = await bf.worker.evaluate(() => [chrome.i18n.getMessage("uiLang"), chrome.i18n.getUILanguage(), chrome.i18n.getMessage("@@ui_locale")]);
    check(uiLang[0] === "fr", `extension messages are French (uiLang ${uiLang[0]}; getUILanguage ${uiLang[1]}, @@ui_locale ${uiLang[2]})`);
    const frBadge = await bf.worker.evaluate((/** @type {number} */ tabId) => chrome.action.getBadgeText({ tabId }), frp.tabId);
    check(frBadge === frEntry.report.grade.letter, `French tab badge "${frBadge}"`);
    const frPopup = await openPopup(bf, frp.tabId, "#report");
    await checkPopupReport(frPopup, frEntry.report, fr);
    const htmlLang = await frPopup.evaluate(() => document.documentElement.lang);
    check(htmlLang.startsWith("fr"), `popup <html lang="${htmlLang}">`);
    const h2 = await frPopup.locator("#cat-h").textContent();
    check(h2 === fr.section_categories.message, `popup in French: "${h2}"`);
    const langLine = await frPopup.locator("#language").textContent();
    check(langLine === "Langue de la politique : français", `language line: "${langLine}"`);
    await frPopup.setViewportSize({ width: 420, height: 900 });
    await frPopup.screenshot({ path: join(SHOTS, "popup-fr.png"), fullPage: true, timeout: WAIT });
    await checkHighlight(frPopup, frp.page, frEntry.report, fr);

    // The service worker is stopped when idle; its state must survive
    // (storage.session) and the popup must wake it.
    const cdp = await bf.context.newCDPSession(frp.page);
    await withTimeout(cdp.send("ServiceWorker.enable"), WAIT, "ServiceWorker.enable");
    await withTimeout(cdp.send("ServiceWorker.stopAllWorkers"), WAIT, "ServiceWorker.stopAllWorkers");
    await cdp.detach();
    const stopped = await withTimeout(bf.worker.evaluate(() => "alive"), 3000, "old worker").then(
      () => false,
      () => true,
    );
    const restarted = bf.context.waitForEvent("serviceworker", { timeout: WAIT });
    const frPopup2 = await openPopup(bf, frp.tabId, "#report");
    const newWorker = await restarted.catch(() => null);
    void newWorker; // Playwright may or may not report the restarted worker
    check(stopped, "the service worker was stopped (its old handle no longer answers)");
    const stats = await withTimeout(frPopup2.evaluate(() => chrome.runtime.sendMessage({ type: "stats" })), WAIT, "stats");
    check(stats.engine.loadMs !== bf.engineLoadMs, `a new worker answered (engine ${stats.engine.state}, load ${Math.round(stats.engine.loadMs)} ms vs ${Math.round(bf.engineLoadMs)} ms before)`);
    const again = (await frPopup2.locator("#grade-letter").textContent())?.trim();
    check(again === frEntry.report.grade.letter, `after the service worker was stopped, the popup still shows grade ${again}`);
    // The restarted worker answers a cached site without starting the
    // engine: the popup above, and the same page loaded again.
    check(stats.engine.state === "idle", `the popup woke the worker without an engine start (engine ${stats.engine.state})`);
    const reloaded = performance.now();
    await frp.page.reload({ timeout: WAIT, waitUntil: "load" });
    const stats2 = await until("the reloaded French page answered from the cache", async () => {
      const st = await withTimeout(frPopup2.evaluate(() => chrome.runtime.sendMessage({ type: "stats" })), WAIT, "stats");
      return st.cacheHits > 0 ? st : null;
    });
    took("reload of a cached page to its answer, restarted worker", reloaded);
    const reread = await withTimeout(frPopup2.evaluate((/** @type {number} */ tabId) => chrome.runtime.sendMessage({ type: "get-report", tabId }), frp.tabId), WAIT, "get-report");
    check(
      stats2.engine.state === "idle" && reread.report?.grade.letter === frEntry.report.grade.letter,
      `the reloaded page was answered from the cache (grade ${reread.report?.grade.letter}) with no engine start (engine ${stats2.engine.state})`,
    );

    // ---- No engine: a copy of the extension without engine.wasm ----
    console.log("Engine unavailable:");
    const broken = mkdtempSync(join(tmpdir(), "ext-no-wasm-"));
    cleanups.push(() => rmSync(broken, { recursive: true, force: true }));
    cpSync(EXT_DIR, broken, { recursive: true, filter: (src) => !/\/(tests|tools)$|engine\.wasm$/.test(src) });
    const bx = await launch("en", broken, false);
    browsers.push(bx);
    const bxPol = await openAndWait(bx, `${base}/privacy`);
    check(bxPol.state === "error", `policy page state is error (${bxPol.state})`);
    const bxBadge = await bx.worker.evaluate((/** @type {number} */ tabId) => chrome.action.getBadgeText({ tabId }), bxPol.tabId);
    check(bxBadge === "?", `badge says "?" ("${bxBadge}")`);
    const bxPopup = await openPopup(bx, bxPol.tabId, "#state");
    const bxMsg = (await bxPopup.locator("#state-message").textContent()) ?? "";
    check(bxMsg.startsWith("The analysis engine could not be loaded: "), `popup says "${bxMsg.slice(0, 110)}…"`);
    check(await bxPopup.locator("#analyze-anyway").isVisible(), "popup offers to try again");

    console.log("timings:");
    for (const t of timings) console.log(`  ${t}`);
    console.log(`screenshots: ${shot} (and popup-fr.png, popup-not-policy.png in ${SHOTS})`);
    console.log(`e2e: PASS in ${Math.round(performance.now() - t0)} ms`);
  } finally {
    for (const b of browsers) {
      await withTimeout(b.context.close(), 10000, "browser close").catch((err) => console.error("e2e: close:", err.message));
      try {
        rmSync(b.profile, { recursive: true, force: true, maxRetries: 3, retryDelay: 300 });
      } catch (err) {
        console.error("e2e: could not remove the profile:", /** @type {Error} */ (err).message);
      }
    }
    for (const c of cleanups) {
      try {
        c();
      } catch (err) {
        console.error("e2e: clean-up:", /** @type {Error} */ (err).message);
      }
    }
    server.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`e2e: FAIL: ${err instanceof Failure ? err.message : err?.stack ?? err}`);
    for (const t of timings) console.error(`  ${t}`);
    process.exit(1);
  },
);
