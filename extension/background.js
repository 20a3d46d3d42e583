// Background of the extension: owns the engine, analyses the pages the
// content script sends, caches the results, keeps the toolbar badge, and
// answers the popup.
//
// One file for both browsers. Chromium runs it as a module service worker
// (manifest "service_worker" + "type": "module"); Firefox, which has no
// extension service workers, as a module background script ("scripts").
// Service workers forbid dynamic import() and module workers have no
// importScripts, so Go's wasm_exec.js comes in through the static import
// below, which works in both; it defines globalThis.Go before engine.js runs.
import "./wasm_exec.js";
import { loadEngine } from "./lib/engine.js";
import { BADGE_COLORS, findingSentences, flagsPhrase, gradeTone, isThin, stateView } from "./lib/view.js";
import { PolicyCache, memoryStorage } from "./lib/cache.js";
import { createSiteGrader } from "./lib/sitegrade.js";
import { Memory } from "./lib/memory.js";
import { readDate } from "./lib/changes.js";
import { TabStates } from "./lib/tabstate.js";

/** @typedef {import("./lib/engine.js").Report} Report */
/** @typedef {import("./lib/engine.js").Engine} Engine */

/**
 * What the background knows about one analysis (one URL + content hash).
 * @typedef {Object} Entry
 * @property {"done"|"error"} state
 * @property {string} key URL without fragment + "#" + SHA-256 of the HTML
 * @property {string} url
 * @property {Report} [report]
 * @property {{code: string, message: string, language?: string}} [error]
 * @property {Timings} timings
 */

/**
 * Measured with performance.now() in the background; the bench reads them.
 * @typedef {Object} Timings
 * @property {number} hashMs SHA-256 of the page's HTML
 * @property {number} queueMs waiting for the engine (its load included) and earlier analyses
 * @property {number} analyzeMs the engine's analyze call
 * @property {number} engineLoadMs loading the engine (once per background start)
 * @property {{fetchMs: number, compileMs: number, startMs: number}|null} engine engine.js's own split
 * @property {number} htmlBytes UTF-16 length of the HTML received
 * @property {boolean} cached whether this answer came from the cache
 */

/**
 * What the background knows about one tab.
 * @typedef {Object} TabEntry
 * @property {"pending"|"reading"|"not_policy_page"|"done"|"error"} state
 * @property {string} url
 * @property {string} [key] the Entry's key, once known
 * @property {string} [docId] the content script's id for the document
 * @property {{code: string, message: string, language?: string}} [error] for state "error"
 * @property {import("./lib/memory.js").Change} [change] what changed since the user last read this policy
 * @property {import("./lib/sitegrade.js").PolicyLink|null} [siteLink] an ordinary page's link to its site's policy
 * @property {boolean} [siteChecked] the content script has looked for that link
 * @property {number} [contentMs] main-thread time the content script spent on the page
 * @property {Record<string, number>} [contentCosts] the same per step (detect, findPolicyLink)
 */

const MAX_CACHED = 16; // reports kept in memory (each ~2-3x the policy's text)
const SESSION = chrome.storage?.session; // absent before Firefox 115 / Chrome 102

/** @type {Map<string, Entry>} key -> entry, in least-recently-used order */
const cache = new Map();
/** @type {Map<string, Promise<Entry>>} analyses under way, by key */
const pending = new Map();
/** @type {TabStates<TabEntry>} what each tab shows, mirrored in storage.session */
const tabs = new TabStates(SESSION);
/** @type {Map<number, Promise<Entry>>} the pending analysis of each tab */
const tabPending = new Map();
/** Pages answered from the cache since this worker started (tests, bench). */
let cacheHits = 0;

// ---- engine ----------------------------------------------------------------

/** @type {Promise<Engine>|null} */
let enginePromise = null;
/** @type {{state: "idle"|"loading"|"ready"|"failed", loadMs: number, timings: Engine["timings"]|null, error: string}} */
const engineInfo = { state: "idle", loadMs: 0, timings: null, error: "" };
/** Analyses run one after another: the engine runs on this thread anyway. */
let queue = Promise.resolve();

/**
 * The engine, loaded once; callers wait in line until it is ready. A failed
 * load is reported to every waiting caller and retried on the next request.
 * @returns {Promise<Engine>}
 */
