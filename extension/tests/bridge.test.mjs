// Tests of the WebAssembly bridge (wasm/main.go) through the loader
// (extension/lib/engine.js), in Node: the built extension/engine.wasm must
// give the CLI's reports, reject bad calls with the right code, and keep
// working after a failure.
//
// Needs extension/engine.wasm (make wasm); builds the CLI into bin/ itself.
// Run: node --test extension/tests/  (or make js-test)

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";

import { loadEngine } from "../lib/engine.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const wasmPath = join(root, "extension", "engine.wasm");
const cliPath = join(root, "bin", "policylens");
const corpusDir = join(root, "corpus");

const env = { ...process.env, PATH: `${process.env.PATH}:/usr/local/go/bin` };

/** The corpus documents, from corpus/corpus.json. */
const documents = JSON.parse(readFileSync(join(corpusDir, "corpus.json"), "utf8")).documents.map(
  (/** @type {{file: string, language: string}} */ d) => ({ file: d.file, language: d.language }),
);

/**
 * Runs the CLI and returns its stdout.
 * @param {string[]} args
 * @param {string} [input]
 */
function cli(args, input) {
  return execFileSync(cliPath, args, { cwd: root, env, input, maxBuffer: 64 << 20, encoding: "utf8" });
}

/**
 * Asserts that promise rejects with an Error whose code is code.
 * @param {Promise<unknown>} promise
 * @param {string} code
 * @param {RegExp} [message]
 */
async function rejectsWith(promise, code, message) {
  await assert.rejects(promise, (/** @type {any} */ err) => {
    assert.ok(err instanceof Error, `got ${err}, want an Error`);
    assert.equal(err.code, code, `got code ${err.code} (${err.message}), want ${code}`);
    if (message) assert.match(err.message, message);
    return true;
  });
}

/** @type {import("../lib/engine.js").Engine} */
let engine;
/** A short policy every "does the next call still work" check analyses. */
let shortPolicy = "";
/** @type {any} its report by the CLI */
let shortReport;

before(() => {
  assert.ok(existsSync(wasmPath), `${wasmPath} is missing: run make wasm`);
  // The CLI is the reference: build it from the same tree.
  execFileSync(process.env.GO ?? "go", ["build", "-o", cliPath, "."], { cwd: root, env, stdio: "inherit" });
});

before(async () => {
  engine = await loadEngine({ wasmURL: wasmPath });
  const smallest = documents
    .filter((d) => d.language === "en")
    .map((d) => readFileSync(join(corpusDir, d.file), "utf8"))
    .sort((a, b) => a.length - b.length)[0];
  shortPolicy = smallest;
  shortReport = JSON.parse(cli(["analyze", "--format", "json", "-"], smallest));
});

after(() => engine?.close());

/** Checks that the engine still answers correctly after a failed call. */
async function stillWorks() {
  assert.deepEqual(await engine.analyze(shortPolicy), shortReport);
}

describe("engine", () => {
  test("exposes its version and limits", () => {
    const version = cli(["version"]).trim();
    assert.equal(version, `policylens ${engine.version} (report schema ${engine.schema})`);
    assert.equal(engine.maxInputBytes, 5 << 20);
    for (const k of ["fetchMs", "compileMs", "startMs"]) {
      assert.ok(engine.timings[k] >= 0, `timings.${k} = ${engine.timings[k]}`);
    }
  });
});

