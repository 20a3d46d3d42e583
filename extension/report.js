// The full report page (report.html): every clause with its categories and
// vague words, filters by category and status, the checklist with its
// evidence, each line linked to its place in the policy page; printable, and
// "Copy as Markdown".
//
//   report.html?tabId=N      the report of the policy open in tab N
//   report.html?policy=URL   a site's policy report, from the background's cache
//
// All text from the report goes in through textContent, never as HTML.
import { categoryItem, el, fillGrade } from "./lib/dom.js";
import { CATEGORIES, buildView, msgKey } from "./lib/view.js";
import { fragmentLink, reportMarkdown } from "./lib/reportmd.js";

const uiLang = chrome.i18n.getMessage("uiLang") || chrome.i18n.getUILanguage();
/** @type {import("./lib/view.js").Translate} */
const t = (key, subs) => chrome.i18n.getMessage(key, subs);
const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** @param {any} msg */
async function ask(msg) {
  for (let i = 0; ; i++) {
    try {
      const res = await chrome.runtime.sendMessage(msg);
      if (res !== undefined || i >= 4) return res;
    } catch (err) {
      if (i >= 4) throw err;
    }
    await new Promise((r) => setTimeout(r, 100 * (i + 1)));
  }
}

async function main() {
  document.documentElement.lang = uiLang;
  for (const node of document.querySelectorAll("[data-i18n]")) {
    const msg = t(node.getAttribute("data-i18n") ?? "");
    if (msg) node.textContent = msg;
  }
  const params = new URLSearchParams(location.search);
  const tabParam = params.get("tabId");
  const tabId = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : undefined;
  const policy = params.get("policy");
  /** @type {any} */
  let st = { state: "none" };
  try {
    if (tabId !== undefined) st = await ask({ type: "get-report", tabId });
    else if (policy) st = await ask({ type: "get-policy-report", url: policy });
  } catch {
    st = { state: "none" };
  }
  $("main").setAttribute("aria-busy", "false");
  if (st?.state !== "done" || !st.report) {
    $("r-none").hidden = false;
    return;
  }
  render(st.report, st.url || st.report.source?.url || "", tabId, st.readAt);
}

/**
 * @param {any} report
 * @param {string} url the policy page
 * @param {number|undefined} tabId the tab showing it, if any
 * @param {number|undefined} readAt
 */
