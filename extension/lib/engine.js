// Loader of the PolicyLens engine (engine.wasm, built by wasm/build.sh from
// wasm/main.go). One ES module, no dependencies, for every place the engine
// runs: Node (tests, bench), an MV3 service worker or offscreen document, and
// a normal page.
//
// Go's wasm_exec.js (copied next to engine.wasm by the build, from the same Go
// toolchain) must define globalThis.Go before the engine starts:
//   - module service worker: `import "../wasm_exec.js";` before importing this
//     module (service workers forbid dynamic import());
//   - classic worker: importScripts("wasm_exec.js") (done here if needed);
//   - page or offscreen document: a <script src="wasm_exec.js">, or let this
//     module import it;
//   - Node: this module evaluates the file itself.
//
// Errors: every failed call rejects with an Error whose `code` is the
// engine's ("empty", "binary", "invalid_utf8", "too_large", "not_policy",
// "unsupported_language", "canceled", "internal") or the bridge's
// ("bad_argument"); loading failures use code "load_failed".

/**
 * @typedef {"collection"|"sharing"|"cookies"|"rights"|"retention"|"jurisdiction"} Category
 */

/**
 * @typedef {Object} AnalyzeOptions
 * @property {string} [url] the page's URL, recorded in the report
 * @property {string} [title] the page's title; defaults to the document's own
 * @property {"html"|"markdown"|"text"} [format] forces the input format; absent: detected
 * @property {"en"|"fr"} [language] the part of a page in several languages to read; absent:
 *   the first English or French part
 */

/**
 * @typedef {Object} Label
 * @property {Category} category
 * @property {number} score 0..1
 * @property {string[]} evidence
 */

/**
 * @typedef {Object} VagueTerm
 * @property {string} term
 * @property {string} kind modality, conditional, generalisation, quantifier, open_list, open_time
 * @property {number} start byte offset (UTF-8) in the extracted text
 * @property {number} end
 */

/**
 * @typedef {Object} Clause
 * @property {string} id "c1", "c2", ...
 * @property {string} text
 * @property {number} start byte offset (UTF-8) in the extracted text
 * @property {number} end
 * @property {string} [heading]
 * @property {string} [lead_in]
 * @property {boolean} [in_table] a table cell: lead_in is its row's first cell and its column's header
 * @property {Label[]} categories
 * @property {VagueTerm[]} vague
 */

/**
 * @typedef {Object} CheckItem
 * @property {string} id e.g. "retention.period"
 * @property {string} category
 * @property {string} title
 * @property {"found"|"vague"|"missing"} status
 * @property {string[]} clauses
 * @property {string} [evidence]
 */

/**
 * @typedef {Object} RedFlag
 * @property {string} id e.g. "retention.indefinite"
 * @property {string} title
 * @property {"high"|"medium"} severity
 * @property {string[]} clauses
 * @property {string} evidence
 */

/**
 * @typedef {Object} CategorySummary
 * @property {Category} category
 * @property {"covered"|"vague"|"missing"} status
 * @property {string[]} clauses
 * @property {string[]} vague_clauses
 * @property {string} summary
 */

/**
 * The report: analyzer/report/report.go's JSON, identical to the CLI's
 * `policylens analyze --format json`.
 * @typedef {Object} Report
 * @property {number} schema
 * @property {string} engine
 * @property {{url?: string, title?: string, format: string, bytes: number, text_bytes: number, updated?: string, partial?: boolean}} source
 * @property {{code: string, name: string, confidence: number}} language
 * @property {Clause[]} clauses
 * @property {CategorySummary[]} summaries
 * @property {CheckItem[]} checklist
 * @property {RedFlag[]} red_flags
 * @property {{letter: string, score: number, reasons: string[]}} grade
 * @property {string[]} [diagnostics]
 */

