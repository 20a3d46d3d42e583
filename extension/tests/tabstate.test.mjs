// lib/tabstate.js: tab states in memory and storage.session, and the race
// of a restarted worker (a stored state read while a newer one is set).
import { test } from "node:test";
import assert from "node:assert/strict";

import { TabStates } from "../lib/tabstate.js";

/** A storage.session stand-in whose reads answer only when release() is called. */
function slowStorage(/** @type {Record<string, any>} */ init = {}) {
  const data = { ...init };
  /** @type {(() => void)[]} */
  const waiting = [];
  return {
    data,
    release() {
      for (const w of waiting.splice(0)) w();
    },
    async get(/** @type {string} */ key) {
      // What storage holds when asked, as chrome.storage answers.
      const snapshot = key in data ? { [key]: data[key] } : {};
      await new Promise((r) => waiting.push(() => r(undefined)));
      return snapshot;
    },
    async set(/** @type {Record<string, any>} */ items) {
      Object.assign(data, items);
    },
    async remove(/** @type {string} */ key) {
      delete data[key];
    },
  };
}

test("tabstate: a restarted worker finds the stored state", async () => {
  const storage = slowStorage({ "tab:7": { state: "done", url: "https://a.example/privacy" } });
  const tabs = new TabStates(storage);
  const got = tabs.get(7);
  storage.release();
  assert.deepEqual(await got, { state: "done", url: "https://a.example/privacy" });
  assert.deepEqual(tabs.peek(7), { state: "done", url: "https://a.example/privacy" });
});

test("tabstate: a state set while storage is read wins over the stored one", async () => {
  const old = { state: "done", url: "https://a.example/privacy" };
  const cases = [
    { name: "new page's state set", write: { state: "pending", url: "https://a.example/terms" } },
    { name: "tab forgotten", write: null },
  ];
  for (const c of cases) {
    const storage = slowStorage({ "tab:7": old });
    const tabs = new TabStates(storage);
    const reading = tabs.get(7); // a restarted worker's read (the popup's, a message's)
    await tabs.set(7, c.write); // the new page's message meanwhile
    storage.release();
    assert.deepEqual(await reading, c.write ?? undefined, c.name);
    assert.deepEqual(tabs.peek(7), c.write ?? undefined, `${c.name}: memory keeps the newer state`);
    assert.deepEqual(storage.data["tab:7"], c.write ?? undefined, `${c.name}: storage too`);
  }
});

test("tabstate: atCall answers with the state of before the call, never a newer one", async () => {
  const old = { state: "done", url: "https://a.example/privacy" };
  const cases = [
    // A busy machine: the "loading" event's read of storage answers after the
    // new page reported; the new page's state is not the old page's.
    { name: "new page's state set during the read", stored: old, write: { state: "pending", url: "https://a.example/terms" }, want: undefined },
    { name: "tab forgotten during the read", stored: old, write: null, want: undefined },
    { name: "nothing set during the read", stored: old, write: "none", want: old },
    { name: "nothing stored", stored: undefined, write: "none", want: undefined },
  ];
  for (const c of cases) {
    const storage = slowStorage(c.stored ? { "tab:7": c.stored } : {});
    const tabs = new TabStates(storage);
    const reading = tabs.atCall(7);
    if (c.write !== "none") await tabs.set(7, /** @type {any} */ (c.write));
    storage.release();
    assert.deepEqual(await reading, c.want, c.name);
    if (c.write !== "none") assert.deepEqual(tabs.peek(7), c.write ?? undefined, `${c.name}: memory keeps the newer state`);
  }
  // A state in memory is the answer at once.
  const tabs = new TabStates(slowStorage());
  await tabs.set(3, old);
  assert.deepEqual(await tabs.atCall(3), old);
});

test("tabstate: without storage, states live in memory", async () => {
  const tabs = new TabStates();
  assert.equal(await tabs.get(1), undefined);
  await tabs.set(1, { state: "pending" });
  assert.deepEqual(await tabs.get(1), { state: "pending" });
  assert.equal(tabs.size, 1);
  assert.deepEqual([...tabs], [[1, { state: "pending" }]]);
  await tabs.set(1, null);
  assert.equal(await tabs.get(1), undefined);
  assert.equal(tabs.size, 0);
});
