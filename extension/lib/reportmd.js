// The whole report as Markdown ("Copy as Markdown" on the full report page),
// and the Text Fragment link to a clause's place in the policy page. Pure, so
// that it is unit-tested in Node (extension/tests/report.test.mjs).
import { CATEGORIES, buildView, msgKey } from "./view.js";

/** @typedef {import("./engine.js").Report} Report */
/** @typedef {import("./view.js").Translate} Translate */

/**
 * A link to a sentence in the page (a Text Fragment, which Chromium and
 * Firefox 131+ scroll to and highlight): its first and last words.
 * @param {string} pageURL
 * @param {string} text
 * @returns {string}
 */
export function fragmentLink(pageURL, text) {
  if (!/^https?:\/\//.test(pageURL)) return "";
  const base = pageURL.split("#")[0];
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const enc = (/** @type {string} */ s) => encodeURIComponent(s).replace(/-/g, "%2D").replace(/,/g, "%2C");
  if (words.length <= 8) return `${base}#:~:text=${enc(words.join(" "))}`;
  return `${base}#:~:text=${enc(words.slice(0, 4).join(" "))},${enc(words.slice(-4).join(" "))}`;
}

/**
 * @param {string} s
 * @returns {string} the text with Markdown's special characters escaped
 */
function esc(s) {
  return String(s).replace(/([\\`*_[\]<>|#])/g, "\\$1").replace(/\s+/g, " ").trim();
}

/**
 * The whole report as Markdown, in the UI language.
 * @param {Report} report
 * @param {Translate} t
 * @param {string} uiLang
 * @param {{url?: string, readAt?: number}} [meta]
 * @returns {string}
 */
export function reportMarkdown(report, t, uiLang, meta = {}) {
  const view = buildView(report, t, uiLang);
  const url = meta.url || report.source?.url || "";
  const tr = (/** @type {string} */ k, /** @type {string[]} */ subs = []) => t(k, subs) || k;
  const lines = [];
  lines.push(`# ${esc(report.source?.title || tr("report_title"))}`, "");
  if (url) lines.push(tr("report_source", [url]), "");
  if (meta.readAt) lines.push(tr("report_read_on", [new Date(meta.readAt).toISOString().slice(0, 10)]), "");
  lines.push(`**${view.grade.thin ? view.grade.scoreLabel : `${view.grade.letter} — ${view.grade.scoreLabel}`}** · ${view.grade.flagsLabel} · ${view.language.label}`, "");
  lines.push(`## ${tr("grade_reasons")}`, "");
  for (const r of [...view.grade.reasons, ...view.grade.details]) lines.push(`- ${esc(r)}`);
  lines.push("", `## ${tr("report_flags")}`, "");
  if (view.flags.length === 0) lines.push(`- ${tr("no_flags")}`);
  for (const f of view.flags) {
    lines.push(`- **${esc(f.title)}** (${f.statusLabel})`);
    for (const s of f.sentences) lines.push(`  - “${esc(s.text)}”`);
  }
  lines.push("", `## ${tr("report_checklist")}`, "");
  lines.push(`| ${tr("report_filter_category")} | ${tr("report_col_commitment")} | ${tr("report_col_status")} | ${tr("report_evidence_h")} |`, "|---|---|---|---|");
  for (const c of report.checklist ?? []) {
    lines.push(
      `| ${esc(tr(msgKey("category", c.category)))} | ${esc(tr(msgKey("check", c.id)))} | ${esc(tr(msgKey("status", c.status)))} | ${esc(c.evidence ?? "")} |`,
    );
  }
  lines.push("", `## ${tr("section_categories")}`, "");
  for (const c of view.categories) lines.push(`- **${esc(c.label)}**: ${c.statusLabel}. ${esc(c.line)} ${esc(c.itemsLine)}`.trimEnd());
  lines.push("", `## ${tr("report_clauses")}`, "");
  for (const c of report.clauses ?? []) {
    const cats = (c.categories ?? []).map((l) => tr(msgKey("category", l.category))).join(", ") || tr("report_no_category");
    const vague = (c.vague ?? []).map((v) => v.term).join(", ");
    lines.push(`- ${c.id} [${cats}] ${esc(c.text)}${vague ? ` _(${esc(tr("report_vague_words", [vague]))})_` : ""}`);
  }
  return lines.join("\n") + "\n";
}

export { CATEGORIES };
