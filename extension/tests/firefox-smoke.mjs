// Smoke test of the same extension folder in Firefox ESR (run by
// run-firefox.sh; not part of `make e2e`). Playwright cannot drive Debian's
// Firefox, so this speaks WebDriver BiDi (built into Firefox) over a
// WebSocket: the extension is installed as an unsigned .xpi in a fresh
// profile (ESR honours xpinstall.signatures.required=false), a policy page
// is loaded from a local server, then the popup page (fixed moz-extension
// UUID) asks the background for every tab's state and renders the report.
// Checks: the module background (manifest "scripts" + "type": "module") loads
// the wasm engine, the policy tab gets a report, the popup shows its grade.
import http from "node:http";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { corpusPage, shadowPolicyPage, shopPage } from "./pages.mjs";

const EXT_DIR = fileURLToPath(new URL("../", import.meta.url));
const FIREFOX = process.env.FIREFOX || "/usr/bin/firefox-esr";
const GECKO_ID = "policylens@policylens.dev";
const UUID = "6d1c1a3e-8f7b-4c55-9a53-2f1f6b0c7e11";
const WAIT = 30000;

const html = corpusPage("en-internect-recruiting.txt", { lang: "en", title: "Privacy policy - Internect", site: "Internect" });
// An ordinary page of the same site whose footer links to the policy: graded from it.
const shop = shopPage({ lang: "en", site: "Internect shop", policyHref: "/privacy", linkText: "Privacy policy" });
// The same policy drawn in a closed shadow root (read through openOrClosedShadowRoot).
const component = shadowPolicyPage("en-internect-recruiting.txt", { lang: "en", title: "Privacy policy - Internect", site: "Internect" });

