// The page as the engine reads it: the HTML of what a reader of the page
// can see, built from the live DOM.
//
// `document.documentElement.outerHTML` misses text a reader sees, and
// carries much that no reader does:
//   - text drawn inside a shadow root (web components: a <privacy-policy>
//     element whose paragraphs live in its shadow tree) is not in outerHTML,
//     nor in body.innerText; such a page read as "not a policy";
//   - a policy shown in a same-origin frame is not in the parent's HTML;
//   - scripts, styles, inline SVG and the like are most of a modern page's
//     bytes (the engine drops them: analyzer/extract's alwaysChrome), and
//     they could take a page over the engine's 5 MiB limit.
// serialize() writes the flat tree instead: each shadow host's shadow tree
// in place of its children, each <slot> replaced by the nodes assigned to it
// (or its fallback content), a readable frame's body in place of the frame,
// and none of the elements the engine drops anyway but for two marks it
// reads in them: scripts, written empty (a notice vendor's script id), and
// the page's JSON data (see pageData), whose text the engine weighs against
// what the page shows. hiddenText() gives the text innerText misses (shadow
// trees and frames), for the policy-page heuristic; textNodes() the text
// nodes in the same order, for marking a sentence where it sits.
//
// Pure DOM: no chrome.* call (content.js passes chrome.dom's closed-root
// accessor in opts), so it is unit-tested in Node with jsdom
// (extension/tests/pagehtml.test.mjs). Published as globalThis.PolicyLensPage
// for the same reason as lib/detect.js (a content script cannot be an ES
// module).
(function (root) {
  "use strict";

  /**
   * Elements never written: the engine drops them (analyzer/extract
   * alwaysChrome), and they are most of a page's bytes. A script is written
   * empty (see serialize). iframe and frame are replaced by their document
   * when it can be read. As in the engine, an element that opens or
   * controls another (aria-expanded, aria-controls) is kept.
   */
  const DROP = new Set(["script", "style", "noscript", "template", "svg", "iframe", "frame", "object", "embed", "canvas", "link"]);

  /** Elements whose text is never shown as page prose (besides DROP). */
  const SKIP_TEXT = new Set(["textarea", "select", "option", "title"]);

  /** Elements with no end tag. */
  const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);

  /** Elements whose first newline the HTML parser swallows. */
  const LEADING_NEWLINE = new Set(["pre", "textarea", "listing"]);

  /** Attributes never written: handlers, image sources, script data. */
  const DROP_ATTR = new Set(["src", "srcset", "sizes", "nonce", "integrity", "ping", "background"]);

  /** A style the engine reads: it hides the element (analyzer/extract reDisplayNo). */
  const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

  /** A frame's document is read in place when its body holds this many words. */
  const FRAME_MIN_WORDS = 150;

  /**
   * The engine's input limit (analyzer.MaxInputBytes, 5 MiB): content.js
   * writes no more, the engine refusing a longer page as too large.
   */
  const MAX_CHARS = 5 << 20;

  /** Frames inside frames are read this deep. */
  const MAX_FRAME_DEPTH = 3;

  /**
   * @typedef {Object} Options
   * @property {(el: Element) => ShadowRoot|null} [shadowRootOf] the element's shadow root, open or
   *   closed (content.js: chrome.dom.openOrClosedShadowRoot); default el.shadowRoot (open roots only)
   * @property {number} [maxChars] stop writing after this many characters (the engine refuses more)
   */

  /**
   * @typedef {Object} Serialized
   * @property {string} html the page's flat tree as HTML
   * @property {number} shadowRoots shadow trees written in place of their host's children
   * @property {number} frames frame documents written in place of their frame
   * @property {boolean} truncated stopped at maxChars
   */

  /** @param {string} s */
  function escapeText(s) {
    return s.replace(/[&<>\u00a0]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&nbsp;"));
  }

  /** @param {string} s */
  function escapeAttr(s) {
    return s.replace(/[&"\u00a0]/g, (c) => (c === "&" ? "&amp;" : c === '"' ? "&quot;" : "&nbsp;"));
  }

  /**
   * Whether an element is never written.
   * @param {Element} el
   */
  function dropped(el) {
    return DROP.has(el.localName) && !el.hasAttribute("aria-expanded") && !el.hasAttribute("aria-controls");
  }

  /**
   * The attributes worth writing, as ` name="value"` pairs.
   * @param {Element} el
   */
  function attributes(el) {
    let out = "";
    const attrs = el.attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i];
      const name = a.name.toLowerCase();
      if (DROP_ATTR.has(name) || name.startsWith("on") || name.startsWith("data-")) continue;
      if (name === "style" && !HIDING_STYLE.test(a.value)) continue;
      if ((name === "href" || name === "action") && /^\s*(?:javascript|data):/i.test(a.value)) continue;
      if (!/^[^\s"'<>/=]+$/.test(a.name)) continue;
      out += ` ${a.name}="${escapeAttr(a.value)}"`;
    }
    return out;
  }

  /**
   * The document of a frame element when this script may read it, else null.
   * @param {Element} el
   * @returns {Document|null}
   */
  function frameDocument(el) {
    try {
      const doc = /** @type {HTMLIFrameElement} */ (el).contentDocument;
      return doc && doc.body ? doc : null;
    } catch {
      return null; // cross-origin
    }
  }

  /** @param {string} s */
  function countWords(s) {
    const m = s.match(/\p{L}+/gu);
    return m ? m.length : 0;
  }

  /**
   * A frame's body when it reads as text worth adding (FRAME_MIN_WORDS), else null.
   * @param {Element} el
   * @param {number} depth frames already entered
   */
  function readableFrame(el, depth) {
    if (depth >= MAX_FRAME_DEPTH || (el.localName !== "iframe" && el.localName !== "frame")) return null;
    const doc = frameDocument(el);
    if (!doc) return null;
    return countWords(doc.body.textContent || "") >= FRAME_MIN_WORDS ? doc.body : null;
  }

  /**
   * The element's shadow root, or null.
   * @param {Element} el
   * @param {Options} opts
   */
  function shadowOf(el, opts) {
    if (el.shadowRoot) return el.shadowRoot;
    // Closed roots are asked for on custom elements only: the accessor is an
    // extension call, too slow for every element of a page.
    if (opts.shadowRootOf && el.localName.includes("-")) {
      try {
        return opts.shadowRootOf(el) || null;
      } catch {
        return null;
      }
    }
    return null;
  }

  /**
   * @typedef {Object} Context where the walk is
   * @property {boolean} inShadow in a shadow tree: its <slot>s are filled
   * @property {boolean} hidden innerText does not reach here (a shadow tree, a frame)
   * @property {Context|null} host the context of the shadow host's tree (for slotted nodes)
   */

  /**
   * @typedef {Object} Visitor
   * @property {(node: Text, ctx: Context) => void} text
   * @property {(el: Element, ctx: Context) => void} [open] before an element's content
   * @property {(el: Element, ctx: Context) => void} [close] after it
   * @property {(el: Element) => void} [skip] an element the engine drops, skipped with its content
   * @property {(body: HTMLElement) => void} [openFrame] before a frame's content
   * @property {(body: HTMLElement) => void} [closeFrame] after it
   * @property {() => boolean} [done] stop the walk
   */

  /**
   * Walks the page's flat tree in reading order, as a reader sees it: a
   * shadow host's shadow tree in place of its children, a <slot> as the
   * nodes assigned to it (or its fallback content), a readable frame as its
   * body; elements the engine drops are skipped with their content.
   * @param {Document} doc
   * @param {Options} opts
   * @param {Visitor} v
   * @returns {{shadowRoots: number, frames: number}}
   */
  function walk(doc, opts, v) {
    let shadowRoots = 0;
    let frames = 0;
    /**
     * @param {Node} node
     * @param {number} depth frames entered
     * @param {Context} ctx
     */
    const visit = (node, depth, ctx) => {
      if (v.done && v.done()) return;
      if (node.nodeType === 3) {
        v.text(/** @type {Text} */ (node), ctx);
        return;
      }
      if (node.nodeType !== 1) return;
      const el = /** @type {Element} */ (node);
      if (ctx.inShadow && el.localName === "slot") {
        const assigned = typeof (/** @type {any} */ (el).assignedNodes) === "function" ? /** @type {HTMLSlotElement} */ (el).assignedNodes() : [];
        // Assigned nodes belong to the host's tree.
        if (assigned.length) for (const n of assigned) visit(n, depth, ctx.host || ctx);
        else for (let n = el.firstChild; n; n = n.nextSibling) visit(n, depth, ctx);
        return;
      }
      const body = readableFrame(el, depth);
      if (body) {
        frames++;
        if (v.openFrame) v.openFrame(body);
        const inFrame = { inShadow: false, hidden: true, host: null };
        for (let n = body.firstChild; n; n = n.nextSibling) visit(n, depth + 1, inFrame);
        if (v.closeFrame) v.closeFrame(body);
        return;
      }
      if (dropped(el)) {
        if (v.skip) v.skip(el);
        return;
      }
      if (v.open) v.open(el, ctx);
      const shadow = shadowOf(el, opts);
      if (shadow) {
        shadowRoots++;
        const inner = { inShadow: true, hidden: true, host: ctx };
        for (let n = shadow.firstChild; n; n = n.nextSibling) visit(n, depth, inner);
      } else {
        for (let n = el.firstChild; n; n = n.nextSibling) visit(n, depth, ctx);
      }
      if (v.close) v.close(el, ctx);
    };
    if (doc.body) visit(doc.body, 0, { inShadow: false, hidden: false, host: null });
    return { shadowRoots, frames };
  }

  /**
   * Writes a page's flat tree as HTML.
   * @param {Document} doc
   * @param {Options} [opts]
   * @returns {Serialized}
   */
  function serialize(doc, opts = {}) {
    const max = opts.maxChars || Infinity;
    /** @type {string[]} */
    const parts = [];
    let size = 0;
    /** @param {string} s */
    const put = (s) => {
      parts.push(s);
      size += s.length;
    };
    const html = doc.documentElement;
    put(`<!DOCTYPE html><html${html ? attributes(html) : ""}><head>`);
    const title = doc.querySelector("title");
    if (title) put(`<title>${escapeText(title.textContent || "")}</title>`);
    for (const meta of Array.from(doc.querySelectorAll("head meta[name], head meta[property], head meta[itemprop]"))) put(`<meta${attributes(meta)}>`);
    put("</head>");
    const counts = walk(doc, opts, {
      text: (node) => put(escapeText(node.nodeValue || "")),
      open(el) {
        put(`<${el.localName}${attributes(el)}>`);
        const first = el.firstChild;
        if (LEADING_NEWLINE.has(el.localName) && first && first.nodeType === 3 && (first.nodeValue || "").startsWith("\n")) put("\n");
      },
      close(el) {
        if (!VOID.has(el.localName)) put(`</${el.localName}>`);
      },
      // A script is written empty, its content left out: some notice
      // vendors' embeds are known to the engine by their script's id
      // (Cookiebot's "CookieDeclaration", analyzer loadedOr), and a page
      // whose notice never rendered is then "loaded by a script", not "not
      // a policy". JSON data comes after the body (pageData).
      skip(el) {
        if (el.localName === "script" && !isPageData(el)) put(`<script${attributes(el)}></script>`);
      },
      openFrame: () => put("<div>"),
      closeFrame: () => put("</div>"),
      done: () => size > max,
    });
    const truncated = size > max;
    if (!truncated) {
      for (const data of pageData(doc)) if (size + data.length <= max) put(data);
      put("</html>");
    }
    return { html: parts.join(""), ...counts, truncated };
  }

  /**
   * Whether a script element holds data, not code: <script type="application/json">.
   * @param {Element} el
   */
  function isPageData(el) {
    return (el.getAttribute("type") || "").trim().toLowerCase() === "application/json";
  }

  /**
   * The page's JSON data scripts (<script type="application/json">, such
   * as Next.js's __NEXT_DATA__), written as they are. A script-built page can
   * show only part of its policy (one document of several, collapsed
   * sections) while that data holds all of it; the engine measures the data's
   * rich text (analyzer/extract embeddedText) to say that the report may rest
   * on part of the policy, instead of grading a table of contents. No "</" or
   * "<!--" ends the script early: inside JSON strings they are written as
   * "<\/" and "\u003c!--", which read the same.
   * @param {Document} doc
   * @returns {string[]}
   */
  function pageData(doc) {
    /** @type {string[]} */
    const out = [];
    for (const script of Array.from(doc.querySelectorAll("script[type]"))) {
      if (!isPageData(script)) continue;
      const text = (script.textContent || "").replace(/<\//g, "<\\/").replace(/<!--/g, "\\u003c!--");
      if (text.trim()) out.push(`<script type="application/json">${text}</script>`);
    }
    return out;
  }

  /**
   * Whether the page has a shadow tree or a readable frame: one pass over its
   * elements, so that the usual page costs hiddenText no more.
   * @param {Document} doc
   * @param {Options} opts
   */
  function hasHidden(doc, opts) {
    const all = doc.body.getElementsByTagName("*");
    for (let i = 0; i < all.length; i++) {
      const el = all[i];
      if (shadowOf(el, opts) || readableFrame(el, 0)) return true;
    }
    return false;
  }

  /**
   * Elements that start a new line of text: hiddenText ends a line after
   * each; content.js tells word breaks between text nodes by them.
   */
  const BLOCKS = Object.freeze(["p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table",
    "section", "article", "aside", "header", "footer", "nav", "main", "blockquote", "pre", "figure", "figcaption", "address", "details",
    "summary", "form", "fieldset", "br", "hr"]);
  const BLOCK_SET = new Set(BLOCKS);

  /**
   * The text a reader sees that body.innerText leaves out: the text of
   * shadow trees (without the light nodes their slots show, which innerText
   * has) and of readable frames. "" on a page with neither.
   * @param {Document} doc
   * @param {Options} [opts]
   * @returns {string}
   */
  function hiddenText(doc, opts = {}) {
    if (!doc.body || !hasHidden(doc, opts)) return "";
    /** @type {string[]} */
    const out = [];
    walk(doc, opts, {
      text(node, ctx) {
        if (ctx.hidden) out.push(node.nodeValue || "");
      },
      close(el, ctx) {
        if (ctx.hidden && BLOCK_SET.has(el.localName)) out.push("\n");
      },
      closeFrame: () => out.push("\n"),
    });
    return out.join("").replace(/[ \t]*\n\s*/g, "\n").trim();
  }

  /**
   * The page's text nodes in reading order (the flat tree of walk: shadow
   * trees and readable frames included), those with text whose element
   * `shown` accepts; content.js marks sentences in them.
   * @param {Document} doc
   * @param {(el: Element) => boolean} shown
   * @param {Options} [opts]
   * @returns {Text[]}
   */
  function textNodes(doc, shown, opts = {}) {
    /** @type {Text[]} */
    const out = [];
    walk(doc, opts, {
      text(node) {
        const parent = node.parentElement;
        if (parent && node.nodeValue && node.nodeValue.trim() && !SKIP_TEXT.has(parent.localName) && shown(parent)) out.push(node);
      },
    });
    return out;
  }

  root.PolicyLensPage = Object.freeze({ serialize, hiddenText, textNodes, BLOCKS, FRAME_MIN_WORDS, MAX_CHARS });
})(globalThis);