function getEngine() {
  if (!enginePromise) {
    const t0 = performance.now();
    engineInfo.state = "loading";
    enginePromise = loadEngine({ wasmExecLoaded: true }).then(
      (engine) => {
        engineInfo.state = "ready";
        engineInfo.loadMs = performance.now() - t0;
        engineInfo.timings = engine.timings;
        engineInfo.error = "";
        return engine;
      },
      (err) => {
        engineInfo.state = "failed";
        engineInfo.loadMs = performance.now() - t0;
        engineInfo.error = err instanceof Error ? err.message : String(err);
        console.error("PolicyLens: engine load failed:", err);
        enginePromise = null;
        throw err;
      },
    );
  }
  return enginePromise;
}

// ---- analysis ----------------------------------------------------------------

/**
 * @param {string} text
 * @returns {Promise<string>} hex SHA-256 of the UTF-8 text
 */
async function sha256(text) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** @param {string} url @returns {string} the URL without its fragment */
function pageURL(url) {
  const i = String(url).indexOf("#");
  return i < 0 ? String(url) : String(url).slice(0, i);
}

/**
 * Turns anything thrown into the {code, message, language} the popup reads.
 * @param {unknown} err
 * @returns {{code: string, message: string, language?: string}}
 */
function toError(err) {
  const e = /** @type {any} */ (err);
  const out = { code: typeof e?.code === "string" && e.code ? e.code : "internal", message: e?.message ?? String(err) };
  if (e?.language) out.language = String(e.language);
  return out;
}

/**
 * Analyses one page, or returns the cached result for the same URL and HTML.
 * @param {string} url
 * @param {string} title
 * @param {string} html
 * @returns {Promise<Entry>}
 */
async function analyzePage(url, title, html) {
  const t0 = performance.now();
  const key = `${pageURL(url)}#${await sha256(html)}`;
  const hashMs = performance.now() - t0;
  const hit = await cached(key);
  if (hit) {
    cacheHits++;
    return { ...hit, timings: { ...hit.timings, hashMs, cached: true } };
  }
  const running = pending.get(key);
  if (running) return running;

  const job = (async () => {
    const tq = performance.now();
    /** @type {Entry} */
    let entry;
    try {
      const engine = await getEngine();
      const queueMs = performance.now() - tq;
      const ta = performance.now();
      const report = await engine.analyze(html, { url, title, format: "html" });
      entry = {
        state: "done",
        key,
        url,
        report,
        timings: timings(hashMs, queueMs, performance.now() - ta, html.length),
      };
    } catch (err) {
      entry = {
        state: "error",
        key,
        url,
        error: toError(err),
        timings: timings(hashMs, performance.now() - tq, 0, html.length),
      };
    }
    // A failed load or a cancelled call may work next time: not cached.
    const code = entry.error?.code;
    if (code !== "load_failed" && code !== "canceled" && code !== "internal") await remember(entry);
    return entry;
  })();
  const queued = queue.then(() => job);
  // The queue itself never rejects (job catches everything).
  queue = queued.then(
    () => undefined,
    () => undefined,
  );
  pending.set(key, queued);
  try {
    return await queued;
  } finally {
    pending.delete(key);
  }
}

/**
 * @param {number} hashMs
 * @param {number} queueMs
 * @param {number} analyzeMs
 * @param {number} htmlBytes
 * @returns {Timings}
 */
function timings(hashMs, queueMs, analyzeMs, htmlBytes) {
  return {
    hashMs,
    queueMs,
    analyzeMs,
    engineLoadMs: engineInfo.loadMs,
    engine: engineInfo.timings,
    htmlBytes,
    cached: false,
  };
}

/**
 * Looks a result up in memory, then in storage.session (a restarted worker).
 * @param {string} key
 * @returns {Promise<Entry|undefined>}
 */
async function cached(key) {
  const mem = cache.get(key);
  if (mem) {
    cache.delete(key);
    cache.set(key, mem); // most recently used last
    return mem;
  }
  if (!SESSION) return undefined;
  try {
    const got = await SESSION.get(`entry:${key}`);
    const entry = got[`entry:${key}`];
    if (entry) remember(entry, false);
    return entry;
  } catch {
    return undefined;
  }
}