/**
 * The engine's reading of one short text (analyzer.ClauseResult).
 * @typedef {Object} ClauseResult
 * @property {string} language
 * @property {number} language_confidence the detector's, or for a few words the share of the
 *   more likely of English and French (analyzer/lang/short.go)
 * @property {Label[]} categories
 * @property {VagueTerm[]} vague
 */

/**
 * An Error thrown or rejected by the engine.
 * @typedef {Error & {code: string, language?: string}} EngineError
 */

/**
 * What globalThis.policylens holds once the Go program has started.
 * @typedef {Object} Bridge
 * @property {string} version
 * @property {number} schema
 * @property {number} maxInputBytes
 * @property {(input: string, opts?: AnalyzeOptions) => Promise<Report>} analyze
 * @property {(input: string, opts?: AnalyzeOptions) => Promise<string>} analyzeJSON
 * @property {(text: string) => Promise<ClauseResult>} classify
 * @property {(text: string) => Promise<string>} classifyJSON
 * @property {(oldReportJSON: string, newReportJSON: string) => Promise<string>} diffJSON
 * @property {() => void} close
 */

/**
 * A loaded engine.
 * @typedef {Object} Engine
 * @property {string} version engine version ("0.1.0")
 * @property {number} schema report schema version
 * @property {number} maxInputBytes largest accepted input, in UTF-8 bytes
 * @property {(input: string, opts?: AnalyzeOptions) => Promise<Report>} analyze
 *   analyses a whole policy (HTML, Markdown or text)
 * @property {(input: string, opts?: AnalyzeOptions) => Promise<string>} analyzeJSON
 *   the same report as JSON text, as the CLI prints it (unindented)
 * @property {(text: string) => Promise<ClauseResult>} classify
 *   labels one short text (a paragraph or a sentence)
 * @property {(oldReport: Report, newReport: Report) => Promise<any>} diff
 *   what changed between two reports (analyzer/diff), as `policylens diff --format json`
 * @property {() => void} close ends the Go program and releases its callbacks;
 *   later calls reject
 * @property {{fetchMs: number, compileMs: number, startMs: number}} timings
 *   how long loading took: fetching the bytes, compiling + instantiating,
 *   running Go's main until the API was published
 */

/**
 * @typedef {Object} LoadOptions
 * @property {string|URL} [wasmURL] where engine.wasm is; default: ../engine.wasm next to this module
 * @property {BufferSource|WebAssembly.Module} [wasmBytes] the wasm itself (or a compiled module), instead of wasmURL
 * @property {boolean} [wasmExecLoaded] true: the caller has loaded wasm_exec.js (globalThis.Go must exist)
 * @property {string|URL} [wasmExecURL] where wasm_exec.js is, if it must be loaded; default: ../wasm_exec.js
 * @property {number} [timeoutMs] how long to wait for the Go program to publish its API (default 10000)
 */

const isNode = typeof process !== "undefined" && !!process.versions?.node;

/**
 * Loads and starts the engine.
 * @param {LoadOptions} [options]
 * @returns {Promise<Engine>}
 */
