// View model of the popup: turns an engine Report (or a tab state without
// one) into plain data the popup renders. No DOM and no chrome.* here, so the
// whole decision of what the popup says is unit-tested in Node
// (extension/tests/view.test.mjs). Strings come from a translate function
// with chrome.i18n.getMessage's signature, so the same code serves the
// browser (the real _locales) and the tests (the same files read from disk).

/** @typedef {import("./engine.js").Report} Report */
/** @typedef {import("./engine.js").Clause} Clause */

/**
 * Looks a message up: chrome.i18n.getMessage(key, substitutions).
 * Returns "" for an unknown key, as Chrome does.
 * @callback Translate
 * @param {string} key
 * @param {string|string[]} [subs]
 * @returns {string}
 */

/** The six categories, in display order (analyzer/report.Categories). */
export const CATEGORIES = Object.freeze(["collection", "sharing", "cookies", "rights", "retention", "jurisdiction"]);

/** Every checklist item the engine reports (analyzer/checklist/checks.go). */
export const CHECK_IDS = Object.freeze([
  "collection.data_types",
  "collection.purposes",
  "sharing.recipients",
  "sharing.sale",
  "cookies.purposes",
  "cookies.control",
  "rights.access",
  "rights.deletion",
  "rights.rectification",
  "rights.portability",
  "rights.objection",
  "rights.complaint",
  "rights.contact",
  "rights.deadline",
  "retention.period",
  "jurisdiction.law",
  "jurisdiction.location",
  "jurisdiction.transfers",
  "policy.updated",
  "policy.changes",
]);

/** Every red flag the engine reports (analyzer/checklist/flags.go). */
export const FLAG_IDS = Object.freeze([
  "retention.indefinite",
  "cookies.dnt_ignored",
  "policy.continued_use",
  "rights.id_copy",
  "sharing.sells_data",
]);

/** Longest sentence shown in full in the popup; the highlight uses the whole clause. */
export const MAX_SENTENCE_CHARS = 240;

/**
 * The message key of a checklist item, red flag, category... chrome.i18n
 * keys allow only [A-Za-z0-9_]: "rights.id_copy" -> "flag_rights_id_copy".
 * @param {string} prefix "check", "flag", "category", "topic", "status", "severity", "lang"
 * @param {string} id
 * @returns {string}
 */
export function msgKey(prefix, id) {
  return `${prefix}_${String(id).replace(/[^A-Za-z0-9_]/g, "_")}`;
}

/**
 * Whether n takes the singular in the UI language (French: 0 and 1).
 * @param {string} uiLang e.g. "en-US", "fr"
 * @param {number} n
 * @returns {boolean}
 */
export function isOne(uiLang, n) {
  return String(uiLang).toLowerCase().startsWith("fr") ? n <= 1 : n === 1;
}

/**
 * The colour family of a grade: A/B good, C fair, D/E poor.
 * @param {string} letter
 * @returns {"good"|"fair"|"poor"|"none"}
 */
export function gradeTone(letter) {
  switch (String(letter).toUpperCase()) {
    case "A":
    case "B":
      return "good";
    case "C":
      return "fair";
    case "D":
    case "E":
      return "poor";
    default:
      return "none";
  }
}

/** Badge background per tone; white text on each is >= 4.5:1. */
export const BADGE_COLORS = Object.freeze({ good: "#1b6e2d", fair: "#8a4b00", poor: "#b3261e", none: "#5f6368" });

/**
 * @typedef {Object} Sentence one clause the popup can show on the page
 * @property {string} clauseId
 * @property {string} text the whole clause text (sent to the content script)
 * @property {string} display the text shown, shortened past MAX_SENTENCE_CHARS
 * @property {number} start byte offset of the clause in the extracted text
 * @property {number} textBytes length of the extracted text (to place start in the page)
 */

/**
 * @typedef {Object} CategoryView
 * @property {string} id
 * @property {string} label
 * @property {"covered"|"vague"|"missing"} status
 * @property {string} statusLabel
 * @property {string} line one plain-language line from status and counts
 * @property {string} itemsLine how many of the category's checklist commitments are stated
 * @property {number} count clauses in this category
 * @property {number} vague clauses with vague wording
 */