/**
 * Keeps a result in memory (bounded) and in storage.session (best effort:
 * its quota is 10 MB; a full store only costs a re-analysis).
 * @param {Entry} entry
 * @param {boolean} [persist]
 */
async function remember(entry, persist = true) {
  cache.delete(entry.key);
  cache.set(entry.key, entry);
  while (cache.size > MAX_CACHED) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  if (persist && SESSION) {
    try {
      await SESSION.set({ [`entry:${entry.key}`]: entry });
    } catch (err) {
      console.debug("PolicyLens: storage.session:", err);
    }
  }
}

// ---- tabs and badge ------------------------------------------------------------

/**
 * Sets the badge and tooltip of a tab from its state.
 * @param {number} tabId
 * @param {TabEntry|null} st
 * @param {Entry} [entry]
 */
async function paintBadge(tabId, st, entry) {
  /** @type {{text: string, color: string, title: string}} */
  let b;
  if (!st) {
    b = { text: "", color: BADGE_COLORS.none, title: chrome.i18n.getMessage("actionTitle") };
  } else if (st.state === "pending") {
    b = { text: "…", color: BADGE_COLORS.none, title: chrome.i18n.getMessage("badge_title_pending") };
  } else if (st.state === "done" && entry?.report) {
    const letter = gradeLetter(entry.report);
    const flags = flagsPhrase((k, subs) => chrome.i18n.getMessage(k, subs), "", entry.report.red_flags ?? []);
    b = {
      text: letter,
      color: BADGE_COLORS[gradeTone(letter)],
      title: chrome.i18n.getMessage("badge_title", [letter, flags]),
    };
    if (st.change) b = changedBadge(b, st.change);
  } else if (st.state === "error" && entry?.error && entry.error.code !== "not_policy") {
    const view = stateView({ state: "error", error: entry.error }, (k, s) => chrome.i18n.getMessage(k, s), chrome.i18n.getMessage("uiLang"));
    b = { text: "?", color: BADGE_COLORS.none, title: chrome.i18n.getMessage("badge_title_error", [view.message]) };
  } else {
    b = { text: "", color: BADGE_COLORS.none, title: chrome.i18n.getMessage("actionTitle") };
  }
  await setBadge(tabId, b);
}

/**
 * Shows a badge on a tab's action: the tooltip and colours first, the text
 * last, so that whoever sees the new text (a user, a test waiting for it)
 * sees the tooltip that goes with it.
 * @param {number} tabId
 * @param {{text: string, color: string, title: string}} b
 */
async function setBadge(tabId, b) {
  const a = chrome.action;
  try {
    await a.setTitle({ tabId, title: b.title });
    await a.setBadgeBackgroundColor({ tabId, color: b.color });
    if (typeof a.setBadgeTextColor === "function") await a.setBadgeTextColor({ tabId, color: "#ffffff" });
    await a.setBadgeText({ tabId, text: b.text });
  } catch (err) {
    // The tab closed or navigated meanwhile.
    console.debug("PolicyLens: badge:", err);
  }
}

/**
 * Forgets a tab's state (navigation, close) and clears its badge.
 * @param {number} tabId
 */
async function clearTab(tabId) {
  tabPending.delete(tabId);
  await tabs.set(tabId, null);
  await paintBadge(tabId, null);
}

// ---- memory of the policies read (lib/memory.js) --------------------------------

/** Per-site memory in storage.local; absent where there is no storage.local. */
const memory = chrome.storage?.local ? new Memory(chrome.storage.local) : null;
/** @type {Map<number, Promise<unknown>>} memory checks under way, by tab */
const memoryPending = new Map();

/**
 * After a tab's analysis: compares the report with the version of the
 * policy the user last read. A change rides on the tab state (badge mark,
 * popup) and the memory keeps the old version until the popup has shown the
 * change ("memory-read"); a first reading is remembered now, and no change
 * only moves the date of the last reading (Memory.observe).
 * Runs after the badge shows the grade, so a page with no change waits for
 * nothing.
 * @param {number} tabId
 * @param {TabEntry} st
 * @param {Entry} entry
 * @returns {Promise<TabEntry>} the tab's state now
 */
