// wasm/bench/bench.mjs, run by wasm/bench.sh (make bench): times the engine
// on every corpus policy, natively and as WebAssembly in Node and in headless
// Chromium, and prints a Markdown table of medians over RUNS samples.
//
// Each sample is a fresh process (native, Node) or a fresh browser with a
// fresh profile (Chromium), so "cold" really is cold: nothing is cached
// between samples (no compiled wasm, no language models).
//
//   node wasm/bench/bench.mjs [--runs N] [--warm M] [--no-browser] [--json FILE]
//   BENCH_FILES=a.txt,b.md ...   only these corpus files (a quick check)
//
// Columns, in milliseconds:
//   CLI            wall time of `bin/policylens analyze --format json FILE` (process start to exit)
//   native new/cold/warm   analyzer.New, first Analyze, later Analyze (wasm/internal/nativebench)
//   load           wasm fetch + compile + instantiate + Go start (loadEngine)
//   cold, warm     first analysis after load, median of the later ones
//   start→report   load + cold: from nothing to the first report
//   warm ×native   Chromium (or Node) warm / native warm
//
// Then the targets (#12), each with the measured value, MET or
// MISSED, and the ratio to native where there is one: engine.wasm gzip size,
// CLI binary size, Chromium start→report on the 32 KB sample, warm analysis
// against native on every corpus policy, the extension's start→report when a
// stopped service worker starts the engine again for a page not in its cache
// (the browser then reuses the code it compiled for engine.wasm before: the
// start a user meets most), and a stopped and restarted service worker
// answering a cached site without starting the engine (the extension itself,
// in Chromium).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync, createReadStream } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

import { CHROMIUM_FLAGS } from "../../extension/tests/chromium-flags.mjs";
import { corpusPage } from "../../extension/tests/pages.mjs";
import { median } from "./stats.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const wasmPath = join(root, "extension", "engine.wasm");
const cliPath = join(root, "bin", "policylens");
const nativeBench = join(root, "build", "bench", "nativebench");
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";

const { values: opts } = parseArgs({
  options: {
    runs: { type: "string", default: process.env.RUNS ?? "7" },
    warm: { type: "string", default: process.env.WARM ?? "5" },
    "no-browser": { type: "boolean", default: false },
    json: { type: "string" },
  },
});
const runs = Number(opts.runs);
const warm = Number(opts.warm);

// BENCH_FILES (comma-separated corpus file names) restricts the run, for a
// quick check; the targets need the whole corpus.
const only = (process.env.BENCH_FILES ?? "").split(",").filter(Boolean);
const corpus = JSON.parse(readFileSync(join(root, "corpus", "corpus.json"), "utf8"))
  .documents.map((/** @type {{file: string}} */ d) => d.file)
  .filter((/** @type {string} */ f) => only.length === 0 || only.includes(f));

/** @param {string} msg */
const log = (msg) => process.stderr.write(`bench: ${msg}\n`);

/**
 * Runs a command and parses the JSON line it prints.
 * @param {string} cmd
 * @param {string[]} args
 */
function jsonOf(cmd, args) {
  const out = execFileSync(cmd, args, { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
  return JSON.parse(out.trim().split("\n").pop() ?? "");
}

/**
 * Medians of each numeric key over samples.
 * @param {Array<Record<string, number>>} samples
 * @returns {Record<string, number>}
 */
function medians(samples) {
  /** @type {Record<string, number>} */
  const m = {};
  for (const k of Object.keys(samples[0] ?? {})) {
    if (typeof samples[0][k] === "number") m[k] = median(samples.map((s) => s[k]));
  }
  return m;
}

function native(/** @type {string} */ file) {
  const cli = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(cliPath, ["analyze", "--format", "json", file], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
    if (r.status !== 0) throw new Error(`policylens analyze ${file}: ${r.stderr}`);
    cli.push(performance.now() - t);
  }
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(jsonOf(nativeBench, ["-warm", String(warm), file]));
  return { cli_ms: median(cli), ...medians(samples) };
}

function node(/** @type {string} */ file) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const s = jsonOf(process.execPath, [join(root, "wasm", "bench", "node-sample.mjs"), wasmPath, file, String(warm)]);
    samples.push({ ...s, start_ms: s.load_ms + s.cold_ms });
  }
  return medians(samples);
}

/** Content types of the files the benchmark page loads. */
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
};

