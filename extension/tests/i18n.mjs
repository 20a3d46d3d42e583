// Test helper: chrome.i18n.getMessage over the real _locales files, with
// Chrome's substitution rules ($NAME$ placeholders whose content is $1..$9,
// "$$" for a dollar sign, "" for an unknown key).
import { readFileSync } from "node:fs";

export const LOCALES = new URL("../_locales/", import.meta.url);

/**
 * @param {string} lang "en" or "fr"
 * @returns {Record<string, {message: string, placeholders?: Record<string, {content: string}>}>}
 */
export function readMessages(lang) {
  return JSON.parse(readFileSync(new URL(`${lang}/messages.json`, LOCALES), "utf8"));
}

/**
 * @param {string} lang
 * @returns {(key: string, subs?: string|string[]) => string}
 */
export function translator(lang) {
  const messages = readMessages(lang);
  return (key, subs = []) => {
    const m = messages[key];
    if (!m) return "";
    const args = Array.isArray(subs) ? subs : [subs];
    const ph = Object.fromEntries(Object.entries(m.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
    const fill = (/** @type {string} */ s) => s.replace(/\$(\d)/g, (_, n) => args[Number(n) - 1] ?? "");
    return m.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name) => fill(ph[name.toLowerCase()] ?? ""))
      .replace(/\$\$/g, "$");
  };
}
