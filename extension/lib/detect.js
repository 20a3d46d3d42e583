// Policy-page heuristic: does this page look like a privacy policy? Decided
// from the URL, the title, the main headings and the density of privacy
// vocabulary in the body text, in English and French. Pure: it sees strings,
// never the DOM (content.js gathers them), so it is unit-tested in Node
// (extension/tests/detect.test.mjs).
//
// Loaded two ways, so it is written as a plain script that publishes
// globalThis.PolicyLensDetect (no `export`):
//   - as a content script (manifest "content_scripts" lists it before
//     content.js; content scripts cannot be ES modules without exposing the
//     files to every page through web_accessible_resources);
//   - in Node, as a side-effect import: `await import("../lib/detect.js")`.
// The heuristic only decides whether to analyse by itself: the popup's
// "Analyse this page anyway" sends any page to the engine, whose own
// not_policy check is the second gate.
(function (root) {
  "use strict";

  /**
   * Lower case, no accents, punctuation of URLs turned into spaces.
   * @param {string} s
   * @returns {string}
   */
  function fold(s) {
    return String(s || "")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[’ʼ‘`]/g, "'");
  }

  /**
   * Words that name a policy page, matched on folded URL, title and headings.
   * "cookies" in running words is not enough (shops sell cookies); "legal"
   * neither. A title or first heading that starts with "Cookies" does name
   * a page (a cookie policy titled "Cookies", as real ones are): a shop's
   * "Cookies" page still lacks the kinds of privacy vocabulary a named
   * page needs (MIN_KINDS).
   */
  const NAME_PATTERNS = [
    /^cookies?\b/,
    // Other languages' names, so that such a policy goes to the engine,
    // which names its language (see OTHER_LANGUAGE).
    /\bdatenschutz/,
    /\bprivacy(?:verklaring|beleid)\b/,
    /\bprivacidade?\b/,
    /\bprivacy\b/,
    /\bprivacy[ -]?(?:policy|notice|statement|center|centre)\b/,
    /\bdata[ -]?protection\b/,
    /\bcookies?[ -](?:policy|notice|statement)\b/,
    /\bpersonal (?:data|information)\b/,
    /\bgdpr\b/,
    /\bconfidentialite\b/,
    /\bpolitique[ -]de[ -]confidentialite\b/,
    /\bdonnees[ -]personnelles\b/,
    /\bdonnees[ -]a[ -]caractere[ -]personnel\b/,
    /\bprotection[ -]des[ -]donnees\b/,
    /\bmentions[ -]legales\b/,
    /\bvie[ -]privee\b/,
    /\brgpd\b/,
    /\bpolitique[ -](?:de[ -]|relative[ -]aux[ -])?cookies\b/,
  ];

  /**
   * Wordings that name a privacy policy itself (not a cookie notice, a legal
   * notice or a "privacy screen filter"), matched on folded text. A title or
   * main heading names the policy when it holds one of these phrases, or
   * when one of its parts (split at | - – : ·) is one of NAME_WORDS; a URL
   * when one of its path segments is. Two of URL, title and main heading
   * naming it is strong evidence: such a page is analysed with far less
   * vocabulary than an unnamed one (issue #9: a real policy at
   * /about/privacy.php titled "Privacy Policy" has only four kinds of
   * privacy vocabulary).
   */
  const STRONG_PHRASES = [
    /\bprivacy[ -]?(?:policy|policies|notice|statement|charter|center|centre|information|and cookies? policy)\b/,
    /\b(?:your|our) privacy\b/,
    /\bdata[ -]?protection[ -](?:policy|notice|statement|information|declaration)\b/,
    /\bpersonal (?:data|information) (?:policy|notice|statement|protection)\b/,
    /\b(?:politique|charte|declaration|engagement|avis|notice)s? (?:de |relative a la |sur la )?confidentialite\b/,
    /\bprotection (?:des|de vos) donnees\b/,
    /\b(?:vos )?donnees (?:personnelles|a caractere personnel)\b/,
    /\b(?:respect de (?:la|votre) )?vie privee\b/,
  ];
  /** A title part or URL segment that is, by itself, a policy's name. */
  const NAME_WORDS = /^(?:privacy|privacy ?policy|privacy ?notice|privacy ?statement|data ?privacy|data ?protection|confidentialite|politique ?de ?confidentialite|charte ?de ?confidentialite|donnees ?personnelles|vie ?privee|protection ?des ?donnees|rgpd|gdpr)$/;

  /**
   * Whether a title or heading names a privacy policy.
   * @param {string} s folded
   * @returns {boolean}
   */
  function namesPolicy(s) {
    if (STRONG_PHRASES.some((re) => re.test(s))) return true;
    return s.split(/\s+[|\-\u2013\u2014:\u00b7\u2022]\s+|\s*[|\u00b7\u2022]\s*/).some((part) => NAME_WORDS.test(part.trim()));
  }

  /**
   * Whether one of a URL's path segments names a privacy policy
   * ("/about/privacy.php", "/fr/politique-de-confidentialite/").
   * @param {string|undefined} url
   * @returns {boolean}
   */
  function urlNamesPolicy(url) {
    let path = String(url || "");
    try {
      path = new URL(path).pathname;
    } catch (_) {
      // not absolute: use as is
    }
    try {
      path = decodeURIComponent(path);
    } catch (_) {
      // keep the raw text
    }
    return fold(path)
      .split("/")
      .map((seg) => seg.replace(/\.[a-z0-9]{1,5}$/, "").replace(/[^a-z0-9]+/g, " ").trim())
      .some((seg) => NAME_WORDS.test(seg) || STRONG_PHRASES.some((re) => re.test(seg)));
  }

  /** Privacy vocabulary counted in the body text (folded). */
  const VOCAB = [
    // English
    /\bpersonal (?:data|information)\b/g,
    /\bprocess(?:es|ed|ing)?\b/g,
    /\bcollect(?:s|ed|ing|ion)?\b/g,
    /\bthird[ -]part(?:y|ies)\b/g,
    /\bcookies?\b/g,
    /\bconsent\b/g,
    /\bretain(?:s|ed)?\b|\bretention\b/g,
    /\b(?:data )?controller\b|\bprocessors?\b/g,
    /\bopt[ -]out\b/g,
    /\bdisclos(?:e|es|ed|ure)\b/g,
    /\bgdpr\b|\bccpa\b/g,
    /\bprivacy\b/g,
    /\bdata subjects?\b/g,
    /\byour rights?\b/g,
    // French
    /\bdonnees (?:personnelles|a caractere personnel)\b/g,
    /\btraitements?\b/g,
    /\bcollect(?:e|es|er|ons|ees|ee)\b/g,
    /\btiers\b/g,
    /\bconsentement\b/g,
    /\bconserv(?:ation|ons|ees|ees|er)\b/g,
    /\bresponsable du traitement\b|\bsous-traitants?\b/g,
    /\bdroits? (?:d'acces|de rectification|d'opposition|a l'effacement|a la portabilite)\b/g,
    /\bcnil\b|\brgpd\b/g,
    /\bfinalites?\b/g,
    /\bdestinataires?\b/g,
    /\bconfidentialite\b/g,
  ];

  /** Below this many words a page is not read as a policy (banners, stubs). */
  const MIN_WORDS = 120;
  /** Vocabulary hits per 1000 words needed when the URL/title/headings name a policy. */
  const NAMED_DENSITY = 8;
  /** Hits per 1000 words enough on their own (a policy at an odd URL). */
  const STRONG_DENSITY = 30;
  /** Distinct vocabulary entries needed: a policy talks of many things, a product page of one. */
  const MIN_KINDS = 5;
  /**
   * Fewer words than this and the page is likely a shell whose text a script
   * has yet to render: the content script watches it for a while.
   */
  const SHELL_WORDS = 40;
  /** Strongly named (two of URL, title, main heading): fewer words and kinds suffice. */
  const STRONG_MIN_WORDS = 80;
  const STRONG_MIN_KINDS = 2;
  /** Largest text read for density, in characters: enough for any policy's opening. */
  const MAX_TEXT = 200000;

  /**
   * A page language (the <html lang> attribute) PolicyLens does not read: a
   * named page in it (or, with no declared language, with few English and
   * French function words) with MIN_WORDS words is sent to the engine even though
   * the English and French vocabulary finds nothing, so that the reader is
   * told the policy's language (the engine's unsupported_language) rather
   * than that the page is not a policy.
   */
  const OTHER_LANGUAGE = /^(?!en\b|fr\b)[a-z]{2,3}\b/;

  /**
   * Common English and French function words. In English or French prose
   * they are one word in six or more; a page that declares no language and
   * where they are fewer than FOREIGN_SHARE of the words is in another
   * language (German has none of them, Spanish only "la").
   */
  const FUNCTION_WORDS = /\b(?:the|and|of|you|your|we|is|are|with|for|le|la|les|des|et|vous|nous|est|pour|avec)\b/g;
  const FOREIGN_SHARE = 0.05;

  /**
   * @typedef {Object} PageInfo
   * @property {string} [url]
   * @property {string} [title]
   * @property {string[]} [headings] h1/h2 texts
   * @property {string} [text] the body's visible text
   * @property {string} [lang] the page's declared language (<html lang>)
   */

  /**
   * @typedef {Object} Verdict
   * @property {boolean} policy whether to analyse the page
   * @property {number} words words in the body text
   * @property {number} density privacy vocabulary hits per 1000 words
   * @property {number} kinds how many distinct vocabulary entries were seen
   * @property {string[]} reasons what was seen, e.g. "url:privacy"
   * @property {number} strong how many of URL, title and main heading name a privacy policy
   * @property {boolean} thin too little text to judge: a page still being
   *   rendered by script looks like this, so the content script waits for more
   */

  /**
   * Decides whether a page looks like a privacy policy.
   * @param {PageInfo} page
   * @returns {Verdict}
   */
  function assess(page) {
    const reasons = [];
    const headings = page.headings || [];
    const where = [
      ["url", urlWords(page.url)],
      ["title", fold(page.title)],
      ["heading", fold(headings.slice(0, 12).join(" \n "))],
    ];
    for (const [name, text] of where) {
      const hit = NAME_PATTERNS.find((re) => re.test(text));
      if (hit) reasons.push(name + ":" + (text.match(hit) || [""])[0].trim());
    }
    // The main heading is the first one (an h1 when there is one: content.js
    // lists h1s first); later h2s name sections ("Privacy" in a shop's FAQ).
    const strongIn = [
      ["url", urlNamesPolicy(page.url)],
      ["title", namesPolicy(fold(page.title))],
      ["h1", namesPolicy(fold(headings[0] || ""))],
    ].filter(([, yes]) => yes);
    const strong = strongIn.length;
    if (strong >= 2) reasons.push("strong:" + strongIn.map(([n]) => n).join("+"));
    const text = fold(String(page.text || "").slice(0, MAX_TEXT));
    const words = (text.match(/[\p{L}\p{N}'’-]+/gu) || []).length;
    let hits = 0;
    let kinds = 0;
    for (const re of VOCAB) {
      const n = (text.match(re) || []).length;
      hits += n;
      if (n > 0) kinds++;
    }
    const density = words === 0 ? 0 : (hits * 1000) / words;
    const named = reasons.length > 0;
    const policy =
      (strong >= 2 && words >= STRONG_MIN_WORDS && kinds >= STRONG_MIN_KINDS) ||
      (words >= MIN_WORDS &&
        kinds >= MIN_KINDS &&
        ((named && density >= NAMED_DENSITY) || density >= STRONG_DENSITY));
    const thin = words < (strong >= 2 ? STRONG_MIN_WORDS : SHELL_WORDS);
    reasons.push("density:" + density.toFixed(1), "kinds:" + kinds, "words:" + words);
    const lang = String(page.lang || "").trim().toLowerCase();
    if (!policy && named && words >= MIN_WORDS) {
      const other = lang ? OTHER_LANGUAGE.test(lang) : (text.match(FUNCTION_WORDS) || []).length < FOREIGN_SHARE * words;
      if (other) {
        reasons.push("lang:" + (lang || "other"));
        return { policy: true, words, density, kinds, reasons, strong, thin };
      }
    }
    return { policy, words, density, kinds, reasons, strong, thin };
  }

  /**
   * The path and query of a URL as words: "/legal/privacy-policy.html" ->
   * "legal privacy policy html". The host is left out ("privacy.example"
   * names a company, not a page).
   * @param {string|undefined} url
   * @returns {string}
   */
  function urlWords(url) {
    let rest = String(url || "");
    try {
      const u = new URL(rest);
      rest = u.pathname + " " + u.search + " " + u.hash;
    } catch (_) {
      // not absolute: use as is
    }
    try {
      rest = decodeURIComponent(rest);
    } catch (_) {
      // keep the raw text
    }
    return fold(rest).replace(/[^a-z0-9']+/g, " ");
  }

  /**
   * The PageInfo of an HTML string, without a DOM: for tests and tools (the
   * content script reads the live DOM instead). Crude by design: drops
   * scripts, styles and tags, decodes the common entities.
   * @param {string} html
   * @param {string} [url]
   * @returns {PageInfo}
   */
  function pageInfoFromHTML(html, url) {
    const src = String(html || "").replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, " ");
    const text = (s) =>
      s
        .replace(/<[^>]*>/g, " ")
        .replace(/&nbsp;/g, " ")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&#39;|&apos;/g, "'")
        .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
        .replace(/&amp;/g, "&")
        .replace(/\s+/g, " ")
        .trim();
    const title = (src.match(/<title[^>]*>([\s\S]*?)<\/title>/i) || ["", ""])[1];
    const headings = Array.from(src.matchAll(/<h[12]\b[^>]*>([\s\S]*?)<\/h[12]>/gi), (m) => text(m[1]));
    const body = (src.match(/<body\b[^>]*>([\s\S]*)<\/body>/i) || ["", src])[1];
    const lang = (src.match(/<html\b[^>]*\blang\s*=\s*["']?([\w-]+)/i) || ["", ""])[1];
    return { url: url || "", title: text(title), headings, text: text(body), lang };
  }

  root.PolicyLensDetect = Object.freeze({
    assess,
    namesPolicy,
    urlNamesPolicy,
    pageInfoFromHTML,
    fold,
    urlWords,
    MIN_WORDS,
    NAMED_DENSITY,
    STRONG_DENSITY,
    MIN_KINDS,
    STRONG_MIN_WORDS,
    STRONG_MIN_KINDS,
  });
})(globalThis);
