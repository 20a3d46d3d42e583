//go:build js && wasm

// Command wasm is the WebAssembly bridge of the PolicyLens engine. It only
// marshals: every decision is the analyzer package's.
//
// On start it builds one analyzer.Engine and publishes
//
//	globalThis.policylens = {
//	  version: "0.1.0",                              // analyzer.Version
//	  schema: 1,                                     // report.Schema
//	  analyze(input, {url, title, format, language}?) -> Promise<Report>
//	  analyzeJSON(input, {url, title, format, language}?) -> Promise<string>
//	  classify(text) -> Promise<ClauseResult>
//	  classifyJSON(text) -> Promise<string>
//	  diffJSON(oldReportJSON, newReportJSON) -> Promise<string> // analyzer/diff, as `policylens diff --format json`
//	  close() -> undefined                           // releases the callbacks, ends the Go program
//	}
//
// Once the API is published, the engine preloads in the background what the
// first analysis would otherwise build on the way (analyzer.Engine.Preload:
// the language detector's models, the pipelines, the checklist patterns),
// then rehearses on a short built-in policy so that the browser's optimising
// compiler has the hot code ready (rehearsal.go), a part at a time,
// sleeping a millisecond between parts so that the event loop runs and calls
// are served meanwhile. In Node, a first analysis of the 32 KB sample that
// comes 3 s after start takes ~175 ms instead of ~755 ms at once (medians
// of 7 and 9 runs of wasm/bench/node-sample.mjs ENGINE FILE 5 IDLE, load
// average about 2): one that comes at once pays for what is not built yet,
// on code the browser has not optimised yet. It changes no result.
//
// Results cross the boundary as JSON: Go marshals them with the same encoder
// settings as the CLI's --format json, and JavaScript's JSON.parse builds the
// object. One contract (analyzer/report's JSON tags) then serves the CLI, the
// extension and the tests, and the extension's report is the CLI's report,
// which extension/tests/bridge.test.mjs checks byte for byte. It is also the
// fastest way across: one string copy instead of one js.Value per field.
//
// Every failure becomes a rejected Promise whose reason is an Error with a
// code property: the analyzer.Error code ("empty", "binary", "too_large",
// "unsupported_language", ...), "bad_argument" for a call that breaks the
// contract above, or "internal" for anything else, panics included. A failed
// call never stops the Go program, so the next call works.
//
// Go runs on JavaScript's thread: the work is done in a goroutine that
// resolves the Promise, so no js.Func callback blocks, but the analysis
// still runs before control returns to the event loop. The extension keeps
// the engine in its service worker, away from the pages it reads.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime/debug"
	"sync/atomic"
	"syscall/js"
	"time"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/analyzer/diff"
	"github.com/policylens/policylens/analyzer/extract"
	"github.com/policylens/policylens/analyzer/lang"
	"github.com/policylens/policylens/analyzer/report"
)

// Error codes of the bridge itself; the others are analyzer's.
const (
	codeBadArgument = "bad_argument"
	codeInternal    = analyzer.CodeInternal
)

// globalName is the property of globalThis the API is published under.
const globalName = "policylens"

// gcPercent is the engine's GOGC. The live heap is small (about 10 MB,
// mostly the language models) and an analysis of a large policy allocates
// about as much again, so at Go's default of 100 nearly every analysis ran
// a collection, on JavaScript's only thread; at 200 the heap may grow to
// about three times the live data, and a warm analysis of the largest
// sample is about 10% faster in Node (wasm/bench/node-sample.mjs: median
// 118 ms at 100, 104 ms at 200; 400 gained nothing more).
const gcPercent = 200

func main() {
	debug.SetGCPercent(gcPercent)
	b := &bridge{done: make(chan struct{})}
	b.engine, b.initErr = newEngine()
	api := b.publish()
	js.Global().Set(globalName, api)
	if b.initErr == nil {
		go b.preload()
	}
	<-b.done // blocks like select{}, until close() is called
	js.Global().Delete(globalName)
	for _, f := range b.funcs {
		f.Release()
	}
}

// newEngine builds the engine, turning a panic into an error so that the API
// is still published and can report why it does not work.
func newEngine() (e *analyzer.Engine, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("engine start: panic: %v", r)
		}
	}()
	e, err = analyzer.New()
	if err != nil {
		return nil, fmt.Errorf("engine start: %w", err)
	}
	return e, nil
}