/**
 * A static server on 127.0.0.1: / is extension/, /__bench/ is wasm/bench/,
 * /__corpus/ is corpus/. Nothing is cacheable.
 * @returns {Promise<{url: string, close: () => void}>}
 */
function serve() {
  const mounts = [
    ["/__bench/", join(root, "wasm", "bench")],
    ["/__corpus/", join(root, "corpus")],
    ["/", join(root, "extension")],
  ];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    for (const [prefix, dir] of mounts) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (relative(dir, file).startsWith("..") || !existsSync(file) || !statSync(file).isFile()) break;
      res.writeHead(200, {
        "content-type": types[/** @type {keyof typeof types} */ (extname(file))] ?? "application/octet-stream",
        "cache-control": "no-store",
      });
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404).end("not found");
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const addr = /** @type {import("node:net").AddressInfo} */ (server.address());
      resolve({ url: `http://127.0.0.1:${addr.port}`, close: () => server.close() });
    });
  });
}

/**
 * @template T
 * @param {Promise<T>} p
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
function timeout(p, ms, what) {
  /** @type {NodeJS.Timeout} */
  let timer;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]);
}

async function browser(/** @type {string[]} */ files) {
  const { chromium } = await import("playwright-core");
  const server = await serve();
  /** @type {Record<string, Record<string, number>>} */
  const out = {};
  try {
    for (const file of files) {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        // A fresh browser and profile per sample, in a throwaway TMPDIR.
        const tmp = mkdtempSync(join(tmpdir(), "policylens-bench-"));
        const ctx = await chromium.launchPersistentContext(join(tmp, "profile"), {
          executablePath: chromiumPath,
          headless: false, // --headless=new below, as the team's flags say
          env: { ...process.env, TMPDIR: tmp },
          args: ["--headless=new", ...CHROMIUM_FLAGS],
          timeout: 60_000,
        });
        try {
          const page = ctx.pages()[0] ?? (await ctx.newPage());
          page.setDefaultTimeout(60_000);
          await page.goto(`${server.url}/__bench/page.html?doc=${encodeURIComponent(file)}&warm=${warm}`);
          const r = await timeout(page.evaluate(() => /** @type {any} */ (window).__bench), 120_000, file);
          if (r.error) throw new Error(`${file} in Chromium: ${r.error}`);
          samples.push({ load_ms: r.load_ms, cold_ms: r.cold_ms, warm_ms: r.warm_ms, start_ms: r.load_ms + r.cold_ms });
        } finally {
          await ctx.close().catch(() => {});
          for (let k = 0; k < 5; k++) {
            try {
              rmSync(tmp, { recursive: true, force: true });
              break;
            } catch {
              await new Promise((r) => setTimeout(r, 200));
            }
          }
        }
      }
      out[file] = medians(samples);
      log(`chromium ${file}: ${JSON.stringify(out[file])}`);
    }
  } finally {
    server.close();
  }
  return out;
}

/** @param {number} x */
const f = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : "–");

