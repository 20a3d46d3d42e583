// Memory of the policies the user has read, per site, only on this device
// (storage.local): what changed since the last reading. No DOM and no
// chrome.* here (the storage area is passed in), so it is unit-tested in
// Node (extension/tests/memory.test.mjs).
//
// What is kept of a policy (a Snapshot) is what a change is told from, not
// its text: the grade, the status of each checklist item, the red flags,
// the date it was read, and one fingerprint per clause that speaks of a
// data practice (labelled with a category): a 32-bit hash of the clause's
// normal form (normalize below, the same as analyzer/diff.Normalize; both
// pass testdata/diff/normalize.json) and a sketch of its words (12 one-byte
// minimum hashes, which estimate how many words two clauses share). A
// 60 KB policy takes about 12 KB; a record above MAX_SITE_BYTES first
// loses its sketches (then reworded clauses count as new), then its
// clauses beyond the budget.
//
// Comparing a Snapshot with a new report follows analyzer/diff: a clause
// whose normal form is unchanged is unchanged wherever it moved; a new
// labelled clause whose words are close enough to an old one (estimated
// Jaccard ≥ REWORDED_MIN) is reworded; other new labelled clauses are new.
// Changes to clauses that speak of no data practice (navigation, dates,
// greetings) are noise and never shown, as in `policylens history`.

/** @typedef {import("./engine.js").Report} Report */

/** Format of a stored Snapshot; bump it when the fingerprint changes. */
export const SNAPSHOT_VERSION = 1;
/** Budget of one site's record, as JSON. */
export const MAX_SITE_BYTES = 20 * 1024;
/** Sites remembered; the least recently read are dropped beyond. */
export const MAX_SITES = 200;
/** Policies remembered per site (a site may have a privacy and a cookie policy). */
export const MAX_POLICIES_PER_SITE = 3;
/** Minimum hashes per clause sketch. */
export const SKETCH_SIZE = 12;
/** Estimated word Jaccard from which a new clause is a rewording of an old one. */
export const REWORDED_MIN = 4 / 12;

const KEY_PREFIX = "mem:site:";
const KEY_SETTINGS = "mem:settings";

// ---- normal form and fingerprints --------------------------------------------