/**
 * @typedef {Object} ItemView a red flag or a checklist item
 * @property {string} id
 * @property {string} title
 * @property {string} status "high"/"medium" for flags, "missing"/"vague" for checklist items
 * @property {string} statusLabel
 * @property {Sentence[]} sentences
 * @property {string} [line] for a missing or vague item: what a good policy says
 */

/**
 * @typedef {Object} ReportView
 * @property {"report"} kind
 * @property {{code: string, name: string, label: string}} language
 * @property {{letter: string, score: number, tone: string, aria: string, scoreLabel: string, thin: boolean, flagsLabel: string, reasons: string[], details: string[]}} grade
 *   reasons: localised, from the report's data; details: the engine's scoring lines, localised;
 *   thin: too little text to grade, or only part of the page's text shows (letter "–")
 * @property {ItemView[]} top the three findings that matter most (serious flags, then missing key commitments...)
 * @property {CategoryView[]} categories
 * @property {ItemView[]} flags
 * @property {ItemView[]} checklist missing and vague items only, missing first
 * @property {{id: string, label: string, items: ItemView[]}[]} good commitments stated, by category
 */

/**
 * Builds the popup's view of a report.
 * @param {Report} report
 * @param {Translate} t
 * @param {string} [uiLang] the browser's UI language (chrome.i18n.getUILanguage())
 * @returns {ReportView}
 */
export function buildView(report, t, uiLang = "en") {
  const tr = fallbackTranslate(t);
  /** @type {Map<string, Clause>} */
  const clauses = new Map((report.clauses ?? []).map((c) => [c.id, c]));
  const textBytes = report.source?.text_bytes ?? 0;
  /** @param {string[]|undefined} ids @returns {Sentence[]} */
  const sentences = (ids) =>
    (ids ?? [])
      .map((id) => clauses.get(id))
      .filter((c) => c !== undefined && c.text.trim() !== "")
      .map((c) => sentenceOf(/** @type {Clause} */ (c), textBytes));

  const code = report.language?.code ?? "";
  const language = {
    code,
    name: report.language?.name ?? "",
    label: tr("language_label", [tr(msgKey("lang", code), [], report.language?.name || code)]),
  };

  const g = report.grade ?? { letter: "", score: 0, reasons: [] };
  const score = Math.round(g.score ?? 0);
  // The engine's reasons are English and technical (check ids, points):
  // the popup says the same in the UI language from the report's own data,
  // and keeps the engine's lines as details.
  const items = report.checklist ?? [];
  const count = (/** @type {string} */ st) => items.filter((c) => c.status === st).length;
  const reasons = [
    tr("reason_commitments", [String(count("found")), String(items.length), String(count("vague")), String(count("missing"))]),
    ...(report.red_flags ?? []).length === 0
      ? [tr("reason_no_flags")]
      : [...(report.red_flags ?? [])]
          .sort((a, b) => rank(a.severity) - rank(b.severity))
          .map((f) => tr("reason_flag", [tr(msgKey("flag", f.id), [], f.title)])),
  ];
  reasons.push(tr("reason_rule"));
  const thin = isThin(report);
  const thinLabel = report.source?.partial === true ? tr("grade_partial") : tr("grade_thin");
  const grade = {
    letter: thin ? "–" : g.letter,
    score,
    tone: thin ? "none" : gradeTone(g.letter),
    aria: thin ? thinLabel : tr("grade_aria", [g.letter, String(score)]),
    scoreLabel: thin ? thinLabel : tr("grade_score", [String(score)]),
    thin,
    flagsLabel: flagsPhrase(tr, uiLang, report.red_flags ?? []),
    reasons,
    details: (g.reasons ?? []).map((line) => detailLine(tr, line)),
  };

  const byCat = new Map((report.summaries ?? []).map((s) => [s.category, s]));
  const categories = CATEGORIES.map((id) => {
    const s = byCat.get(/** @type {any} */ (id));
    const status = /** @type {"covered"|"vague"|"missing"} */ (s?.status ?? "missing");
    const count = s?.clauses?.length ?? 0;
    const vague = s?.vague_clauses?.length ?? 0;
    const own = items.filter((c) => c.category === id);
    const stated = own.filter((c) => c.status === "found").length;
    return {
      id,
      label: tr(msgKey("category", id), [], id),
      status,
      statusLabel: tr(msgKey("status", status === "covered" ? "discussed" : status), [], status),
      line: categoryLine(tr, uiLang, id, status, count, vague, s?.summary ?? ""),
      itemsLine: own.length === 0 ? "" : tr("line_items", [String(stated), String(own.length)]),
      count,
      vague,
    };
  });

  const flags = (report.red_flags ?? []).map((f) => ({
    id: f.id,
    title: tr(msgKey("flag", f.id), [], f.title),
    status: f.severity,
    statusLabel: tr(msgKey("severity", f.severity), [], f.severity),
    sentences: sentences(f.clauses),
  }));
  // Serious flags first; otherwise the engine's order.
  flags.sort((a, b) => rank(a.status) - rank(b.status));

  const checklist = (report.checklist ?? [])
    .filter((c) => c.status === "missing" || c.status === "vague")
    .map((c) => ({
      id: c.id,
      title: tr(msgKey("check", c.id), [], c.title),
      status: c.status,
      statusLabel: tr(msgKey("status", c.status), [], c.status),
      // What a good policy says, in one line.
      line: tr(msgKey("good", c.id), [], ""),
      sentences: c.status === "vague" ? sentences(c.clauses) : [],
    }));
  checklist.sort((a, b) => rank(a.status) - rank(b.status));

  // The commitments the policy makes, grouped by category.
  const good = CATEGORIES.map((cat) => ({
    id: cat,
    label: tr(msgKey("category", cat), [], cat),
    items: items
      .filter((c) => c.category === cat && c.status === "found")
      .map((c) => ({
        id: c.id,
        title: tr(msgKey("check", c.id), [], c.title),
        status: "found",
        statusLabel: tr("status_found"),
        line: "",
        sentences: sentences(c.clauses).slice(0, 1),
      })),
  })).filter((g) => g.items.length > 0);

  const top = topFindings(flags, checklist, good);
  return { kind: "report", language, grade, top, categories, flags, checklist, good };
}

