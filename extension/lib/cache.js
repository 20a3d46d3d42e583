// The cache of site policy reports (issue #11): one record per policy URL,
// kept in storage.local so that a site graded yesterday costs nothing today.
//
// - A record is fresh for a day (TTL_MS); a stale one is still shown, and
//   the next visit to the site refreshes it (the page is fetched again, and
//   analysed again only if its content hash changed).
// - At most MAX_RECORDS records; the least recently used goes first. The
//   order lives in one index key, so a lookup reads two keys at most.
// - Records that hold an error (the policy could not be fetched or read) are
//   fresh for an hour only (ERROR_TTL_MS).
// - A full storage area (quota) pushes out the least recently used records.
//
// An ES module for the background; the storage is injected (chrome.storage.local
// or a Map-backed fake in extension/tests/cache.test.mjs).

/** How long a report is fresh. */
export const TTL_MS = 24 * 60 * 60 * 1000;
/** How long a failure is remembered before the policy is tried again. */
export const ERROR_TTL_MS = 60 * 60 * 1000;
/** Records kept (each holds a whole report, ~50-300 KB of JSON). */
export const MAX_RECORDS = 40;

const INDEX = "sitecache:index";
const PREFIX = "sitecache:";

/**
 * @typedef {Object} PolicyRecord
 * @property {string} policyURL
 * @property {string} hash SHA-256 of the fetched HTML ("" for a failure)
 * @property {number} readAt when the policy was last fetched (ms since epoch)
 * @property {number} analyzedAt when it was last analysed
 * @property {any} [report] the engine's report
 * @property {{code: string, message: string, language?: string}} [error]
 */

/**
 * @typedef {Object} StorageArea the part of chrome.storage.StorageArea used here
 * @property {(keys: string|string[]) => Promise<Record<string, any>>} get
 * @property {(items: Record<string, any>) => Promise<void>} set
 * @property {(keys: string|string[]) => Promise<void>} remove
 */

export class PolicyCache {
  /**
   * @param {{storage: StorageArea, max?: number, ttlMs?: number, errorTtlMs?: number, now?: () => number}} opts
   */
  constructor({ storage, max = MAX_RECORDS, ttlMs = TTL_MS, errorTtlMs = ERROR_TTL_MS, now = Date.now }) {
    this.storage = storage;
    this.max = max;
    this.ttlMs = ttlMs;
    this.errorTtlMs = errorTtlMs;
    this.now = now;
    /** @type {Promise<unknown>} writes of the index, one after another */
    this.writes = Promise.resolve();
  }

  /**
   * Whether a record is still fresh.
   * @param {PolicyRecord} rec
   * @returns {boolean}
   */
  isFresh(rec) {
    const ttl = rec.error ? this.errorTtlMs : this.ttlMs;
    return this.now() - rec.readAt < ttl;
  }

  /**
   * The record of a policy URL (fresh or not), marking it most recently used.
   * @param {string} policyURL
   * @returns {Promise<PolicyRecord|undefined>}
   */
  async get(policyURL) {
    const key = PREFIX + policyURL;
    const got = await this.storage.get(key);
    const rec = got[key];
    if (!rec) return undefined;
    await this.touchIndex(policyURL);
    return rec;
  }

  /**
   * Stores a record, evicting the least recently used beyond the cap.
   * @param {PolicyRecord} rec
   */
  async put(rec) {
    // storage.local holds 10 MB in Chromium: when it is full, the least
    // recently used records go until this one fits (or none is left).
    for (;;) {
      try {
        await this.storage.set({ [PREFIX + rec.policyURL]: rec });
        break;
      } catch (err) {
        const index = (await this.keys()).filter((u) => u !== rec.policyURL);
        if (index.length === 0) throw err;
        const drop = index.slice(0, Math.max(1, Math.ceil(index.length / 4)));
        await this.storage.remove(drop.map((u) => PREFIX + u));
        await this.storage.set({ [INDEX]: index.slice(drop.length) });
      }
    }
    const evicted = await this.touchIndex(rec.policyURL);
    if (evicted.length > 0) await this.storage.remove(evicted.map((u) => PREFIX + u));
  }

  /**
   * Every policy URL in the cache, least recently used first.
   * @returns {Promise<string[]>}
   */
  async keys() {
    const got = await this.storage.get(INDEX);
    return Array.isArray(got[INDEX]) ? got[INDEX] : [];
  }

  /**
   * Moves a URL to the end of the index; returns the URLs pushed out.
   * @param {string} policyURL
   * @returns {Promise<string[]>}
   */
  touchIndex(policyURL) {
    const run = this.writes.then(async () => {
      const index = (await this.keys()).filter((u) => u !== policyURL);
      index.push(policyURL);
      const evicted = index.length > this.max ? index.splice(0, index.length - this.max) : [];
      await this.storage.set({ [INDEX]: index });
      return evicted;
    });
    this.writes = run.catch(() => undefined);
    return run;
  }
}

/**
 * A Map-backed StorageArea (tests; and the fallback where storage.local is missing).
 * @returns {StorageArea & {data: Map<string, any>}}
 */
export function memoryStorage() {
  const data = new Map();
  const clone = (/** @type {any} */ v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
  return {
    data,
    async get(keys) {
      /** @type {Record<string, any>} */
      const out = {};
      for (const k of Array.isArray(keys) ? keys : [keys]) if (data.has(k)) out[k] = clone(data.get(k));
      return out;
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, clone(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
}
