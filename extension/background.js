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
import { BADGE_COLORS, gradeTone, stateView } from "./lib/view.js";

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
 * @property {"pending"|"not_policy_page"|"done"|"error"} state
 * @property {string} url
 * @property {string} [key] the Entry's key, once known
 * @property {string} [docId] the content script's id for the document
 * @property {{code: string, message: string, language?: string}} [error] for state "error"
 */

const MAX_CACHED = 16; // reports kept in memory (each ~2-3x the policy's text)
const SESSION = chrome.storage?.session; // absent before Firefox 115 / Chrome 102

/** @type {Map<string, Entry>} key -> entry, in least-recently-used order */
const cache = new Map();
/** @type {Map<string, Promise<Entry>>} analyses under way, by key */
const pending = new Map();
/** @type {Map<number, TabEntry>} */
const tabs = new Map();
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
 * @param {number} tabId
 * @param {TabEntry|null} st null: forget the tab
 */
async function setTab(tabId, st) {
  if (st) tabs.set(tabId, st);
  else tabs.delete(tabId);
  if (!SESSION) return;
  try {
    if (st) await SESSION.set({ [`tab:${tabId}`]: st });
    else await SESSION.remove(`tab:${tabId}`);
  } catch (err) {
    console.debug("PolicyLens: storage.session:", err);
  }
}

/**
 * @param {number} tabId
 * @returns {Promise<TabEntry|undefined>}
 */
async function getTab(tabId) {
  const mem = tabs.get(tabId);
  if (mem || !SESSION) return mem;
  try {
    const st = (await SESSION.get(`tab:${tabId}`))[`tab:${tabId}`];
    if (st) tabs.set(tabId, st);
    return st;
  } catch {
    return undefined;
  }
}

/**
 * Sets the badge and tooltip of a tab from its state.
 * @param {number} tabId
 * @param {TabEntry|null} st
 * @param {Entry} [entry]
 */
async function paintBadge(tabId, st, entry) {
  const a = chrome.action;
  /** @type {{text: string, color: string, title: string}} */
  let b;
  if (!st) {
    b = { text: "", color: BADGE_COLORS.none, title: chrome.i18n.getMessage("actionTitle") };
  } else if (st.state === "pending") {
    b = { text: "…", color: BADGE_COLORS.none, title: chrome.i18n.getMessage("badge_title_pending") };
  } else if (st.state === "done" && entry?.report) {
    const g = entry.report.grade;
    const flags = entry.report.red_flags ?? [];
    const high = flags.filter((f) => f.severity === "high").length;
    b = {
      text: g.letter,
      color: BADGE_COLORS[gradeTone(g.letter)],
      title: chrome.i18n.getMessage("badge_title", [g.letter, String(flags.length), String(high)]),
    };
  } else if (st.state === "error" && entry?.error && entry.error.code !== "not_policy") {
    const view = stateView({ state: "error", error: entry.error }, (k, s) => chrome.i18n.getMessage(k, s), chrome.i18n.getMessage("uiLang"));
    b = { text: "?", color: BADGE_COLORS.none, title: chrome.i18n.getMessage("badge_title_error", [view.message]) };
  } else {
    b = { text: "", color: BADGE_COLORS.none, title: chrome.i18n.getMessage("actionTitle") };
  }
  try {
    await a.setBadgeText({ tabId, text: b.text });
    await a.setBadgeBackgroundColor({ tabId, color: b.color });
    if (typeof a.setBadgeTextColor === "function") await a.setBadgeTextColor({ tabId, color: "#ffffff" });
    await a.setTitle({ tabId, title: b.title });
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
  await setTab(tabId, null);
  await paintBadge(tabId, null);
}

// ---- messages -------------------------------------------------------------------

/**
 * The tab state the popup reads: {state, url, report?, error?, timings?}.
 * @param {TabEntry|undefined} st
 * @param {Entry} [entry]
 */
function answer(st, entry) {
  if (!st) return { state: "none" };
  if (entry) return { state: entry.state, url: st.url, report: entry.report, error: entry.error, timings: entry.timings };
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
    const st = { state: "pending", url, docId };
    await setTab(tabId, st);
    paintBadge(tabId, st);
    const job = analyzePage(url, String(msg.title ?? ""), msg.html);
    tabPending.set(tabId, job);
    const entry = await job;
    // The tab may have navigated away meanwhile: only then is its state ours.
    if (tabs.get(tabId) !== st) return answer({ state: entry.state, url }, entry);
    tabPending.delete(tabId);
    // The error rides on the tab state too: load failures are not cached.
    const done = { state: entry.state, url, key: entry.key, docId, error: entry.error };
    await setTab(tabId, done);
    await paintBadge(tabId, done, entry);
    return answer(done, entry);
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
      state: /** @type {"not_policy_page"} */ ("not_policy_page"),
      url: String(msg.url ?? ""),
      docId: typeof msg.docId === "string" ? msg.docId : undefined,
    };
    await setTab(tabId, st);
    await paintBadge(tabId, st);
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
    const st = await getTab(tabId);
    if (!st || !st.key) return answer(st);
    const entry = await cached(st.key);
    if (entry) return answer(st, entry);
    if (st.state === "error" && st.error) return { state: "error", url: st.url, error: st.error };
    return answer(undefined);
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
  const before = await getTab(tabId);
  if (!before) {
    await paintBadge(tabId, null);
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
  if (!same && tabs.get(tabId) === before) await clearTab(tabId);
});
chrome.tabs.onRemoved.addListener((tabId) => {
  clearTab(tabId);
});

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
  /** The tabs a content script has reported, with their URL and state. */
  tabs: () => Array.from(tabs, ([id, st]) => ({ id, url: st.url, state: st.state })),
  getEngine,
};
