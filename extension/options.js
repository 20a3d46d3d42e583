// Settings page: turn the memory of read policies on or off, see what it
// takes, forget one site or everything (lib/memory.js, storage.local).
import { Memory } from "./lib/memory.js";
import { readDate } from "./lib/changes.js";

const uiLang = chrome.i18n.getMessage("uiLang") || chrome.i18n.getUILanguage();
/** @type {import("./lib/view.js").Translate} */
const t = (key, subs) => chrome.i18n.getMessage(key, subs);
const memory = new Memory(chrome.storage.local);

/** @param {string} id @returns {HTMLElement} */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
/** @param {number} bytes */
const kb = (bytes) => (bytes / 1024).toFixed(1);

function localize() {
  document.documentElement.lang = uiLang;
  for (const node of document.querySelectorAll("[data-i18n]")) {
    const msg = t(node.getAttribute("data-i18n") ?? "");
    if (msg) node.textContent = msg;
  }
}

async function refresh() {
  const box = /** @type {HTMLInputElement} */ ($("remember"));
  box.checked = await memory.enabled();
  const sites = await memory.list();
  const bytes = sites.reduce((n, s) => n + s.bytes, 0);
  $("usage").textContent =
    sites.length === 0
      ? t("options_empty")
      : sites.length === 1
        ? t("options_usage_one", [kb(bytes)])
        : t("options_usage", [String(sites.length), kb(bytes)]);
  $("sites").replaceChildren(
    ...sites.map((s) => {
      const li = document.createElement("li");
      li.dataset.site = s.site;
      const text = document.createElement("span");
      text.textContent = t("options_site_read", [s.site, readDate(s.date, uiLang), kb(s.bytes)]);
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = t("options_forget");
      button.setAttribute("aria-label", t("options_forget_site", [s.site]));
      button.addEventListener("click", async () => {
        await memory.forget(s.site);
        $("status").textContent = t("options_forgotten");
        await refresh();
      });
      li.append(text, " ", button);
      return li;
    }),
  );
  /** @type {HTMLButtonElement} */ ($("forget-all")).disabled = sites.length === 0;
}

async function main() {
  localize();
  $("remember").addEventListener("change", async (e) => {
    await memory.setEnabled(/** @type {HTMLInputElement} */ (e.target).checked);
    $("status").textContent = t("options_saved");
  });
  $("forget-all").addEventListener("click", async () => {
    await memory.forgetAll();
    $("status").textContent = t("options_forgotten");
    await refresh();
  });
  await refresh();
}

main();
