// End-to-end test of the extension in headless Chromium (run by run-e2e.sh).
//
// A local server on 127.0.0.1 serves two corpus policies wrapped in a site
// (EN, FR) and a page that is not a policy. With the unpacked extension
// loaded, it checks: the badge of a policy tab, the popup (opened as a tab,
// popup.html?tabId=N) against the engine's report, a click on a sentence
// marks it on the page and scrolls it into view, the French UI (second
// browser with --lang=fr), and the not-a-policy state with its "Analyse this
// page anyway" button, and the memory of read policies (checkMemory: one
// policy served at the same URL as v1, reformatted, then v2). Only loopback resolves (--host-resolver-rules): the
// extension needs no network. Every wait has a timeout; exit status 1 with a
// message on the first failure.
import http from "node:http";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

import { loadEngine } from "../lib/engine.js";
import { accordionPolicyPage, collapsedPolicyPage, corpusPage, recipePage, scriptRenderedPolicyPage, shadowPolicyPage, shopPage, shortPolicyPage, sitePage, textToHTML } from "./pages.mjs";
import { CHROMIUM_FLAGS } from "./chromium-flags.mjs";

const EXT_DIR = fileURLToPath(new URL("../", import.meta.url));
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
// The README shows these: the test writes them into the extension's folder.
const SHOTS = process.env.POLICYLENS_SHOTS || fileURLToPath(new URL("../screenshots/", import.meta.url));
/** Test host names, resolved to 127.0.0.1 by Chromium (--host-resolver-rules); nothing else resolves. */
const HOSTS = ["shop-en.test", "boutique-fr.test", "nolink.test", "brand.test", "policies.parent.test", "embed.test"];
/** The toolbar popup's size in Chromium, about: its first screen must hold the essentials. */
const POPUP = { width: 375, height: 510 };
// ms, any single wait: this shared 2-core machine has run a first analysis in up to 16 s.
const WAIT = Number(process.env.E2E_WAIT_MS) || 45000;

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
  /** Served as each version of versions.* in turn (the memory test). */
  "/changing": "",
  "/app/privacy-policy": scriptRenderedPolicyPage("en-internect-recruiting.txt", 1500),
  "/about/privacy.php": shortPolicyPage(),
  /** /privacy's policy with its later sections collapsed (<details>, ARIA accordion). */
  "/privacy-sections": accordionPolicyPage("en-internect-recruiting.txt", { lang: "en", title: "Privacy policy - Internect", site: "Internect" }),
  /** /privacy's policy, all of it in one closed <details> under its title. */
  "/privacy-collapsed": collapsedPolicyPage("en-internect-recruiting.txt", { lang: "en", title: "Privacy policy - Internect", site: "Internect" }),
  /** /privacy's policy drawn by a web component in a closed shadow root. */
  "/components/privacy": shadowPolicyPage("en-internect-recruiting.txt", { lang: "en", title: "Privacy policy - Internect", site: "Internect" }),
};

// Versions of one policy served at /changing: the first, the same text in
// another layout (different chrome, markup, spacing: no change), and a
// version with a sentence added and one reworded.
const changingText = readFileSync(new URL("../../corpus/en-internect-recruiting.txt", import.meta.url), "utf8");
const ADDED_SENTENCE = "We sell your personal data to our advertising partners.";
const versions = {
  v1: sitePage({ lang: "en", title: "Privacy policy - Internect", site: "Internect", body: textToHTML(changingText) }),
  reformatted: sitePage({
    lang: "en",
    title: "Privacy policy | Internect",
    site: "Internect Ltd",
    body: `<article><div class="wrap">\n${textToHTML(changingText).replace(/<p>(\w+)/g, "<p>  <strong>$1</strong>")}\n</div></article>`,
  }),
  v2: sitePage({
    lang: "en",
    title: "Privacy policy - Internect",
    site: "Internect",
    body:
      textToHTML(changingText.replace("We collect your data in several ways.", "We collect your data in several ways, including from our business partners.")) +
      `\n<p>${ADDED_SENTENCE}</p>`,
  }),
};

/** Pages of the other test sites, by host then path. */
const SITES = {
  "shop-en.test": {
    "/": shopPage({ lang: "en", site: "Tote & Co", policyHref: "/privacy-policy", linkText: "Privacy Policy" }),
    "/cart": shopPage({ lang: "en", site: "Tote & Co", policyHref: "/privacy-policy", linkText: "Privacy Policy" }),
    "/privacy-policy": corpusPage("en-iconnek-platform.txt", { lang: "en", title: "Privacy policy - Tote & Co", site: "Tote & Co" }),
  },
  "boutique-fr.test": {
    "/": shopPage({ lang: "fr", site: "La Boutique", policyHref: "/donnees-personnelles", linkText: "Données personnelles" }),
    "/donnees-personnelles": corpusPage("fr-nexustech-engagement.txt", { lang: "fr", title: "Données personnelles - La Boutique", site: "La Boutique" }),
  },
  "nolink.test": { "/": shopPage({ lang: "en", site: "No Link Ltd" }) },
  "brand.test": { "/": shopPage({ lang: "en", site: "Brand", policyHref: "http://policies.parent.test:__PORT__/privacy", linkText: "Privacy" }) },
  "policies.parent.test": { "/privacy": corpusPage("en-webhost-short.txt", { lang: "en", title: "Privacy - Parent Group", site: "Parent Group" }) },
  // A policy page whose text is a frame from another site (a policy-hosting service).
  "embed.test": {
    "/legal": sitePage({
      lang: "en",
      title: "Privacy Policy - Embed Co",
      site: "Embed Co",
      body: `<h1>Privacy Policy</h1>\n<iframe src="http://policies.parent.test:__PORT__/privacy" title="Privacy policy" style="width:100%;height:1200px;border:0"></iframe>`,
    }),
  },
};