// preloadDelay is how long preload waits before it starts, so that the
// loader sees the published API and its first calls start first (in Node
// the first part of the preload sometimes ran before the loader's check
// with a shorter delay); preloadPause is how long it sleeps between parts:
// any sleep hands the thread back to JavaScript until the timer fires.
//
// The preload only fills idle time: Go runs its goroutines on the one
// thread, and a call's job yields whenever it waits (lingua's detector waits
// on a channel for every chunk of text), which let the preload's parts, and
// whole rehearsal analyses, run in the middle of the first report. So
// between parts the preload waits until no call is in flight (busyPoll),
// and it stops once a real call has run: that call built what it needed and
// warmed the code as well.
const (
	preloadDelay = 50 * time.Millisecond
	preloadPause = time.Millisecond
	busyPoll     = 5 * time.Millisecond
)

// stopPreload ends the preload from inside its pause (see preload).
type stopPreload struct{}

// preload runs Engine.Preload for English (the French pipeline is built by
// the first French page), then rehearses (rehearsal.go). It stops as soon as
// a real call has been served: that call built what it needed, and what is
// left would only run between later calls and slow them down. A failure is
// left for the calls to report; a panic must not end the program.
func (b *bridge) preload() {
	defer func() { _ = recover() }() // stopPreload, or any panic
	pause := func() {
		time.Sleep(preloadPause)
		for b.busy.Load() > 0 {
			time.Sleep(busyPoll)
		}
		if b.served.Load() {
			// Between parts: nothing is half built (each part is a
			// sync.Once or a batch of patterns compiled whole).
			panic(stopPreload{})
		}
	}
	time.Sleep(preloadDelay)
	pause()
	if b.engine.Preload(pause, lang.English) == nil {
		b.rehearse(pause)
	}
}

// bridge holds the engine and the callbacks published to JavaScript.
type bridge struct {
	engine  *analyzer.Engine
	initErr error // non-nil if the engine could not be built: every call rejects with it
	funcs   []js.Func
	done    chan struct{}
	closed  bool
	// busy counts the calls whose job is running; served is set once one
	// has run (see preload).
	busy   atomic.Int32
	served atomic.Bool
}

// publish builds the globalThis.policylens object.
func (b *bridge) publish() js.Value {
	api := js.Global().Get("Object").New()
	api.Set("version", analyzer.Version)
	api.Set("schema", report.Schema)
	api.Set("maxInputBytes", analyzer.MaxInputBytes)
	api.Set("analyze", b.method("analyze", b.analyze, true))
	api.Set("analyzeJSON", b.method("analyzeJSON", b.analyze, false))
	api.Set("classify", b.method("classify", b.classify, true))
	api.Set("classifyJSON", b.method("classifyJSON", b.classify, false))
	api.Set("diffJSON", b.method("diffJSON", b.diff, false))
	api.Set("close", b.fn(func(js.Value, []js.Value) any {
		if !b.closed {
			b.closed = true
			close(b.done)
		}
		return js.Undefined()
	}))
	return api
}

// fn wraps f in a js.Func that main releases when the program ends.
func (b *bridge) fn(f func(this js.Value, args []js.Value) any) js.Func {
	jf := js.FuncOf(f)
	b.funcs = append(b.funcs, jf)
	return jf
}

// work validates a call's arguments synchronously and returns the job to run
// in a goroutine; the job returns the JSON of the result.
type work func(args []js.Value) (job func() ([]byte, error), err error)

// method publishes one asynchronous method: it always returns a Promise,
// resolved with the parsed result (parse) or its JSON text.
func (b *bridge) method(name string, w work, parse bool) js.Func {
	return b.fn(func(_ js.Value, args []js.Value) (ret any) {
		defer func() {
			// A panic in a callback would end the Go program: reject instead.
			if r := recover(); r != nil {
				ret = rejected(jsError(codeInternal, fmt.Sprintf("policylens.%s: internal error: %v", name, r), ""))
			}
		}()
		if b.closed {
			return rejected(jsError(codeInternal, "policylens."+name+": the engine has been closed", ""))
		}
		if b.initErr != nil {
			return rejected(toJSError(name, b.initErr))
		}
		job, err := w(args)
		if err != nil {
			return rejected(toJSError(name, err))
		}
		b.busy.Add(1)
		return newPromise(func(resolve, reject js.Value) {
			go func() {
				out, err := runJob(job)
				b.served.Store(true)
				b.busy.Add(-1)
				if err != nil {
					reject.Invoke(toJSError(name, err))
					return
				}
				s := string(out)
				if !parse {
					resolve.Invoke(s)
					return
				}
				v, err := jsonParse(s)
				if err != nil {
					reject.Invoke(toJSError(name, err))
					return
				}
				resolve.Invoke(v)
			}()
		})
	})
}