async function checkMemory(tabId, st, entry) {
  if (!memory || entry.state !== "done" || !entry.report) return st;
  const report = entry.report;
  const job = (async () => {
    try {
      const change = await memory.observe(st.url, report);
      if (!change) return st;
      if (tabs.peek(tabId) !== st) return st; // navigated meanwhile
      const next = { ...st, change };
      await tabs.set(tabId, next);
      await paintBadge(tabId, next, entry);
      return next;
    } catch (err) {
      console.debug("PolicyLens: memory:", err);
      return st;
    }
  })();
  memoryPending.set(tabId, job);
  try {
    return await job;
  } finally {
    if (memoryPending.get(tabId) === job) memoryPending.delete(tabId);
  }
}

/**
 * The badge of a policy changed since the user last read it: a mark after
 * the grade, and the date of the last reading in the tooltip.
 * @param {{text: string, color: string, title: string}} b
 * @param {import("./lib/memory.js").Change} change
 */
function changedBadge(b, change) {
  const uiLang = chrome.i18n.getMessage("uiLang") || chrome.i18n.getUILanguage();
  return { ...b, text: `${b.text}•`, title: chrome.i18n.getMessage("badge_title_changed", [readDate(change.since, uiLang), b.title]) };
}

// ---- messages -------------------------------------------------------------------

/**
 * The tab state the popup reads: {state, url, report?, error?, timings?}.
 * @param {TabEntry|undefined} st
 * @param {Entry} [entry]
 */
function answer(st, entry) {
  if (!st) return { state: "none" };
  if (entry) return { state: entry.state, url: st.url, report: entry.report, error: entry.error, timings: entry.timings, change: st.change };
  return { state: st.state, url: st.url };
}

