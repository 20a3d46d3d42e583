// Finds a clause's sentence in the page's text nodes. Pure (strings in,
// positions out) so that it is unit-tested in Node
// (extension/tests/locate.test.mjs); content.js walks the DOM and wraps what
// this finds. Published as globalThis.PolicyLensLocate for the same reason as
// lib/detect.js (a content script cannot be an ES module).
//
// The engine's clause text comes from the extracted text, not from the DOM:
// whitespace, quotes and dashes may differ, and a list item's clause may
// carry words the page splits across elements. Both sides are normalised one
// character to one character (so positions map back), whitespace runs are
// collapsed, and when the whole sentence is not found the longest prefix
// (then the longest suffix) of at least MIN_MATCH characters is used.
(function (root) {
  "use strict";

  /** Shortest prefix/suffix accepted when the whole sentence is not found. */
  const MIN_MATCH = 16;

  /**
   * Folds one character to the form both sides are compared in, or "" for
   * characters dropped entirely (soft hyphen, zero-width).
   * @param {string} ch
   * @returns {string} one character, or ""
   */
  function foldChar(ch) {
    if (/[\u00ad\u200b-\u200d\u2060\ufeff]/.test(ch)) return "";
    if (/\s/.test(ch)) return " ";
    if (/[’‘ʼ`´]/.test(ch)) return "'";
    if (/[“”«»„]/.test(ch)) return '"';
    if (/[‐-―−]/.test(ch)) return "-";
    const lower = ch.toLowerCase();
    return lower.length === 1 ? lower : ch;
  }

  /**
   * Normalises a needle: folded characters, whitespace collapsed, trimmed.
   * @param {string} s
   * @returns {string}
   */
  function normalize(s) {
    let out = "";
    for (const ch of String(s)) {
      const f = foldChar(ch);
      if (f === " " && (out === "" || out.endsWith(" "))) continue;
      out += f;
    }
    return out.trim();
  }

  /**
   * @typedef {Object} TextIndex
   * @property {string} text all strings, folded, whitespace collapsed (one space between strings)
   * @property {number[]} node for each char of text, the index of the string it came from
   * @property {number[]} offset for each char of text, its UTF-16 offset in that string
   */

  /**
   * Indexes a list of strings (the page's text nodes in document order).
   * @param {string[]} strings
   * @param {boolean[]} [breaks] breaks[i]: a word break separates string i
   *   from the one before (they sit in different blocks). Default: always,
   *   the common case in policies; "<b>per</b>sonal" needs false.
   * @returns {TextIndex}
   */
  function buildIndex(strings, breaks) {
    let text = "";
    const node = [];
    const offset = [];
    for (let i = 0; i < strings.length; i++) {
      const s = strings[i];
      if (i > 0 && text !== "" && !text.endsWith(" ") && (!breaks || breaks[i])) {
        // A virtual space, mapped to the end of the previous string.
        text += " ";
        node.push(i - 1);
        offset.push(strings[i - 1].length);
      }
      for (let j = 0; j < s.length; j++) {
        let ch = s[j];
        // Surrogate pairs are kept whole and mapped to their first unit.
        const code = s.charCodeAt(j);
        if (code >= 0xd800 && code <= 0xdbff && j + 1 < s.length) {
          ch = s.slice(j, j + 2);
        }
        const f = ch.length === 2 ? ch : foldChar(ch);
        if (f === "") continue;
        if (f === " " && (text === "" || text.endsWith(" "))) {
          if (ch.length === 2) j++;
          continue;
        }
        for (let k = 0; k < f.length; k++) {
          text += f[k];
          node.push(i);
          offset.push(j + k);
        }
        if (ch.length === 2) j++;
      }
    }
    return { text, node, offset };
  }

  /**
   * @typedef {Object} Match
   * @property {number} startNode index of the string the match starts in
   * @property {number} startOffset UTF-16 offset in it
   * @property {number} endNode index of the string the match ends in
   * @property {number} endOffset UTF-16 offset just past the match's last character
   * @property {"exact"|"prefix"|"suffix"} how
   * @property {number} length matched characters (normalised)
   */

  /**
   * Finds a sentence in an index.
   * @param {TextIndex} index
   * @param {string} sentence
   * @param {number} [hint] where the sentence is expected, 0..1 of the text
   *   (clause start / text bytes); picks among repeated occurrences
   * @returns {Match|null}
   */
  function locate(index, sentence, hint) {
    const needle = normalize(sentence);
    if (needle === "" || index.text === "") return null;
    let found = best(index.text, needle, hint);
    if (found >= 0) return toMatch(index, found, needle.length, "exact");

    // Longest prefix on word boundaries: if a prefix is found, every shorter
    // one is, so a binary search over the word ends suffices.
    const ends = wordEnds(needle).filter((e) => e >= MIN_MATCH);
    let lo = 0;
    let hi = ends.length - 1;
    let bestLen = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (index.text.indexOf(needle.slice(0, ends[mid])) >= 0) {
        bestLen = ends[mid];
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (bestLen > 0) {
      const p = needle.slice(0, bestLen);
      return toMatch(index, best(index.text, p, hint), p.length, "prefix");
    }

    // Longest suffix (the clause may start with a lead-in the page lays out apart).
    const starts = wordStarts(needle).filter((s) => needle.length - s >= MIN_MATCH);
    lo = 0;
    hi = starts.length - 1;
    let bestStart = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (index.text.indexOf(needle.slice(starts[mid])) >= 0) {
        bestStart = starts[mid];
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    if (bestStart >= 0) {
      const s = needle.slice(bestStart);
      return toMatch(index, best(index.text, s, hint), s.length, "suffix");
    }
    return null;
  }

  /**
   * The occurrence of needle nearest to hint, or -1.
   * @param {string} text
   * @param {string} needle
   * @param {number|undefined} hint
   * @returns {number}
   */
  function best(text, needle, hint) {
    let at = text.indexOf(needle);
    if (at < 0 || typeof hint !== "number" || !isFinite(hint)) return at;
    const target = hint * text.length;
    let choice = at;
    while (at >= 0) {
      if (Math.abs(at - target) < Math.abs(choice - target)) choice = at;
      at = text.indexOf(needle, at + 1);
    }
    return choice;
  }

  /** @param {string} s @returns {number[]} ends of words (exclusive), increasing */
  function wordEnds(s) {
    const out = [];
    for (let i = 1; i <= s.length; i++) {
      if (i === s.length || (s[i] === " " && s[i - 1] !== " ")) out.push(i);
    }
    return out;
  }

  /** @param {string} s @returns {number[]} starts of words, increasing */
  function wordStarts(s) {
    const out = [];
    for (let i = 0; i < s.length; i++) {
      if (s[i] !== " " && (i === 0 || s[i - 1] === " ")) out.push(i);
    }
    return out;
  }

  /**
   * @param {TextIndex} index
   * @param {number} at
   * @param {number} len
   * @param {"exact"|"prefix"|"suffix"} how
   * @returns {Match}
   */
  function toMatch(index, at, len, how) {
    const last = at + len - 1;
    return {
      startNode: index.node[at],
      startOffset: index.offset[at],
      endNode: index.node[last],
      endOffset: index.offset[last] + 1,
      how,
      length: len,
    };
  }

  root.PolicyLensLocate = Object.freeze({ buildIndex, locate, normalize, MIN_MATCH });
})(globalThis);
