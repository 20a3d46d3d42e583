// Unit tests of lib/view.js: the popup's view model, from fixture reports,
// with the real message files (tests/i18n.mjs substitutes like Chrome).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { buildView, stateView, gradeTone, isOne, msgKey, CATEGORIES, BADGE_COLORS } from "../lib/view.js";
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
    "Commitments stated clearly: 2 of 6; vague: 1; missing: 3.",
    "Red flag: Keeps data indefinitely.",
    "Red flag: Continued use counts as accepting changes.",
  ]);
  assert.deepEqual(v.grade.details, ["keeps data indefinitely (-20)", "no governing law (-10)"]);
  assert.equal(v.language.label, "Policy language: English");
  assert.deepEqual(
    v.categories.map((c) => c.id),
    [...CATEGORIES],
  );
  const cases = [
    ["collection", "covered", "Covered", "1 clear statement."],
    ["sharing", "vague", "Vague", "Its only statement is hedged or open-ended."],
    ["cookies", "covered", "Covered", "2 statements, 1 with vague wording."],
    ["jurisdiction", "missing", "Missing", "The policy says nothing about which law applies and where your data goes."],
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
  assert.equal(v.grade.aria, "Note C, score de 55 sur 100");
  assert.equal(v.grade.tone, "fair");
  const byId = Object.fromEntries(v.categories.map((c) => [c.id, c]));
  assert.equal(byId.collection.label, "Collecte des données");
  assert.equal(byId.collection.line, "1 déclaration claire.");
  assert.equal(byId.sharing.statusLabel, "Flou");
  assert.equal(byId.cookies.line, "La politique ne dit rien sur les cookies et traceurs.");
  assert.deepEqual(v.flags, []);
  assert.deepEqual(v.grade.reasons, ["Engagements énoncés clairement : 1 sur 3 ; flous : 1 ; absents : 1.", "Aucun signal d'alerte."]);
  assert.deepEqual(
    v.checklist.map((c) => [c.id, c.title, c.statusLabel]),
    [
      ["retention.period", "Indique combien de temps vos données sont conservées", "Absent"],
      ["jurisdiction.transfers", "Explique comment les transferts à l'étranger sont encadrés", "Flou"],
    ],
  );
  assert.equal(v.checklist[1].sentences[0].text, "Nous pouvons transférer vos données hors de l'Union européenne.");
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
    [{ state: "error", error: { code: "not_policy" } }, en, "not_policy", "PolicyLens found no privacy policy in this page's text.", true],
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
