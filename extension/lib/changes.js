// View model of "Changed since you last read it": turns a Change of
// lib/memory.js into plain data for the popup (popup-change.js renders it).
// No DOM and no chrome.* here: unit-tested in Node (tests/memory.test.mjs).

import { MAX_SENTENCE_CHARS, isOne, msgKey } from "./view.js";

/** @typedef {import("./memory.js").Change} Change */
/** @typedef {import("./view.js").Translate} Translate */

/** The page colours of changed sentences (content.js marks them; the popup's keys match). */
export const CHANGE_COLORS = Object.freeze({
  added: { background: "#c9f0d1", outline: "#1b6e2d" },
  reworded: { background: "#dbe6ff", outline: "#1a4fd6" },
});

/**
 * @typedef {Object} ChangeView
 * @property {string} heading "Changed since you last read it on 12 March"
 * @property {string} grade "Grade: B → C" or "Grade unchanged: B"
 * @property {{kind: "new_flag"|"lost"|"gone_flag"|"gained", text: string}[]} items what matters first
 * @property {{id: string, text: string, display: string}[]} added
 * @property {{id: string, text: string, display: string}[]} reworded
 * @property {string} removed "" or "2 sentences removed"
 */

/**
 * A date as the popup says it: "12 March" this year, "12 March 2025" before.
 * @param {string} iso
 * @param {string} uiLang
 * @param {Date} [now]
 * @returns {string}
 */
export function readDate(iso, uiLang, now = new Date()) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  /** @type {Intl.DateTimeFormatOptions} */
  const opts = { day: "numeric", month: "long" };
  if (d.getFullYear() !== now.getFullYear()) opts.year = "numeric";
  try {
    return d.toLocaleDateString(uiLang, opts);
  } catch {
    return d.toLocaleDateString("en", opts);
  }
}

/** @param {string} s */
function display(s) {
  const one = String(s).replace(/\s+/g, " ").trim();
  return one.length <= MAX_SENTENCE_CHARS ? one : one.slice(0, MAX_SENTENCE_CHARS - 1) + "…";
}

/**
 * @param {Change} ch
 * @param {Translate} t
 * @param {string} uiLang
 * @param {Date} [now]
 * @returns {ChangeView}
 */
export function changeView(ch, t, uiLang, now = new Date()) {
  const status = (/** @type {string} */ s) => t(msgKey("status", s)) || s;
  const check = (/** @type {string} */ id) => t(msgKey("check", id)) || id;
  const flag = (/** @type {string} */ id) => t(msgKey("flag", id)) || id;
  /** @type {ChangeView["items"]} */
  const items = [];
  for (const id of ch.newFlags) items.push({ kind: "new_flag", text: t("change_new_flag", [flag(id)]) });
  for (const c of ch.lost) items.push({ kind: "lost", text: t("change_lost", [check(c.id), status(c.old), status(c.new)]) });
  for (const id of ch.goneFlags) items.push({ kind: "gone_flag", text: t("change_gone_flag", [flag(id)]) });
  for (const c of ch.gained) items.push({ kind: "gained", text: t("change_gained", [check(c.id), status(c.old), status(c.new)]) });
  const grade =
    ch.grade.old === ch.grade.new
      ? t("change_grade_same", [ch.grade.new])
      : t("change_grade", [ch.grade.old, ch.grade.new]);
  return {
    heading: t("change_heading", [readDate(ch.since, uiLang, now)]),
    grade,
    items,
    added: ch.added.map((c) => ({ id: c.id, text: c.text, display: display(c.text) })),
    reworded: ch.reworded.map((c) => ({ id: c.id, text: c.text, display: display(c.text) })),
    removed: ch.removed > 0 ? t(isOne(uiLang, ch.removed) ? "change_removed_one" : "change_removed_other", [String(ch.removed)]) : "",
  };
}
