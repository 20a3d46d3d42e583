// Browser side of wasm/bench.sh: page.html?doc=NAME&warm=M loads the engine
// as the extension does (instantiateStreaming of engine.wasm), analyses the
// corpus document once (cold), then M more times (warm), and leaves the
// figures in window.__bench for Playwright to read.
import { loadEngine } from "/lib/engine.js";
import { median } from "/__bench/stats.mjs";

const params = new URLSearchParams(location.search);
const doc = params.get("doc") ?? "";
const warmRuns = Number(params.get("warm") ?? "5");

/** @type {any} */ (window).__bench = run().catch((err) => ({ error: `${err?.code ?? ""} ${err?.message ?? err}` }));

async function run() {
  const text = await (await fetch(`/__corpus/${encodeURIComponent(doc)}`)).text();
  let t = performance.now();
  const engine = await loadEngine({ wasmURL: "/engine.wasm", wasmExecLoaded: true });
  const loadMs = performance.now() - t;
  t = performance.now();
  const report = await engine.analyze(text);
  const coldMs = performance.now() - t;
  const warm = [];
  for (let i = 0; i < warmRuns; i++) {
    t = performance.now();
    await engine.analyze(text);
    warm.push(performance.now() - t);
  }
  const result = {
    load_ms: loadMs,
    cold_ms: coldMs,
    warm_ms: median(warm),
    timings: engine.timings,
    grade: report.grade.letter,
    clauses: report.clauses.length,
  };
  document.getElementById("out").textContent = JSON.stringify(result, null, 2);
  return result;
}