/** One handler per message type. */
const handlers = {
  /**
   * From the content script: analyse this page.
   * @param {{url: string, title: string, html: string, docId?: string}} msg
   * @param {chrome.runtime.MessageSender} sender
   */
  async analyze(msg, sender) {
    // msg.docId: see onUpdated below.
    const tabId = sender.tab?.id;
    if (typeof msg.html !== "string" || msg.html === "") {
      return { state: "error", error: { code: "bad_argument", message: "no html" } };
    }
    const url = String(msg.url ?? sender.tab?.url ?? "");
    if (tabId === undefined) {
      // Not from a tab (a test page, another extension page): analyse, no badge.
      const entry = await analyzePage(url, String(msg.title ?? ""), msg.html);
      return answer({ state: entry.state, url }, entry);
    }
    const docId = typeof msg.docId === "string" ? msg.docId : undefined;
    /** @type {TabEntry} */
    // "Analyse anyway" on an ordinary page keeps what is known of its site.
    const before = tabs.peek(tabId);
    const site = before && before.url === url ? { siteLink: before.siteLink, siteChecked: before.siteChecked } : {};
    const st = { state: "pending", url, docId, ...site };
    await tabs.set(tabId, st);
    await paintBadge(tabId, st); // awaited: a late "analysing…" title must not overwrite the result
    const job = analyzePage(url, String(msg.title ?? ""), msg.html);
    tabPending.set(tabId, job);
    const entry = await job;
    // The tab may have navigated away meanwhile: only then is its state ours.
    if (tabs.peek(tabId) !== st) return answer({ state: entry.state, url }, entry);
    tabPending.delete(tabId);
    // The error rides on the tab state too: load failures are not cached.
    const done = { state: entry.state, url, key: entry.key, docId, error: entry.error, ...site };
    await tabs.set(tabId, done);
    await paintBadge(tabId, done, entry);
    if (entry.report && highlightTabs.delete(tabId)) markFindings(tabId, entry.report);
    if (showsSiteGrade(done)) {
      const known = siteGrader.state(siteOf(url));
      if (known?.state === "done") await paintSiteBadge(tabId, known);
    }
    const now = await checkMemory(tabId, done, entry);
    return answer(now, entry);
  },

  /**
   * From the content script: the heuristic says this is not a policy.
   * @param {{url: string, docId?: string}} msg
   * @param {chrome.runtime.MessageSender} sender
   */
  async "page-status"(msg, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false };
    const st = {
      state: /** @type {"not_policy_page"|"reading"} */ (msg.waiting === true ? "reading" : "not_policy_page"),
      url: String(msg.url ?? ""),
      docId: typeof msg.docId === "string" ? msg.docId : undefined,
      contentMs: typeof msg.cost === "number" ? msg.cost : undefined,
      contentCosts: msg.costs && typeof msg.costs === "object" ? msg.costs : undefined,
    };
    if (st.state === "reading") {
      // The content script watches a page whose text is still coming.
      await tabs.set(tabId, st);
      await paintBadge(tabId, st);
      return { ok: true, analyze: highlightTabs.has(tabId) };
    }
    // The site's policy link (lib/sitepolicy.js), graded in the background.
    const link = validLink(msg.policyLink);
    /** @type {TabEntry} */
    const withSite = { ...st, siteLink: link, siteChecked: msg.siteChecked === true };
    await tabs.set(tabId, withSite);
    const known = siteGrader.state(siteOf(withSite.url));
    if (known?.state === "done") await paintSiteBadge(tabId, known);
    else await paintBadge(tabId, withSite);
    // A tab opened by "Open the policy with highlights": analyse it whatever
    // the heuristic says.
    if (highlightTabs.has(tabId)) return { ok: true, analyze: true };
    if (withSite.siteChecked) visitSite(withSite.url, link);
    return { ok: true };
  },

  /**
   * From the popup: what is known about a tab. Waits for an analysis under way.
   * @param {{tabId: number}} msg
   */
  async "get-report"(msg) {
    const tabId = Number(msg.tabId);
    if (!Number.isInteger(tabId)) return { state: "error", error: { code: "bad_argument", message: "tabId" } };
    const job = tabPending.get(tabId);
    if (job) await job.catch(() => undefined);
    await memoryPending.get(tabId);
    const st = await tabs.get(tabId);
    if (st && st.state === "not_policy_page") return { ...answer(st), site: await siteAnswer(st) };
    if (!st || !st.key) return answer(st);
    const entry = await cached(st.key);
    if (entry) {
      // No policy in this page's text: the site's own policy is the answer.
      if (entry.error?.code === "not_policy" && st.siteChecked) return { ...answer(st, entry), site: await siteAnswer(st) };
      return answer(st, entry);
    }
    if (st.state === "error" && st.error) return { state: "error", url: st.url, error: st.error };
    return answer(undefined);
  },

  /**
   * From the popup, once it has shown a change: the user has now read this
   * version of the policy.
   * @param {{tabId: number}} msg
   */
  async "memory-read"(msg) {
    const st = await tabs.get(Number(msg.tabId));
    const entry = st?.key ? await cached(st.key) : undefined;
    if (!memory || !st || !entry?.report) return { ok: false };
    return { ok: await memory.remember(st.url, entry.report) };
  },

  /** For tests and the bench: engine state and timings. */
  async stats() {
    return { engine: { ...engineInfo }, cached: cache.size, tabs: tabs.size, cacheHits };
  },
};

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  const handler = handlers[/** @type {keyof typeof handlers} */ (msg?.type)];
  if (!handler) return false;
  Promise.resolve()
    .then(() => handler(/** @type {any} */ (msg), sender))
    .then(sendResponse, (err) => sendResponse({ state: "error", error: toError(err) }));
  return true; // answered asynchronously
});

chrome.tabs.onUpdated.addListener(async (tabId, info) => {
  if (info.status !== "loading") return;
  // "loading" also fires for a #fragment change (a table of contents link),
  // which keeps the document and its report. Without the "tabs" permission
  // the URL is not given, so ask the tab's content script which document it
  // is: the same id means the same document.
  // The state when the event came: one the new page set while storage was
  // read (a slow read, a busy machine) is not the old page's.
  const before = await tabs.atCall(tabId);
  if (!before) {
    // Nothing of the old page; a state set meanwhile is the new page's,
    // and so is its badge.
    if (!tabs.peek(tabId)) await paintBadge(tabId, null);
    return;
  }
  let same = false;
  if (before.docId) {
    try {
      const res = await Promise.race([
        chrome.tabs.sendMessage(tabId, { type: "ping" }),
        new Promise((resolve) => setTimeout(resolve, 1000)),
      ]);
      same = /** @type {any} */ (res)?.docId === before.docId;
    } catch {
      same = false; // no content script: a new document (or none)
    }
  }
  // Only clear what was there when the event came: the new document's
  // content script may already have reported.
  if (!same && tabs.peek(tabId) === before) await clearTab(tabId);
});
chrome.tabs.onRemoved.addListener((tabId) => {
  clearTab(tabId);
});

