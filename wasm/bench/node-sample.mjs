// One Node sample for wasm/bench.sh, in a fresh process so that nothing is
// cached: load the engine, analyse FILE once (cold), then WARM more times.
// Prints {"load_ms","cold_ms","warm_ms"} (warm_ms: the median). With IDLE,
// waits IDLE ms after loading before the first analysis, as an extension's
// worker does between its start and the user's first request: the engine
// preloads in the background meanwhile (wasm/main.go).
//
//   node wasm/bench/node-sample.mjs ENGINE.wasm FILE [WARM] [IDLE]
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

import { loadEngine } from "../../extension/lib/engine.js";
import { median } from "./stats.mjs";

const [wasm, file, warmArg = "5", idleArg = "0"] = process.argv.slice(2);
const text = readFileSync(file, "utf8");

let t = performance.now();
const engine = await loadEngine({ wasmURL: wasm });
const loadMs = performance.now() - t;

if (Number(idleArg) > 0) await new Promise((r) => setTimeout(r, Number(idleArg)));

t = performance.now();
await engine.analyze(text);
const coldMs = performance.now() - t;

const warm = [];
for (let i = 0; i < Number(warmArg); i++) {
  t = performance.now();
  await engine.analyze(text);
  warm.push(performance.now() - t);
}
engine.close();
process.stdout.write(JSON.stringify({ load_ms: loadMs, cold_ms: coldMs, warm_ms: median(warm), timings: engine.timings }) + "\n");