describe("reports equal the CLI's", () => {
  for (const { file, language } of documents) {
    test(file, async () => {
      const path = join(corpusDir, file);
      const want = JSON.parse(cli(["analyze", "--format", "json", path]));
      const got = await engine.analyze(readFileSync(path, "utf8"));
      assert.deepEqual(got, want);
      assert.equal(got.language.code, language);
      // The JSON text is the same document too.
      assert.deepEqual(JSON.parse(await engine.analyzeJSON(readFileSync(path, "utf8"))), want);
    });
  }

  test("diff of two versions equals the CLI's diff --format json", async () => {
    const dir = join(root, "testdata", "history", "example");
    const [a, b] = ["2024-03-02.html", "2024-06-01.md"].map((f) => join(dir, f));
    const want = JSON.parse(cli(["diff", "--format", "json", a, b]));
    const got = await engine.diff(await engine.analyze(readFileSync(a, "utf8")), await engine.analyze(readFileSync(b, "utf8")));
    assert.deepEqual(got, want);
    assert.deepEqual(got.red_flags.added, ["sharing.sells_data"]);
    const same = await engine.diff(shortReport, shortReport);
    assert.deepEqual([same.added, same.removed, same.reworded, same.checklist], [[], [], [], []]);
    await rejectsWith(/** @type {any} */ (engine).diff(shortReport), "bad_argument");
  });

  test("options reach the report as with the CLI's flags", async () => {
    const want = JSON.parse(
      cli(["analyze", "--format", "json", "--url", "https://example.com/privacy", "--title", "Privacy <Notice> & co", "-"], shortPolicy),
    );
    const got = await engine.analyze(shortPolicy, {
      url: "https://example.com/privacy",
      title: "Privacy <Notice> & co",
    });
    assert.deepEqual(got, want);
    assert.equal(got.source.url, "https://example.com/privacy");
  });

  test("a forced format is applied", async () => {
    const got = await engine.analyze(shortPolicy, { format: "text" });
    assert.equal(got.source.format, "text");
    assert.deepEqual(await engine.analyze(shortPolicy, { format: undefined, url: null }), shortReport);
  });

  test("concurrent calls each get their own report", async () => {
    const texts = documents.map((d) => readFileSync(join(corpusDir, d.file), "utf8"));
    const one = await Promise.all(texts.map((t) => engine.analyze(t)));
    const two = await Promise.all([...texts].reverse().map((t) => engine.analyze(t)));
    assert.deepEqual(one, two.reverse());
  });
});

describe("classify agrees with the CLI's", () => {
  const segments = [
    "We may share your personal data with our advertising partners.",
    "You can ask us to delete your account at any time by writing to privacy@example.com.",
    "Nous conservons vos données aussi longtemps que nécessaire.",
    "Les cookies nous permettent de mesurer l'audience du site.",
  ];
  for (const text of segments) {
    test(text, async () => {
      const line = cli(["classify", "-"], JSON.stringify({ id: 1, text }) + "\n");
      const { id, ...want } = JSON.parse(line);
      assert.equal(id, 1);
      // The bridge returns each category as a label with its score and
      // evidence; the CLI's line keeps only the names (its fixed format).
      // It also gives the language's confidence, which the CLI's fixed
      // format leaves out.
      const { language_confidence: confidence, ...got } = await engine.classify(text);
      assert.ok(confidence > 0.5 && confidence <= 1, `language confidence ${confidence}`);
      assert.deepEqual({ ...got, categories: got.categories.map((/** @type {{category: string}} */ l) => l.category) }, want);
      for (const l of got.categories) assert.ok(l.evidence.length > 0, `${l.category} has evidence`);
    });
  }
});

