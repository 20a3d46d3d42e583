// Popup: asks the background for the tab's report and renders the view model
// of lib/view.js. Opened from the toolbar it shows the active tab; opened as a
// page with ?tabId=N (the end-to-end test does) it shows tab N.
//
// All text from the report goes in through textContent, never as HTML.
import { categoryItem, el, fillGrade } from "./lib/dom.js";
import { buildView, stateView } from "./lib/view.js";
import { renderChange } from "./popup-change.js";
import { renderSite } from "./sitepanel.js";

/** @typedef {import("./lib/view.js").ReportView} ReportView */
/** @typedef {import("./lib/view.js").StateView} StateView */
/** @typedef {import("./lib/view.js").Sentence} Sentence */
/** @typedef {import("./lib/view.js").ItemView} ItemView */

// The language of the message file in use, which the file itself names:
// getUILanguage() and "@@ui_locale" can disagree with the messages actually
// served (headless Chromium 148 says en-US/en_US while serving _locales/fr).
const uiLang = chrome.i18n.getMessage("uiLang") || chrome.i18n.getUILanguage();
/** @type {import("./lib/view.js").Translate} */
const t = (key, subs) => chrome.i18n.getMessage(key, subs);

/** @param {string} id @returns {HTMLElement} */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** Says something to screen readers (and shows it under the title). */
function announce(/** @type {string} */ text) {
  $("status").textContent = text;
}

function localize() {
  document.documentElement.lang = uiLang;
  for (const node of document.querySelectorAll("[data-i18n]")) {
    const msg = t(node.getAttribute("data-i18n") ?? "");
    if (msg) node.textContent = msg;
  }
}