async function main() {
  const wasm = readFileSync(wasmPath);
  const size = { raw: wasm.length, gzip: gzipSize(wasm) };
  log(`engine.wasm ${size.raw} bytes, ${size.gzip} gzip -9; ${runs} samples, ${warm} warm analyses each`);

  /** @type {any[]} */
  const rows = [];
  for (const file of corpus) {
    const path = join(root, "corpus", file);
    const row = { file, bytes: statSync(path).size, native: native(path), node: node(path) };
    log(`${file}: native ${JSON.stringify(row.native)} node ${JSON.stringify(row.node)}`);
    rows.push(row);
  }
  /** @type {Awaited<ReturnType<typeof restartedWorker>>|null} */
  let restart = null;
  if (!opts["no-browser"]) {
    const br = await browser(corpus);
    for (const row of rows) row.chromium = br[row.file];
    restart = await restartedWorker();
    log(`restarted worker: ${JSON.stringify(restart)}`);
  }
  // The 32 KB sample of the start-time targets: the largest seed policy.
  const index = JSON.parse(readFileSync(join(root, "corpus", "corpus.json"), "utf8"));
  const seeds = new Set(index.documents.filter((/** @type {any} */ d) => d.seed).map((/** @type {any} */ d) => d.file));
  const sample = rows.filter((r) => seeds.has(r.file)).reduce((a, b) => (b.bytes > a.bytes ? b : a));
  /** @type {Awaited<ReturnType<typeof restartedStart>>|null} */
  let restartStart = null;
  if (!opts["no-browser"]) {
    restartStart = await restartedStart(sample.file);
    log(`restarted start: ${JSON.stringify(restartStart)}`);
  }

  const lines = [
    `engine.wasm: ${(size.raw / 1e6).toFixed(2)} MB raw, ${(size.gzip / 1e6).toFixed(2)} MB gzip -9. ` +
      `Medians of ${runs} samples (fresh process or browser each), warm = median of ${warm} analyses; ms.`,
    "",
    "| policy | KB | CLI process | native new | native cold | native warm | Node load | Node cold | Node warm | Node start→report | Chromium load | Chromium cold | Chromium warm | Chromium start→report | warm ×native |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const r of rows) {
    const c = r.chromium ?? {};
    lines.push(
      `| ${r.file} | ${(r.bytes / 1024).toFixed(1)} | ${f(r.native.cli_ms)} | ${f(r.native.new_ms)} | ${f(r.native.cold_ms)} | ${f(r.native.warm_ms)} | ` +
        `${f(r.node.load_ms)} | ${f(r.node.cold_ms)} | ${f(r.node.warm_ms)} | ${f(r.node.start_ms)} | ` +
        `${f(c.load_ms)} | ${f(c.cold_ms)} | ${f(c.warm_ms)} | ${f(c.start_ms)} | ${ratio(warmOf(r) / r.native.warm_ms)} |`,
    );
  }
  process.stdout.write(lines.join("\n") + "\n");
  if (opts.json) writeFileSync(opts.json, JSON.stringify({ size, runs, warm, rows, restart, restartStart }, null, 2) + "\n");

  // Targets (issue #12), in one table.
  const env = rows[0].chromium ? "Chromium" : "Node";
  const start = of(sample).start_ms;
  const nativeStart = sample.native.new_ms + sample.native.cold_ms;
  const worst = rows.reduce((a, b) => (warmOf(b) / b.native.warm_ms > warmOf(a) / a.native.warm_ms ? b : a));
  const worstRatio = warmOf(worst) / worst.native.warm_ms;
  const cliBytes = statSync(cliPath).size;
  /** @type {Array<[string, string, string, boolean, string]>} target, goal, measured, met, ratio to native */
  const targets = [
    ["engine.wasm size, gzip -9", "≤ 3.00 MB", `${(size.gzip / 1e6).toFixed(2)} MB (${(size.raw / 1e6).toFixed(2)} MB raw)`, size.gzip <= 3e6, "–"],
    ["CLI binary (bin/policylens)", "≤ 40 MB", `${(cliBytes / 1e6).toFixed(1)} MB`, cliBytes <= 40e6, "–"],
    [
      `${env} start→report, 32 KB sample (${sample.file})`,
      "≤ 400 ms",
      `${f(start)} ms (load ${f(of(sample).load_ms)} + first analysis ${f(of(sample).cold_ms)})`,
      start <= 400,
      `${ratio(start / nativeStart)} (native new + cold ${f(nativeStart)} ms)`,
    ],
    [
      `${env} warm analysis, every corpus policy`,
      "≤ 2× native warm",
      `worst ${ratio(worstRatio)} (${worst.file}: ${f(warmOf(worst))} vs ${f(worst.native.warm_ms)} ms)`,
      worstRatio <= 2,
      ratio(worstRatio),
    ],
  ];
  if (restartStart) {
    const rs = restartStart.restarted;
    targets.push([
      `extension, service worker restarted, start→report, 32 KB sample not in its cache`,
      "≤ 400 ms",
      restartStart.error || !rs
        ? `error: ${restartStart.error}`
        : `${f(rs.start_ms)} ms (load ${f(rs.load_ms)} + analysis ${f(rs.cold_ms)}); its first start ever ${f(restartStart.first?.start_ms ?? NaN)} ms`,
      !restartStart.error && !!rs && rs.start_ms <= 400,
      rs ? `${ratio(rs.start_ms / nativeStart)}` : "–",
    ]);
  }
  if (restart) {
    targets.push([
      "restarted service worker, cached site: no engine start",
      "engine not started",
      restart.error
        ? `error: ${restart.error}`
        : `engine ${restart.engineState}, answered from the cache ${restart.cacheHits > 0 ? "yes" : "no"}, reload to answer ${f(restart.answerMs)} ms`,
      !restart.error && restart.engineState === "idle" && restart.cacheHits > 0,
      "–",
    ]);
  }
  const tl = ["", "| target | goal | measured | verdict | ×native |", "|---|---|---|---|---|"];
  for (const [name, goal, value, met, r] of targets) tl.push(`| ${name} | ${goal} | ${value} | ${met ? "MET" : "MISSED"} | ${r} |`);
  process.stdout.write(tl.join("\n") + "\n");
}