/** @param {boolean} ok @param {string} msg */
function check(ok, msg) {
  if (!ok) throw new Error(msg);
  console.log(`  ok  ${msg}`);
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), "policylens-ff-"));
  const profile = join(work, "profile");
  mkdirSync(join(profile, "extensions"), { recursive: true });
  // The .xpi: the extension folder without its tests and tools.
  execFileSync("zip", ["-qr", join(profile, "extensions", `${GECKO_ID}.xpi`), ".", "-x", "tests/*", "tools/*"], { cwd: EXT_DIR });
  writeFileSync(
    join(profile, "user.js"),
    [
      'user_pref("xpinstall.signatures.required", false);',
      'user_pref("extensions.autoDisableScopes", 0);',
      'user_pref("extensions.enabledScopes", 15);',
      `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [GECKO_ID]: UUID }))});`,
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("network.proxy.type", 0);',
      'user_pref("app.update.enabled", false);',
      "",
    ].join("\n"),
  );

  // The optional host permission, as granted by the user ("Grade every site I
  // visit"): Firefox keeps granted optional permissions in this file.
  writeFileSync(
    join(profile, "extension-preferences.json"),
    JSON.stringify({ [GECKO_ID]: { permissions: [], origins: ["http://*/*", "https://*/*"], data_collection: [] } }),
  );

  const server = http.createServer((req, res) =>
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(req.url === "/shop" ? shop : req.url === "/components/privacy" ? component : html),
  );
  await new Promise((r) => server.listen(0, "127.0.0.1", () => r(undefined)));
  const port = /** @type {any} */ (server.address()).port;
  const pageURL = `http://127.0.0.1:${port}/privacy`;

  const started = performance.now();
  const ff = spawn(FIREFOX, ["--headless", "--no-remote", "--profile", profile, "--remote-debugging-port", "0", "about:blank"], {
    env: { ...process.env, MOZ_HEADLESS: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  try {
    const wsURL = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Firefox did not start BiDi within ${WAIT} ms:\n${log}`)), WAIT);
      const onData = (/** @type {Buffer} */ d) => {
        log += d.toString();
        const m = log.match(/WebDriver BiDi listening on (ws:\/\/[^\s]+)/);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      };
      ff.stderr.on("data", onData);
      ff.stdout.on("data", onData);
      ff.on("exit", (code) => reject(new Error(`Firefox exited (${code}):\n${log}`)));
    });
    const ws = new WebSocket(`${wsURL}/session`);
    await new Promise((resolve, reject) => {
      ws.onopen = resolve;
      ws.onerror = () => reject(new Error("BiDi WebSocket failed"));
    });
    let nextId = 1;
    /** @type {Map<number, {resolve: Function, reject: Function}>} */
    const calls = new Map();
    ws.onmessage = (ev) => {
      const msg = JSON.parse(String(ev.data));
      const c = msg.id !== undefined && calls.get(msg.id);
      if (!c) return;
      calls.delete(msg.id);
      if (msg.type === "error") c.reject(new Error(`${msg.error}: ${msg.message}`));
      else c.resolve(msg.result);
    };
    /** @param {string} method @param {any} params @returns {Promise<any>} */
    const send = (method, params) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        calls.set(id, { resolve, reject });
        ws.send(JSON.stringify({ id, method, params }));
        setTimeout(() => calls.has(id) && (calls.delete(id), reject(new Error(`${method}: no answer in ${WAIT} ms`))), WAIT);
      });
    /** @param {string} context @param {string} expr */
    const evaluate = async (context, expr) => {
      const r = await send("script.evaluate", { expression: expr, target: { context }, awaitPromise: true });
      if (r.type === "exception") throw new Error(`evaluate: ${r.exceptionDetails?.text}`);
      return r.result?.value;
    };

    await send("session.new", { capabilities: {} });
    console.log(`firefox: BiDi up in ${Math.round(performance.now() - started)} ms`);
    const tree = await send("browsingContext.getTree", {});
    const tab = tree.contexts[0].context;
    await send("browsingContext.navigate", { context: tab, url: pageURL, wait: "complete" });
    const loaded = performance.now();

    const { context: popupCtx } = await send("browsingContext.create", { type: "tab" });
    await send("browsingContext.navigate", { context: popupCtx, url: `moz-extension://${UUID}/popup.html?tabId=0`, wait: "complete" });
    // Ask the background, from the popup page, for every tab until the policy tab is done.
    /**
     * The background's final state for the tab showing url, asked from the popup page.
     * @param {string} url
     * @returns {Promise<any>}
     */
    const resultFor = async (url) => {
      let found = null;
      const deadline = Date.now() + WAIT;
      while (!found && Date.now() < deadline) {
        const states = JSON.parse(
          await evaluate(
            popupCtx,
            `(async () => {
              const out = [];
              for (const t of await browser.tabs.query({})) {
                const r = await browser.runtime.sendMessage({ type: "get-report", tabId: t.id });
                out.push({ id: t.id, state: r.state, url: r.url, grade: r.report?.grade?.letter, clauses: r.report?.clauses?.length, error: r.error });
              }
              return JSON.stringify(out);
            })()`,
          ),
        );
        found = states.find((/** @type {any} */ s) => s.url === url && !["pending", "reading", "none"].includes(s.state)) ?? null;
        if (!found) await new Promise((r) => setTimeout(r, 250));
      }
      return found;
    };
    const found = await resultFor(pageURL);
    check(!!found, `the background has a result for the policy tab (${JSON.stringify(found)})`);
    check(found.state === "done", `policy analysed in Firefox: grade ${found.grade} (${Math.round(performance.now() - loaded)} ms after load)`);
    await send("browsingContext.navigate", { context: popupCtx, url: `moz-extension://${UUID}/popup.html?tabId=${found.id}`, wait: "complete" });
    let letter = "";
    for (let i = 0; i < 100 && !letter; i++) {
      letter = await evaluate(popupCtx, `document.getElementById("report").hidden ? "" : document.getElementById("grade-letter").textContent`);
      if (!letter) await new Promise((r) => setTimeout(r, 100));
    }
    check(letter === found.grade, `Firefox popup shows grade ${letter}`);
    const cats = await evaluate(popupCtx, `document.querySelectorAll("#categories > li").length`);
    check(cats === 6, `Firefox popup lists ${cats} categories`);

    const perms = JSON.parse(await evaluate(popupCtx, `browser.permissions.getAll().then((p) => JSON.stringify(p.origins))`));
    check(perms.includes("http://*/*"), `the optional host permission is granted in this profile (${JSON.stringify(perms)})`);

    // The shop page of the same site: graded from its footer link, no click.
    await send("browsingContext.navigate", { context: tab, url: `http://127.0.0.1:${port}/shop`, wait: "complete" });
    const shopStarted = performance.now();
    let site = null;
    for (let i = 0; i < 150 && !site; i++) {
      site = JSON.parse(
        await evaluate(
          popupCtx,
          `(async () => {
            for (const t of await browser.tabs.query({})) {
              const r = await browser.runtime.sendMessage({ type: "get-report", tabId: t.id });
              if (r.site && !["checking", "pending"].includes(r.site.state)) {
                return JSON.stringify({ tabId: t.id, state: r.site.state, grade: r.site.report?.grade?.letter, badge: await browser.action.getBadgeText({ tabId: t.id }) });
              }
            }
            return "null";
          })()`,
        ),
      );
      if (!site) await new Promise((r) => setTimeout(r, 200));
    }
    check(!!site && site.state === "done", `Firefox grades the shop page from its policy link: ${JSON.stringify(site)} (${Math.round(performance.now() - shopStarted)} ms after load)`);
    check(site.grade === found.grade && site.badge === found.grade, `the shop tab's badge is the policy's grade (${site.badge})`);
    // A policy in a closed shadow root: read where it sits, the same report.
    const componentURL = `http://127.0.0.1:${port}/components/privacy`;
    await send("browsingContext.navigate", { context: tab, url: componentURL, wait: "complete" });
    const shadow = await resultFor(componentURL);
    check(
      !!shadow && shadow.state === "done" && shadow.grade === found.grade && shadow.clauses === found.clauses,
      `Firefox reads a policy in a closed shadow root: ${JSON.stringify(shadow)}, ${found.clauses} clauses on the plain page`,
    );
    console.log(`firefox: PASS in ${Math.round(performance.now() - started)} ms`);
    ws.close();
  } finally {
    ff.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    server.close();
    rmSync(work, { recursive: true, force: true, maxRetries: 3, retryDelay: 300 });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`firefox: FAIL: ${err?.message ?? err}`);
    process.exit(1);
  },
);