// runJob runs job, turning a panic into an internal error.
func runJob(job func() ([]byte, error)) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, &analyzer.Error{Code: codeInternal, Message: fmt.Sprintf("internal error: %v", r)}
		}
	}()
	return job()
}

// analyze checks analyze(input, options?) and returns its job.
func (b *bridge) analyze(args []js.Value) (func() ([]byte, error), error) {
	if len(args) < 1 || len(args) > 2 {
		return nil, badArgument("expects (input, options?), got %d arguments", len(args))
	}
	input, err := inputString(args[0], "input")
	if err != nil {
		return nil, err
	}
	var opts analyzer.Options
	if len(args) == 2 {
		if opts, err = options(args[1]); err != nil {
			return nil, err
		}
	}
	return func() ([]byte, error) {
		rep, err := b.engine.Analyze(context.Background(), input, opts)
		if err != nil {
			return nil, err
		}
		return marshal(rep)
	}, nil
}

// classify checks classify(text) and returns its job.
func (b *bridge) classify(args []js.Value) (func() ([]byte, error), error) {
	if len(args) != 1 {
		return nil, badArgument("expects (text), got %d arguments", len(args))
	}
	text, err := inputString(args[0], "text")
	if err != nil {
		return nil, err
	}
	return func() ([]byte, error) {
		res, err := b.engine.Classify(context.Background(), string(text), analyzer.ClauseContext{})
		if err != nil {
			return nil, err
		}
		return marshal(res)
	}, nil
}

// diff checks diffJSON(oldReportJSON, newReportJSON), two reports as
// analyzeJSON returns them, and returns its job: what changed from the old
// to the new (analyzer/diff.Compare), as `policylens diff --format json`.
func (b *bridge) diff(args []js.Value) (func() ([]byte, error), error) {
	if len(args) != 2 {
		return nil, badArgument("expects (oldReportJSON, newReportJSON), got %d arguments", len(args))
	}
	var reps [2]*report.Report
	for k, name := range []string{"oldReportJSON", "newReportJSON"} {
		raw, err := inputString(args[k], name)
		if err != nil {
			return nil, err
		}
		if err := json.Unmarshal(raw, &reps[k]); err != nil || reps[k] == nil {
			return nil, badArgument("%s must be a report as analyzeJSON returns it: %v", name, err)
		}
	}
	return func() ([]byte, error) { return marshal(diff.Compare(reps[0], reps[1])) }, nil
}

// inputString copies a JS string argument into Go as UTF-8 bytes.
func inputString(v js.Value, what string) ([]byte, error) {
	if v.Type() != js.TypeString {
		return nil, badArgument("%s must be a string, got %s", what, typeName(v))
	}
	// Every UTF-16 unit is at least one UTF-8 byte: a string this long is too
	// large whatever it holds, so say it without copying it into Go.
	// (Value.Length and Value.Get panic on a primitive string: wrap it in a
	// String object, which shares the characters, to read its length.)
	if n := js.Global().Get("Object").New(v).Get("length").Int(); n > analyzer.MaxInputBytes {
		return nil, &analyzer.Error{Code: analyzer.CodeTooLarge,
			Message: fmt.Sprintf("input is too large: %d characters, the limit is %d MiB of UTF-8", n, analyzer.MaxInputBytes>>20)}
	}
	return []byte(v.String()), nil
}

// formats are the values options.format accepts ("" or absent: detect).
var formats = map[string]extract.Format{
	"":         extract.FormatAuto,
	"auto":     extract.FormatAuto,
	"html":     extract.FormatHTML,
	"markdown": extract.FormatMarkdown,
	"text":     extract.FormatText,
}