/** @param {any} r a row @returns {any} its browser figures, or Node's without a browser */
function of(r) {
  return r.chromium ?? r.node;
}

/** @param {any} r @returns {number} */
function warmOf(r) {
  return of(r).warm_ms;
}

/**
 * The gzip -9 size, as `make size` (wasm/size.sh) measures the budget: GNU
 * gzip when there is one (it packs this file about 12 KB tighter than Node's
 * zlib at level 9), else zlib.
 * @param {Buffer} buf
 * @returns {number}
 */
function gzipSize(buf) {
  const r = spawnSync("gzip", ["-9", "-c"], { input: buf, maxBuffer: 1 << 30 });
  return r.status === 0 && r.stdout.length > 0 ? r.stdout.length : gzipSync(buf, { level: 9 }).length;
}

/** @param {number} x @returns {string} */
function ratio(x) {
  return Number.isFinite(x) ? `${x.toFixed(2)}×` : "–";
}

/**
 * Serves one HTML page at every path of a server on 127.0.0.1.
 * @param {string} html
 * @returns {Promise<{base: string, server: import("node:http").Server}>}
 */
async function servePage(html) {
  const server = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(html);
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", () => r(undefined)));
  return { base: `http://127.0.0.1:${/** @type {import("node:net").AddressInfo} */ (server.address()).port}`, server };
}

/**
 * Chromium with the extension loaded, in a fresh profile under tmp.
 * @param {any} chromium playwright-core's chromium
 * @param {string} tmp
 */