function render(report, url, tabId, readAt) {
  const view = buildView(report, t, uiLang);
  $("r-report").hidden = false;
  const title = report.source?.title || t("report_title");
  $("r-title").textContent = title;
  document.title = `${title} — PolicyLens`;
  const src = $("r-source");
  if (url) {
    const a = /** @type {HTMLAnchorElement} */ (el("a", "", url));
    a.href = url;
    a.target = "_blank";
    a.rel = "noreferrer";
    src.append(t("report_source", [""]).trim(), " ", a);
  }
  if (readAt) src.append(el("span", "", ` · ${t("report_read_on", [new Date(readAt).toLocaleDateString(uiLang, { dateStyle: "medium" })])}`));

  fillGrade({ letter: $("grade-letter"), score: $("grade-score"), flags: $("grade-flags") }, view.grade);
  $("language").textContent = view.language.label;
  $("grade-reasons").replaceChildren(...view.grade.reasons.map((r) => el("li", "", r)));
  $("grade-details").replaceChildren(...view.grade.details.map((r) => el("li", "", r)));

  /** @type {Map<string, any>} */
  const clauses = new Map((report.clauses ?? []).map((/** @type {any} */ c) => [c.id, c]));
  const flagged = new Set((report.red_flags ?? []).flatMap((/** @type {any} */ f) => f.clauses ?? []));

  /**
   * A link to a clause's place in the page: a Text Fragment URL; with a tab,
   * a click marks it in that tab instead.
   * @param {any} c the clause
   * @param {string} label
   */
  const placeLink = (c, label) => {
    const a = /** @type {HTMLAnchorElement} */ (el("a", "place", label));
    a.href = fragmentLink(url, c.text) || `#${c.id}`;
    a.target = "_blank";
    a.rel = "noreferrer";
    a.dataset.clause = c.id;
    if (tabId !== undefined) {
      a.addEventListener("click", async (ev) => {
        ev.preventDefault();
        try {
          const res = await chrome.tabs.sendMessage(tabId, { type: "highlight", text: c.text, start: c.start, textBytes: report.source?.text_bytes ?? 0 });
          await chrome.tabs.update(tabId, { active: true });
          $("status").textContent = res?.ok ? t("highlight_done") : t("highlight_failed");
        } catch {
          $("status").textContent = t("highlight_failed");
        }
      });
    }
    return a;
  };

  // Red flags.
  const flags = $("r-flags");
  if (view.flags.length === 0) flags.replaceChildren(el("li", "empty", t("no_flags")));
  else
    flags.replaceChildren(
      ...view.flags.map((f) => {
        const li = el("li", f.status);
        li.dataset.id = f.id;
        const head = el("div", "item-head");
        head.append(el("span", "item-title", f.title), el("span", `chip ${f.status}`, f.statusLabel));
        li.append(head);
        for (const s of f.sentences) {
          const p = el("p", "item-line", s.display + " ");
          p.append(placeLink(clauses.get(s.clauseId), t("report_show")));
          li.append(p);
        }
        return li;
      }),
    );

  // Checklist with evidence.
  const tbody = /** @type {HTMLElement} */ ($("r-checklist").querySelector("tbody"));
  tbody.replaceChildren(
    ...(report.checklist ?? []).map((/** @type {any} */ c) => {
      const tr = el("tr", c.status);
      tr.dataset.id = c.id;
      tr.append(el("td", "", t(msgKey("category", c.category)) || c.category));
      const what = el("td", "");
      what.append(el("div", "", t(msgKey("check", c.id)) || c.title));
      if (c.status !== "found") what.append(el("div", "item-line", t(msgKey("good", c.id))));
      tr.append(what);
      const status = el("td");
      status.append(el("span", `chip ${c.status}`, t(msgKey("status", c.status)) || c.status));
      tr.append(status);
      const ev = el("td", "");
      if (c.evidence) ev.append(el("div", "", c.evidence));
      for (const id of c.clauses ?? []) {
        const cl = clauses.get(id);
        if (!cl) continue;
        const a = /** @type {HTMLAnchorElement} */ (el("a", "", id));
        a.href = `#${id}`;
        ev.append(a, " ");
      }
      tr.append(ev);
      return tr;
    }),
  );

  // Categories.
  $("categories").replaceChildren(
    ...view.categories.map(categoryItem),
  );

  // Every clause, with filters.
  const fCat = /** @type {HTMLSelectElement} */ ($("f-category"));
  const fStatus = /** @type {HTMLSelectElement} */ ($("f-status"));
  const opt = (/** @type {string} */ value, /** @type {string} */ label) => {
    const o = /** @type {HTMLOptionElement} */ (el("option", "", label));
    o.value = value;
    return o;
  };
  fCat.replaceChildren(opt("", t("filter_all")), ...CATEGORIES.map((c) => opt(c, t(msgKey("category", c)))), opt("none", t("report_no_category")));
  fStatus.replaceChildren(opt("", t("filter_all")), opt("vague", t("filter_vague")), opt("flagged", t("filter_flagged")));
  const list = $("r-clauses");
  const items = (report.clauses ?? []).map((/** @type {any} */ c) => {
    const li = el("li", flagged.has(c.id) ? "flagged" : "");
    li.id = c.id;
    li.dataset.categories = (c.categories ?? []).map((/** @type {any} */ l) => l.category).join(" ");
    li.dataset.vague = String((c.vague ?? []).length > 0);
    li.dataset.flagged = String(flagged.has(c.id));
    li.append(clauseText(c));
    const meta = el("div", "meta");
    meta.append(el("span", "", c.id));
    for (const l of c.categories ?? []) meta.append(el("span", "cat-chip", t(msgKey("category", l.category)) || l.category));
    if ((c.vague ?? []).length > 0) meta.append(el("span", "", t("report_vague_words", [(c.vague ?? []).map((/** @type {any} */ v) => v.term).join(", ")])));
    meta.append(placeLink(c, t("report_show")));
    li.append(meta);
    return li;
  });
  list.replaceChildren(...items);
  const apply = () => {
    let shown = 0;
    for (const li of items) {
      const cats = li.dataset.categories ?? "";
      const okCat = fCat.value === "" || (fCat.value === "none" ? cats === "" : cats.split(" ").includes(fCat.value));
      const okStatus = fStatus.value === "" || (fStatus.value === "vague" ? li.dataset.vague === "true" : li.dataset.flagged === "true");
      li.hidden = !(okCat && okStatus);
      if (!li.hidden) shown++;
    }
    $("r-count").textContent = t("report_count", [String(shown), String(items.length)]);
  };
  fCat.addEventListener("change", apply);
  fStatus.addEventListener("change", apply);
  apply();

  $("print").addEventListener("click", () => window.print());
  $("copy-md").addEventListener("click", async () => {
    const md = reportMarkdown(report, t, uiLang, { url, readAt });
    try {
      await navigator.clipboard.writeText(md);
      $("status").textContent = t("report_copied");
    } catch {
      $("status").textContent = t("report_copy_failed");
    }
    /** @type {any} */ (window).policylensMarkdown = md; // for the tests
  });
}

/**
 * A clause's text with its vague words marked.
 * @param {any} c
 * @returns {HTMLElement}
 */
function clauseText(c) {
  const p = el("p", "clause-text");
  const text = String(c.text);
  let at = 0;
  const lower = text.toLowerCase();
  for (const v of c.vague ?? []) {
    const i = lower.indexOf(String(v.term).toLowerCase(), at);
    if (i < 0) continue;
    p.append(text.slice(at, i));
    const m = el("mark", "vague", text.slice(i, i + v.term.length));
    m.title = v.kind;
    p.append(m);
    at = i + v.term.length;
  }
  p.append(text.slice(at));
  return p;
}

main();