describe("bad calls reject with a code, and the next call works", () => {
  const big = "We collect your name and email address to provide the service. ".repeat(90_000); // ~5.8 MB
  /** @type {Array<[string, () => Promise<unknown>, string, RegExp?]>} */
  const cases = [
    ["no argument", () => /** @type {any} */ (engine).analyze(), "bad_argument", /input must be a string, got undefined/],
    ["a number", () => engine.analyze(/** @type {any} */ (42)), "bad_argument", /input must be a string, got a number/],
    ["null", () => engine.analyze(/** @type {any} */ (null)), "bad_argument", /got null/],
    ["bytes", () => engine.analyze(/** @type {any} */ (new Uint8Array([60, 112, 62]))), "bad_argument", /got a Uint8Array/],
    ["an object", () => engine.analyze(/** @type {any} */ ({ text: "x" })), "bad_argument", /got an object/],
    ["options not an object", () => engine.analyze(shortPolicy, /** @type {any} */ ("html")), "bad_argument", /options must be an object/],
    ["options an array", () => engine.analyze(shortPolicy, /** @type {any} */ ([])), "bad_argument", /got an array/],
    ["url not a string", () => engine.analyze(shortPolicy, /** @type {any} */ ({ url: 5 })), "bad_argument", /options\.url must be a string/],
    ["unknown format", () => engine.analyze(shortPolicy, /** @type {any} */ ({ format: "pdf" })), "bad_argument", /options\.format/],
    ["unknown language", () => engine.analyze(shortPolicy, /** @type {any} */ ({ language: "de" })), "bad_argument", /options\.language/],
    ["classify without text", () => /** @type {any} */ (engine).classify(), "bad_argument", /text must be a string, got undefined/],
    ["classify a number", () => engine.classify(/** @type {any} */ (1)), "bad_argument", /text must be a string/],
    ["empty", () => engine.analyze(""), "empty"],
    ["blank", () => engine.analyze(" \n\t \n"), "empty"],
    ["classify empty", () => engine.classify(""), "empty"],
    ["a PDF", () => engine.analyze("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), "binary", /PDF/],
    ["control bytes", () => engine.analyze("\u0000\u0001\u0002binary\u0003\u0004 data"), "binary"],
    ["too large", () => engine.analyze(big), "too_large", /too large/],
    ["too large, classify", () => engine.classify(big), "too_large"],
    [
      "German",
      () =>
        engine.analyze(
          "Wir erheben personenbezogene Daten, wenn Sie unsere Website besuchen. Diese Daten werden " +
            "gespeichert, solange es für die Zwecke erforderlich ist. Sie haben das Recht auf Auskunft, " +
            "Berichtigung und Löschung Ihrer Daten. Wir geben Ihre Daten nicht an Dritte weiter.",
        ),
      "unsupported_language",
      /German/,
    ],
    [
      "not a policy",
      () =>
        engine.analyze(
          "Preheat the oven to 200 degrees. Mix the flour, the sugar and the butter in a large bowl. " +
            "Add two eggs and stir until smooth. Pour into a buttered tin and bake for forty minutes. " +
            "Let it cool before serving with fresh cream.",
        ),
      "not_policy",
    ],
  ];
  for (const [name, call, code, message] of cases) {
    test(name, async () => {
      await rejectsWith(call(), code, message ?? undefined);
      await stillWorks();
    });
  }

  test("the bridge itself: arity checked, objects parsed in JS", async () => {
    const bridge = /** @type {any} */ (globalThis).policylens;
    await rejectsWith(bridge.analyze(shortPolicy, {}, 3), "bad_argument", /expects \(input, options\?\), got 3 arguments/);
    await rejectsWith(bridge.classify(), "bad_argument", /expects \(text\), got 0 arguments/);
    assert.deepEqual(await bridge.analyze(shortPolicy), shortReport);
    assert.deepEqual(JSON.parse(await bridge.analyzeJSON(shortPolicy)), shortReport);
  });

  test("the unsupported language is named", async () => {
    await assert.rejects(
      engine.analyze("Recopilamos sus datos personales cuando visita nuestro sitio web y los conservamos durante dos años. Usted tiene derecho a acceder a sus datos y a solicitar su supresión."),
      (/** @type {any} */ err) => err.code === "unsupported_language" && err.language === "es",
    );
  });

  test("a lone surrogate is read as U+FFFD, not a crash", async () => {
    const got = await engine.analyze(shortPolicy + "\n\ud800");
    assert.equal(got.source.bytes, Buffer.byteLength(shortPolicy + "\n\ufffd"));
    await stillWorks();
  });

  test("many failures in a row do not wear the runtime down", async () => {
    for (let i = 0; i < 200; i++) {
      await rejectsWith(engine.analyze(/** @type {any} */ (i)), "bad_argument");
    }
    await stillWorks();
  });
});

describe("lifecycle", () => {
  test("two engines live side by side; a closed one rejects, the other still works", async () => {
    const second = await loadEngine({ wasmBytes: readFileSync(wasmPath), wasmExecLoaded: true });
    assert.deepEqual(await second.analyze(shortPolicy), shortReport);
    second.close();
    await new Promise((r) => setTimeout(r, 0));
    await rejectsWith(second.analyze(shortPolicy), "internal", /stopped|closed/);
    await stillWorks();
  });

  test("a missing wasm fails to load with load_failed", async () => {
    await rejectsWith(loadEngine({ wasmURL: join(root, "extension", "missing.wasm") }), "load_failed", /missing\.wasm/);
  });

  test("bytes that are not wasm fail to load with load_failed", async () => {
    await rejectsWith(loadEngine({ wasmBytes: new TextEncoder().encode("not wasm") }), "load_failed", /compile/);
  });
});