function launchWithExtension(chromium, tmp) {
  const ext = join(root, "extension");
  return chromium.launchPersistentContext(join(tmp, "profile"), {
    executablePath: chromiumPath,
    headless: false,
    env: { ...process.env, TMPDIR: tmp },
    args: ["--headless=new", ...CHROMIUM_FLAGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
    timeout: 60_000,
  });
}

/**
 * Calls fn every 20 ms until it returns a truthy value (errors count as
 * none), for up to 60 s.
 * @template T
 * @param {() => Promise<T>} fn
 * @param {string} what named in the error when time runs out
 * @returns {Promise<NonNullable<T>>}
 */
async function poll(fn, what) {
  for (const t0 = performance.now(); performance.now() - t0 < 60_000; ) {
    const v = await fn().catch(() => null);
    if (v) return /** @type {NonNullable<T>} */ (v);
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${what}: no answer within 60 s`);
}

/**
 * Stops every service worker of the browser, as Chromium does after 30 s
 * idle, through the DevTools protocol session of page.
 * @param {any} ctx playwright-core's browser context
 * @param {any} page
 */
async function stopServiceWorkers(ctx, page) {
  const cdp = await ctx.newCDPSession(page);
  await timeout(cdp.send("ServiceWorker.enable"), 10_000, "ServiceWorker.enable");
  await timeout(cdp.send("ServiceWorker.stopAllWorkers"), 10_000, "ServiceWorker.stopAllWorkers");
  await cdp.detach();
}

/**
 * The extension in Chromium, the engine started again by a restarted service
 * worker: what a user meets most, since a browser stops an idle worker after
 * 30 s. In a fresh profile each sample, the 32 KB sample is analysed at one
 * address (the first start ever: no compiled code anywhere), the worker is
 * stopped 3 s later, and the same text is opened at another address (not in
 * the cache): the restarted worker loads the engine again, with the code the
 * browser compiled and kept for engine.wasm the first time, and analyses it.
 * Returns the medians of the first and of the restarted start, each engine
 * load + analysis as the worker timed them.
 * @param {string} file
 * @returns {Promise<{first?: Record<string, number>, restarted?: Record<string, number>, error?: string}>}
 */
async function restartedStart(file) {
  const { chromium } = await import("playwright-core");
  const { base, server } = await servePage(corpusPage(file, { lang: "en", title: "Privacy policy", site: "Sample" }));
  /** @type {Array<Record<string, number>>} */
  const first = [];
  /** @type {Array<Record<string, number>>} */
  const again = [];
  try {
    for (let i = 0; i < runs; i++) {
      const tmp = mkdtempSync(join(tmpdir(), "policylens-bench-"));
      const ctx = await launchWithExtension(chromium, tmp);
      try {
        if (ctx.serviceWorkers().length === 0) await ctx.waitForEvent("serviceworker", { timeout: 60_000 });
        /** Opens url and returns the worker's timings of its analysis. */
        const analyse = async (/** @type {string} */ url) => {
          const tab = await ctx.newPage();
          await tab.goto(url, { timeout: 60_000 });
          // The worker is looked up each time: a restarted one is a new object.
          const t = await poll(
            () =>
              timeout(
                ctx.serviceWorkers()[0].evaluate(async (/** @type {string} */ u) => {
                  const bg = /** @type {any} */ (globalThis).policylensBackground;
                  const entry = bg.tabs().find((/** @type {any} */ x) => x.url === u && x.state === "done");
                  return entry ? (await bg.tabState(entry.id)).timings : null;
                }, url),
                5000,
                "tab state",
              ),
            `report of ${url}`,
          );
          await tab.close();
          return { load_ms: t.engineLoadMs, cold_ms: t.analyzeMs, start_ms: t.engineLoadMs + t.analyzeMs };
        };
        first.push(await analyse(`${base}/privacy`));
        await new Promise((r) => setTimeout(r, 3000));
        const probe = await ctx.newPage();
        await stopServiceWorkers(ctx, probe);
        await probe.close();
        again.push(await analyse(`${base}/privacy-again`));
      } finally {
        await ctx.close().catch(() => {});
        rmSync(tmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      }
    }
    return { first: medians(first), restarted: medians(again) };
  } catch (err) {
    return { error: /** @type {Error} */ (err).message };
  } finally {
    server.close();
  }
}

/**
 * The extension in Chromium: a policy page is analysed, the service worker is
 * stopped (as after 30 s idle), the page is loaded again; the restarted
 * worker must answer from its cache (storage.session) without starting the
 * engine. Returns what the restarted worker reports.
 * @returns {Promise<{engineState?: string, cacheHits?: number, answerMs?: number, error?: string}>}
 */
async function restartedWorker() {
  const { chromium } = await import("playwright-core");
  const { base, server } = await servePage(corpusPage("en-biztonet-app.txt", { lang: "en", title: "Privacy policy - Biztonet", site: "Biztonet" }));
  const url = `${base}/privacy`;
  const tmp = mkdtempSync(join(tmpdir(), "policylens-bench-"));
  const ctx = await launchWithExtension(chromium, tmp);
  try {
    let [worker] = ctx.serviceWorkers();
    if (!worker) worker = await ctx.waitForEvent("serviceworker", { timeout: 60_000 });
    const extId = new URL(worker.url()).host;
    const tab = await ctx.newPage();
    await tab.goto(url, { timeout: 60_000 });
    await poll(
      () =>
        timeout(
          worker.evaluate((/** @type {string} */ u) => {
            const t = /** @type {any} */ (globalThis).policylensBackground.tabs().find((/** @type {any} */ x) => x.url === u);
            return t && t.state === "done";
          }, url),
          5000,
          "tab state",
        ),
      "first analysis",
    );
    await stopServiceWorkers(ctx, tab);
    // An extension page to ask the restarted worker; it sends no analysis.
    const probe = await ctx.newPage();
    await probe.goto(`chrome-extension://${extId}/popup.html?tabId=-1`, { timeout: 60_000 });
    const t = performance.now();
    await tab.reload({ timeout: 60_000 });
    const stats = await poll(async () => {
      const st = await timeout(probe.evaluate(() => chrome.runtime.sendMessage({ type: "stats" })), 5000, "stats");
      return st?.cacheHits > 0 ? st : null;
    }, "answer of the restarted worker");
    return { engineState: stats.engine.state, cacheHits: stats.cacheHits, answerMs: performance.now() - t };
  } catch (err) {
    return { error: /** @type {Error} */ (err).message };
  } finally {
    await ctx.close().catch(() => {});
    server.close();
    rmSync(tmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

await main();