// ---- site grades (issue #11; the logic is lib/sitegrade.js) --------------------

const LOCAL = chrome.storage?.local;
const siteCache = new PolicyCache({ storage: LOCAL ?? memoryStorage() });
/** Tabs opened by "Open the policy with highlights": analysed and marked once loaded. */
const highlightTabs = new Set();

const siteGrader = createSiteGrader({
  cache: siteCache,
  prefs: LOCAL ?? memoryStorage(),
  sha256,
  analyze: (html, url) => analyzePage(url, "", html),
  hasPermission: async (url) => {
    try {
      return await chrome.permissions.contains({ origins: [originPattern(url)] });
    } catch {
      return false;
    }
  },
  // Idle priority: a site job starts only when no page analysis is waiting.
  idle: async () => {
    for (;;) {
      await queue;
      await new Promise((r) => setTimeout(r, 50));
      if (pending.size === 0) return;
    }
  },
  onChange: (site, st) => {
    for (const [tabId, tab] of tabs) {
      if (showsSiteGrade(tab) && siteOf(tab.url) === site) paintSiteBadge(tabId, st);
    }
  },
});

/**
 * Whether a tab's badge is its site's policy grade: an ordinary page, or one
 * the engine found no policy in ("Analyse anyway").
 * @param {TabEntry} tab
 */
function showsSiteGrade(tab) {
  return tab.state === "not_policy_page" || (tab.state === "error" && tab.error?.code === "not_policy");
}

