// Content script: reads the page for the background and shows a clause on
// the page when the popup asks.
//
// Runs after lib/detect.js, lib/locate.js, lib/sitepolicy.js and
// lib/pagehtml.js (manifest "content_scripts"), which publish
// PolicyLensDetect, PolicyLensLocate, PolicyLensSite and PolicyLensPage on
// this isolated world's globalThis. The engine gets the page's flat tree
// (lib/pagehtml.js): shadow trees and readable frames in place, styles and
// the code of scripts left out. On a page that is not a
// policy it looks, when the browser is idle, for the site's own policy link
// and reports it: the background grades the site from it.
//
// Messages it answers (from the popup, through chrome.tabs):
//   {type: "analyze-now"}                 send the page to the engine whatever the heuristic says
//   {type: "highlight", text, start?, textBytes?}  mark the sentence (opening the collapsed section that hides it), scroll to it, focus it
//   {type: "mark-findings", sentences}   mark every finding (a policy opened from the popup), opening collapsed sections that hide one
//   {type: "ping"}                        {ok: true, docId} (is this still the document the background knows?)
//   {type: "mark-changes", added, reworded}  mark the sentences changed since the last reading, each kind in its colour
// Messages it sends (to the background):
//   {type: "analyze", url, title, html, force, docId}
//   {type: "page-status", url, policy: false, waiting: true, docId}   watching a page still being rendered
//   {type: "page-status", url, policy: false, reasons, policyLink, siteChecked: true, cost, docId}
(() => {
  "use strict";
  // Injected twice (manifest + the popup's scripting fallback): keep one.
  if (globalThis.__policylensContent) return;
  globalThis.__policylensContent = true;

  /** Names this document: the background tells a #fragment change (same id) from a new page. */
  const DOC_ID = typeof crypto.randomUUID === "function" ? crypto.randomUUID() : String(Math.random()).slice(2);
  const Detect = globalThis.PolicyLensDetect;
  const Locate = globalThis.PolicyLensLocate;
  const Site = globalThis.PolicyLensSite;
  const Page = globalThis.PolicyLensPage;
  /**
   * How lib/pagehtml.js reads the page: closed shadow roots too (an
   * extension may: chrome.dom in Chromium, openOrClosedShadowRoot in
   * Firefox), and no more than the engine accepts (analyzer.MaxInputBytes;
   * beyond it the engine says the page is too large).
   * @type {import("./lib/pagehtml.js").Options}
   */
  const PAGE_OPTS = {
    shadowRootOf: (el) => {
      const dom = globalThis.chrome && /** @type {any} */ (chrome).dom;
      if (dom && typeof dom.openOrClosedShadowRoot === "function") return dom.openOrClosedShadowRoot(el);
      // Firefox: a property of elements, seen by extensions only.
      const own = /** @type {any} */ (el).openOrClosedShadowRoot;
      return own !== undefined ? own : el.shadowRoot;
    },
    maxChars: Page.MAX_CHARS,
  };
  const MARK_CLASS = "policylens-highlight";
  const FINDING_CLASS = "policylens-finding";
  const STYLE_ID = "policylens-highlight-style";

  /** @returns {import("./lib/detect.js").PageInfo} */
  function pageInfo() {
    // h1s first: lib/detect.js reads the first heading as the page's main one.
    const headings = [...document.querySelectorAll("h1"), ...document.querySelectorAll("h2")]
      .map((h) => h.textContent || "")
      .slice(0, 12);
    const body = document.body;
    const text = body ? body.innerText || body.textContent || "" : "";
    // Text in shadow trees and frames is not in innerText.
    const hidden = Page.hiddenText(document, PAGE_OPTS);
    return {
      url: location.href,
      title: document.title,
      headings,
      text: hidden ? `${text}\n${hidden}` : text,
      lang: document.documentElement.lang || "",
    };
  }

  /**
   * Whether the page is a policy (lib/detect.js), from the text a reader
   * sees. A page named as the policy (two of URL, title and main heading)
   * with little visible text may have its sections collapsed (an accordion
   * of closed panels): it is judged again on all its text, which the engine
   * reads too.
   * @returns {import("./lib/detect.js").Verdict}
   */
  function judge() {
    const info = pageInfo();
    const verdict = Detect.assess(info);
    if (verdict.policy || !verdict.thin || verdict.strong < 2) return verdict;
    const all = textNodes(true)
      .map((n) => n.nodeValue)
      .join(" ");
    const full = Detect.assess({ ...info, text: all });
    return full.policy ? { ...full, reasons: [...full.reasons, "collapsed"] } : verdict;
  }

  /**
   * Sends the page to the background for analysis.
   * @param {boolean} force analyse even if the heuristic said no
   * @returns {Promise<any>} the background's answer (the tab state)
   */
  function sendPage(force) {
    const page = timed(() => Page.serialize(document, PAGE_OPTS), "serialize");
    return chrome.runtime.sendMessage({
      type: "analyze",
      url: location.href,
      title: document.title,
      html: page.html,
      force,
      docId: DOC_ID,
    });
  }

  /** How long a page with too little text is watched for script-rendered text. */
  const WATCH_MS = 6000;
  /** Quiet time after a DOM change before the page is judged again. */
  const SETTLE_MS = 300;
  /** Main-thread time this script spent on the page (ms), reported for the tests. */
  let cost = 0;
  /** The same, per step. @type {Record<string, number>} */
  const costs = {};
  /**
   * Runs fn and adds its duration to cost.
   * @template T
   * @param {() => T} fn
   * @param {string} [step]
   * @returns {T}
   */
  function timed(fn, step = fn.name || "detect") {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      const ms = performance.now() - t0;
      cost += ms;
      costs[step] = (costs[step] || 0) + ms;
    }
  }

  /** @param {unknown} err */
  const logError = (err) => console.debug("PolicyLens:", err && /** @type {any} */ (err).message ? /** @type {any} */ (err).message : err);

  function start() {
    const verdict = timed(judge, "detect");
    if (verdict.policy) {
      sendPage(false).catch(logError);
      return;
    }
    // Too little text, or a page that names a policy without its text yet:
    // the text may still be coming (rendered by script). Watch the DOM for a
    // few seconds rather than report "not a policy" now.
    if (verdict.thin || verdict.strong >= 2) {
      watch();
      return;
    }
    notPolicy(verdict);
  }

  /**
   * Watches the DOM for WATCH_MS; judges the page again after each burst of
   * changes; sends it as soon as it reads as a policy.
   */
  function watch() {
    chrome.runtime.sendMessage({ type: "page-status", url: location.href, policy: false, waiting: true, docId: DOC_ID }).catch(logError);
    /** @type {ReturnType<typeof setTimeout>|undefined} */
    let settle;
    let over = false;
    const finish = (/** @type {boolean} */ final) => {
      if (over) return;
      const verdict = timed(judge, "detect");
      if (verdict.policy || final) {
        over = true;
        observer.disconnect();
        clearTimeout(settle);
        clearTimeout(deadline);
        if (verdict.policy) sendPage(false).catch(logError);
        else notPolicy(verdict);
      }
    };
    const observer = new MutationObserver(() => {
      clearTimeout(settle);
      settle = setTimeout(() => finish(false), SETTLE_MS);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    const deadline = setTimeout(() => finish(true), WATCH_MS);
  }

  /**
   * Reports an ordinary page, with its site's policy link once found (when
   * the browser is idle: the page comes first).
   * @param {import("./lib/detect.js").Verdict} verdict
   */
  function notPolicy(verdict) {
    const base = { type: "page-status", url: location.href, policy: false, reasons: verdict.reasons, docId: DOC_ID };
    const later = typeof requestIdleCallback === "function" ? (/** @type {() => void} */ f) => requestIdleCallback(f, { timeout: 3000 }) : (/** @type {() => void} */ f) => setTimeout(f, 200);
    later(() => {
      const policyLink = timed(findPolicyLink);
      chrome.runtime
        .sendMessage({ ...base, policyLink, siteChecked: true, cost, costs })
        .then((res) => {
          // A tab opened by "Open the policy with highlights".
          if (res && res.analyze) return sendPage(true);
          return undefined;
        })
        .catch(logError);
    });
  }

  /** Elements whose links are the site's own chrome (footer, menus). */
  const CHROME = "footer, nav, header, [role=contentinfo], [role=navigation], [role=menu], [class*=footer i], [id*=footer i], [class*=menu i]";

  /**
   * The site's privacy policy link on this page (lib/sitepolicy.js decides).
   * @returns {any} a PolicyLink or null
   */
  function findPolicyLink() {
    const page = location.href;
    const site = Site.siteOf(page);
    if (!site) return null;
    const links = [];
    const nodes = document.querySelectorAll('a[href], area[href], link[rel~="privacy-policy" i]');
    const max = Math.min(nodes.length, 5000);
    for (let i = 0; i < max; i++) {
      const a = /** @type {HTMLAnchorElement} */ (nodes[i]);
      const text = a.tagName === "LINK" ? "" : (a.textContent || "").slice(0, 120);
      const link = { href: a.href, text, aria: a.getAttribute("aria-label") || a.getAttribute("title") || "", rel: a.getAttribute("rel") || "", chrome: false };
      // Only links that name a policy are worth the closest() walk.
      if (!Site.scoreLink(link, site)) continue;
      link.chrome = !!a.closest(CHROME);
      links.push(link);
    }
    links.push(...policyFrames(page, site));
    return Site.findPolicyLink(links, page);
  }

  /** Smallest frame, in CSS pixels, that can be the page's main content. */
  const MAIN_FRAME = { width: 300, height: 200 };

  /**
   * The frames of a page that may show the site's policy, as links: a page
   * named as the policy (URL or title) whose text is in a frame from another
   * origin (a policy-hosting service), which this script cannot read. A large
   * frame of such a page counts as a rel="privacy-policy" link; any other
   * frame only when its address or title names a policy.
   * @param {string} page this page's URL
   * @param {string} site this page's registrable domain
   * @returns {any[]} LinkInfo values for lib/sitepolicy.js
   */
  function policyFrames(page, site) {
    const named = Detect.urlNamesPolicy(page) || Detect.namesPolicy(Detect.fold(document.title));
    const out = [];
    for (const f of document.querySelectorAll("iframe[src], frame[src]")) {
      const frame = /** @type {HTMLIFrameElement} */ (f);
      const box = frame.getBoundingClientRect();
      if (box.width < MAIN_FRAME.width || box.height < MAIN_FRAME.height) continue;
      const link = {
        href: frame.src,
        text: frame.title || "",
        aria: frame.getAttribute("aria-label") || "",
        rel: named ? "privacy-policy" : "",
        chrome: false,
      };
      if (Site.scoreLink(link, site)) out.push(link);
    }
    return out;
  }

  /**
   * The text nodes of the page a reader sees, in reading order: shadow
   * trees and readable frames included, as the engine read them. With
   * `all`, those of collapsed and hidden elements too.
   * @param {boolean} [all]
   * @returns {Text[]}
   */
  function textNodes(all = false) {
    if (all) return Page.textNodes(document, () => true, PAGE_OPTS);
    /** @type {Map<Element, boolean>} */
    const visible = new Map();
    const isVisible = (/** @type {Element} */ el) => {
      let v = visible.get(el);
      if (v === undefined) {
        v = typeof el.checkVisibility === "function" ? el.checkVisibility() : true;
        visible.set(el, v);
      }
      return v;
    };
    return Page.textNodes(document, isVisible, PAGE_OPTS);
  }

  /** Elements that start a new line of text (a word break between their contents and outside). */
  const BLOCKS = Page.BLOCKS.join(", ");

  /**
   * For each text node, whether a word break separates it from the previous
   * one: they sit in different blocks, or a <br> or block lies between them.
   * @param {Text[]} nodes
   * @returns {boolean[]}
   */
  function wordBreaks(nodes) {
    return nodes.map((node, i) => {
      if (i === 0) return true;
      const prev = nodes[i - 1];
      const a = prev.parentElement && prev.parentElement.closest(BLOCKS);
      const b = node.parentElement && node.parentElement.closest(BLOCKS);
      if (a !== b) return true;
      // Same block: a <br> (or an image...) between them still breaks words.
      const range = document.createRange();
      range.setStartAfter(prev);
      range.setEndBefore(node);
      const between = range.cloneContents();
      return !!between.querySelector && !!between.querySelector("br, img, hr");
    });
  }

  /** Shadow roots and frame documents holding marks, besides the page's document. */
  /** @type {Set<Document|ShadowRoot>} */
  const markRoots = new Set();

  /**
   * Removes the marks of a class, restoring the text nodes.
   * @param {string} cls
   */
  function unmark(cls) {
    for (const root of [document, ...markRoots]) {
      for (const mark of root.querySelectorAll("mark." + cls)) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
        parent.normalize();
      }
    }
  }

  /** Removes the previous highlight. */
  function clearHighlight() {
    unmark(MARK_CLASS);
  }

  /** The marks' style: the highlight, findings, and changes since the last reading. */
  const MARK_CSS =
    "mark." + MARK_CLASS + "{background:#ffe45c !important;color:#111 !important;" +
    "box-shadow:0 0 0 2px #8a4b00;border-radius:2px;scroll-margin:30vh 0}" +
    "mark." + MARK_CLASS + ":focus{outline:3px solid #1a4fd6;outline-offset:2px}" +
    "mark.policylens-flag{background:#fdecea !important;color:#111 !important;border-bottom:2px solid #b3261e}" +
    "mark.policylens-vague{background:#fff1de !important;color:#111 !important;border-bottom:2px dashed #8a4b00}";

  /**
   * Puts the marks' style in the document or shadow root that holds node
   * (a page's style does not reach into a shadow tree, nor into a frame).
   * @param {Node} node
   */
  function ensureStyle(node) {
    const root = /** @type {Document|ShadowRoot} */ (node.getRootNode());
    if (root !== document) markRoots.add(root);
    if (root.getElementById(STYLE_ID)) return;
    const doc = node.ownerDocument || document;
    const style = doc.createElement("style");
    style.id = STYLE_ID;
    style.textContent = MARK_CSS + CHANGE_CSS;
    if (root.nodeType === 9) {
      const d = /** @type {Document} */ (root);
      (d.head || d.documentElement).appendChild(style);
    } else {
      root.appendChild(style);
    }
  }

  /**
   * Wraps [start, end) of one text node in a mark.
   * @param {Text} node
   * @param {number} start
   * @param {number} end
   * @param {string} [className]
   * @returns {HTMLElement|null}
   */
  function wrap(node, start, end, className = MARK_CLASS) {
    const len = node.nodeValue ? node.nodeValue.length : 0;
    start = Math.max(0, Math.min(start, len));
    end = Math.max(start, Math.min(end, len));
    if (end === start) return null;
    let target = node;
    if (start > 0) target = target.splitText(start);
    if (end - start < target.nodeValue.length) target.splitText(end - start);
    ensureStyle(target);
    const mark = (target.ownerDocument || document).createElement("mark");
    mark.className = className;
    target.parentNode.insertBefore(mark, target);
    mark.appendChild(target);
    return mark;
  }

  /**
   * The index lib/locate.js searches, over text nodes.
   * @param {Text[]} nodes
   */
  function indexOf(nodes) {
    return Locate.buildIndex(nodes.map((n) => n.nodeValue || ""), wordBreaks(nodes));
  }

  /**
   * Finds a sentence among text nodes.
   * @param {Text[]} nodes
   * @param {string} text
   * @param {number|undefined} hint where it is, as a share of the text
   */
  function find(nodes, text, hint) {
    return Locate.locate(indexOf(nodes), text, hint);
  }

  /** The element that hosts el's shadow tree, or null. @param {Element} el */
  const hostOf = (el) => /** @type {any} */ (el.getRootNode()).host || null;

  /**
   * Opens what hides a text node, as a reader would: each closed <details>
   * around it, and each collapsed panel (accordion, tab) whose controlling
   * element says it is collapsed (aria-controls naming the panel,
   * aria-expanded="false"), clicked. The engine reads the text of such
   * panels, so a sentence of the report may be in one.
   * @param {Node} node
   * @returns {boolean} whether anything was opened
   */
  function reveal(node) {
    let opened = false;
    for (let el = node.parentElement; el; el = el.parentElement || hostOf(el)) {
      if (el.localName === "details" && !(/** @type {HTMLDetailsElement} */ (el).open)) {
        /** @type {HTMLDetailsElement} */ (el).open = true;
        opened = true;
      }
      if (!el.id) continue;
      const root = /** @type {Document|ShadowRoot} */ (el.getRootNode());
      const control = root.querySelector(`[aria-controls~="${CSS.escape(el.id)}"][aria-expanded="false"]`);
      if (control) {
        /** @type {HTMLElement} */ (control).click();
        opened = true;
      }
    }
    return opened;
  }

  /**
   * Finds a sentence in the text a reader sees; when it is in a collapsed
   * section, opens that section first (reveal) and finds it again.
   * @param {string} text
   * @param {number|undefined} hint where it is, as a share of the text
   * @returns {Promise<{nodes: Text[], m: any, revealed: boolean, error?: string}>}
   */
  async function locateShown(text, hint) {
    const nodes = textNodes();
    const m = find(nodes, text, hint);
    if (m) return { nodes, m, revealed: false };
    const all = textNodes(true);
    const hidden = find(all, text, hint);
    if (!hidden || !reveal(all[hidden.startNode])) return { nodes, m: null, revealed: false, error: "not_found" };
    // A panel may open on the next frame (a framework's state update).
    await new Promise((r) => setTimeout(r, 50));
    const shown = textNodes();
    const again = find(shown, text, hint);
    return { nodes: shown, m: again, revealed: true, error: again ? undefined : "hidden" };
  }

  /**
   * Marks a clause's sentence in the page and brings it into view. A
   * sentence in a collapsed section is revealed first (reveal).
   * @param {{text: string, start?: number, textBytes?: number}} msg
   * @returns {Promise<{ok: boolean, how?: string, text?: string, error?: string, revealed?: boolean}>}
   */
  async function highlight(msg) {
    clearHighlight();
    const hint =
      typeof msg.start === "number" && typeof msg.textBytes === "number" && msg.textBytes > 0
        ? msg.start / msg.textBytes
        : undefined;
    const { nodes, m, revealed, error } = await locateShown(String(msg.text || ""), hint);
    if (!m) return { ok: false, error };
    /** @type {HTMLElement[]} */
    const marks = [];
    for (let i = m.startNode; i <= m.endNode; i++) {
      const node = nodes[i];
      const from = i === m.startNode ? m.startOffset : 0;
      const to = i === m.endNode ? m.endOffset : (node.nodeValue || "").length;
      const mark = wrap(node, from, to);
      if (mark) marks.push(mark);
    }
    if (marks.length === 0) return { ok: false, error: "not_found" };
    const first = marks[0];
    first.setAttribute("tabindex", "-1");
    first.setAttribute("data-policylens-first", "");
    const reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    // A hidden tab renders no frames, so a smooth scroll would not progress.
    const smooth = !reduce && document.visibilityState === "visible";
    first.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "center" });
    // Screen readers follow focus; preventScroll keeps the smooth scroll.
    first.focus({ preventScroll: true });
    return { ok: true, how: m.how, text: marks.map((el) => el.textContent).join(""), revealed };
  }

  // ---- sentences changed since the last reading (popup-change.js) ----------

  /** Mark classes and colours of lib/changes.js CHANGE_COLORS. */
  const CHANGE_MARKS = {
    added: { cls: "policylens-change-added", bg: "#c9f0d1", outline: "#1b6e2d" },
    reworded: { cls: "policylens-change-reworded", bg: "#dbe6ff", outline: "#1a4fd6" },
  };

  const CHANGE_CSS = Object.values(CHANGE_MARKS)
    .map((k) => `mark.${k.cls}{background:${k.bg} !important;color:#111 !important;box-shadow:0 0 0 1px ${k.outline};border-radius:2px}`)
    .join("");

  function clearChanges() {
    for (const kind of Object.values(CHANGE_MARKS)) unmark(kind.cls);
  }

  /**
   * Marks every new and reworded sentence, each kind in its colour, without
   * scrolling: clicking one in the popup brings it into view.
   * @param {{added?: string[], reworded?: string[]}} msg
   * @returns {{ok: boolean, added: number, reworded: number}}
   */
  function markChanges(msg) {
    clearChanges();
    const nodes = textNodes();
    const index = indexOf(nodes);
    /** @type {{node: number, from: number, to: number, cls: string}[]} */
    const parts = [];
    const count = { added: 0, reworded: 0 };
    for (const kind of /** @type {const} */ (["added", "reworded"])) {
      for (const text of (msg && msg[kind]) || []) {
        const m = Locate.locate(index, String(text));
        if (!m) continue;
        count[kind]++;
        for (let i = m.startNode; i <= m.endNode; i++) {
          const from = i === m.startNode ? m.startOffset : 0;
          const to = i === m.endNode ? m.endOffset : (nodes[i].nodeValue || "").length;
          parts.push({ node: i, from, to, cls: CHANGE_MARKS[kind].cls });
        }
      }
    }
    // Wrap from the end of the page back, so that splitting a text node
    // leaves the offsets of the parts still to wrap valid; skip overlaps.
    parts.sort((a, b) => b.node - a.node || b.from - a.from);
    let limit = { node: Infinity, from: Infinity };
    for (const p of parts) {
      if (p.node === limit.node && p.to > limit.from) continue;
      wrap(nodes[p.node], p.from, p.to, p.cls);
      limit = { node: p.node, from: p.from };
    }
    return { ok: true, ...count };
  }

  /**
   * Marks every finding of the report in the page (a tab opened by "Open the
   * policy with highlights"): red flags in red, vague commitments in amber;
   * the first one is scrolled into view. A finding in a collapsed section
   * opens it (reveal).
   * @param {{sentences: {text: string, start: number, textBytes: number, kind: string}[]}} msg
   * @returns {Promise<{ok: boolean, marked: number}>}
   */
  async function markFindings(msg) {
    const list = Array.isArray(msg.sentences) ? msg.sentences : [];
    let marked = 0;
    /** @type {HTMLElement|null} */
    let first = null;
    for (const s of list) {
      // The text nodes change as marks are added: index them again each time.
      const hint = s.textBytes > 0 ? s.start / s.textBytes : undefined;
      const { nodes, m } = await locateShown(String(s.text || ""), hint);
      if (!m) continue;
      for (let i = m.startNode; i <= m.endNode; i++) {
        const node = nodes[i];
        const from = i === m.startNode ? m.startOffset : 0;
        const to = i === m.endNode ? m.endOffset : (node.nodeValue || "").length;
        const mark = wrap(node, from, to);
        if (!mark) continue;
        mark.className = FINDING_CLASS + " " + (s.kind === "flag" ? "policylens-flag" : "policylens-vague");
        if (!first) first = mark;
      }
      marked++;
    }
    if (first) first.scrollIntoView({ block: "center" });
    return { ok: true, marked };
  }

  chrome.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    switch (msg && msg.type) {
      case "analyze-now":
        sendPage(true).then(sendResponse, (err) =>
          sendResponse({ state: "error", error: { code: "internal", message: String(err && err.message ? err.message : err) } }),
        );
        return true;
      case "highlight":
        highlight(msg).then(sendResponse, (err) => sendResponse({ ok: false, error: String(err && err.message ? err.message : err) }));
        return true;
      case "mark-findings":
        markFindings(msg).then(sendResponse, (err) => sendResponse({ ok: false, error: String(err && err.message ? err.message : err) }));
        return true;
      case "ping":
        sendResponse({ ok: true, docId: DOC_ID });
        return false;
      case "mark-changes":
        try {
          sendResponse(markChanges(msg));
        } catch (err) {
          sendResponse({ ok: false, error: String(err && err.message ? err.message : err) });
        }
        return false;
      default:
        return false;
    }
  });

  start();
})();
