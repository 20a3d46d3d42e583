// Tab states of the service worker: what each tab shows (pending, done,
// error...), kept in memory and mirrored in storage.session so that a
// worker stopped when idle and started again finds them.
//
// A restarted worker gets events in a burst: a tab's "loading" event (the
// tab went to another page) may read the old page's state from storage while
// the new page's message sets the new state. What is set in memory meanwhile
// is newer than what storage held, so a read never puts the stored state
// back over it.

/**
 * @template T
 */
export class TabStates {
  /**
   * @param {{get(key: string): Promise<Record<string, any>>, set(items: Record<string, any>): Promise<void>, remove(key: string): Promise<void>}} [storage]
   *   storage.session, or none (states live as long as the worker)
   */
  constructor(storage) {
    /** @type {Map<number, T>} */
    this.mem = new Map();
    this.storage = storage;
    /** @type {Map<number, number>} per tab: how many times its state was set or forgotten */
    this.writes = new Map();
  }

  /** @param {number} tabId */
  static key(tabId) {
    return `tab:${tabId}`;
  }

  /**
   * The state in memory now, without reading storage: to tell whether it
   * changed while something was awaited.
   * @param {number} tabId
   * @returns {T|undefined}
   */
  peek(tabId) {
    return this.mem.get(tabId);
  }

  /** Tabs with a state in memory. */
  get size() {
    return this.mem.size;
  }

  /** @returns {IterableIterator<[number, T]>} the states in memory, by tab */
  [Symbol.iterator]() {
    return this.mem.entries();
  }

  /**
   * Sets a tab's state (null forgets it) in memory at once, then in storage.
   * @param {number} tabId
   * @param {T|null} st
   */
  async set(tabId, st) {
    this.writes.set(tabId, (this.writes.get(tabId) ?? 0) + 1);
    if (st) this.mem.set(tabId, st);
    else this.mem.delete(tabId);
    if (!this.storage) return;
    try {
      if (st) await this.storage.set({ [TabStates.key(tabId)]: st });
      else await this.storage.remove(TabStates.key(tabId));
    } catch (err) {
      console.debug("PolicyLens: storage.session:", err);
    }
  }

  /**
   * A tab's state: from memory, else from storage (after a restart). When the
   * state was set or forgotten while storage was read, that newer state is
   * the answer.
   * @param {number} tabId
   * @returns {Promise<T|undefined>}
   */
  async get(tabId) {
    const mem = this.mem.get(tabId);
    if (mem || !this.storage) return mem;
    const writes = this.writes.get(tabId) ?? 0;
    let stored;
    try {
      stored = (await this.storage.get(TabStates.key(tabId)))[TabStates.key(tabId)];
    } catch {
      return this.mem.get(tabId);
    }
    if ((this.writes.get(tabId) ?? 0) !== writes) return this.mem.get(tabId);
    if (stored) this.mem.set(tabId, stored);
    return stored;
  }
}