/**
 * @typedef {Object} TabState what the background says about a tab
 * @property {"none"|"pending"|"reading"|"not_policy_page"|"done"|"error"} state
 * @property {Report} [report]
 * @property {{code: string, message?: string, language?: string}} [error]
 */

/**
 * @typedef {Object} StateView
 * @property {"state"} kind
 * @property {string} state the tab state, or the error code for "error"
 * @property {string} message
 * @property {boolean} canAnalyze whether to offer "Analyse this page anyway"
 */

/**
 * The popup's view of a tab that has no report to show.
 * @param {TabState} st
 * @param {Translate} t
 * @param {string} [uiLang]
 * @returns {StateView}
 */
export function stateView(st, t, uiLang = "en") {
  const tr = fallbackTranslate(t);
  switch (st.state) {
    case "pending":
      return { kind: "state", state: "pending", message: tr("state_pending"), canAnalyze: false };
    case "reading":
      return { kind: "state", state: "reading", message: tr("state_reading"), canAnalyze: false };
    case "not_policy_page":
      return { kind: "state", state: "not_policy_page", message: tr("state_not_policy_page"), canAnalyze: true };
    case "error":
      return errorView(st.error ?? { code: "internal" }, tr, uiLang);
    case "none":
    default:
      return { kind: "state", state: "none", message: tr("state_none"), canAnalyze: true };
  }
}

/**
 * @param {{code: string, message?: string, language?: string}} err
 * @param {Translate} tr
 * @param {string} uiLang
 * @returns {StateView}
 */
