// The popup's panel about the site of an ordinary page (issue #11): its own
// privacy policy's grade, the three findings that matter most, the way to the
// policy with its findings marked and to the full report, and the date it was
// read; or why there is no grade yet, with the one action that gets one
// (grant the permission, answer the cross-site question).
//
// Permissions are requested here, in the click handler: the browser asks the
// user only from a user gesture in an extension page.
import { el, fillGrade } from "./lib/dom.js";
import { buildView } from "./lib/view.js";

/** @typedef {import("./lib/view.js").Translate} Translate */

/** Every origin, for "Grade every site I visit" (optional_host_permissions). */
const ALL_SITES = ["http://*/*", "https://*/*"];
/** How often the panel asks again while a policy is being read. */
const POLL_MS = 400;

/**
 * @param {string} label
 * @param {() => void} onClick
 * @param {string} [className]
 * @param {string} [id]
 * @returns {HTMLButtonElement}
 */
function button(label, onClick, className = "", id = "") {
  const b = /** @type {HTMLButtonElement} */ (el("button", className, label));
  b.type = "button";
  if (id) b.id = id;
  b.addEventListener("click", onClick);
  return b;
}

/** Site errors with a message of their own (lib/sitegrade.js and engine codes). */
const SITE_ERRORS = ["fetch_failed", "not_html", "too_large", "not_policy", "unsupported_language"];

/**
 * What the popup says when a site's policy could not be graded.
 * @param {Translate} t
 * @param {{code?: string, message?: string}|undefined} error
 * @returns {string}
 */
export function siteErrorMessage(t, error) {
  const code = error?.code ?? "";
  if (code === "fetch_failed") return t("site_error_fetch_failed", [error?.message || code]);
  if (SITE_ERRORS.includes(code)) return t(`site_error_${code}`);
  return t("site_error", [error?.message || code]);
}

/**
 * Renders what is known about the site into the panel.
 * @param {HTMLElement} root the #site section
 * @param {number} tabId
 * @param {any} site the background's site state (lib/sitegrade.js SiteState + origin)
 * @param {{t: Translate, uiLang: string, ask: (msg: any) => Promise<any>, reload: () => void}} ctx
 */
export function renderSite(root, tabId, site, ctx) {
  const { t, uiLang, ask } = ctx;
  const body = /** @type {HTMLElement} */ (root.querySelector("#site-body"));
  root.hidden = false;
  root.dataset.state = site.state;
  /** @type {Node[]} */
  const out = [];
  const say = (/** @type {string} */ text, cls = "site-message") => out.push(el("p", cls, text));
  const again = () => setTimeout(ctx.reload, POLL_MS);

  switch (site.state) {
    case "checking":
      say(t("site_checking"));
      again();
      break;
    case "pending":
      say(t("site_pending"));
      again();
      break;
    case "no_link":
      say(t("site_no_link"));
      break;
    case "ask_cross": {
      say(t("site_ask_cross", [site.link?.site ?? ""]));
      say(t("site_need_permission"), "site-note");
      const answer = async (/** @type {boolean} */ yes) => {
        // The permission first, while the click still counts as a gesture.
        if (yes && !(await request([`${site.origin}/*`]))) return denied();
        await ask({ type: "site-answer", tabId, yes });
        ctx.reload();
      };
      const actions = el("div", "actions");
      actions.append(button(t("action_download"), () => answer(true), "primary", "site-cross-yes"), button(t("action_not_this_site"), () => answer(false), "", "site-cross-no"));
      out.push(actions);
      break;
    }
    case "declined":
      say(t("site_declined", [site.link?.site ?? ""]));
      break;
    case "need_permission": {
      say(t("site_need_permission"));
      const grade = async (/** @type {string[]} */ origins) => {
        if (!(await request(origins))) return denied();
        await ask({ type: "site-grade", tabId });
        ctx.reload();
      };
      const actions = el("div", "actions");
      actions.append(
        button(t("action_grade_site"), () => grade([`${site.origin}/*`]), "primary", "site-grade-one"),
        button(t("action_grade_all"), () => grade(ALL_SITES), "", "site-grade-all"),
      );
      out.push(actions);
      break;
    }
    case "error":
      say(siteErrorMessage(t, site.error));
      if (site.link) out.push(openPolicy(site.link.url));
      break;
    case "done":
      out.push(...graded(site));
      break;
    default:
      break;
  }
  body.replaceChildren(...out);

  /** @param {string[]} origins @returns {Promise<boolean>} */
  async function request(origins) {
    try {
      return await chrome.permissions.request({ origins });
    } catch {
      return false;
    }
  }
  function denied() {
    body.append(el("p", "site-note", t("permission_denied")));
  }

  /** @param {string} url */
  function openPolicy(url) {
    const b = button(t("action_open_policy"), () => ask({ type: "open-policy", url }), "primary", "site-open-policy");
    return b;
  }

  /**
   * @param {any} s
   * @returns {Node[]}
   */
  function graded(s) {
    const view = buildView(s.report, t, uiLang);
    const nodes = [];
    const row = el("div", "grade-row");
    const letter = el("p");
    letter.id = "site-grade";
    letter.setAttribute("role", "img");
    const score = el("p", "grade-score");
    const flags = el("p", "grade-flags");
    fillGrade({ letter, score, flags }, view.grade);
    const side = el("div");
    side.append(
      score,
      flags,
      el("p", "read-on", t("site_read_on", [new Date(s.readAt).toLocaleDateString(uiLang, { dateStyle: "medium" })])),
    );
    row.append(letter, side);
    nodes.push(row);
    const top = el("ul", "items top-list");
    top.id = "site-top";
    for (const item of view.top) {
      const li = el("li", item.status);
      li.dataset.id = item.id;
      const head = el("div", "item-head");
      head.append(el("span", "item-title", item.title), el("span", `chip ${item.status}`, item.statusLabel));
      li.append(head);
      const line = item.line || item.sentences[0]?.display || "";
      if (line) li.append(el("p", "item-line", line));
      top.append(li);
    }
    nodes.push(top);
    const actions = el("div", "actions");
    actions.append(
      openPolicy(s.link.url),
      button(t("action_full_report"), () => chrome.tabs.create({ url: chrome.runtime.getURL(`report.html?policy=${encodeURIComponent(s.link.url)}`) }), "", "site-full-report"),
    );
    nodes.push(actions);
    nodes.push(el("p", "policy-at", t("site_policy_at", [s.link.url])));
    return nodes;
  }
}
