// Package lazyre holds regular expressions that compile on first use.
//
// A package-level regexp.MustCompile runs while the program starts, whether
// or not the program ever uses the expression. In WebAssembly that start is
// paid on every engine load, by code the browser has not optimised yet:
// compiling the engine's regexps at package init took a large share of its
// start (wasm/README.md, "Start time"). A *Regexp here has the methods of
// *regexp.Regexp the engine uses, so a package-level
//
//	var reX = regexp.MustCompile(`...`)
//
// becomes
//
//	var reX = lazyre.New(`...`)
//
// with its call sites unchanged. The expression compiles once, on first use,
// and is only read afterwards (safe for concurrent use, like regexp's). An
// invalid expression panics on first use instead of at start: every package
// that declares some has a test that compiles them all (CheckAll).
package lazyre

import (
	"fmt"
	"regexp"
	"sync"
	"sync/atomic"
)

// Regexp is a regular expression compiled on first use.
type Regexp struct {
	expr string
	once sync.Once
	re   atomic.Pointer[regexp.Regexp]
}

// all lists every Regexp made by New, for CheckAll. New is called from
// package-level declarations, so the list is filled while the program is
// initialised and only read afterwards.
var all []*Regexp

// New returns expr, to be compiled (with regexp.MustCompile) on first use.
// Call it from package-level declarations only.
//
//go:noinline
func New(expr string) *Regexp {
	r := &Regexp{expr: expr}
	all = append(all, r)
	return r
}

// get returns the compiled expression. Its fast path is one atomic load:
// no sync.Once.Do with a method value, which allocated a closure on every
// call and made a warm analysis slower in WebAssembly.
func (r *Regexp) get() *regexp.Regexp {
	if re := r.re.Load(); re != nil {
		return re
	}
	return r.compile()
}

func (r *Regexp) compile() *regexp.Regexp {
	r.once.Do(func() { r.re.Store(regexp.MustCompile(r.expr)) })
	return r.re.Load()
}

// Regexp returns the compiled expression, compiling it if needed.
func (r *Regexp) Regexp() *regexp.Regexp { return r.get() }

// String returns the source text of the expression.
func (r *Regexp) String() string { return r.expr }

// MatchString is regexp.Regexp's.
func (r *Regexp) MatchString(s string) bool { return r.get().MatchString(s) }

// FindString is regexp.Regexp's.
func (r *Regexp) FindString(s string) string { return r.get().FindString(s) }

// FindStringIndex is regexp.Regexp's.
func (r *Regexp) FindStringIndex(s string) []int { return r.get().FindStringIndex(s) }

// FindStringSubmatch is regexp.Regexp's.
func (r *Regexp) FindStringSubmatch(s string) []string { return r.get().FindStringSubmatch(s) }

// FindStringSubmatchIndex is regexp.Regexp's.
func (r *Regexp) FindStringSubmatchIndex(s string) []int { return r.get().FindStringSubmatchIndex(s) }

// FindAllString is regexp.Regexp's.
func (r *Regexp) FindAllString(s string, n int) []string { return r.get().FindAllString(s, n) }

// FindAllStringIndex is regexp.Regexp's.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int { return r.get().FindAllStringIndex(s, n) }

// FindAllStringSubmatch is regexp.Regexp's.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.get().FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex is regexp.Regexp's.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.get().FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString is regexp.Regexp's.
func (r *Regexp) ReplaceAllString(src, repl string) string {
	return r.get().ReplaceAllString(src, repl)
}

// ReplaceAllLiteralString is regexp.Regexp's.
func (r *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return r.get().ReplaceAllLiteralString(src, repl)
}

// ReplaceAllStringFunc is regexp.Regexp's.
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return r.get().ReplaceAllStringFunc(src, repl)
}

// Split is regexp.Regexp's.
func (r *Regexp) Split(s string, n int) []string { return r.get().Split(s, n) }

// Match is regexp.Regexp's.
func (r *Regexp) Match(b []byte) bool { return r.get().Match(b) }

// FindIndex is regexp.Regexp's.
func (r *Regexp) FindIndex(b []byte) []int { return r.get().FindIndex(b) }

// FindAllIndex is regexp.Regexp's.
func (r *Regexp) FindAllIndex(b []byte, n int) [][]int { return r.get().FindAllIndex(b, n) }

// ReplaceAll is regexp.Regexp's.
func (r *Regexp) ReplaceAll(src, repl []byte) []byte { return r.get().ReplaceAll(src, repl) }

// ReplaceAllFunc is regexp.Regexp's.
func (r *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return r.get().ReplaceAllFunc(src, repl)
}

// FindSubmatch is regexp.Regexp's.
func (r *Regexp) FindSubmatch(b []byte) [][]byte { return r.get().FindSubmatch(b) }

// CheckAll compiles every expression made by New in the program so far and
// returns the first error, for the tests of the packages that declare them:
// New defers the check that regexp.MustCompile made at start.
func CheckAll() error {
	for _, r := range all {
		if _, err := regexp.Compile(r.expr); err != nil {
			return fmt.Errorf("lazyre: %w", err)
		}
	}
	return nil
}