function errorView(err, tr, uiLang) {
  const code = err.code || "internal";
  /** @param {string} message */
  const v = (message) => ({ kind: /** @type {"state"} */ ("state"), state: code, message, canAnalyze: true });
  switch (code) {
    case "not_policy":
    case "script_rendered":
      // Said once, with nothing to click again: analysing the same text
      // again would give the same answer (issue #9).
      return { ...v(tr("state_not_policy")), canAnalyze: false };
    case "unsupported_language": {
      const name = languageName(err.language ?? "", uiLang);
      return v(name ? tr("state_unsupported", [name]) : tr("state_unsupported_unknown"));
    }
    case "too_large":
      return v(tr("state_too_large"));
    case "empty":
    case "binary":
    case "invalid_utf8":
      return v(tr("state_empty"));
    case "load_failed":
      return v(tr("state_load_failed", [err.message || code]));
    case "cannot_read":
      return v(tr("state_cannot_read"));
    default:
      return v(tr("state_engine_error", [err.message || code]));
  }
}

/**
 * Names a language in the UI language: the engine may give a code ("es")
 * or an English name ("Spanish").
 * @param {string} lang
 * @param {string} uiLang
 * @returns {string}
 */
export function languageName(lang, uiLang) {
  if (/^[a-z]{2,3}$/i.test(lang) && typeof Intl?.DisplayNames === "function") {
    try {
      return new Intl.DisplayNames([uiLang, "en"], { type: "language" }).of(lang.toLowerCase()) ?? lang;
    } catch {
      return lang;
    }
  }
  return lang;
}

/**
 * The plain-language line of one category, from its status and counts.
 * @param {(key: string, subs?: string[], fallback?: string) => string} tr
 * @param {string} uiLang
 * @param {string} id
 * @param {string} status
 * @param {number} n clauses
 * @param {number} v vague clauses
 * @param {string} engineLine the engine's English line, used if a message is missing
 * @returns {string}
 */
function categoryLine(tr, uiLang, id, status, n, v, engineLine) {
  if (status === "missing" || n === 0) {
    return tr("line_missing", [tr(msgKey("topic", id), [], id)], engineLine);
  }
  if (status === "vague") {
    return n === 1 ? tr("line_vague_one", [], engineLine) : tr("line_vague_other", [String(v), String(n)], engineLine);
  }
  if (v === 0) {
    return isOne(uiLang, n) ? tr("line_covered_one", [], engineLine) : tr("line_covered_other", [String(n)], engineLine);
  }
  return tr("line_covered_some_vague", [String(n), String(v)], engineLine);
}

/**
 * @param {Clause} c
 * @param {number} textBytes
 * @returns {Sentence}
 */
function sentenceOf(c, textBytes) {
  const text = c.text.replace(/\s+/g, " ").trim();
  const display = text.length > MAX_SENTENCE_CHARS ? `${text.slice(0, MAX_SENTENCE_CHARS - 1).trimEnd()}…` : text;
  return { clauseId: c.id, text, display, start: c.start, textBytes };
}

/** @param {string} status @returns {number} */
function rank(status) {
  return { high: 0, missing: 0, medium: 1, vague: 1 }[status] ?? 2;
}

/** The checklist items the grade weighs double (analyzer/grade). */
export const KEY_ITEMS = Object.freeze([
  "collection.data_types",
  "sharing.recipients",
  "sharing.sale",
  "rights.access",
  "rights.deletion",
  "rights.contact",
  "retention.period",
]);

/**
 * Fewest clauses labelled with a category for a report to be graded: below
 * it the popup says "Not enough text to grade" instead of a letter (a cookie
 * banner or a two-paragraph stub scores E for what it could never hold).
 */
export const MIN_GRADED_CLAUSES = 6;

/**
 * Whether a report has too little policy text to be graded: few labelled
 * statements, or a page that shows only part of its text (source.partial:
 * a script shows the rest), whose letter would judge the part.
 * @param {Report} report
 * @returns {boolean}
 */
export function isThin(report) {
  if (report.source?.partial === true) return true;
  const labelled = (report.clauses ?? []).filter((c) => (c.categories ?? []).length > 0).length;
  return labelled < MIN_GRADED_CLAUSES;
}

/**
 * The three findings that matter most: serious red flags, other red flags,
 * missing key commitments, vague key commitments, other missing ones; when
 * there are fewer than three problems, the key commitments stated fill in.
 * @param {ItemView[]} flags
 * @param {ItemView[]} checklist
 * @param {{items: ItemView[]}[]} good
 * @returns {ItemView[]}
 */
