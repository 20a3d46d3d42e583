// Unit tests of lib/view.js: the popup's view model, from fixture reports,
// with the real message files (tests/i18n.mjs substitutes like Chrome).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { buildView, stateView, gradeTone, isOne, isThin, msgKey, CATEGORIES, BADGE_COLORS } from "../lib/view.js";
import { translator } from "./i18n.mjs";

const fixture = (/** @type {string} */ name) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8"));
const en = translator("en");
const fr = translator("fr");

test("English report: grade, language, categories", () => {
  const v = buildView(fixture("report-en.json"), en, "en-US");
  assert.equal(v.kind, "report");
  assert.equal(v.grade.letter, "D");
  assert.equal(v.grade.score, 42);
  assert.equal(v.grade.tone, "poor");
  assert.equal(v.grade.aria, "Grade D, score 42 out of 100");
  assert.deepEqual(v.grade.reasons, [
    "Commitments stated clearly: 2 of 6; vague: 1; not found: 3.",
    "Red flag: Keeps data indefinitely.",
    "Red flag: Continued use counts as accepting changes.",
    "A topic is “Discussed” when the policy has statements about it and no more than half of them hedge, “Vague” when more than half hedge, “Not found” when no statement about it was found; its commitments are checked one by one.",
  ]);
  // Lines of a shape the view does not know stay as the engine wrote them.
  assert.deepEqual(v.grade.details, ["keeps data indefinitely (-20)", "no governing law (-10)"]);
  assert.equal(v.grade.thin, false);
  assert.equal(v.grade.flagsLabel, "2 red flags (1 serious)");
  assert.equal(v.language.label, "Policy language: English");
  assert.deepEqual(
    v.categories.map((c) => c.id),
    [...CATEGORIES],
  );
  const cases = [
    ["collection", "covered", "Discussed", "1 clear statement."],
    ["sharing", "vague", "Vague", "Its only statement is hedged or open-ended."],
    ["cookies", "covered", "Discussed", "2 statements, 1 with vague wording."],
    ["jurisdiction", "missing", "Not found", "No statement about which law applies and where your data goes was found in this policy."],
  ];
  for (const [id, status, statusLabel, line] of cases) {
    const c = v.categories.find((x) => x.id === id);
    assert.ok(c, id);
    assert.equal(c.status, status, `${id} status`);
    assert.equal(c.statusLabel, statusLabel, `${id} status label`);
    assert.equal(c.line, line, `${id} line`);
  }
  assert.equal(v.categories[0].label, "Data collection");
});

test("English report: flags first by severity, with their sentences", () => {
  const v = buildView(fixture("report-en.json"), en, "en");
  assert.deepEqual(
    v.flags.map((f) => [f.id, f.status, f.statusLabel, f.title]),
    [
      ["retention.indefinite", "high", "Serious", "Keeps data indefinitely"],
      ["policy.continued_use", "medium", "Concern", "Continued use counts as accepting changes"],
    ],
  );
  const s = v.flags[0].sentences;
  assert.equal(s.length, 1);
  assert.equal(s[0].clauseId, "c3");
  assert.equal(s[0].text, "Your data is kept indefinitely.");
  assert.equal(s[0].start, 157);
  assert.equal(s[0].textBytes, 600);
});

test("English report: checklist keeps missing and vague items only", () => {
  const v = buildView(fixture("report-en.json"), en, "en");
  assert.deepEqual(
    v.checklist.map((c) => [c.id, c.status]),
    [
      ["rights.complaint", "missing"],
      ["jurisdiction.law", "missing"],
      ["retention.future_item", "missing"],
      ["sharing.recipients", "vague"],
    ],
  );
  const vague = v.checklist.find((c) => c.id === "sharing.recipients");
  assert.equal(vague?.title, "Names who receives your data");
  assert.equal(vague?.sentences[0].text, "We may share some of your information with partners such as recruiters.");
  // Missing items have no sentence to show.
  assert.deepEqual(v.checklist[0].sentences, []);
  // An id this popup has no message for shows the engine's English title.
  assert.equal(v.checklist.find((c) => c.id === "retention.future_item")?.title, "An item this popup does not know");
});

