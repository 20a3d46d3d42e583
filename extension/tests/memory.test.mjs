// The per-site memory of read policies (lib/memory.js): its normal form
// passes the cases analyzer/diff.Normalize passes, a reformatted or merely
// noisy version is no change, real changes are told, and the store keeps
// its budgets.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import {
  MAX_SITE_BYTES,
  Memory,
  compare,
  jsonBytes,
  normalize,
  policyURL,
  siteOf,
  snapshot,
  snapshotWithin,
} from "../lib/memory.js";

const repo = new URL("../../", import.meta.url);
/** @param {string} name */
const golden = (name) => JSON.parse(readFileSync(new URL(`testdata/golden/${name}.json`, repo), "utf8"));
const clone = (/** @type {any} */ v) => structuredClone(v);
const NOW = new Date("2026-03-12T10:00:00Z");
const URL1 = "https://www.example.com/privacy?utm=x#top";

/** A chrome.storage.local stand-in. */
function fakeStorage() {
  /** @type {Record<string, any>} */
  const data = {};
  return {
    data,
    async get(/** @type {string|string[]|null} */ keys) {
      if (keys === null) return clone(data);
      const out = /** @type {Record<string, any>} */ ({});
      for (const k of Array.isArray(keys) ? keys : [keys]) if (k in data) out[k] = clone(data[k]);
      return out;
    },
    async set(/** @type {Record<string, any>} */ items) {
      Object.assign(data, clone(items));
    },
    async remove(/** @type {string|string[]} */ keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
  };
}

test("memory: normalize passes testdata/diff/normalize.json (the Go cases)", () => {
  const cases = JSON.parse(readFileSync(new URL("testdata/diff/normalize.json", repo), "utf8"));
  assert.ok(cases.length >= 10);
  for (const c of cases) assert.equal(normalize(c.input), c.output, c.name);
});

test("memory: site and policy URL", () => {
  assert.equal(siteOf(URL1), "example.com");
  assert.equal(policyURL(URL1), "https://www.example.com/privacy");
  assert.equal(siteOf("not a url"), "");
});

test("memory: the same report is no change", () => {
  const rep = golden("en-mozilla-firefox");
  assert.equal(compare(snapshot(rep, URL1, NOW), rep), null);
});

test("memory: reformatted, renumbered, reordered clauses are no change", () => {
  const rep = golden("en-internect-recruiting");
  const next = clone(rep);
  next.clauses.reverse();
  for (const c of next.clauses) c.text = `1. **${c.text.toUpperCase()}**   `;
  assert.equal(compare(snapshot(rep, URL1, NOW), next), null);
});

test("memory: an unlabelled clause does not take the fingerprint of a labelled one with the same text", () => {
  const mk = (/** @type {string} */ id, /** @type {boolean} */ lab) => ({
    id, text: "By email :", vague: [],
    categories: lab ? [{ category: "collection", score: 0.35, evidence: ["email"] }] : [],
  });
  const rep = clone(golden("en-internect-recruiting"));
  rep.clauses = [mk("c1", false), mk("c2", false), ...rep.clauses, mk("c98", true), mk("c99", true)];
  assert.equal(compare(snapshot(rep, URL1, NOW), clone(rep)), null);
});

test("memory: clauses about no data practice (navigation, dates) are noise", () => {
  const rep = golden("en-internect-recruiting");
  const next = clone(rep);
  const unlabelled = next.clauses.find((/** @type {any} */ c) => c.categories.length === 0);
  assert.ok(unlabelled, "the fixture has an unlabelled clause");
  unlabelled.text = "Last updated: 1 June 2026. Home | Blog | Sign in";
  next.clauses.push({ id: "c999", text: "Welcome to our new website!", categories: [], vague: [] });
  assert.equal(compare(snapshot(rep, URL1, NOW), next), null);
});

test("memory: added and reworded clauses, grade, checklist and flags are told", () => {
  const rep = golden("en-internect-recruiting");
  const next = clone(rep);
  const target = next.clauses.find((/** @type {any} */ c) => c.categories.length > 0 && c.text.split(" ").length > 12);
  const before = target.text;
  target.text = before.replace(/\.$/, "") + " and with our marketing partners.";
  next.clauses.push({ id: "c999", text: "We sell your browsing history to data brokers.", categories: [{ category: "sharing", score: 0.9, evidence: [] }], vague: [] });
  next.grade = { ...next.grade, letter: "E", score: 20 };
  const sale = next.checklist.find((/** @type {any} */ it) => it.id === "sharing.sale");
  const saleWas = sale.status;
  sale.status = saleWas === "missing" ? "found" : "missing";
  next.red_flags = [...next.red_flags, { id: "sharing.sells_data", title: "", severity: "high", clauses: ["c999"], evidence: "" }];

  const ch = compare(snapshot(rep, URL1, NOW), next);
  assert.ok(ch);
  assert.equal(ch.since, NOW.toISOString());
  assert.deepEqual(ch.grade, { old: rep.grade.letter, new: "E", oldScore: rep.grade.score, newScore: 20 });
  assert.deepEqual(ch.newFlags, ["sharing.sells_data"]);
  assert.deepEqual(ch.added.map((c) => c.id), ["c999"]);
  assert.deepEqual(ch.reworded.map((c) => c.id), [target.id]);
  assert.ok(ch.reworded[0].similarity > 0.3 && ch.reworded[0].similarity <= 1);
  assert.equal(ch.removed, 0);
  const moved = [...ch.gained, ...ch.lost].map((c) => c.id);
  assert.deepEqual(moved, ["sharing.sale"]);
  assert.equal((saleWas === "missing" ? ch.gained : ch.lost).length, 1);
});

test("memory: a removed labelled clause is told", () => {
  const rep = golden("en-internect-recruiting");
  const next = clone(rep);
  const i = next.clauses.findIndex((/** @type {any} */ c) => c.categories.length > 0);
  next.clauses.splice(i, 1);
  const ch = compare(snapshot(rep, URL1, NOW), next);
  assert.ok(ch);
  assert.equal(ch.removed, 1);
});

test("memory: a snapshot stays within 20 KB, even for the largest policies", () => {
  for (const name of ["en-mozilla-firefox", "fr-mozilla-firefox", "en-biztonet-app"]) {
    const rep = golden(name);
    const snap = snapshotWithin(rep, URL1, NOW, MAX_SITE_BYTES - 200);
    assert.ok(jsonBytes(snap) <= MAX_SITE_BYTES - 200, `${name}: ${jsonBytes(snap)} bytes`);
    assert.equal(compare(snap, rep), null, `${name}: same report, no change`);
  }
  // A policy far larger than any real one loses sketches, then clauses, but fits.
  const big = clone(golden("en-mozilla-firefox"));
  const extra = big.clauses.filter((/** @type {any} */ c) => c.categories.length > 0);
  for (let k = 0; k < 6; k++) for (const c of extra) big.clauses.push({ ...c, id: `c${big.clauses.length + 1}`, text: `${c.text} (${k})` });
  const snap = snapshotWithin(big, URL1, NOW, MAX_SITE_BYTES - 200);
  assert.ok(jsonBytes(snap) <= MAX_SITE_BYTES - 200);
  assert.equal(snap.sketches, false);
});

test("memory: remember, change since, forget, forget all", async () => {
  const store = fakeStorage();
  const mem = new Memory(store);
  const v1 = golden("en-internect-recruiting");
  const v2 = clone(v1);
  v2.clauses.push({ id: "c999", text: "We sell your browsing history to data brokers.", categories: [{ category: "sharing", score: 0.9, evidence: [] }], vague: [] });

  assert.equal(await mem.changeSince(URL1, v1), null, "never read: no change");
  assert.equal(await mem.remember(URL1, v1, NOW), true);
  assert.equal(await mem.changeSince(URL1, v1), null);
  assert.equal(await mem.changeSince("https://example.com/privacy", v1), null, "www. and query make no difference");
  assert.equal(await mem.changeSince("https://example.com/cookies", v2), null, "another policy of the site: never read");
  const ch = await mem.changeSince(URL1, v2);
  assert.ok(ch);
  assert.deepEqual(ch.added.map((c) => c.text), ["We sell your browsing history to data brokers."]);

  await mem.remember("https://other.example.org/privacy", v1, NOW);
  const usage = await mem.usage();
  assert.equal(usage.sites, 2);
  assert.ok(usage.bytes > 0 && usage.bytes <= 2 * MAX_SITE_BYTES);
  for (const s of await mem.list()) assert.ok(s.bytes <= MAX_SITE_BYTES, `${s.site}: ${s.bytes}`);

  await mem.forget("example.com");
  assert.equal(await mem.changeSince(URL1, v2), null, "forgotten");
  assert.deepEqual((await mem.list()).map((s) => s.site), ["other.example.org"]);
  await mem.forgetAll();
  assert.deepEqual(await mem.list(), []);
});

test("memory: turned off, nothing is remembered or compared", async () => {
  const store = fakeStorage();
  const mem = new Memory(store);
  const v1 = golden("en-internect-recruiting");
  await mem.remember(URL1, v1, NOW);
  await mem.setEnabled(false);
  assert.equal(await mem.enabled(), false);
  const v2 = clone(v1);
  v2.grade = { ...v2.grade, letter: "E" };
  assert.equal(await mem.changeSince(URL1, v2), null);
  assert.equal(await mem.remember("https://new.example/privacy", v1, NOW), false);
  assert.equal((await mem.list()).length, 1);
  await mem.setEnabled(true);
  assert.ok(await mem.changeSince(URL1, v2));
});

test("memory: the least recently read sites are dropped beyond the cap", async () => {
  const mem = new Memory(fakeStorage(), { maxSites: 3 });
  const rep = golden("en-webhost-short");
  for (let i = 0; i < 5; i++) await mem.remember(`https://site${i}.example/privacy`, rep, new Date(NOW.getTime() + i * 1000));
  assert.deepEqual((await mem.list()).map((s) => s.site), ["site4.example", "site3.example", "site2.example"]);
});

test("changes: the popup's words for a change, in English and French", async () => {
  const { changeView, readDate } = await import("../lib/changes.js");
  const { translator } = await import("./i18n.mjs");
  /** @type {import("../lib/memory.js").Change} */
  const ch = {
    since: "2026-03-12T10:00:00Z",
    grade: { old: "B", new: "C", oldScore: 70, newScore: 55 },
    gained: [{ id: "rights.deadline", old: "missing", new: "found" }],
    lost: [{ id: "sharing.sale", old: "found", new: "missing" }],
    newFlags: ["sharing.sells_data"],
    goneFlags: [],
    added: [{ id: "c9", text: "We sell your browsing history to data brokers." }],
    reworded: [{ id: "c3", text: "We keep your data for three years.", similarity: 0.6 }],
    removed: 1,
  };
  const now = new Date("2026-06-01T00:00:00Z");
  assert.equal(readDate(ch.since, "en", now), "March 12");
  assert.equal(readDate(ch.since, "fr", now), "12 mars");
  assert.equal(readDate("2025-03-12T10:00:00Z", "en", now), "March 12, 2025");
  const en = changeView(ch, translator("en"), "en", now);
  assert.equal(en.heading, "Changed since you last read it on March 12");
  assert.equal(en.grade, "Grade: B → C");
  assert.deepEqual(en.items.map((i) => i.kind), ["new_flag", "lost", "gained"], "what matters first");
  assert.match(en.items[0].text, /^New red flag: /);
  assert.match(en.items[1].text, /^Commitment lost: .+ \(Stated → Not found\)$/);
  assert.deepEqual(en.added.map((s) => s.id), ["c9"]);
  assert.deepEqual(en.reworded.map((s) => s.id), ["c3"]);
  assert.equal(en.removed, "1 sentence removed.");
  const fr = changeView(ch, translator("fr"), "fr", now);
  assert.equal(fr.heading, "A changé depuis votre dernière lecture, le 12 mars");
  assert.equal(fr.removed, "1 phrase supprimée.");
  for (const v of [en, fr]) {
    for (const s of [v.heading, v.grade, v.removed, ...v.items.map((i) => i.text)]) {
      assert.ok(s && !s.includes("$"), `untranslated: ${JSON.stringify(s)}`);
    }
  }
  const t = translator("en");
  for (const k of ["change_added_h", "change_reworded_h", "change_marked", "change_removed_other", "badge_title_changed"]) assert.ok(t(k), k);
});

test("memory: observe remembers a first reading, dates an unchanged one, keeps the old version of a changed one", async () => {
  const mem = new Memory(fakeStorage());
  const v1 = golden("en-internect-recruiting");
  const v2 = clone(v1);
  v2.grade = { ...v2.grade, letter: "A" };
  assert.equal(await mem.observe(URL1, v1, NOW), null, "first reading");
  const later = new Date(NOW.getTime() + 86400000);
  assert.equal(await mem.observe(URL1, v1, later), null, "unchanged");
  assert.equal((await mem.lookup(URL1))?.date, later.toISOString(), "the reading's date moved");
  const ch = await mem.observe(URL1, v2, new Date(later.getTime() + 1000));
  assert.ok(ch, "changed");
  assert.equal(ch.since, later.toISOString());
  assert.ok(await mem.observe(URL1, v2), "still changed until the new version is read");
  await mem.remember(URL1, v2);
  assert.equal(await mem.observe(URL1, v2), null, "read");
});