export function topFindings(flags, checklist, good) {
  const key = (/** @type {ItemView} */ c) => KEY_ITEMS.includes(c.id);
  const ordered = [
    ...flags.filter((f) => f.status === "high"),
    ...flags.filter((f) => f.status !== "high"),
    ...checklist.filter((c) => c.status === "missing" && key(c)),
    ...checklist.filter((c) => c.status === "vague" && key(c)),
    ...checklist.filter((c) => c.status === "missing" && !key(c)),
    ...good.flatMap((g) => g.items).filter(key),
  ];
  return ordered.slice(0, 3);
}

/**
 * "no red flags", "1 red flag", "1 serious red flag", "3 red flags", "3 red flags (1 serious)".
 * @param {(key: string, subs?: string[], fallback?: string) => string} tr
 * @param {string} uiLang
 * @param {{severity: string}[]} flags
 * @returns {string}
 */
export function flagsPhrase(tr, uiLang, flags) {
  const n = flags.length;
  const high = flags.filter((f) => f.severity === "high").length;
  if (n === 0) return tr("flags_none");
  if (n === 1) return high === 1 ? tr("flags_one_serious") : tr("flags_one");
  return high === 0 ? tr("flags_other", [String(n)]) : tr("flags_other_serious", [String(n), String(high)]);
}

/**
 * One of the engine's scoring lines (analyzer/grade, English) in the UI
 * language; a line of a shape not known here is kept as it is.
 * @param {(key: string, subs?: string[], fallback?: string) => string} tr
 * @param {string} line
 * @returns {string}
 */
export function detailLine(tr, line) {
  let m = line.match(/^commitments: (\d+) of (\d+) points \((\d+) found, (\d+) vague, (\d+) missing\)$/);
  if (m) return tr("detail_points", [m[1], m[2], m[3], m[4], m[5]], line);
  m = line.match(/^missing: (.+)$/);
  if (m) return tr("detail_missing", [m[1].split(/,\s*/).map((id) => tr(msgKey("check", id), [], id)).join(tr("list_separator", [], "; "))], line);
  m = line.match(/^red flag ([\w.]+): -(\d+(?:\.\d+)?)$/);
  if (m) return tr("detail_flag", [tr(msgKey("flag", m[1]), [], m[1]), m[2]], line);
  m = line.match(/^(\d+)% of statements hedged: -(\d+(?:\.\d+)?)$/);
  if (m) return tr("detail_vague", [m[1], m[2]], line);
  return line;
}

/**
 * The sentences to mark on a policy page opened from the popup: the clauses
 * of its red flags and of its vague commitments, each once.
 * @param {Report} report
 * @returns {{text: string, start: number, textBytes: number, kind: "flag"|"vague"}[]}
 */
export function findingSentences(report) {
  const byId = new Map((report.clauses ?? []).map((c) => [c.id, c]));
  const textBytes = report.source?.text_bytes ?? 0;
  const seen = new Set();
  /** @type {{text: string, start: number, textBytes: number, kind: "flag"|"vague"}[]} */
  const out = [];
  const add = (/** @type {string[]} */ ids, /** @type {"flag"|"vague"} */ kind) => {
    for (const id of ids ?? []) {
      const c = byId.get(id);
      if (!c || seen.has(id) || c.text.trim() === "") continue;
      seen.add(id);
      out.push({ text: c.text.replace(/\s+/g, " ").trim(), start: c.start, textBytes, kind });
    }
  };
  for (const f of report.red_flags ?? []) add(f.clauses, "flag");
  for (const c of report.checklist ?? []) if (c.status === "vague") add(c.clauses, "vague");
  return out;
}

/**
 * Wraps t so that a missing message falls back to a given text (e.g. the
 * engine's English title for an item this popup does not know yet).
 * @param {Translate} t
 * @returns {(key: string, subs?: string[], fallback?: string) => string}
 */
function fallbackTranslate(t) {
  return (key, subs = [], fallback = "") => {
    const s = t(key, subs);
    return s === undefined || s === "" ? fallback || key : s;
  };
}
