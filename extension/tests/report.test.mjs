// lib/reportmd.js: "Copy as Markdown" and the links to a clause's place in the page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { fragmentLink, reportMarkdown } from "../lib/reportmd.js";
import { translator } from "./i18n.mjs";

const report = JSON.parse(readFileSync(new URL("fixtures/report-en.json", import.meta.url), "utf8"));

test("report: Markdown holds the grade, every checklist item and every clause", () => {
  const md = reportMarkdown(report, translator("en"), "en", { url: "https://internect.example/privacy" });
  assert.match(md, /^# Privacy policy - Internect\n/);
  assert.match(md, /\*\*D — Score 42\/100\*\* · 2 red flags \(1 serious\)/);
  for (const c of report.checklist) assert.ok(md.includes(`| ${c.status === "found" ? "Stated" : c.status === "vague" ? "Vague" : "Not found"} |`), c.id);
  for (const c of report.clauses) assert.ok(md.includes(`- ${c.id} [`), c.id);
  assert.match(md, /## Every statement/);
  const fr = reportMarkdown(report, translator("fr"), "fr");
  assert.match(fr, /## Toutes les déclarations/);
});

test("report: text fragment links", () => {
  const cases = [
    ["https://a.example/p#top", "Your data is kept indefinitely.", "https://a.example/p#:~:text=Your%20data%20is%20kept%20indefinitely."],
    [
      "https://a.example/p",
      "We may share some of your information with partners such as recruiters.",
      "https://a.example/p#:~:text=We%20may%20share%20some,partners%20such%20as%20recruiters.",
    ],
    ["https://a.example/p", "Opt-out, any time", "https://a.example/p#:~:text=Opt%2Dout%2C%20any%20time"],
    ["chrome-extension://x/report.html", "anything", ""],
  ];
  for (const [url, text, want] of cases) assert.equal(fragmentLink(url, text), want);
});