/** @returns {Promise<number|undefined>} the tab this popup is about */
async function targetTab() {
  const param = new URLSearchParams(location.search).get("tabId");
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * Sends a message to the background, retrying while its service worker
 * starts (the first message can arrive before the listener is registered).
 * @param {any} msg
 * @returns {Promise<any>}
 */
async function ask(msg) {
  let lastErr;
  for (let i = 0; i < 5; i++) {
    try {
      const res = await chrome.runtime.sendMessage(msg);
      if (res !== undefined) return res;
      lastErr = new Error("no answer");
    } catch (err) {
      lastErr = err;
    }
    await new Promise((r) => setTimeout(r, 100 * (i + 1)));
  }
  throw lastErr;
}

/**
 * @param {number} tabId
 */
async function load(tabId) {
  $("main").setAttribute("aria-busy", "true");
  announce(t("state_loading"));
  /** @type {any} */
  let st;
  try {
    st = await ask({ type: "get-report", tabId });
  } catch (err) {
    st = { state: "error", error: { code: "load_failed", message: String(/** @type {any} */ (err)?.message ?? err) } };
  }
  render(tabId, st);
}

/**
 * @param {number} tabId
 * @param {any} st the background's tab state
 */
function render(tabId, st) {
  $("main").setAttribute("aria-busy", "false");
  if (st?.state === "done" && st.report) {
    const view = buildView(st.report, t, uiLang);
    renderReport(tabId, view, st.timings);
    // Changed since the last reading (lib/memory.js): shown first.
    renderChange(tabId, st.change, st.report, t, uiLang, sentenceButton);
    announce(st.change ? $("change-h").textContent ?? "" : t("state_done"));
    return;
  }
  renderState(tabId, stateView(st ?? { state: "none" }, t, uiLang));
  // An ordinary page: its site's policy grade (sitepanel.js).
  $("main").classList.toggle("has-site", !!st?.site);
  if (st?.site) renderSite($("site"), tabId, st.site, { t, uiLang, ask, reload: () => load(tabId) });
  else $("site").hidden = true;
}

/**
 * @param {number} tabId
 * @param {StateView} view
 */
function renderState(tabId, view) {
  $("report").hidden = true;
  const box = $("state");
  box.hidden = false;
  box.dataset.state = view.state;
  $("state-message").textContent = view.message;
  const button = /** @type {HTMLButtonElement} */ ($("analyze-anyway"));
  button.hidden = !view.canAnalyze;
  button.onclick = () => analyzeAnyway(tabId);
  // #state-message is itself a live region: no second copy in #status.
  announce("");
}

/**
 * @param {number} tabId
 * @param {ReportView} view
 * @param {any} timings
 */
function renderReport(tabId, view, timings) {
  $("state").hidden = true;
  const root = $("report");
  root.hidden = false;

  $("site").hidden = true;
  fillGrade({ letter: $("grade-letter"), score: $("grade-score"), flags: $("grade-flags") }, view.grade);
  fillItems($("top"), tabId, view.top, t("no_flags"), 1);
  $("full-report").onclick = () => {
    chrome.tabs.create({ url: chrome.runtime.getURL(`report.html?tabId=${tabId}`) });
  };
  renderGood($("good"), tabId, view.good);
  const lang = $("language");
  lang.textContent = view.language.label;
  lang.dataset.code = view.language.code;
  const reasons = $("grade-reasons");
  reasons.replaceChildren(...view.grade.reasons.map((r) => el("li", "", r)));
  $("grade-details").replaceChildren(...view.grade.details.map((r) => el("li", "", r)));
  $("grade-details-box").hidden = view.grade.details.length === 0;

  const cats = $("categories");
  cats.replaceChildren(
    ...view.categories.map(categoryItem),
  );

  fillItems($("flags"), tabId, view.flags, t("no_flags"));
  fillItems($("checklist"), tabId, view.checklist, t("no_missing"));

  const total = timings && typeof timings.analyzeMs === "number" ? timings.analyzeMs : undefined;
  $("timing").textContent = total === undefined ? "" : t("footer_timing", [String(Math.round(total))]);
}

/**
 * The commitments the policy makes, one group per category.
 * @param {HTMLElement} box
 * @param {number} tabId
 * @param {ReportView["good"]} groups
 */
function renderGood(box, tabId, groups) {
  if (groups.length === 0) {
    box.replaceChildren(el("p", "empty", t("no_good")));
    return;
  }
  box.replaceChildren(
    ...groups.map((g) => {
      const div = el("div", "good-group");
      div.dataset.category = g.id;
      const ul = el("ul");
      for (const item of g.items) {
        const li = el("li", "found", item.title);
        li.dataset.id = item.id;
        ul.append(li);
      }
      div.append(el("h3", "", g.label), ul);
      return div;
    }),
  );
}

/**
 * @param {HTMLElement} list
 * @param {number} tabId
 * @param {ItemView[]} items
 * @param {string} emptyText
 * @param {number} [maxSentences] sentences shown per item (all by default)
 */
function fillItems(list, tabId, items, emptyText, maxSentences = Infinity) {
  if (items.length === 0) {
    list.replaceChildren(el("li", "empty", emptyText));
    return;
  }
  list.replaceChildren(
    ...items.map((item) => {
      const li = el("li", item.status);
      li.dataset.id = item.id;
      li.dataset.status = item.status;
      const head = el("div", "item-head");
      head.append(el("span", "item-title", item.title), el("span", `chip ${item.status}`, item.statusLabel));
      li.append(head);
      if (item.line) li.append(el("p", "item-line", item.line));
      for (const s of item.sentences.slice(0, maxSentences)) li.append(sentenceButton(tabId, s));
      return li;
    }),
  );
}

/**
 * A clause as a button that shows it on the page.
 * @param {number} tabId
 * @param {Sentence} s
 * @returns {HTMLButtonElement}
 */
function sentenceButton(tabId, s) {
  const b = /** @type {HTMLButtonElement} */ (el("button", "sentence", s.display));
  b.type = "button";
  b.dataset.clause = s.clauseId;
  b.setAttribute("aria-label", t("show_on_page", [s.display]));
  b.addEventListener("click", async () => {
    try {
      const res = await chrome.tabs.sendMessage(tabId, { type: "highlight", text: s.text, start: s.start, textBytes: s.textBytes });
      announce(res?.ok ? t("highlight_done") : t("highlight_failed"));
    } catch {
      announce(t("highlight_failed"));
    }
  });
  return b;
}

/**
 * "Analyse this page anyway": the content script sends the page whatever its
 * heuristic said. Pages opened before the extension was installed have no
 * content script: inject it (activeTab grants that from the toolbar popup).
 * @param {number} tabId
 */
async function analyzeAnyway(tabId) {
  renderState(tabId, { kind: "state", state: "pending", message: t("state_pending"), canAnalyze: false });
  $("main").setAttribute("aria-busy", "true");
  /** @type {any} */
  let res;
  try {
    res = await chrome.tabs.sendMessage(tabId, { type: "analyze-now" });
  } catch {
    try {
      // The manifest's content script files, in its order.
      const files = chrome.runtime.getManifest().content_scripts?.[0]?.js ?? [];
      await chrome.scripting.executeScript({ target: { tabId }, files });
      res = await chrome.tabs.sendMessage(tabId, { type: "analyze-now" });
    } catch {
      render(tabId, { state: "error", error: { code: "cannot_read" } });
      return;
    }
  }
  if (res?.state === "done" || res?.state === "error") {
    // The background now holds the tab's state; read it the usual way.
    await load(tabId);
  } else {
    render(tabId, res);
  }
}

async function main() {
  localize();
  const tabId = await targetTab();
  if (tabId === undefined) {
    renderState(-1, { kind: "state", state: "none", message: t("state_no_tab"), canAnalyze: false });
    return;
  }
  document.body.dataset.tabId = String(tabId);
  await load(tabId);
}

main();