test("French UI on a French report", () => {
  const v = buildView(fixture("report-fr.json"), fr, "fr");
  assert.equal(v.language.label, "Langue de la politique : français");
  // Three labelled statements: too little text to grade.
  assert.equal(v.grade.thin, true);
  assert.equal(v.grade.letter, "–");
  assert.equal(v.grade.aria, "Pas assez de texte pour noter");
  assert.equal(v.grade.tone, "none");
  assert.equal(v.grade.flagsLabel, "aucun signal d'alerte");
  const byId = Object.fromEntries(v.categories.map((c) => [c.id, c]));
  assert.equal(byId.collection.label, "Collecte des données");
  assert.equal(byId.collection.line, "1 déclaration claire.");
  assert.equal(byId.sharing.statusLabel, "Flou");
  assert.equal(byId.cookies.line, "Aucune déclaration sur les cookies et traceurs n'a été trouvée dans cette politique.");
  assert.deepEqual(v.flags, []);
  assert.deepEqual(v.grade.reasons.slice(0, 2), ["Engagements énoncés clairement : 1 sur 3 ; flous : 1 ; non trouvés : 1.", "Aucun signal d'alerte."]);
  assert.deepEqual(
    v.checklist.map((c) => [c.id, c.title, c.statusLabel]),
    [
      ["retention.period", "Indique combien de temps vos données sont conservées", "Non trouvé"],
      ["jurisdiction.transfers", "Explique comment les transferts à l'étranger sont encadrés", "Flou"],
    ],
  );
  assert.equal(v.checklist[1].sentences[0].text, "Nous pouvons transférer vos données hors de l'Union européenne.");
});

test("a page that shows only part of its text is not graded", () => {
  const report = fixture("report-en.json");
  assert.equal(buildView(report, en, "en").grade.thin, false);
  report.source = { ...report.source, partial: true };
  const v = buildView(report, en, "en");
  assert.equal(v.grade.thin, true);
  assert.equal(v.grade.letter, "–");
  assert.equal(v.grade.tone, "none");
  assert.equal(v.grade.scoreLabel, "Only part of this page's text shows: open its sections, then read it again");
  assert.equal(isThin(report), true); // the toolbar badge shows no letter either
  const f = buildView(report, fr, "fr");
  assert.equal(f.grade.aria, "Seule une partie du texte de cette page s'affiche : ouvrez ses sections, puis relancez la lecture");
});

test("sentences are collapsed and shortened for display, whole for the page", () => {
  const r = fixture("report-en.json");
  const long = "We keep   your data\nforever ".repeat(30).trim();
  r.clauses.find((/** @type {any} */ c) => c.id === "c3").text = long;
  const s = buildView(r, en).flags[0].sentences[0];
  assert.equal(s.text, long.replace(/\s+/g, " "));
  assert.ok(s.display.length <= 240, `display length ${s.display.length}`);
  assert.ok(s.display.endsWith("…"));
});

test("state views", () => {
  const cases = [
    [{ state: "none" }, en, "none", "This page has not been analysed yet.", true],
    [{ state: "pending" }, en, "pending", "Analysing this page…", false],
    [{ state: "not_policy_page" }, en, "not_policy_page", "This page does not look like a privacy policy.", true],
    // Said once, with no button that would only say it again (issue #9).
    [{ state: "error", error: { code: "not_policy" } }, en, "not_policy", "PolicyLens found no privacy policy in this page's text.", false],
    [{ state: "reading" }, en, "reading", "Waiting for this page's text to appear…", false],
    [{ state: "error", error: { code: "too_large" } }, en, "too_large", "This page is too large to analyse.", true],
    [{ state: "error", error: { code: "empty" } }, en, "empty", "This page has no text to analyse.", true],
    [
      { state: "error", error: { code: "unsupported_language", language: "Spanish" } },
      en,
      "unsupported_language",
      "This policy is in Spanish, a language PolicyLens cannot read yet (it reads English and French).",
      true,
    ],
    [
      { state: "error", error: { code: "unsupported_language", language: "de" } },
      en,
      "unsupported_language",
      "This policy is in German, a language PolicyLens cannot read yet (it reads English and French).",
      true,
    ],
    [
      { state: "error", error: { code: "unsupported_language" } },
      en,
      "unsupported_language",
      "This policy is in a language PolicyLens cannot read yet (it reads English and French).",
      true,
    ],
    [{ state: "error", error: { code: "load_failed", message: "no wasm" } }, en, "load_failed", "The analysis engine could not be loaded: no wasm", true],
    [{ state: "error", error: { code: "internal", message: "boom" } }, en, "internal", "The analysis failed: boom", true],
    [{ state: "error", error: { code: "too_large" } }, fr, "too_large", "Cette page est trop volumineuse pour être analysée.", true],
    [{ state: "not_policy_page" }, fr, "not_policy_page", "Cette page ne ressemble pas à une politique de confidentialité.", true],
  ];
  for (const [st, t, state, message, canAnalyze] of cases) {
    const v = stateView(/** @type {any} */ (st), /** @type {any} */ (t));
    assert.equal(v.state, state, JSON.stringify(st));
    assert.equal(v.message, message, JSON.stringify(st));
    assert.equal(v.canAnalyze, canAnalyze, JSON.stringify(st));
  }
});

