// sitepanel.js: what the popup says when a site's policy could not be graded.
import { test } from "node:test";
import assert from "node:assert/strict";

import { siteErrorMessage } from "../sitepanel.js";
import { translator } from "./i18n.mjs";

test("site errors in the UI language", () => {
  const en = translator("en");
  const fr = translator("fr");
  const cases = [
    [en, { code: "fetch_failed", message: "HTTP 404" }, "PolicyLens could not download this site's privacy policy (HTTP 404)."],
    [fr, { code: "fetch_failed", message: "timed out" }, "PolicyLens n'a pas pu télécharger la politique de confidentialité du site (timed out)."],
    [en, { code: "not_policy", message: "this does not read as a privacy policy" }, /has no policy text PolicyLens can read without opening it/],
    [fr, { code: "unsupported_language", message: "German" }, /ne sait pas encore lire/],
    [en, { code: "too_large" }, "This site's privacy policy page is too large to analyse."],
    [en, { code: "internal", message: "boom" }, "PolicyLens could not read this site's privacy policy (boom)."],
  ];
  for (const [t, err, want] of cases) {
    const got = siteErrorMessage(/** @type {any} */ (t), /** @type {any} */ (err));
    if (want instanceof RegExp) assert.match(got, want);
    else assert.equal(got, want);
  }
});
