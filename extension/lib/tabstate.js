// Tab states of the service worker: what each tab shows (pending, done,
// error...), kept in memory and mirrored in storage.session so that a
// worker stopped when idle and started again finds them.
//
// A restarted worker gets events in a burst: a tab's "loading" event (the
// tab went to another page) may read the old page's state from storage while
// the new page's message sets the new state. What is set in memory meanwhile
// is newer than what storage held, so a read never puts the stored state
// back over it; and the "loading" event reads with atCall, which does not
// take that newer state (the new page's) for the old page's. A busy machine
// makes the same race without a restart: a fresh tab's first read of
// storage can answer after its page reported.

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
    return this.read(tabId, false);
  }

  /**
   * A tab's state as it was when called: from memory, else from storage.
   * When the state was set or forgotten while storage was read, the answer
   * is undefined: that state is newer than the caller's event (a tab's
   * "loading" event whose new page reported while storage answered slowly
   * must not take the new page's state for the old one's).
   * @param {number} tabId
   * @returns {Promise<T|undefined>}
   */
  async atCall(tabId) {
    return this.read(tabId, true);
  }

  /**
   * get and atCall: what a write during the storage read gives.
   * @param {number} tabId
   * @param {boolean} asOfCall
   * @returns {Promise<T|undefined>}
   */
  async read(tabId, asOfCall) {
    const mem = this.mem.get(tabId);
    if (mem || !this.storage) return mem;
    const writes = this.writes.get(tabId) ?? 0;
    const newer = () => (asOfCall ? undefined : this.mem.get(tabId));
    let stored;
    try {
      stored = (await this.storage.get(TabStates.key(tabId)))[TabStates.key(tabId)];
    } catch {
      return (this.writes.get(tabId) ?? 0) !== writes ? newer() : this.mem.get(tabId);
    }
    if ((this.writes.get(tabId) ?? 0) !== writes) return newer();
    if (stored) this.mem.set(tabId, stored);
    return stored;
  }
}