/** @param {string} url @returns {string} "scheme://host/*", the host permission a URL needs */
function originPattern(url) {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** @param {string} url @returns {string} the URL's registrable domain */
function siteOf(url) {
  return /** @type {any} */ (globalThis).PolicyLensSite.siteOf(url);
}

/**
 * A policy link as the content script sent it, checked.
 * @param {any} link
 * @returns {import("./lib/sitegrade.js").PolicyLink|null}
 */
function validLink(link) {
  if (!link || typeof link.url !== "string" || !/^https?:\/\//.test(link.url)) return null;
  return { url: link.url, sameSite: link.sameSite === true, site: siteOf(link.url), how: Array.isArray(link.how) ? link.how.map(String) : [] };
}

/**
 * Grades the site of a page (in the background; errors end up in its state).
 * @param {string} pageURL
 * @param {import("./lib/sitegrade.js").PolicyLink|null} link
 */
function visitSite(pageURL, link) {
  return siteGrader.visit(pageURL, link).catch((err) => {
    console.debug("PolicyLens: site grade:", err);
    return undefined;
  });
}

/**
 * What the popup shows about the site of an ordinary page.
 * @param {TabEntry} st
 */
async function siteAnswer(st) {
  if (!st.siteChecked) return { state: "checking", site: siteOf(st.url) };
  const key = siteOf(st.url);
  // A restarted worker: work it out again from the link the page reported,
  // waiting a moment only (a site being graded answers "pending"; the popup
  // asks again).
  const site =
    siteGrader.state(key) ??
    (await Promise.race([visitSite(st.url, st.siteLink ?? null), new Promise((r) => setTimeout(r, SITE_ANSWER_MS))])) ??
    siteGrader.state(key);
  if (!site) return { state: "error", site: siteOf(st.url), error: { code: "internal", message: "" } };
  // The match pattern the popup asks for: the policy's scheme and host, any
  // port (Firefox's match patterns cannot name a port).
  const origin = site.link ? originPattern(site.link.url).slice(0, -2) : "";
  return { ...site, origin };
}

/**
 * The badge of an ordinary page: its site's policy grade.
 * @param {number} tabId
 * @param {import("./lib/sitegrade.js").SiteState} st
 */
async function paintSiteBadge(tabId, st) {
  if (st.state !== "done" || !st.report) return;
  const g = st.report.grade;
  const letter = gradeLetter(st.report);
  await setBadge(tabId, {
    text: letter,
    color: BADGE_COLORS[gradeTone(letter)],
    title: letter === "–" ? chrome.i18n.getMessage("badge_title_site_thin", [st.site]) : chrome.i18n.getMessage("badge_title_site", [g.letter, st.site]),
  });
}

/**
 * The letter shown for a report: "–" when there is too little text to grade.
 * @param {any} report
 */
function gradeLetter(report) {
  return isThin(report) ? "–" : report.grade.letter;
}

/**
 * Marks the findings of a report in the tab that shows the policy.
 * @param {number} tabId
 * @param {Report} report
 */
function markFindings(tabId, report) {
  chrome.tabs.sendMessage(tabId, { type: "mark-findings", sentences: findingSentences(report) }).catch((err) => console.debug("PolicyLens: mark:", err));
}

Object.assign(handlers, {
  /**
   * From the popup: the user answered "fetch this site's policy from another site?".
   * @param {{tabId: number, yes: boolean}} msg
   */
  async "site-answer"(msg) {
    const st = await tabs.get(Number(msg.tabId));
    if (!st) return { ok: false };
    await siteGrader.answerCross(siteOf(st.url), msg.yes === true);
    return { ok: true, site: await siteAnswerNow(st) };
  },

  /**
   * From the popup, once a permission was granted: grade the tab's site now.
   * @param {{tabId: number}} msg
   */
  async "site-grade"(msg) {
    const st = await tabs.get(Number(msg.tabId));
    if (!st) return { ok: false };
    return { ok: true, site: await siteAnswerNow(st) };
  },

  /**
   * From the popup: open the site's policy in a new tab and mark its findings.
   * @param {{url: string}} msg
   */
  async "open-policy"(msg) {
    if (typeof msg.url !== "string" || !/^https?:\/\//.test(msg.url)) return { ok: false };
    const tab = await chrome.tabs.create({ url: msg.url });
    if (tab.id !== undefined) highlightTabs.add(tab.id);
    return { ok: true, tabId: tab.id };
  },

  /**
   * From the full report page: a site's cached policy report.
   * @param {{url: string}} msg
   */
  async "get-policy-report"(msg) {
    const rec = await siteCache.get(String(msg.url ?? ""));
    if (!rec) return { state: "none" };
    return rec.error ? { state: "error", error: rec.error, url: rec.policyURL } : { state: "done", report: rec.report, url: rec.policyURL, readAt: rec.readAt };
  },

  /** For the tests: the site grader's counters. */
  async "site-stats"() {
    return { ...siteGrader.counters, cached: (await siteCache.keys()).length };
  },
});

/** How long the popup's question waits for a site's state before it hears "pending". */
const SITE_ANSWER_MS = 300;

/**
 * Grades a tab's site again now (after an answer or a permission); answers
 * once the state is known or the grading has started.
 * @param {TabEntry} st
 */
async function siteAnswerNow(st) {
  await Promise.race([visitSite(st.url, st.siteLink ?? null), new Promise((r) => setTimeout(r, SITE_ANSWER_MS))]);
  return siteAnswer(st);
}

// When the engine starts. A service worker is stopped after half a minute
// idle and restarted by the next event, typically a page whose report is
// already cached (storage.session) or a popup reading one: loading the
// engine at every worker start would pay its start-up for nothing, so the
// engine is loaded by the first analysis that misses the cache
// (analyzePage). Only when the browser or the extension starts, when
// nothing is cached yet and pages are about to be read, is it loaded at
// once, so that the first page does not wait for it. A failure is reported
// to the analysis that needs the engine.
const warmUp = () => {
  getEngine().catch(() => undefined);
};
chrome.runtime.onStartup?.addListener(warmUp);
chrome.runtime.onInstalled?.addListener(warmUp);

// For the end-to-end test and the bench (reached through the service worker).
/** @type {any} */ (globalThis).policylensBackground = {
  engineInfo: () => ({ ...engineInfo }),
  tabState: async (/** @type {number} */ tabId) => handlers["get-report"]({ tabId }),
  siteStats: () => ({ ...siteGrader.counters }),
  siteState: (/** @type {string} */ site) => siteGrader.state(site),
  /** The tabs a content script has reported, with their URL and state. */
  tabs: () => Array.from(tabs, ([id, st]) => ({ id, url: st.url, state: st.state, siteChecked: st.siteChecked, siteLink: st.siteLink, contentMs: st.contentMs, contentCosts: st.contentCosts })),
  getEngine,
};
