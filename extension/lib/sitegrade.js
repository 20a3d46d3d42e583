// Grading a site from its own privacy policy (issue #11), in the background.
//
// The content script of an ordinary page finds the site's policy link
// (lib/sitepolicy.js) and reports it. Then, for that site:
//   1. a fresh report for that policy URL in the cache (lib/cache.js): done,
//      nothing fetched, nothing analysed;
//   2. a policy on another registrable domain: asked once per site (the
//      answer is kept in storage.local);
//   3. no host permission for the policy's origin: the popup offers to grant
//      it (for every site, or this one only);
//   4. otherwise the policy is fetched (no cookies, no referrer, size cap,
//      timeout) and analysed, one site at a time, after the pages the user
//      opened: site jobs wait until the engine's queue is idle.
// A stale record is shown meanwhile, and the page is analysed again only if
// its SHA-256 changed.
//
// Every network request the extension makes is fetchPolicy's (listed in
// extension/README.md). Dependencies are injected so that the whole flow is
// unit-tested in Node (extension/tests/sitegrade.test.mjs).
import "./sitepolicy.js";

/** @typedef {import("./cache.js").PolicyRecord} PolicyRecord */
/** @typedef {import("./cache.js").PolicyCache} PolicyCache */

/** Largest policy page fetched, in bytes (the engine reads up to 5 MiB). */
export const MAX_FETCH_BYTES = 3 * 1024 * 1024;
/** Fetch timeout. */
export const FETCH_TIMEOUT_MS = 15000;

/**
 * @typedef {Object} PolicyLink what the content script found (lib/sitepolicy.js)
 * @property {string} url
 * @property {boolean} sameSite
 * @property {string} site the policy's registrable domain
 * @property {string[]} [how]
 */

/**
 * What is known about one site, as the popup reads it.
 * @typedef {Object} SiteState
 * @property {"no_link"|"ask_cross"|"declined"|"need_permission"|"pending"|"done"|"error"} state
 * @property {string} site the page's registrable domain
 * @property {PolicyLink} [link]
 * @property {number} [readAt]
 * @property {boolean} [stale] the record is older than a day (a refresh is under way or will be)
 * @property {any} [report]
 * @property {{code: string, message: string, language?: string}} [error]
 */

/**
 * @typedef {Object} Deps
 * @property {PolicyCache} cache
 * @property {(html: string, url: string) => Promise<{state: string, report?: any, error?: any}>} analyze
 * @property {(url: string) => Promise<boolean>} hasPermission host permission for the URL's origin
 * @property {{get: (k: string) => Promise<Record<string, any>>, set: (o: Record<string, any>) => Promise<void>}} prefs storage.local
 * @property {(url: string) => Promise<{html: string, url: string}>} [fetchPolicy]
 * @property {(text: string) => Promise<string>} sha256
 * @property {() => Promise<void>} [idle] resolves when the engine has nothing else to do
 * @property {(site: string, st: SiteState) => void} [onChange] a site's state changed
 * @property {() => number} [now]
 */

/**
 * Fetches a policy page: no cookies, no referrer, at most MAX_FETCH_BYTES,
 * FETCH_TIMEOUT_MS. Decodes the bytes with the charset of the Content-Type
 * header or of a <meta charset> in the first KB, else UTF-8.
 * @param {string} url
 * @param {{fetch?: typeof fetch, maxBytes?: number, timeoutMs?: number}} [opts]
 * @returns {Promise<{html: string, url: string}>} url: after redirects
 */