export async function loadEngine(options = {}) {
  const { wasmBytes, wasmExecLoaded = false, timeoutMs = 10000 } = options;
  const wasmURL = options.wasmURL ?? new URL("../engine.wasm", import.meta.url);
  const wasmExecURL = options.wasmExecURL ?? new URL("../wasm_exec.js", import.meta.url);

  if (typeof globalThis.Go !== "function") {
    if (wasmExecLoaded) {
      throw loadError("wasmExecLoaded is set but globalThis.Go is not defined: load wasm_exec.js first");
    }
    await loadWasmExec(wasmExecURL);
  }
  const go = new globalThis.Go();
  /** @type {number|undefined} */
  let exitCode;
  go.exit = (/** @type {number} */ code) => {
    exitCode = code;
    // Timers the Go scheduler left pending would wake a program that is no
    // longer there ("Go program has already exited", thrown from a timer).
    const timeouts = /** @type {any} */ (go)._scheduledTimeouts;
    if (timeouts instanceof Map) {
      for (const id of timeouts.values()) clearTimeout(id);
      timeouts.clear();
    }
  };

  let t0 = now();
  /** @type {WebAssembly.Instance} */
  let instance;
  let fetchMs = 0;
  try {
    if (wasmBytes !== undefined) {
      instance =
        wasmBytes instanceof WebAssembly.Module
          ? await WebAssembly.instantiate(wasmBytes, go.importObject)
          : (await WebAssembly.instantiate(wasmBytes, go.importObject)).instance;
    } else {
      /** @type {Response|Uint8Array} */
      let res;
      try {
        res = await fetchWasm(wasmURL);
      } catch (err) {
        throw loadError(`cannot fetch ${String(wasmURL)}: ${errorMessage(err)}`, err);
      }
      if (res instanceof Response) {
        if (
          typeof WebAssembly.instantiateStreaming === "function" &&
          (res.headers.get("content-type") ?? "").startsWith("application/wasm")
        ) {
          instance = (await WebAssembly.instantiateStreaming(res, go.importObject)).instance;
        } else {
          // A server that does not say application/wasm: compile from bytes.
          const bytes = await res.arrayBuffer();
          fetchMs = now() - t0;
          t0 = now();
          instance = (await WebAssembly.instantiate(bytes, go.importObject)).instance;
        }
      } else {
        fetchMs = now() - t0;
        t0 = now();
        instance = (await WebAssembly.instantiate(res, go.importObject)).instance;
      }
    }
  } catch (err) {
    if (err instanceof Error && /** @type {any} */ (err).code === "load_failed") throw err;
    throw loadError(`cannot compile engine.wasm: ${errorMessage(err)}`, err);
  }
  const compileMs = now() - t0;

  // go.run runs Go's main synchronously until it blocks, having published
  // globalThis.policylens; the promise it returns settles only when the Go
  // program ends.
  t0 = now();
  delete /** @type {any} */ (globalThis).policylens;
  let exited = false;
  const running = go.run(instance).then(
    () => {
      exited = true;
    },
    (/** @type {unknown} */ err) => {
      exited = true;
      console.error("policylens engine:", err);
    },
  );
  /** @type {Bridge} */
  const bridge = await waitForBridge(() => exited, timeoutMs, () => exitCode);
  const startMs = now() - t0;
  void running;

  /**
   * Calls a bridge method, turning a synchronous throw (e.g. "Go program has
   * already exited") into a rejection with a code.
   * @template T
   * @param {() => Promise<T>} call
   * @returns {Promise<T>}
   */
  const guarded = async (call) => {
    // go.exited is set the moment the Go program ends (close(), a crash);
    // the run promise's callback comes a tick later.
    if (exited || go.exited) {
      throw codedError("internal", `the engine has stopped (exit code ${exitCode ?? "unknown"}); load it again`);
    }
    try {
      return await call();
    } catch (err) {
      if (err instanceof Error && typeof (/** @type {any} */ (err).code) === "string") throw err;
      throw codedError("internal", `engine call failed: ${errorMessage(err)}`, err);
    }
  };

  return {
    version: bridge.version,
    schema: bridge.schema,
    maxInputBytes: bridge.maxInputBytes,
    // The bridge marshals in Go and JSON.parse builds the object here: one
    // contract, the CLI's --format json.
    analyze: (input, opts) => guarded(async () => JSON.parse(await bridge.analyzeJSON(input, opts))),
    analyzeJSON: (input, opts) => guarded(() => bridge.analyzeJSON(input, opts)),
    classify: (text) => guarded(async () => JSON.parse(await bridge.classifyJSON(text))),
    diff: (oldReport, newReport) =>
      guarded(async () => JSON.parse(await bridge.diffJSON(JSON.stringify(oldReport), JSON.stringify(newReport)))),
    close: () => {
      if (!exited && !go.exited) bridge.close();
    },
    timings: { fetchMs, compileMs, startMs },
  };
}