const HTML_TAG = /<[^<>]{1,200}>/g;
const MD_LINK = /!?\[([^\]]*)\]\([^)\s]*\)/g;
const NUMBERING = /^\s*(?:[-*+•·▪◦>#]+|\d{1,3}(?:\.\d{1,3})+\.?|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)])\s+/u;
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/**
 * The form of a clause's text that comparisons use: HTML tags, Markdown
 * links, entities, list numbering, case, punctuation and spacing removed.
 * Same as analyzer/diff.Normalize.
 * @param {string} s
 * @returns {string}
 */
export function normalize(s) {
  s = String(s);
  if (/[<&[]/.test(s)) {
    s = s.replace(MD_LINK, "$1").replace(HTML_TAG, " ");
    s = s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,6});/g, (m, e) => {
      if (e[0] === "#") {
        const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[/** @type {keyof typeof ENTITIES} */ (e.toLowerCase())] ?? m;
    });
  }
  for (;;) {
    const m = NUMBERING.exec(s);
    if (!m || m[0].length === 0) break;
    s = s.slice(m[0].length);
  }
  const words = s.toLowerCase().match(/[\p{L}\p{Nd}][\p{L}\p{Nd}\p{Mn}]*/gu);
  return words ? words.join(" ") : "";
}

/**
 * 32-bit FNV-1a of a string's UTF-16 code units, with a seed.
 * @param {string} s
 * @param {number} [seed]
 * @returns {number}
 */
export function hash32(s, seed = 0) {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // A final mix, so that seeds give independent-looking orders.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

/**
 * The sketch of a normal form: for each of SKETCH_SIZE seeds, the low byte
 * of the smallest hash of its words.
 * @param {string} norm
 * @returns {Uint8Array}
 */
export function sketch(norm) {
  const out = new Uint8Array(SKETCH_SIZE);
  const words = [...new Set(norm.split(" ").filter(Boolean))];
  for (let k = 0; k < SKETCH_SIZE; k++) {
    let min = 0xffffffff;
    for (const w of words) {
      const h = hash32(w, (k + 1) * 0x9e3779b9);
      if (h < min) min = h;
    }
    out[k] = words.length ? min & 0xff : 0;
  }
  return out;
}

/**
 * Estimated Jaccard similarity of two sketches (share of equal slots).
 * @param {Uint8Array} a
 * @param {Uint8Array} b
 * @returns {number}
 */
export function sketchSimilarity(a, b) {
  let same = 0;
  for (let k = 0; k < SKETCH_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SKETCH_SIZE;
}

/** @param {Uint8Array} bytes @returns {string} */
function toBase64(bytes) {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** @param {string} s @returns {Uint8Array} */
function fromBase64(s) {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// ---- snapshots ----------------------------------------------------------------

/**
 * What is remembered of one policy.
 * @typedef {Object} Snapshot
 * @property {number} v SNAPSHOT_VERSION
 * @property {string} url the page's URL without query or fragment
 * @property {string} date ISO date-time of the reading
 * @property {string} grade letter
 * @property {number} score 0..100
 * @property {Record<string, string>} checks checklist item id -> "found"|"vague"|"missing"
 * @property {string[]} flags red flag ids
 * @property {number} n number of labelled clauses fingerprinted
 * @property {boolean} sketches whether clause sketches are kept
 * @property {string} fp base64: per clause, a 4-byte hash then SKETCH_SIZE sketch bytes if sketches
 */

/**
 * A change since the last reading, for the popup and the page.
 * @typedef {Object} Change
 * @property {string} since ISO date-time of the last reading
 * @property {{old: string, new: string, oldScore: number, newScore: number}} grade
 * @property {{id: string, old: string, new: string}[]} gained checklist items that got better
 * @property {{id: string, old: string, new: string}[]} lost checklist items that got worse
 * @property {string[]} newFlags red flags raised since
 * @property {string[]} goneFlags red flags no longer raised
 * @property {{id: string, text: string}[]} added new labelled clauses (ids and text of the new report)
 * @property {{id: string, text: string, similarity: number}[]} reworded
 * @property {number} removed labelled clauses of the old version no longer there
 */

/** The page a policy lives at: no query, no fragment. @param {string} url */
export function policyURL(url) {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return String(url).replace(/[?#].*$/, "");
  }
}

/** The site a policy belongs to: the host without "www.". @param {string} url */
export function siteOf(url) {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

/** @param {Report["clauses"][number]} c */
const labelled = (c) => Array.isArray(c.categories) && c.categories.length > 0;

/**
 * The Snapshot of a report.
 * @param {Report} report
 * @param {string} url
 * @param {Date} now
 * @param {{sketches?: boolean, maxClauses?: number}} [opts]
 * @returns {Snapshot}
 */
export function snapshot(report, url, now, opts = {}) {
  const withSketch = opts.sketches ?? true;
  const clauses = (report.clauses ?? []).filter(labelled).slice(0, opts.maxClauses ?? Infinity);
  const per = 4 + (withSketch ? SKETCH_SIZE : 0);
  const bytes = new Uint8Array(clauses.length * per);
  clauses.forEach((c, i) => {
    const norm = normalize(c.text);
    const h = hash32(norm);
    const o = i * per;
    bytes[o] = h >>> 24;
    bytes[o + 1] = (h >>> 16) & 0xff;
    bytes[o + 2] = (h >>> 8) & 0xff;
    bytes[o + 3] = h & 0xff;
    if (withSketch) bytes.set(sketch(norm), o + 4);
  });
  /** @type {Record<string, string>} */
  const checks = {};
  for (const it of report.checklist ?? []) checks[it.id] = it.status;
  return {
    v: SNAPSHOT_VERSION,
    url: policyURL(url),
    date: now.toISOString(),
    grade: report.grade?.letter ?? "",
    score: report.grade?.score ?? 0,
    checks,
    flags: (report.red_flags ?? []).map((f) => f.id),
    n: clauses.length,
    sketches: withSketch,
    fp: toBase64(bytes),
  };
}

/**
 * The Snapshot of a report within a byte budget: without sketches, then
 * with fewer clauses, if it must.
 * @param {Report} report
 * @param {string} url
 * @param {Date} now
 * @param {number} budget bytes of JSON
 * @returns {Snapshot}
 */
export function snapshotWithin(report, url, now, budget) {
  let snap = snapshot(report, url, now);
  if (jsonBytes(snap) <= budget) return snap;
  snap = snapshot(report, url, now, { sketches: false });
  while (jsonBytes(snap) > budget && snap.n > 0) {
    snap = snapshot(report, url, now, { sketches: false, maxClauses: Math.floor(snap.n * 0.8) });
  }
  return snap;
}

/** @param {unknown} v @returns {number} UTF-8 bytes of v as JSON */
export function jsonBytes(v) {
  return new TextEncoder().encode(JSON.stringify(v)).length;
}

/** @param {Snapshot} snap @returns {{hash: number, sketch: Uint8Array|null}[]} */
function fingerprints(snap) {
  const bytes = fromBase64(snap.fp);
  const per = 4 + (snap.sketches ? SKETCH_SIZE : 0);
  const out = [];
  for (let i = 0; i < snap.n; i++) {
    const o = i * per;
    const hash = ((bytes[o] << 24) | (bytes[o + 1] << 16) | (bytes[o + 2] << 8) | bytes[o + 3]) >>> 0;
    out.push({ hash, sketch: snap.sketches ? bytes.subarray(o + 4, o + 4 + SKETCH_SIZE) : null });
  }
  return out;
}

const RANK = /** @type {Record<string, number>} */ ({ missing: 0, vague: 1, found: 2 });

/**
 * What changed between a remembered Snapshot and a new report, or null
 * when nothing a reader would care about changed (see the file comment).
 * @param {Snapshot} old
 * @param {Report} report
 * @returns {Change|null}
 */
export function compare(old, report) {
  /** @type {Change} */
  const ch = {
    since: old.date,
    grade: { old: old.grade, new: report.grade?.letter ?? "", oldScore: old.score, newScore: report.grade?.score ?? 0 },
    gained: [],
    lost: [],
    newFlags: [],
    goneFlags: [],
    added: [],
    reworded: [],
    removed: 0,
  };
  for (const it of report.checklist ?? []) {
    const was = old.checks[it.id] ?? "missing";
    if (was === it.status) continue;
    const entry = { id: it.id, old: was, new: it.status };
    if ((RANK[it.status] ?? 0) > (RANK[was] ?? 0)) ch.gained.push(entry);
    else ch.lost.push(entry);
  }
  const nowFlags = (report.red_flags ?? []).map((f) => f.id);
  ch.newFlags = nowFlags.filter((f) => !old.flags.includes(f));
  ch.goneFlags = old.flags.filter((f) => !nowFlags.includes(f));

  // Clauses: same normal form first (as a multiset), then sketches.
  const olds = fingerprints(old);
  /** @type {Map<number, number[]>} */
  const byHash = new Map();
  olds.forEach((f, i) => {
    const list = byHash.get(f.hash);
    if (list) list.push(i);
    else byHash.set(f.hash, [i]);
  });
  const used = new Array(olds.length).fill(false);
  /** @type {{c: Report["clauses"][number], norm: string}[]} */
  const fresh = [];
  // Labelled clauses claim the remembered fingerprints first: an unlabelled
  // clause with the same text ("By email :" under another heading) must not
  // take the one a labelled clause matches.
  const clauses = report.clauses ?? [];
  for (const pass of [true, false]) {
    for (const c of clauses) {
      if (labelled(c) !== pass) continue;
      const norm = normalize(c.text);
      const list = byHash.get(hash32(norm));
      if (list && list.length) {
        used[/** @type {number} */ (list.shift())] = true;
        continue;
      }
      if (pass) fresh.push({ c, norm });
    }
  }
  fresh.sort((a, b) => clauses.indexOf(a.c) - clauses.indexOf(b.c));
  /** @type {{i: number, j: number, sim: number}[]} */
  const cands = [];
  if (old.sketches) {
    fresh.forEach((f, j) => {
      const sk = sketch(f.norm);
      olds.forEach((o, i) => {
        if (used[i] || !o.sketch) return;
        const sim = sketchSimilarity(o.sketch, sk);
        if (sim >= REWORDED_MIN) cands.push({ i, j, sim });
      });
    });
  }
  cands.sort((a, b) => b.sim - a.sim || a.j - b.j || a.i - b.i);
  const taken = new Array(fresh.length).fill(false);
  for (const { i, j, sim } of cands) {
    if (used[i] || taken[j]) continue;
    used[i] = true;
    taken[j] = true;
    ch.reworded.push({ id: fresh[j].c.id, text: fresh[j].c.text, similarity: Math.round(sim * 100) / 100 });
  }
  fresh.forEach((f, j) => {
    if (!taken[j]) ch.added.push({ id: f.c.id, text: f.c.text });
  });
  ch.removed = used.filter((u) => !u).length;
  const byOrder = (/** @type {{id: string}} */ a, /** @type {{id: string}} */ b) =>
    Number(a.id.slice(1)) - Number(b.id.slice(1));
  ch.reworded.sort(byOrder);

  const changed =
    ch.grade.old !== ch.grade.new ||
    ch.gained.length + ch.lost.length + ch.newFlags.length + ch.goneFlags.length > 0 ||
    ch.added.length + ch.reworded.length + ch.removed > 0;
  return changed ? ch : null;
}

// ---- the store ----------------------------------------------------------------

/**
 * The part of chrome.storage.local the memory uses.
 * @typedef {Object} StorageArea
 * @property {(keys: string|string[]|null) => Promise<Record<string, any>>} get
 * @property {(items: Record<string, any>) => Promise<void>} set
 * @property {(keys: string|string[]) => Promise<void>} remove
 */

/**
 * One site's record: its policies, most recently read first.
 * @typedef {Object} SiteRecord
 * @property {string} site
 * @property {string} date ISO date-time of the last reading on the site
 * @property {Snapshot[]} policies
 */

/** Per-site memory over a storage area. */
export class Memory {
  /**
   * @param {StorageArea} storage chrome.storage.local, or a stand-in
   * @param {{maxSites?: number, maxSiteBytes?: number}} [opts]
   */
  constructor(storage, opts = {}) {
    this.storage = storage;
    this.maxSites = opts.maxSites ?? MAX_SITES;
    this.maxSiteBytes = opts.maxSiteBytes ?? MAX_SITE_BYTES;
  }

  /** @returns {Promise<boolean>} whether remembering is on (the default) */
  async enabled() {
    const got = await this.storage.get(KEY_SETTINGS);
    return got[KEY_SETTINGS]?.enabled !== false;
  }

  /** @param {boolean} on */
  async setEnabled(on) {
    await this.storage.set({ [KEY_SETTINGS]: { enabled: !!on } });
  }

  /**
   * @param {string} site
   * @returns {Promise<SiteRecord|undefined>}
   */
  async site(site) {
    const got = await this.storage.get(KEY_PREFIX + site);
    return got[KEY_PREFIX + site];
  }

  /**
   * The Snapshot remembered for the policy at url, if any.
   * @param {string} url
   * @returns {Promise<Snapshot|undefined>}
   */
  async lookup(url) {
    const rec = await this.site(siteOf(url));
    const page = policyURL(url);
    return rec?.policies.find((p) => p.url === page && p.v === SNAPSHOT_VERSION);
  }

  /**
   * What changed in the policy at url since it was last read, or null (no
   * change, never read, or remembering off).
   * @param {string} url
   * @param {Report} report
   * @returns {Promise<Change|null>}
   */
  async changeSince(url, report) {
    if (!siteOf(url) || !(await this.enabled())) return null;
    const old = await this.lookup(url);
    return old ? compare(old, report) : null;
  }

  /**
   * A visit to the policy at url: the change since the last reading, or
   * null. A first reading is remembered; an unchanged policy only gets its
   * reading's date moved (no new fingerprints: the path of a page with no
   * change stays under a millisecond of work on a 60 KB policy); a changed
   * one is left as it was until remember() says the user has read the new
   * version.
   * @param {string} url
   * @param {Report} report
   * @param {Date} [now]
   * @returns {Promise<Change|null>}
   */
  async observe(url, report, now = new Date()) {
    if (!siteOf(url) || !(await this.enabled())) return null;
    const site = siteOf(url);
    const rec = await this.site(site);
    const page = policyURL(url);
    const old = rec?.policies.find((p) => p.url === page && p.v === SNAPSHOT_VERSION);
    if (!rec || !old) {
      await this.remember(url, report, now);
      return null;
    }
    const change = compare(old, report);
    if (change) return change;
    old.date = now.toISOString();
    const next = { ...rec, date: old.date, policies: [old, ...rec.policies.filter((p) => p !== old)] };
    await this.storage.set({ [KEY_PREFIX + site]: next });
    return null;
  }

  /**
   * Remembers report as the version of the policy at url read now. Keeps
   * the site's record within maxSiteBytes and the number of sites within
   * maxSites (the least recently read go first).
   * @param {string} url
   * @param {Report} report
   * @param {Date} [now]
   * @returns {Promise<boolean>} false when remembering is off
   */
  async remember(url, report, now = new Date()) {
    const site = siteOf(url);
    if (!site || !(await this.enabled())) return false;
    const page = policyURL(url);
    const rec = (await this.site(site)) ?? { site, date: "", policies: [] };
    const others = rec.policies.filter((p) => p.url !== page).slice(0, MAX_POLICIES_PER_SITE - 1);
    const snap = snapshotWithin(report, page, now, this.maxSiteBytes - 200);
    /** @type {SiteRecord} */
    const next = { site, date: now.toISOString(), policies: [snap, ...others] };
    while (next.policies.length > 1 && jsonBytes(next) > this.maxSiteBytes) next.policies.pop();
    await this.storage.set({ [KEY_PREFIX + site]: next });
    await this.evict();
    return true;
  }

  /** Drops the least recently read sites beyond maxSites. */
  async evict() {
    const sites = await this.list();
    if (sites.length <= this.maxSites) return;
    const drop = sites.slice(this.maxSites).map((s) => KEY_PREFIX + s.site);
    await this.storage.remove(drop);
  }

  /**
   * The remembered sites, most recently read first, with their size.
   * @returns {Promise<{site: string, date: string, policies: number, bytes: number}[]>}
   */
  async list() {
    const all = await this.storage.get(null);
    return Object.entries(all)
      .filter(([k]) => k.startsWith(KEY_PREFIX))
      .map(([k, rec]) => ({
        site: k.slice(KEY_PREFIX.length),
        date: String(rec?.date ?? ""),
        policies: Array.isArray(rec?.policies) ? rec.policies.length : 0,
        bytes: jsonBytes({ [k]: rec }),
      }))
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.site.localeCompare(b.site)));
  }

  /** @returns {Promise<{sites: number, bytes: number}>} what the memory takes */
  async usage() {
    const sites = await this.list();
    return { sites: sites.length, bytes: sites.reduce((n, s) => n + s.bytes, 0) };
  }

  /** @param {string} site */
  async forget(site) {
    await this.storage.remove(KEY_PREFIX + site);
  }

  /** Forgets every site (the setting stays). */
  async forgetAll() {
    const sites = await this.list();
    if (sites.length) await this.storage.remove(sites.map((s) => KEY_PREFIX + s.site));
  }
}