export async function fetchPolicy(url, opts = {}) {
  const doFetch = opts.fetch ?? fetch;
  const maxBytes = opts.maxBytes ?? MAX_FETCH_BYTES;
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), opts.timeoutMs ?? FETCH_TIMEOUT_MS);
  try {
    let res;
    try {
      res = await doFetch(url, {
        credentials: "omit",
        referrerPolicy: "no-referrer",
        redirect: "follow",
        cache: "no-cache",
        signal: ctl.signal,
        headers: { accept: "text/html,application/xhtml+xml,text/plain;q=0.8" },
      });
    } catch (err) {
      throw coded("fetch_failed", ctl.signal.aborted ? "timed out" : String(/** @type {any} */ (err)?.message ?? err));
    }
    if (!res.ok) throw coded("fetch_failed", `HTTP ${res.status}`);
    const type = (res.headers.get("content-type") ?? "").toLowerCase();
    if (type && !/^(?:text\/html|application\/xhtml\+xml|text\/plain)\b/.test(type)) {
      throw coded("not_html", `the policy is ${type.split(";")[0]}, not a web page`);
    }
    const declared = Number(res.headers.get("content-length") ?? "0");
    if (declared > maxBytes) throw coded("too_large", `${declared} bytes`);
    const bytes = await readCapped(res, maxBytes, ctl);
    return { html: decode(bytes, type), url: res.url || url };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * @param {Response} res
 * @param {number} maxBytes
 * @param {AbortController} ctl
 * @returns {Promise<Uint8Array>}
 */
async function readCapped(res, maxBytes, ctl) {
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  /** @type {Uint8Array[]} */
  const parts = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    n += value.byteLength;
    if (n > maxBytes) {
      ctl.abort();
      throw coded("too_large", `more than ${maxBytes} bytes`);
    }
    parts.push(value);
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/**
 * @param {Uint8Array} bytes
 * @param {string} contentType
 * @returns {string}
 */
export function decode(bytes, contentType) {
  let charset = (contentType.match(/charset=["']?([\w-]+)/i) ?? [])[1];
  if (!charset) {
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
    charset = (head.match(/<meta[^>]+charset=["']?([\w-]+)/i) ?? [])[1];
  }
  try {
    return new TextDecoder(charset || "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/**
 * @param {string} code
 * @param {string} message
 * @returns {Error & {code: string}}
 */
function coded(code, message) {
  const e = /** @type {Error & {code: string}} */ (new Error(message));
  e.code = code;
  return e;
}

/** Key under which the answer to "fetch the policy from another site?" is kept. */
const crossKey = (/** @type {string} */ site) => `crosssite:${site}`;

/**
 * Creates the site grader.
 * @param {Deps} deps
 */
export function createSiteGrader(deps) {
  const now = deps.now ?? Date.now;
  const doFetch = deps.fetchPolicy ?? ((/** @type {string} */ u) => fetchPolicy(u));
  const idle = deps.idle ?? (() => Promise.resolve());
  /** @type {Map<string, SiteState>} by page site */
  const sites = new Map();
  /** @type {Map<string, Promise<PolicyRecord>>} jobs by policy URL */
  const running = new Map();
  /** Site jobs run one after another. */
  let chain = Promise.resolve();
  const counters = { fetches: 0, analyses: 0, cacheHits: 0, unchanged: 0 };

  /**
   * @param {string} site
   * @param {SiteState} st
   * @returns {SiteState}
   */
  function set(site, st) {
    sites.set(site, st);
    deps.onChange?.(site, st);
    return st;
  }

  /**
   * @param {string} site
   * @param {PolicyLink} link
   * @param {PolicyRecord} rec
   * @returns {SiteState}
   */
  function fromRecord(site, link, rec) {
    const stale = !deps.cache.isFresh(rec);
    if (rec.error) return { state: "error", site, link, readAt: rec.readAt, error: rec.error, stale };
    return { state: "done", site, link, readAt: rec.readAt, report: rec.report, stale };
  }

  /**
   * Fetches and analyses one policy (one job at a time).
   * @param {PolicyLink} link
   * @param {PolicyRecord|undefined} old
   * @returns {Promise<PolicyRecord>}
   */
  function refresh(link, old) {
    const already = running.get(link.url);
    if (already) return already;
    const job = chain.then(async () => {
      await idle();
      /** @type {PolicyRecord} */
      let rec;
      try {
        counters.fetches++;
        const got = await doFetch(link.url);
        const hash = await deps.sha256(got.html);
        if (old && !old.error && old.hash === hash) {
          counters.unchanged++;
          rec = { ...old, readAt: now() };
        } else {
          counters.analyses++;
          const entry = await deps.analyze(got.html, link.url);
          rec =
            entry.state === "done"
              ? { policyURL: link.url, hash, readAt: now(), analyzedAt: now(), report: entry.report }
              : { policyURL: link.url, hash, readAt: now(), analyzedAt: now(), error: entry.error ?? { code: "internal", message: "" } };
        }
      } catch (err) {
        const e = /** @type {any} */ (err);
        rec = { policyURL: link.url, hash: "", readAt: now(), analyzedAt: 0, error: { code: e?.code || "fetch_failed", message: String(e?.message ?? err) } };
      }
      // A load failure of the engine says nothing about the policy: not kept.
      // A cache that cannot keep it only costs a later re-analysis.
      if (rec.error?.code !== "load_failed") await deps.cache.put(rec).catch((err) => console.debug("PolicyLens: cache:", err));
      return rec;
    });
    chain = job.then(
      () => undefined,
      () => undefined,
    );
    running.set(link.url, job);
    job.finally(() => running.delete(link.url)).catch(() => undefined);
    return job;
  }

  return {
    counters,

    /**
     * A page of `site` was visited; `link` is its policy link, or null.
     * Resolves with the site's state once known (after grading, when the
     * policy has to be graded).
     * @param {string} pageURL
     * @param {PolicyLink|null} link
     * @returns {Promise<SiteState>}
     */
    async visit(pageURL, link) {
      const site = globalThis.PolicyLensSite.siteOf(pageURL);
      if (!link) {
        const known = sites.get(site);
        // Another page of the site had the link: keep what it found.
        if (known && known.state !== "no_link") return known;
        return set(site, { state: "no_link", site });
      }
      const rec = await deps.cache.get(link.url);
      if (rec && deps.cache.isFresh(rec)) {
        counters.cacheHits++;
        return set(site, fromRecord(site, link, rec));
      }
      if (!link.sameSite) {
        const answer = (await deps.prefs.get(crossKey(site)))[crossKey(site)];
        if (answer === "no") return set(site, { state: "declined", site, link });
        if (answer !== "yes") return set(site, { state: "ask_cross", site, link });
      }
      if (!(await deps.hasPermission(link.url))) {
        return set(site, rec ? { ...fromRecord(site, link, rec), state: "need_permission" } : { state: "need_permission", site, link });
      }
      set(site, rec ? { ...fromRecord(site, link, rec), stale: true } : { state: "pending", site, link });
      const fresh = await refresh(link, rec);
      return set(site, fromRecord(site, link, fresh));
    },

    /**
     * The user's answer to "fetch this site's policy from another site?".
     * @param {string} site the page's site
     * @param {boolean} yes
     */
    async answerCross(site, yes) {
      await deps.prefs.set({ [crossKey(site)]: yes ? "yes" : "no" });
    },

    /**
     * What is known about a site.
     * @param {string} site
     * @returns {SiteState|undefined}
     */
    state(site) {
      return sites.get(site);
    },

    /**
     * Restores a site's state (a restarted service worker, from storage.session).
     * @param {string} site
     * @param {SiteState} st
     */
    restore(site, st) {
      if (!sites.has(site)) sites.set(site, st);
    },
  };
}