test("helpers", () => {
  assert.equal(msgKey("check", "rights.id_copy"), "check_rights_id_copy");
  const tones = [["A", "good"], ["b", "good"], ["C", "fair"], ["D", "poor"], ["E", "poor"], ["", "none"]];
  for (const [letter, tone] of tones) assert.equal(gradeTone(letter), tone, letter);
  assert.equal(isOne("en", 0), false);
  assert.equal(isOne("en", 1), true);
  assert.equal(isOne("fr-FR", 0), true);
  assert.equal(isOne("fr", 2), false);
  for (const c of Object.values(BADGE_COLORS)) assert.match(c, /^#[0-9a-f]{6}$/);
});

test("top findings, good points, one line per missing item, localised scoring details", () => {
  const r = fixture("report-en.json");
  const v = buildView(r, en, "en");
  // Serious flag first, then the other flag, then a missing key commitment or the next problem.
  assert.deepEqual(v.top.map((x) => x.id).slice(0, 2), ["retention.indefinite", "policy.continued_use"]);
  assert.equal(v.top.length, 3);
  const missing = v.checklist.find((c) => c.id === "jurisdiction.law");
  assert.equal(missing?.line, "A good policy says which law applies.");
  // Found items, grouped by category.
  const found = r.checklist.filter((/** @type {any} */ c) => c.status === "found");
  assert.equal(v.good.flatMap((g) => g.items).length, found.length);
  for (const g of v.good) for (const it of g.items) assert.equal(r.checklist.find((/** @type {any} */ c) => c.id === it.id).category, g.id);
  // The categories' items line agrees with the checklist.
  for (const c of v.categories) {
    const own = r.checklist.filter((/** @type {any} */ x) => x.category === c.id);
    if (own.length === 0) assert.equal(c.itemsLine, "");
    else assert.equal(c.itemsLine, `Commitments stated: ${own.filter((/** @type {any} */ x) => x.status === "found").length} of ${own.length}.`);
  }
});

test("scoring details in the UI language, plurals of red flags", async () => {
  const { detailLine, flagsPhrase } = await import("../lib/view.js");
  const tr = (/** @type {any} */ t) => (/** @type {string} */ k, /** @type {string[]} */ s = [], /** @type {string} */ f = "") => t(k, s) || f || k;
  const cases = [
    ["commitments: 12 of 27 points (7 found, 2 vague, 11 missing)", "Commitments: 12 of 27 points (7 stated, 2 vague, 11 not found).", "Engagements : 12 points sur 27 (7 énoncés, 2 flous, 11 non trouvés)."],
    ["missing: sharing.sale, rights.deadline", "Not found: Says whether it sells your data; Says how fast it answers your requests.", null],
    ["red flag retention.indefinite: -15", "Red flag “Keeps data indefinitely”: −15 points.", "Signal d'alerte « Conserve les données indéfiniment » : −15 points."],
    ["62% of statements hedged: -10.0", "62% of statements hedge: −10.0 points.", "62 % des déclarations sont floues : −10.0 points."],
    ["something new", "something new", "something new"],
  ];
  for (const [line, wantEn, wantFr] of cases) {
    assert.equal(detailLine(tr(en), line), wantEn);
    if (wantFr) assert.equal(detailLine(tr(fr), line), wantFr);
  }
  const flag = (/** @type {string} */ severity) => ({ severity });
  const flagCases = [
    [en, [], "no red flags"],
    [en, ["high"], "1 serious red flag"],
    [en, ["medium"], "1 red flag"],
    [en, ["medium", "medium"], "2 red flags"],
    [en, ["high", "medium"], "2 red flags (1 serious)"],
    [fr, [], "aucun signal d'alerte"],
    [fr, ["medium"], "1 signal d'alerte"],
    [fr, ["high"], "1 signal d'alerte grave"],
    [fr, ["medium", "medium", "medium"], "3 signaux d'alerte"],
    [fr, ["high", "high"], "2 signaux d'alerte (dont 2 graves)"],
  ];
  for (const [t, sev, want] of flagCases) assert.equal(flagsPhrase(tr(t), "", /** @type {string[]} */ (sev).map(flag)), want, String(sev));
});
