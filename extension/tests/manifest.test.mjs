// Sanity of manifest.json: MV3, the CSP wasm needs, minimal permissions, no
// remote hosts, every file it names exists.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";

const ext = new URL("../", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", ext), "utf8"));
const exists = (/** @type {string} */ p) => existsSync(new URL(p, ext));

test("manifest: MV3 basics", () => {
  assert.equal(manifest.manifest_version, 3);
  assert.equal(manifest.default_locale, "en");
  assert.match(manifest.name, /^__MSG_\w+__$/);
  assert.match(manifest.description, /^__MSG_\w+__$/);
  assert.match(manifest.version, /^\d+\.\d+\.\d+$/);
  assert.ok(manifest.browser_specific_settings?.gecko?.id, "gecko id");
  assert.match(manifest.browser_specific_settings.gecko.strict_min_version, /^\d+\.\d+$/);
});

test("manifest: CSP allows wasm and nothing remote", () => {
  const csp = manifest.content_security_policy?.extension_pages ?? "";
  const directives = Object.fromEntries(
    csp.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]),
  );
  assert.deepEqual(directives["script-src"], ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(directives["object-src"], ["'self'"]);
  assert.doesNotMatch(csp, /https?:|'unsafe-eval'|'unsafe-inline'|\*/);
});

test("manifest: minimal permissions, host access only optional", () => {
  const allowed = new Set(["storage", "activeTab", "scripting", "tabs"]);
  for (const p of manifest.permissions ?? []) assert.ok(allowed.has(p), `unexpected permission ${p}`);
  assert.ok(manifest.permissions.includes("storage"));
  assert.equal(manifest.host_permissions, undefined);
  // Asked from the popup to download each site's own policy (issue #11).
  assert.deepEqual(manifest.optional_host_permissions, ["http://*/*", "https://*/*"]);
  assert.equal(manifest.web_accessible_resources, undefined, "nothing exposed to pages");
  for (const cs of manifest.content_scripts) {
    assert.deepEqual(cs.matches, ["http://*/*", "https://*/*"]);
    assert.equal(cs.run_at, "document_idle");
  }
});

test("manifest: background for Chromium and Firefox", () => {
  const bg = manifest.background;
  assert.equal(bg.service_worker, "background.js");
  assert.equal(bg.type, "module");
  assert.ok(Array.isArray(bg.scripts) && bg.scripts.includes("background.js"));
  // The module imports wasm_exec.js itself (no importScripts in module workers).
  assert.match(readFileSync(new URL("background.js", ext), "utf8"), /^import "\.\/wasm_exec\.js";$/m);
});

test("manifest: every file it names exists", () => {
  const files = [
    manifest.background.service_worker,
    ...manifest.background.scripts,
    manifest.action.default_popup,
    ...Object.values(manifest.action.default_icon),
    ...Object.values(manifest.icons),
    ...manifest.content_scripts.flatMap((/** @type {any} */ c) => c.js ?? []),
    `_locales/${manifest.default_locale}/messages.json`,
  ];
  for (const f of files) assert.ok(exists(f), `${f} is missing`);
  for (const [size, f] of Object.entries(manifest.icons)) {
    const png = readFileSync(new URL(/** @type {string} */ (f), ext));
    assert.equal(png.readUInt32BE(16), Number(size), `${f} width`);
  }
});

test("no remote URL in the extension's own code", () => {
  /** @param {URL} dir @returns {string[]} */
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const u = new URL(name, dir);
      if (statSync(u).isDirectory()) return ["tests", "tools", "node_modules"].includes(name) ? [] : walk(new URL(`${name}/`, dir));
      return /\.(js|html|css|json)$/.test(name) && name !== "wasm_exec.js" ? [u.pathname] : [];
    });
  const files = walk(ext);
  assert.ok(files.length >= 8, `found only ${files.length} files`);
  for (const f of files) {
    let src = readFileSync(f, "utf8");
    // Match patterns (content scripts, optional host permissions) name no host.
    src = src.replaceAll('"http://*/*"', "").replaceAll('"https://*/*"', "");
    const remote = src.match(/\b(?:https?|wss?):\/\/[^\s"'`)]+/g) ?? [];
    assert.deepEqual(remote, [], `${f} names a remote URL`);
  }
});
