// lib/cache.js: freshness and least-recently-used eviction.
import { test } from "node:test";
import assert from "node:assert/strict";

import { PolicyCache, memoryStorage, TTL_MS, ERROR_TTL_MS } from "../lib/cache.js";

test("cache: fresh for a day, errors for an hour", async () => {
  let now = 1_000_000;
  const c = new PolicyCache({ storage: memoryStorage(), now: () => now });
  await c.put({ policyURL: "https://a.example/privacy", hash: "h", readAt: now, analyzedAt: now, report: { grade: { letter: "B" } } });
  await c.put({ policyURL: "https://b.example/privacy", hash: "", readAt: now, analyzedAt: 0, error: { code: "fetch_failed", message: "HTTP 500" } });
  const a = await c.get("https://a.example/privacy");
  const b = await c.get("https://b.example/privacy");
  assert.ok(a && b);
  assert.equal(a.report.grade.letter, "B");
  assert.equal(c.isFresh(a), true);
  assert.equal(c.isFresh(b), true);
  now += ERROR_TTL_MS + 1;
  assert.equal(c.isFresh(a), true);
  assert.equal(c.isFresh(b), false);
  now += TTL_MS;
  assert.equal(c.isFresh(a), false);
  assert.equal(await c.get("https://c.example/privacy"), undefined);
});

test("cache: least recently used goes first", async () => {
  const storage = memoryStorage();
  const c = new PolicyCache({ storage, max: 3 });
  const rec = (/** @type {string} */ u) => ({ policyURL: u, hash: u, readAt: Date.now(), analyzedAt: Date.now(), report: {} });
  await c.put(rec("a"));
  await c.put(rec("b"));
  await c.put(rec("c"));
  await c.get("a"); // a is now the most recently used
  await c.put(rec("d")); // evicts b
  assert.deepEqual(await c.keys(), ["c", "a", "d"]);
  assert.equal(await c.get("b"), undefined);
  assert.equal(storage.data.has("sitecache:b"), false);
  assert.ok(await c.get("c"));
});

test("cache: a full storage area pushes out the least recently used", async () => {
  const storage = memoryStorage();
  const set = storage.set.bind(storage);
  // Room for the index and three records.
  storage.set = async (items) => {
    const keys = new Set([...storage.data.keys(), ...Object.keys(items)]);
    if ([...keys].filter((k) => k !== "sitecache:index").length > 3) throw new Error("QUOTA_BYTES quota exceeded");
    return set(items);
  };
  const c = new PolicyCache({ storage, max: 40 });
  for (const u of ["a", "b", "c", "d", "e"]) await c.put({ policyURL: u, hash: u, readAt: Date.now(), analyzedAt: Date.now(), report: {} });
  const keys = await c.keys();
  assert.ok(keys.includes("e") && keys.includes("d"), keys.join(","));
  assert.equal(keys.includes("a"), false);
  assert.ok(await c.get("e"));
  assert.equal(await c.get("a"), undefined);
});
