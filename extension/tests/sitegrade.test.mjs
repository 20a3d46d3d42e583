// lib/sitegrade.js: the site grading flow with fake fetch, engine and permissions.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";

import { PolicyCache, memoryStorage, TTL_MS } from "../lib/cache.js";
import { createSiteGrader, fetchPolicy, decode } from "../lib/sitegrade.js";

const sha256 = async (/** @type {string} */ s) => createHash("sha256").update(s).digest("hex");

/** @param {{permitted?: boolean, html?: string, now?: () => number}} [o] */
function setup(o = {}) {
  const calls = { fetch: /** @type {string[]} */ ([]), analyze: 0 };
  let html = o.html ?? "<h1>Privacy</h1>";
  const cache = new PolicyCache({ storage: memoryStorage(), now: o.now });
  const grader = createSiteGrader({
    cache,
    prefs: memoryStorage(),
    sha256,
    now: o.now,
    hasPermission: async () => o.permitted ?? true,
    fetchPolicy: async (url) => {
      calls.fetch.push(url);
      return { html, url };
    },
    analyze: async () => {
      calls.analyze++;
      return { state: "done", report: { grade: { letter: "B" }, clauses: [] } };
    },
  });
  return { grader, calls, cache, setHTML: (/** @type {string} */ h) => (html = h) };
}

const link = { url: "https://shop.example/privacy", sameSite: true, site: "shop.example" };

test("sitegrade: a site is fetched and analysed once; the next visit is free", async () => {
  const { grader, calls } = setup();
  const st = await grader.visit("https://www.shop.example/a", link);
  assert.equal(st.state, "done");
  assert.equal(st.report.grade.letter, "B");
  assert.deepEqual(calls.fetch, [link.url]);
  assert.equal(calls.analyze, 1);
  const again = await grader.visit("https://www.shop.example/b", link);
  assert.equal(again.state, "done");
  assert.equal(calls.fetch.length, 1, "no second fetch");
  assert.equal(calls.analyze, 1, "no second analysis");
  assert.equal(grader.counters.cacheHits, 1);
});

test("sitegrade: two pages at once share one job", async () => {
  const { grader, calls } = setup();
  const [a, b] = await Promise.all([grader.visit("https://shop.example/a", link), grader.visit("https://shop.example/b", link)]);
  assert.equal(a.state, "done");
  assert.equal(b.state, "done");
  assert.equal(calls.fetch.length, 1);
});

test("sitegrade: a stale report is refreshed, analysed again only if it changed", async () => {
  let now = 5_000_000;
  const { grader, calls, setHTML } = setup({ now: () => now });
  await grader.visit("https://shop.example/a", link);
  now += TTL_MS + 1;
  const same = await grader.visit("https://shop.example/a", link);
  assert.equal(same.state, "done");
  assert.equal(calls.fetch.length, 2);
  assert.equal(calls.analyze, 1, "same content: not analysed again");
  now += TTL_MS + 1;
  setHTML("<h1>Privacy</h1><p>changed</p>");
  await grader.visit("https://shop.example/a", link);
  assert.equal(calls.analyze, 2);
});

test("sitegrade: no permission, cross-site, no link", async () => {
  const denied = setup({ permitted: false });
  assert.equal((await denied.grader.visit("https://shop.example/a", link)).state, "need_permission");
  assert.equal(denied.calls.fetch.length, 0);

  const { grader, calls } = setup();
  const cross = { url: "https://parent.example/privacy", sameSite: false, site: "parent.example" };
  assert.equal((await grader.visit("https://shop.example/a", cross)).state, "ask_cross");
  assert.equal(calls.fetch.length, 0, "nothing fetched before the user answers");
  await grader.answerCross("shop.example", false);
  assert.equal((await grader.visit("https://shop.example/a", cross)).state, "declined");
  await grader.answerCross("shop.example", true);
  assert.equal((await grader.visit("https://shop.example/a", cross)).state, "done");
  assert.deepEqual(calls.fetch, [cross.url]);

  assert.equal((await grader.visit("https://other.example/", null)).state, "no_link");
  // A page without the link keeps what another page of the site found.
  assert.equal((await grader.visit("https://shop.example/cart", null)).state, "done");
});

test("sitegrade: fetchPolicy asks for no cookies and no referrer, caps the size", async () => {
  /** @type {any[]} */
  const seen = [];
  const fake = async (/** @type {string} */ url, /** @type {any} */ init) => {
    seen.push({ url, init });
    if (url.endsWith("/big")) return new Response("x".repeat(2000), { headers: { "content-type": "text/html" } });
    if (url.endsWith("/pdf")) return new Response("%PDF", { headers: { "content-type": "application/pdf" } });
    if (url.endsWith("/404")) return new Response("no", { status: 404 });
    return new Response(new TextEncoder().encode("<meta charset=utf-8><p>Données</p>"), { headers: { "content-type": "text/html" } });
  };
  const got = await fetchPolicy("https://a.example/privacy", { fetch: /** @type {any} */ (fake) });
  assert.equal(got.html, "<meta charset=utf-8><p>Données</p>");
  assert.equal(seen[0].init.credentials, "omit");
  assert.equal(seen[0].init.referrerPolicy, "no-referrer");
  await assert.rejects(fetchPolicy("https://a.example/big", { fetch: /** @type {any} */ (fake), maxBytes: 1000 }), { code: "too_large" });
  await assert.rejects(fetchPolicy("https://a.example/pdf", { fetch: /** @type {any} */ (fake) }), { code: "not_html" });
  await assert.rejects(fetchPolicy("https://a.example/404", { fetch: /** @type {any} */ (fake) }), { code: "fetch_failed" });
  const slow = () => new Promise((_, reject) => setTimeout(() => reject(new Error("aborted")), 50));
  await assert.rejects(fetchPolicy("https://a.example/slow", { fetch: /** @type {any} */ (slow), timeoutMs: 10 }), { code: "fetch_failed" });
});

test("sitegrade: decode follows the declared charset", () => {
  const latin1 = new Uint8Array([0x63, 0x6f, 0x6e, 0x66, 0x69, 0x64, 0x65, 0x6e, 0x74, 0x69, 0x61, 0x6c, 0x69, 0x74, 0xe9]);
  assert.equal(decode(latin1, "text/html; charset=iso-8859-1"), "confidentialité");
  const meta = new TextEncoder().encode('<meta charset="windows-1252">');
  assert.equal(decode(new Uint8Array([...meta, 0xe9]), "text/html"), '<meta charset="windows-1252">é');
  assert.equal(decode(new TextEncoder().encode("é"), ""), "é");
});
