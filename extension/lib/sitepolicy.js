// Finding a site's own privacy policy from any of its pages (issue #11).
// Pure: the content script hands it the page's links as plain objects, the
// background its URLs; nothing here touches the DOM or the network, so it is
// unit-tested in Node (extension/tests/sitepolicy.test.mjs).
//
// Written as a plain script publishing globalThis.PolicyLensSite, like
// lib/detect.js: the content script loads it as a classic script, the
// background module and the tests with a side-effect import.
//
// How a link is chosen: each candidate gets a score from what names it a
// privacy policy, strongest first:
//   rel="privacy-policy"                                           100
//   its text or aria-label names a privacy policy (EN/FR wordings)  60
//   its path is a common policy path (/privacy, /confidentialite)   30
//   it sits in a footer, a nav or a menu                           +10
//   same registrable domain as the page                            +20
// A link needs 30 to count; the best one wins, ties going to the first in
// the document. A link to another registrable domain (a parent company's
// policy) is returned with sameSite false: the background asks the user
// before fetching it.
(function (root) {
  "use strict";

  /**
   * Multi-label public suffixes most often met, and hosting platforms whose
   * subdomains are separate sites. Not the whole Public Suffix List (which
   * is ~250 KB): a suffix missing here makes two sites under it look like
   * one (e.g. a.example.xx and b.example.xx under an unknown "example.xx"
   * suffix), which only matters for links between them.
   */
  const SUFFIXES = new Set([
    "co.uk", "org.uk", "ac.uk", "gov.uk", "ltd.uk", "plc.uk", "me.uk", "net.uk", "sch.uk", "nhs.uk",
    "com.au", "net.au", "org.au", "edu.au", "gov.au", "co.nz", "org.nz", "govt.nz",
    "co.jp", "ne.jp", "or.jp", "ac.jp", "go.jp", "co.kr", "or.kr",
    "com.br", "net.br", "org.br", "gov.br", "com.mx", "com.ar", "com.co", "com.pe", "cl.cl",
    "com.cn", "net.cn", "org.cn", "gov.cn", "com.hk", "com.tw", "com.sg", "com.my", "co.id", "co.th", "com.ph", "com.vn",
    "co.in", "net.in", "org.in", "gov.in", "co.za", "org.za", "com.ng", "co.ke", "com.eg", "co.il", "org.il",
    "com.tr", "gen.tr", "com.ua", "com.pl", "net.pl", "org.pl", "co.at", "or.at", "ac.at", "gv.at",
    "gouv.fr", "asso.fr", "nom.fr", "com.fr", "tm.fr", "presse.fr",
    "gc.ca", "qc.ca", "on.ca", "bc.ca", "ab.ca", "com.es", "org.es", "com.pt", "com.gr", "com.ru",
    "github.io", "gitlab.io", "netlify.app", "vercel.app", "pages.dev", "workers.dev", "web.app", "firebaseapp.com",
    "herokuapp.com", "appspot.com", "blogspot.com", "wordpress.com", "azurewebsites.net", "cloudfront.net",
    "s3.amazonaws.com", "myshopify.com", "wixsite.com", "squarespace.com", "webflow.io", "glitch.me", "fly.dev",
  ]);

  /**
   * The registrable domain ("site") of a host: the public suffix plus one
   * label. IP addresses and single-label hosts are their own site.
   * @param {string} host e.g. "www.shop.example.co.uk"
   * @returns {string} e.g. "example.co.uk"
   */
  function registrableDomain(host) {
    let h = String(host || "").toLowerCase().replace(/\.$/, "");
    if (h.startsWith("[") || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(h) || !h.includes(".")) return h;
    const labels = h.split(".");
    for (let i = 0; i < labels.length - 1; i++) {
      const suffix = labels.slice(i + 1).join(".");
      if (SUFFIXES.has(suffix)) return labels.slice(i).join(".");
    }
    return labels.slice(-2).join(".");
  }

  /**
   * The site of a URL (its registrable domain), or "" for a non-web URL.
   * @param {string} url
   * @returns {string}
   */
  function siteOf(url) {
    try {
      const u = new URL(url);
      if (u.protocol !== "http:" && u.protocol !== "https:") return "";
      return registrableDomain(u.hostname);
    } catch (_) {
      return "";
    }
  }

  /** @param {string} s @returns {string} lower case, no accents, single spaces */
  function fold(s) {
    return String(s || "")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[’ʼ‘`]/g, "'")
      .replace(/\s+/g, " ")
      .trim();
  }

  /**
   * Link texts that name a privacy policy (folded). Anchored so that a
   * sentence that merely mentions privacy ("we respect your privacy, read
   * more") is not taken for a link to the policy, and "Cookies" or "Legal"
   * alone are not.
   */
  const LINK_TEXT = [
    /^(?:our |your |data )?privacy(?: (?:policy|policies|notice|statement|center|centre|charter|hub|& cookies?(?: policy)?|and cookies?(?: policy)?))?$/,
    /^(?:your )?privacy (?:choices|settings|rights)$/,
    /^(?:privacy|data protection|personal data|personal information) (?:policy|notice|statement)$/,
    /^data protection$/,
    /^(?:notre |la |votre )?(?:politique|charte|declaration|notice|engagement) (?:de |sur la |relative a la )?confidentialite(?: et (?:cookies|de cookies|des cookies))?$/,
    /^confidentialite(?: et cookies)?$/,
    /^(?:vos |nos |les )?donnees (?:personnelles|a caractere personnel)$/,
    /^(?:protection|politique de protection|charte de protection) (?:des|de vos) donnees(?: personnelles| a caractere personnel)?$/,
    /^(?:respect de (?:la |votre )?)?vie privee$/,
    /^(?:politique )?(?:de )?(?:vie privee|rgpd)$/,
    /^(?:datenschutz(?:erklarung)?|privacidad|politica de privacidad|informativa (?:sulla )?privacy)$/,
  ];

  /** Paths sites commonly publish their policy at (folded, without extension or trailing slash). */
  const COMMON_PATHS = [
    /(?:^|\/)privacy(?:[-_]?(?:policy|notice|statement))?$/,
    /(?:^|\/)(?:legal|policies|policy|about|help|pages?|info)\/privacy(?:[-_]?(?:policy|notice))?$/,
    /(?:^|\/)(?:politique[-_](?:de[-_])?)?confidentialite$/,
    /(?:^|\/)charte[-_](?:de[-_])?confidentialite$/,
    /(?:^|\/)donnees[-_]personnelles$/,
    /(?:^|\/)(?:protection[-_]des[-_]donnees|vie[-_]privee|rgpd)$/,
  ];

  /**
   * Whether a link's text or aria-label names a privacy policy.
   * @param {string} text
   * @returns {boolean}
   */
  function linkTextNamesPolicy(text) {
    const t = fold(text).replace(/[.:»›>→\s]+$/u, "").replace(/^[«‹<\s]+/u, "");
    if (t === "" || t.length > 60) return false;
    return LINK_TEXT.some((re) => re.test(t));
  }

  /**
   * Whether a URL's path is one of the common policy paths.
   * @param {string} url
   * @returns {boolean}
   */
  function pathNamesPolicy(url) {
    let path;
    try {
      path = new URL(url).pathname;
    } catch (_) {
      return false;
    }
    try {
      path = decodeURIComponent(path);
    } catch (_) {
      // keep the raw path
    }
    const p = fold(path).replace(/\/+$/, "").replace(/\.(?:html?|php|aspx?|jsp)$/, "");
    return COMMON_PATHS.some((re) => re.test(p));
  }

  /**
   * One link of the page as the content script sees it.
   * @typedef {Object} LinkInfo
   * @property {string} href absolute URL (the DOM's a.href)
   * @property {string} [text] the link's visible text
   * @property {string} [aria] aria-label or title
   * @property {string} [rel] rel attribute
   * @property {boolean} [chrome] inside a footer, nav, header or menu
   */

  /**
   * @typedef {Object} PolicyLink
   * @property {string} url the policy's URL, without its fragment
   * @property {boolean} sameSite same registrable domain as the page
   * @property {string} site the policy's registrable domain
   * @property {number} score
   * @property {string[]} how what named it: "rel", "text", "path", "chrome", "same-site"
   */

  /** Least score a link needs to count as the site's policy. */
  const MIN_SCORE = 30;

  /**
   * Scores one link, or returns null if nothing names it a policy.
   * @param {LinkInfo} link
   * @param {string} pageSite the page's registrable domain
   * @returns {PolicyLink|null}
   */
  function scoreLink(link, pageSite) {
    let u;
    try {
      u = new URL(link.href);
    } catch (_) {
      return null;
    }
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    u.hash = "";
    const how = [];
    let score = 0;
    if (/(?:^|\s)privacy-policy(?:\s|$)/i.test(link.rel || "")) {
      score += 100;
      how.push("rel");
    }
    if (linkTextNamesPolicy(link.text || "") || linkTextNamesPolicy(link.aria || "")) {
      score += 60;
      how.push("text");
    }
    if (pathNamesPolicy(u.href)) {
      score += 30;
      how.push("path");
    }
    if (score < MIN_SCORE) return null;
    if (link.chrome) {
      score += 10;
      how.push("chrome");
    }
    const site = registrableDomain(u.hostname);
    const sameSite = site === pageSite;
    if (sameSite) {
      score += 20;
      how.push("same-site");
    }
    return { url: u.href, sameSite, site, score, how };
  }

  /**
   * The site's own policy link among a page's links, or null.
   * @param {LinkInfo[]} links in document order
   * @param {string} pageURL
   * @returns {PolicyLink|null}
   */
  function findPolicyLink(links, pageURL) {
    const pageSite = siteOf(pageURL);
    if (!pageSite) return null;
    let page = "";
    try {
      const p = new URL(pageURL);
      p.hash = "";
      page = p.href;
    } catch (_) {
      return null;
    }
    /** @type {PolicyLink|null} */
    let best = null;
    for (const link of links) {
      const s = scoreLink(link, pageSite);
      if (!s || s.url === page) continue;
      if (!best || s.score > best.score) best = s;
    }
    return best;
  }

  root.PolicyLensSite = Object.freeze({
    registrableDomain,
    siteOf,
    linkTextNamesPolicy,
    pathNamesPolicy,
    scoreLink,
    findPolicyLink,
    MIN_SCORE,
  });
})(globalThis);