/**
 * Waits until the Go program has published globalThis.policylens.
 * @param {() => boolean} exited
 * @param {number} timeoutMs
 * @param {() => number|undefined} exitCode
 * @returns {Promise<Bridge>}
 */
async function waitForBridge(exited, timeoutMs, exitCode) {
  const deadline = now() + timeoutMs;
  for (let delay = 0; ; delay = Math.min(50, delay * 2 + 1)) {
    const b = /** @type {any} */ (globalThis).policylens;
    if (b && typeof b.analyzeJSON === "function") return b;
    if (exited()) {
      throw loadError(`the engine exited during start (exit code ${exitCode() ?? "unknown"})`);
    }
    if (now() > deadline) {
      throw loadError(`the engine did not start within ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, delay));
  }
}

/**
 * Fetches engine.wasm: a Response (browser, http: in Node) or bytes (file:
 * URLs and paths in Node, which fetch does not read).
 * @param {string|URL} url
 * @returns {Promise<Response|Uint8Array>}
 */
async function fetchWasm(url) {
  if (isNode && isLocalFile(url)) {
    const { readFile } = await import("node:fs/promises");
    return readFile(toFileTarget(url));
  }
  const res = await fetch(url);
  if (!res.ok) {
    throw new Error(`fetch ${String(url)}: HTTP ${res.status}`);
  }
  return res;
}

/**
 * Defines globalThis.Go by loading Go's wasm_exec.js.
 * @param {string|URL} url
 */
async function loadWasmExec(url) {
  try {
    if (isNode) {
      // Evaluated as a script (not require()), whatever package.json's "type".
      const { readFile } = await import("node:fs/promises");
      const { runInThisContext } = await import("node:vm");
      const target = isLocalFile(url) ? toFileTarget(url) : String(url);
      runInThisContext(await readFile(target, "utf8"), { filename: String(target) });
    } else if (typeof (/** @type {any} */ (globalThis).importScripts) === "function") {
      /** @type {any} */ (globalThis).importScripts(String(url)); // classic worker
    } else if (typeof (/** @type {any} */ (globalThis).ServiceWorkerGlobalScope) === "function") {
      throw new Error('a module service worker cannot import() it: add `import "../wasm_exec.js";` before importing engine.js');
    } else {
      await import(String(url)); // a page, an offscreen document, a module worker
    }
  } catch (err) {
    throw loadError(`cannot load wasm_exec.js from ${String(url)}: ${errorMessage(err)}`, err);
  }
  if (typeof globalThis.Go !== "function") {
    throw loadError(`${String(url)} did not define globalThis.Go`);
  }
}

/**
 * @param {string|URL} url
 * @returns {boolean}
 */
function isLocalFile(url) {
  if (url instanceof URL) return url.protocol === "file:";
  return url.startsWith("file:") || !/^[a-z][a-z0-9+.-]*:/i.test(url);
}

/**
 * @param {string|URL} url
 * @returns {string|URL}
 */
function toFileTarget(url) {
  return typeof url === "string" && url.startsWith("file:") ? new URL(url) : url;
}

/** @returns {number} milliseconds */
function now() {
  return globalThis.performance?.now() ?? Date.now();
}

/**
 * @param {string} code
 * @param {string} message
 * @param {unknown} [cause]
 * @returns {EngineError}
 */
function codedError(code, message, cause) {
  const err = /** @type {EngineError} */ (new Error(message, cause === undefined ? undefined : { cause }));
  err.code = code;
  return err;
}

/**
 * @param {string} message
 * @param {unknown} [cause]
 * @returns {EngineError}
 */
function loadError(message, cause) {
  return codedError("load_failed", `policylens: ${message}`, cause);
}

/**
 * @param {unknown} err
 * @returns {string}
 */
function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}