/**
 * Every request the server received.
 * @type {{host: string, path: string, ext: boolean, cookie: string, referer: string}[]}
 */
const requests = [];

/** @type {string[]} */
const timings = [];
/** Reports computed by the engine in Node, by path or host+path. @type {Record<string, any>} */
const expected = {};
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
    const host = String(req.headers.host ?? "").replace(/:\d+$/, "");
    requests.push({
      host,
      path,
      // Sec-Fetch-* is not sent to http: test hosts; the extension's fetch is
      // told by its Origin (chrome-extension://) or its own Accept header.
      ext:
        /^(?:chrome|moz)-extension:/.test(String(req.headers.origin ?? "")) ||
        String(req.headers.accept ?? "").startsWith("text/html,application/xhtml+xml,text/plain"),
      cookie: String(req.headers.cookie ?? ""),
      referer: String(req.headers.referer ?? ""),
    });
    const site = /** @type {Record<string, Record<string, string>>} */ (SITES)[host];
    const page = site ? site[path] : host === "127.0.0.1" ? PAGES[/** @type {keyof typeof PAGES} */ (path)] : undefined;
    if (!page) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    // Every page sets a cookie: the policy fetch must not send it back.
    const port = /** @type {import("node:net").AddressInfo} */ (server.address()).port;
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8", "set-cookie": `sid=${host}-secret; Path=/` })
      .end(page.replaceAll("__PORT__", String(port)));
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
        // The test hosts resolve to 127.0.0.1; every other host stays unresolvable.
        ...CHROMIUM_FLAGS.map((f) =>
          f.startsWith("--host-resolver-rules=") ? `--host-resolver-rules=${HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(", ")}, ${f.slice(f.indexOf("=") + 1)}` : f,
        ),
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
    b.worker.evaluate(async (/** @type {string} */ u) => {
      const t = /** @type {any} */ (globalThis).policylensBackground.tabs().find((/** @type {any} */ x) => x.url === u);
      if (!t || t.state === "pending" || t.state === "reading") return null;
      // The badge is painted just after the state is set: wait for it too,
      // so that a check of the badge right after sees the final one.
      return (await chrome.action.getBadgeText({ tabId: t.id })) === "…" ? null : t;
    }, url),
  );
  took(`page load to result (${new URL(url).pathname})`, started);
  return { page, tabId: tab.id, state: tab.state };
}

/**
 * Stops the browser's service workers, as Chromium does after 30 s idle.
 * @param {any} b
 * @param {import("playwright-core").Page} page a page to reach the browser through
 */
