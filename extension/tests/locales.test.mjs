// The message files: same keys in every locale, valid placeholders, and
// every key the code, popup.html and manifest.json use exists.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";

import { CATEGORIES, CHECK_IDS, FLAG_IDS, msgKey } from "../lib/view.js";
import { readMessages } from "./i18n.mjs";

const ext = new URL("../", import.meta.url);
const read = (/** @type {string} */ p) => readFileSync(new URL(p, ext), "utf8");
const locales = readdirSync(new URL("_locales/", ext));
const en = readMessages("en");

test("locales: en and fr exist", () => {
  assert.deepEqual([...locales].sort(), ["en", "fr"]);
});

test("locales: same keys, same placeholders, non-empty messages", () => {
  const keys = Object.keys(en).sort();
  for (const lang of locales) {
    const m = readMessages(lang);
    assert.deepEqual(Object.keys(m).sort(), keys, `${lang} keys`);
    for (const [k, v] of Object.entries(m)) {
      assert.match(k, /^[A-Za-z0-9_]+$/, `${lang}/${k}: key charset`);
      assert.ok(v.message.trim() !== "", `${lang}/${k}: empty message`);
      const used = [...v.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((x) => x[1].toLowerCase()).sort();
      const declared = Object.keys(v.placeholders ?? {}).map((x) => x.toLowerCase()).sort();
      assert.deepEqual([...new Set(used)], declared, `${lang}/${k}: placeholders used vs declared`);
      const enDeclared = Object.keys(en[k].placeholders ?? {}).sort();
      assert.deepEqual(declared, enDeclared, `${lang}/${k}: placeholders differ from en`);
      for (const p of Object.values(v.placeholders ?? {})) assert.match(p.content, /^\$[1-9]$/, `${lang}/${k}`);
    }
  }
});

test("locales: every key used in code exists", () => {
  const used = new Set();
  for (const f of ["popup.js", "background.js", "content.js", "lib/view.js", "popup-change.js", "lib/changes.js", "options.js", "sitepanel.js", "report.js", "lib/reportmd.js"]) {
    const src = read(f);
    // getMessage("key"...), t("key"...), tr("key"...)
    for (const m of src.matchAll(/\b(?:getMessage|t|tr)\(\s*"([A-Za-z0-9_]+)"/g)) used.add(m[1]);
  }
  for (const page of ["popup.html", "options.html", "report.html"]) for (const m of read(page).matchAll(/data-i18n="([^"]+)"/g)) used.add(m[1]);
  for (const m of read("manifest.json").matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(m[1]);
  // Keys built from ids.
  for (const id of CHECK_IDS) {
    used.add(msgKey("check", id));
    used.add(msgKey("good", id));
  }
  for (const id of FLAG_IDS) used.add(msgKey("flag", id));
  for (const id of CATEGORIES) {
    used.add(msgKey("category", id));
    used.add(msgKey("topic", id));
  }
  for (const s of ["covered", "discussed", "vague", "missing", "found"]) used.add(msgKey("status", s));
  for (const s of ["high", "medium"]) used.add(msgKey("severity", s));
  for (const l of ["en", "fr"]) used.add(msgKey("lang", l));
  for (const c of ["fetch_failed", "not_html", "too_large", "not_policy", "unsupported_language"]) used.add(`site_error_${c}`);
  assert.ok(used.size > 60, `only ${used.size} keys found: the scan is broken`);
  const missing = [...used].filter((k) => !(k in en));
  assert.deepEqual(missing, [], "keys used but not in _locales/en");
});

test("locales: the popup knows every checklist item and red flag of the engine", () => {
  // The ids as the Go engine declares them (analyzer/checklist).
  const go = (/** @type {string} */ f) => readFileSync(new URL(`../analyzer/checklist/${f}`, ext), "utf8");
  const checks = [...go("checks.go").matchAll(/(?:ID:\s*|rightCheck\()"([a-z_]+\.[a-z_]+)"/g)].map((m) => m[1]);
  const flags = [...go("flags.go").matchAll(/ID:\s*"([a-z_]+\.[a-z_]+)"/g)].map((m) => m[1]);
  assert.deepEqual([...checks].sort(), [...CHECK_IDS].sort(), "checklist ids: analyzer/checklist/checks.go vs lib/view.js");
  assert.deepEqual([...flags].sort(), [...FLAG_IDS].sort(), "red flag ids: analyzer/checklist/flags.go vs lib/view.js");
});

test("locales: uiLang names its own folder", () => {
  for (const lang of locales) assert.equal(readMessages(lang).uiLang.message, lang);
});
