// Popup: the "Changed since you last read it" section (lib/changes.js gives
// what it says), and the marks of new and reworded sentences in the page.
// Kept apart from popup.js, which only calls renderChange.
import { changeView } from "./lib/changes.js";

/** @typedef {import("./lib/memory.js").Change} Change */

/**
 * Shows the change (or hides the section when there is none), asks the
 * page to mark the changed sentences, and tells the background the user has
 * now read this version.
 * @param {number} tabId
 * @param {Change|undefined} change
 * @param {import("./lib/engine.js").Report} report the new version's report (to place sentences in the page)
 * @param {import("./lib/view.js").Translate} t
 * @param {string} uiLang
 * @param {(tabId: number, s: import("./lib/view.js").Sentence) => HTMLButtonElement} sentenceButton
 */
export function renderChange(tabId, change, report, t, uiLang, sentenceButton) {
  const box = /** @type {HTMLElement} */ (document.getElementById("change"));
  if (!box) return;
  if (!change) {
    box.hidden = true;
    return;
  }
  const v = changeView(change, t, uiLang);
  const clauses = new Map((report?.clauses ?? []).map((c) => [c.id, c]));
  const textBytes = report?.source?.text_bytes ?? 0;
  const el = (/** @type {string} */ tag, /** @type {string} */ cls, /** @type {string} */ text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    e.textContent = text;
    return e;
  };
  const parts = [el("h2", "change-h", v.heading), el("p", "change-grade", v.grade)];
  parts[0].id = "change-h";
  if (v.items.length) {
    const ul = el("ul", "change-items", "");
    ul.append(...v.items.map((it) => {
      const li = el("li", it.kind, it.text);
      li.dataset.kind = it.kind;
      return li;
    }));
    parts.push(ul);
  }
  for (const [kind, list, key] of /** @type {const} */ ([["added", v.added, "change_added_h"], ["reworded", v.reworded, "change_reworded_h"]])) {
    if (!list.length) continue;
    parts.push(el("h3", `change-sub ${kind}`, t(key)));
    const ul = el("ul", `change-sentences ${kind}`, "");
    ul.append(...list.map((s) => {
      const li = document.createElement("li");
      const c = clauses.get(s.id);
      li.append(sentenceButton(tabId, { clauseId: s.id, text: s.text, display: s.display, start: c?.start ?? 0, textBytes }));
      return li;
    }));
    parts.push(ul);
  }
  if (v.removed) parts.push(el("p", "change-removed", v.removed));
  if (v.added.length + v.reworded.length > 0) parts.push(el("p", "hint", t("change_marked")));
  box.replaceChildren(...parts);
  box.hidden = false;

  const mark = {
    type: "mark-changes",
    added: change.added.map((c) => c.text),
    reworded: change.reworded.map((c) => c.text),
  };
  chrome.tabs.sendMessage(tabId, mark).catch(() => undefined);
  chrome.runtime.sendMessage({ type: "memory-read", tabId }).catch(() => undefined);
}