async function stopWorkers(b, page) {
  const cdp = await b.context.newCDPSession(page);
  await withTimeout(cdp.send("ServiceWorker.enable"), WAIT, "ServiceWorker.enable");
  await withTimeout(cdp.send("ServiceWorker.stopAllWorkers"), WAIT, "ServiceWorker.stopAllWorkers");
  await cdp.detach();
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

/**
 * A policy whose text lives in a closed shadow root (lib/pagehtml.js): the
 * content script reads it through chrome.dom, the engine gives /privacy's
 * report, and a sentence of the shadow tree can be marked.
 * @param {any} b
 * @param {string} base
 * @param {any} msgs
 */
async function checkShadowPolicy(b, base, msgs) {
  const pol = await openAndWait(b, `${base}/components/privacy`);
  check(pol.state === "done", `web-component policy analysed (state ${pol.state})`);
  const entry = await b.worker.evaluate((/** @type {number} */ id) => /** @type {any} */ (globalThis).policylensBackground.tabState(id), pol.tabId);
  const exp = expected["/privacy"];
  check(
    entry.report &&
      JSON.stringify(entry.report.summaries) === JSON.stringify(exp.summaries) &&
      JSON.stringify(entry.report.red_flags) === JSON.stringify(exp.red_flags) &&
      entry.report.clauses.length === exp.clauses.length,
    `its report = /privacy's (${exp.clauses.length} clauses, grade ${exp.grade.letter})`,
  );
  const popup = await openPopup(b, pol.tabId, "#report");
  await popup.locator("button.sentence").first().click({ timeout: WAIT });
  await until("the popup to confirm the highlight in the shadow tree", async () => {
    const s = await popup.locator("#status").textContent();
    if (s === msgs.highlight_failed.message) throw new Failure("the page did not find the sentence in the shadow tree");
    return s === msgs.highlight_done.message;
  });
  check(true, "a sentence of the shadow tree is marked");
  await popup.close();
  await pol.page.close();
}

/**
 * "Show in the page" for sentences in collapsed sections: one in a closed
 * <details>, one in an ARIA accordion panel hidden by a class. The content
 * script opens the section (as a reader would) and marks the sentence.
 * @param {any} b
 * @param {string} base
 */
async function checkCollapsed(b, base) {
  // All the text collapsed: little visible text, but the page is named as
  // the policy and holds it; it is analysed.
  const all = await openAndWait(b, `${base}/privacy-collapsed`);
  const allEntry = await b.worker.evaluate((/** @type {number} */ id) => /** @type {any} */ (globalThis).policylensBackground.tabState(id), all.tabId);
  check(
    all.state === "done" && allEntry.report.clauses.length === expected["/privacy"].clauses.length,
    `policy collapsed in one <details> analysed: ${all.state}, ${allEntry.report?.clauses.length} clauses (${expected["/privacy"].clauses.length} on /privacy)`,
  );
  await all.page.close();

  const pol = await openAndWait(b, `${base}/privacy-sections`);
  check(pol.state === "done", `policy with collapsed sections analysed (state ${pol.state})`);
  const entry = await b.worker.evaluate((/** @type {number} */ id) => /** @type {any} */ (globalThis).policylensBackground.tabState(id), pol.tabId);
  const html = PAGES["/privacy-sections"];
  const textOf = (/** @type {RegExp} */ re) => norm([...html.matchAll(re)].map((m) => m[0].replace(/<[^>]+>/g, " ")).join(" ").replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
  const parts = [
    { kind: "a closed <details>", text: textOf(/<details>[\s\S]*?<\/details>/g), opened: "details[open]" },
    { kind: "an ARIA accordion panel", text: textOf(/<div id="panel-\d+"[\s\S]*?<\/div>/g), opened: '[aria-expanded="true"]' },
  ];
  for (const part of parts) {
    const clause = entry.report.clauses.find((/** @type {any} */ c) => c.text.length > 60 && part.text.includes(norm(c.text).slice(0, 50)));
    check(!!clause, `a clause of the report is in ${part.kind}`);
    const before = await pol.page.evaluate((/** @type {string} */ sel) => document.querySelectorAll(sel).length, part.opened);
    const res = await b.worker.evaluate(
      ([tabId, text]) => chrome.tabs.sendMessage(/** @type {number} */ (tabId), { type: "highlight", text }),
      [pol.tabId, clause.text],
    );
    const seen = await pol.page.evaluate((/** @type {string} */ sel) => {
      const mark = document.querySelector("mark.policylens-highlight");
      return { visible: !!mark && mark.checkVisibility(), opened: document.querySelectorAll(sel).length };
    }, part.opened);
    check(
      res && res.ok && res.revealed && seen.visible && seen.opened === before + 1,
      `"Show in the page" opens ${part.kind} and marks ${clause.id} (${JSON.stringify(res && { ok: res.ok, revealed: res.revealed, error: res.error })}, opened ${before} → ${seen.opened})`,
    );
  }
  await pol.page.close();
}

/**
 * The memory of read policies (lib/memory.js): one policy served at the
 * same URL as v1, then reformatted (no change shown), then v2 (badge mark,
 * popup "Changed since...", the added sentence marked in the page), then v2
 * again once the popup has shown it (no change).
 */
async function checkMemory(/** @type {any} */ b, /** @type {string} */ base) {
  console.log("Memory of read policies:");
  const badgeOf = (/** @type {number} */ tabId) =>
    b.worker.evaluate(async (/** @type {number} */ id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId);
  /** Serves a version and visits it (a fresh query string names the tab; the memory ignores it). */
  let visit = 0;
  const serve = async (/** @type {keyof typeof versions} */ v) => {
    PAGES["/changing"] = versions[v];
    const t = await openAndWait(b, `${base}/changing?visit=${++visit}`);
    check(t.state === "done", `${v} analysed (state ${t.state})`);
    return t;
  };

  const first = await serve("v1");
  const firstBadge = await badgeOf(first.tabId);
  check(/^[A-E]$/.test(firstBadge.text), `first reading: badge "${firstBadge.text}", no mark`);
  // Wait for this policy's record, not for any: the site's other policy
  // pages read earlier may already have a record of their own, and the
  // worker writes this one after the badge is set.
  const stored = await until("the first reading to be remembered", () =>
    b.worker.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      const rec = all["mem:site:127.0.0.1"];
      return rec && rec.policies.some((/** @type {any} */ p) => p.url.endsWith("/changing")) ? all : null;
    }),
  );
  const rec = stored["mem:site:127.0.0.1"];
  check(!!rec && rec.policies.some((/** @type {any} */ p) => p.url.endsWith("/changing")), "memory holds the policy of 127.0.0.1/changing (storage.local)");
  const recBytes = new TextEncoder().encode(JSON.stringify(rec)).length;
  check(recBytes <= 20 * 1024, `the site's record takes ${recBytes} bytes (≤ 20 KB)`);

  const same = await serve("reformatted");
  await new Promise((r) => setTimeout(r, 300));
  const sameBadge = await badgeOf(same.tabId);
  check(!sameBadge.text.includes("•"), `reformatted version: no change mark ("${sameBadge.text}")`);
  const samePopup = await openPopup(b, same.tabId, "#report");
  check(await samePopup.locator("#change").isHidden(), "reformatted version: the popup shows no change");
  await samePopup.close();

  const v2At = Date.now();
  const changed = await serve("v2");
  const mark = await until("the badge's change mark", async () => {
    const bd = await badgeOf(changed.tabId);
    return bd.text.endsWith("•") ? bd : null;
  });
  check(true, `changed version: badge "${mark.text}"`);
  check(mark.title.includes("changed since you last read it"), `badge tooltip: "${mark.title.slice(0, 90)}…"`);
  const popup = await openPopup(b, changed.tabId, "#change");
  const heading = (await popup.locator("#change-h").textContent()) ?? "";
  check(heading.startsWith("Changed since you last read it on "), `popup opens on "${heading}"`);
  const added = await popup.locator(".change-sentences.added button.sentence").allTextContents();
  check(added.some((t) => t.includes(ADDED_SENTENCE)), `popup lists the new sentence (${added.length} new)`);
  const reworded = await popup.locator(".change-sentences.reworded button.sentence").allTextContents();
  check(reworded.some((t) => t.includes("business partners")), `popup lists the reworded sentence (${reworded.length} reworded)`);
  const items = await popup.locator(".change-items li").allTextContents();
  console.log(`      change items: ${JSON.stringify(items)}`);
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.screenshot({ path: join(SHOTS, "popup-changed.png"), fullPage: true, timeout: WAIT });
  const marks = await until("the changed sentences marked in the page", () =>
    changed.page.evaluate(() => {
      const text = (/** @type {string} */ sel) => Array.from(document.querySelectorAll(sel), (m) => m.textContent).join(" ");
      const out = { added: text("mark.policylens-change-added"), reworded: text("mark.policylens-change-reworded") };
      return out.added && out.reworded ? out : null;
    }),
  );
  check(marks.added.includes("We sell your personal data"), `page marks the new sentence in its colour: "${marks.added.slice(0, 60)}"`);
  check(marks.reworded.includes("business partners"), `page marks the reworded sentence in its own colour: "${marks.reworded.slice(0, 60)}"`);
  const colours = await changed.page.evaluate(() =>
    ["added", "reworded"].map((k) => getComputedStyle(/** @type {Element} */ (document.querySelector(`mark.policylens-change-${k}`))).backgroundColor),
  );
  check(colours[0] !== colours[1], `two colours: ${colours.join(" / ")}`);
  await popup.close();

  // The popup has shown the change: this version is now the one read.
  await until("the new version to be remembered", () =>
    b.worker.evaluate(async (/** @type {number} */ since) => {
      const rec = (await chrome.storage.local.get("mem:site:127.0.0.1"))["mem:site:127.0.0.1"];
      const pol = rec?.policies.find((/** @type {any} */ p) => p.url.endsWith("/changing"));
      return pol && Date.parse(pol.date) >= since ? pol : null;
    }, v2At),
  );
  check(true, "once the popup has shown the change, the new version is the one remembered");
  const again = await serve("v2");
  await new Promise((r) => setTimeout(r, 300));
  const againBadge = await badgeOf(again.tabId);
  check(!againBadge.text.includes("•"), `after reading the change, the same version shows no change ("${againBadge.text}")`);

  // Settings page: storage used, forget the site.
  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extId}/options.html`, { timeout: WAIT });
  await options.locator("#sites li").first().waitFor({ timeout: WAIT });
  const usage = (await options.locator("#usage").textContent()) ?? "";
  check(/KB/.test(usage), `settings show the storage used: "${usage}"`);
  await options.locator('#sites li[data-site="127.0.0.1"] button').click({ timeout: WAIT });
  await until("the site to be forgotten", async () => (await options.locator('#sites li[data-site="127.0.0.1"]').count()) === 0);
  const left = await b.worker.evaluate(async () => (await chrome.storage.local.get("mem:site:127.0.0.1"))["mem:site:127.0.0.1"]);
  check(left === undefined, "settings: forgetting the site removes it from storage.local");
  await options.close();
}

/**
 * The popup at the toolbar popup's size: its first screen shows the grade,
 * the three findings that matter most and the way to the rest.
 * @param {import("playwright-core").Page} popup
 * @param {string} root "#report" (a policy page) or "#site" (an ordinary page)
 */
async function checkFirstScreen(popup, root) {
  await popup.setViewportSize(POPUP);
  const ids = root === "#report" ? ["#grade-letter", "#top", "#full-report"] : ["#site-grade", "#site-top", "#site-full-report"];
  for (const sel of ids) {
    const box = await popup.locator(sel).boundingBox({ timeout: WAIT });
    check(!!box && box.y + box.height <= POPUP.height, `${sel} within the first ${POPUP.width}×${POPUP.height} screen (bottom ${box ? Math.round(box.y + box.height) : "none"})`);
  }
  const top = await popup.locator(`${ids[1]} > li`).count();
  check(top === 3, `${top} top findings on the first screen`);
}

/**
 * Requests the extension made (not navigations) since `from`.
 * @param {number} from index in the request log
 */
function extensionRequests(from) {
  return requests.slice(from).filter((r) => r.ext);
}

/**
 * Waits for a tab's site state (background) to settle on one of `states`.
 * @param {any} b the browser
 * @param {string} site
 * @param {string[]} states
 */
function siteSettled(b, site, states) {
  return until(`site ${site} to reach ${states.join("/")}`, () =>
    b.worker.evaluate(
      ([s, want]) => {
        const st = /** @type {any} */ (globalThis).policylensBackground.siteState(s);
        return st && /** @type {string[]} */ (want).includes(st.state) ? { state: st.state, letter: st.report?.grade?.letter, url: st.link?.url } : null;
      },
      [site, states],
    ),
  );
}

/**
 * Main-thread time of the content script on each ordinary page visited (ms):
 * all of it, and the policy link search that site grading adds.
 * @type {{total: number, link: number}[]}
 */
const contentCosts = [];
/**
 * Records the content script's main-thread time on an ordinary page.
 * @param {any} b
 * @param {number} tabId
 */
async function recordCost(b, tabId) {
  const t = await until("the content script's cost", () =>
    b.worker.evaluate((/** @type {number} */ id) => /** @type {any} */ (globalThis).policylensBackground.tabs().find((/** @type {any} */ x) => x.id === id && typeof x.contentMs === "number") ?? null, tabId),
  );
  contentCosts.push({ total: t.contentMs, link: t.contentCosts?.findPolicyLink ?? 0 });
}

/** @param {any} b @param {number} tabId */
const badgeOf = (b, tabId) => b.worker.evaluate((/** @type {number} */ id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/**
 * The pages the detector must read by itself: a policy rendered by script
 * after load, a short policy named by its URL, title and heading.
 * @param {any} b
 * @param {string} base
 */
async function checkDetector(b, base) {
  // Script-rendered: record every state the background reports while it loads.
  const page = await b.context.newPage();
  const url = `${base}/app/privacy-policy`;
  const seen = new Set();
  const started = performance.now();
  await page.goto(url, { timeout: WAIT, waitUntil: "load" });
  const final = await until("the script-rendered policy to be analysed", async () => {
    const t = await b.worker.evaluate((/** @type {string} */ u) => /** @type {any} */ (globalThis).policylensBackground.tabs().find((/** @type {any} */ x) => x.url === u), url);
    if (t) seen.add(t.state);
    return t && (t.state === "done" || t.state === "error" || t.state === "not_policy_page") ? t : null;
  });
  took("script-rendered page (text after 1.5 s) to result", started);
  check(final.state === "done", `script-rendered policy analysed once its text is there (states seen: ${[...seen].join(" → ")})`);
  check(!seen.has("not_policy_page"), "never reported as not a policy while it was loading");
  await page.close();

  const short = await openAndWait(b, `${base}/about/privacy.php`);
  check(short.state === "done", `short policy at /about/privacy.php (title and h1 "Privacy Policy") analysed without a click (state ${short.state})`);
  await short.page.close();
}

/**
 * Site grades with the host permission granted: English and French shops,
 * a page without a policy link, a cross-site policy, the cache, the popup,
 * "Open the policy with highlights" and the full report.
 * @param {any} b
 * @param {number} port
 * @param {any} msgs
 * @param {string} lang
 */
async function checkSites(b, port, msgs, lang) {
  const shopURL = `http://shop-en.test:${port}/`;
  const policyURL = `http://shop-en.test:${port}/privacy-policy`;
  const want = expected[`shop-en.test/privacy-policy`];
  const before = requests.length;
  const statsBefore = await b.worker.evaluate(() => /** @type {any} */ (globalThis).policylensBackground.siteStats());
  const started = performance.now();
  const shop = await openAndWait(b, shopURL);
  const st = await siteSettled(b, "shop-en.test", ["done", "error"]);
  took("EN shop page load to site grade", started);
  check(st.state === "done" && st.letter === want.grade.letter, `EN shop graded from its policy without opening it: ${st.letter} (engine in Node: ${want.grade.letter})`);
  const letter = await until("the shop tab's badge", async () => (await badgeOf(b, shop.tabId)) || null);
  check(letter === want.grade.letter, `EN shop tab badge "${letter}"`);
  const fetched = extensionRequests(before);
  check(
    fetched.length === 1 && fetched[0].host === "shop-en.test" && fetched[0].path === "/privacy-policy",
    `the extension requested only the site's own policy, once: ${JSON.stringify(fetched.map((r) => `${r.host}${r.path}`))}`,
  );
  check(fetched[0].cookie === "" && fetched[0].referer === "", `policy fetched with no cookie and no referrer (cookie "${fetched[0].cookie}", referer "${fetched[0].referer}")`);
  const shopTab = (await b.worker.evaluate(() => /** @type {any} */ (globalThis).policylensBackground.tabs())).find((/** @type {any} */ t) => t.id === shop.tabId);
  check(typeof shopTab.contentMs === "number", "the content script reports its main-thread time");
  contentCosts.push({ total: shopTab.contentMs, link: shopTab.contentCosts?.findPolicyLink ?? 0 });
  timings.push(`content script main-thread time on the EN shop page: ${shopTab.contentMs.toFixed(1)} ms (${JSON.stringify(roundAll(shopTab.contentCosts))})`);
  const longTasks = await shop.page.evaluate(
    () =>
      new Promise((resolve) => {
        const out = /** @type {number[]} */ ([]);
        new PerformanceObserver((l) => l.getEntries().forEach((e) => out.push(e.duration))).observe({ type: "longtask", buffered: true });
        setTimeout(() => resolve(out), 100);
      }),
  );
  timings.push(`long tasks (> 50 ms) on the EN shop page: ${JSON.stringify(longTasks.map(Math.round))}`);

  // The popup on the ordinary page: the site's grade, the essentials first.
  const popup = await openPopup(b, shop.tabId, "#site-grade");
  check((await popup.locator("#site-grade").textContent()) === want.grade.letter, "popup shows the site's grade");
  const readOn = (await popup.locator("#site .read-on").textContent()) ?? "";
  check(readOn.startsWith(msgs.site_read_on.message.replace("$P1$", "").trim()), `popup says when the policy was read: "${readOn}"`);
  await checkFirstScreen(popup, "#site");
  await popup.screenshot({ path: join(SHOTS, `popup-site-${lang}.png`), timeout: WAIT });

  // Second visit (another page of the site): from the cache, nothing fetched or analysed.
  const mid = requests.length;
  const statsMid = await b.worker.evaluate(() => /** @type {any} */ (globalThis).policylensBackground.siteStats());
  const cart = await openAndWait(b, `http://shop-en.test:${port}/cart`);
  const cartBadge = await until("the cart page's badge", async () => (await badgeOf(b, cart.tabId)) || null);
  await recordCost(b, cart.tabId);
  await new Promise((r) => setTimeout(r, 300));
  const statsAfter = await b.worker.evaluate(() => /** @type {any} */ (globalThis).policylensBackground.siteStats());
  check(
    cartBadge === want.grade.letter && statsAfter.analyses === statsMid.analyses && statsAfter.fetches === statsMid.fetches && extensionRequests(mid).length === 0,
    `second visit served from the cache: badge ${cartBadge}, no new fetch or analysis (analyses ${statsBefore.analyses} → ${statsMid.analyses} → ${statsAfter.analyses})`,
  );
  await cart.page.close();

  // A site with no policy link: no badge, and the popup says so.
  const none = await openAndWait(b, `http://nolink.test:${port}/`);
  await siteSettled(b, "nolink.test", ["no_link"]);
  await recordCost(b, none.tabId);
  check((await badgeOf(b, none.tabId)) === "", "no badge on a site without a policy link");
  const nonePopup = await openPopup(b, none.tabId, "#site .site-message");
  const noneMsg = await nonePopup.locator("#site .site-message").textContent();
  check(noneMsg === msgs.site_no_link.message, `popup: "${noneMsg}"`);
  check(extensionRequests(mid).length === 0, "nothing fetched for it");
  await nonePopup.close();
  await none.page.close();

  // A policy on another site (a parent company's): asked before fetching.
  const brandBefore = requests.length;
  const brand = await openAndWait(b, `http://brand.test:${port}/`);
  await siteSettled(b, "brand.test", ["ask_cross"]);
  await recordCost(b, brand.tabId);
  check(extensionRequests(brandBefore).length === 0, "cross-site policy: nothing fetched before asking");
  const brandPopup = await openPopup(b, brand.tabId, "#site-cross-yes");
  const ask = (await brandPopup.locator("#site .site-message").textContent()) ?? "";
  check(ask.includes("parent.test"), `popup asks: "${ask}"`);
  await brandPopup.locator("#site-cross-yes").click({ timeout: WAIT });
  const brandSt = await siteSettled(b, "brand.test", ["done", "error"]);
  const brandFetch = extensionRequests(brandBefore);
  check(
    brandSt.state === "done" && brandFetch.length === 1 && brandFetch[0].host === "policies.parent.test" && brandFetch[0].cookie === "",
    `after "yes": the parent's policy fetched once, graded ${brandSt.letter}`,
  );
  await brandPopup.close();
  await brand.page.close();

  // A policy page showing its text in another site's frame: the frame is
  // the site's policy. brand.test's answer just graded that address, so
  // its cached grade is shown at once, nothing fetched again.
  const embedBefore = requests.length;
  const embed = await openAndWait(b, `http://embed.test:${port}/legal`);
  check(embed.state === "not_policy_page", `policy page whose text is another site's frame: ${embed.state}`);
  const embedSt = await siteSettled(b, "embed.test", ["ask_cross", "done", "error", "no_link"]);
  check(
    embedSt.url === `http://policies.parent.test:${port}/privacy` && embedSt.state === "done" && embedSt.letter === brandSt.letter,
    `its site's policy is the frame's address, graded ${embedSt.letter} (${embedSt.state}, ${embedSt.url})`,
  );
  check(extensionRequests(embedBefore).length === 0, "nothing fetched: the cached grade of that address");
  await embed.page.close();

  // "Open the policy with highlights".
  const tabsBefore = b.context.pages().length;
  const opened = b.context.waitForEvent("page", { timeout: WAIT });
  await popup.bringToFront();
  await popup.locator("#site-open-policy").click({ timeout: WAIT });
  const policyPage = await opened;
  check(b.context.pages().length === tabsBefore + 1, "the policy opened in a new tab");
  const marks = await until("the findings to be marked in the policy", () =>
    policyPage.evaluate(() => document.querySelectorAll("mark.policylens-finding").length || null),
  );
  const wantMarks = want.red_flags.length + want.checklist.filter((/** @type {any} */ c) => c.status === "vague").length;
  check(marks > 0, `${marks} marks on the opened policy (${want.red_flags.length} red flags, ${wantMarks - want.red_flags.length} vague commitments)`);
  await policyPage.close();

  // The full report page, from the popup.
  const reportOpened = b.context.waitForEvent("page", { timeout: WAIT });
  await popup.locator("#site-full-report").click({ timeout: WAIT });
  const report = await reportOpened;
  await report.locator("#r-clauses > li").first().waitFor({ timeout: WAIT });
  const n = await report.locator("#r-clauses > li").count();
  check(n === want.clauses.length, `full report lists every clause (${n})`);
  await report.locator("#f-status").selectOption("vague");
  const shown = await report.locator("#r-clauses > li:not([hidden])").count();
  const vague = want.clauses.filter((/** @type {any} */ c) => c.vague.length > 0).length;
  check(shown === vague, `filter "with vague words" shows ${shown} clauses (${vague} in the report)`);
  await report.locator("#f-status").selectOption("");
  const rows = await report.locator("#r-checklist tbody tr").count();
  check(rows === want.checklist.length, `checklist table has the ${rows} items`);
  const link = await report.locator("#r-clauses a.place").first().getAttribute("href");
  check(!!link && link.startsWith(`${policyURL}#:~:text=`), `each clause links to its place in the page (${link?.slice(0, 70)}…)`);
  await report.locator("#copy-md").click({ timeout: WAIT });
  const md = await until("the Markdown copy", () => report.evaluate(() => /** @type {any} */ (window).policylensMarkdown ?? null));
  check(md.startsWith("# ") && md.includes(want.clauses[0].id), `copy as Markdown (${md.length} characters)`);
  await report.setViewportSize({ width: 900, height: 1100 });
  await report.screenshot({ path: join(SHOTS, `report-${lang}.png`), timeout: WAIT });
  await report.close();
  await popup.close();

  // Main-thread time the content script spent on each ordinary page (the
  // page detector, then the policy link search when idle). This machine is
  // shared: one page can be preempted, so the median is checked.
  const med = (/** @type {number[]} */ xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const linkMs = med(contentCosts.map((c) => c.link));
  const total = med(contentCosts.map((c) => c.total));
  const load = `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`;
  check(
    contentCosts.length >= 4 && linkMs <= 50,
    `site grading adds a median ${linkMs.toFixed(1)} ms of main-thread time to a page (policy link search, ≤ 50; ${contentCosts.length} pages, ${load})`,
  );
  timings.push(
    `content script main-thread time on ${contentCosts.length} ordinary pages (${load}): link search ${JSON.stringify(contentCosts.map((c) => Math.round(c.link * 10) / 10))} ms, ` +
      `everything (page detector included) ${JSON.stringify(contentCosts.map((c) => Math.round(c.total * 10) / 10))} ms, median ${total.toFixed(1)} ms`,
  );
}

/**
 * The French shop in the French UI.
 * @param {any} b
 * @param {number} port
 * @param {any} msgs
 */
async function checkFrenchSite(b, port, msgs) {
  const want = expected["boutique-fr.test/donnees-personnelles"];
  const before = requests.length;
  const shop = await openAndWait(b, `http://boutique-fr.test:${port}/`);
  const st = await siteSettled(b, "boutique-fr.test", ["done", "error"]);
  check(st.state === "done" && st.letter === want.grade.letter, `FR shop graded from « Données personnelles »: ${st.letter}`);
  const letter = await until("the French shop's badge", async () => (await badgeOf(b, shop.tabId)) || null);
  check(letter === want.grade.letter, `FR shop tab badge "${letter}"`);
  const fetched = extensionRequests(before);
  check(
    fetched.length === 1 && fetched[0].path === "/donnees-personnelles" && fetched[0].cookie === "" && fetched[0].referer === "",
    `only the French site's own policy fetched, once, no cookie: ${JSON.stringify(fetched.map((r) => r.host + r.path))}`,
  );
  const popup = await openPopup(b, shop.tabId, "#site-grade");
  const h = await popup.locator("#site-h").textContent();
  check(h === msgs.site_heading.message, `popup in French: "${h}"`);
  await checkFirstScreen(popup, "#site");
  await popup.screenshot({ path: join(SHOTS, "popup-site-fr.png"), timeout: WAIT });
  const reportOpened = b.context.waitForEvent("page", { timeout: WAIT });
  await popup.locator("#site-full-report").click({ timeout: WAIT });
  const report = await reportOpened;
  await report.locator("#r-clauses > li").first().waitFor({ timeout: WAIT });
  check((await report.locator("#r-clauses-h").textContent()) === msgs.report_clauses.message, "full report in French");
  await report.setViewportSize({ width: 900, height: 1100 });
  await report.screenshot({ path: join(SHOTS, "report-fr.png"), timeout: WAIT });
  await report.close();
  await popup.close();
}

/**
 * Without the host permission (the extension as shipped): the popup explains
 * in plain words and asks; nothing is fetched.
 * @param {any} b
 * @param {number} port
 * @param {any} msgs
 */
async function checkPermissionAsked(b, port, msgs) {
  const before = requests.length;
  const shop = await openAndWait(b, `http://shop-en.test:${port}/`);
  await siteSettled(b, "shop-en.test", ["need_permission"]);
  const popup = await openPopup(b, shop.tabId, "#site-grade-one");
  const text = await popup.locator("#site .site-message").textContent();
  check(text === msgs.site_need_permission.message, `without permission the popup says: "${text}"`);
  check(await popup.locator("#site-grade-all").isVisible(), `and offers "${msgs.action_grade_site.message}" / "${msgs.action_grade_all.message}"`);
  // The click asks the browser, which shows its permission dialog (headless:
  // it stays open); nothing is fetched meanwhile.
  const asked = await popup.evaluate(() => {
    const real = chrome.permissions.request;
    /** @type {any} */ (window).asked = [];
    chrome.permissions.request = (/** @type {any} */ p) => {
      /** @type {any} */ (window).asked.push(p.origins);
      return real.call(chrome.permissions, p);
    };
    return true;
  });
  await popup.locator("#site-grade-one").click({ timeout: WAIT });
  const origins = await until("the permission request", () => popup.evaluate(() => /** @type {any} */ (window).asked[0] ?? null));
  check(asked && origins.length === 1 && origins[0] === "http://shop-en.test/*", `"Grade this site's policy" asks for this origin only: ${JSON.stringify(origins)}`);
  await new Promise((r) => setTimeout(r, 500));
  check(extensionRequests(before).length === 0, "nothing fetched without the permission");
  await popup.close();
}

async function main() {
  const server = /** @type {http.Server} */ (await startServer());
  const port = /** @type {import("node:net").AddressInfo} */ (server.address()).port;
  const base = `http://127.0.0.1:${port}`;
  console.log(`e2e: server ${base}, chromium ${CHROMIUM}`);
  mkdirSync(SHOTS, { recursive: true });
  /** @type {any[]} */
  const browsers = [];
  /** @type {(() => void)[]} */
  const cleanups = [];
  try {
    // Expected reports, computed by the same engine in Node on the served HTML.
    let started = performance.now();
    const engine = await loadEngine();
    took("engine load in Node", started);

    for (const path of ["/privacy", "/politique-de-confidentialite"]) {
      started = performance.now();
      expected[path] = await engine.analyze(PAGES[/** @type {keyof typeof PAGES} */ (path)], { url: base + path, format: "html" });
      took(`analyze ${path} in Node`, started);
    }
    const engine2 = async () => engine;

    // What the user grants with "Grade every site I visit": headless Chromium
    // cannot click the permission dialog, so these browsers load a copy of
    // the extension whose manifest grants the optional host permissions up
    // front. The dialog itself is reached below with the unmodified folder.
    const granted = mkdtempSync(join(tmpdir(), "ext-granted-"));
    cleanups.push(() => rmSync(granted, { recursive: true, force: true }));
    cpSync(EXT_DIR, granted, { recursive: true, filter: (src) => !/\/(tests|tools|screenshots)$/.test(src) });
    const gm = JSON.parse(readFileSync(join(granted, "manifest.json"), "utf8"));
    gm.host_permissions = gm.optional_host_permissions;
    writeFileSync(join(granted, "manifest.json"), JSON.stringify(gm, null, 2));
    for (const host of Object.keys(SITES)) {
      for (const path of Object.keys(SITES[/** @type {keyof typeof SITES} */ (host)])) {
        if (/privacy|donnees/.test(path)) {
          const html = SITES[/** @type {keyof typeof SITES} */ (host)][path].replaceAll("__PORT__", String(port));
          expected[`${host}${path}`] = await engine2().then((e) => e.analyze(html, { url: `http://${host}:${port}${path}`, format: "html" }));
        }
      }
    }
    (await engine2()).close();

    // ---- English browser ----
    console.log("English UI:");
    const b = await launch("en", granted);
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
    const flagsLabel = report.red_flags.length === 0 ? "no red flags" : `${report.red_flags.length} red flag`;
    check(badge.title.startsWith(`PolicyLens: grade ${report.grade.letter}, ${flagsLabel}`) && (high === 0 || badge.title.includes("serious")), `badge tooltip: "${badge.title}"`);
    const poor = ["D", "E"].includes(report.grade.letter);
    check(!poor || (badge.color[0] > 150 && badge.color[1] < 80), `badge colour ${badge.color} fits grade ${report.grade.letter}`);

    const popup = await openPopup(b, pol.tabId, "#report");
    await checkPopupReport(popup, report, en);
    check((await popup.locator("#grade-h").textContent()) === en.section_grade.message && (await popup.locator("#top-h").textContent()) === en.section_top.message, "popup headings in English");
    const shot = join(SHOTS, "popup-en.png");
    await checkFirstScreen(popup, "#report");
    await popup.screenshot({ path: shot, timeout: WAIT });
    await checkHighlight(popup, pol.page, report, en);
    await checkShadowPolicy(b, base, en);
    await checkCollapsed(b, base);

    // "Open full report" on a policy page: every clause, each linked to its
    // place in that tab (a click marks it there).
    const fullOpened = b.context.waitForEvent("page", { timeout: WAIT });
    await popup.bringToFront();
    await popup.locator("#full-report").click({ timeout: WAIT });
    const full = await fullOpened;
    await full.locator("#r-clauses > li").first().waitFor({ timeout: WAIT });
    check((await full.locator("#r-clauses > li").count()) === report.clauses.length, `full report of the policy tab lists its ${report.clauses.length} clauses`);
    const last = report.clauses[report.clauses.length - 1];
    await full.locator(`#${last.id} a.place`).click({ timeout: WAIT });
    const marked = await until("the clause clicked in the full report to be marked in the policy tab", () =>
      pol.page.evaluate(() => Array.from(document.querySelectorAll("mark.policylens-highlight"), (m) => m.textContent).join("") || null),
    );
    check(norm(last.text).startsWith(norm(marked)) || norm(last.text).endsWith(norm(marked)), `"Show in the page" marks ${last.id} in the policy tab ("${marked.slice(0, 50)}…")`);
    await full.close();

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
    // Its footer links to /privacy on the same site: the badge is that policy's grade.
    const otherBadge = await until("the site's grade on the recipe page's badge", async () =>
      (await b.worker.evaluate((/** @type {number} */ tabId) => chrome.action.getBadgeText({ tabId }), other.tabId)) || null,
    );
    check(otherBadge === expected["/privacy"].grade.letter, `recipe page badge = grade of its site's /privacy ("${otherBadge}")`);
    await recordCost(b, other.tabId);
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
    check(!(await anyway.isVisible()), "said once: no button offers the same analysis again");
    await popup2.locator("#site-grade").waitFor({ timeout: WAIT });
    check(
      (await popup2.locator("#site-grade").textContent()) === expected["/privacy"].grade.letter,
      "and the popup shows the site's own policy grade instead",
    );
    const afterBadge = await badgeOf(b, other.tabId);
    check(afterBadge === expected["/privacy"].grade.letter, `the badge still shows the site's grade ("${afterBadge}")`);
    await popup2.screenshot({ path: join(SHOTS, "popup-not-policy.png"), timeout: WAIT });

    await checkMemory(b, base);
    console.log("Policy pages the detector must read (issue #9):");
    await checkDetector(b, base);
    console.log("Site grades, English UI (issue #11):");
    await checkSites(b, port, en, "en");

    // ---- French browser ----
    console.log("French UI:");
    const bf = await launch("fr", granted);
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
    await checkFirstScreen(frPopup, "#report");
    await frPopup.screenshot({ path: join(SHOTS, "popup-fr.png"), timeout: WAIT });
    await checkHighlight(frPopup, frp.page, frEntry.report, fr);
    console.log("Site grades, French UI:");
    await checkFrenchSite(bf, port, fr);

    // The service worker is stopped when idle; its state must survive
    // (storage.session) and the popup must wake it.
    await stopWorkers(bf, frp.page);
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

    // The same tab led to another policy after the worker was stopped: the
    // restarted worker keeps the new page's state. (Its "loading" event read
    // the old page's state from storage.session while the new page's message
    // was being handled, put it back in memory and so dropped the new one.
    // Whether the two meet depends on timing here; tabstate.test.mjs pins
    // the race itself.)
    await stopWorkers(bf, frp.page);
    const navURL = `${base}/about/privacy.php`;
    await frp.page.goto(navURL, { timeout: WAIT, waitUntil: "load" });
    const navigated = await until("a result for the policy the same tab went to after a worker restart", async () => {
      const r = await withTimeout(
        frPopup2.evaluate((/** @type {number} */ tabId) => chrome.runtime.sendMessage({ type: "get-report", tabId }), frp.tabId),
        WAIT,
        "get-report",
      );
      return r?.url === navURL && r.state !== "pending" && r.state !== "reading" ? r : null;
    });
    check(navigated.state === "done" && navigated.report?.grade?.letter, `same tab, another policy, restarted worker: ${navigated.state}, grade ${navigated.report?.grade?.letter}`);

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
    await checkPermissionAsked(bx, port, en);

    console.log("timings:");
    for (const t of timings) console.log(`  ${t}`);
    console.log(`screenshots in ${SHOTS}: popup-en.png, popup-fr.png (policy pages), popup-site-en.png, popup-site-fr.png (ordinary pages), report-en.png, report-fr.png, popup-not-policy.png`);
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