// options reads the optional {url, title, format, language} argument.
func options(v js.Value) (analyzer.Options, error) {
	var o analyzer.Options
	switch v.Type() {
	case js.TypeUndefined, js.TypeNull:
		return o, nil
	case js.TypeObject:
		if js.Global().Get("Array").Call("isArray", v).Bool() {
			return o, badArgument("options must be an object {url, title, format, language}, got an array")
		}
	default:
		return o, badArgument("options must be an object {url, title, format, language}, got %s", typeName(v))
	}
	var err error
	if o.URL, err = optionalString(v, "url"); err != nil {
		return o, err
	}
	if o.Title, err = optionalString(v, "title"); err != nil {
		return o, err
	}
	f, err := optionalString(v, "format")
	if err != nil {
		return o, err
	}
	format, ok := formats[f]
	if !ok {
		return o, badArgument("options.format must be \"html\", \"markdown\" or \"text\" (or absent to detect it), got %q", f)
	}
	o.Format = format
	if o.Language, err = optionalString(v, "language"); err != nil {
		return o, err
	}
	if o.Language != "" && o.Language != "en" && o.Language != "fr" {
		return o, badArgument("options.language must be \"en\" or \"fr\" (or absent for the first English or French part), got %q", o.Language)
	}
	return o, nil
}

// optionalString reads v[key], which may be absent, null or a string.
func optionalString(v js.Value, key string) (string, error) {
	p := v.Get(key)
	switch p.Type() {
	case js.TypeUndefined, js.TypeNull:
		return "", nil
	case js.TypeString:
		return p.String(), nil
	}
	return "", badArgument("options.%s must be a string, got %s", key, typeName(p))
}

// marshal encodes v exactly as the CLI's `analyze --format json` does, minus
// the indentation and the final newline, which JSON.parse ignores.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("encode result: %w", err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// jsonParse calls JavaScript's JSON.parse, turning its exception into an error.
func jsonParse(s string) (v js.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("JSON.parse of the result: %v", r)
		}
	}()
	return js.Global().Get("JSON").Call("parse", s), nil
}

// newPromise returns a Promise whose executor calls start with its resolve
// and reject functions. The executor runs during the constructor, so its
// js.Func is released as soon as the Promise exists.
func newPromise(start func(resolve, reject js.Value)) js.Value {
	executor := js.FuncOf(func(_ js.Value, args []js.Value) any {
		start(args[0], args[1])
		return nil
	})
	defer executor.Release()
	return js.Global().Get("Promise").New(executor)
}

// rejected returns Promise.reject(reason).
func rejected(reason js.Value) js.Value {
	return js.Global().Get("Promise").Call("reject", reason)
}

// bridgeError is a bad call, rejected with code "bad_argument".
type bridgeError struct{ msg string }

func (e *bridgeError) Error() string { return e.msg }

func badArgument(format string, args ...any) error {
	return &bridgeError{msg: fmt.Sprintf(format, args...)}
}

// toJSError turns a Go error into a JS Error with a code property (and a
// language property for unsupported_language).
func toJSError(method string, err error) js.Value {
	var be *bridgeError
	if errors.As(err, &be) {
		return jsError(codeBadArgument, "policylens."+method+": "+be.msg, "")
	}
	var ae *analyzer.Error
	if errors.As(err, &ae) {
		return jsError(ae.Code, err.Error(), ae.Language)
	}
	return jsError(codeInternal, err.Error(), "")
}

// jsError builds new Error(message) with code (and language) set.
func jsError(code, message, language string) js.Value {
	e := js.Global().Get("Error").New(message)
	e.Set("code", code)
	if language != "" {
		e.Set("language", language)
	}
	return e
}

// typeName names a JS value's type for error messages.
func typeName(v js.Value) string {
	if v.Type() == js.TypeObject && js.Global().Get("Array").Call("isArray", v).Bool() {
		return "an array"
	}
	switch v.Type() {
	case js.TypeNull:
		return "null"
	case js.TypeUndefined:
		return "undefined"
	case js.TypeObject:
		if c := v.Get("constructor"); c.Type() == js.TypeFunction {
			if n := c.Get("name"); n.Type() == js.TypeString && n.String() != "" && n.String() != "Object" {
				return "a " + n.String()
			}
		}
		return "an object"
	}
	return "a " + v.Type().String()
}
