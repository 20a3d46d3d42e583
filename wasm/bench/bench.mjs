// wasm/bench/bench.mjs, run by wasm/bench.sh (make bench): times the engine
// on every corpus policy, natively and as WebAssembly in Node and in headless
// Chromium, and prints a Markdown table of medians over RUNS samples.
//
// Each sample is a fresh process (native, Node) or a fresh browser with a
// fresh profile (Chromium), so "cold" really is cold: nothing is cached
// between samples (no compiled wasm, no language models).
//
//   node wasm/bench/bench.mjs [--runs N] [--warm M] [--no-browser] [--json FILE]
//
// Columns, in milliseconds:
//   CLI            wall time of `bin/policylens analyze --format json FILE` (process start to exit)
//   native new/cold/warm   analyzer.New, first Analyze, later Analyze (wasm/internal/nativebench)
//   load           wasm fetch + compile + instantiate + Go start (loadEngine)
//   cold, warm     first analysis after load, median of the later ones
//   start→report   load + cold: from nothing to the first report
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

const corpus = JSON.parse(readFileSync(join(root, "corpus", "corpus.json"), "utf8")).documents.map(
  (/** @type {{file: string}} */ d) => d.file,
);

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
  const size = { raw: wasm.length, gzip: gzipSync(wasm, { level: 9 }).length };
  log(`engine.wasm ${size.raw} bytes, ${size.gzip} gzip -9; ${runs} samples, ${warm} warm analyses each`);

  /** @type {any[]} */
  const rows = [];
  for (const file of corpus) {
    const path = join(root, "corpus", file);
    const row = { file, bytes: statSync(path).size, native: native(path), node: node(path) };
    log(`${file}: native ${JSON.stringify(row.native)} node ${JSON.stringify(row.node)}`);
    rows.push(row);
  }
  if (!opts["no-browser"]) {
    const br = await browser(corpus);
    for (const row of rows) row.chromium = br[row.file];
  }

  const lines = [
    `engine.wasm: ${(size.raw / 1e6).toFixed(2)} MB raw, ${(size.gzip / 1e6).toFixed(2)} MB gzip -9. ` +
      `Medians of ${runs} samples (fresh process or browser each), warm = median of ${warm} analyses; ms.`,
    "",
    "| policy | KB | CLI process | native new | native cold | native warm | Node load | Node cold | Node warm | Node start→report | Chromium load | Chromium cold | Chromium warm | Chromium start→report |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const r of rows) {
    const c = r.chromium ?? {};
    lines.push(
      `| ${r.file} | ${(r.bytes / 1024).toFixed(1)} | ${f(r.native.cli_ms)} | ${f(r.native.new_ms)} | ${f(r.native.cold_ms)} | ${f(r.native.warm_ms)} | ` +
        `${f(r.node.load_ms)} | ${f(r.node.cold_ms)} | ${f(r.node.warm_ms)} | ${f(r.node.start_ms)} | ` +
        `${f(c.load_ms)} | ${f(c.cold_ms)} | ${f(c.warm_ms)} | ${f(c.start_ms)} |`,
    );
  }
  process.stdout.write(lines.join("\n") + "\n");
  if (opts.json) writeFileSync(opts.json, JSON.stringify({ size, runs, warm, rows }, null, 2) + "\n");

  // Targets (issue #3): on the sample policies (corpus entries with a seed,
  // the largest 32 KB), warm analysis < 100 ms in the browser and start to
  // first report < 1 s. The longer Mozilla notices are reported beside them.
  const index = JSON.parse(readFileSync(join(root, "corpus", "corpus.json"), "utf8"));
  const samples = new Set(index.documents.filter((/** @type {any} */ d) => d.seed).map((/** @type {any} */ d) => d.file));
  const of = (/** @type {any} */ r) => r.chromium ?? r.node;
  const env = rows[0].chromium ? "Chromium" : "Node";
  const verdict = (/** @type {boolean} */ ok) => (ok ? "ok" : "MISSED");
  for (const [name, set] of [["samples", rows.filter((r) => samples.has(r.file))], ["whole corpus", rows]]) {
    if (set.length === 0) continue;
    const largest = set.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const worst = Math.max(...set.map((r) => of(r).start_ms));
    log(`${env}, ${name}: warm on the largest (${largest.file}, ${(largest.bytes / 1024).toFixed(0)} KB) ${f(of(largest).warm_ms)} ms ` +
      `(target < 100: ${verdict(of(largest).warm_ms < 100)}); worst start→report ${f(worst)} ms (target < 1000: ${verdict(worst < 1000)})`);
  }
}

await main();
